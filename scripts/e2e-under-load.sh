#!/usr/bin/env bash
# Runs the browser tests N times in a row (default 20) while two busy loops load both cores, and
# stops at the first failure: the proof that the e2e tests do not depend on the machine's speed.
# Run: bash scripts/e2e-under-load.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
busy() { while :; do :; done; }
busy & one=$!
busy & two=$!
trap 'kill "$one" "$two" 2>/dev/null || true' EXIT
for run in $(seq 1 "$runs"); do
  if npx vitest run --config vitest.e2e.config.ts > /tmp/stretchkit-e2e-run.log 2>&1; then
    echo "run $run of $runs: passed"
  else
    echo "run $run of $runs: FAILED"
    cat /tmp/stretchkit-e2e-run.log
    exit 1
  fi
done
echo "all $runs runs passed under load"
