"""The decoder's closed output vocabulary and answer grammar."""

from __future__ import annotations

from pathlib import Path

from nornir_nlchat.catalog.intents import READ_INTENTS
from nornir_nlchat.models.tokenizer import CLARIFY, REFUSE, OutputVocab, split_target


def test_every_read_intent_is_a_head() -> None:
    vocab = OutputVocab.build()
    heads = set(vocab.heads)
    assert {i.name for i in READ_INTENTS} | {REFUSE, CLARIFY} == heads
    assert not any(i.write for i in READ_INTENTS if i.name in heads)


def test_closed_slots_follow_their_intent_only() -> None:
    vocab = OutputVocab.build()
    assert "protocol=ospf" in vocab.values_for("routes_protocol")
    assert "section=bgp" in vocab.values_for("running_config_section")
    assert vocab.values_for("cpu") == ()


def test_round_trip_and_files(tmp_path: Path) -> None:
    vocab = OutputVocab.build()
    ids = vocab.encode("running_config_section section=ntp")
    assert vocab.tokens[ids[-1]] == "</s>"
    assert vocab.decode(ids) == "running_config_section section=ntp"
    vocab.save(tmp_path / "vocab.json")
    assert OutputVocab.load(tmp_path / "vocab.json") == vocab
    assert split_target("cpu") == ("cpu", {})
