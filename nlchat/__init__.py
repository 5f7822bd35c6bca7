"""nlchat: talk to your network in plain language.

>>> import nlchat
>>> nlchat.translate("show version", "cisco_ios").command
'show version'

The names below are imported on first use, so ``import nlchat`` (and the CLI) start fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nlchat.answer import Answer, HostResult
    from nlchat.api import resolve, translate
    from nlchat.health import HealthReport, health
    from nlchat.session import NLChat
    from nornir_nlchat.errors import NLChatError
    from nornir_nlchat.resolve import Resolution
    from nornir_nlchat.translate.result import Translation

__version__ = "0.1.0"

_EXPORTS = {
    "Answer": "nlchat.answer",
    "HostResult": "nlchat.answer",
    "HealthReport": "nlchat.health",
    "health": "nlchat.health",
    "NLChat": "nlchat.session",
    "NLChatError": "nornir_nlchat.errors",
    "Resolution": "nornir_nlchat.resolve",
    "Translation": "nornir_nlchat.translate.result",
    "resolve": "nlchat.api",
    "translate": "nlchat.api",
}

__all__ = [
    "Answer",
    "HealthReport",
    "HostResult",
    "NLChat",
    "NLChatError",
    "Resolution",
    "Translation",
    "__version__",
    "health",
    "resolve",
    "translate",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'nlchat' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
