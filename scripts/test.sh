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

report_unit=$(mktemp -t vitest-unit.XXXXXX.json)
report_browser=$(mktemp -t vitest-browser.XXXXXX.json)
unit_log=$(mktemp -t vitest-unit.XXXXXX.log)
trap 'rm -f "$report_unit" "$report_browser" "$unit_log"' EXIT

if [[ $# -gt 0 ]]; then
  # Arguments choose what runs (e.g. one project): one vitest run, as given.
  echo "== vitest $*"
  npx --no -- vitest run --reporter=default --reporter=json --outputFile="$report_unit" "$@"
  vitest_rc=$?
else
  # The engine and UI projects (Node workers) run beside the browser project, which runs one
  # Chromium at a time and leaves the second core mostly idle; one after the other took most of
  # CI's 15 minutes. Their output is printed after the browser project's, each whole.
  echo "== vitest: engine and ui (output below), beside browser"
  # One worker: the other core is the browser project's (its Chromium and its own Node process).
  npx --no -- vitest run --project engine --project ui --maxWorkers=1 --reporter=default --reporter=json --outputFile="$report_unit" >"$unit_log" 2>&1 &
  unit_pid=$!
  npx --no -- vitest run --project browser --reporter=default --reporter=json --outputFile="$report_browser"
  browser_rc=$?
  wait "$unit_pid"
  unit_rc=$?
  echo "== vitest: engine and ui"
  cat "$unit_log"
  vitest_rc=$(( browser_rc != 0 || unit_rc != 0 ))
fi

counts=$(node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0;
  for (const file of process.argv.slice(1)) {
    let r = {};
    try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch {}
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
  }
  console.log(`${passed} ${failed}`);
' "$report_unit" "$report_browser")
read -r passed failed <<< "$counts"

echo "Tests: $passed passed, $failed failed"

if [[ $tsc_rc -ne 0 || $vitest_rc -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then
  [[ $passed -eq 0 ]] && echo "test.sh: no test passed" >&2
  exit 1
fi
