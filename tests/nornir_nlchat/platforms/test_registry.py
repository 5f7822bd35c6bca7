import pytest

from nornir_nlchat.errors import UnknownPlatformError
from nornir_nlchat.platforms import all_platforms, canonical_name, get_platform

BUILT_IN = {"cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
            "juniper_junos"}


def test_built_in_plugins_come_through_entry_points() -> None:
    assert set(all_platforms()) >= BUILT_IN


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [("ios", "cisco_ios"), ("IOSXE", "cisco_ios"), ("eos", "arista_eos"),
     ("junos", "juniper_junos"), ("nxos", "cisco_nxos"), ("aoscx", "aruba_aoscx"),
     ("hp_procurve", "hp_procurve"), (" cisco_ios ", "cisco_ios")],
)
def test_platform_names_are_mapped(spelling: str, expected: str) -> None:
    assert canonical_name(spelling) == expected
    assert get_platform(spelling).name == expected


def test_unknown_platform_is_a_clear_error() -> None:
    with pytest.raises(UnknownPlatformError) as info:
        get_platform("vyos_fantasy")
    assert "vyos_fantasy" in str(info.value)
    assert "nlchat platforms" in str(info.value)


def test_missing_platform_says_where_to_set_it() -> None:
    with pytest.raises(UnknownPlatformError, match="platform"):
        get_platform(None)


def test_spec_for_command_matches_slots() -> None:
    ios = get_platform("cisco_ios")
    spec = ios.spec_for_command("show version")
    assert spec is not None and spec.intent
    assert ios.spec_for_command("no such command at all") is None
