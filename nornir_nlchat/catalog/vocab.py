"""The vocabulary: words and phrases an engineer uses, grouped into vendor-neutral concepts.

A request is reduced to a set of *concepts* (``cpu``, ``neighbor``, ``error``...) before
intents are matched, so paraphrases meet on the same concept ("neighbours", "peers",
"adjacency", "other end" all mean ``neighbor``). Abbreviations are expanded, plurals folded,
and misspellings corrected against the vocabulary with rapidfuzz (edit distance with
transpositions), so "neigbors", "temprature" and "shwo" are understood.

Everything here is built once at import time (a few milliseconds) and looked up afterwards.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from nornir_nlchat.catalog import interfaces as _ifn

# Technologies no intent covers. Named in a request they must not be typo-corrected into a
# covered topic ("vxlan" is not "vlan", "igmp" not "icmp", "sla" not "lsa") nor answered with
# the nearest covered one ("pim neighbors" is not LLDP): the request is asked back about.
UNCOVERED_TOPICS: tuple[str, ...] = (
    "vxlan", "vni", "vnis", "vtep", "vteps", "nve", "evpn", "l2vpn", "vpls", "mpls", "ldp",
    "rsvp", "lsp", "lsps", "segment routing", "srv6", "igmp", "mld", "pim", "multicast",
    "mroute", "mroutes", "msdp", "bfd", "udld", "ptp", "macsec", "ipsec", "crypto", "ike",
    "isakmp", "nat", "ip sla", "sla", "netflow", "sflow", "ipfix", "wccp", "port security",
    "port-security", "dot1x", "802 1x", "mab", "storm control", "storm-control",
    "arp inspection", "dynamic arp inspection", "ip source guard", "pbr",
    "policy based routing", "policy-based routing", "erspan", "monitor session",
    "private vlan", "private vlans", "pvlan", "pvlans",
)

# concept: (weight, "word, word, multi word phrase, ...")
# Weight says how much a concept tells about *what* is asked: 3 for topics (bgp, cpu), 2 for
# strong qualifiers (neighbor, config), 1 for weak ones (detail, status), 0 for markers.
_CONCEPTS: dict[str, tuple[int, str]] = {
    "version": (3, "version, versions, firmware, software, os, release, build, ios, iosxe, nxos, "
                   "eos, "
                   "code, "
                   "junos, aos, aoscx, code version, sw version, software version, "
                   "os version, image version"),
    "uptime": (3, "uptime, up time, been up, been running, running for, time since boot, "
                  "since boot, since reboot, since last reboot, since it booted, last boot, "
                  "booted, time since, since restart, since last restart, since the last restart, "
                  "since the last reboot, since the last boot"),
    "duration": (1, "how long, long"),
    "cpu": (3, "cpu, cpus, processor, processors, cpu load, cores, cpu cores, resources, "
               "resource, system resources, resource utilization, resource utilisation"),
    "controlplane": (2, "routing engine, route engine, supervisor engine, control plane, "
                        "management plane, re0, re1"),
    "memory": (3, "memory, ram, dram, heap, free memory, swap, swap space, swap usage, "
                  "swap memory, virtual memory, paging, page file"),
    # "show processes", "top processes", "list processes": a process listing is a CPU view
    "process": (2, "process, processes, top, daemons, daemon, tasks, process list"),
    "usage": (1, "usage, utilisation, utilization, utilized, utilised, used, use, consumption, "
                 "consuming, consumed, load, busy, high, percent, percentage, how much, drawing, "
                 "draw, budget, in use"),
    "clock": (3, "clock, time, date, datetime, timezone, time zone, what time, current time, "
                 "system time, time is it"),
    "users": (3, "users, user, logged, logged in, logged on, logins, login sessions, vty, "
                 "vty sessions, ssh sessions, telnet sessions, who is logged, connected users, "
                 "cli, "
                 "cli sessions, console sessions, admin sessions, over ssh, via ssh, "
                 "through ssh, over telnet, via telnet, ssh users, ssh logins, ssh connections, "
                 "telnet connections"),
    "environment": (3, "environment, environmental, env, sensors, sensor, hardware health, "
                       "voltage, voltages, volts, voltage sensors, "
                       "environmentals"),
    "temperature": (3, "temperature, temperatures, temp, temps, thermal, heat, hot, overheating, "
                       "warm, warmth, running hot, degrees, celsius"),
    "fan": (3, "fan, fans, cooling, fan tray, fan trays, airflow"),
    "psu": (3, "power supply, power supplies, psu, psus, power units, power unit, pem, pems, "
               "power-supply, power supply units"),
    "power": (2, "power, powered, watts, wattage"),
    "inventory": (3, "inventory, hardware, part number, part numbers, pid, pids, components, "
                     "model, models, model number, model numbers, hardware model, product id, "
                     "product number, product numbers, sku, "
                     "component, installed hardware, chassis inventory, chassis hardware"),
    # "chassis" alone says little: it qualifies hardware, environment, alarm requests.
    "chassis": (1, "chassis, box hardware"),
    "alarm": (3, "alarm, alarms, alarm status, alarm table, active alarms, facility alarms, "
                 "facility alarm, alarm led, alarm leds"),
    "fex": (3, "fex, fexes, fabric extender, fabric extenders, satellite, satellites, "
               "nexus 2000, n2k"),
    "consistency": (2, "consistency, consistent, inconsistent, inconsistency, inconsistencies, "
                       "config sanity, config-sanity, sanity, sanity check, consistency check, "
                       "consistency parameters, config consistency, configuration consistency, "
                       "mismatch, mismatches, mismatched, type 1, type-1, config sync, "
                       "configuration sync, config in sync, config out of sync, "
                       "config synced"),
    "serial": (3, "serial, serials, serial number, serial numbers, sn, s n, serial no"),
    "module": (3, "module, modules, linecard, linecards, line card, line cards, blade, blades, "
                  "slot, slots, supervisor, supervisors, fpc, fpcs, pic, pics, mic, mics"),
    "license": (3, "license, licenses, licence, licences, licensing, entitlement, entitlements"),
    "filesystem": (3, "flash, bootflash, files, file, file system, filesystem, file systems, "
                      "directory, dir, disk, storage, nvram, usb, free space, disk space"),
    # what the device boots from ("the boot variable") is its boot image setting
    "image": (3, "image, images, firmware images, firmware image, boot image, boot images, "
                 "software images, bin files, primary image, secondary image, partitions, "
                 "boot variable, boot variables, boot var, boot vars, bootvar, boot system, "
                 "boot order"),
    "install": (1, "installed, install, loaded, available, stored"),
    "boot": (1, "boot"),
    "reboot": (2, "reload, reloads, reloaded, reboot, reboots, rebooted, restart, restarts, "
                  "restarted, crash, crashes, crashed, reset, resets, went down, power cycled"),
    "why": (2, "why, reason, reasons, cause, caused, causes, how come, what caused, history, "
                "what happened, what went wrong, root cause, root caused"),
    "when": (1, "when, last, previous, recently, lately"),
    "logs": (3, "log, logs, logging, syslog, syslogs, events, event, event log, event logs, "
                "log messages, log entries, log lines, logbook, journal, messages"),
    "recent": (1, "recent, latest, newest, tail, most recent, new, newer, reverse, newest first, "
                  "last few, just now, past"),
    "ntp": (3, "ntp, sntp, time server, time servers, time sync, time source, clock sync, "
               "time synchronisation, time synchronization"),
    "sync": (1, "sync, synced, synchronized, synchronised, synchronization, synchronisation, "
                "in sync, drift, stratum"),
    "association": (2, "associations, association, peers, servers, sources"),
    "interface": (3, "interface, interfaces, port, ports, link, links, iface, ifaces, intf, intfs, "
                     "nic, nics, uplink, uplinks, downlink, downlinks, ethernet, switchports "),
    "brief": (1, "brief, terse, short, quick, compact, overview, at a glance, one line"),
    # "how many routes", "how big is the table": counts are what a summary gives
    "summary": (1, "summary, summarize, summarise, summaries, overall, how many, number of, "
                   "count of, how big, size of, total number"),
    # "not up" / "not in use" describe a port's state; a session "not up" is still a state
    "status": (1, "status, state, states, up, down, operational, oper, admin, link state, "
                  "not up, not in use, "
                  "not connected, notconnect, notconnected, unconnected, disconnected, unused, "
                  "disabled, administratively down, "
                  "up or down, up down, up/down, health, working, alive, dead, online, offline"),
    "description": (3, "description, descriptions, desc, descr, label, labels, alias, aliases, "
                       "port names, port name, interface names, what is on, whats on, labelled, "
                       "labeled, labelling"),
    # dropped / dropping *packets* are errors; a peer or member that "dropped" is a state
    # change (``flap``)
    "error": (3, "error, errors, err, errs, crc, crcs, fcs, drops, discards, dropped packets, "
                 "dropping packets, packets dropped, dropped frames, dropping frames, "
                 "frames dropped, packet drops, dropping traffic, dropped traffic, "
                 "loss, packet loss, lost packets, losing packets, packets lost, "
                 "discarded, runts, giants, collisions, input errors, output errors, faults, "
                 "bad packets, corrupt, corrupted, alignment, overruns, ignored"),
    # a link or a session going up and down: the symptom, not its cause. Interface error
    # counters answer it when nothing else is named; a named topic (bgp, ospf, a stack
    # member...) explains it as that topic's state.
    "flap": (2, "flap, flaps, flapping, flapped, flappy, bouncing, bounces, up and down, "
                "going up and down, dropped, dropping, dropped out, dropping out, drops out, "
                "keeps dropping, keeps going down, unstable, intermittent, intermittently"),
    # utilisation of a port is its traffic rate, not a CPU/memory figure
    "counter": (2, "counter, counters, stats, statistics, packets, packet, traffic, throughput, "
                   "port utilisation, port utilization, port usage, port load, "
                   "interface utilisation, interface utilization, interface usage, "
                   "link utilisation, link utilization, link usage, link load, "
                   "rate, rates, bytes, bandwidth, octets, pps, bps, hits, hit, hit count, "
                   "hit counts, matches"),
    "errdisable": (3, "err disabled, errdisabled, err-disabled, error disabled, errdisable, "
                      "error-disabled, err disable"),
    "trunk": (3, "trunk, trunks, trunking, trunked, tagged, 802 1q, dot1q, 8021q"),
    "switchport": (3, "switchport, switchports, switch port, access vlan, native vlan, "
                      "allowed vlans, port mode, access mode, trunk mode, pvid"),
    "config": (2, "config, configs, configuration, configurations, conf, cfg, running config, "
                  "running-config, run config, settings, config section"),
    "running": (1, "running, current, active, live, in effect"),
    "configured": (1, "configured, set up, setup"),
    "startup": (3, "startup, start up, startup config, startup-config, saved config, saved, "
                   "stored config, nvram config, boot config, start config, start-up"),
    "section": (1, "section, part, portion, block, stanza, just the, only the"),
    "transceiver": (3, "transceiver, transceivers, sfp, sfps, optic, optics, optical, xcvr, xcvrs, "
                       "gbic, gbics, qsfp, qsfps, dom, ddm, light, light levels, light level, "
                       "rx power, tx power, receive power, transmit power, dbm, laser, fiber, "
                       "fibre, diagnostics optics, optical power, rx levels, sfp module, "
                       "sfp modules, optic module, optic modules, optical module, "
                       "optical modules, transceiver module, transceiver modules, "
                       "qsfp module, qsfp modules"),
    "poe": (3, "poe, poe plus, power over ethernet, power-over-ethernet, inline power, pse, "
               "powered devices, powered device"),
    "vlan": (3, "vlan, vlans, vlan ids, vlan list, broadcast domains, vlan database"),
    "mac": (3, "mac, macs, mac address, mac addresses, mac table, cam, cam table, "
               "hardware address, hardware addresses, fdb, forwarding database, bridge table, "
               "mac address table, mac-address-table, ethernet switching, ethernet-switching, "
               "l2 table, layer 2 table, mac entries, layer 2 forwarding table, "
               "l2 forwarding table, layer-2 forwarding table, switching table, "
               "mac forwarding table, bridging table"),
    "learned": (1, "learned, learnt, learning, learn, seen, known, dynamic, discovered"),
    "find": (1, "find, where, locate, located, lookup, look up, search, whereis, which port, "
                "what port, trace mac, sitting, lives, attached to which"),
    "arp": (3, "arp, arps, arp table, arp cache, arp entries, arp entry, ip to mac, "
               "ip mac binding, ip-to-mac"),
    "route": (2, "route, routes, routing, routing table, route table, rib, fib, next hop, "
                 "nexthop, next-hop, gateway, destination, routed, forwarded, "
                 "how do we get to, how do we reach, way to, forwarding table, "
                 "ip forwarding table, layer 3 forwarding table, l3 forwarding table"),
    # "reach" asks for a route only towards an address ("how do we reach 10.1.1.1"); a
    # session "reaching full" is a state
    "reach": (2, "reach, reaching, reached, reachable via"),
    "path": (1, "path, paths, via"),
    "prefix": (1, "prefix, prefixes, network, networks, subnet, subnets"),
    "protocols": (3, "routing protocols, routing protocol, protocols, igp, igps"),
    "bgp": (3, "bgp, ebgp, ibgp, border gateway, bgp4"),
    "neighbor": (2, "neighbor, neighbors, neighbour, neighbours, nbr, nbrs, nei, peer, peers, "
                    "peering, peerings, adjacency, adjacencies, adjacent, "
                    "connected to, other end, far end, far side, other side, attached, "
                    "attached to, plugged, plugged in, plugged into, hooked up, cabled, "
                    "who is on, whos on, neighboring, neighbouring, connected, connects, "
                    "remote device, remote devices, partner, partners"),
    # states of a session or adjacency (and the words engineers use for one that will not
    # reach them): a qualifier of the protocol named, never a topic of its own
    "established": (1, "established, establish, establishing, idle, active state, stuck, hung, "
                       "hang, hanging, exstart, exchange state, init state, 2 way, two way, "
                       "loading state, opensent, openconfirm, connect state, come up, "
                       "coming up, comes up, came up, form, forming, formed, converge, "
                       "converged, converging"),
    # what a routing session negotiated and runs with: the neighbour in detail
    "capability": (1, "capability, capabilities, capable, negotiated, route refresh, "
                      "hold time, holdtime, keepalive, keepalives, keepalive timer, timers"),
    # a session is a BGP / OSPF / login one, not an LLDP or CDP neighbour
    "session": (2, "session, sessions"),
    "advertise": (3, "advertise, advertised, advertising, advertisement, advertisements, "
                     "announce, announced, announcing, sending, sent, send, export, exported, "
                     "exporting, outbound, giving"),
    "receive": (3, "received, receive, receiving, accepted, accepting, import, imported, "
                   "importing, inbound, receiving from, send us, sends us, giving us, "
                   "gives us, sent us, send to us, "
                   # "getting" alone is any verb ("keeps getting err-disabled")
                   "getting from, getting us, are we getting, we are getting"),
    "table": (1, "table, tables, rib in"),
    "ospf": (3, "ospf, ospfv2, ospfv3, open shortest path first"),
    "database": (3, "database, lsdb, lsa, lsas, link state, link-state, link state database"),
    "eigrp": (3, "eigrp"),
    "isis": (3, "isis, is-is"),
    "rip": (3, "rip, ripv2"),
    "static": (2, "static, statics, static routes, static route"),
    "connected_proto": (2, "directly connected, connected routes, connected networks, "
                           "direct routes, local routes, connected subnets"),
    "lldp": (3, "lldp"),
    "cdp": (3, "cdp"),
    "stp": (3, "spanning tree, spanning-tree, spanningtree, stp, rstp, mstp, mst, pvst, rpvst, "
               "rapid pvst, rapid-pvst, bpdu, bpdus, loop prevention, topology change, "
               "topology changes, tcn, tcns"),
    "root": (2, "root, root bridge, root switch, root port, designated root, root id"),
    "blocked": (2, "blocked, blocking, block, discarding, alternate, backup ports"),
    "portchannel": (3, "port channel, port-channel, portchannel, port channels, port-channels, "
                       "etherchannel, etherchannels, lag, lags, link aggregation, aggregate, "
                       "aggregates, aggregated, aggregation, bundle, bundles, bond, bonds, "
                       "bonding, ae, trk, trunk group, trunk groups, channel group, "
                       "channel groups"),
    "lacp": (3, "lacp, 802 3ad, 8023ad"),
    "member": (1, "member, members, membership, belong, belongs, part of"),
    "mlag": (3, "mlag, mc-lag, mclag, mc lag, vpc, vpcs, vsx, multi chassis, multichassis, "
                "multi-chassis, peer link, peer-link, mc-ae, mcae, iccp, isl, "
                "inter switch link"),
    "stack": (3, "stack, stacks, stacking, stacked, stackwise, vsf, virtual chassis, "
                 "virtual-chassis, stack members, stack member, irf, stack ports, vc"),
    "vrf": (2, "vrf, vrfs, routing instances, routing instance, routing-instance, "
               "routing-instances, vpn instances"),
    "all_vrfs": (2, "all vrfs, all vrf, every vrf, each vrf, all the vrfs, all routing instances, "
                    "across vrfs, all-vrfs, every routing instance, vrf all, any vrf"),
    "hsrp": (3, "hsrp, standby group, standby groups, hot standby"),
    "vrrp": (3, "vrrp, varp, virtual router, virtual routers, vrrp groups"),
    "fhrp": (2, "fhrp, first hop redundancy, gateway redundancy, redundant gateway, "
                "virtual gateway, virtual ip"),
    "acl": (3, "acl, acls, access list, access lists, access-list, access-lists, "
               "firewall filter, firewall filters, packet filter, packet filters, filters, "
               "filter, access control list, access control lists, access group, access groups"),
    "ping": (3, "ping, pings, pinging, pingable, icmp, echo, reachable, reachability, "
                "responding, respond, responds, alive, can we reach, can it reach, "
                "reach it, test connectivity, connectivity"),
    "traceroute": (3, "traceroute, trace route, tracert, trace, tracepath, hops, hop, "
                      "hop by hop, trace the path, trace path"),
    "dhcp": (3, "dhcp, dhcpv4, bootp, dhcp server"),
    "snooping": (2, "snooping, snoop, trusted ports, untrusted"),
    "binding": (2, "binding, bindings, lease, leases, leased, assigned addresses, "
                   "handed out, given out, clients"),
    "ipv6": (2, "ipv6, v6, inet6, ip6"),
    "ip": (1, "ip, ips, ipv4, l3, layer 3, ip address, ip addresses, addressing, addresses, "
              "address, inet, v4"),
    "svi": (3, "svi, svis, vlan interface, vlan interfaces, routed vlan, irb, "
               "interface vlan, l3 vlan, layer 3 vlan, vlan ip"),
    "mgmt": (3, "mgmt, management, oob, oobm, out of band, out-of-band, management port, "
                "management interface, mgmt port, mgmt interface, fxp0, me0"),
    "detail": (1, "detail, details, detailed, full, verbose, extensive, extended, in depth, "
                  "more info, all about, everything about, deep dive, breakdown"),
    "all": (1, "all, every, each, entire, whole, complete, full list, everything, total"),
    "snmp": (3, "snmp, snmpv2, snmpv3, snmp community, communities, traps"),
    "aaa": (3, "aaa, tacacs, tacacs+, radius, authentication, authorization, accounting"),
    "qos": (3, "qos, quality of service, policy map, policy-map, class map, class-map"),
    "banner": (2, "banner, motd, login banner"),
    # write vocabulary (only looked at once the request is known to ask for a change)
    "shut_w": (3, "shut, shutdown, shut down, disable, turn off, bring down, admin down, "
                  "deactivate, take down, switch off, power off"),
    "noshut_w": (3, "no shut, no shutdown, unshut, enable, turn on, bring up, activate, "
                    "admin up, re enable, reenable, switch on, bring back up"),
    "create_w": (3, "create, add, make, new, define, build, provision"),
    "set_w": (2, "set, change, update, modify, configure, rename, name it, describe, put, "
                 "assign, edit, apply"),
    "save_w": (3, "save, write memory, write mem, wr mem, wr, copy run start, "
                  "copy running config startup config, copy running startup, write, persist, "
                  "commit"),
    # end users reporting a symptom ("users are complaining"): not the logged-in users
    "complaint": (0, "complain, complains, complaining, complained, complaint, complaints, "
                     "moaning, unhappy, reporting problems, reporting issues, say, says, saying, "
                     "reported, reporting, are seeing, experiencing, noticed, users report, "
                     "user reports, users reported, user reported, people report, staff report"),
    # technologies no intent covers: named, they make the request one to ask back about
    # rather than one to answer with the nearest covered topic (see UNCOVERED_TOPICS)
    "uncovered": (3, ", ".join(UNCOVERED_TOPICS)),
    "plural": (0, ""),
    "reload_word": (0, ""),
}

# Concepts that carry a slot value (the concept *is* the value).
PROTOCOL_OF: dict[str, str] = {
    "bgp": "bgp", "ospf": "ospf", "eigrp": "eigrp", "isis": "isis", "rip": "rip",
    "static": "static", "connected_proto": "connected",
}
SECTION_OF: dict[str, str] = {
    "bgp": "bgp", "ospf": "ospf", "eigrp": "eigrp", "isis": "isis", "rip": "rip",
    "ntp": "ntp", "vlan": "vlan", "acl": "acl", "static": "static", "stp": "spanning-tree",
    "lldp": "lldp", "cdp": "cdp", "vrf": "vrf", "snmp": "snmp", "aaa": "aaa", "logs": "logging",
    "users": "username", "hsrp": "hsrp", "vrrp": "vrrp", "dhcp": "dhcp", "mlag": "mlag",
    "lacp": "lacp", "portchannel": "lag", "poe": "poe", "route": "static",
}
FILESYSTEM_WORDS: dict[str, str] = {
    "flash": "flash", "bootflash": "bootflash", "nvram": "nvram", "usb": "usb",
    "usbflash0": "usb", "disk0": "disk0", "slot0": "slot0",
}

# Extra section-only words (not concepts of their own).
_SECTION_WORDS = {"snmp": "snmp", "aaa": "aaa", "tacacs": "aaa", "radius": "aaa",
                  "qos": "qos", "banner": "banner", "route-map": "route-map",
                  "prefix-list": "prefix-list", "policy": "policy"}

# Write vocabulary (the write detector works on these; they are also protected words).
WRITE_WORDS: frozenset[str] = frozenset([
    "reload", "reboot", "restart", "erase", "wipe", "delete", "remove", "format", "shutdown",
    "shut", "disable", "enable", "clear", "reset", "flush", "write", "save", "copy", "commit",
    "rollback", "configure", "set", "change", "modify", "update", "add", "create", "assign",
    "put", "move", "rename", "apply", "push", "upgrade", "downgrade", "install", "uninstall",
    "debug", "undebug", "kill", "bounce", "deactivate", "activate", "unshut", "zeroize",
    "boot", "load", "replace", "default", "no", "terminal", "memory", "mem", "wr", "conf",
    "term", "execute", "exec", "run", "issue", "cycle", "revert", "purge", "drop", "block",
    "permit", "deny", "allow", "unblock", "edit", "tag", "untag", "attach", "detach", "bind",
    "unbind", "request", "halt", "poweroff", "power-off", "overwrite", "truncate", "insert",
    "append", "redirect", "tee", "flap", "toggle", "kick", "reseat", "resync", "vsxsync",
    "powercycle", "disconnect", "logoff", "logout", "unplug", "decommission", "quarantine",
    "isolate", "zero", "nuke", "zap", "destroy", "obliterate", "trash", "scrub", "stop", "swap",
    "squeeze", "undo", "raise", "increase", "decrease", "reduce", "bump", "prune", "hardcode",
    "pull", "tidy", "lower", "refresh", "schedule",
])

STOP_WORDS: frozenset[str] = frozenset([
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
    "doing", "done", "me", "my", "we", "our", "ours", "us", "you", "your", "it", "its",
    "itself", "this", "that", "these", "those", "of", "on", "in", "at", "to", "for", "from",
    "with", "by", "and", "or", "any", "some", "show", "display", "list", "get", "give", "tell",
    "what", "whats", "which", "who", "whom", "whose", "where", "when", "why", "how", "there",
    "here", "please", "pls", "plz", "can", "could", "would", "should", "will", "shall", "may",
    "might", "must", "i", "want", "need", "needs", "see", "check", "look", "looking", "view",
    "print", "dump", "just", "only", "also", "now", "currently", "right", "per", "about",
    "like", "off", "yes", "not", "hey", "hi", "hello", "thanks", "thank", "thx", "yo", "ok",
    "okay", "fine", "good", "bad", "wrong", "broken", "issue", "issues", "problem", "problems",
    "thing", "things", "stuff", "usual", "everything", "anything", "something", "nothing",
    "odd", "weird", "strange", "hmm", "thoughts", "fix", "happening", "going", "doing", "box",
    "device", "devices", "switch", "switches", "router", "routers", "firewall", "firewalls",
    "node", "nodes", "host", "hosts", "unit", "nexus", "catalyst", "arista", "juniper",
    "aruba", "cisco", "hp", "hpe", "system", "machine", "them", "they", "then", "than", "else",
    "exactly", "much", "many", "number", "numbers", "has", "have", "had", "got", "am", "as",
    "out", "over", "under", "into", "onto", "via", "using", "according", "based", "against",
    "between", "mine", "since", "ago", "minutes", "minute", "hours", "hour", "seconds",
    "second", "day", "days", "week", "today", "yesterday", "kindly", "quickly", "real",
    "really", "whether", "if", "so", "but", "too", "very", "more", "most", "less", "least",
    "let", "lets", "let's", "go", "going", "able", "across", "again", "already", "always",
    "around", "away", "back", "before", "after", "during", "else", "ever", "few", "first",
    "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "hundred", "make", "makes", "made", "say", "says", "said", "see", "seen", "shown",
    "showing", "find", "found", "try", "tried", "use", "using", "want", "wanted", "quick",
    "across", "known", "still", "sure", "take", "taken", "takes", "test", "tests", "gimme",
    "lemme", "wanna", "gonna", "theres", "times", "content", "contents", "contain", "contains",
    "containing", "think", "thinks", "thought", "tell", "told", "talk", "ask", "asked",
    "answer", "happen", "happened", "happens", "happy", "sad", "fail", "failed", "failing",
    "fails", "failure", "failures", "working", "works", "worked", "slowly", "slowness",
    "latency", "latencies", "speed", "speeds", "fast", "faster", "slower",
])

# Common English words that must never be "corrected" into a network term.
_ENGLISH = frozenset([
    # change verbs the write detector knows (safety.py), kept as they are rather than
    # typo-corrected ("cancel" is not "channel", "terminate" not "terminal"); not typo targets
    # themselves, so "suspect" never becomes "suspend"
    "restore", "persist", "cancel", "abort", "promote", "demote", "force", "terminate", "tweak",
    "adjust", "regenerate", "unlock", "blacklist", "whitelist", "blocklist", "allowlist", "renew",
    "suspend", "mute", "unmute", "silence", "reinitialize", "reinit", "reapply", "recreate",
    "reconfigure", "rotate", "merge", "fix", "correct", "discard", "failover", "switchover",
    "generate", "strip", "release", "launch", "initiate", "revoke", "inject",
    "post", "host", "most", "cost", "lost", "rest", "best", "test", "text", "next", "nest",
    "west", "past", "last", "fast", "cast", "vast", "mast", "list", "mist", "fist", "slow",
    "flow", "blow", "glow", "grow", "crow", "snow", "know", "known", "show", "shown", "shoe",
    "hose", "nose", "rose", "pose", "dose", "lose", "close", "chose", "those", "whose",
    "house", "mouse", "horse", "course", "source", "force", "sort", "fort", "part", "cart",
    "dart", "mart", "tart", "port", "ports", "sport", "short", "shirt", "skirt", "dirt",
    "bird", "third", "word", "work", "world", "worm", "form", "farm", "harm", "warm", "arm",
    "army", "sent", "tent", "bent", "dent", "rent", "vent", "went", "want", "wait", "walt",
    "salt", "halt", "malt", "melt", "belt", "felt", "pelt", "seat", "beat", "heat", "meat",
    "neat", "feat", "team", "teal", "tell", "tall", "tale", "tile", "till", "fill", "pill",
    "mill", "kill", "bill", "will", "well", "wall", "ball", "call", "fall", "hall", "mall",
    "line", "lane", "lone", "tone", "bone", "cone", "done", "gone", "none", "zone", "node",
    "mode", "code", "rode", "more", "core", "bore", "fore", "gore", "pore", "sore", "tore",
    "wore", "mine", "fine", "wine", "dine", "line", "nine", "pine", "vine", "time", "tame",
    "name", "same", "game", "came", "dame", "fame", "lame", "here", "there", "where", "were",
    "wire", "fire", "hire", "tire", "sire", "dire", "date", "gate", "hate", "late", "mate",
    "rate", "sate", "fate", "plan", "plain", "plane", "clean", "cleans", "clear", "crash",
    "rash", "cash", "dash", "lash", "mash", "wash", "back", "pack", "rack", "sack", "tack",
    "lack", "hack", "jack", "stack", "track", "crack", "black", "stick", "stuck", "struck",
    "clock", "block", "flock", "lock", "dock", "rock", "sock", "about", "above", "across",
    "after", "again", "against", "ago", "ahead", "all", "almost", "alone", "along", "already",
    "also", "although", "always", "among", "another", "answer", "anybody", "anyone", "anyway",
    "appear", "area", "around", "arrive", "away", "became", "become", "begin", "behind",
    "being", "below", "beside", "best", "better", "between", "beyond", "big", "both", "bring",
    "brought", "build", "built", "busy", "call", "came", "care", "carry", "case", "catch",
    "cause", "certain", "chance", "change", "check", "child", "choose", "city", "come",
    "common", "company", "consider", "continue", "could", "country", "couple", "cover",
    "cross", "current", "cut", "dark", "deal", "decide", "deep", "describe", "design",
    "detail", "develop", "die", "different", "difficult", "door", "doubt", "down", "draw",
    "dream", "drive", "drop", "during", "early", "easy", "eat", "effect", "either", "else",
    "end", "enjoy", "enough", "enter", "even", "evening", "ever", "every", "example", "expect",
    "experience", "explain", "eye", "face", "fact", "fail", "fall", "family", "far", "father",
    "feel", "few", "field", "figure", "final", "find", "finish", "follow", "food", "foot",
    "force", "forget", "form", "free", "friend", "front", "full", "future", "game", "garden",
    "general", "get", "girl", "give", "glad", "goal", "great", "green", "ground", "group",
    "grow", "guess", "half", "hand", "happen", "hard", "head", "hear", "heart", "heavy",
    "help", "high", "history", "hold", "home", "hope", "hour", "human", "idea", "important",
    "include", "increase", "indeed", "inside", "instead", "interest", "issue", "itself", "job",
    "join", "just", "keep", "kind", "kitchen", "knew", "land", "large", "later", "laugh",
    "lead", "learn", "least", "leave", "left", "less", "letter", "level", "lie", "life",
    "light", "likely", "little", "live", "local", "long", "longer", "look", "lose", "lot",
    "love", "low", "main", "major", "manage", "many", "market", "matter", "maybe", "mean",
    "measure", "meet", "member", "mention", "method", "middle", "might", "mind", "minute",
    "miss", "modern", "moment", "money", "month", "morning", "mother", "move", "movie", "much",
    "music", "must", "myself", "nation", "nature", "near", "nearly", "necessary", "never",
    "news", "nice", "night", "note", "nothing", "notice", "number", "offer", "office", "often",
    "oil", "once", "open", "order", "other", "others", "outside", "own", "page", "paper",
    "parent", "particular", "party", "pass", "pattern", "pay", "people", "perhaps", "period",
    "person", "pick", "picture", "piece", "place", "plan", "plant", "play", "point", "police",
    "poor", "popular", "position", "possible", "power", "prepare", "present", "pretty",
    "probably", "process", "produce", "program", "protect", "prove", "provide", "public",
    "pull", "purpose", "push", "quality", "question", "quite", "radio", "raise", "range",
    "rather", "reach", "read", "ready", "reality", "realize", "really", "receive", "recent",
    "recently", "record", "red", "reduce", "remain", "remember", "report", "represent",
    "require", "research", "resource", "respond", "result", "return", "reveal", "right",
    "rise", "risk", "road", "role", "room", "round", "rule", "safe", "say", "scene", "school",
    "science", "score", "sea", "season", "seek", "seem", "sell", "send", "sense", "serious",
    "serve", "service", "several", "shake", "shall", "share", "short", "should", "shoulder",
    "side", "sign", "similar", "simple", "simply", "since", "sing", "single", "sister", "sit",
    "site", "situation", "size", "skill", "small", "smile", "social", "society", "soldier",
    "some", "somebody", "someone", "sometimes", "son", "song", "soon", "sort", "sound",
    "south", "space", "speak", "special", "specific", "spend", "spring", "staff", "stage",
    "stand", "standard", "star", "start", "statement", "stay", "step", "still", "stock",
    "stop", "store", "story", "strategy", "street", "strong", "structure", "student", "study",
    "style", "subject", "success", "such", "suddenly", "suffer", "suggest", "summer",
    "support", "sure", "surface", "system", "talk", "task", "teach", "teacher", "tend", "term",
    "than", "thank", "that", "their", "them", "themselves", "then", "theory", "there", "these",
    "they", "thing", "think", "third", "this", "those", "though", "thought", "thousand",
    "threat", "three", "through", "throw", "thus", "today", "together", "tonight", "total",
    "tough", "toward", "town", "trade", "training", "travel", "treat", "tree", "trial", "trip",
    "trouble", "true", "truth", "turn", "type", "under", "understand", "unit", "until", "upon",
    "usually", "value", "various", "very", "victim", "view", "visit", "voice", "vote", "wait",
    "walk", "wall", "watch", "water", "weapon", "wear", "week", "weight", "whatever", "wheel",
    "whether", "while", "white", "whole", "wide", "wife", "window", "wish", "within",
    "without", "woman", "wonder", "worker", "worry", "would", "write", "writer", "wrong",
    "yard", "yeah", "year", "young", "yourself",
    # troubleshooting talk: ordinary words, not misspelt topics ("timer" is not "time",
    # "tunnel" not "tunnels", "hog" not "log")
    "timer", "timers", "tunnel", "tunnels", "stuck", "hung", "hog", "hogs", "eat", "eats",
    "eating", "pegged", "floor", "wifi", "slow", "phone", "phones", "cable", "cabling",
    "keeps", "kept", "goes", "wont", "cant", "dont", "doesnt", "isnt", "arent", "come",
    "comes", "came", "prevent", "prevents", "preventing", "overnight", "suddenly", "today",
    "cleanup", "capability", "capabilities", "split", "brain", "loop", "loops", "looping",
])

ABBREVIATIONS: dict[str, str] = {
    "sh": "show", "sho": "show", "shw": "show", "shwo": "show", "disp": "display",
    "int": "interface", "ints": "interfaces", "inf": "interface", "intfs": "interfaces",
    "br": "brief", "bri": "brief", "brie": "brief", "neigh": "neighbors", "neighs": "neighbors",
    "nei": "neighbors", "nbr": "neighbors", "nbrs": "neighbors", "summ": "summary",
    "sum": "summary",
    "ver": "version", "vers": "version", "proc": "processes", "procs": "processes",
    "env": "environment", "inv": "inventory", "conf": "config", "cfg": "config",
    "desc": "description", "descr": "description", "stat": "statistics",
    "mem": "memory", "util": "utilization", "lic": "license", "mod": "module",
    "mods": "modules", "pwr": "power", "temp": "temperature", "temps": "temperatures",
    "err": "errors", "errs": "errors", "addr": "address", "rte": "route", "rtes": "routes",
    "u": "you", "ur": "your", "r": "are", "wat": "what", "wats": "whats", "whats": "what",
    "sfp": "sfp", "xcvr": "transceiver", "xcvrs": "transceivers", "spt": "stp",
    "acc": "access", "lst": "list", "tbl": "table", "dtl": "detail", "det": "detail",
    "eth": "ethernet", "po": "port channel", "pc": "port channel", "cnt": "count",
    "ctrs": "counters", "cntrs": "counters", "pkts": "packets", "pkt": "packet",
    "logg": "logging", "sys": "system", "stby": "standby", "vlns": "vlans",
    "frmware": "firmware", "fw": "firmware", "os": "os", "stp": "stp",
}

# Words that mean "several interfaces" (an interface request without a name).
PLURAL_INTERFACE_WORDS = frozenset(
    ["interfaces", "ports", "links", "ifaces", "intfs", "uplinks", "downlinks", "nics",
     "switchports"])


def _phrases() -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    table: dict[tuple[str, ...], str] = {}
    weights: dict[str, int] = {}
    for concept, (weight, spec) in _CONCEPTS.items():
        weights[concept] = weight
        for phrase in spec.split(","):
            key = tuple(phrase.strip().lower().replace("-", " ").replace("/", " ").split())
            if key and key not in table:
                table[key] = concept
    return table, weights


PHRASES, WEIGHTS = _phrases()
MAX_PHRASE = max(len(k) for k in PHRASES)
WEIGHTS.update({"@interface": 2, "@vlan": 2, "@ip": 2, "@prefix": 2, "@mac": 3, "@vrf": 2,
                "@acl": 2, "@count": 1, "@pattern": 1, "@description": 1, "@vlan_name": 1,
                "@text": 0, "@interface2": 0, "@ip2": 0, "@ip3": 0, "@filesystem": 0,
                "@protocol": 0, "@section": 0})
CONCEPT_WORDS: frozenset[str] = frozenset(w for key in PHRASES for w in key)
SECTION_WORDS = _SECTION_WORDS
UNCOVERED_WORDS: frozenset[str] = frozenset(
    w for key, concept in PHRASES.items() if concept == "uncovered" for w in key)

KNOWN_WORDS: frozenset[str] = (CONCEPT_WORDS | STOP_WORDS | WRITE_WORDS | _ENGLISH
                               | frozenset(ABBREVIATIONS) | frozenset(_SECTION_WORDS)
                               | frozenset(FILESYSTEM_WORDS))
# Words a "sh ..." request never means as a shortened CLI keyword ("sh me the ..." is not
# "show memory").
_NOT_SHORTENED: frozenset[str] = (CONCEPT_WORDS | STOP_WORDS | WRITE_WORDS
                                  | frozenset(ABBREVIATIONS) | frozenset(_SECTION_WORDS)
                                  | frozenset(FILESYSTEM_WORDS))
# Typo targets: words worth correcting *to* (topic words and write words), longest first so
# ties go to the more specific word.
# An everyday word that only occurs inside a longer phrase ("came" in "came up", "way" in "two
# way") is no target: "camera" is not a misspelt "came".
_PHRASE_ONLY_PLAIN: frozenset[str] = frozenset(
    w for key in PHRASES if len(key) > 1 for w in key
    if (w in _ENGLISH or w in STOP_WORDS) and (w,) not in PHRASES)
_TARGETS: list[str] = sorted((w for w in (CONCEPT_WORDS - _PHRASE_ONLY_PLAIN) | WRITE_WORDS
                              | frozenset(_SECTION_WORDS) | {"show", "display", "list"}
                              if len(w) >= 3 and w.isalpha()),
                             key=lambda w: (-len(w), w))


@lru_cache(maxsize=8192)
def correct(word: str) -> str:
    """Return the vocabulary word ``word`` was probably meant to be (or ``word`` itself).

    >>> correct("neigbors"), correct("temprature"), correct("realod"), correct("sumary")
    ('neighbors', 'temperature', 'reload', 'summary')
    >>> correct("bpg"), correct("osfp")
    ('bgp', 'ospf')
    >>> correct("post")  # a real English word stays as it is
    'post'
    """
    if word in KNOWN_WORDS or not word.isalpha():
        return word
    stem = _stem(word)
    if stem != word:
        return stem
    if len(word) <= 2:
        return word
    if len(word) == 3:
        for target in _TARGETS:
            if len(target) == 3 and sorted(target) == sorted(word) and \
                    OSA.distance(word, target) == 1:
                return target
        return word
    limit = 1 if len(word) <= 5 else 2
    found = process.extract(word, _TARGETS, scorer=OSA.distance, score_cutoff=limit, limit=None)
    if not found:
        return word
    distance = min(hit[1] for hit in found)
    # among the closest, prefer the one sharing most letters (a swap beats two substitutions)
    candidate = max((hit[0] for hit in found if hit[1] == distance),
                    key=lambda target: (target[0] == word[0], len(target) == len(word),
                                        fuzz.ratio(word, target)))
    if abs(len(candidate) - len(word)) > limit:
        return word
    if distance == 2 and candidate[0] != word[0]:
        return word
    return candidate


def _stem(word: str) -> str:
    """The known word ``word`` inflects, or ``word`` itself.

    An inflected English word is not a typo: "stopping" is "stop" (not "snooping"),
    "coming" is "come" (not "cooling").

    >>> _stem("stopping"), _stem("coming"), _stem("dropped"), _stem("neighbors")
    ('stop', 'come', 'drop', 'neighbor')
    >>> _stem("busiest"), _stem("highest")
    ('busy', 'high')
    """
    # superlatives too: "busiest" is "busy", "highest" is "high"
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ed", ""),
                                ("iest", "y"), ("est", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + replacement
            if base in KNOWN_WORDS:
                return base
    for suffix in ("ing", "ed", "er", "ers", "est"):
        if not word.endswith(suffix) or len(word) < len(suffix) + 3:
            continue
        base = word[: -len(suffix)]
        # a doubled final consonant: stopping -> stop, dropped -> drop, hogging -> hog
        if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "aeiousl" \
                and base[:-1] in KNOWN_WORDS:
            return base[:-1]
        # a silent e: coming -> come, hoping -> hope, timer -> time
        if base + "e" in KNOWN_WORDS and suffix in ("ing", "ed", "est"):
            return base + "e"
    return word


def normalise(tokens: list[str]) -> list[str]:
    """Expand abbreviations and correct misspellings, token by token.

    >>> normalise(["sh", "ip", "int", "br"])
    ['show', 'ip', 'interface', 'brief']
    >>> normalise(["sh", "run"])
    ['show', 'running', 'config']
    """
    out: list[str] = []
    for token in tokens:
        prev = out[-1] if out else ""
        if token in {"run", "running"} and prev == "show":
            out.extend(["running", "config"])
            continue
        if token in {"start", "startup"} and prev == "show":
            out.extend(["startup", "config"])
            continue
        expanded = ABBREVIATIONS.get(token)
        if expanded is not None:
            out.extend(expanded.replace("-", " ").split())
            continue
        out.append(correct(token))
    return out


# CLI keywords a "sh ..." request may shorten the way the device CLIs accept ("sh ip ro",
# "sh spann", "sh etherch sum", "sh chas hard"), most likely first: a shortened word takes the
# first keyword it begins.
CLI_KEYWORDS: tuple[str, ...] = (
    "interfaces", "route", "running-config", "startup-config", "version", "brief", "summary",
    "detail", "extensive", "terse", "neighbors", "lldp", "cdp", "spanning-tree", "etherchannel",
    "port-channel", "vlan", "mac-address-table", "arp", "bgp", "ospf", "eigrp", "processes",
    "cpu", "memory", "environment", "inventory", "logging", "clock", "users", "ntp",
    "associations", "status", "counters", "errors", "trunk", "switchport", "transceiver",
    "power", "standby", "vrrp", "hsrp", "access-lists", "chassis", "hardware", "alarms",
    "system", "uptime", "resources", "routing-engine", "protocols", "configuration", "vpc",
    "mlag", "module", "top", "statistics", "description", "database", "lacp", "events",
    "images", "boot", "flash", "fans", "temperature", "power-supply", "cooling", "license",
    "vrf", "dhcp", "snooping", "fex", "stacking", "vsx", "vsf", "virtual-chassis",
    "diagnostics", "optics", "ethernet-switching", "remote-device", "neighbor-info", "root",
    "blockedports", "advertised-routes", "received-routes", "aggregates", "history",
)
_SHOW_WORDS = frozenset({"sh", "sho", "shw", "shwo", "show", "disp", "dis", "display"})
_CLI_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*(?!\w)", re.IGNORECASE)


def _cli_keyword(word: str) -> str | None:
    if len(word) < 2 or word in _NOT_SHORTENED:
        return None
    return next((k for k in CLI_KEYWORDS if k != word and k.startswith(word)), None)


def expand_cli_abbreviations(text: str) -> str:
    """Spell out CLI-style shortened keywords in a request written as a ``show`` command.

    Only requests that start with ``sh``/``show``/``display`` are touched, and only words the
    vocabulary does not already know (topic words, abbreviations, stop words and words that
    ask for a change stay as they are).

    >>> expand_cli_abbreviations("sh ip ro")
    'sh ip route'
    >>> expand_cli_abbreviations("sh port-ch sum")
    'sh port-channel sum'
    >>> expand_cli_abbreviations("ro please")  # not a show command: left alone
    'ro please'
    """
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    if first not in _SHOW_WORDS:
        return text

    def spell(match: re.Match[str]) -> str:
        word = match.group(0)
        # "sh int et 4", "sh int po 20": an interface type's short name before its number
        # ("sh vl 10" is still "vlan 10")
        if _ifn.is_type_before_number(word, match.string, match.end()):
            return word
        return _cli_keyword(word.lower()) or word

    head, _, tail = text.lstrip().partition(" ")
    return f"{head} {_CLI_WORD.sub(spell, tail)}" if tail else text


def uncovered_terms(tokens: list[str] | tuple[str, ...]) -> list[str]:
    """The technologies no intent covers that a token list names (see UNCOVERED_TOPICS).

    >>> uncovered_terms(["show", "pim", "neighbors"])
    ['pim']
    >>> uncovered_terms(["port", "security", "status"])
    ['port security']
    """
    found: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        for size in range(min(MAX_PHRASE, n - i), 0, -1):
            key = tuple(tokens[i:i + size])
            if key in PHRASES:
                if PHRASES[key] == "uncovered":
                    found.append(" ".join(key))
                i += size
                break
        else:
            i += 1
    return found


def concepts(tokens: list[str]) -> list[str]:
    """Concepts named by a token list, phrases first (longest match wins), in order.

    >>> concepts(["what", "is", "the", "root", "bridge", "for", "spanning", "tree"])
    ['root', 'stp']
    >>> concepts(["show", "connected", "routes"])
    ['connected_proto']
    """
    found: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        for size in range(min(MAX_PHRASE, n - i), 0, -1):
            concept = PHRASES.get(tuple(tokens[i:i + size]))
            if concept is not None:
                found.append(concept)
                i += size
                break
        else:
            i += 1
    return found
