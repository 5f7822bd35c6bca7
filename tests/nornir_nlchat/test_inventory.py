from pathlib import Path

import pytest

from nornir_nlchat.errors import InventoryError
from nornir_nlchat.inventory import config_section, load_nornir
from nornir_nlchat.logs import mask

HOSTS = """
UKLONDC1RTR1:
  hostname: 127.0.0.1
  platform: cisco_ios
  groups: [cisco_ios]
"""


def write_inventory(folder: Path, hosts: str = HOSTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hosts.yaml").write_text(hosts)
    (folder / "groups.yaml").write_text("cisco_ios:\n  platform: cisco_ios\n")
    (folder / "defaults.yaml").write_text("username: ops\npassword: s3cr3t-inventory-pw\n")
    return folder


def test_folder(tmp_path: Path) -> None:
    nr = load_nornir(write_inventory(tmp_path / "inv"))
    assert list(nr.inventory.hosts) == ["UKLONDC1RTR1"]
    # the inventory's password is now masked everywhere
    assert "s3cr3t-inventory-pw" not in mask("login s3cr3t-inventory-pw")


def test_config_paths_are_relative_to_the_config_file(tmp_path: Path, monkeypatch:
                                                      pytest.MonkeyPatch) -> None:
    write_inventory(tmp_path / "inv")
    config = tmp_path / "config.yaml"
    config.write_text(
        "inventory:\n  plugin: SimpleInventory\n  options:\n    host_file: inv/hosts.yaml\n"
        "    group_file: inv/groups.yaml\n    defaults_file: inv/defaults.yaml\n"
        "user_defined:\n  nlchat:\n    log_level: INFO\n"
    )
    monkeypatch.chdir("/")
    nr = load_nornir(config)
    assert "UKLONDC1RTR1" in nr.inventory.hosts
    assert config_section(nr) == {"log_level": "INFO"}


def test_broken_yaml_says_which_file(tmp_path: Path) -> None:
    folder = write_inventory(tmp_path / "inv", hosts="UKLONDC1RTR1:\n  hostname: [oops\n")
    with pytest.raises(InventoryError, match=r"hosts\.yaml is not valid YAML"):
        load_nornir(folder)


def test_hosts_must_be_a_mapping(tmp_path: Path) -> None:
    folder = write_inventory(tmp_path / "inv", hosts="- just\n- a list\n")
    with pytest.raises(InventoryError, match="must map names"):
        load_nornir(folder)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InventoryError, match="does not exist"):
        load_nornir(tmp_path / "nowhere")


def test_folder_without_hosts(tmp_path: Path) -> None:
    with pytest.raises(InventoryError, match=r"no hosts\.yaml"):
        load_nornir(tmp_path)
