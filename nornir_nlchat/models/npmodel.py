"""The inference forward pass in numpy: the same MiniLM encoder and BERT-style decoder (with
cross-attention and per-platform LoRA) as the torch model, read from the same safetensors.

Why: importing torch + transformers + peft takes 5–15 s on a small machine, more than the
whole budget for loading the provider; numpy does one request in a few milliseconds. The
torch/peft path (:mod:`nornir_nlchat.models.torch_backend`) computes the same numbers and a
test checks that both agree.

LoRA is applied unmerged, exactly as peft does: ``y = x Wᵀ + b + s · (x Aᵀ) Bᵀ`` with
``s = lora_alpha / r``; switching platform is choosing another (A, B) set, nothing is copied.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float32]
_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
_P = 0.3275911


def erf(x: Array) -> Array:
    """Error function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + _P * a)
    poly = t * (_A[0] + t * (_A[1] + t * (_A[2] + t * (_A[3] + t * _A[4]))))
    result: Array = (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32)
    return result


def gelu(x: Array) -> Array:
    """Exact (erf) GELU, as BERT's ``"gelu"``."""
    result: Array = (0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))).astype(np.float32)
    return result


def layer_norm(x: Array, weight: Array, bias: Array, eps: float) -> Array:
    """LayerNorm over the last axis."""
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    result: Array = ((x - mean) / np.sqrt(var + eps) * weight + bias).astype(np.float32)
    return result


def softmax(x: Array) -> Array:
    """Softmax over the last axis."""
    shifted = x - x.max(-1, keepdims=True)
    e = np.exp(shifted)
    result: Array = (e / e.sum(-1, keepdims=True)).astype(np.float32)
    return result


def load_safetensors(path: Path) -> dict[str, Array]:
    """All tensors of a safetensors file as float32 numpy arrays."""
    from safetensors.numpy import load_file

    return {k: np.ascontiguousarray(v, dtype=np.float32) if v.dtype != np.int64 else v
            for k, v in load_file(str(path)).items()}


@dataclass
class Lora:
    """One adapter's low-rank updates: module path → (Aᵀ, Bᵀ · scale)."""

    updates: dict[str, tuple[Array, Array]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Lora:
        """Read a peft adapter folder (``adapter_config.json``, ``adapter_model.safetensors``)."""
        config = json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
        unsupported = [k for k in ("use_dora", "rank_pattern", "alpha_pattern",
                                   "modules_to_save", "layer_replication") if config.get(k)]
        if config.get("peft_type", "LORA") != "LORA" or unsupported:
            raise ValueError(f"{folder.name}: adapter options {unsupported or 'non-LoRA'} are "
                             "not supported by the numpy backend; use backend='torch'.")
        rank = int(config["r"])
        scale = float(config["lora_alpha"]) / (math.sqrt(rank) if config.get("use_rslora")
                                                else rank)
        tensors = load_safetensors(folder / "adapter_model.safetensors")
        updates: dict[str, tuple[Array, Array]] = {}
        for key, a in tensors.items():
            if not key.endswith(".lora_A.weight"):
                continue
            module = key[: -len(".lora_A.weight")].removeprefix("base_model.model.")
            b = tensors[key.replace(".lora_A.", ".lora_B.")]
            updates[module] = (np.ascontiguousarray(a.T), np.ascontiguousarray(b.T * scale))
        return cls(updates)


class Linear:
    """Weights of the numpy model, with an optional LoRA on top."""

    def __init__(self, tensors: Mapping[str, Array]) -> None:
        self.weight_t = {k[: -len(".weight")]: np.ascontiguousarray(v.T)
                         for k, v in tensors.items() if k.endswith(".weight") and v.ndim == 2}
        self.tensors = tensors

    def __call__(self, x: Array, module: str, lora: Lora | None = None) -> Array:
        """``x`` through the linear layer ``module`` (plus its LoRA update, if any)."""
        y: Array = x @ self.weight_t[module] + self.tensors[f"{module}.bias"]
        if lora is not None and module in lora.updates:
            a_t, b_t = lora.updates[module]
            y = (y + (x @ a_t) @ b_t).astype(np.float32)
        return y


def _heads(x: Array, n: int) -> Array:
    """(..., T, H) → (..., n, T, H/n)."""
    *lead, t, h = x.shape
    return np.swapaxes(x.reshape(*lead, t, n, h // n), -2, -3)


def _merge(x: Array) -> Array:
    """(..., n, T, d) → (..., T, n·d)."""
    x = np.swapaxes(x, -2, -3)
    *lead, t, n, d = x.shape
    return x.reshape(*lead, t, n * d)


class BertBlocks:
    """A stack of BERT layers (self-attention, optional cross-attention, feed-forward)."""

    def __init__(self, tensors: Mapping[str, Array], config: Mapping[str, Any],
                 prefix: str) -> None:
        self.linear = Linear(tensors)
        self.t = tensors
        self.prefix = prefix
        self.layers = int(config["num_hidden_layers"])
        self.n_heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.cross = bool(config.get("add_cross_attention", False))

    def _ln(self, x: Array, name: str) -> Array:
        return layer_norm(x, self.t[f"{name}.weight"], self.t[f"{name}.bias"], self.eps)

    def _attend(self, q: Array, k: Array, v: Array, bias: Array) -> Array:
        d = q.shape[-1]
        scores = (q @ np.swapaxes(k, -1, -2)) / math.sqrt(d) + bias
        return _merge(softmax(scores.astype(np.float32)) @ v)

    def embed(self, ids: npt.NDArray[np.int64], type_ids: npt.NDArray[np.int64]) -> Array:
        """Word + position + token-type embeddings, normalised."""
        e = f"{self.prefix}embeddings"
        positions = np.arange(ids.shape[-1])
        x = (self.t[f"{e}.word_embeddings.weight"][ids]
             + self.t[f"{e}.position_embeddings.weight"][positions]
             + self.t[f"{e}.token_type_embeddings.weight"][type_ids])
        return self._ln(x.astype(np.float32), f"{e}.LayerNorm")

    def cross_kv(self, memory: Array, lora: Lora | None) -> list[tuple[Array, Array]]:
        """Cross-attention keys and values of every layer (computed once per request)."""
        out = []
        for i in range(self.layers):
            base = f"{self.prefix}encoder.layer.{i}.crossattention.self"
            k = _heads(self.linear(memory, f"{base}.key", lora), self.n_heads)
            v = _heads(self.linear(memory, f"{base}.value", lora), self.n_heads)
            out.append((k, v))
        return out

    def run(self, x: Array, self_bias: Array, lora: Lora | None = None,
            cross: list[tuple[Array, Array]] | None = None) -> Array:
        """All layers over hidden states ``x`` (…, T, H)."""
        n = self.n_heads
        for i in range(self.layers):
            layer = f"{self.prefix}encoder.layer.{i}"
            att = f"{layer}.attention"
            q = _heads(self.linear(x, f"{att}.self.query", lora), n)
            k = _heads(self.linear(x, f"{att}.self.key", lora), n)
            v = _heads(self.linear(x, f"{att}.self.value", lora), n)
            ctx = self._attend(q, k, v, self_bias)
            x = self._ln(self.linear(ctx, f"{att}.output.dense", lora) + x,
                         f"{att}.output.LayerNorm")
            if cross is not None:
                ca = f"{layer}.crossattention"
                q = _heads(self.linear(x, f"{ca}.self.query", lora), n)
                ck, cv = cross[i]
                ctx = self._attend(q, ck, cv, np.zeros((1,), dtype=np.float32))
                x = self._ln(self.linear(ctx, f"{ca}.output.dense", lora) + x,
                             f"{ca}.output.LayerNorm")
            h = gelu(self.linear(x, f"{layer}.intermediate.dense", lora))
            x = self._ln(self.linear(h, f"{layer}.output.dense", lora) + x,
                         f"{layer}.output.LayerNorm")
        return x


class NumpyEncoder:
    """MiniLM (BERT, 6 layers) forward pass for one request."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        tensors = load_safetensors(folder / "model.safetensors")
        self.blocks = BertBlocks(tensors, config, prefix="")

    def __call__(self, ids: list[int], type_ids: list[int]) -> Array:
        """Hidden states (T, 384) of the last layer."""
        x = self.blocks.embed(np.asarray(ids), np.asarray(type_ids))
        return self.blocks.run(x, np.zeros((1,), dtype=np.float32))


class NumpyDecoder:
    """The decoder (BertLMHeadModel with cross-attention) and its LoRA adapters."""

    def __init__(self, weights: Path, config: Mapping[str, Any]) -> None:
        self.blocks = BertBlocks(load_safetensors(weights), config, prefix="bert.")
        self.act = str(config.get("hidden_act", "gelu"))
        t = self.blocks.t
        self.out_weight_t = np.ascontiguousarray(
            t.get("cls.predictions.decoder.weight",
                  t["bert.embeddings.word_embeddings.weight"]).T)
        self.out_bias = t.get("cls.predictions.bias", t.get("cls.predictions.decoder.bias"))

    def next_logits(self, prefixes: npt.NDArray[np.int64], memory: Array,
                    lora: Lora | None = None,
                    cross: list[tuple[Array, Array]] | None = None) -> Array:
        """Logits of the token after each prefix (B, T) → (B, V), given encoder ``memory``."""
        blocks = self.blocks
        if cross is None:
            cross = blocks.cross_kv(memory, lora)
        x = blocks.embed(prefixes, np.zeros_like(prefixes))
        steps = prefixes.shape[-1]
        causal = np.triu(np.full((steps, steps), -1e9, dtype=np.float32), k=1)
        x = blocks.run(x, causal, lora, cross)[:, -1, :]
        h = blocks.linear(x, "cls.predictions.transform.dense", lora)
        h = gelu(h) if self.act == "gelu" else np.maximum(h, 0).astype(np.float32)
        h = blocks._ln(h, "cls.predictions.transform.LayerNorm")
        logits = h @ self.out_weight_t
        if self.out_bias is not None:
            logits = logits + self.out_bias
        result: Array = logits.astype(np.float32)
        return result
