#!/usr/bin/env bash
# Installs node_modules with `npm ci` when it is missing or was installed from a different
# package-lock.json. The stamp lives inside node_modules so deleting that folder resets it.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)

if [[ -d node_modules && -f $stamp && $(cat "$stamp") == "$want" ]]; then
  exit 0
fi
echo "ensure-deps: node_modules missing or stale, running npm ci" >&2
npm ci
echo "$want" > "$stamp"
