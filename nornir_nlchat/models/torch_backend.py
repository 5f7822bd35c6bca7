"""The reference inference backend: MiniLM in transformers, the decoder wrapped in peft's
``PeftModel`` with every platform adapter loaded, the active one switched per request.

Slow to import (torch + transformers + peft); used for checking the numpy backend and by
anyone who prefers the stock libraries.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nornir_nlchat.models import model as _model


class PeftDecoder:
    """Encoder + ``PeftModel`` decoder, adapter chosen per call (thread-safe)."""

    def __init__(self, weights: Path, config: dict[str, Any], *, threads: int = 2) -> None:
        import torch
        from peft import PeftModel
        from transformers import BertConfig

        _model.set_threads(threads)
        self.torch = torch
        self.encoder = _model.load_encoder()
        decoder = _model.load_decoder(weights / "decoder.safetensors",
                                      BertConfig.from_dict(config["decoder"]))
        folders = sorted(p for p in (weights / "adapters").glob("*")
                         if (p / "adapter_config.json").is_file())
        self.names = [p.name for p in folders]
        self.model: Any = decoder
        if folders:
            self.model = PeftModel.from_pretrained(decoder, str(folders[0]),
                                                   adapter_name=folders[0].name)
            for folder in folders[1:]:
                self.model.load_adapter(str(folder), adapter_name=folder.name)
        self.model.eval()
        self._lock = threading.Lock()

    def memory(self, ids: list[int], type_ids: list[int]) -> Any:
        """Encoder states and mask for one request."""
        return _model.encode_batch(self.encoder, [(ids, type_ids)])

    def next_logits(self, memory: Any, prefixes: list[list[int]],
                    adapter: str | None) -> npt.NDArray[np.float32]:
        """Logits after each prefix, with ``adapter`` active (none: the base decoder)."""
        torch = self.torch
        states, mask = memory
        batch = len(prefixes)
        ids = torch.tensor(prefixes, dtype=torch.long)
        with self._lock, torch.no_grad():
            if adapter in self.names:
                self.model.set_adapter(adapter)
                logits = _model.decoder_logits(self.model, ids, states.expand(batch, -1, -1),
                                               mask.expand(batch, -1))
            elif self.names:
                with self.model.disable_adapter():
                    logits = _model.decoder_logits(self.model, ids,
                                                   states.expand(batch, -1, -1),
                                                   mask.expand(batch, -1))
            else:
                logits = _model.decoder_logits(self.model, ids, states.expand(batch, -1, -1),
                                               mask.expand(batch, -1))
        result: npt.NDArray[np.float32] = logits[:, -1, :].float().numpy()
        return result
