#!/usr/bin/env bash
# `npm start`: the dev server on loopback; Vite prints the URL to open.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node_modules/.bin/vite --host 127.0.0.1 "$@"
