#!/usr/bin/env bash
# Renders an actor page and a claim page of a running DiploKG server in headless Chromium and
# writes PNG screenshots, to check by eye that the server-side HTML renders as a browser shows it.
# Not part of the Maven tests (CI has no browser); the JUnit tests check the HTML is well formed
# and its links resolve.
#
# Usage: scripts/render-check.sh [SERVER_URL] [OUT_DIR]
#   SERVER_URL  default http://127.0.0.1:3030 (start one with ./diplokg serve)
#   OUT_DIR     default target/render-check
# Needs Debian's chromium: apt-get update && apt-get install -y chromium
set -euo pipefail
server=${1:-http://127.0.0.1:3030}
out=${2:-target/render-check}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium not found: apt-get update && apt-get install -y chromium" >&2
  exit 2
fi
# The claim: Mali's first dated severance, found through the provenance API.
claim_iri=$(curl -fsS "$server/api/provenance?actor=Q912&relation=severs&target=Q212" \
  | grep -o '"iri" *: *"[^"]*/id/claim/[^"]*"' | head -1 | sed 's/.*"\(http[^"]*\)"/\1/')
claim_path="/id/${claim_iri#*/id/}"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "actor-mali:/id/actor/mali" "claim:$claim_path"; do
  name=${page%%:*}
  path=${page#*:}
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --window-size=1280,1600 --screenshot="$out/$name.png" "$server$path" >/dev/null 2>&1
  echo "$server$path -> $out/$name.png"
done
