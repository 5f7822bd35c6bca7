"""Recognise requests that would change a device, however they are worded.

This is the *provider-side* safety net: it looks at the words of a request (not at a
command) and says whether the person asks for a change — "reload the router", "no shut
gi0/1", "can you wipe the config", "copy run start", "show run | redirect flash:x",
"rеboot" with a Cyrillic ``е``, or an instruction smuggled into the request. The read-only
guard (:mod:`nornir_nlchat.translate.guard`) still re-checks every command that is produced.

Questions *about* past changes ("when did it last reload?", "why did it reboot") are not
change requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from nornir_nlchat.catalog import text as _text
from nornir_nlchat.catalog import vocab


@dataclass(frozen=True)
class WriteRequest:
    """A request that asks for a change.

    Attributes:
        verb: The word that asks for the change (``"reload"``, ``"shutdown"``...).
        destructive: True for restarts, erasures and deletions (never done, even in
            write mode).
        reason: A sentence for the person.
    """

    verb: str
    destructive: bool
    reason: str


DESTRUCTIVE = frozenset([
    "reload", "reboot", "restart", "erase", "wipe", "delete", "remove", "format", "zeroize",
    "halt", "poweroff", "power-off", "purge", "factory", "boot", "rollback", "uninstall",
    "downgrade", "upgrade", "install", "truncate", "overwrite", "replace", "kill",
    "powercycle", "decommission", "nuke", "destroy", "obliterate", "trash", "squeeze",
    "restore", "failover", "switchover",
])

# Verbs that start an imperative change request.
_IMPERATIVE = frozenset([
    "reload", "reboot", "restart", "erase", "wipe", "delete", "remove", "format", "shutdown",
    "shut", "disable", "enable", "clear", "reset", "flush", "write", "wr", "save", "copy",
    "commit", "rollback", "configure", "set", "change", "modify", "update", "add", "create",
    "assign", "move", "rename", "apply", "push", "upgrade", "downgrade", "install",
    "uninstall", "debug", "undebug", "kill", "bounce", "deactivate", "activate", "unshut",
    "zeroize", "replace", "purge", "edit", "tag", "untag", "attach", "detach", "bind",
    "unbind", "halt", "overwrite", "truncate", "unblock", "permit", "deny", "allow", "revert",
    "provision", "re-enable", "reenable", "renumber", "readdress",
    # port and session resets in engineers' slang
    "flap", "cycle", "toggle", "kick", "reseat", "resync", "vsxsync", "powercycle",
    "disconnect", "logoff", "logout", "unplug", "decommission", "quarantine", "isolate",
    # slang for wiping and clearing
    "nuke", "zap", "destroy", "obliterate", "trash", "scrub", "squeeze", "hardcode",
    # putting back, keeping, calling off and forcing: changes too
    "restore", "persist", "cancel", "abort", "promote", "demote", "force", "terminate",
    "tweak", "adjust", "regenerate", "unlock", "blacklist", "whitelist", "blocklist",
    "allowlist", "renew", "suspend", "mute", "unmute", "silence", "reinitialize", "reinit",
    "reapply", "recreate", "reconfigure", "rotate", "merge", "grant", "revoke",
    # routing changes
    "withdraw", "advertise", "redistribute", "announce", "originate", "inject", "leak",
])
# A determiner, an interface or a number: what a verb that is also a noun ("stop", "swap",
# "increase") needs after it to be a change ("increase the mtu", not "increase in errors").
_OBJECT = r"the|this|that|these|those|its|their|our|my|all|both|it|them|\S*\d\S*"
_SETTING = (r"mtu|speed|duplex|priority|cost|metric|weight|preference|timers?|bandwidth|power|"
            r"threshold|limit|buffers?|hold\w*|keepalive\w*|hello|dead|interval|retries|size")


def _with_object(words: str = "") -> re.Pattern[str]:
    """The next word is an object (``_OBJECT``) or one of ``words`` (an alternation)."""
    return re.compile(rf"^(?:{_OBJECT}|{words})\b" if words else rf"^(?:{_OBJECT})\b")
# Verbs that only mean a change with a particular next word.
_CONDITIONAL = {
    "no": re.compile(r"^(?:shut\w*|ip|ipv6|vlan|interface|int|switchport|description|desc|router|"
                     r"feature|spanning|logging|ntp|snmp|access|username|lldp|cdp|service|channel|"
                     r"neighbor|network|route|bgp|ospf|enable|lacp|mac|aaa|banner|hostname|"
                     r"standby|vrrp|hsrp|negotiation|speed|duplex|mtu|poe|power)\b"),
    "boot": re.compile(r"^(?:from|system|into|the\s+(?:primary|secondary|other)|primary|secondary|"
                       r"image|up|off|using|to)\b"),
    "load": re.compile(r"^(?:config\w*|image|file|software|from|merge|override|replace|set|the\s+"
                       r"(?:config|image|file|backup))\b"),
    "power": re.compile(r"^(?:cycle|off|down|on|up)\b"),
    "turn": re.compile(r"^(?:\S+\s+){0,4}?(?:off|on|up|down)\b"),
    "hook": re.compile(r"^(?:\S+\s+){0,4}?up\b"),
    # "gi0/2 needs to go into vlan 30", "port 5 has to go down"
    "go": re.compile(r"^(?:(?:in|into|onto|to)\s+(?:the\s+)?(?:vlan|trunk|access|shutdown|"
                     r"port-channel|lag|bundle)|down|offline|dark)\b"),
    "bring": re.compile(r"^(?:\S+\s+){0,4}?(?:up|down)\b"),
    "take": re.compile(r"^(?:\S+\s+){0,4}?(?:down|offline|out)\b"),
    "pull": re.compile(r"^(?:\S+\s+){0,4}?out\b"),
    "clean": re.compile(r"^(?:up|out)\b"),
    "tidy": re.compile(r"^up\b"),
    "lower": re.compile(r"^(?:the|its|their|this|that|a|an|it)\b"),
    "refresh": re.compile(r"^(?:the\s+)?(?:\S+\s+){0,3}?(?:sessions?|peers?|neighbou?rs?|bgp|ospf|"
                          r"arp|mac|dhcp|leases?|adjacenc(?:y|ies)|routes?)\b"),
    "sync": re.compile(r"^(?:the\s+)?(?:clock|time|config\w*|vsx|peers?|it|them|up|with|now)\b"),
    "schedule": re.compile(r"^(?:a\s+|an\s+|the\s+)?(?:\S+\s+)?(?:reload|reboot|restart|upgrade|"
                           r"shutdown|power\s*cycle|maintenance)\b"),
    "switch": re.compile(r"^(?:off|on)\b"),
    "put": re.compile(r"^(?:\S+\s+){0,6}?(?:in|into|on|to)\b"),
    # "make a new vlan", "make this port an access port", "make gi0/1 a trunk"
    # (not "make sure ...", "make a list of ...")
    "make": re.compile(r"^(?!sure\b|an?\s+(?:list|table|report|summary|note)\b)"
                       r"(?:\S+\s+){0,5}?(?:an?\s+|new\s+)*"
                       r"(?:vlan|port|interface|trunk|acl|route|user|access\s+port|"
                       r"routed\s+port|member|untagged|tagged|admin|administrator|root|"
                       r"active|standby|primary|secondary|master)\b"),
    "default": re.compile(r"^(?:the\s+|this\s+|that\s+)?(?:interface|int|port|config\w*|"
                          r"settings|[a-z]+-?\d[\d/.:-]*)\b"),
    # "get rid of vlan 30", "get gi0/2 into vlan 30", "tear down the session", "blow away the
    # config"
    "get": re.compile(r"^(?:rid\s+of|(?:\S+\s+){0,3}?back\s+(?:up|online|on)|(?!me\b|us\b)"
                      r"(?:\S+\s+){1,3}?(?:into|onto|added\s+to|moved\s+to|removed\s+from))\b"),
    "tear": re.compile(rf"^(?:down\s+(?:{_OBJECT}|bgp|ospf|sessions?|tunnels?|peers?|"
                       r"neighbou?rs?|links?|ports?|interfaces?|vlans?)\b|(?:\S+\s+){1,4}?down\b)"),
    # verbs that are also nouns: a change only with an object ("stop the process", "swap
    # gi0/1 and gi0/2", "increase the mtu"), not "increase in errors", "swap usage"
    "stop": re.compile(r"^(?!(?:in|of|at|for|on|reasons?|codes?|bits?|times?|events?|counts?|"
                       r"history|words?)\b)\S"),
    "swap": re.compile(r"^(?!(?:in|of|usage|space|memory|files?|utili[sz]ation|used|size|"
                       r"free|total)\b)\S"),
    "undo": _with_object(r"last|changes?|config\w*|commit"),
    "prune": _with_object(r"vlans?"),
    **{verb: _with_object(_SETTING) for verb in ("raise", "increase", "decrease", "reduce",
                                                  "bump")},
    "blow": re.compile(r"^(?:\S+\s+){0,4}?away\b"),
    "knock": re.compile(r"^(?:\S+\s+){0,4}?(?:down|offline|out)\b"),
    # "empty the log buffer", "empty the arp cache" (not "empty ports?")
    "empty": re.compile(r"^(?:the\s+|out\s+)*(?:\S+\s+)?(?:log\w*|buffer|cache|table|arp|mac|"
                        r"counters?|config\w*|flash|bootflash|disk)\b"),
    "block": re.compile(r"^(?:port|interface|the|traffic|mac|ip|vlan|host|\d)"),
    "drop": re.compile(r"^(?:the\s+)?(?:bgp|ospf|session|sessions|neighbor|peer|link|port|"
                       r"interface|connection|traffic|packets from)\b"),
    "request": re.compile(r"^system\b"),
    # "correct the ip address on vlan 10", "fix the mtu to 9000": a setting or a new value.
    # "fix it", "fix the network", "fix the bgp session" ask for help, not for one change:
    # they are asked back about.
    **{verb: re.compile(r"^(?:(?:the|its|their|our|my|this|that)\s+)?(?:\S+\s+){0,3}?(?:"
                        r"ip|address|addresses|mtu|speed|duplex|description|hostname|gateway|"
                        r"netmask|mask|native|access\s+vlan|ntp\s+server|dns\s+server|"
                        r"default\s+route|static\s+route|priority|cost)\b"
                        r"|^(?:\S+\s+){1,5}?(?:to|as)\s+(?:be\s+)?\S*\d")
       for verb in ("fix", "correct")},
    "point": re.compile(r"^(?!to\b)(?:\S+\s+){1,5}?(?:at|to|towards)\s+\S"),
    "discard": _with_object(r"changes?|uncommitted|candidate|pending|edits?|config\w*"),
    "fail": re.compile(r"^over\b"),
    "failover": re.compile(rf"^(?:to|now|over|{_OBJECT})\b"),
    "switchover": re.compile(rf"^(?:to|now|{_OBJECT})\b"),
    # "give gi0/7 the description printer" (not "give me ...", "give the description of ...")
    "give": re.compile(r"^(?!me\b|us\b|him\b|her\b|them\b)(?:\S+\s+){1,3}?(?:an?\s+|the\s+|new\s+)*"
                       r"(?:description|name|hostname|ip|address|vlan|access|priority|password|"
                       r"role|privileges?|speed|mtu|cost)\b(?!\s+(?:of|for)\b)"),
    "label": re.compile(r"^(?!me\b)(?:\S+\s+){1,4}?(?:as|with)\b"),
    "generate": re.compile(r"^(?:(?:a|an|the|new|fresh|my)\s+)*(?:\S+\s+){0,2}?(?:keys?|"
                           r"key-?pairs?|certificates?|certs?|crypto|rsa|csr|self-signed)\b"),
    "lock": re.compile(r"^(?:out|down|\S+\s+out)\b|^(?:the\s+)?(?:port|user|account|console|line|"
                       r"config\w*|interface)\b"),
    "strip": _with_object(r"vlans?|tags?|tagging"),
    "release": re.compile(r"^(?:the\s+|this\s+|that\s+|all\s+|its\s+)?(?:\S+\s+){0,2}?"
                          r"(?:dhcp|leases?|ip|address(?:es)?|locks?|sessions?|port|interface)\b"),
    # "start a packet capture", "begin debugging ospf" (not "start time", "begin of the log")
    **{verb: re.compile(r"^(?:(?:a|an|the|new)\s+)*(?:\S+\s+){0,2}?(?:capture|captures|debug\w*|"
                        r"trac(?:e|ing)|monitor\w*|mirror\w*|span|pcap|tcpdump|process|service|"
                        r"daemon|flood\w*|upgrade|reload|reboot|restart|install\w*|erase|deletion|"
                        r"rollback|migration|maintenance|failover|switchover|shutdown|reset|"
                        r"commit|flap|bounce|power\s*cycle|factory|wipe)\b")
       for verb in ("start", "begin", "launch", "initiate", "perform", "issue", "trigger")},
    "open": re.compile(r"^(?:up\s+)?(?:the\s+)?(?:telnet|ssh|https?|snmp|firewall|access|tcp|udp|"
                       r"port\s+\d+)\b"),
    "close": re.compile(r"^(?:the\s+|all\s+|that\s+|this\s+|my\s+|his\s+|her\s+|\S+'s\s+)?"
                        r"(?:\S+\s+){0,2}?(?:sessions?|connections?|telnet|ssh|vty|lines?|"
                        r"port\s+\d+)\b"),
    # "spin up a vlan", "stand up a bgp peer", "stand down the tunnel"
    "spin": re.compile(r"^(?:\S+\s+){0,5}?(?:up|down)\b"),
    "stand": re.compile(r"^(?:\S+\s+){0,4}?(?:up|down)\b"),
    "roll": re.compile(r"^back\b"),
    "admin": re.compile(r"^(?:down|up|disable|enable|shut\w*)\b"),
    "hard": re.compile(r"^(?:reset|reboot|reload|restart|power|code|set|wire)\b"),
    "soft": re.compile(r"^(?:reset|reboot|reload|restart|clear)\b"),
    "cold": re.compile(r"^(?:reset|reboot|reload|restart)\b"),
    "warm": re.compile(r"^(?:reset|reboot|reload|restart)\b"),
    "log": re.compile(r"^(?:(?!messages?\b|entries\b|lines?\b|buffer\b|files?\b)\S+\s+){0,2}"
                      r"(?:off|out)\b"),
    "sign": re.compile(r"^(?:off|out)\b"),
    "zero": re.compile(r"^(?:out\s+)?(?:the\s+|all\s+)*(?:counters?|stats|statistics|config\w*|"
                       r"\S+\s+counters?)\b"),
    "terminal": re.compile(r"^(?:monitor|mon|length|width|no|exec)\b"),
    "conf": re.compile(r"^(?:t|term|terminal)\b"),
    "config": re.compile(r"^(?:t|term|terminal)\b"),
    "run": re.compile(r"^['\"`]?(?:reload|reboot|erase|delete|format|write|copy|clear|conf\w*)\b"),
    "execute": re.compile(r"^\S+"),
    "exec": re.compile(r"^\S+"),
    "do": re.compile(r"^(?:reload|reboot|erase|delete|format|write|wr|copy|clear|conf\w*|shut\w*|"
                     r"no\s+shut\w*)\b"),
}
# Words stripped from the start of a clause before looking at its verb.
_FILLER = frozenset([
    "please", "pls", "plz", "kindly", "can", "could", "would", "will", "you", "u", "i", "we",
    "want", "wanna", "need", "needs", "to", "let", "lets", "let's", "us", "go", "ahead", "and",
    "now",
    "then", "just", "also", "quickly", "immediately", "hey", "hi", "ok", "okay", "so", "the",
    "mind", "like", "d", "wish", "must", "should", "have", "has", "it", "is", "its", "time",
    "for", "help", "me", "do", "a", "an", "try", "trying", "attempt", "gonna", "gotta",
    "shall", "may", "might", "actually", "really", "right", "away", "asap", "first", "finally",
    "next", "after", "that", "yes", "sure", "alright", "go", "ahead", "maybe", "perhaps",
    "possibly", "simply", "kindly", "pretty", "quick",
])
# "the router needs a reboot", "please reboot", "could you wipe ...": a change asked for
# anywhere in the sentence.
_MODAL = re.compile(
    r"\b(?:needs?|requires?|required|want|wanna|wants|would like|i'd like|should|must|"
    r"have to|has to|ought to|"
    r"go ahead and|please|pls|kindly|can you|could you|would you|will you|let's|lets|time to|"
    r"need you to|i need|try to|help me)\s+(?:to\s+|a\s+|an\s+|be\s+|the\s+|it\s+|us\s+|me\s+|"
    r"quick\s+|quickly\s+|just\s+|get\s+)*(?P<verb>[a-z-]+)")
# A change asked for inside a question or a suggestion: "is it possible to erase the config?",
# "would it be ok to reload tonight?", "any chance you could reboot it?", "how about
# restarting the switch", "why don't you restart it", "mind rebooting the box?".
_ASK = re.compile(
    r"\b(?:(?:possible|safe|ok|okay|alright|fine|able|allowed|permitted|chance|way|time)\s+"
    r"(?:for\s+(?:you|me|us)\s+)?to|(?:you|u)\s+(?:could|can|would|will|might)|"
    r"why\s+(?:don'?t|dont|not|won'?t|wont)(?:\s+(?:you|we|u))?|how\s+about|what\s+about|"
    r"mind|care\s+to|up\s+for|(?P<wish>(?:(?:appreciate|great|grateful|good|nice|helpful|"
    r"awesome|perfect)\s+(?:it\s+)?|what\s+)if\s+(?:you|u|we|someone|somebody)"
    r"(?:\s+(?:could|can|would|will|just))?))"
    r"\s+(?:please\s+|just\s+|quickly\s+|maybe\s+|kindly\s+|go\s+ahead\s+and\s+)*"
    r"(?P<verb>[a-z'-]+)")
_RAW_WRITE = (
    (re.compile(r"\|\s*(?:redirect|tee|append|save|copy|write|out|file)\b"), "redirect", False),
    (re.compile(r"(?<![-=])>\s*\S"), "redirect", False),
    (re.compile(r"\bwr(?:ite)?\s+(?:mem(?:ory)?|erase|net(?:work)?)\b"), "write", False),
    (re.compile(r"\bcopy\s+(?:run\w*|start\w*|tftp|scp|ftp|http|flash|usb|sftp)\S*\s+\S+"), "copy",
     False),
    (re.compile(r"\bconf(?:ig(?:ure)?)?\s+t(?:erm(?:inal)?)?\b"), "configure", False),
    (re.compile(r"\bconfigure\s+(?:exclusive|private|replace|session)\b"), "configure", False),
    (re.compile(r"\brequest\s+system\s+(?:reboot|halt|power-?off|zeroize|software|snapshot|"
                r"storage)"), "request system", True),
    (re.compile(r"\bfactory[- ]?(?:reset|default|defaults)\b"), "factory reset", True),
    (re.compile(r"\b(?:write|erase)\s+(?:erase|startup|nvram|flash|config)"), "erase", True),
    (re.compile(r"\b(?:format|delete|erase|del)\s+\S*:"), "delete", True),
    (re.compile(r"\bclear\s+(?:ip|bgp|arp|mac|counters|logging|log|interface|spanning|lacp|ospf|"
                r"line|port-security|dhcp|access|crypto|ipv6|statistics|session|config)"),
     "clear", False),
    (re.compile(r"\b(?:commit)\s+(?:confirmed|check|and-quit|synchronize|comment)\b"), "commit",
     False),
    (re.compile(r"\bno\s+shut(?:down)?\b"), "no shutdown", False),
    # "dump the config to tftp", "back up the config to a server": copies off the device
    (re.compile(r"\b(?:dump|back\s*up|save|export|send|upload|push|archive|copy|transfer)\b.{0,40}?"
                r"\b(?:to|onto|into)\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:tftp|ftp|scp|sftp|https?|usb|"
                r"flash|bootflash|disk|file|server|remote|host)\b"), "copy", False),
    (re.compile(r"\b(?:rollback|revert)\s+(?:to\s+)?(?:\d|rescue|the\s+config|config)"),
     "rollback", False),
    # "let port 12 be a member of vlan 40", "let gi0/3 join the port-channel"
    (re.compile(r"\blet\s+(?!me\b|us\b|you\b|it\s+be\b)(?:\S+\s+){1,4}?(?:be(?:come)?|join)\s+"
                r"(?!known\b|seen\b|shown\b)\S"), "configure", False),
)
_INJECTION = (
    re.compile(r"\b(?:ignore|disregard|forget|override|bypass|disable|skip|turn off)\b.{0,40}?"
               r"\b(?:instructions?|rules?|previous|above|safety|guard|guardrails?|restrictions?|"
               r"read[- ]only|prompt|policy|policies)\b"),
    re.compile(r"\b(?:write|config|configuration|enable|admin|god|root|developer|maintenance|"
               r"unrestricted|unsafe|danger)[- ]mode\b"),
    re.compile(r"\ballow[_ ]write\b|\bjailbreak|\bsystem\s*prompt\b|\byou are now\b|"
               r"\bact as\b|\bpretend\b|\bnew instructions\b"),
)
# "I'd like gi0/4 turned off", "the port needs to be disabled", "want the counters cleared":
# a change asked for as a wish, with the verb as a past participle.
_WISH = re.compile(r"\b(?:needs?|must|should|ought\s+to|has\s+to|have\s+to|got\s+to|gotta|wants?|"
                   r"wanted|wanna|would\s+like|i'?d\s+like)\b")
# "interfaces that need to be shut", "ports which must be disabled": the wish describes them.
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+$")
_WISH_SKIP = frozenset(["to", "be", "get", "got", "been", "have", "having", "it", "them", "this",
                        "that", "the", "a", "an", "all", "my", "our", "these", "those", "its"])
# Words that make the wish one to *know* something ("I need to see which ports are disabled").
_WISH_READ = frozenset(["see", "know", "check", "find", "understand", "learn", "verify",
                        "confirm", "whether", "if", "why", "when", "which", "what", "how", "show",
                        "list", "display", "look", "view", "tell", "ask", "read", "print", "dump",
                        "pull", "grab", "fetch", "monitor", "watch", "compare", "troubleshoot"])
# A state wished on something named before it; a copula ends the wish ("... that are down"
# describes ports, it asks nothing of them).
_WISH_STATE = frozenset(["up", "down", "off", "offline", "online"])
_COPULA = frozenset(["is", "are", "was", "were", "being", "currently", "still", "already"])
_IRREGULAR = {"shut": "shut", "reset": "reset", "set": "set", "put": "put", "brought": "bring",
              "taken": "take", "undone": "undo", "upped": "up", "gone": "remove"}


# Verbs that are also nouns (conditional above); wished for, their object came first ("the
# mtu needs to be increased"), so the participle alone is the change.
_NOUN_VERBS = frozenset(["stop", "swap", "undo", "prune", "raise", "increase", "decrease",
                         "reduce", "bump"])


def _gerund_base(word: str) -> list[str]:
    """Verbs ``word`` may be the -ing form of ("rebooting" -> reboot, "shutting" -> shut)."""
    if not word.endswith("ing") or len(word) < 6:
        return [word]
    stem = word[:-3]
    bases = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.append(stem[:-1])
    return bases


def _participle_base(word: str) -> list[str]:
    """Verbs ``word`` may be the past participle of ("disabled" -> disable, "dropped" -> drop)."""
    if word in _IRREGULAR:
        return [_IRREGULAR[word]]
    if not word.endswith("ed") or len(word) < 4:
        return []
    bases = [word[:-2], word[:-1]]
    if len(word) > 4 and word[-3] == word[-4]:
        bases.append(word[:-3])
    return bases


def _wished_change(lower: str) -> str | None:
    for match in _WISH.finditer(lower):
        if _RELATIVE.search(lower[:match.start()]):
            continue  # "interfaces that need to be shut": describes them, asks nothing
        words = re.findall(r"[a-z0-9'/.:-]+", lower[match.end():])
        seen = 0
        for index, word in enumerate(words):
            if word in _WISH_READ or word in _COPULA:
                break
            if word in _WISH_SKIP:
                continue
            if word in _WISH_STATE and (seen or (
                    index and words[index - 1] == "be" and not match.group().startswith("s"))):
                # "we need port 5 back up", "I want gi0/3 down", "gi0/3 needs to be off"
                # (not "I want the down ports", "I need the ports that are down", nor "port 5
                # should be up": how it is meant to be, said when it is not)
                return "shutdown" if word in {"down", "off", "offline"} else "enable"
            rest = " ".join(words[index + 1:])
            for base in _participle_base(word):
                if base in _IMPERATIVE or base in _NOUN_VERBS or (
                        base in _CONDITIONAL and _CONDITIONAL[base].match(rest)):
                    return _canonical_verb(base, rest)
            seen += 1
            if seen >= 4:
                break
    return None


_CLAUSE_SPLIT = re.compile(r"[;!?\n\r|]+|[.,](?=\s|$)|\s+-\s+|&&|\band then\b|\bthen\b|\band\b|"
                           r"\balso\b|\bafter that\b|\bafterwards\b")
_QUESTION_START = frozenset([
    "when", "why", "how", "did", "does", "do", "was", "were", "has", "have", "had", "is",
    "are", "which", "what", "who", "whom", "whose", "where", "show", "list", "display", "tell",
    "check", "whether", "if", "since", "any",
])
_SPELLED = re.compile(r"(?<![\w/])(?:[a-z][\s.\-_*]+){2,}[a-z](?![\w/])")
_EVENT_VERBS = frozenset({"reload", "reboot", "restart", "reset", "crash"})
_ABOUT_PAST = re.compile(r"\b(?:reasons?|causes?|history|why|when|last|uptime|since|logs?|time|"
                         r"times|date|happened|occurred)\b")
# What an order names right after its verb ("reboot the switch ...", "reload it ...").
_ORDER_OBJECT = re.compile(rf"^(?:{_OBJECT}|switch|switches|router|routers|device|devices|box|"
                           r"core|stack|chassis|unit|member|node|supervisor|sup|firewall)\b")
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})


def _verb(word: str) -> str:
    word = word.lower().strip("'\"`*_")
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and "/" not in word:
        folded = word.translate(_LEET)
        if folded.isalpha():
            word = folded
    word = word.replace("-", "") if word not in {"power-off", "re-enable"} else word
    return vocab.correct(word) if word.isalpha() else word


def _reason(verb: str, destructive: bool) -> str:
    if destructive:
        return (f"'{verb}' would restart, erase or remove something on the device. nlchat never "
                "does that: it runs read-only commands (and, in write mode, only a few "
                "configuration changes).")
    return (f"'{verb}' would change the device's state or configuration. nlchat is read-only "
            "unless write mode is enabled explicitly (allow_write=True).")


# "do a vsx failover", "force a switchover": the change named as a noun after "do" / "force"
# ("do" is filler to the clause reader, so "vsx failover" alone would read as a topic)
# An order, so at the start of the request ("did they do a failover?" asks about the past).
_DO_CHANGE = re.compile(r"^(?:(?:please|pls|kindly|now|just|ok|okay|hey|hi|so|can\s+you|"
                        r"could\s+you|would\s+you|will\s+you|go\s+ahead\s+and|let'?s)[\s,]+)*"
                        r"(?:do|force)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?"
                        r"(?P<verb>failover|fail-over|switchover|switch-over)\b")


def detect(query: str) -> WriteRequest | None:
    """Say whether ``query`` asks for a change to the device.

    >>> detect("reload the router").verb
    'reload'
    >>> detect("can you please shut down gi0/3").verb
    'shutdown'
    >>> detect("rеboot now").destructive  # Cyrillic 'е'
    True
    >>> detect("show run | redirect flash:backup.cfg").verb
    'redirect'
    >>> detect("when did it last reload?") is None
    True
    >>> detect("list err-disabled ports") is None
    True
    """
    cleaned = _text.clean(query)
    # "r e l o a d", "r.e.b.o.o.t": letters spelled out one by one
    lower = _SPELLED.sub(lambda m: re.sub(r"[\s.\-_*]+", "", m.group(0)), cleaned.lower())
    for pattern in _INJECTION:
        if pattern.search(lower):
            return WriteRequest("instructions", False,
                                "The request tries to change how nlchat behaves (instructions, "
                                "modes, safety rules). That cannot be done from a request; nlchat "
                                "stays read-only unless the caller enables write mode.")
    for pattern, verb, destructive in _RAW_WRITE:
        if pattern.search(lower):
            return WriteRequest(verb, destructive, _reason(verb, destructive))
    done = _DO_CHANGE.match(lower.strip())
    if done is not None:
        verb = done.group("verb").replace("-", "")
        return WriteRequest(verb, True, _reason(verb, True))
    for match in _MODAL.finditer(lower):
        if _RELATIVE.search(lower[:match.start()]):
            continue
        verb = _verb(match.group("verb"))
        if verb in _IMPERATIVE or (verb in _CONDITIONAL and _CONDITIONAL[verb].match(
                lower[match.end():].strip())):
            verb = _canonical_verb(verb, lower[match.end():])
            return WriteRequest(verb, verb in DESTRUCTIVE, _reason(verb, verb in DESTRUCTIVE))
    for match in _ASK.finditer(lower):
        rest = lower[match.end():].strip()
        word = match.group("verb")
        # "... if you reloaded it": a participle only after a wish ("what about rebooted
        # switches?" asks about switches)
        bases = _gerund_base(word) + (_participle_base(word) if match.group("wish") else [])
        for base in bases:
            verb = _verb(base)
            if verb in _EVENT_VERBS and _ABOUT_PAST.search(rest) \
                    and not _ORDER_OBJECT.match(rest):
                continue  # "what about reload reasons?"
            if verb in _IMPERATIVE or (verb in _CONDITIONAL and _CONDITIONAL[verb].match(rest)):
                verb = _canonical_verb(verb, rest)
                return WriteRequest(verb, verb in DESTRUCTIVE,
                                    _reason(verb, verb in DESTRUCTIVE))
    wished = _wished_change(lower)
    if wished is not None:
        return WriteRequest(wished, wished in DESTRUCTIVE, _reason(wished, wished in DESTRUCTIVE))
    for clause in _CLAUSE_SPLIT.split(lower):
        found = _clause(clause)
        if found is not None:
            return found
    return None


def _canonical_verb(verb: str, rest: str) -> str:
    rest = rest.strip()
    if verb == "shut" and rest.startswith("down"):
        return "shutdown"
    if verb == "hard" and re.match(r"^(?:code|set|wire)\b", rest):  # "hard code the speed"
        return "set"
    if verb in {"hard", "cold", "warm"}:  # "hard reset the box": a restart
        return "reload"
    if verb == "schedule":  # "schedule a reload": the change scheduled
        m = re.search(r"\b(reload|reboot|restart|upgrade|shutdown)\b", rest)
        return m.group(1) if m else "schedule"
    if verb == "soft":  # "soft reset the bgp peer": a session reset, no restart
        return "clear"
    if verb == "take" and re.match(r"^(?:\S+\s+){0,4}?out\b", rest):  # out of the bundle
        return "remove"
    if verb in {"turn", "switch", "bring", "take"}:
        return "shutdown" if re.match(r"^(?:\S+\s+){0,4}?(?:off|down)\b", rest) else "enable"
    if verb == "power":
        return "power-off" if re.match(r"^(?:off|down|cycle)\b", rest) else "power-on"
    if verb in {"tear", "knock"}:  # "tear down the session", "knock the port offline"
        return "shutdown"
    if verb == "get" and rest.startswith("rid"):
        return "remove"
    return {"wr": "write", "shut": "shutdown", "get": "enable", "blow": "delete",
            "empty": "clear", "zap": "clear", "pull": "remove",
            "clean": "delete", "tidy": "delete", "hardcode": "set", "lower": "set",
            "refresh": "clear", "sync": "synchronise", "log": "logout",
            "sign": "logout"}.get(verb, verb)


# "after the upgrade", "before a reload", "during last night's restart": the verb is a noun
# naming an event, not an order.
_ASKING_MODAL = frozenset(["will", "would", "could", "can", "should", "shall", "may", "might",
                           "does", "did"])
# A clause opened by one of these is a yes/no question (a change asked as a question is caught
# by _ASK: "is it possible to ...", "is it ok to ...").
_YES_NO = frozenset(["is", "are", "was", "were", "does", "did", "has", "had", "isn't", "aren't",
                     "wasn't", "doesn't", "didn't", "hasn't"])
_TEMPORAL = frozenset(["after", "before", "since", "during", "following", "until", "till",
                       "prior", "post", "pre"])
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|its|their|our|my|last|latest|recent|previous|"
                         r"next|yesterday'?s|today'?s|tonight'?s|last\s+night'?s|\S+'s)$")


def _is_filler(word: str) -> bool:
    """A filler word, or "please" misspelt ("pleae", "plase", "pelase"): "hi pleae bounce
    fa0/14" is still an order.

    >>> _is_filler("pleae"), _is_filler("pelase"), _is_filler("place")
    (True, True, False)
    """
    if word in _FILLER:
        return True
    return 5 <= len(word) <= 7 and word[0] == "p" and OSA.distance(word, "please") == 1


def _clause(clause: str) -> WriteRequest | None:
    words = clause.split()
    if len(words) >= 2 and words[0] in _TEMPORAL and _DETERMINER.match(
            words[2 if words[1] == "to" and len(words) > 2 else 1]):
        return None
    if len(words) >= 3 and words[0] in _ASKING_MODAL and words[1] in {"a", "an"}:
        return None  # "will a reboot fix it?", "would a reload help?": the change as a noun
    if len(words) >= 2 and words[0] in _YES_NO:
        return None  # "is a reload scheduled?", "is rebooting safe?", "was gi0/1 reset?"
    i = 0
    while i < len(words) and _is_filler(words[i].strip("'\",.:")):
        i += 1
    if i >= len(words):
        return None
    first_raw = words[i]
    if first_raw.strip("'\",.:") in _QUESTION_START:
        return None
    verb = _verb(first_raw)
    bare = first_raw.strip("'\",.:")
    if bare.isalpha() and bare in {verb + "ed", verb + "d"}:
        # "disconnected ports", "isolated vlans": a participle describing state, not an
        # order (typos of verbs are still caught: "realod", "rebooots")
        return None
    rest = " ".join(words[i + 1:])
    if verb in _EVENT_VERBS and _ABOUT_PAST.search(rest) and not _ORDER_OBJECT.match(rest):
        # "reload reason", "reboot history": a question about a past event (but "reboot it
        # when you get a chance" is an order)
        return None
    if verb in _CONDITIONAL and (verb not in _IMPERATIVE):
        if not _CONDITIONAL[verb].match(rest):
            return None
    elif verb not in _IMPERATIVE:
        return None
    # "enable" / "disable" alone as the topic of a question ("enable password?") is rare;
    # anything else in imperative position asks for a change.
    verb = _canonical_verb(verb, rest)
    return WriteRequest(verb, verb in DESTRUCTIVE, _reason(verb, verb in DESTRUCTIVE))
