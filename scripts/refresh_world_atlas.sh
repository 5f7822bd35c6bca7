#!/usr/bin/env bash
# Refresh the web chat's world map geometry (nlchat/service/web/land-110m.json) from the
# npm package world-atlas (ISC; data: Natural Earth, public domain). Reproducible: a pinned
# version, checked against the SHA-256 recorded in nlchat/service/web/README.md.
# Usage: bash scripts/refresh_world_atlas.sh [VERSION]   (needs npm; network access)
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:-2.0.2}
EXPECTED=ead5f68119c49a9250902e7da303bcb209341bbb8fefe7369a439b48b704658a  # 2.0.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-atlas@$VERSION" >/dev/null && tar xzf world-atlas-*.tgz)
got=$(sha256sum "$work/package/land-110m.json" | cut -d' ' -f1)
if [[ "$VERSION" == 2.0.2 && "$got" != "$EXPECTED" ]]; then
  echo "error: land-110m.json of world-atlas $VERSION has SHA-256 $got, expected $EXPECTED" >&2
  exit 1
fi
cp "$work/package/land-110m.json" nlchat/service/web/land-110m.json
echo "world-atlas $VERSION land-110m.json: sha256 $got"
