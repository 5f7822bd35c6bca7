"""Nornir transform functions that fill in credentials, so none sit in the inventory.

Select one in config.yaml::

    inventory:
      plugin: SimpleInventory
      transform_function: nlchat_env_credentials

Every secret handed out is registered for masking (see :mod:`nornir_nlchat.logs`).
"""

from __future__ import annotations

import os
import re

from nornir.core.inventory import Host

from nornir_nlchat.logs import register_secret


def _env_key(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "_", name.upper())


def env_credentials(host: Host, prefix: str = "NLCHAT_") -> None:
    """Fill username / password / enable secret from environment variables.

    Per-host variables win over global ones: ``NLCHAT_PASSWORD_<HOST>`` then
    ``NLCHAT_PASSWORD`` (likewise ``USERNAME`` and ``SECRET``; the host name is upper-cased
    with non-alphanumerics as ``_``). Values already set in the inventory are kept when no
    variable is set.
    """
    suffix = _env_key(host.name)

    def lookup(key: str) -> str | None:
        return os.environ.get(f"{prefix}{key}_{suffix}") or os.environ.get(f"{prefix}{key}")

    username = lookup("USERNAME")
    if username:
        host.username = username
    password = lookup("PASSWORD")
    if password:
        host.password = password
    secret = lookup("SECRET")
    if secret:
        options = host.connection_options.get("netmiko")
        if options is not None:
            options.extras = {**(options.extras or {}), "secret": secret}
        else:
            host.data["enable_secret"] = secret
    for value in (host.password, secret):
        register_secret(value)
