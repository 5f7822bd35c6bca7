#!/usr/bin/env bash
# A CI gate: check the network's health and fail the pipeline on anything critical.
#   NLCHAT_CONFIG=config.yaml bash examples/ci/health_gate.sh ["devices in words"]
# Writes the full report to health-report.json (keep it as a pipeline artefact).
# Exit codes: 0 healthy enough, 1 something critical, 2 bad input (nlchat's own codes).
set -uo pipefail
query=${1:-}
report=${HEALTH_REPORT:-health-report.json}
nlchat health ${query:+"$query"} --json --fail-on critical > "$report"
status=$?
python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rows = report.get("results", [])
bad = [r for r in rows if isinstance(r, dict) and r.get("status") == "critical"]
for r in bad:
    print(f"CRITICAL {r.get('host')}: {r.get('check')}: {r.get('message') or r.get('evidence')}")
print(f"{len(bad)} critical finding(s)")
PY
exit $status
