"""Juniper Junos: the simulated device's personality (MX routers, SRX firewalls, EX switches)."""

from __future__ import annotations

import copy
import re

from nlchat_plugins.juniper_junos import lab_render as r
from nornir_nlchat.lab.commands import CommandTree, Ctx, Failure, Handler, Reply
from nornir_nlchat.lab.config import ensure_vlan, set_admin, set_description
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.render import global_table_only
from nornir_nlchat.lab.state import Device


def _caret(column: int, prompt: str) -> str:
    return " " * (len(prompt) + column) + "^"


def _word(line: str, column: int) -> str:
    rest = line[column:].split()
    return rest[0] if rest else ""


ERRORS = ErrorText(
    invalid=lambda line, col, prompt: f"{_caret(col, prompt)}\nsyntax error.",
    incomplete=lambda line, col, prompt: f"{_caret(col, prompt)}\n"
                                         "syntax error, expecting <command>.",
    ambiguous=lambda line, col, prompt, choices: (
        f"{_caret(col, prompt)}\n'{_word(line, col)}' is ambiguous.\nPossible completions:\n"
        + "\n".join(f"  {c}" for c in choices)),
    unknown=lambda line, col, prompt: f"{_caret(col, prompt)}\nunknown command.",
)

PIPES = {
    "match": Filter("include", ignore_case=True), "except": Filter("exclude", ignore_case=True),
    "find": Filter("begin"), "count": Filter("count", takes_arg=False,
                                             count_text=lambda n: f"Count: {n} lines"),
    "last": Filter("last"), "no-more": Filter("none", takes_arg=False),
    "display": Filter("none"), "trim": Filter("none"),
}


def _prompt(dev: Device, mode: str, user: str) -> str:
    if mode == "config":
        return f"\r\n[edit]\r\n{user}@{dev.name}# "
    return f"{user}@{dev.name}> "


def _motd(dev: Device) -> str:
    return (f"Last login: from 10.1.99.5\n--- JUNOS {dev.version} Kernel 64-bit  "
            "JNPR-12.1-20231012.f3c7b9a_buil\n")


def _exec_tree() -> CommandTree:
    t = CommandTree()

    def a(patterns: str, handler: Handler) -> None:
        for p in patterns.split(";"):
            t.add(p.strip(), handler)

    a("configure; configure private; configure exclusive; edit",
      lambda ctx: Reply("Entering configuration mode", mode="config"))
    a("exit; quit", lambda ctx: Reply(close=True))
    a("set cli screen-length {n}", lambda ctx: Reply(f"Screen length set to {ctx.args['n']}",
                                                     page_length=int(ctx.args["n"])))
    a("set cli screen-width {n}", lambda ctx: f"Screen width set to {ctx.args['n']}")
    a("set cli complete-on-space off", lambda ctx: "Disabling complete-on-space")
    a("set cli complete-on-space on", lambda ctx: "Enabling complete-on-space")
    a("set cli terminal {word}", lambda ctx: "")
    a("show version; show version detail", r.show_version)
    a("show system uptime", r.show_uptime)
    a("show chassis routing-engine", r.show_routing_engine)
    a("show chassis hardware; show chassis hardware detail", r.show_chassis_hardware)
    a("show chassis environment", r.show_chassis_environment)
    a("show chassis alarms", r.show_chassis_alarms)
    a("show system alarms", r.show_alarms)
    a("show chassis fpc; show chassis fpc detail", r.show_chassis_fpc)
    a("show chassis satellite; show chassis satellite detail", r.show_not_running(
        "error: Satellite management (Junos Fusion) is not configured"))
    a("show multi-chassis mc-lag configuration-consistency; "
      "show multi-chassis mc-lag configuration-consistency global", r.show_not_running(
        "error: Multichassis link aggregation is not configured"))
    a("show system storage", r.show_storage)
    a("show system users", r.show_users)
    a("show interfaces terse; show interfaces {interface} terse; "
      "show interfaces terse {interface}", r.show_terse)
    a("show interfaces; show interfaces {interface}; show interfaces {interface} detail; "
      "show interfaces {interface} extensive; show interfaces detail; show interfaces extensive",
      r.show_interface)
    a("show interfaces descriptions", r.show_descriptions)
    a("show interfaces {interface} descriptions", r.show_description_one)
    a("show interfaces statistics; show interfaces {interface} statistics", r.show_statistics)
    a("show interfaces diagnostics optics {interface}", r.show_optics)
    a("show interfaces diagnostics optics", r.show_optics_all)
    a("show interfaces mc-ae", r.show_not_running(
        "error: Multichassis link aggregation is not configured"))
    a("show ethernet-switching interface; show ethernet-switching interface {interface}",
      r.show_switching_interface)
    a("show firewall; show firewall filter {word}", r.show_firewall)
    a("show ospf database", r.show_ospf_database)
    a("show ospf neighbor detail", r.show_ospf_neighbor_detail)
    a("show ntp status", r.show_ntp_status)
    a("show system license", r.show_license)
    a("show virtual-chassis", r.show_virtual_chassis)
    a("show lldp neighbors interface {interface}", r.show_lldp_interface)
    a("show poe interface; show poe interface {interface}", r.show_not_running(
        "PoE is not supported on this platform"))
    a("show dhcp-security binding", r.show_not_running(
        "IP Address        MAC Address        Vlan        Expiry State    Time left  Interface"))
    a("show dhcp server binding", r.show_not_running(
        "IP address        Session Id  Hardware address   Expires     State      Interface"))
    a("show ipv6 neighbors", r.show_not_running(
        "IPv6 Address                 Linklayer Address  State       Exp   Rtr  Secure  "
        "Interface"))
    a("show route table inet6.0", r.show_not_running(""))
    a("show route instance", r.show_route_instance)
    a("show route advertising-protocol bgp {ip}; show route receive-protocol bgp {ip}",
      r.show_route_bgp)
    a("show spanning-tree bridge vlan-id {vlan}", r.show_spanning_tree)
    a("show spanning-tree interface {interface}", r.show_spanning_tree)
    a("show ethernet-switching table; show ethernet-switching table interface {interface}; "
      "show ethernet-switching table vlan-id {vlan}", r.show_ethernet_switching)
    a("show vlans {vlan}", r.show_vlans)
    a("show vlans", r.show_vlans)
    a("show lldp neighbors", r.show_lldp)
    a("show spanning-tree bridge; show spanning-tree interface", r.show_spanning_tree)
    a("show route; show route {prefix}; show route {prefix} exact; show route {ip}; "
      "show route protocol {word}; show route table {table}; show route {ip} table {table}; "
      "show route {prefix} table {table}; show route protocol {word} table {table}",
      r.show_route)
    a("show route summary", r.show_route_summary)
    a("show arp; show arp no-resolve; show arp no-resolve hostname {ip}; "
      "show arp no-resolve vpn {vrf}; show arp no-resolve interface {interface}; "
      "show arp interface {interface}; show arp no-resolve interface {word}", r.show_arp)
    a("show bgp summary", r.show_bgp_summary)
    a("show bgp neighbor; show bgp neighbor {ip}", r.show_bgp_neighbor)
    a("show ospf neighbor", r.show_ospf_neighbor)
    a("show ospf interface", r.show_ospf_interface)
    # the per-instance forms: the lab runs BGP and OSPF in the master instance only
    master = ("master", "default")
    a("show bgp summary instance {vrf}", global_table_only(r.show_bgp_summary, "", master))
    a("show bgp neighbor instance {vrf}; show bgp neighbor instance {vrf} {ip}",
      global_table_only(r.show_bgp_neighbor, "", master))
    a("show ospf neighbor instance {vrf}", global_table_only(r.show_ospf_neighbor, "", master))
    a("show ospf neighbor detail instance {vrf}",
      global_table_only(r.show_ospf_neighbor_detail, "", master))
    a("show configuration; show configuration {rest}", r.configuration)
    a("show log messages", r.show_log)
    a("show ntp associations", r.show_ntp)
    a("show vrrp; show vrrp summary", r.show_vrrp)
    a("show lacp interfaces; show lacp interfaces {interface}", r.show_lacp)
    a("show system time", r.show_clock)
    a("ping {ip}; ping {ip} count {n}; ping {ip} routing-instance {vrf} count {n}; "
      "ping {ip} routing-instance {vrf}", r.ping)
    a("traceroute {ip}; traceroute {ip} routing-instance {vrf}", r.traceroute)
    return t


EXEC = _exec_tree()


def _config_tree() -> CommandTree:
    t = CommandTree()
    for word in ("exit", "quit", "exit configuration-mode"):
        t.add(word, _leave)
    t.add("show", _show_candidate)
    t.add("show {rest}", _show_candidate)
    t.add("run {rest}", _run)
    for word in ("commit", "commit and-quit", "commit check"):
        t.add(word, _commit)
    t.add("rollback", _rollback)
    t.add("rollback {n}", _rollback)
    t.add("set interfaces {interface} disable", _stage("disable"))
    t.add("delete interfaces {interface} disable", _stage("enable"))
    t.add("set interfaces {interface} description {rest}", _stage("describe"))
    t.add("set vlans {word} vlan-id {vlan}", _stage("vlan"))
    for other in ("set {rest}", "delete {rest}", "set interfaces {interface} {rest}",
                  "set interfaces {rest}", "delete interfaces {interface} {rest}",
                  "delete interfaces {rest}", "set vlans {word} {rest}", "{rest}"):
        t.add(other, lambda ctx: "")  # accepted, not modelled
    return t


def _candidate(dev: Device) -> list[tuple[str, str, str]]:
    """Staged changes of the shared candidate configuration: (what, object, value)."""
    staged: list[tuple[str, str, str]] = dev.extra.setdefault("candidate", [])
    return staged


def _stage(what: str) -> Handler:
    def handler(ctx: Ctx) -> str:
        target = ctx.args.get("interface") or ctx.args.get("vlan", "")
        value = ctx.args.get("rest") or ctx.args.get("word", "")
        _candidate(ctx.device).append((what, target, value))
        return ""

    return handler


def _commit(ctx: Ctx) -> Reply:
    dev = ctx.device
    staged = _candidate(dev)
    if "check" in ctx.words:
        return Reply("configuration check succeeds")
    for what, target, value in staged:
        if what in ("disable", "enable"):
            set_admin(ctx.world, dev, target, what == "enable", ctx.user)
        elif what == "describe":
            set_description(dev, target, value)
        elif what == "vlan":
            ensure_vlan(dev, int(target), value)
    staged.clear()
    if "and-quit" in ctx.words:
        return Reply("commit complete\nExiting configuration mode", mode="enable")
    return Reply("commit complete")


def _rollback(ctx: Ctx) -> str:
    _candidate(ctx.device).clear()
    return "load complete"


def _leave(ctx: Ctx) -> Reply:
    """Leave configuration mode; with uncommitted changes Junos asks first (default yes)."""
    if not _candidate(ctx.device):
        return Reply("Exiting configuration mode", mode="enable")

    def answer(text: str) -> Reply:
        if text.strip().lower() in ("", "y", "yes"):
            return Reply("\nExiting configuration mode", mode="enable")
        return Reply()

    return Reply(ask="The configuration has been changed but not committed\r\n"
                     "Exit with uncommitted changes? [yes,no] (yes) ", on_answer=answer)


def _candidate_view(dev: Device) -> Device:
    """The device as the candidate configuration describes it (staged changes applied)."""
    staged = _candidate(dev)
    if not staged:
        return dev
    view = copy.copy(dev)
    view.interfaces = {name: copy.copy(i) for name, i in dev.interfaces.items()}
    for what, target, value in staged:
        iface = view.interfaces.get(target)
        if iface is None:
            continue
        if what in ("disable", "enable"):
            iface.admin_up = what == "enable"
        elif what == "describe":
            iface.description = value.strip().strip('"')
    return view


def _show_candidate(ctx: Ctx) -> str:
    """``show [hierarchy]`` in configuration mode: the candidate configuration, not state."""
    view = Ctx(_candidate_view(ctx.device), ctx.world, ctx.args, ctx.words, ctx.line,
               ctx.mode, ctx.user, ctx.now, ctx.context)
    return r.configuration(view)


def _run(ctx: Ctx) -> str | Reply:
    """``run <operational command>`` from configuration mode."""
    command = ctx.args["rest"]
    found = EXEC.resolve(command, ctx.device, 15)
    if isinstance(found, Failure):
        head = re.match(r"\s*\S+\s+", ctx.line)
        column = (head.end() if head else 0) + found.column
        prompt = _prompt(ctx.device, "enable", ctx.user)  # one line, as wide as "user@host# "
        if found.kind == "ambiguous":
            return ERRORS.ambiguous(ctx.line, column, prompt, found.choices)
        if found.kind == "incomplete":
            return ERRORS.incomplete(ctx.line, column, prompt)
        return ERRORS.invalid(ctx.line, column, prompt)
    sub = Ctx(ctx.device, ctx.world, found.args, found.words, command, "enable", ctx.user,
              ctx.now)
    reply = found.handler(sub)
    if isinstance(reply, Reply):  # a mode change or a question has no place here
        return reply.text
    return reply


class JuniperJunosLab:
    """The Juniper Junos personality."""

    platform = "juniper_junos"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=EXEC, config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, more="---(more)---", page_length=24,
            unprivileged_mode="enable", before_prompt="\r\n")

    def hardware(self, role: str) -> Hardware:
        if role == "firewall":
            return Hardware("SRX1500", "22.4R3.25", "junos", 16_777_216, "DK", "rstp",
                            (("Power Supply 0", "AC PS 400W", "740-052924"),))
        if role in ("switch", "core_switch"):
            return Hardware("EX4300-48T", "22.4R3.25", "junos", 2_097_152, "PE", "rstp",
                            (("Power Supply 0", "JPSU-350-AC-AFO", "740-046873"),))
        return Hardware("MX204", "22.4R3.25", "junos", 16_777_216, "BK", "rstp",
                        (("PEM 0", "DC 1.6kW Power Entry Module", "740-069994"),))

    def ports(self, role: str) -> PortPlan:
        access = tuple(f"ge-0/0/{k}" for k in range(48)) if role == "switch" else ()
        uplinks = tuple(f"xe-0/1/{k}" for k in range(4)) if role == "switch" else tuple(
            f"xe-0/0/{k}" for k in range(8))
        return PortPlan(access, uplinks, "fxp0", "lo0", lambda n: f"irb.{n}",
                        lambda n: f"ae{n - 1}", 1000, 10000, "SFP+-10G-SR")


PERSONALITY = JuniperJunosLab()
