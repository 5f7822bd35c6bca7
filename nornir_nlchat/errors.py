"""One exception tree for the whole library.

Every error the library raises derives from :class:`NLChatError` and carries a ``hint``:
one sentence that tells the person what to do about it. ``str(error)`` gives the message
followed by the hint, so a bare ``print(err)`` is already actionable.

Host failures during a run are *data* (a failed Nornir ``Result`` with a classified error),
not exceptions; the classes below named ``*Failure`` classify them.
"""

from __future__ import annotations


class NLChatError(Exception):
    """Base class of every error raised by nornir-nlchat.

    Args:
        message: What went wrong.
        hint: What the person can do about it.
    """

    default_hint = "See the documentation in docs/ for how to use nornir-nlchat."

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint or self.default_hint
        super().__init__(f"{message} {self.hint}".strip())


class ConfigError(NLChatError):
    """A configuration value is missing or invalid."""

    default_hint = "Fix the value in config.yaml (user_defined.nlchat) or the NLCHAT_* variable."


class InventoryError(NLChatError):
    """The inventory cannot be loaded or is malformed."""

    default_hint = (
        "Pass a Nornir object, a path to a Nornir config.yaml, or a folder with hosts.yaml, "
        "groups.yaml and defaults.yaml."
    )


class UnknownPlatformError(NLChatError):
    """No platform plugin handles the requested platform."""

    default_hint = "Run `nlchat platforms` to list installed platforms, or install a plugin."


class PluginError(NLChatError):
    """A plugin could not be loaded or breaks the plugin contract."""

    default_hint = "Check the plugin's entry point and that it returns the documented object."


class TranslationError(NLChatError):
    """A request could not be turned into a command."""

    default_hint = "Rephrase the request, or name the command you want to run."


class ProviderError(TranslationError):
    """A translation provider failed (unreachable, bad answer, misconfigured)."""

    default_hint = "Check the provider settings in config.yaml or use the default `catalog`."


class UnsafeCommandError(NLChatError):
    """A command that could change device state was stopped by the read-only guard."""

    default_hint = (
        "nlchat is read-only by default; enable write mode explicitly (allow_write=True) "
        "and confirm the commands if you really mean to change the device."
    )


class ResolutionError(NLChatError):
    """The request does not name devices that can be used."""

    default_hint = "Name a device, an alias, a site, a city or a role (try `nlchat resolve`)."


class AccessDenied(NLChatError):
    """The user's roles (``access`` settings) cover none of the devices asked about."""

    default_hint = "Ask an administrator to grant you a role that covers these devices."


class ExecutionError(NLChatError):
    """Running a command on a device failed."""

    default_hint = "Check that the device is reachable and the credentials are right."


class ConnectionFailure(ExecutionError):
    """The device could not be reached (refused, timed out, closed)."""

    default_hint = "Check the address, port and any jump host; the device may be down."


class AuthenticationFailure(ExecutionError):
    """The device rejected the credentials."""

    default_hint = "Check the username, password or key for this host (they are never logged)."


class CommandTimeout(ExecutionError):
    """The device did not finish answering in time."""

    default_hint = "Raise the command timeout, or narrow the command's output."


class CommandRejected(ExecutionError):
    """The device answered with its error text (invalid, incomplete, ambiguous command)."""

    default_hint = "The platform does not accept this command; check the platform of the host."


class ParseFailure(NLChatError):
    """Output could not be parsed into records (the raw output is still returned)."""

    default_hint = "The raw output is kept; a template for this command may be missing."


class LabError(NLChatError):
    """The simulated lab could not start or be controlled."""

    default_hint = "Is the lab running? Start it with `nlchat lab up`."


__all__ = [
    "AuthenticationFailure",
    "CommandRejected",
    "CommandTimeout",
    "ConfigError",
    "ConnectionFailure",
    "ExecutionError",
    "InventoryError",
    "LabError",
    "NLChatError",
    "ParseFailure",
    "PluginError",
    "ProviderError",
    "ResolutionError",
    "TranslationError",
    "UnknownPlatformError",
    "UnsafeCommandError",
]
