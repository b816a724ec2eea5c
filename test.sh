#!/usr/bin/env bash
# Runs every Beacon test: unit and HTTP integration tests on SQLite, the database tests again on a
# throw-away PostgreSQL started here on a loopback port, and the browser tests in Chromium.
# Installs PostgreSQL, Chromium and nginx (for the two-node test) from Debian's packages when missing.
# Ends with one line: "Tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || {
    echo "Could not install ${need[*]}: run as root on Debian, or install them yourself."; exit 1; }
fi

# A throw-away PostgreSQL cluster, owned by the postgres user (the server refuses to run as root).
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/beacon-pg.XXXXXX)
chmod 755 "$pgdir"
run_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$pgdir"; su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
port=${BEACON_PG_PORT:-}
if [ -z "$port" ]; then
  for candidate in $(seq 55432 55532); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; then port=$candidate; break; fi
  done
fi
cleanup() {
  run_pg "$pgbin/pg_ctl -D $pgdir/data -m immediate stop" >/dev/null 2>&1
  rm -rf "$pgdir"
}
trap cleanup EXIT
run_pg "$pgbin/initdb -D $pgdir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null || { echo "initdb failed"; exit 1; }
# fsync off: this cluster is thrown away after the run, so durability buys nothing here.
run_pg "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/server.log -w -o \"-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start" >/dev/null \
  || { echo "PostgreSQL did not start:"; cat "$pgdir/server.log"; exit 1; }
echo "PostgreSQL $(basename "$(dirname "$pgbin")") on 127.0.0.1:$port"

results="$root/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0

echo "Building…"
dotnet build Beacon.slnx -c Release -nologo -v q || { echo "Tests: 0 passed, 1 failed"; exit 1; }

run_tests() { # name, project, extra args…
  local name=$1 project=$2; shift 2
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
}

run_tests sqlite tests/Beacon.Tests
BEACON_TEST_PROVIDER=Postgres BEACON_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true" \
  run_tests postgres tests/Beacon.Tests --filter "Category=Database"
run_tests browser tests/Beacon.BrowserTests

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); t=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "Tests: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
