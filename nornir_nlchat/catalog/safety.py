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
    "turn": re.compile(r"^(?:\S+\s+){0,4}?(?:off|on)\b"),
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
    "make": re.compile(r"^(?!sure\b)(?:\S+\s+){0,5}?(?:an?\s+|new\s+)*"
                       r"(?:vlan|port|interface|trunk|acl|route|user|access\s+port|"
                       r"routed\s+port|member|untagged|tagged)\b"),
    "default": re.compile(r"^(?:the\s+|this\s+|that\s+)?(?:interface|int|port|config\w*|"
                          r"settings|[a-z]+-?\d[\d/.:-]*)\b"),
    # "get rid of vlan 30", "tear down the session", "blow away the config"
    "get": re.compile(r"^(?:rid\s+of|(?:\S+\s+){0,3}?back\s+(?:up|online|on))\b"),
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
    "next", "after", "that", "yes", "sure", "alright", "go", "ahead",
])
# "the router needs a reboot", "please reboot", "could you wipe ...": a change asked for
# anywhere in the sentence.
_MODAL = re.compile(
    r"\b(?:needs?|requires?|required|want|wanna|wants|would like|i'd like|should|must|"
    r"have to|has to|"
    r"go ahead and|please|pls|kindly|can you|could you|would you|will you|let's|lets|time to|"
    r"need you to|i need|try to|help me)\s+(?:to\s+|a\s+|an\s+|be\s+|the\s+|it\s+|us\s+|me\s+|"
    r"quick\s+|quickly\s+|just\s+|get\s+)*(?P<verb>[a-z-]+)")
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
_WISH = re.compile(r"\b(?:needs?|must|should|has\s+to|have\s+to|got\s+to|gotta|wants?|wanted|"
                   r"wanna|would\s+like|i'?d\s+like)\b")
_WISH_SKIP = frozenset(["to", "be", "get", "got", "been", "have", "having", "it", "them", "this",
                        "that", "the", "a", "an", "all", "my", "our", "these", "those", "its"])
# Words that make the wish one to *know* something ("I need to see which ports are disabled").
_WISH_READ = frozenset(["see", "know", "check", "find", "understand", "learn", "verify",
                        "confirm", "whether", "if", "why", "when", "which", "what", "how", "show",
                        "list", "display", "look", "view", "tell", "ask", "read", "print", "dump",
                        "pull", "grab", "fetch", "monitor", "watch", "compare", "troubleshoot"])
_IRREGULAR = {"shut": "shut", "reset": "reset", "set": "set", "put": "put", "brought": "bring",
              "taken": "take", "undone": "undo", "upped": "up"}


# Verbs that are also nouns (conditional above); wished for, their object came first ("the
# mtu needs to be increased"), so the participle alone is the change.
_NOUN_VERBS = frozenset(["stop", "swap", "undo", "prune", "raise", "increase", "decrease",
                         "reduce", "bump"])


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
        words = re.findall(r"[a-z0-9'/.:-]+", lower[match.end():])
        seen = 0
        for index, word in enumerate(words):
            if word in _WISH_READ:
                break
            if word in _WISH_SKIP:
                continue
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
    for match in _MODAL.finditer(lower):
        verb = _verb(match.group("verb"))
        if verb in _IMPERATIVE or (verb in _CONDITIONAL and _CONDITIONAL[verb].match(
                lower[match.end():].strip())):
            verb = _canonical_verb(verb, lower[match.end():])
            return WriteRequest(verb, verb in DESTRUCTIVE, _reason(verb, verb in DESTRUCTIVE))
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


def _clause(clause: str) -> WriteRequest | None:
    words = clause.split()
    i = 0
    while i < len(words) and words[i].strip("'\",.:") in _FILLER:
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
    if verb in _EVENT_VERBS and _ABOUT_PAST.search(rest):
        return None  # "reload reason", "reboot history": a question about a past event
    if verb in _CONDITIONAL and (verb not in _IMPERATIVE):
        if not _CONDITIONAL[verb].match(rest):
            return None
    elif verb not in _IMPERATIVE:
        return None
    # "enable" / "disable" alone as the topic of a question ("enable password?") is rare;
    # anything else in imperative position asks for a change.
    verb = _canonical_verb(verb, rest)
    return WriteRequest(verb, verb in DESTRUCTIVE, _reason(verb, verb in DESTRUCTIVE))
