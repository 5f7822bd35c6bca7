"""Small, vendor-free readers that health adapters use on records and raw text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def number(value: Any) -> float | None:
    """The first number in ``value`` (``"4%"`` → 4.0, ``"1,234"`` → 1234.0), else None.

    >>> number("4%"), number(" 1,234 "), number(""), number(None), number(7)
    (4.0, 1234.0, None, None, 7.0)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list):
        return number(value[0]) if value else None
    match = _NUMBER.search(str(value))
    return float(match.group().replace(",", "")) if match else None


def integer(value: Any) -> int | None:
    """Like :func:`number`, as an int."""
    found = number(value)
    return int(found) if found is not None else None


_STATES = {
    "fwd": "forwarding", "forwarding": "forwarding", "forward": "forwarding",
    "blk": "blocking", "blocking": "blocking", "block": "blocking", "discarding": "blocking",
    "dis": "blocking", "bkn": "blocking", "broken": "blocking", "altn": "blocking",
    "lrn": "learning", "learning": "learning", "lis": "listening", "listening": "listening",
    "disabled": "disabled", "down": "disabled",
}

_ROLES = {
    "root": "root", "desg": "designated", "designated": "designated", "altn": "alternate",
    "alternate": "alternate", "back": "backup", "backup": "backup", "disabled": "disabled",
    "mstr": "master", "master": "master", "bound": "boundary",
}


def stp_state(text: str) -> str:
    """Normalise a spanning-tree port state (``FWD``, ``Discarding``, ``BKN*``...).

    >>> stp_state("FWD"), stp_state("Discarding"), stp_state("BKN*")
    ('forwarding', 'blocking', 'blocking')
    """
    key = re.sub(r"[^a-z]", "", text.strip().lower())
    return _STATES.get(key, _STATES.get(key[:3], key or "unknown"))


def stp_role(text: str) -> str:
    """Normalise a spanning-tree port role (``Desg``, ``Altn``, ``Root``...)."""
    key = re.sub(r"[^a-z]", "", text.strip().lower())
    return _ROLES.get(key, _ROLES.get(key[:4], key))


_UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1, "y": 31536000}


def duration(text: Any) -> float | None:
    """Seconds in an uptime/age text: ``00:00:01``, ``1d02h``, ``2w3d``, ``5 days, 4:00:00``,
    ``3 minutes ago``, ``12 sec``. ``never`` and blanks give None.

    >>> duration("00:01:05"), duration("1d02h"), duration("2w3d"), duration("never")
    (65.0, 93600.0, 1468800.0, None)
    >>> duration("1 day, 02:00:00"), duration("0:00:07 ago"), duration("12 sec")
    (93600.0, 7.0, 12.0)
    """
    if text is None:
        return None
    s = str(text).strip().lower()
    if not s or s in ("never", "n/a", "-"):
        return None
    total = 0.0
    found = False
    clock = re.search(r"(\d+):(\d{2}):(\d{2})(?:\.\d+)?", s)
    if clock:
        h, m, sec = (int(x) for x in clock.groups())
        total += h * 3600 + m * 60 + sec
        found = True
        s = s[:clock.start()] + " " + s[clock.end():]
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(year|week|day|hour|minute|min|"
                                   r"second|sec|[ywdhms])(?![a-z]*:)", s):
        total += float(amount) * _UNITS[unit[0]]
        found = True
    return total if found else None


def field(record: Mapping[str, Any], *names: str, default: Any = None) -> Any:
    """The first of ``names`` present and not blank in ``record``."""
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return default


def is_up(text: Any) -> bool | None:
    """Read a link/protocol state word (``up``, ``connected``, ``down``, ``notconnect``...).

    >>> is_up("up"), is_up("administratively down"), is_up("connected"), is_up("")
    (True, False, True, None)
    """
    if text is None:
        return None
    s = str(text).strip().lower()
    if not s:
        return None
    return s.startswith(("up", "connected", "enabled", "active", "yes"))


def blocks(text: str, start: str) -> Iterator[str]:
    """Split ``text`` into blocks each starting at a line matching the regex ``start``."""
    pattern = re.compile(start)
    current: list[str] = []
    for line in text.splitlines():
        if pattern.search(line) and current:
            yield "\n".join(current)
            current = []
        current.append(line)
    if current:
        yield "\n".join(current)


def search(pattern: str, text: str, flags: int = re.M) -> re.Match[str] | None:
    """``re.search`` with multiline on by default."""
    return re.search(pattern, text, flags)


def table_rows(text: str, pattern: str) -> Iterator[re.Match[str]]:
    """Every line of ``text`` matching ``pattern`` (anchored at the line start)."""
    compiled = re.compile(pattern)
    for line in text.splitlines():
        match = compiled.match(line)
        if match:
            yield match


def records_to(factory: Callable[..., Any], **mapping: Callable[[Mapping[str, Any]], Any]
               ) -> Callable[[Iterable[Mapping[str, Any]]], list[Any]]:
    """Build a converter: each record → ``factory(**{name: getter(record)})``."""

    def convert(records: Iterable[Mapping[str, Any]]) -> list[Any]:
        return [factory(**{name: get(rec) for name, get in mapping.items()}) for rec in records]

    return convert


def short_name(name: str) -> str:
    """A device name as neighbours report it, reduced to the inventory name's form:
    no domain, no serial in brackets, lower case.

    >>> short_name("INBLRDC1CSW1.lab.example.net"), short_name("nx-1(FOX1234)")
    ('inblrdc1csw1', 'nx-1')
    """
    base = re.sub(r"\(.*\)$", "", name.strip())
    return base.split(".")[0].lower()


def instance_name(text: str) -> str:
    """A spanning-tree instance as a short name: ``VLAN0010`` → ``10``, ``MST0`` → ``mst0``.

    >>> instance_name("VLAN0010"), instance_name("MST0"), instance_name("vlan 20")
    ('10', 'mst0', '20')
    """
    s = text.strip()
    m = re.fullmatch(r"(?i)vlan\s*0*(\d+)", s)
    if m:
        return m.group(1)
    return s.lower().replace(" ", "")


def mac(text: str) -> str:
    """A MAC address in one notation (``aabb.ccdd.eeff``), whatever the device printed.

    >>> mac("AA:BB:CC:DD:EE:FF"), mac("aabb.ccdd.eeff"), mac("aa-bb-cc-dd-ee-ff")
    ('aabb.ccdd.eeff', 'aabb.ccdd.eeff', 'aabb.ccdd.eeff')
    """
    digits = re.sub(r"[^0-9a-f]", "", text.lower())
    if len(digits) != 12:
        return text.strip().lower()
    return f"{digits[0:4]}.{digits[4:8]}.{digits[8:12]}"
