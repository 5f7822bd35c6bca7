"""Turn what the user gave as an inventory into a ready Nornir object."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from nornir import InitNornir
from nornir.core import Nornir

from nornir_nlchat.errors import InventoryError
from nornir_nlchat.logs import register_secret

SIMPLE_FILES = {"host_file": "hosts.yaml", "group_file": "groups.yaml",
                "defaults_file": "defaults.yaml"}


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InventoryError(f"{path} is not valid YAML: {exc}.",
                             hint="Fix the YAML syntax at the position shown.") from None
    except OSError as exc:
        raise InventoryError(f"Cannot read {path}: {exc.strerror}.") from None


def _runner(num_workers: int) -> dict[str, Any]:
    return {"plugin": "threaded", "options": {"num_workers": num_workers}}


def _from_folder(folder: Path, num_workers: int) -> Nornir:
    hosts = folder / SIMPLE_FILES["host_file"]
    if not hosts.is_file():
        raise InventoryError(f"{folder} has no hosts.yaml.")
    options: dict[str, str] = {}
    for option, name in SIMPLE_FILES.items():
        path = folder / name
        if path.is_file():
            data = _read_yaml(path)
            if data is not None and not isinstance(data, dict):
                raise InventoryError(f"{path} must map names to settings, not "
                                     f"{type(data).__name__}.")
        # nornir's SimpleInventory needs the group and defaults files to exist
        options[option] = str(path) if path.is_file() else ""
    return _init(
        inventory={"plugin": "SimpleInventory", "options": {k: v for k, v in options.items() if v}},
        runner=_runner(num_workers),
        logging={"enabled": False},
    )


def _from_config(path: Path, num_workers: int) -> Nornir:
    data = _read_yaml(path) or {}
    if not isinstance(data, dict):
        raise InventoryError(f"{path} is not a Nornir config (expected a mapping).")
    # Relative inventory paths are relative to the config file, not to the current directory.
    options = data.setdefault("inventory", {}).setdefault("options", {}) or {}
    for key, value in list(options.items()):
        if key.endswith("_file") and isinstance(value, str) and not Path(value).is_absolute():
            options[key] = str((path.parent / value).resolve())
    data["inventory"]["options"] = options
    data.setdefault("runner", _runner(num_workers))
    data.setdefault("logging", {"enabled": False})
    return _init(**data)


def _init(**kwargs: Any) -> Nornir:
    try:
        return InitNornir(**kwargs)
    except InventoryError:
        raise
    except FileNotFoundError as exc:
        raise InventoryError(f"Inventory file not found: {exc.filename}.") from None
    except Exception as exc:  # nornir raises many kinds; keep the message, drop the traceback
        raise InventoryError(f"Nornir could not load the inventory: {exc}.") from None


def register_inventory_secrets(nr: Nornir) -> None:
    """Register every password in the inventory for masking in logs and errors."""
    register_secret(nr.inventory.defaults.password)
    for group in nr.inventory.groups.values():
        register_secret(group.password)
    for host in nr.inventory.hosts.values():
        register_secret(host.password)
        for options in host.connection_options.values():
            register_secret((options.extras or {}).get("secret"))


def load_nornir(inventory: Nornir | str | Path | None, *, num_workers: int = 20) -> Nornir:
    """Return a Nornir for a Nornir object, a config.yaml path, or a SimpleInventory folder.

    Every password found is registered for masking.

    Raises:
        InventoryError: the path does not exist or the files are malformed.
    """
    if isinstance(inventory, Nornir):
        nr = inventory
    elif inventory is None:
        raise InventoryError("No inventory given.")
    else:
        path = Path(inventory).expanduser()
        if path.is_dir():
            nr = _from_folder(path, num_workers)
        elif path.is_file():
            nr = _from_config(path, num_workers)
        else:
            raise InventoryError(f"{path} does not exist.")
    register_inventory_secrets(nr)
    return nr


def config_section(nr: Nornir) -> dict[str, Any]:
    """The ``user_defined.nlchat`` section of a Nornir's config (empty when absent)."""
    section = (nr.config.user_defined or {}).get("nlchat") or {}
    if not isinstance(section, dict):
        raise InventoryError("user_defined.nlchat in config.yaml must be a mapping.")
    return section
