"""Aruba AOS-S / HP ProCurve: the simulated device's personality (2930F)."""

from __future__ import annotations

from nlchat_plugins.hp_procurve import lab_render as r
from nornir_nlchat.lab.commands import CommandTree, Handler, Reply, password_gate
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.state import Device

PRIV = 15


def _word(line: str, column: int) -> str:
    rest = line[column:].split()
    return rest[0] if rest else ""


ERRORS = ErrorText(
    invalid=lambda line, col, prompt: f"Invalid input: {_word(line, col)}",
    incomplete=lambda line, col, prompt: f"Incomplete input: {line.split()[-1]}",
    ambiguous=lambda line, col, prompt, choices: f"Ambiguous input: {_word(line, col)}",
)

PIPES = {"include": Filter("include"), "exclude": Filter("exclude"), "begin": Filter("begin")}


def _prompt(dev: Device, mode: str, user: str) -> str:
    return {"user": f"{dev.name}> ", "config": f"{dev.name}(config)# "}.get(mode,
                                                                            f"{dev.name}# ")


def _motd(dev: Device) -> str:
    return (f"HP {dev.model}\n\nSoftware revision {dev.version}\n\n"
            "(C) Copyright 2023 Hewlett Packard Enterprise Development LP\n\n"
            "                   RESTRICTED RIGHTS LEGEND\n"
            " Confidential computer software. Valid license from HPE required for possession,\n"
            " use or copying. Lab device simulated by nornir-nlchat.\n\n"
            "We'd like to keep you up to date about:\n"
            "  * Software feature updates\n  * New product announcements\n"
            "  * Special events\n\nPlease register your products now at:  www.hpe.com/networking"
            "/register\n\n")


def _exec_tree() -> CommandTree:
    t = CommandTree()

    def a(patterns: str, handler: Handler, level: int = 1) -> None:
        for p in patterns.split(";"):
            t.add(p.strip(), handler, level=level)

    a("enable", lambda ctx: "" if ctx.mode != "user" else Reply(
        ask="Username: ", on_answer=lambda _user: password_gate(
            ctx.world.credentials.secret, "Password: ", Reply(mode="enable"),
            "Invalid password", tries=1)))
    a("configure terminal; configure", lambda ctx: Reply(mode="config"), PRIV)
    a("exit; logout", lambda ctx: Reply(close=True))
    a("no page", lambda ctx: Reply(page_length=0))
    a("page", lambda ctx: Reply(page_length=24))
    a("terminal width {n}; terminal length {n}", lambda ctx: "")
    a("show version", r.show_version)
    a("show system; show system information", r.show_system)
    a("show system temperature", r.show_temperature)
    a("show cpu", r.show_cpu)
    a("show interfaces brief; show interfaces status", r.show_interfaces_brief)
    a("show interfaces; show interfaces {interface}; show interfaces ethernet {interface}",
      r.show_interfaces)
    a("show vlans; show vlans {vlan}; show vlan; show vlan {vlan}", r.show_vlans)
    a("show mac-address; show mac-address {mac}; show mac-address {interface}; "
      "show mac-address vlan {vlan}; show mac-address ethernet {interface}", r.show_mac)
    a("show lldp info remote-device; show lldp info remote-device {interface}; "
      "show lldp info remote-device detail", r.show_lldp)
    a("show spanning-tree; show spanning-tree detail", r.show_spanning_tree)
    a("show trunks", r.show_trunks)
    a("show lacp", r.show_lacp)
    a("show ip", r.show_ip)
    a("show ip route", r.show_ip_route)
    a("show arp", r.show_arp)
    a("show logging; show logging {word}", r.show_logging)
    a("show running-config; show config; show startup-config", r.running_config, PRIV)
    a("show time", r.show_time)
    a("show uptime", r.show_uptime)
    a("show power-over-ethernet; show power-over-ethernet brief", r.show_poe)
    a("ping {ip}", r.ping)
    a("traceroute {ip}", r.traceroute)
    return t


def _config_tree() -> CommandTree:
    t = CommandTree()
    t.add("end", lambda ctx: Reply(mode="enable"))
    t.add("exit", lambda ctx: Reply(mode="enable"))
    t.add("{rest}", lambda ctx: "")
    return t


class HpProcurveLab:
    """The Aruba AOS-S (ProCurve) personality."""

    platform = "hp_procurve"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=_exec_tree(), config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, press_any_key="Press any key to continue",
            more="-- MORE --, next page: Space, next line: Enter, quit: Control-C",
            page_length=24)

    def hardware(self, role: str) -> Hardware:
        return Hardware("Aruba JL256A 2930F-48G-PoE+-4SFP+ Switch", "WC.16.11.0015", "primary",
                        1_048_576, "SG", "mstp",
                        (("PSU 1", "Internal power supply", "JL256A"),))

    def ports(self, role: str) -> PortPlan:
        access = tuple(str(k) for k in range(1, 49)) if role == "switch" else ()
        uplinks = tuple(str(k) for k in range(49, 53)) if role == "switch" else tuple(
            str(k) for k in range(1, 17))
        return PortPlan(access, uplinks, "", "lo0", lambda n: f"VLAN{n}", lambda n: f"Trk{n}",
                        1000, 10000, "SFP+SR")


PERSONALITY = HpProcurveLab()
