"""Training loops: encoder cache, the base decoder, the per-platform LoRA adapters, and the
held-out scoring. Imports torch (and peft for adapters)."""

from __future__ import annotations

import copy
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from nornir_nlchat.models import model as _model
from nornir_nlchat.models.data import Example
from nornir_nlchat.models.encoder import InputTokenizer
from nornir_nlchat.models.features import model_input
from nornir_nlchat.models.tokenizer import BOS, OutputVocab

log = logging.getLogger(__name__)


@dataclass
class Encoded:
    """Examples with their cached encoder states."""

    memories: list[torch.Tensor]
    rows: list[tuple[int, list[int]]]  # (memory index, target ids incl. </s>)


class EncoderCache:
    """MiniLM states of every distinct model input, computed once (the encoder is frozen)."""

    def __init__(self, *, use_concepts: bool = True, batch: int = 128) -> None:
        self.encoder = _model.load_encoder()
        self.tokenizer = InputTokenizer()
        self.use_concepts = use_concepts
        self.batch = batch
        self.memories: list[torch.Tensor] = []
        self._index: dict[tuple[str, str], int] = {}

    def key(self, query: str) -> tuple[str, str]:
        """What the encoder reads for a request."""
        features = model_input(query)
        return features.text or "empty", (features.concepts if self.use_concepts else "none")

    def add(self, queries: Sequence[str]) -> list[int]:
        """Memory indexes for the queries, encoding the new ones."""
        keys = [self.key(q) for q in queries]
        new = [k for k in dict.fromkeys(keys) if k not in self._index]
        encoded = [(k, self.tokenizer.encode(*k)) for k in new]
        encoded.sort(key=lambda item: len(item[1].ids))
        for start in range(0, len(encoded), self.batch):
            chunk = encoded[start:start + self.batch]
            states, _ = _model.encode_batch(self.encoder,
                                            [(e.ids, e.type_ids) for _, e in chunk])
            for row, (k, e) in enumerate(chunk):
                self._index[k] = len(self.memories)
                self.memories.append(states[row, :len(e.ids)].to(torch.float16).clone())
        return [self._index[k] for k in keys]

    def encode(self, examples: Sequence[Example], vocab: OutputVocab) -> Encoded:
        """Examples → (memory, target ids) rows."""
        indexes = self.add([e.query for e in examples])
        rows = [(i, vocab.encode(e.target)) for i, e in zip(indexes, examples, strict=True)]
        return Encoded(self.memories, rows)


def _batch(data: Encoded, rows: Sequence[tuple[int, list[int]]], bos: int
           ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    mem_len = max(data.memories[i].shape[0] for i, _ in rows)
    hidden = data.memories[rows[0][0]].shape[-1]
    memory = torch.zeros((len(rows), mem_len, hidden))
    mask = torch.zeros((len(rows), mem_len), dtype=torch.long)
    steps = max(len(t) for _, t in rows)
    inputs = torch.zeros((len(rows), steps), dtype=torch.long)
    labels = torch.full((len(rows), steps), -100, dtype=torch.long)
    for r, (i, target) in enumerate(rows):
        states = data.memories[i]
        memory[r, :states.shape[0]] = states.float()
        mask[r, :states.shape[0]] = 1
        inputs[r, :len(target)] = torch.tensor([bos, *target[:-1]])
        labels[r, :len(target)] = torch.tensor(target)
    return inputs, labels, memory, mask


def _buckets(data: Encoded, size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of rows with similar encoder lengths (less padding)."""
    order = list(range(len(data.rows)))
    rng.shuffle(order)
    batches: list[list[int]] = []
    span = size * 32
    for at in range(0, len(order), span):
        chunk = sorted(order[at:at + span], key=lambda i: data.memories[data.rows[i][0]].shape[0])
        batches.extend(chunk[j:j + size] for j in range(0, len(chunk), size))
    rng.shuffle(batches)
    return batches


@dataclass
class Schedule:
    """Optimiser settings for one training run."""

    epochs: int
    lr: float
    batch: int = 64
    weight_decay: float = 0.01
    label_smoothing: float = 0.05
    warmup: float = 0.06


def fit(decoder: Any, data: Encoded, vocab: OutputVocab, schedule: Schedule, *, seed: int,
        report: Callable[[str], None] = log.info) -> float:
    """Train ``decoder`` (its trainable parameters) on ``data``; returns seconds taken."""
    start = time.perf_counter()
    rng = random.Random(seed)
    torch.manual_seed(seed)
    params = [p for p in decoder.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=schedule.lr, weight_decay=schedule.weight_decay)
    steps = schedule.epochs * math.ceil(len(data.rows) / schedule.batch)
    warm = max(1, int(steps * schedule.warmup))

    def factor(step: int) -> float:
        return min(1.0, (step + 1) / warm) * max(0.02, 1 - step / max(1, steps))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, factor)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100, label_smoothing=schedule.label_smoothing)
    bos = vocab.index[BOS]
    decoder.train()
    for epoch in range(schedule.epochs):
        total, count = 0.0, 0
        for batch in _buckets(data, schedule.batch, rng):
            rows = [data.rows[i] for i in batch]
            inputs, labels, memory, mask = _batch(data, rows, bos)
            logits = _model.decoder_logits(decoder, inputs, memory, mask)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            scheduler.step()
            total += loss.item() * len(rows)
            count += len(rows)
        report(f"  epoch {epoch + 1}/{schedule.epochs}: loss {total / max(1, count):.4f} "
               f"({time.perf_counter() - start:.0f} s)")
    decoder.eval()
    return time.perf_counter() - start


def predict(decoder: Any, data: Encoded, vocab: OutputVocab, batch: int = 256) -> list[str]:
    """Greedy constrained answers (head, then value if the head takes one) for every row."""
    index = vocab.index
    heads = list(vocab.heads)
    head_ids = torch.tensor([index[h] for h in heads])
    bos = index[BOS]
    out: list[str] = []
    decoder.eval()
    with torch.no_grad():
        for at in range(0, len(data.rows), batch):
            rows = data.rows[at:at + batch]
            _, _, memory, mask = _batch(data, rows, bos)
            first = torch.full((len(rows), 1), bos, dtype=torch.long)
            logits = _model.decoder_logits(decoder, first, memory, mask)[:, -1, :]
            chosen = [heads[j] for j in logits[:, head_ids].argmax(-1).tolist()]
            second = torch.tensor([[bos, index[h]] for h in chosen])
            logits2 = _model.decoder_logits(decoder, second, memory, mask)[:, -1, :]
            for r, head in enumerate(chosen):
                values = vocab.values_for(head)
                if values:
                    ids = [index[v] for v in values]
                    head = f"{head} {values[int(logits2[r, ids].argmax())]}"
                out.append(head)
    return out


def accuracy(decoder: Any, data: Encoded, vocab: OutputVocab) -> float:
    """Exact-answer accuracy (%) on encoded rows."""
    if not data.rows:
        return 0.0
    predicted = predict(decoder, data, vocab)
    gold = [vocab.decode(t) for _, t in data.rows]
    return round(100.0 * sum(p == g for p, g in zip(predicted, gold, strict=True))
                 / len(gold), 2)


def with_adapter(base: Any, lora: Any) -> Any:
    """A copy of ``base`` with a fresh LoRA adapter (only the adapter trains)."""
    from peft import get_peft_model

    return get_peft_model(copy.deepcopy(base), lora)
