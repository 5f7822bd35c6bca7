"""The ``local`` provider: the offline model shipped with nornir-nlchat; no query leaves the
building.

A request goes through:

1. **Safety** – the catalog's change-request detector
   (:func:`nornir_nlchat.catalog.safety.detect`) runs first: a change is refused in
   read-only mode (and a destructive one always); the model's own ``refuse`` answer is a
   second net.
2. **Raw commands** – a ``show ...`` command the platform's catalog knows is taken as typed.
3. **The model** – MiniLM reads the request (slot values masked, words normalised, concept
   tags alongside); the decoder, with the platform's LoRA adapter, scores every answer the
   platform's grammar allows: ``refuse``, ``clarify``, or an intent (plus a routing protocol
   or configuration section where the intent takes one).
4. **Rendering** – slot values come from the catalog's extractor, the command from the
   platform's catalog (:mod:`nornir_nlchat.catalog.render`), so the command is always a
   catalog command. Confidence is the probability of every answer that renders to that same
   command; below ``min_confidence`` the provider asks back (and a chain moves on to its next
   provider).

The model is loaded on first use; torch, transformers and peft are not imported at all with
the default numpy backend (``backend="torch"`` uses them, with ``PeftModel``).
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nornir_nlchat.catalog import intents as _intents
from nornir_nlchat.catalog import safety
from nornir_nlchat.catalog.formatting import DEFAULT_FORMATTER
from nornir_nlchat.catalog.render import (
    MissingSlot,
    OneVlanOnly,
    Rendered,
    Unrenderable,
    one_vlan_reason,
    render,
)
from nornir_nlchat.catalog.text import clean
from nornir_nlchat.errors import ConfigError, ProviderError
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.providers.catalog import command_as_written
from nornir_nlchat.translate.result import Translation

if TYPE_CHECKING:
    from nornir_nlchat.models.features import ModelInput
    from nornir_nlchat.models.infer import Candidate, LocalModel

DEFAULT_CHOICES = ("interface status", "CPU usage", "memory usage", "recent logs",
                   "software version", "LLDP neighbours")
_ASK_FOR = {
    "interface": "Which interface? Name it (e.g. Gi1/0/1, Ethernet1/1, 1/1/1, ge-0/0/1, port 5).",
    "ip": "Which IP address?", "prefix": "Which prefix (e.g. 10.0.0.0/16)?",
    "vlan": "Which VLAN (a number from 1 to 4094)?", "mac": "Which MAC address?",
    "vrf": "Which VRF?", "acl": "Which access list (its name or number)?",
    "protocol": "Which routing protocol (BGP, OSPF, static, connected...)?",
    "section": "Which part of the configuration (BGP, OSPF, NTP, SNMP, interfaces...)?",
    "pattern": "Which word should the log lines contain?",
}
_CANDIDATES = 12
_CHOICE_MIN = 0.02  # runner-up answers less likely than this are not offered as choices


class LocalProvider:
    """Translate with the local seq2seq model and the platform's LoRA adapter.

    Args:
        model_dir: Weights folder (default: the weights shipped in the package).
        min_confidence: Below this probability the provider asks back instead.
        backend: ``"numpy"`` (default: fast load, no torch) or ``"torch"``
            (transformers + ``PeftModel``, adapters switched per request).
        safety_rules: Run the catalog's change-request detector before the model.
        raw_commands: Take ``show ...`` commands the catalog knows as written.
        preload: Load the model now instead of on the first request.
    """

    name = "local"

    def __init__(self, *, model_dir: str | Path | None = None, min_confidence: float = 0.5,
                 backend: str = "numpy", safety_rules: bool = True, raw_commands: bool = True,
                 preload: bool = False) -> None:
        self.model_dir = Path(model_dir) if model_dir else None
        self.min_confidence = float(min_confidence)
        self.backend = backend
        self.safety_rules = safety_rules
        self.raw_commands = raw_commands
        self._model: LocalModel | None = None
        self._lock = threading.Lock()
        if preload:
            self.model()

    # ------------------------------------------------------------------ model
    def model(self) -> LocalModel:
        """The loaded model (loaded on first call)."""
        with self._lock:
            if self._model is None:
                try:
                    from nornir_nlchat.models.infer import LocalModel
                except ImportError as exc:  # numpy/safetensors/tokenizers missing
                    raise ConfigError(
                        f"The local provider cannot load its model ({exc}).",
                        hint="pip install 'nornir-nlchat[local]'") from exc
                self._model = LocalModel(self.model_dir, backend=self.backend)
            return self._model

    @staticmethod
    def clear_cache() -> None:
        """Forget memoised analyses (benchmarks time uncached translations)."""
        from nornir_nlchat.catalog import matcher, vocab

        matcher._analyse.cache_clear()
        vocab.correct.cache_clear()

    # ------------------------------------------------------------------ translate
    def translate(self, query: str, platform: PlatformPlugin, *,
                  allow_write: bool = False) -> Translation:
        """Translate ``query`` for ``platform`` (ok, refused or clarify)."""
        text = clean(query)
        if not any(c.isalnum() for c in text):
            return self._clarify(platform, "What would you like to know about the device?",
                                 list(DEFAULT_CHOICES))
        if self.safety_rules:
            write = safety.detect(text)
            if write is not None:
                if allow_write and not write.destructive:
                    raise ProviderError("the local model answers read-only requests only")
                return Translation.refused(write.reason, platform=platform.name,
                                           provider=self.name)
        if self.raw_commands:
            raw = command_as_written(text, platform, self.name)
            if raw is not None:
                return raw
        try:
            return self._model_answer(text, platform)
        except ConfigError as exc:
            raise ProviderError(f"local model unavailable: {exc.message}") from exc

    def _model_answer(self, text: str, platform: PlatformPlugin) -> Translation:
        from nornir_nlchat.models.features import model_input
        from nornir_nlchat.models.tokenizer import CLARIFY, REFUSE, split_target

        model = self.model()
        features = model_input(text)
        adapter = platform.model_adapter or platform.name
        candidates = model.predict(features, adapter)[:_CANDIDATES]
        best = candidates[0]
        head, closed = split_target(best.target)
        if head == REFUSE:
            return Translation.refused(
                "This reads as a request to change the device; nlchat is read-only unless "
                "write mode is enabled explicitly.", platform=platform.name,
                provider=self.name, confidence=round(best.probability, 3))
        if head == CLARIFY:
            choices = [*self._choices(candidates, platform), *DEFAULT_CHOICES]
            return self._clarify(platform, "That is too vague for me to pick one command. "
                                 "What would you like to see?",
                                 list(dict.fromkeys(choices))[:5],
                                 confidence=best.probability)
        return self._render(head, closed, features, candidates, platform)

    def _render(self, head: str, closed: dict[str, str], features: ModelInput,
                candidates: list[Candidate], platform: PlatformPlugin) -> Translation:
        intent = _intents.get(head)
        try:
            rendered = render(intent, platform, self._slots(intent, closed, features, platform))
        except LookupError:
            reason = platform.unsupported.get(intent.name) or (
                f"{platform.display_name} has no command for this "
                f"({intent.description[:1].lower()}{intent.description[1:]})")
            return Translation("clarify", intent=intent.name, provider=self.name,
                               confidence=round(candidates[0].probability, 3), reason=reason,
                               platform=platform.name,
                               choices=self._choices(candidates, platform, intent.related))
        except MissingSlot as missing:
            return Translation(
                "clarify", intent=intent.name, provider=self.name,
                confidence=round(candidates[0].probability, 3),
                reason=f"{intent.description} "
                       f"{_ASK_FOR.get(missing.kind, f'Which {missing.kind}?')}",
                platform=platform.name, choices=self._labels(intent.related, platform))
        except OneVlanOnly:
            return Translation("clarify", intent=intent.name, provider=self.name,
                               confidence=round(candidates[0].probability, 3),
                               reason=one_vlan_reason(intent, platform), platform=platform.name)
        except Unrenderable:
            return Translation("clarify", intent=intent.name, provider=self.name,
                               confidence=round(candidates[0].probability, 3),
                               reason=f"The values given cannot be written as a "
                                      f"{platform.display_name} command; check the names and "
                                      "addresses.", platform=platform.name)
        confidence = self._agreement(rendered, candidates, features, platform)
        if confidence < self.min_confidence:
            return self._clarify(
                platform, f"Not sure what you mean; did you want {intent.label} "
                          f"(`{rendered.commands[0]}`)?",
                self._choices(candidates, platform), confidence=confidence)
        reason = intent.label[:1].upper() + intent.label[1:] + "."
        if rendered.dropped:
            reason += (f" {platform.display_name} cannot narrow this by "
                       f"{', '.join(rendered.dropped)}; showing it without.")
        return Translation("ok", command=rendered.commands[0], commands=rendered.commands,
                           intent=intent.name, provider=self.name,
                           confidence=round(confidence, 3), reason=reason,
                           platform=platform.name, slots=rendered.slots)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _slots(intent: _intents.Intent, closed: dict[str, str], features: ModelInput,
               platform: PlatformPlugin) -> dict[str, str]:
        slots = dict(features.slots)
        slots.update(closed)
        if "section" in closed:
            slots["section_text"] = closed["section"]
        if "pattern" in intent.needs and "pattern" not in slots and "interface" in slots:
            formatter = platform.slot_formatter or DEFAULT_FORMATTER
            with contextlib.suppress(ValueError):
                slots["pattern"] = formatter.format_slot("interface", slots["interface"])
        return slots

    def _agreement(self, chosen: Rendered, candidates: list[Candidate],
                   features: ModelInput, platform: PlatformPlugin) -> float:
        """Probability of every candidate answer that renders to the chosen command."""
        from nornir_nlchat.models.tokenizer import split_target

        total = 0.0
        for candidate in candidates:
            head, closed = split_target(candidate.target)
            if head not in _intents.BY_NAME:
                continue
            intent = _intents.get(head)
            try:
                other = render(intent, platform, self._slots(intent, closed, features, platform))
            except (LookupError, MissingSlot, Unrenderable):
                continue
            if other.commands == chosen.commands:
                total += candidate.probability
        return min(1.0, total)

    def _choices(self, candidates: list[Candidate], platform: PlatformPlugin,
                 extra: tuple[str, ...] = ()) -> list[str]:
        from nornir_nlchat.models.tokenizer import split_target

        names = [split_target(c.target)[0] for c in candidates[:6]
                 if c.probability >= _CHOICE_MIN]
        return self._labels([*names, *extra], platform)

    @staticmethod
    def _labels(names: Any, platform: PlatformPlugin) -> list[str]:
        labels = [_intents.get(n).label for n in dict.fromkeys(names)
                  if n in _intents.BY_NAME and platform.commands_for(n)]
        return labels[:5]

    def _clarify(self, platform: PlatformPlugin, reason: str, choices: list[str],
                 confidence: float = 0.0) -> Translation:
        return Translation.clarify(reason, platform=platform.name, provider=self.name,
                                   choices=choices, confidence=round(confidence, 3))
