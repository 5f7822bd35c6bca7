"""Access control: which user may query which hosts, and who may enable write mode.

Configured under ``user_defined.nlchat.access``::

    access:
      enabled: true
      default_roles: [viewer]          # roles of users not listed
      roles:
        viewer: {hosts: ["*"]}
        blr-ops: {groups: [cisco_ios], hosts: ["INBLR*"], write: true}
      users:
        alice: {roles: [blr-ops]}

With ``enabled: false`` (the default) everyone may read every host and write mode is only
limited by the caller's own flag.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from fnmatch import fnmatchcase

from nornir.core.inventory import Host

from nornir_nlchat.config import AccessSettings, RoleSettings


def current_user(configured: str | None = None) -> str:
    """The user a session acts for: the setting, else $NLCHAT_USER, else the OS user."""
    return configured or os.environ.get("NLCHAT_USER") or getpass.getuser()


@dataclass(frozen=True)
class AccessDecision:
    """Which of the requested hosts the user may query."""

    allowed: list[str]
    denied: list[str]

    @property
    def reason(self) -> str:
        """A sentence for a person when something was denied."""
        if not self.denied:
            return ""
        return (f"You are not allowed to query {', '.join(self.denied)}; ask an administrator "
                "to grant you a role that covers these hosts.")


class AccessPolicy:
    """Decides what one user may do, from the access settings."""

    def __init__(self, settings: AccessSettings, user: str) -> None:
        self.settings = settings
        self.user = user
        entry = settings.users.get(user)
        names = entry.roles if entry is not None else settings.default_roles
        self.roles: list[RoleSettings] = [settings.roles[n] for n in names
                                          if n in settings.roles]

    def may_query(self, host: Host) -> bool:
        """True when one of the user's roles covers ``host``."""
        if not self.settings.enabled:
            return True
        groups = {g.name for g in host.groups}
        for role in self.roles:
            if any(fnmatchcase(host.name, pattern) for pattern in role.hosts):
                return True
            if groups & set(role.groups):
                return True
        return False

    def may_write(self) -> bool:
        """True when the user may enable write mode."""
        return not self.settings.enabled or any(role.write for role in self.roles)

    def check(self, hosts: list[Host]) -> AccessDecision:
        """Split ``hosts`` into those the user may and may not query."""
        allowed = [h.name for h in hosts if self.may_query(h)]
        denied = [h.name for h in hosts if h.name not in set(allowed)]
        return AccessDecision(allowed, denied)
