"""Find platform plugins through the ``nlchat.platforms`` entry-point group.

Platform names are normalised with ``netutils.lib_mapper`` so that a host whose platform is
written the NAPALM, Ansible, Scrapli or pyATS way (``ios``, ``eos``, ``junos``, ``iosxe``...)
finds the plugin registered under Netmiko's ``device_type``.
"""

from __future__ import annotations

import logging
import threading
from importlib.metadata import entry_points

from netutils import lib_mapper

from nornir_nlchat.errors import PluginError, UnknownPlatformError
from nornir_nlchat.platforms.contract import PlatformPlugin

ENTRY_POINT_GROUP = "nlchat.platforms"

log = logging.getLogger(__name__)

_lock = threading.Lock()
_plugins: dict[str, PlatformPlugin] | None = None

# lib_mapper tables that map another library's platform name to netutils' normalised name.
_REVERSE_TABLES = (
    lib_mapper.NETMIKO_LIB_MAPPER_REVERSE,
    lib_mapper.NAPALM_LIB_MAPPER,
    lib_mapper.ANSIBLE_LIB_MAPPER,
    lib_mapper.SCRAPLI_LIB_MAPPER,
    lib_mapper.PYATS_LIB_MAPPER,
    lib_mapper.NTCTEMPLATES_LIB_MAPPER,
)


def _load(value: object, name: str) -> PlatformPlugin:
    plugin = value() if callable(value) and not isinstance(value, PlatformPlugin) else value
    if not isinstance(plugin, PlatformPlugin):
        raise PluginError(
            f"Entry point {name!r} in group {ENTRY_POINT_GROUP!r} gave "
            f"{type(plugin).__name__}, not a PlatformPlugin."
        )
    return plugin


def _discover() -> dict[str, PlatformPlugin]:
    found: dict[str, PlatformPlugin] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            plugin = _load(ep.load(), ep.name)
        except PluginError:
            raise
        except Exception as exc:  # a broken third-party plugin must not break the others
            log.warning("platform plugin %s could not be loaded: %s", ep.name, exc)
            continue
        found[plugin.name] = plugin
    return found


def all_platforms() -> dict[str, PlatformPlugin]:
    """All installed platform plugins, by canonical name (discovered once, then cached)."""
    global _plugins
    with _lock:
        if _plugins is None:
            _plugins = _discover()
        return dict(_plugins)


def register(plugin: PlatformPlugin) -> None:
    """Register a plugin at run time (e.g. from a notebook) without an entry point."""
    all_platforms()
    with _lock:
        assert _plugins is not None
        _plugins[plugin.name] = plugin


def reset() -> None:
    """Forget discovered plugins so the next call discovers them again (for tests)."""
    global _plugins
    with _lock:
        _plugins = None


def canonical_name(platform: str) -> str | None:
    """Map any spelling of a platform to an installed plugin's name, or None.

    >>> canonical_name("ios")
    'cisco_ios'
    >>> canonical_name("CISCO_IOS")
    'cisco_ios'
    >>> canonical_name("no_such_os") is None
    True
    """
    plugins = all_platforms()
    key = platform.strip().lower()
    if key in plugins:
        return key
    for plugin in plugins.values():
        if key in plugin.aliases:
            return plugin.name
    for table in _REVERSE_TABLES:
        normalised = table.get(key)
        if normalised is None:
            continue
        netmiko_name = lib_mapper.NETMIKO_LIB_MAPPER.get(normalised, normalised)
        if netmiko_name in plugins:
            return netmiko_name
    return None


def get_platform(platform: str | None) -> PlatformPlugin:
    """Return the plugin for ``platform`` or raise :class:`UnknownPlatformError`."""
    plugins = _plugins  # the usual case (a canonical name, plugins discovered): no lock
    if plugins is not None and platform:
        found = plugins.get(platform)
        if found is not None:
            return found
    if not platform:
        raise UnknownPlatformError(
            "The host has no platform set.",
            hint="Set `platform` on the host or its group in the inventory (e.g. cisco_ios).",
        )
    name = canonical_name(platform)
    if name is None:
        known = ", ".join(sorted(all_platforms())) or "none"
        raise UnknownPlatformError(
            f"No platform plugin for {platform!r} (installed: {known}).",
        )
    return all_platforms()[name]
