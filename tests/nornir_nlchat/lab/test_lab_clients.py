"""Netmiko (every device type), Scrapli and OpenSSH log in and run commands on every platform."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from nornir_nlchat.lab import Lab
from tests.nornir_nlchat.lab.helpers import PLATFORMS, host_for, netmiko

VERSION_MARK = {"cisco_ios": "Cisco IOS XE Software", "cisco_nxos": "NXOS: version",
                "arista_eos": "Software image version", "aruba_aoscx": "ArubaOS-CX",
                "hp_procurve": "Image stamp", "juniper_junos": "Junos:"}
INVALID = {"cisco_ios": "% Invalid input detected", "cisco_nxos": "% Invalid command",
           "arista_eos": "% Invalid input", "aruba_aoscx": "Invalid input:",
           "hp_procurve": "Invalid input:", "juniper_junos": "syntax error"}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_netmiko_logs_in_and_runs_commands(lab: Lab, platform: str) -> None:
    name, host = host_for(lab, platform)
    conn = netmiko(host)
    try:
        assert name in conn.find_prompt()
        assert VERSION_MARK[platform] in conn.send_command("show version")
        assert INVALID[platform] in conn.send_command("show nonsense-command")
        assert conn.send_command("show clock" if platform != "juniper_junos"
                                 else "show system uptime")
    finally:
        conn.disconnect()


def test_ios_abbreviations_pipes_and_enable(lab: Lab) -> None:
    _, host = host_for(lab, "cisco_ios")
    conn = netmiko(host)
    try:
        brief = conn.send_command("sh ip int br")
        assert (brief.startswith("Interface") and "Loopback0" in brief) or "Vlan99" in brief
        only_up = conn.send_command("show ip interface brief | include up")
        assert all(" up " in line for line in only_up.splitlines())
        assert "% Ambiguous command" in conn.send_command("show c")
        assert "% Incomplete command." in conn.send_command("show")
        section = conn.send_command("show running-config | section interface Vlan")
        assert section.startswith("interface Vlan")
    finally:
        conn.disconnect()
    # an unprivileged user lands in user mode and needs the enable secret
    from netmiko import ConnectHandler

    user = ConnectHandler(device_type="cisco_ios", host=host["hostname"], port=host["port"],
                          username="operator", password="lab-pass", secret="lab-enable")
    try:
        assert user.find_prompt().endswith(">")
        assert "% Invalid input" in user.send_command("show running-config")
        user.enable()
        assert user.find_prompt().endswith("#")
        assert "hostname" in user.send_command("show running-config")
    finally:
        user.disconnect()


SCRAPLI = {"cisco_ios": "cisco_iosxe", "cisco_nxos": "cisco_nxos", "arista_eos": "arista_eos",
           "juniper_junos": "juniper_junos", "aruba_aoscx": "aruba_aoscx"}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_scrapli_logs_in_and_runs_commands(lab: Lab, platform: str) -> None:
    from scrapli import Scrapli
    from scrapli.driver import GenericDriver

    _, host = host_for(lab, platform)
    args: dict[str, Any] = {"host": host["hostname"], "port": host["port"],
                            "auth_username": "lab", "auth_password": "lab-pass",
                            "auth_secondary": "lab-enable", "auth_strict_key": False,
                            "transport": "system", "timeout_ops": 10,
                            "transport_options": {"open_cmd": [
                                "-o", "UserKnownHostsFile=/dev/null"]}}
    if platform in SCRAPLI:
        conn: Any = Scrapli(platform=SCRAPLI[platform], **args)
    else:  # AOS-S has no scrapli driver: the generic one, past "Press any key"
        def past_banner(c: Any) -> None:
            c.channel.send_return()
            c.get_prompt()
            c.send_command("no page")

        # its "Press any key to continue" defeats in-channel (system transport) auth
        args.pop("auth_secondary")
        args.pop("transport_options")
        args["transport"] = "paramiko"
        conn = GenericDriver(comms_prompt_pattern=r"^\S+[#>] ?$", on_open=past_banner, **args)
    with conn:
        assert VERSION_MARK[platform] in conn.send_command("show version").result


def _askpass(tmp_path: Path) -> dict[str, str]:
    script = tmp_path / "askpass.sh"
    script.write_text("#!/bin/sh\necho lab-pass\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return {**os.environ, "SSH_ASKPASS": str(script), "SSH_ASKPASS_REQUIRE": "force",
            "DISPLAY": ":0"}


SSH_OPTS = ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR"]


@pytest.mark.skipif(shutil.which("ssh") is None, reason="OpenSSH client not installed")
@pytest.mark.parametrize("platform", PLATFORMS)
def test_openssh_runs_a_command(lab: Lab, platform: str, tmp_path: Path) -> None:
    _, host = host_for(lab, platform)
    done = subprocess.run(["ssh", *SSH_OPTS, "-p", str(host["port"]), f"lab@{host['hostname']}",
                           "show version"], env=_askpass(tmp_path), capture_output=True,
                          text=True, timeout=30, stdin=subprocess.DEVNULL)
    assert VERSION_MARK[platform] in done.stdout, done.stderr


@pytest.mark.skipif(shutil.which("ssh") is None, reason="OpenSSH client not installed")
@pytest.mark.parametrize("methods", ["password", "keyboard-interactive,password"])
def test_openssh_with_preferred_authentications(lab: Lab, tmp_path: Path, methods: str) -> None:
    """Password-only clients and clients that try keyboard-interactive first both get in."""
    _, host = host_for(lab, "cisco_ios")
    done = subprocess.run(["ssh", *SSH_OPTS, "-o", f"PreferredAuthentications={methods}",
                           "-p", str(host["port"]), f"lab@{host['hostname']}", "show clock"],
                          env=_askpass(tmp_path), capture_output=True, text=True, timeout=30,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "UTC" in done.stdout


@pytest.mark.skipif(shutil.which("ssh") is None, reason="OpenSSH client not installed")
def test_devices_behind_the_bastion_only_through_proxyjump(lab: Lab, tmp_path: Path) -> None:
    hidden = {n: h for n, h in lab.hosts().items() if h["data"].get("jump_host")}
    assert hidden, "the default lab puts a site behind the jump host"
    _name, host = next(iter(hidden.items()))
    jump = host["data"]["jump_host"]
    # the jump leg gets its options from the config file (-F is passed on, -o is not)
    config = tmp_path / "ssh_config"
    config.write_text("Host *\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n"
                      "  LogLevel ERROR\n")
    done = subprocess.run(["ssh", "-F", str(config), "-J", f"lab@{jump['hostname']}:{jump['port']}",
                           "-p", str(host["port"]), f"lab@{host['hostname']}", "show version"],
                          env=_askpass(tmp_path), capture_output=True, text=True, timeout=30,
                          stdin=subprocess.DEVNULL)
    assert VERSION_MARK[host["platform"]] in done.stdout, done.stderr
    assert not host["hostname"].startswith("127.")


def test_netmiko_through_the_bastion(lab: Lab) -> None:
    import paramiko

    name, host = next((n, h) for n, h in lab.hosts().items() if h["data"].get("jump_host"))
    jump = host["data"]["jump_host"]
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(jump["hostname"], jump["port"], "lab", "lab-pass", look_for_keys=False,
                   allow_agent=False)
    try:
        channel = client.get_transport().open_channel(  # type: ignore[union-attr]
            "direct-tcpip", (host["hostname"], host["port"]), ("127.0.0.1", 0))
        conn = netmiko(host, sock=channel)
        assert name in conn.find_prompt()
        conn.disconnect()
    finally:
        client.close()


def test_paramiko_trying_a_key_first_still_gets_in(lab: Lab) -> None:
    """paramiko re-sends its userauth service request for each method; the lab accepts it."""
    import paramiko

    _, host = host_for(lab, "cisco_ios")
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    pkey = paramiko.ECDSAKey.generate()
    client.connect(host["hostname"], host["port"], "lab", "lab-pass", pkey=pkey,
                   look_for_keys=False, allow_agent=False)
    client.close()
