"""The world the lab simulates: all devices, the clock and the credentials."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nornir_nlchat.lab.state import Device, Interface, LabClock

if TYPE_CHECKING:
    from nornir_nlchat.lab.personality import LabPersonality
    from nornir_nlchat.lab.topology import HostSpec, Link


@dataclass
class Credentials:
    """Lab-only credentials (never real ones)."""

    username: str = "lab"
    password: str = "lab-pass"
    secret: str = "lab-enable"
    operator: str = "operator"  # a second, unprivileged user with the same password


@dataclass
class World:
    """Every simulated device and what they share."""

    devices: dict[str, Device]
    hosts: dict[str, HostSpec]
    personalities: dict[str, LabPersonality]
    links: list[Link]
    credentials: Credentials = field(default_factory=Credentials)
    clock: LabClock = field(default_factory=LabClock)

    def now(self) -> float:
        """Lab time in seconds."""
        return self.clock.now()

    def peer(self, dev: Device, iface: Interface) -> tuple[Device, Interface] | None:
        """The device and interface at the far end of ``iface``'s cable, if the link is up."""
        if iface.peer is None:
            return None
        other = self.devices.get(iface.peer.device)
        if other is None:
            return None
        far = other.interfaces.get(iface.peer.port)
        if far is None or not (iface.up and far.up):
            return None
        return other, far

    def personality(self, dev: Device) -> LabPersonality:
        """The personality of ``dev``."""
        return self.personalities[dev.platform]
