#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what is missing first, then typechecks and runs
# the whole suite, and closes with one plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies from package-lock.json…"
  npm ci --no-audit --no-fund
fi

bash scripts/ensure-chromium.sh
# The CLI tests run the compiled command: compile it from the sources being tested.
node scripts/build-cli.mjs
npx tsc --noEmit -p .
npx biome check .
mkdir -p test-output
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-output/vitest.json "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync("test-output/vitest.json", "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
