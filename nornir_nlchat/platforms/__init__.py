"""Platform plugins: the contract every vendor implements and the registry that finds them."""

from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin
from nornir_nlchat.platforms.registry import (
    ENTRY_POINT_GROUP,
    all_platforms,
    canonical_name,
    get_platform,
    register,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "CommandSpec",
    "PlatformPlugin",
    "all_platforms",
    "canonical_name",
    "get_platform",
    "register",
]
