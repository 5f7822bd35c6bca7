"""Training-set generation from the catalogs: requests paired with the answer the model
should give (``intent [slot=value]``, ``refuse`` or ``clarify``), per platform.

Sources, all generated here (nothing is read from an evaluation set):

* the paraphrase families of :mod:`.phrases` wrapped in the request frames of :mod:`.frames`;
* compositions of the catalog vocabulary's own synonyms for the concepts each intent requires
  (:func:`vocab_phrases`), so every word the catalog knows is seen;
* the platform's catalog commands typed as requests, whole or abbreviated ("sh ip int br"),
  and now and then another platform's (people bring their habits);
* change requests (``refuse``) and vague ones (``clarify``) from :mod:`.special`;
* typos, casing, punctuation, fillers and other slot spellings throughout.

Every phrase and frame is assigned to the training or the held-out side by a stable hash, so
the held-out split measures phrasings the model has never seen.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from nornir_nlchat.catalog import intents as _intents
from nornir_nlchat.catalog import safety
from nornir_nlchat.catalog import vocab as _vocab
from nornir_nlchat.models import frames as _frames
from nornir_nlchat.models import slotvalues as sv
from nornir_nlchat.models import special
from nornir_nlchat.models.features import model_input
from nornir_nlchat.models.phrases import FAMILIES, PLATFORM_NOUNS, Family
from nornir_nlchat.models.tokenizer import CLARIFY, REFUSE
from nornir_nlchat.platforms.contract import PlatformPlugin

HELD_OUT_MODULO = 6  # one phrase or frame in six is never trained on
_SLOT = re.compile(r"\{(\w+)\}")
_NEEDS_FOUND = {"interface", "ip", "prefix", "mac", "vlan", "vrf", "acl", "pattern"}
_MARKER_OF = {"@interface": "{intf}", "@vlan": "{vlan}", "@ip": "{ip}", "@prefix": "{prefix}",
              "@mac": "{mac}", "@vrf": "{vrf}", "@acl": "{acl}", "@count": "last {n}",
              "@pattern": "containing {word}"}


@dataclass(frozen=True)
class Example:
    """One generated request and the answer it should get.

    Attributes:
        platform: Platform name.
        query: The request, as a person would type it.
        target: The decoder's answer (``"cpu"``, ``"routes_protocol protocol=ospf"``...).
        source: Where it came from (``"family"``, ``"vocab"``, ``"command"``, ``"refuse"``,
            ``"clarify"``), for reports.
    """

    platform: str
    query: str
    target: str
    source: str


def held_out(text: str) -> bool:
    """Whether a phrase or frame belongs to the held-out side (stable across runs)."""
    return zlib.crc32(text.encode("utf-8")) % HELD_OUT_MODULO == 0


def _side(items: tuple[str, ...] | list[str], test: bool) -> list[str]:
    train = [t for t in items if not held_out(t)]
    if not test:
        return train or list(items)
    return [t for t in items if held_out(t)]


class SlotFiller:
    """Fills ``{slot}`` markers with values spelled for a platform."""

    def __init__(self, platform: str, rng: random.Random, *, bare: bool = False) -> None:
        self.platform = platform
        self.rng = rng
        self.bare = bare

    def fill(self, template: str) -> tuple[str, dict[str, str]]:
        """The template with values; returns the text and the closed slots it used."""
        closed: dict[str, str] = {}

        def one(match: re.Match[str]) -> str:
            kind = match.group(1)
            before = template[:match.start()].lower().rstrip()
            rng = self.rng
            if kind == "intf":
                return sv.interface(rng, self.platform, after_port_word=self.bare
                                    or before.endswith(("port", "interface", "ports", "int")))
            if kind == "proto":
                spelling, value = rng.choice(sv.PROTOCOLS)
                closed["protocol"] = value
                return spelling
            if kind == "section":
                spelling, value = rng.choice(sv.SECTIONS)
                closed["section"] = value
                return spelling
            simple = {"ip": sv.ip, "prefix": sv.prefix, "mac": sv.mac, "vlan": sv.vlan,
                      "word": sv.word}
            if kind in simple:
                return simple[kind](rng)
            if kind == "vrf":
                return sv.vrf(rng, self.platform)
            if kind == "acl":
                return sv.acl(rng, self.platform)
            if kind == "n":
                return str(rng.choice([3, 5, 10, 20, 25, 50, 100, 200, rng.randint(2, 500)]))
            return match.group(0)

        return _SLOT.sub(one, template), closed


def _target(intent: str, closed: dict[str, str]) -> str:
    slot = {"routes_protocol": "protocol", "running_config_section": "section"}.get(intent)
    if slot is None:
        return intent
    return f"{intent} {slot}={closed[slot]}" if slot in closed else ""


def _understood(query: str, intent: str) -> bool:
    """The extractor finds every slot the intent needs (else the example is not used)."""
    spec = _intents.BY_NAME.get(intent)
    if spec is None:
        return True
    needs = set(spec.needs) & _NEEDS_FOUND
    if not needs:
        return True
    slots = model_input(query).slots
    return needs <= set(slots)


# ---------------------------------------------------------------------- vocabulary phrases
def _synonyms() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for words, concept in _vocab.PHRASES.items():
        table.setdefault(concept, []).append(" ".join(words))
    return table


SYNONYMS = _synonyms()


def vocab_phrases(intent: _intents.Intent, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A noun phrase built from the vocabulary's synonyms of the concepts ``intent`` needs.

    Returns the template (slot markers unfilled) and closed slot values it fixes.
    """
    parts: list[str] = []
    closed: dict[str, str] = {}
    for group in intent.require:
        strong = sorted(m for m in group if m.startswith("@") or _vocab.WEIGHTS.get(m, 0) >= 2)
        member = rng.choice(strong or sorted(group))
        if member.startswith("@"):
            parts.append(_MARKER_OF.get(member, ""))
            continue
        if intent.name == "routes_protocol" and member in _vocab.PROTOCOL_OF:
            closed["protocol"] = _vocab.PROTOCOL_OF[member]
        if intent.name == "running_config_section" and member in _vocab.SECTION_OF:
            closed["section"] = _vocab.SECTION_OF[member]
        parts.append(rng.choice(SYNONYMS.get(member, [member.replace("_", " ")])))
    extras = [e for e in sorted(intent.extra) if not e.startswith("@") and e in SYNONYMS
              and _vocab.WEIGHTS.get(e, 0) <= 2]
    if extras and rng.random() < 0.35:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(SYNONYMS[rng.choice(extras)]))
    for slot in ("needs", "optional"):
        for kind in getattr(intent, slot):
            marker = _MARKER_OF.get(f"@{kind}")
            if marker and marker not in parts and (slot == "needs" or rng.random() < 0.2):
                parts.append(("on " if kind == "interface" else "") + marker)
    if rng.random() < 0.4:
        rng.shuffle(parts)
    return " ".join(p for p in parts if p), closed


# ---------------------------------------------------------------------- catalog commands
def _abbreviate(command: str, rng: random.Random) -> str:
    out = []
    for word in command.split(" "):
        if word.isalpha() and len(word) > 3 and rng.random() < 0.6:
            keep = rng.randint(2, max(2, min(len(word) - 1, 4)))
            word = word[:keep]
        out.append(word)
    return " ".join(out)


def command_requests(platform: PlatformPlugin, rng: random.Random,
                     filler: SlotFiller) -> Iterator[tuple[str, str]]:
    """(request, target) pairs: the platform's read-only catalog commands, typed.

    A command several intents share is labelled with the first of them (as the catalog's
    own raw-command lookup does).
    """
    seen: set[str] = set()
    for spec in platform.commands:
        if not spec.read_only or spec.command in seen:
            continue
        seen.add(spec.command)
        for line in spec.command.split("\n"):
            template = line.replace("{interface}", "{intf}").replace("{count}", "{n}")
            template = template.replace("{pattern}", "{word}").replace("{protocol}", "{proto}")
            template = template.replace("{section_text}", "{section}")
            template = template.replace("{filesystem}", "flash:")
            if "{vrf}" in template or "{acl}" in template:
                template = template.replace("{vrf}", "BLUE").replace("{acl}", "101")
            text, closed = filler.fill(template)
            target = _target(spec.intent, closed)
            if not target:
                continue
            yield text, target
            if rng.random() < 0.7:
                yield _abbreviate(text, rng), target


# ---------------------------------------------------------------------- the generator
@dataclass
class Sizes:
    """How many examples to make per platform."""

    per_intent: int = 48
    refuse: int = 700
    clarify: int = 450
    own_commands: int = 3
    other_commands: float = 0.25
    vocab_share: float = 0.15


def _family_template(family_nouns: list[str], family_asks: list[str], frame_list: list[str],
                     rng: random.Random) -> tuple[str, bool]:
    """A template for an intent: a framed noun phrase or a whole request."""
    if family_asks and (not family_nouns or rng.random() < 0.4):
        return rng.choice(family_asks), True
    return rng.choice(frame_list).replace("{x}", rng.choice(family_nouns)), False


def _test_template(family: Family, rng: random.Random) -> tuple[str, bool]:
    """A held-out phrase (in any frame), or a training phrase in a held-out frame."""
    held_nouns = [n for n in family.nouns if held_out(n)]
    held_asks = [a for a in family.asks if held_out(a)]
    roll = rng.random()
    if held_asks and roll < 0.35:
        return rng.choice(held_asks), True
    if held_nouns and roll < 0.7:
        return rng.choice(_frames.FRAMES).replace("{x}", rng.choice(held_nouns)), False
    nouns = [n for n in family.nouns if not held_out(n)] or list(family.nouns)
    frame = rng.choice([f for f in _frames.FRAMES if held_out(f)])
    return frame.replace("{x}", rng.choice(nouns)), False


def generate(platform: PlatformPlugin, *, seed: int = 0, test: bool = False,
             sizes: Sizes | None = None) -> list[Example]:
    """Examples for one platform (the held-out side when ``test``)."""
    sizes = sizes or Sizes()
    rng = random.Random(f"{seed}:{platform.name}:{'test' if test else 'train'}")
    filler = SlotFiller(platform.name, rng)
    out: list[Example] = []
    scale = 0.25 if test else 1.0
    train_frames = _side(_frames.FRAMES, False)

    def add(template: str, intent: str, source: str, *, asks: bool,
            closed: dict[str, str] | None = None) -> None:
        noisy = _frames.noisy(template, rng) if rng.random() < 0.35 else template
        text, filled = filler.fill(noisy)
        target = _target(intent, {**(closed or {}), **filled})
        if not target:
            return
        query = _frames.dress(text, rng, asks=asks)
        if not any(c.isalnum() for c in query):
            return
        if intent not in (REFUSE, CLARIFY) and (
                safety.detect(query) is not None or not _understood(query, intent)):
            return
        out.append(Example(platform.name, query, target, source))

    for intent in _intents.READ_INTENTS:
        family = FAMILIES[intent.name]
        nouns = _side(family.nouns, False)
        nouns += list(PLATFORM_NOUNS.get(platform.name, {}).get(intent.name, ()))
        asks = _side(family.asks, False) if family.asks else []
        for _ in range(max(2, round(sizes.per_intent * scale))):
            if test:
                template, is_ask = _test_template(family, rng)
                add(template, intent.name, "family", asks=is_ask)
            elif rng.random() < sizes.vocab_share:
                template, closed = vocab_phrases(intent, rng)
                add(rng.choice(train_frames).replace("{x}", template), intent.name, "vocab",
                    asks=False, closed=closed)
            else:
                template, is_ask = _family_template(nouns, asks, train_frames, rng)
                add(template, intent.name, "family", asks=is_ask)

    changes = _side(special.CHANGES, test)
    change_frames = _side(special.CHANGE_FRAMES, test) or list(special.CHANGE_FRAMES)
    needs = _side(special.CHANGE_NEEDS, test) or list(special.CHANGE_NEEDS)
    for _ in range(round(sizes.refuse * scale)):
        if rng.random() < 0.15:
            add(rng.choice(needs), REFUSE, "refuse", asks=True)
        else:
            template = rng.choice(change_frames).replace("{x}", rng.choice(changes))
            add(template, REFUSE, "refuse", asks=True)

    vague = _side(special.VAGUE, test)
    vague_frames = list(special.VAGUE_FRAMES)
    for _ in range(round(sizes.clarify * scale)):
        add(rng.choice(vague_frames).replace("{x}", rng.choice(vague)), CLARIFY, "clarify",
            asks=False)

    if not test:
        bare = SlotFiller(platform.name, rng, bare=True)
        for _ in range(sizes.own_commands):
            for text, target in command_requests(platform, rng, bare):
                out.append(Example(platform.name, _frames.dress(text, rng, asks=False), target,
                                   "command"))
    return out


def generate_other_commands(platform: PlatformPlugin, others: list[PlatformPlugin], *,
                            seed: int = 0, share: float = 0.25) -> list[Example]:
    """Other platforms' commands typed on ``platform`` (a sample), labelled with their intent."""
    rng = random.Random(f"{seed}:{platform.name}:others")
    out: list[Example] = []
    for other in others:
        if other.name == platform.name:
            continue
        filler = SlotFiller(other.name, rng, bare=True)
        for text, target in command_requests(other, rng, filler):
            if rng.random() < share:
                out.append(Example(platform.name, text, target, "command"))
    return out
