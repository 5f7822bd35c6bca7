"""The default provider: offline, deterministic, driven by the platforms' catalogs.

A request goes through four steps, all in-process and fast (no model, no network):

1. **Safety** – :func:`nornir_nlchat.catalog.safety.detect` decides whether the request asks
   for a change (reload, shutdown, config...). In read-only mode that is refused with a
   reason; in write mode only the catalog's few write intents are produced, never anything
   destructive.
2. **Raw commands** – a ``show ...`` command the platform's catalog knows is taken as it is.
3. **Intent recognition** – slots are extracted, words reduced to concepts, intents scored
   (:mod:`nornir_nlchat.catalog.matcher`). Vague requests get a question back with choices.
4. **Rendering** – the platform plugin's catalog turns the intent and slots into its
   command (:mod:`nornir_nlchat.catalog.render`). A platform without the intent says why.

Everything vendor-specific comes from the :class:`~nornir_nlchat.platforms.contract.PlatformPlugin`.
"""

from __future__ import annotations

import contextlib

from nornir_nlchat.catalog import intents as _intents
from nornir_nlchat.catalog import safety, vocab
from nornir_nlchat.catalog.formatting import DEFAULT_FORMATTER
from nornir_nlchat.catalog.intents import Intent
from nornir_nlchat.catalog.matcher import Analysis, Match, analyse, rank
from nornir_nlchat.catalog.render import (
    MissingSlot,
    OneVlanOnly,
    Unrenderable,
    one_vlan_reason,
    render,
)
from nornir_nlchat.catalog.text import clean
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.result import Translation

DEFAULT_CHOICES = ("interface status", "CPU usage", "memory usage", "recent logs",
                   "software version", "LLDP neighbours")
_ASK_FOR = {
    "interface": "Which interface? Name it (e.g. Gi1/0/1, Ethernet1/1, 1/1/1, ge-0/0/1, port 5).",
    "ip": "Which IP address?",
    "prefix": "Which prefix (e.g. 10.0.0.0/16)?",
    "vlan": "Which VLAN (a number from 1 to 4094)?",
    "mac": "Which MAC address?",
    "vrf": "Which VRF?",
    "acl": "Which access list (its name or number)?",
    "protocol": "Which routing protocol (BGP, OSPF, static, connected...)?",
    "section": "Which part of the configuration (BGP, OSPF, NTP, SNMP, interfaces...)?",
    "pattern": "Which word should the log lines contain?",
    "description": "What should the description say?",
}
_SLOT_INTENTS = {
    "ip": ("ping", "route_ip", "arp_ip", "traceroute", "bgp_neighbor"),
    "prefix": ("route_prefix",),
    "vlan": ("vlan_one", "mac_vlan", "stp_vlan"),
    "interface": ("interface_one", "interface_errors", "interface_config", "lldp_interface"),
    "mac": ("mac_find",),
    "vrf": ("routes_vrf", "arp_vrf"),
}


class CatalogProvider:
    """Map a request to a command from the platform's catalog.

    Args:
        min_score: The least intent score (sum of the weights of what it explains) that
            counts as understood; below it the provider asks back.
        min_coverage: The least share of the request the best intent must explain.
        raw_commands: Accept ``show ...`` commands the catalog knows, as typed.
    """

    name = "catalog"

    def __init__(self, *, min_score: int = 2, min_coverage: float = 0.34,
                 raw_commands: bool = True) -> None:
        self.min_score = min_score
        self.min_coverage = min_coverage
        self.raw_commands = raw_commands

    # ------------------------------------------------------------------ public API
    @staticmethod
    def clear_cache() -> None:
        """Forget memoised analyses (benchmarks call this to time uncached translations)."""
        from nornir_nlchat.catalog import matcher, vocab

        matcher._analyse.cache_clear()
        vocab.correct.cache_clear()

    def translate(
        self, query: str, platform: PlatformPlugin, *, allow_write: bool = False
    ) -> Translation:
        """Translate ``query`` for ``platform``.

        Returns a :class:`Translation` with status ``ok`` (the command), ``refused`` (the
        request asks for a change that is not allowed) or ``clarify`` (a question back with
        choices).
        """
        text = clean(query)
        if not any(c.isalnum() for c in text):
            return self._clarify(platform, "What would you like to know about the device?",
                                 list(DEFAULT_CHOICES))
        write = safety.detect(text)
        analysis = analyse(text)
        if write is not None:
            return self._write(write, analysis, platform, allow_write=allow_write)
        if self.raw_commands:
            raw = self._raw(text, platform)
            if raw is not None:
                return raw
        ranking = rank(analysis)
        if not ranking or ranking[0].score < self.min_score \
                or ranking[0].coverage < self.min_coverage:
            return self._vague(analysis, platform, ranking)
        return self._answer(ranking[0], ranking, analysis, platform)

    # ------------------------------------------------------------------ steps
    def _raw(self, text: str, platform: PlatformPlugin) -> Translation | None:
        return command_as_written(text, platform, self.name)

    def _answer(self, best: Match, ranking: list[Match], analysis: Analysis,
                platform: PlatformPlugin) -> Translation:
        intent = best.intent
        slots = self._slots_for(intent, analysis, platform)
        confidence = round(min(0.99, 0.5 + 0.5 * best.coverage), 2)
        rivals = [m for m in ranking[1:3] if m.score == best.score
                  and m.specificity == best.specificity]
        if rivals:
            confidence = round(confidence * 0.85, 2)
        try:
            rendered = render(intent, platform, slots)
        except LookupError:
            # an equally good reading this platform does have answers the request ("firmware
            # images on flash" where the platform lists images but no file system)
            for rival in rivals:
                if platform.commands_for(rival.intent.name):
                    return self._answer(rival, [rival], analysis, platform)
            return self._unsupported(intent, ranking, platform, confidence)
        except MissingSlot as missing:
            return Translation(
                "clarify", intent=intent.name, provider=self.name, confidence=confidence,
                reason=f"{intent.description} "
                       f"{_ASK_FOR.get(missing.kind, f'Which {missing.kind}?')}",
                platform=platform.name, choices=self._supported_labels(intent.related, platform))
        except OneVlanOnly:
            return Translation(
                "clarify", intent=intent.name, provider=self.name, confidence=confidence,
                reason=one_vlan_reason(intent, platform), platform=platform.name)
        except Unrenderable:
            return Translation(
                "clarify", intent=intent.name, provider=self.name, confidence=confidence,
                reason=f"The values given cannot be written as a {platform.display_name} "
                       "command; check the names and addresses.",
                platform=platform.name)
        reason = intent.label[:1].upper() + intent.label[1:] + "."
        if rendered.dropped:
            reason += (f" {platform.display_name} cannot narrow this by "
                       f"{', '.join(rendered.dropped)}; showing it without.")
            confidence = round(confidence * 0.9, 2)
        return Translation("ok", command=rendered.commands[0], commands=rendered.commands,
                           intent=intent.name, provider=self.name, confidence=confidence,
                           reason=reason, platform=platform.name, slots=rendered.slots)

    def _slots_for(self, intent: Intent, analysis: Analysis,
                   platform: PlatformPlugin) -> dict[str, str]:
        slots = dict(analysis.slots)
        if "pattern" in intent.needs and "pattern" not in slots and "interface" in slots:
            formatter = platform.slot_formatter or DEFAULT_FORMATTER
            with contextlib.suppress(ValueError):
                slots["pattern"] = formatter.format_slot("interface", slots["interface"])
        return slots

    def _unsupported(self, intent: Intent, ranking: list[Match], platform: PlatformPlugin,
                     confidence: float) -> Translation:
        reason = platform.unsupported.get(intent.name) or (
            f"{platform.display_name} has no command for this "
            f"({intent.description[:1].lower()}{intent.description[1:]})")
        related = list(intent.related) + [m.intent.name for m in ranking[1:4]]
        return Translation("clarify", intent=intent.name, provider=self.name,
                           confidence=confidence, reason=reason, platform=platform.name,
                           choices=self._supported_labels(related, platform))

    def _vague(self, analysis: Analysis, platform: PlatformPlugin,
               ranking: list[Match]) -> Translation:
        choices: list[str] = []
        for match in ranking[:4]:
            choices.append(match.intent.label)
        for kind, names in _SLOT_INTENTS.items():
            if kind in analysis.slots:
                value = analysis.slots[kind]
                choices.extend(f"{_intents.get(n).label} ({value})" for n in names
                               if platform.commands_for(n))
        if not choices:
            partial = [i for i in _intents.READ_INTENTS
                       if any(group & analysis.features for group in i.require)
                       and platform.commands_for(i.name)]
            choices = [i.label for i in partial[:5]]
        if not choices:
            choices = list(DEFAULT_CHOICES)
        named = [v for k, v in analysis.slots.items() if k in _SLOT_INTENTS]
        uncovered = vocab.uncovered_terms(analysis.tokens) if "uncovered" in analysis.features \
            else []
        if uncovered:
            return self._clarify(
                platform, f"I have no command for {', '.join(dict.fromkeys(uncovered))} in "
                f"the {platform.display_name} catalog. What else would you like to see?",
                list(dict.fromkeys(choices))[:6])
        question = ("That is too vague for me to pick one command. What would you like to see?"
                    if not named else
                    "What would you like to know about " + ", ".join(named) + "?")
        return self._clarify(platform, question, list(dict.fromkeys(choices))[:6])

    def _write(self, write: safety.WriteRequest, analysis: Analysis, platform: PlatformPlugin,
               *, allow_write: bool) -> Translation:
        ranking = rank(analysis, _intents.WRITE_INTENTS)
        intent_name = ranking[0].intent.name if ranking else None
        if not allow_write:
            return Translation.refused(write.reason, platform=platform.name, provider=self.name,
                                       intent=intent_name)
        if write.destructive:
            return Translation.refused(
                write.reason + " Reloads, erasures and deletions are never produced, even in "
                "write mode.", platform=platform.name, provider=self.name, intent=intent_name)
        if not ranking:
            supported = ", ".join(i.label for i in _intents.WRITE_INTENTS)
            return Translation.refused(
                f"Write mode only supports a few changes ({supported}); "
                f"'{write.verb}' as asked is not one of them.",
                platform=platform.name, provider=self.name)
        intent = ranking[0].intent
        try:
            rendered = render(intent, platform, analysis.slots)
        except LookupError:
            return Translation.refused(
                platform.unsupported.get(intent.name)
                or f"{platform.display_name} has no catalog command to {intent.label}.",
                platform=platform.name, provider=self.name, intent=intent.name)
        except MissingSlot as missing:
            return Translation(
                "clarify", intent=intent.name, provider=self.name, confidence=0.6,
                reason=f"To {intent.label}: {_ASK_FOR.get(missing.kind, f'which {missing.kind}?')}",
                platform=platform.name)
        except OneVlanOnly:
            return Translation(
                "clarify", intent=intent.name, provider=self.name, confidence=0.6,
                reason=one_vlan_reason(intent, platform), platform=platform.name)
        except Unrenderable:
            return Translation.refused(
                "The values given cannot be written safely into a command.",
                platform=platform.name, provider=self.name, intent=intent.name)
        return Translation(
            "ok", command=rendered.commands[0], commands=rendered.commands, intent=intent.name,
            provider=self.name, confidence=0.9, platform=platform.name, slots=rendered.slots,
            reason=f"Changes the device ({intent.label}): write mode is enabled. The lines are "
                   "configuration commands, in order.")

    # ------------------------------------------------------------------ helpers
    def _clarify(self, platform: PlatformPlugin, reason: str, choices: list[str]) -> Translation:
        return Translation.clarify(reason, platform=platform.name, provider=self.name,
                                   choices=choices, confidence=0.0)

    @staticmethod
    def _supported_labels(names: list[str] | tuple[str, ...],
                          platform: PlatformPlugin) -> list[str]:
        labels = [_intents.get(n).label for n in dict.fromkeys(names)
                  if n in _intents.BY_NAME and platform.commands_for(n)]
        return labels[:5]


def command_as_written(text: str, platform: PlatformPlugin, provider: str) -> Translation | None:
    """``text`` itself when it is one of the platform's read-only catalog commands (``show
    ...``, no pipe), as provider ``provider``'s answer; otherwise None."""
    command = " ".join(text.split())
    if "|" in command or not command.lower().startswith("show "):
        return None
    spec = platform.spec_for_command(command)
    if spec is None or not spec.read_only or "\n" in spec.command:
        return None
    return Translation("ok", command=command, commands=[command], intent=spec.intent,
                       provider=provider, confidence=0.95, platform=platform.name,
                       reason="A catalog command, taken as written.")
