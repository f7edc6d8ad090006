#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks, in a temporary folder.
#   cluster.sh start STATE_DIR [--durable]   initdb, start on a free loopback port, write STATE_DIR/url
#   cluster.sh stop STATE_DIR                stop the server and remove its folder
# Run as root (as CI does), the server runs as the postgres user, since PostgreSQL refuses root.
# Without --durable, fsync is off: the cluster is thrown away, and the tests create many databases.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "cluster.sh: PostgreSQL server programs not found under /usr/lib/postgresql (run .ci/deps)" >&2; exit 1; }

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state/folder" ] || return 0
  local folder
  folder=$(cat "$state/folder")
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_server_user "$bindir/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$folder"
  rm -f "$state/folder" "$state/url"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  stop
  mkdir -p "$state"
  local folder port settings=()
  folder=$(mktemp -d "${TMPDIR:-/tmp}/iamm-postgresql.XXXXXX")
  echo "$folder" > "$state/folder"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$folder"
  chmod 700 "$folder"
  as_server_user "$bindir/initdb" -D "$folder/data" -U iamm --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
  # One role must give its password (tst_opendatabase); pg_hba.conf takes the first line that matches.
  as_server_user sed -i "1i host all iamm_password_check 127.0.0.1/32 scram-sha-256" "$folder/data/pg_hba.conf"
  [ "${3:-}" = "--durable" ] || settings=(-c fsync=off -c full_page_writes=off -c synchronous_commit=off)
  port=$(free_port)
  as_server_user "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=50 ${settings[*]}" >/dev/null ||
    { cat "$folder/server.log" >&2; exit 1; }
  echo "postgresql://iamm@127.0.0.1:$port/postgres" > "$state/url"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port in $folder"
}

case "$action" in
  start) start "$@" ;;
  stop) stop ;;
  *) echo "cluster.sh: unknown action $action (start or stop)" >&2; exit 2 ;;
esac
