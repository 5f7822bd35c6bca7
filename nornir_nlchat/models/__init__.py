"""The offline ``local`` translation model: a frozen MiniLM encoder, a small decoder over a
closed output vocabulary (intent + closed-set slot values), and one LoRA adapter per platform.

Modules that import torch, transformers or peft (:mod:`.model`, :mod:`.trainloop`,
:mod:`.torch_backend`, and :mod:`.train` once it runs) are only imported by training or by
the ``torch`` inference backend; everything else (features, data generation, the numpy
inference backend) works without them. See ``docs/model.md`` and ``models/MODEL_CARD.md``.
"""
