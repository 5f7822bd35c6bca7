"""Finding the devices a request is about.

>>> from nornir_nlchat.resolve import index_for
>>> index_for(nr).resolve("what's the cpu on the london core switches?")  # doctest: +SKIP
Resolution(status='many', hosts=['GBLONDC1CSW1', 'GBLONDC1CSW2'], ...)

See ``docs/resolution.md`` for the semantics (one / many / ambiguous / none).
"""

from __future__ import annotations

from .fields import FieldMap
from .index import InventoryIndex, forget, index_for
from .records import HostRecord
from .result import Resolution, Status

__all__ = [
    "FieldMap",
    "HostRecord",
    "InventoryIndex",
    "Resolution",
    "Status",
    "forget",
    "index_for",
]
