"""Host-name decoding and the name table (exact, look-alike, stem, constrained fuzzy)."""

from __future__ import annotations

from nornir_nlchat.resolve.lexicon import KIND_CODES
from nornir_nlchat.resolve.names import NameTable, decode_name, short_name
from nornir_nlchat.resolve.places import canonical_city, canonical_country
from nornir_nlchat.resolve.text import canon, fold, fold_words

ISO = frozenset({"gb", "us", "de", "in", "sg", "jp"})


def test_text_normalisation() -> None:
    assert canon("GB-LON dc01 RTR02") == "gblondc1rtr2"
    assert canon("München") == "munchen"
    assert fold("GBLONDC1SW1's") == "gblondc1sw1"
    assert fold_words("tor-b01") == ["tor", "b", "1"]
    assert canon("0") == "0"


def test_decode_pattern_names() -> None:
    parts = decode_name("GBLONDC1RTR2", KIND_CODES, ISO)
    assert (parts.country_code, parts.city_code) == ("gb", "lon")
    assert (parts.site_kind, parts.site_num) == ("datacenter", 1)
    assert (parts.role_code, parts.index) == ("rtr", 2)
    parts = decode_name("DEMUCB12CSW03", KIND_CODES, ISO)
    assert (parts.city_code, parts.site_kind, parts.site_num) == ("muc", "building", 12)
    assert (parts.role_code, parts.index) == ("csw", 3)


def test_decode_other_shapes() -> None:
    parts = decode_name("lon-dc2-core-sw-01.example.net", KIND_CODES, ISO)
    assert (parts.city_code, parts.site_kind, parts.site_num) == ("lon", "datacenter", 2)
    assert (parts.role_code, parts.index) == ("sw", 1)
    parts = decode_name("edge-router", KIND_CODES, ISO)
    assert parts.index is None and parts.city_code is None
    assert short_name("sw1.lon.example.net") == "sw1"
    assert short_name("10.1.2.3") == "10.1.2.3"


def _table(*names: str) -> NameTable:
    table = NameTable()
    for i, name in enumerate(names):
        table.add(name, i)
    return table


def test_exact_lookalike_and_stem() -> None:
    table = _table("GBLONDC1SW1", "GBLONDC1SW2", "GBLONDC1FW1")
    lookup = table.lookup(canon("gblondc1sw02"))
    assert lookup is not None and lookup.ids == {1}
    lookalike = table.lookalike("GBLONDC1FWI")
    assert lookalike is not None and lookalike.ids == {2}
    shifted = table.lookalike("GBLONDC1SW@")
    assert shifted is not None and shifted.ids == {1}
    stem = table.stem(canon("GBLONDC1SW"))
    assert stem is not None and stem.ids == {0, 1}


def test_fuzzy_tolerates_letters_never_digits_or_roles() -> None:
    table = _table("GBLONDC1SW1", "GBLONDC1SW2", "GBLONDC1CSW1", "DEFRADC1SW1")
    typo = table.fuzzy(canon("GBLNDC1SW2"))
    assert typo is not None and typo.ids == {1}
    swapped = table.fuzzy(canon("GBLODNC1SW1"))  # transposition
    assert swapped is not None and swapped.ids == {0}
    # A well-formed name (every part known) is never corrected.
    assert table.fuzzy(canon("GBLONDC1SW3")) is None
    assert table.fuzzy(canon("GBLONDC2SW1")) is None
    assert table.fuzzy(canon("DEFRADC1CSW1")) is None
    # Far away letters are not a typo.
    assert table.fuzzy(canon("USNYCDC1SW1")) is None
    assert table.is_name_like(canon("GBLONDC1SW3"))
    assert not table.is_name_like(canon("vlan10"))
    assert table.nearest(canon("GBLONDC1SW3")) == {0, 1}


def test_place_vocabulary() -> None:
    assert canonical_city("Bangalore") == canonical_city("Bengaluru")
    assert canonical_city("Calcutta") == canonical_city("Kolkata")
    assert canonical_city("Bombay") == canonical_city("mumbai")
    assert canonical_city("Madras") == canonical_city("Chennai")
    assert canonical_city("München") == canonical_city("Munich")
    assert canonical_country("India") == canonical_country("IN") == "in"
    assert canonical_country("United Kingdom") == canonical_country("UK") == "gb"
    assert canonical_country("Deutschland") == "de"
    assert canonical_country("Japan") == canonical_country("JPN") == "jp"
