#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests and benchmarks, on loopback only.
#
#   scripts/pg-throwaway.sh start DIR PORT   initialise DIR, start the server, print its URL
#   scripts/pg-throwaway.sh stop  DIR        stop the server (fast) and remove DIR
#
# The cluster trusts every local connection (no password): never point it at real data.
# initdb refuses to run as root, so as root the server runs as the `postgres` OS user.
# The database is initialised with a UTF-8 ctype (C.UTF-8): under plain C, pg_trgm extracts
# no trigrams from Chinese text.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

usage() {
  echo "usage: $0 start DIR PORT | stop DIR [PORT]" >&2
  exit 64
}

[ $# -ge 2 ] || usage
action="$1"
dir="$2"
port="${3:-}"

if [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL 15 server binaries not found in $PG_BIN (install the Debian package 'postgresql')." >&2
  exit 69
fi

# Runs a command as the postgres OS user when we are root, as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    [ -n "$port" ] || usage
    case "$port" in *[!0-9]*) echo "PORT must be a number: $port" >&2; exit 64 ;; esac
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [ -n "$(ls -A "$dir")" ]; then
      echo "$dir is not empty; refusing to initialise a cluster there." >&2
      exit 73
    fi
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
      chmod 700 "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "the postgres user cannot reach $dir (is a parent directory private?)." >&2
        exit 77
      fi
    fi
    as_pg "$PG_BIN/initdb" -D "$dir" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >"$dir.initdb.log" 2>&1 || {
      cat "$dir.initdb.log" >&2
      rm -f "$dir.initdb.log"
      exit 1
    }
    rm -f "$dir.initdb.log"
    as_pg "$PG_BIN/pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" >/dev/null || {
      echo "PostgreSQL failed to start; its log:" >&2
      cat "$dir/server.log" >&2 || true
      exit 1
    }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ ! -d "$dir" ]; then
      exit 0
    fi
    dir="$(cd "$dir" && pwd)"
    # Only ever remove something that looks like a cluster this script made.
    if [ ! -f "$dir/PG_VERSION" ]; then
      if [ -z "$(ls -A "$dir")" ]; then
        rmdir "$dir"
        exit 0
      fi
      echo "$dir does not look like a PostgreSQL data directory; leaving it alone." >&2
      exit 65
    fi
    if [ -f "$dir/postmaster.pid" ]; then
      as_pg "$PG_BIN/pg_ctl" -D "$dir" -w -t 60 stop -m fast >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    usage
    ;;
esac
