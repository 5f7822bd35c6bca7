"""Nornir transform functions that fill in credentials, so none sit in the inventory.

Select one in config.yaml::

    inventory:
      plugin: SimpleInventory
      transform_function: nlchat_env_credentials     # or nlchat_vault_credentials,
                                                     # nlchat_keyring_credentials,
                                                     # nlchat_credentials (several)

Sources: environment variables (:func:`env_credentials`), a Vault / OpenBao KV v2 secret
through hvac with a token or AppRole (:func:`vault_credentials`), the OS keyring
(:func:`keyring_credentials`), or several in order (:func:`chained_credentials`). hvac and
keyring are imported only when used (extra ``vault``). Every secret handed out is registered
for masking (see :mod:`nornir_nlchat.logs`).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from typing import Any

from nornir.core.inventory import Host

from nornir_nlchat.errors import ConfigError
from nornir_nlchat.logs import mask, register_secret

log = logging.getLogger(__name__)


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


# --- Vault / OpenBao (KV v2) -------------------------------------------------------------

_vault_cache: dict[tuple[str, str, str], dict[str, Any] | None] = {}
_vault_clients: dict[tuple[str, str], Any] = {}
_vault_lock = threading.Lock()

VAULT_ENV = {
    "url": ("NLCHAT_VAULT_ADDR", "BAO_ADDR", "VAULT_ADDR"),
    "token": ("NLCHAT_VAULT_TOKEN", "BAO_TOKEN", "VAULT_TOKEN"),
    "role_id": ("NLCHAT_VAULT_ROLE_ID", "VAULT_ROLE_ID"),
    "secret_id": ("NLCHAT_VAULT_SECRET_ID", "VAULT_SECRET_ID"),
    "namespace": ("NLCHAT_VAULT_NAMESPACE", "BAO_NAMESPACE", "VAULT_NAMESPACE"),
}


def _first_env(names: tuple[str, ...]) -> str | None:
    return next((os.environ[n] for n in names if os.environ.get(n)), None)


def _vault_client(url: str, token: str | None, role_id: str | None, secret_id: str | None,
                  namespace: str | None, approle_mount: str, verify: bool | str) -> Any:
    try:
        import hvac
    except ImportError:
        raise ConfigError("Vault credentials need hvac.",
                          hint="pip install 'nornir-nlchat[vault]'.") from None
    auth = "approle" if role_id else "token"
    key = (url, auth + (role_id or "") + (namespace or ""))
    with _vault_lock:
        client = _vault_clients.get(key)
        if client is not None:
            return client
        client = hvac.Client(url=url, token=token if auth == "token" else None,
                             namespace=namespace, verify=verify)
        try:
            if auth == "approle":
                register_secret(secret_id)
                client.auth.approle.login(role_id=role_id, secret_id=secret_id,
                                          mount_point=approle_mount)
            if not client.is_authenticated():
                raise ConfigError(f"Vault at {url} did not accept the {auth} credentials.",
                                  hint="Check VAULT_TOKEN, or VAULT_ROLE_ID and "
                                       "VAULT_SECRET_ID.")
        except ConfigError:
            raise
        except Exception as exc:  # hvac / requests errors: keep the message, no traceback
            raise ConfigError(f"Vault at {url}: {auth} login failed ({mask(str(exc))}).",
                              hint="Check the Vault address and credentials.") from None
        register_secret(getattr(client, "token", None))
        _vault_clients[key] = client
        return client


def _vault_read(client: Any, url: str, mount: str, path: str) -> dict[str, Any] | None:
    key = (url, mount, path)
    with _vault_lock:
        if key in _vault_cache:
            return _vault_cache[key]
    try:
        response = client.secrets.kv.v2.read_secret_version(
            path=path, mount_point=mount, raise_on_deleted_version=True)
        data: dict[str, Any] | None = dict(response["data"]["data"])
    except Exception as exc:
        if type(exc).__name__ == "InvalidPath":
            data = None
        else:
            raise ConfigError(f"Vault at {url}: cannot read {mount}/{path} "
                              f"({mask(str(exc))}).",
                              hint="Check the KV mount, the path and the policy.") from None
    for value in (data or {}).values():
        if isinstance(value, str):
            register_secret(value)
    with _vault_lock:
        _vault_cache[key] = data
    return data


def clear_vault_cache() -> None:
    """Forget cached Vault secrets and clients (after a rotation)."""
    with _vault_lock:
        _vault_cache.clear()
        _vault_clients.clear()


def vault_credentials(
    host: Host,
    url: str | None = None,
    mount: str = "secret",
    path: str = "nlchat/{host}",
    default_path: str | None = "nlchat/default",
    approle_mount: str = "approle",
    verify: bool | str = True,
) -> None:
    """Fill username / password / enable secret from a Vault or OpenBao KV v2 secret.

    The host's path is ``path`` formatted with ``host`` (name), ``platform`` and any group
    name as ``group``; when it does not exist ``default_path`` is read. The inventory data
    key ``vault_path`` (host, group or defaults) overrides ``path``. Secret keys:
    ``username``, ``password``, ``secret`` (enable). Authentication comes from the
    environment, never from config.yaml: ``VAULT_TOKEN`` (or ``BAO_TOKEN``), or AppRole with
    ``VAULT_ROLE_ID`` + ``VAULT_SECRET_ID``; the address from ``url`` or ``VAULT_ADDR`` /
    ``BAO_ADDR``. Each path is read once per process.

    In config.yaml::

        inventory:
          transform_function: nlchat_vault_credentials
          transform_function_options: {mount: secret, path: "network/{host}"}

    Raises:
        ConfigError: no address or login, the login failed, or Vault refused the read.
    """
    url = url or _first_env(VAULT_ENV["url"])
    if not url:
        raise ConfigError("No Vault address.", hint="Set VAULT_ADDR (or BAO_ADDR), or pass "
                          "url in transform_function_options.")
    token = _first_env(VAULT_ENV["token"])
    role_id, secret_id = _first_env(VAULT_ENV["role_id"]), _first_env(VAULT_ENV["secret_id"])
    if not token and not (role_id and secret_id):
        raise ConfigError("No Vault credentials in the environment.",
                          hint="Set VAULT_TOKEN, or VAULT_ROLE_ID and VAULT_SECRET_ID.")
    register_secret(token)
    client = _vault_client(url, token, role_id, secret_id, _first_env(VAULT_ENV["namespace"]),
                           approle_mount, verify)
    override = host.get("vault_path") if _has_data(host) else None
    group = host.groups[0].name if host.groups else ""
    wanted = str(override or path).format(host=host.name, platform=host.platform or "",
                                          group=group)
    data = _vault_read(client, url, mount, wanted)
    if data is None and default_path:
        data = _vault_read(client, url, mount, default_path.format(
            host=host.name, platform=host.platform or "", group=group))
    if data is None:
        log.warning("no Vault secret for %s at %s/%s", host.name, mount, wanted)
        return
    _apply(host, data.get("username"), data.get("password"), data.get("secret"))


def _has_data(host: Host) -> bool:
    try:
        host.get("vault_path")
        return True
    except Exception:
        return False


# --- OS keyring ----------------------------------------------------------------------------

def keyring_credentials(host: Host, service: str = "nlchat") -> None:
    """Fill username / password / enable secret from the OS keyring (``keyring`` package).

    Entries of ``service`` named ``<host>:<field>`` win over ``default:<field>``, for the
    fields ``username``, ``password`` and ``secret``. Store them with e.g.
    ``keyring set nlchat default:password``.

    Raises:
        ConfigError: the ``keyring`` package is missing.
    """
    try:
        import keyring
    except ImportError:
        raise ConfigError("Keyring credentials need the keyring package.",
                          hint="pip install 'nornir-nlchat[vault]'.") from None

    def lookup(field: str) -> str | None:
        for owner in (host.name, "default"):
            value = keyring.get_password(service, f"{owner}:{field}")
            if value:
                return str(value)
        return None

    _apply(host, lookup("username"), lookup("password"), lookup("secret"))


def _apply(host: Host, username: str | None, password: str | None,
           secret: str | None) -> None:
    register_secret(password)
    register_secret(secret)
    if username:
        host.username = username
    if password:
        host.password = password
    if secret:
        options = host.connection_options.get("netmiko")
        if options is not None:
            options.extras = {**(options.extras or {}), "secret": secret}
        else:
            host.data["enable_secret"] = secret


# --- several sources, in order -------------------------------------------------------------

SOURCES: dict[str, Callable[..., None]] = {
    "env": env_credentials, "vault": vault_credentials, "keyring": keyring_credentials}


def chained_credentials(host: Host, sources: list[str] | None = None,
                        **options: Any) -> None:
    """Run several credential sources in order; later ones fill or override earlier ones.

    ``sources`` defaults to ``["vault", "keyring", "env"]`` minus those that are not set up
    (no Vault address, no keyring package). ``options`` are passed on per source as
    ``vault={...}``, ``keyring={...}``, ``env={...}``.
    """
    if sources is None:
        sources = []
        if _first_env(VAULT_ENV["url"]) or (options.get("vault") or {}).get("url"):
            sources.append("vault")
        import importlib.util

        if importlib.util.find_spec("keyring") is not None:
            sources.append("keyring")
        sources.append("env")
    for name in sources:
        func = SOURCES.get(name)
        if func is None:
            raise ConfigError(f"Unknown credential source {name!r}.",
                              hint=f"Use some of: {', '.join(SOURCES)}.")
        func(host, **(options.get(name) or {}))
