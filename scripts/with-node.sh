#!/usr/bin/env bash
# Runs a command on another Node line: scripts/with-node.sh 22 npm run test:package
#
# The Node binary comes from the npm registry's `node` package (npx caches it: the first call of a
# line downloads it, later calls take about a second). It goes first on PATH, so that npm, the
# tools npm starts (vitest, tsc, ...) and every program a test spawns with process.execPath run on
# that Node: the whole run is on it, not only the child processes.
set -euo pipefail
major=$1
shift
bin=$(npx -y "node@$major" -p process.execPath)
PATH="$(dirname "$bin"):$PATH"
echo "with-node.sh: Node $(node --version) ($bin)"
exec "$@"
