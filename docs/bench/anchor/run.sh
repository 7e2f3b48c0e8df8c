#!/usr/bin/env bash
# The anchor comparison: ours against the Neo4j GraphQL Library (@neo4j/graphql 7 on
# graphql-yoga 5, installed here from the npm registry, outside the jar) over the same
# database through the same Bolt port; checks both return the same ids, then times them
# in alternating rounds and prints a markdown table row per query.
# Usage: docs/bench/anchor/run.sh DATA_DIR [rounds] [warm-up]
#   DATA_DIR: a data directory with a city already imported (e.g. by `import`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:?usage: run.sh DATA_DIR [rounds] [warm-up]}"
rounds="${2:-100}"; warm="${3:-100}"
jar="${JAR:-$here/../../../target/oversight-graph.jar}"
ours_port=18080; bolt_port=17687; anchor_port=14001
export OVERSIGHT_ADMIN_PASSWORD="${OVERSIGHT_ADMIN_PASSWORD:-anchor-bench-password}"
[ -d "$here/node_modules/@neo4j/graphql" ] || (cd "$here" && npm install --no-audit --no-fund)
java -jar "$jar" serve --port "$ours_port" --data-dir "$data" --oversight.bolt.port="$bolt_port" \
  --oversight.load-sample=false > "$here/ours.log" 2>&1 &
ours=$!
trap 'kill $ours ${anchor:-} 2>/dev/null || true' EXIT
until curl -sf -u "admin:$OVERSIGHT_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"query":"{ __typename }"}' "http://127.0.0.1:$ours_port/graphql" > /dev/null; do
  kill -0 $ours 2>/dev/null || { echo "our server did not start: see $here/ours.log"; exit 1; }
  sleep 1
done
password="$(cat "$(find "$data" -name bolt-password | head -1)")"
node "$here/server.mjs" "bolt://127.0.0.1:$bolt_port" "$password" "$anchor_port" > "$here/anchor.log" 2>&1 &
anchor=$!
until curl -sf -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
  "http://127.0.0.1:$anchor_port/graphql" > /dev/null; do
  kill -0 $anchor 2>/dev/null || { echo "the anchor did not start: see $here/anchor.log"; exit 1; }
  sleep 1
done
echo "| query | ours p50 / p95 ms | anchor p50 / p95 ms | ours ÷ anchor at p50 |"
echo "| --- | --- | --- | --- |"
node "$here/compare.mjs" "http://127.0.0.1:$ours_port/graphql" admin "$OVERSIGHT_ADMIN_PASSWORD" \
  "http://127.0.0.1:$anchor_port/graphql" "$rounds" "$warm"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
