"""Juniper Junos: the simulated device's personality (skeleton; the lab issue fills it in)."""

from __future__ import annotations

from nornir_nlchat.lab.personality import LabPersonality

PERSONALITY: LabPersonality | None = None
