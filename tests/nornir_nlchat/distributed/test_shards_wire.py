"""Sharding, placement and the plain-data wire format (no Ray needed)."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest
from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.exceptions import NornirSubTaskError
from nornir.core.inventory import Defaults, Groups, Hosts
from nornir.core.task import MultiResult, Result

from nornir_nlchat.distributed.shards import ShardMap, parse_placement, shard_key
from nornir_nlchat.distributed.wire import (
    inventory_payload,
    merge_inventory,
    pack_exception,
    pack_multi,
    unpack_exception,
    unpack_multi,
)
from nornir_nlchat.errors import AuthenticationFailure, ConfigError, ConnectionFailure
from nornir_nlchat.execute.classify import kind_of
from nornir_nlchat.logs import register_secret

HOSTS = """
A1: {hostname: 10.0.0.1, groups: [ios], data: {site: BLR}}
A2: {hostname: 10.0.0.2, groups: [ios], data: {site: BLR}}
A3: {hostname: 10.0.0.3, groups: [ios], data: {site: BLR}}
B1: {hostname: 10.0.1.1, groups: [eos], data: {site: DEL, region: north}}
B2: {hostname: 10.0.1.2, groups: [eos], data: {site: DEL, region: north}}
C1: {hostname: 10.0.2.1, data: {jump_host: {hostname: bastion, port: 2222}}}
C2: {hostname: 10.0.2.2, data: {jump_host: {hostname: bastion, port: 2222}}}
D1: {hostname: 10.0.3.1, password: host-secret-9}
D2: {hostname: 10.0.3.2}
"""
GROUPS = """
ios: {platform: cisco_ios, groups: [base]}
eos: {platform: arista_eos, data: {region: north}}
base: {data: {vendor: cisco}, connection_options: {netmiko: {extras: {secret: en-secret}}}}
"""


@pytest.fixture()
def nr(tmp_path: Path) -> Nornir:
    (tmp_path / "hosts.yaml").write_text(HOSTS)
    (tmp_path / "groups.yaml").write_text(GROUPS)
    (tmp_path / "defaults.yaml").write_text("username: netops\npassword: default-pw\n")
    return InitNornir(inventory={"plugin": "SimpleInventory", "options": {
        "host_file": str(tmp_path / "hosts.yaml"), "group_file": str(tmp_path / "groups.yaml"),
        "defaults_file": str(tmp_path / "defaults.yaml")}}, logging={"enabled": False})


def test_shard_keys(nr: Nornir) -> None:
    hosts = nr.inventory.hosts
    assert shard_key(hosts["A1"], "auto") == "site:BLR"
    assert shard_key(hosts["C1"], "auto") == "jump:bastion:2222"
    assert shard_key(hosts["D1"], "auto") is None
    assert shard_key(hosts["B1"], "region") == "region:north"
    assert shard_key(hosts["A1"], "region") is None
    assert shard_key(hosts["C2"], "jump_host") == shard_key(hosts["C1"], "jump_host")
    assert shard_key(hosts["A1"], "hash") is None
    assert shard_key(hosts["A1"], "vendor") == "vendor:cisco"   # inherited from a group


def test_sites_stay_together_balanced_and_sticky(nr: Nornir) -> None:
    shards = ShardMap(2, "auto")
    plan = shards.plan(nr.inventory.hosts.values())
    home = shards.home
    assert home["A1"] == home["A2"] == home["A3"]
    assert home["B1"] == home["B2"] and home["C1"] == home["C2"]
    assert home["A1"] != home["B1"]                  # the second site goes to the emptier one
    assert sorted(n for names in plan.values() for n in names) == sorted(nr.inventory.hosts)
    again = ShardMap(2, "auto")
    again.plan(reversed(list(nr.inventory.hosts.values())))
    assert again.home["D1"] == home["D1"]              # no key: hash of the name, stable
    before = dict(home)
    shards.plan([nr.inventory.hosts["B2"], nr.inventory.hosts["A1"]])
    assert shards.home == before                       # sticky
    assert sum(len(v) for v in shards.shards().values()) == 9


def test_placement_pins_keys_to_their_own_workers(nr: Nornir) -> None:
    placement = parse_placement({"DEL": {"resources": {"dc_north": 0.01}},
                                 "BLR": {"labels": {"dc": "south"}, "actors": 2}})
    assert placement["DEL"].ray_options() == {"resources": {"dc_north": 0.01}}
    assert placement["BLR"].ray_options() == {"label_selector": {"dc": "south"}}
    shards = ShardMap(1, "auto", placement)
    shards.plan(nr.inventory.hosts.values())
    names = {n: shards.worker_name(w) for n, w in shards.home.items()}
    assert names["B1"] == names["B2"] == "DEL-0"
    assert names["A1"] in {"BLR-0", "BLR-1"} and names["A1"] == names["A3"]
    assert names["C1"] == names["D1"] == "shard-0"


@pytest.mark.parametrize("raw", [{"X": "dc1"}, {"X": {}}, {"X": {"resources": {"a": 1},
                                                                  "nodes": 2}}])
def test_bad_placement_is_a_clear_error(raw: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="placement"):
        parse_placement(raw)  # type: ignore[arg-type]


def test_inventory_round_trip_keeps_inheritance_and_secrets(nr: Nornir) -> None:
    chosen = [nr.inventory.hosts["A1"], nr.inventory.hosts["D1"]]
    payload = pickle.loads(pickle.dumps(inventory_payload(chosen, nr.inventory.defaults)))
    assert set(payload["hosts"]) == {"A1", "D1"}
    assert set(payload["groups"]) == {"ios", "base"}    # only what the hosts inherit
    from nornir_nlchat.distributed.wire import build_defaults

    defaults = build_defaults(payload["defaults"])
    hosts, groups = Hosts(), Groups()
    merge_inventory(payload, hosts, groups, defaults)
    a1 = hosts["A1"]
    assert a1.platform == "cisco_ios" and a1.get("vendor") == "cisco"
    assert a1.username == "netops" and a1.password == "default-pw"
    assert a1.get_connection_parameters("netmiko").extras == {"secret": "en-secret"}
    assert hosts["D1"].password == "host-secret-9"
    assert isinstance(Defaults(), Defaults)


def test_results_and_exceptions_cross_as_data(nr: Nornir) -> None:
    host = nr.inventory.hosts["A1"]
    register_secret("s3cret-pw")
    multi = MultiResult("run_command")
    r = Result(host=host, result={"output": "x", "error_kind": "auth",
                                  "lock": threading.Lock(), "n": [1, object()]},
               failed=True, exception=RuntimeError("Authentication failed for s3cret-pw"))
    r.name = "run_command"
    multi.append(r)
    sub = Result(host=host, result=None, failed=True,
                 exception=ConnectionRefusedError(111, "Connection refused"))
    multi.append(sub)
    multi.attempts = 3  # type: ignore[attr-defined]
    data = pickle.loads(pickle.dumps(pack_multi(multi, "A1")))
    back = unpack_multi(data, host, "run_command", "shard-1")
    assert back.attempts == 3 and back.worker == "shard-1"  # type: ignore[attr-defined]
    assert back[0].host is host and back[0].name == "run_command" and back.failed
    assert back[0].result["output"] == "x" and isinstance(back[0].result["lock"], str)
    assert back[0].result["n"][0] == 1
    assert isinstance(back[0].exception, AuthenticationFailure)  # classified in the worker
    assert "s3cret-pw" not in str(back[0].exception) and "s3cret-pw" not in str(data)
    assert isinstance(back[1].exception, ConnectionFailure)
    assert kind_of(back[1].exception) == "connection"
    error = unpack_exception(pack_exception(ConnectionFailure("R1: refused.", hint="Retry."),
                                            "R1"))
    assert isinstance(error, ConnectionFailure) and error.hint == "Retry."
    assert str(error) == "R1: refused. Retry."
    wrapped = NornirSubTaskError.__new__(NornirSubTaskError)
    wrapped.task = "sub"  # type: ignore[assignment]
    wrapped.result = None  # type: ignore[assignment]
    back_sub = unpack_exception(pack_exception(wrapped, "A1"))
    assert type(back_sub) is NornirSubTaskError and "sub" in str(back_sub)
