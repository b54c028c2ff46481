#!/usr/bin/env bash
# The project's one test command (`npm test`): sets up what a fresh machine lacks, type-checks,
# runs every vitest project and ends with a plain `Tests: N passed, N failed` line for CI.
# Extra arguments go to vitest, e.g. `npm test -- --project engine`.
set -uo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x /usr/bin/chromium ]]; then
  echo "test.sh: /usr/bin/chromium missing, installing Debian's chromium" >&2
  sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update && "${sudo[@]}" apt-get install -y chromium || exit 1
fi

bash scripts/ensure-deps.sh || exit 1

echo "== typecheck (tsc --noEmit)"
npx --no -- tsc --noEmit
tsc_rc=$?
[[ $tsc_rc -eq 0 ]] && echo "typecheck passed" || echo "typecheck FAILED (exit $tsc_rc)"

report=$(mktemp -t vitest-report.XXXXXX.json)
trap 'rm -f "$report"' EXIT

echo "== vitest"
npx --no -- vitest run --reporter=default --reporter=json --outputFile="$report" "$@"
vitest_rc=$?

counts=$(node -e '
  const fs = require("node:fs");
  let r = {};
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch {}
  console.log(`${r.numPassedTests ?? 0} ${r.numFailedTests ?? 0}`);
' "$report")
read -r passed failed <<< "$counts"

echo "Tests: $passed passed, $failed failed"

if [[ $tsc_rc -ne 0 || $vitest_rc -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then
  [[ $passed -eq 0 ]] && echo "test.sh: no test passed" >&2
  exit 1
fi
