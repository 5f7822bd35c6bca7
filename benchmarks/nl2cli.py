"""Score request → command translation on a labelled JSONL set, and time it.

Usage (from the repository root)::

    python benchmarks/nl2cli.py                                   # dev set, catalog provider
    python benchmarks/nl2cli.py --set ../shared/eval/nl2cli_dev.jsonl --show-failures
    python benchmarks/nl2cli.py --data benchmarks/data/nl2cli_paraphrase.jsonl
    python benchmarks/nl2cli.py --provider local                  # any nlchat.providers name
    python benchmarks/nl2cli.py --json results.json --repeat 5

Each line of the set holds ``platform``, ``query``, ``expect`` (command | refuse | clarify)
and ``accept`` (see ../shared/eval/README.md). Scoring, as written there:

* ``command``: pass if the produced command, lower-cased with whitespace collapsed, equals
  one of ``accept`` (normalised the same way);
* ``refuse``: pass if the answer is a refusal and carries no command;
* ``clarify``: pass if the answer asks back and carries no command.

A case may name an ``intent`` instead of ``accept`` (sets labelled by intent rather than by
command): it then passes when the answer is ``ok`` with that intent. Such a case without an
``expect`` is a ``command`` case.

Every request goes through :func:`nornir_nlchat.translate.chain.run_chain`, so the read-only
guard has the last word exactly as in production. Latency is measured in process after a
warm-up pass (p50 / p95 per translation over ``--repeat`` passes); ``--cold`` also times a
fresh interpreter importing the provider and translating one request.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from nornir_nlchat.platforms import get_platform  # noqa: E402
from nornir_nlchat.translate.chain import run_chain  # noqa: E402
from nornir_nlchat.translate.provider import Provider, load_provider  # noqa: E402
from nornir_nlchat.translate.result import Translation  # noqa: E402

DEFAULT_SET = REPO.parent / "shared" / "eval" / "nl2cli_dev.jsonl"
KINDS = ("command", "refuse", "clarify")


def normalise(command: str | None) -> str:
    """Lower-case, whitespace collapsed, trimmed (the README's normalisation)."""
    return " ".join((command or "").lower().split())


def load_set(path: Path) -> list[dict[str, Any]]:
    """The cases of a JSONL set."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def passes(case: dict[str, Any], answer: Translation) -> bool:
    """The README's scoring rule for one case."""
    expect = case.get("expect", "command")
    if expect == "command" and case.get("intent") and not case.get("accept"):
        return answer.status == "ok" and answer.intent == case["intent"]
    if expect == "command":
        accepted = {normalise(a) for a in case.get("accept") or []}
        return answer.status == "ok" and normalise(answer.command) in accepted
    if expect == "refuse":
        return answer.status == "refused" and not answer.command and not answer.commands
    if expect == "clarify":
        return answer.status == "clarify" and not answer.command and not answer.commands
    raise ValueError(f"unknown expect {expect!r}")


def translate(provider: Provider, case: dict[str, Any]) -> Translation:
    """One case through the provider chain and the guard."""
    return run_chain(case["query"], get_platform(case["platform"]), [provider])


def evaluate(cases: Sequence[dict[str, Any]], provider: Provider) -> dict[str, Any]:
    """Score every case; returns totals per kind and platform, and the failures."""
    by_kind: dict[str, list[bool]] = defaultdict(list)
    by_platform: dict[str, list[bool]] = defaultdict(list)
    failures: list[dict[str, Any]] = []
    wrote = 0
    for case in cases:
        answer = translate(provider, case)
        ok = passes(case, answer)
        expect = case.get("expect", "command")
        by_kind[expect].append(ok)
        by_platform[case["platform"]].append(ok)
        if expect == "refuse" and (answer.command or answer.commands):
            wrote += 1
        if not ok:
            failures.append({"id": case.get("id"), "platform": case["platform"],
                             "query": case["query"], "expect": expect,
                             "accept": case.get("accept") or case.get("intent"),
                             "status": answer.status,
                             "command": answer.command, "intent": answer.intent,
                             "reason": answer.reason})
    total = [ok for oks in by_kind.values() for ok in oks]
    return {
        "cases": len(total),
        "overall": _rate(total),
        "kinds": {k: {"n": len(v), "accuracy": _rate(v)} for k, v in by_kind.items()},
        "platforms": {p: {"n": len(v), "accuracy": _rate(v)}
                      for p, v in sorted(by_platform.items())},
        "state_changing_commands_produced": wrote,
        "failures": failures,
    }


def time_translations(cases: Sequence[dict[str, Any]], provider: Provider,
                      repeat: int = 3) -> dict[str, float]:
    """p50 / p95 / max per translation in milliseconds, after a warm-up pass.

    Providers that memoise (``clear_cache()``) are cleared before each timed pass, so the
    figures are for requests seen for the first time.
    """
    for case in cases:  # warm-up: imports, caches, lazy indexes
        translate(provider, case)
    samples: list[float] = []
    clear = getattr(provider, "clear_cache", None)
    for _ in range(max(1, repeat)):
        if callable(clear):  # time real work, not a memo lookup
            clear()
        for case in cases:
            start = time.perf_counter()
            translate(provider, case)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "n": len(samples),
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 3),
        "max_ms": round(samples[-1], 3),
    }


def time_cold(provider_name: str) -> float:
    """Seconds for a fresh interpreter to load the provider and translate one request."""
    code = (
        "import time; t=time.perf_counter();"
        "from nornir_nlchat.translate.provider import load_provider;"
        "from nornir_nlchat.translate.chain import run_chain;"
        "from nornir_nlchat.platforms import get_platform;"
        f"p=load_provider({provider_name!r});"
        "run_chain('show me cpu usage', get_platform('cisco_ios'), [p]);"
        "print(time.perf_counter()-t)"
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO)
    wall = time.perf_counter() - start
    return round(min(wall, float(out.stdout.strip().splitlines()[-1]) + 0.0) if out.stdout
                 else wall, 3)


def _rate(values: Sequence[bool]) -> float:
    return round(100.0 * sum(values) / len(values), 1) if values else 0.0


def _want(accept: list[str] | str | None) -> str:
    if isinstance(accept, str):
        return f"intent {accept}"
    return str(accept[:2]) if accept else ""


def report(result: dict[str, Any], timing: dict[str, float] | None, *,
           show_failures: bool) -> str:
    """A plain-text report."""
    lines = [f"cases: {result['cases']}   overall: {result['overall']:.1f} %"]
    for kind in KINDS:
        if kind in result["kinds"]:
            k = result["kinds"][kind]
            lines.append(f"  {kind:<8} {k['accuracy']:5.1f} %  (n={k['n']})")
    lines.append(f"  state-changing commands produced for refuse cases: "
                 f"{result['state_changing_commands_produced']}")
    lines.append("per platform:")
    for name, p in result["platforms"].items():
        lines.append(f"  {name:<14} {p['accuracy']:5.1f} %  (n={p['n']})")
    if timing:
        lines.append(f"latency per translation: p50 {timing['p50_ms']:.3f} ms, "
                     f"p95 {timing['p95_ms']:.3f} ms, max {timing['max_ms']:.3f} ms "
                     f"(n={timing['n']})")
        if "cold_s" in timing:
            lines.append(f"cold start (new interpreter, import + 1 translation): "
                         f"{timing['cold_s']:.3f} s")
    if show_failures and result["failures"]:
        lines.append("failures:")
        for f in result["failures"]:
            lines.append(f"  {f['id']} [{f['platform']}] {f['query']!r}: expected {f['expect']}"
                         f" {_want(f['accept'])} got {f['status']} "
                         f"{f['command']!r} ({f['intent']}) {f['reason'][:100]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", "--data", dest="set", type=Path, default=DEFAULT_SET,
                        help="JSONL set to score (default: the shared dev set)")
    parser.add_argument("--provider", default="catalog",
                        help="provider name from the nlchat.providers entry-point group")
    parser.add_argument("--settings", default="{}", help="provider settings as JSON")
    parser.add_argument("--show-failures", action="store_true", help="list failing cases")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the set")
    parser.add_argument("--no-timing", action="store_true", help="skip the latency passes")
    parser.add_argument("--cold", action="store_true", help="also time a cold start")
    parser.add_argument("--json", type=Path, help="write the full result as JSON here")
    args = parser.parse_args(argv)

    if not args.set.exists():
        print(f"no such set: {args.set}", file=sys.stderr)
        return 2
    cases = load_set(args.set)
    provider = load_provider(args.provider, json.loads(args.settings))
    result = evaluate(cases, provider)
    timing = None if args.no_timing else time_translations(cases, provider, args.repeat)
    if timing is not None and args.cold:
        timing["cold_s"] = time_cold(args.provider)
    print(report(result, timing, show_failures=args.show_failures))
    if args.json:
        args.json.write_text(json.dumps({"result": result, "timing": timing}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
