"""The numpy forward pass equals transformers + PeftModel, and a new platform's adapter can be
trained on a few hundred examples (torch, transformers and peft needed; skipped otherwise)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

pytest.importorskip("numpy", reason="numpy is not installed (the local extra)")
pytest.importorskip("torch", reason="torch is not installed (the local extra)")
pytest.importorskip("transformers", reason="transformers is not installed (the local extra)")
pytest.importorskip("peft", reason="peft is not installed (the local extra)")

import numpy as np

from nornir_nlchat.models.data import Example, Sizes, generate
from nornir_nlchat.models.features import model_input
from nornir_nlchat.models.infer import LocalModel
from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin
from nornir_nlchat.translate.providers.local import LocalProvider

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning")  # transformers/peft API moves

C = CommandSpec
# A made-up vendor OS with its own command words ("display ...").
ACME = PlatformPlugin(
    name="acme_os", vendor="acme", display_name="Acme OS",
    commands=(
        C("version", "display version"), C("uptime", "display uptime"),
        C("cpu", "display cpu-usage"), C("memory", "display memory-usage"),
        C("interfaces_brief", "display interface brief"),
        C("interface_one", "display interface {interface}"),
        C("vlans", "display vlan all"), C("vlan_one", "display vlan {vlan}"),
        C("lldp_neighbors", "display lldp neighbor-information list"),
        C("routes_all", "display ip routing-table"),
        C("route_ip", "display ip routing-table {ip}"),
        C("logs", "display logbuffer"),
        C("running_config", "display current-configuration"),
    ),
    unsupported={"cdp_neighbors": "Acme OS speaks LLDP only."},
)


def test_numpy_backend_equals_peft_backend(weights: Path) -> None:
    fast = LocalModel(weights, backend="numpy")
    reference = LocalModel(weights, backend="torch")
    for query, adapter in [("any crc errors on gi0/2", "cisco_ios"),
                           ("ospf routes in vrf BLUE", "arista_eos"),
                           ("who is on the far end of 1/1/4", "aruba_aoscx"),
                           ("reload it", None)]:
        features = model_input(query)
        a = {c.target: c.probability for c in fast.predict(features, adapter)}
        b = {c.target: c.probability for c in reference.predict(features, adapter)}
        assert a.keys() == b.keys()
        worst = max(abs(a[k] - b[k]) for k in a)
        assert worst < 1e-4, (query, worst)


def test_a_new_platform_adapter_trains_in_under_a_minute(weights: Path,
                                                         tmp_path: Path) -> None:
    from nornir_nlchat.models.train import Options, train_adapter

    base = tmp_path / "weights"
    base.mkdir()
    for name in ("config.json", "vocab.json", "decoder.safetensors"):
        shutil.copy(weights / name, base / name)
    examples = generate(ACME, seed=3, sizes=Sizes(per_intent=2, refuse=40, clarify=30,
                                                  own_commands=3, vocab_share=0.0))
    # Acme engineers call VLANs "blorps": platform jargon only the adapter can learn
    jargon = ["blorps", "show blorps", "list the blorps", "blorp table please",
              "which blorps exist", "display every blorp", "all blorps on the box",
              "blorp list?"]
    examples += [Example("acme_os", q, "vlans", "jargon") for q in jargon * 6]
    assert 250 <= len(examples) <= 650
    options = Options(adapter_epochs=2, adapter_lr=3e-3, adapter_min_steps=60, threads=2,
                      seed=3)
    started = time.process_time()  # CPU seconds, all threads: wall time depends on load
    metrics = train_adapter(ACME, base, examples=examples, options=options)
    assert time.process_time() - started < 60, metrics
    folder = base / "adapters" / "acme_os"
    assert (folder / "adapter_config.json").is_file()
    assert (folder / "adapter_model.safetensors").is_file()

    provider = LocalProvider(model_dir=base)
    assert "acme_os" in provider.model().adapters
    answer = provider.translate("which software version is the box on", ACME)
    assert answer.command == "display version", answer
    answer = provider.translate("tell me about GigabitEthernet1/0/3", ACME)
    assert answer.command == "display interface GigabitEthernet1/0/3", answer
    assert provider.translate("reboot the box", ACME).status == "refused"
    assert provider.translate("cdp neighbours", ACME).status == "clarify"
    assert provider.translate("what blorps do we have", ACME).command == "display vlan all"
    fast = LocalModel(base, backend="numpy").predict(model_input("cpu load"), "acme_os")
    slow = LocalModel(base, backend="torch").predict(model_input("cpu load"), "acme_os")
    assert fast[0].target == slow[0].target == "cpu"
    assert np.isclose(fast[0].probability, slow[0].probability, atol=1e-4)
