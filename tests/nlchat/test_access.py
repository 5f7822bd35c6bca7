from pathlib import Path

from nlchat.access import AccessPolicy, current_user
from nornir_nlchat.config import AccessSettings
from nornir_nlchat.inventory import load_nornir

HOSTS = """
UKLONB1SW1: {hostname: 127.0.0.1, platform: cisco_ios, groups: [cisco_ios]}
DEFRADC1RTR1: {hostname: 127.0.0.1, platform: juniper_junos, groups: [juniper_junos]}
"""


def hosts(tmp_path: Path) -> dict:
    (tmp_path / "hosts.yaml").write_text(HOSTS)
    (tmp_path / "groups.yaml").write_text("cisco_ios: {}\njuniper_junos: {}\n")
    return dict(load_nornir(tmp_path).inventory.hosts)


SETTINGS = AccessSettings.model_validate({
    "enabled": True,
    "default_roles": ["nothing"],
    "roles": {"uk": {"hosts": ["UK*"]}, "junos-admin": {"groups": ["juniper_junos"],
                                                       "write": True},
              "nothing": {}},
    "users": {"alice": {"roles": ["uk"]}, "bob": {"roles": ["uk", "junos-admin"]}},
})


def test_roles_by_host_glob_and_group(tmp_path: Path) -> None:
    inv = hosts(tmp_path)
    alice = AccessPolicy(SETTINGS, "alice").check(list(inv.values()))
    assert alice.allowed == ["UKLONB1SW1"] and alice.denied == ["DEFRADC1RTR1"]
    assert "DEFRADC1RTR1" in alice.reason
    bob = AccessPolicy(SETTINGS, "bob").check(list(inv.values()))
    assert bob.denied == []


def test_unknown_user_gets_default_roles(tmp_path: Path) -> None:
    inv = hosts(tmp_path)
    eve = AccessPolicy(SETTINGS, "eve")
    assert eve.check(list(inv.values())).allowed == []
    assert not eve.may_write()


def test_write_permission() -> None:
    assert AccessPolicy(SETTINGS, "bob").may_write()
    assert not AccessPolicy(SETTINGS, "alice").may_write()


def test_disabled_means_open(tmp_path: Path) -> None:
    inv = hosts(tmp_path)
    policy = AccessPolicy(AccessSettings(), "anyone")
    assert policy.check(list(inv.values())).denied == []
    assert policy.may_write()


def test_current_user(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NLCHAT_USER", "carol")
    assert current_user() == "carol"
    assert current_user("dave") == "dave"
