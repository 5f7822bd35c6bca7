"""Text normalisation shared by the index and the query parser."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[a-z]+|[0-9]+")
_DIGITS = re.compile(r"[0-9]+")
_LEADING_ZERO = re.compile(r"(?<![0-9])0")
_APOSTROPHE_S = re.compile(r"['\u2019]s\b")


def fold(text: str) -> str:
    """Lower-case, strip accents ("München" -> "munchen") and drop possessive "'s"."""
    if text.isascii() and "'" not in text:
        return text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHE_S.sub("", text.lower())
    return text.replace("'", "").replace("\u2019", "")


def _int_digits(match: re.Match[str]) -> str:
    return match.group().lstrip("0") or "0"


def alnum(text: str) -> str:
    """Only the letters and digits of ``text``, folded: "GB-LON dc1" -> "gblondc1"."""
    return _NON_ALNUM.sub("", fold(text))


def canon(text: str) -> str:
    """:func:`alnum` with every digit run read as a number: "RTR02" -> "rtr2"."""
    if text.isascii() and "'" not in text:
        key = text.lower()
        if not key.isalnum():
            key = key.replace("-", "").replace(" ", "")  # usual separators, without a regex
            if not key.isalnum():
                key = _NON_ALNUM.sub("", key)
    else:
        key = alnum(text)
    if "0" in key and _LEADING_ZERO.search(key):
        key = _DIGITS.sub(_int_digits, key)
    return key


def fold_words(text: str) -> list[str]:
    """Words of ``text``: letter runs and digit runs (digits read as numbers).

    "rack-12-tor" -> ["rack", "12", "tor"]; "sw-b01" -> ["sw", "b", "1"].
    """
    folded = fold(text)
    if "0" not in folded:
        return _WORD.findall(folded)  # no digit run to read as a number
    return [(w.lstrip("0") or "0") if w[0].isdigit() else w for w in _WORD.findall(folded)]


def runs(key: str) -> list[str]:
    """Letter and digit runs of an :func:`alnum` key: "gblondc1rtr2" -> [gblondc, 1, rtr, 2]."""
    return _WORD.findall(key)

