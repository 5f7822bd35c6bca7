"""docs/configuration.md lists every setting there is (and no setting that is not)."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from nornir_nlchat.config import NLChatSettings

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def setting_keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys |= setting_keys(annotation, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def test_every_setting_is_documented() -> None:
    section = DOC.read_text().split("## `user_defined.nlchat`")[1].split("\n## ")[0]
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", section, re.M))
    actual = setting_keys(NLChatSettings)
    assert actual - documented == set(), "undocumented settings"
    assert documented - actual == set(), "documented settings that do not exist"
