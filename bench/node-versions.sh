#!/bin/sh
# `npm run smoke:node [VERSIONS...]`: runs the built CLI under each Node major the package declares
# (engines: >=20.19), default this machine's node plus 22 and 24 (fetched once from the npm
# registry's `node` package by npx). Each gets --help, a proof import, triage, propose, lint, and
# a server answering /healthz, then the cold-start figures (SMOKE_ONLY=1 skips those; .ci/run runs
# 22 and 24 that way). A download per version, so it is not part of npm test. Needs dist/ (npm run build).
set -eu
cd "$(dirname "$0")/.."
[ -f dist/main.js ] || { echo "dist/ is missing: run npm run build" >&2; exit 2; }
versions="${*:-current 22 24}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for version in $versions; do
  if [ "$version" = current ]; then node_bin=$(command -v node); else
    node_bin=$(npx -y -p "node@$version" -- sh -c 'command -v node')
  fi
  data="$work/data-$version"
  bw() { BIDWRIGHT_DATA_DIR="$data" NO_COLOR=1 "$node_bin" bin/bidwright.js "$@"; }
  echo "== node $("$node_bin" --version) =="
  bw --help > /dev/null
  bw proof import examples/proof.json
  bw triage examples/job-post.txt --json > "$work/triage.json"
  bw propose examples/job-post.txt --json > "$work/proposal.json"
  "$node_bin" -e 'const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); require("fs").writeFileSync(process.argv[2], p.text); console.log(p.citations.join(","))' \
    "$work/proposal.json" "$work/draft.txt" > "$work/cites.txt"
  bw lint "$work/draft.txt" --job examples/job-post.txt --cite "$(cat "$work/cites.txt")" | tail -n 1
  # node itself in the background (not the bw function's subshell), so $! is the server to stop.
  BIDWRIGHT_DATA_DIR="$data" NO_COLOR=1 "$node_bin" bin/bidwright.js serve --port 0 > "$work/serve.log" 2>&1 &
  server=$!
  tries=0
  until grep -q 'listening on' "$work/serve.log"; do
    tries=$((tries + 1))
    [ "$tries" -le 100 ] || { kill "$server"; cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
  done
  url=$(sed -n 's/^bidwright listening on \([^ ]*\).*/\1/p' "$work/serve.log")
  "$node_bin" -e 'fetch(process.argv[1] + "/healthz").then(async (r) => { console.log("healthz", r.status, await r.text()); process.exitCode = r.ok ? 0 : 1; })' "$url"
  kill "$server"
  wait "$server" || true
  # SMOKE_ONLY=1 (CI) checks that each version runs and skips the timing.
  [ "${SMOKE_ONLY:-}" = 1 ] || "$node_bin" --import tsx bench/cold-start.ts 10
done
