"""The lab-personality protocol a platform plugin implements (skeleton; the lab issue fills it)."""

from __future__ import annotations

from typing import Protocol


class LabPersonality(Protocol):
    """How a simulated device of one platform looks and answers."""

    platform: str
