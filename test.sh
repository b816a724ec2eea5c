#!/usr/bin/env bash
# Runs every Beacon test: unit and HTTP integration tests on SQLite, the database tests again on a
# throw-away PostgreSQL started here on a loopback port, and the browser tests in Chromium.
# Installs PostgreSQL, Chromium and nginx (for the two-node test) from Debian's packages when missing.
# Ends with one line: "Tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

. tools/scripts/machine.sh
install_missing chromium:chromium nginx:nginx initdb:postgresql || exit 1
start_throwaway_postgres || exit 1
port=$pg_port

results="$root/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0

minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

echo "Building…"
build_start=$SECONDS
dotnet build Beacon.slnx -c Release -nologo -v q || { echo "Tests: 0 passed, 1 failed"; exit 1; }
echo "== build took $(minutes $((SECONDS - build_start)))"

# Gates: the build above already treats every analyzer and code-style warning as an error
# (Directory.Build.props); the formatter checks what the build does not (whitespace, import order).
echo "== format"
format_start=$SECONDS
if ! dotnet format Beacon.slnx --verify-no-changes -v q; then
  echo "dotnet format found files to tidy: run 'dotnet format Beacon.slnx' and commit the result"
  status=1
fi
echo "== format gate took $(minutes $((SECONDS - format_start)))"

run_tests() { # name, project, extra args…
  local name=$1 project=$2 start=$SECONDS; shift 2
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
  echo "== $name pass took $(minutes $((SECONDS - start)))"
}

run_tests sqlite tests/Beacon.Tests
BEACON_TEST_PROVIDER=Postgres BEACON_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true" \
  run_tests postgres tests/Beacon.Tests --filter "Category=Database"
# One pass at a time: run beside the browser pass on two cores, the PostgreSQL pass took three
# times as long (each of its many round trips waits for a core), so together they finished later.
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
