"""Loading the shipped model and asking it: constrained decoding over the platform's answer
grammar, with a numpy backend (default, fast to load) or the torch + peft backend.

Decoding is exact constrained search over the closed answer grammar (a prefix trie):
the first token is one of ``refuse``, ``clarify`` or an intent; an intent that takes a
closed slot is followed by one of that slot's values; everything else ends there. Each
step's probabilities are renormalised over the tokens the grammar allows (what
``prefix_allowed_tokens_fn`` does in ``generate``), and every path is scored, so the answer
probabilities are a proper distribution over valid answers.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from nornir_nlchat.errors import ConfigError
from nornir_nlchat.models.encoder import InputTokenizer, encoder_dir
from nornir_nlchat.models.features import ModelInput
from nornir_nlchat.models.tokenizer import BOS, OutputVocab

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
VALUE_BEAM = 4


@dataclass(frozen=True)
class Candidate:
    """One valid answer and its probability."""

    target: str
    probability: float


class Backend(Protocol):
    """What decoding needs from a model implementation."""

    def memory(self, ids: list[int], type_ids: list[int]) -> Any:
        """Encode one request (whatever the backend needs for the next calls)."""
        ...

    def next_logits(self, memory: Any, prefixes: list[list[int]],
                    adapter: str | None) -> npt.NDArray[np.float32]:
        """Logits (B, V) of the token after each prefix."""
        ...


def _log_softmax(x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    shifted = x - x.max()
    result: npt.NDArray[np.float32] = (shifted - np.log(np.exp(shifted).sum())).astype(np.float32)
    return result


def constrained_decode(backend: Backend, memory: Any, vocab: OutputVocab,
                       adapter: str | None, *, value_beam: int = VALUE_BEAM,
                       heads: Sequence[str] | None = None) -> list[Candidate]:
    """Every valid answer with its probability, best first (see the module docstring)."""
    index = vocab.index
    allowed = list(heads or vocab.heads)
    head_ids = np.array([index[h] for h in allowed])
    bos = index[BOS]
    head_lp = _log_softmax(backend.next_logits(memory, [[bos]], adapter)[0][head_ids])
    order = np.argsort(-head_lp)
    scored: list[tuple[str, float]] = []
    expand = [allowed[j] for j in order[:value_beam] if vocab.values_for(allowed[j])]
    if expand:
        logits = backend.next_logits(memory, [[bos, index[h]] for h in expand], adapter)
        for row, head in enumerate(expand):
            values = vocab.values_for(head)
            value_lp = _log_softmax(logits[row][[index[v] for v in values]])
            base = float(head_lp[allowed.index(head)])
            scored.extend((f"{head} {v}", base + float(q)) for v, q in zip(values, value_lp,
                                                                         strict=True))
    scored.extend((allowed[j], float(head_lp[j])) for j in order
                  if not vocab.values_for(allowed[j]))
    scored.sort(key=lambda item: -item[1])
    return [Candidate(t, float(np.exp(s))) for t, s in scored]


# ---------------------------------------------------------------------- backends
class NumpyBackend:
    """The forward pass in numpy (no torch at inference)."""

    def __init__(self, weights: Path, config: dict[str, Any]) -> None:
        from nornir_nlchat.models.npmodel import Lora, NumpyDecoder, NumpyEncoder

        self.encoder = NumpyEncoder(encoder_dir())
        self.decoder = NumpyDecoder(weights / "decoder.safetensors", config["decoder"])
        try:
            self.adapters = {folder.name: Lora.load(folder)
                             for folder in sorted((weights / "adapters").glob("*"))
                             if (folder / "adapter_config.json").is_file()}
        except ValueError as exc:
            raise ConfigError(str(exc), hint="Use backend='torch' for this adapter.") from exc
        self._limit = _blas_limiter()

    def memory(self, ids: list[int], type_ids: list[int]) -> Any:
        """MiniLM hidden states for one request."""
        with self._limit():
            return self.encoder(ids, type_ids)

    def next_logits(self, memory: Any, prefixes: list[list[int]],
                    adapter: str | None) -> npt.NDArray[np.float32]:
        """Decoder logits after each prefix, with the adapter's LoRA (or none)."""
        lora = self.adapters.get(adapter) if adapter else None
        with self._limit():
            return self.decoder.next_logits(np.asarray(prefixes), memory, lora)


def _blas_limiter() -> Any:
    """A context that runs BLAS single-threaded (tiny matrices: threads only cost time)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl comes with the local extra
        return nullcontext
    controller = ThreadpoolController()

    def limit() -> AbstractContextManager[Any]:
        return controller.limit(limits=1, user_api="blas")  # type: ignore[no-any-return]

    return limit


class TorchBackend:
    """transformers + peft: adapters loaded through ``PeftModel``, switched per request."""

    def __init__(self, weights: Path, config: dict[str, Any], threads: int = 2) -> None:
        from nornir_nlchat.models import torch_backend

        self.impl = torch_backend.PeftDecoder(weights, config, threads=threads)

    def memory(self, ids: list[int], type_ids: list[int]) -> Any:
        """MiniLM hidden states (torch) for one request."""
        return self.impl.memory(ids, type_ids)

    def next_logits(self, memory: Any, prefixes: list[list[int]],
                    adapter: str | None) -> npt.NDArray[np.float32]:
        """Decoder logits after each prefix with the platform's adapter active."""
        return self.impl.next_logits(memory, prefixes, adapter)


# ---------------------------------------------------------------------- the model
class LocalModel:
    """The shipped model: tokenizer, backend, output vocabulary, adapters.

    Args:
        weights: Folder written by ``python -m nornir_nlchat.models.train``.
        backend: ``"numpy"`` (default) or ``"torch"`` (transformers + ``PeftModel``).
    """

    def __init__(self, weights: Path | None = None, *, backend: str = "numpy") -> None:
        self.weights = Path(weights) if weights else WEIGHTS_DIR
        config_path = self.weights / "config.json"
        if not config_path.is_file():
            raise ConfigError(f"No local model under {self.weights}.",
                              hint="Train one: python -m nornir_nlchat.models.train")
        self.config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
        self.vocab = OutputVocab.load(self.weights / "vocab.json")
        self.tokenizer = InputTokenizer(max_length=int(self.config.get("max_length", 48)))
        if backend == "numpy":
            self.backend: Backend = NumpyBackend(self.weights, self.config)
        elif backend == "torch":
            self.backend = TorchBackend(self.weights, self.config)
        else:
            raise ConfigError(f"Unknown backend {backend!r}.", hint="Use numpy or torch.")
        self.use_concepts = bool(self.config.get("use_concepts", True))
        self.adapters = tuple(sorted(p.name for p in (self.weights / "adapters").glob("*")
                                     if (p / "adapter_config.json").is_file()))

    def predict(self, features: ModelInput, adapter: str | None) -> list[Candidate]:
        """Valid answers for a request, best first, with probabilities."""
        concepts = features.concepts if self.use_concepts else ""
        encoded = self.tokenizer.encode(features.text or "empty", concepts or "none")
        adapter = adapter if adapter in self.adapters else None
        memory = self.backend.memory(encoded.ids, encoded.type_ids)
        return constrained_decode(self.backend, memory, self.vocab, adapter)
