"""The lab-personality protocol a platform plugin implements.

A personality is everything vendor-specific about a simulated device: its hardware and port
names (used when the lab builds the device's state), and its CLI (banners, prompts, paging,
error text, pipes and the command tree whose handlers render state in the platform's format).
The engine (server, shell, state, faults) holds none of that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from nornir_nlchat.lab.commands import CommandTree
    from nornir_nlchat.lab.filters import Filter
    from nornir_nlchat.lab.state import Device


@dataclass(frozen=True)
class Hardware:
    """What a device of one role is made of."""

    model: str
    version: str
    image: str
    memory_kb: int
    serial_prefix: str
    stp_mode: str = "rstp"
    modules: tuple[tuple[str, str, str], ...] = ()  # (name, description, part number)


@dataclass(frozen=True)
class PortPlan:
    """Port names of a device of one role.

    Attributes:
        access: Edge ports (switches) in order.
        uplinks: Ports used for links to other lab devices, in order.
        mgmt: The management port (out-of-band, in the management VRF), or "".
        loopback: The loopback interface name.
        vlan_interface: Name of the routed interface of a VLAN (``"Vlan10"``).
        lag: Name of LAG number n (``"Port-channel1"``).
        access_speed: Speed of edge ports in Mb/s.
        uplink_speed: Speed of uplinks in Mb/s.
        uplink_media: Media/optic type of uplinks.
    """

    access: tuple[str, ...]
    uplinks: tuple[str, ...]
    mgmt: str
    loopback: str
    vlan_interface: Callable[[int], str]
    lag: Callable[[int], str]
    access_speed: int = 1000
    uplink_speed: int = 10000
    uplink_media: str = "10GBASE-SR"


@dataclass(frozen=True)
class ErrorText:
    """The CLI's error messages. Each callable gets (line, column, prompt) or the choices."""

    invalid: Callable[[str, int, str], str]
    incomplete: Callable[[str, int, str], str]
    ambiguous: Callable[[str, int, str, tuple[str, ...]], str]
    unknown: Callable[[str, int, str], str] | None = None  # an unknown first word


@dataclass
class ShellProfile:
    """How the CLI looks and which commands it has.

    Attributes:
        exec_tree: Commands in user/privileged exec (or operational) mode.
        config_tree: Commands in configuration mode.
        prompt: ``prompt(device, mode, user)``; modes are ``user``, ``enable`` and ``config``.
        errors: Error messages.
        pipes: Output filters by keyword.
        banner: Pre-authentication SSH banner.
        motd: Text printed right after login, before the first prompt.
        press_any_key: If set, printed after ``motd``; the CLI waits for a key.
        more: The paging prompt.
        page_length: Lines per page until paging is switched off.
        unprivileged_mode: Mode a privilege-1 user lands in; privilege-15 users land in
            ``privileged_mode``.
        privileged_mode: Mode of a privileged user.
        line_end: What ends an output line.
        before_prompt: Printed between command output and the prompt.
    """

    exec_tree: CommandTree
    config_tree: CommandTree
    prompt: Callable[[Device, str, str], str]
    errors: ErrorText
    pipes: Mapping[str, Filter] = field(default_factory=dict)
    banner: Callable[[Device], str] = lambda _dev: ""
    motd: Callable[[Device], str] = lambda _dev: ""
    press_any_key: str = ""
    more: str = " --More-- "
    page_length: int = 24
    unprivileged_mode: str = "user"
    privileged_mode: str = "enable"
    line_end: str = "\r\n"
    before_prompt: str = ""


class LabPersonality(Protocol):
    """How a simulated device of one platform looks and answers."""

    platform: str
    shell: ShellProfile

    def hardware(self, role: str) -> Hardware:
        """The model, software and memory of a device of ``role``."""
        ...

    def ports(self, role: str) -> PortPlan:
        """The port names of a device of ``role``."""
        ...
