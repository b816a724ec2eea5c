# Shared by test.sh and bench/run.sh (source it): installs missing Debian packages and starts a
# throw-away PostgreSQL on a free loopback port.

# install_missing COMMAND:PACKAGE…: installs each package whose command is not on this machine.
install_missing() {
  local need=() pair command package
  for pair in "$@"; do
    command=${pair%%:*}; package=${pair#*:}
    if [ "$command" = initdb ]; then
      ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=("$package")
    else
      command -v "$command" >/dev/null 2>&1 || [ -x "/usr/sbin/$command" ] || need+=("$package")
    fi
  done
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]}…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || {
      echo "Could not install ${need[*]}: run as root on Debian, or install them yourself."; return 1; }
  fi
}

# start_throwaway_postgres [durable]: initdb + start a cluster owned by the postgres user (the server
# refuses to run as root) on a free port from 55432 (or $BEACON_PG_PORT); sets pg_port and pg_dir
# and removes the cluster when the calling script exits. Tests run with fsync off (the cluster is
# thrown away, durability buys nothing); benchmarks pass "durable" to measure what a district gets.
start_throwaway_postgres() {
  local fsync=off
  [ "${1:-}" = durable ] && fsync=on
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/beacon-pg.XXXXXX)
  chmod 755 "$pg_dir"
  pg_port=${BEACON_PG_PORT:-}
  if [ -z "$pg_port" ]; then
    local candidate
    for candidate in $(seq 55432 55532); do
      if ! (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; then pg_port=$candidate; break; fi
    done
  fi
  trap stop_throwaway_postgres EXIT
  run_as_postgres "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null || { echo "initdb failed"; return 1; }
  run_as_postgres "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/server.log -w -o \"-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=300\" start" >/dev/null \
    || { echo "PostgreSQL did not start:"; cat "$pg_dir/server.log"; return 1; }
  echo "PostgreSQL $(basename "$(dirname "$pg_bin")") on 127.0.0.1:$pg_port"
}

stop_throwaway_postgres() {
  run_as_postgres "$pg_bin/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1
  rm -rf "$pg_dir"
}

run_as_postgres() {
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$pg_dir"; su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
