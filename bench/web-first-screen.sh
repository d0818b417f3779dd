#!/usr/bin/env bash
# The phone page's first screen under emulated slow 4G: bytes transferred and time until the item list
# is usable (docs/PERFORMANCE.md). Builds the API and the page first; RUNS=N sets the runs per case.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Api --nologo -v q >/dev/null
(cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run build --silent >/dev/null)
echo "== built assets (gzip -9 of what the first screen loads is close to what the server sends):"
for f in web/dist/assets/*.js web/dist/assets/*.css; do printf '%8d %8d %s\n' "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)" "${f#web/dist/}"; done | sort -k3
node web/e2e/first-screen.mjs
