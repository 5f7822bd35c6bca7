"""Follow-ups: a conversation remembers devices, the question and the last answer.

"and on the delhi router?" keeps the question and changes the devices; "what about
memory?" keeps the devices and changes the question; "same for all core switches" repeats
the question on a new set; "the errors on that port" fills in the interface last talked
about; "only the ones that are down" filters the last answer without running anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nlchat.answer import Answer, HostResult
from nlchat.plan import Plan
from nlchat.summaries import is_down, row_name, row_status

if TYPE_CHECKING:
    from nlchat.session import NLChat

_PREFIX = re.compile(
    r"^\s*(?:(?:and|also|ok|okay|now|then|so)[\s,]+)*"
    r"(?:(?:what|how)\s+about|same\s+(?:for|on|with)|do\s+the\s+same\s+(?:for|on)|"
    r"(?:and\s+)?(?:for|on)\s+(?=the\b|all\b|every\b))?\s*",
    re.I,
)
_FILTER = re.compile(
    r"^\s*(?:and\s+)?(?:only|just)\s+(?:show\s+)?(?:me\s+)?(?:the\s+)?"
    r"(?:ones|those|interfaces|ports|links|neighbou?rs|sessions|entries)?\s*"
    r"(?:that\s+are|which\s+are|that're|that\s+is|in\s+state)?\s*"
    r"(?P<state>down|up|err-?disabled|disabled|not\s+up|not\s+connected)\b",
    re.I,
)
_REFERENCE = re.compile(r"\b(?:that|this|the\s+same)\s+(?:port|interface|link)\b|\bit\b", re.I)
_SAME = re.compile(r"^\s*(?:(?:and|also)\s+)?(?:same|again|the\s+same)\b", re.I)


def strip_follow_up(text: str) -> str:
    """Drop the words that only mark a follow-up.

    >>> strip_follow_up("and what about memory?")
    'memory?'
    >>> strip_follow_up("same for all core switches")
    'all core switches'
    >>> strip_follow_up("show version on INBLRDC1RTR1")
    'show version on INBLRDC1RTR1'
    """
    stripped = _PREFIX.sub("", text, count=1).strip()
    return stripped or text.strip()


@dataclass
class Turn:
    """What one utterance became: a plan to run, or an answer derived without running."""

    text: str
    plan: Plan | None = None
    answer: Answer | None = None


@dataclass
class Conversation:
    """Context carried from one ask to the next.

    Args:
        chat: The NLChat session that runs the asks.
    """

    chat: NLChat
    hosts: list[str] = field(default_factory=list)
    question: str | None = None
    interface: str | None = None
    last: Answer | None = None

    # -- one utterance -------------------------------------------------------------------
    def understand(self, text: str) -> Turn:
        """Turn an utterance into a plan (or a derived answer), using the context."""
        match = _FILTER.match(text)
        if match and self.last is not None and self.last.results:
            return Turn(text, answer=self._filtered(text, match.group("state")))
        core = strip_follow_up(text)
        marked = core != text.strip() or bool(_SAME.match(text))
        if self.interface and _REFERENCE.search(core):
            core = _REFERENCE.sub(self.interface, core)
        resolution = self.chat.resolve(core)
        platform = self._platform_for(resolution.hosts or self.hosts)
        probe = self.chat.translate(core, platform) if platform else None
        has_question = probe is not None and probe.status in ("ok", "refused")
        if _SAME.match(text) and self.question:
            has_question = False
        # reuse the last question only for a follow-up: it is marked as one ("what about",
        # "and", "same for") or it names other devices; a bare vague utterance gets a question
        follow_up = marked or bool(resolution.criteria)
        question = core if has_question else (self.question if follow_up else None)
        hosts: list[str] | None
        if resolution.selected:
            hosts = list(resolution.hosts)
        elif resolution.status == "ambiguous" and self.hosts:
            hosts = self._narrow(core)
        elif not resolution.criteria and self.hosts:
            hosts = list(self.hosts)
        else:
            hosts = None
        if question is None:
            plan = Plan(text, "clarify", text="What would you like to know about "
                        + (", ".join(hosts) if hosts else "the devices") + "?")
            return Turn(text, plan=plan)
        if hosts is None:
            # let the session resolve (and report) the devices the utterance names
            plan = self.chat.plan(f"{question} {core}" if not has_question else core)
        else:
            plan = self.chat.plan(question, hosts=hosts)
        plan.said = text
        return Turn(text, plan=plan)

    def remember(self, turn: Turn, answer: Answer) -> None:
        """Update the context after a turn was answered."""
        self.last = answer
        if turn.plan is None or turn.plan.status != "ready":
            return
        ran = [h for h, r in answer.results.items() if r.command]
        if ran:
            self.hosts = ran
        self.question = turn.plan.query
        for translation in turn.plan.translations.values():
            if translation.slots.get("interface"):
                self.interface = translation.slots["interface"]
                return
        down = [row_name(r) for res in answer.results.values() for r in (res.parsed or [])
                if is_down(r)]
        if len(down) == 1:
            self.interface = down[0]

    def say(self, text: str) -> Answer:
        """Understand, run and remember one utterance (no confirmation of writes)."""
        turn = self.understand(text)
        if turn.answer is not None:
            self.last = turn.answer
            return turn.answer
        assert turn.plan is not None
        answer = self.chat.execute(turn.plan)
        self.remember(turn, answer)
        return answer

    # -- helpers -------------------------------------------------------------------------
    def _platform_for(self, hosts: list[str]) -> str | None:
        inventory = self.chat.nornir.inventory.hosts
        for name in hosts:
            if name in inventory and inventory[name].platform:
                return inventory[name].platform
        first = next(iter(inventory.values()), None)
        return first.platform if first is not None else None

    def _narrow(self, core: str) -> list[str] | None:
        """An ambiguous follow-up ("the delhi one") means a device like the last ones."""
        inventory = self.chat.nornir.inventory.hosts
        roles = {str(inventory[h].data.get("role") or "") for h in self.hosts if h in inventory}
        if len(roles) != 1 or not next(iter(roles)):
            return None
        role_words = next(iter(roles)).replace("_", " ")
        narrowed = self.chat.resolve(f"{core} {role_words}")
        return list(narrowed.hosts) if narrowed.selected else None

    def _filtered(self, text: str, state: str) -> Answer:
        assert self.last is not None
        wanted_down = not re.match(r"up$", state.strip(), re.I)
        results: dict[str, HostResult] = {}
        lines = []
        for host, result in self.last.results.items():
            rows = [r for r in (result.parsed or []) if row_status(r) is not None
                    and is_down(r) == wanted_down]
            results[host] = HostResult(host, result.platform, result.command, parsed=rows,
                                       output="")
            names = ", ".join(row_name(r) for r in rows[:30]) or "none"
            lines.append(f"{host}: {len(rows)} {'down' if wanted_down else 'up'}: {names}")
        return Answer(text, "ok", hosts=list(results), results=results,
                      text="\n".join(lines) if lines else "Nothing to filter.")


def context_dict(conversation: Conversation) -> dict[str, Any]:
    """The context as plain data (shown by the chat's :context command)."""
    return {"hosts": conversation.hosts, "question": conversation.question,
            "interface": conversation.interface}
