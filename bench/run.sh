#!/usr/bin/env bash
# Measures Beacon at one scale on SQLite and on PostgreSQL and writes docs/performance.md:
#   bench/run.sh [--scale demo|district|metro] [--duration SECONDS] [--out FILE]
# Installs wrk, nginx and PostgreSQL from Debian's packages when missing, starts a throw-away
# PostgreSQL (fsync on) on a loopback port, fills each database with the scale generator, runs
# every benchmark against it and renders the table. --scale metro measures the district scale too
# (survey results and pages under load), so the report shows how each ratio moves with size.
# All load goes to 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=metro; duration=15; out=docs/performance.md; import_rows=100000
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --import-rows) import_rows=$2; shift 2 ;;
    *) echo "Unknown option $1 (use --scale, --duration, --out, --import-rows)"; exit 2 ;;
  esac
done

. tools/scripts/machine.sh
install_missing wrk:wrk nginx:nginx initdb:postgresql
start_throwaway_postgres durable

echo "Building…"
dotnet build src/Beacon.Web -c Release -nologo -v q
dotnet build bench/Beacon.Bench -c Release -nologo -v q
bench() { dotnet bench/Beacon.Bench/bin/Release/net10.0/Beacon.Bench.dll "$@"; }

work=$(mktemp -d /tmp/beacon-bench.XXXXXX)
trap 'stop_throwaway_postgres; rm -rf "$work"' EXIT
results=$work/results.tsv
postgres() { echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$1"; }
create_database() { psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE DATABASE $1" postgres; }

# At metro scale the district scale is measured too, first, so the report shows how each ratio moves as the district grows.
scales=$scale
[ "$scale" = metro ] && scales="district metro"

for provider in sqlite postgres; do
  if [ $provider = sqlite ]; then
    fresh="Data Source=$work/import.db"
  else
    create_database bench_import
    fresh=$(postgres bench_import)
  fi
  for s in $scales; do
    if [ $provider = sqlite ]; then data="Data Source=$work/bench-$s.db"; else create_database "bench_$s"; data=$(postgres "bench_$s"); fi
    echo "== $provider: generating the $s district"
    bench generate --scale "$s" --provider $provider --connection "$data"
    echo "== $provider: survey results ($s)"
    bench surveys --scale "$s" --provider $provider --connection "$data" --results "$results"
    echo "== $provider: pages under load ($s)"
    bench load --scale "$s" --provider $provider --connection "$data" --duration "$duration" --results "$results"
  done
  echo "== $provider: sign-in time, existing account against unknown address"
  bench signin --scale "$scale" --provider $provider --connection "$data" --results "$results"
  echo "== $provider: 5,000 survey takers at once"
  bench takers --scale "$scale" --provider $provider --connection "$data" --results "$results"
  echo "== $provider: publishing a survey to every staff member"
  bench publish --scale "$scale" --provider $provider --connection "$data" --results "$results"
  echo "== $provider: import of $import_rows staff"
  bench import --rows "$import_rows" --provider $provider --connection "$fresh" --results "$results"
done

bench report --results "$results" --out "$out" --command "bench/run.sh --scale $scale --duration $duration"
