"""The decoder's closed output vocabulary, built here from the catalogs (no hub download).

The model answers with a short structured string over a word list that the catalog defines:
the intent name, then, for intents whose slot takes a closed set of values, that value::

    cpu
    interface_one
    routes_protocol protocol=ospf
    running_config_section section=bgp
    refuse
    clarify

Slots with open values (interfaces, addresses, VLANs, names) are never generated: the
catalog's extractor finds them in the request and the renderer writes them.

>>> vocab = OutputVocab.build()
>>> vocab.decode(vocab.encode("routes_protocol protocol=ospf"))
'routes_protocol protocol=ospf'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nornir_nlchat.catalog import intents as _intents
from nornir_nlchat.catalog import vocab as _vocab

PAD, BOS, EOS = "<pad>", "<s>", "</s>"
REFUSE, CLARIFY = "refuse", "clarify"
SPECIAL = (PAD, BOS, EOS)
# Slots whose values come from a closed list, predicted by the model after the intent.
CLOSED_SLOTS = ("protocol", "section")


def closed_values() -> dict[str, tuple[str, ...]]:
    """The values each closed slot may take (from the catalog vocabulary)."""
    sections = set(_vocab.SECTION_OF.values()) | set(_vocab.SECTION_WORDS.values())
    return {
        "protocol": tuple(sorted(set(_vocab.PROTOCOL_OF.values()))),
        "section": tuple(sorted(sections)),
    }


@dataclass(frozen=True)
class OutputVocab:
    """Token ↔ id for the decoder, and the grammar of valid answers.

    Attributes:
        tokens: Every token, index = id (``<pad>``, ``<s>``, ``</s>`` first).
        takes: Intent → the closed slot it is followed by (only intents with one).
    """

    tokens: tuple[str, ...]
    takes: dict[str, str]

    @classmethod
    def build(cls, intent_names: Iterable[str] | None = None) -> OutputVocab:
        """The vocabulary for the catalog's read-only intents (or the names given)."""
        names = list(intent_names) if intent_names is not None else [
            i.name for i in _intents.READ_INTENTS]
        takes: dict[str, str] = {}
        for name in names:
            intent = _intents.BY_NAME.get(name)
            needs = set(intent.needs) if intent is not None else set()
            for slot in CLOSED_SLOTS:
                if slot in needs:
                    takes[name] = slot
        values = closed_values()
        slot_tokens = [f"{slot}={v}" for slot in CLOSED_SLOTS for v in values[slot]]
        tokens = (*SPECIAL, REFUSE, CLARIFY, *names, *slot_tokens)
        return cls(tokens=tuple(dict.fromkeys(tokens)), takes=takes)

    # ------------------------------------------------------------------ ids
    @property
    def index(self) -> dict[str, int]:
        """Token → id."""
        return {token: i for i, token in enumerate(self.tokens)}

    @property
    def heads(self) -> tuple[str, ...]:
        """Tokens an answer may start with: refuse, clarify and the intents."""
        return tuple(t for t in self.tokens[len(SPECIAL):] if "=" not in t)

    def values_for(self, head: str) -> tuple[str, ...]:
        """The slot-value tokens allowed after ``head`` (empty: the answer ends there)."""
        slot = self.takes.get(head)
        if slot is None:
            return ()
        return tuple(t for t in self.tokens if t.startswith(f"{slot}="))

    def encode(self, target: str) -> list[int]:
        """Ids of a target string, ``</s>`` appended (the decoder input starts with ``<s>``)."""
        index = self.index
        return [index[token] for token in target.split()] + [index[EOS]]

    def decode(self, ids: Sequence[int]) -> str:
        """The target string for ids (special tokens dropped)."""
        return " ".join(self.tokens[i] for i in ids if self.tokens[i] not in SPECIAL)

    # ------------------------------------------------------------------ files
    def save(self, path: Path) -> None:
        """Write the vocabulary as JSON."""
        path.write_text(json.dumps({"tokens": list(self.tokens), "takes": self.takes},
                                   indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> OutputVocab:
        """Read a vocabulary written by :meth:`save`."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(tokens=tuple(data["tokens"]), takes=dict(data["takes"]))


def split_target(target: str) -> tuple[str, dict[str, str]]:
    """An answer string → its head (intent, refuse or clarify) and closed slot values.

    >>> split_target("routes_protocol protocol=ospf")
    ('routes_protocol', {'protocol': 'ospf'})
    """
    head, *rest = target.split()
    slots = dict(part.split("=", 1) for part in rest if "=" in part)
    return head, slots
