"""Text clean-up before anything else looks at a request.

Requests arrive with smart quotes, full-width characters, invisible characters and look-alike
letters from other alphabets (a Cyrillic ``е`` in ``rеload``). Everything downstream (slot
extraction, intent recognition, the write detector) works on the cleaned text, so a disguised
word is seen for what it is.
"""

from __future__ import annotations

import re
import unicodedata

# Letters from other scripts that look like ASCII letters (a small, deliberate table: the
# common homoglyphs used to disguise words, not the whole Unicode confusables file).
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "ε": "e", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Punctuation people paste from documents
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "…": "...", "\u00a0": " ",
}
_TRANSLATE = str.maketrans(_CONFUSABLES)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")


def clean(text: str) -> str:
    """Return ``text`` with look-alikes folded to ASCII and invisible characters removed.

    >>> clean("rеload")  # the 'е' is Cyrillic
    'reload'
    >>> clean("ｓｈｏｗ ｖｅｒｓｉｏｎ")
    'show version'
    >>> clean("re\\u200bboot")
    'reboot'
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _INVISIBLE.sub("", text)
    text = text.translate(_TRANSLATE)
    # Drop remaining combining marks (e.g. an accent stacked on an ASCII letter).
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.split())


def was_disguised(original: str) -> bool:
    """True when cleaning changed letters (not just spacing): a sign of a disguised word.

    >>> was_disguised("reboot")
    False
    >>> was_disguised("rеboot")
    True
    """
    return clean(original).replace(" ", "") != " ".join((original or "").split()).replace(" ", "")


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lower-case word tokens: hyphenated and dotted words are split.

    >>> words("Show the MAC-address-table, pls!")
    ['show', 'the', 'mac', 'address', 'table', 'pls']
    """
    return _WORD.findall(text.lower())
