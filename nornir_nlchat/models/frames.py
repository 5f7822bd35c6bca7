"""Request frames and noise: how a topic becomes a request, and how people mistype it."""

from __future__ import annotations

import random
import string

from nornir_nlchat.models.phrases import _lines

# ``{x}`` is a noun phrase ("cpu usage", "errors on gi0/1").
FRAMES = _lines("""
    {x}
    {x}
    {x}
    {x}?
    show {x}
    show me {x}
    show the {x}
    show me the {x}
    display {x}
    display the {x}
    list {x}
    list the {x}
    get {x}
    get me the {x}
    give me {x}
    give me the {x}
    what is the {x}
    what's the {x}
    whats the {x}
    what are the {x}
    how does the {x} look
    can you show me the {x}
    can you show {x}
    could you show me {x}
    can i see the {x}
    can i get the {x}
    could i see {x}
    i need the {x}
    i need to see {x}
    i'd like to see the {x}
    i want the {x}
    let me see the {x}
    let me see {x}
    pull up the {x}
    pull {x}
    print the {x}
    dump the {x}
    check the {x}
    check {x}
    please show {x}
    please show the {x}
    show {x} please
    {x} please
    {x} pls
    {x} plz
    {x} thanks
    {x} on this box
    {x} on the switch
    {x} on this router
    {x} on this device
    {x} for this unit
    {x} here
    tell me the {x}
    tell me {x}
    report {x}
    fetch the {x}
    grab the {x}
    quick look at the {x}
    need {x}
    need the {x} asap
    hey, {x}
    hi, can you show the {x}
    view {x}
    look up the {x}
    any info on {x}
    info about {x}
    i'm looking for the {x}
    do you have the {x}
    what does the {x} say
    what about {x}
    and {x}?
    now {x}
    ok, {x}
    {x} right now
    {x} for me
    quickly show the {x}
    just the {x}
    only {x}
    output of {x}
    current {x}
    {x} info
    {x} output
    {x} report
""")

# Added around whole requests ("asks") now and then.
PREFIXES = _lines("""
    hey
    hi
    hello,
    quick question:
    ok so
    so
    um
    please tell me
    can you tell me
    i wonder
    question:
    btw
    team asks:
    sorry,
    one more:
""")
SUFFIXES = _lines("""
    please
    pls
    thanks
    thx
    asap
    right now
    on this box
    on the switch
    on this router
    on this device
    for me
    real quick
    again
    today
    at the moment
""")
PUNCTUATION = ("", "", "", "", "?", "??", "!", ".", " ?")

_KEYBOARD = {c: n for c, n in zip(
    "qwertyuiopasdfghjklzxcvbnm",
    ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc",
     "drgv", "fthb", "gyjn", "hukm", "jil", "kop", "zasx", "xsdc", "cdfv", "vfgb", "bghn",
     "nhjm", "mjk"], strict=True)}


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip in ``word``: a swap, a drop, a double or a neighbouring key."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.3:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.55:
        return word[:i] + word[i + 1:]
    if kind < 0.75:
        return word[:i] + word[i] + word[i:]
    near = _KEYBOARD.get(word[i].lower())
    return word[:i] + (rng.choice(near) if near else word[i]) + word[i + 1:]


def noisy(template: str, rng: random.Random, *, typo_rate: float = 0.12) -> str:
    """Typos in the words of a template (never inside ``{slot}`` markers)."""
    parts = template.split(" ")
    for index, part in enumerate(parts):
        if "{" not in part and rng.random() < typo_rate:
            parts[index] = typo(part, rng)
    return " ".join(parts)


def dress(text: str, rng: random.Random, *, asks: bool) -> str:
    """Casing, punctuation, and (for whole requests) a prefix or suffix."""
    if asks and rng.random() < 0.15:
        text = f"{rng.choice(PREFIXES)} {text}"
    if asks and rng.random() < 0.15:
        text = f"{text} {rng.choice(SUFFIXES)}"
    text = text.rstrip("?") + rng.choice(PUNCTUATION) if text.endswith("?") else (
        text + rng.choice(PUNCTUATION))
    roll = rng.random()
    if roll < 0.1:
        text = text[:1].upper() + text[1:]
    elif roll < 0.13:
        text = text.upper()
    if rng.random() < 0.03:
        text = text.replace(" ", "  ", 1)
    return text.strip(string.whitespace)
