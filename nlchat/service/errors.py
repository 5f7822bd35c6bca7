"""Errors the service turns into HTTP answers (and MCP tool errors)."""

from __future__ import annotations


class ServiceError(Exception):
    """A request the service answers with ``status`` and a sentence for a person.

    Args:
        status: The HTTP status code.
        detail: What went wrong and what to do.
        hosts: The hosts concerned (denied ones for a 403).
    """

    status = 400

    def __init__(self, detail: str, *, hosts: list[str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.hosts = list(hosts or [])


class Forbidden(ServiceError):
    """The user may not query these hosts (an audit row was written)."""

    status = 403


class NotFound(ServiceError):
    """No such job, conversation, device or alert (or not the caller's)."""

    status = 404


class Invalid(ServiceError):
    """A field holds a value the schema allows but the service cannot use.

    Args:
        field: Location of the field, e.g. ``("body", "platform")``.
    """

    status = 422

    def __init__(self, detail: str, *, field: tuple[str, ...]) -> None:
        super().__init__(detail)
        self.field = field
