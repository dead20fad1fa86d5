#!/usr/bin/env bash
# A throwaway PostgreSQL server on localhost for the store tests.
#
#   eval "$(.ci/postgres.sh)"    # sets UNFASCICLE_TEST_PG_URL
#
# Installs Debian's postgresql package if missing, creates a cluster of its own in a temp
# folder (not Debian's "main" cluster) and starts it on 127.0.0.1, creates a test user and
# database, then prints one `export UNFASCICLE_TEST_PG_URL=...` line on stdout (all
# progress goes to stderr). Idempotent: a second run reuses the running server.
# Settings: UNFASCICLE_PG_PORT (default 55432; the next free one if taken),
# UNFASCICLE_PG_DIR (default /tmp/unfascicle-pg).
set -euo pipefail

PORT="${UNFASCICLE_PG_PORT:-55432}"
DIR="${UNFASCICLE_PG_DIR:-/tmp/unfascicle-pg}"
DATA="$DIR/data"
USER_NAME=unfascicle
PASSWORD=unfascicle
DB_NAME=unfascicle_test

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# initdb and postgres refuse to run as root: run them as the postgres user then.
if [ "$(id -u)" = 0 ]; then
    as_owner() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_owner() { "$@"; }
    OWNER="$(id -un)"
fi

mkdir -p "$DIR"
chown "$OWNER" "$DIR"
if [ ! -f "$DATA/PG_VERSION" ]; then
    log "creating a cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >&2
fi

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    PORT="$(cat "$DIR/port")"
else
    while port_taken "$PORT"; do PORT=$((PORT + 1)); done
    echo "$PORT" >"$DIR/port"
    log "starting the server on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$DATA" start >&2
fi

psql_admin() { as_owner "$BIN/psql" -h "$DATA" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" ]; then
    log "creating user $USER_NAME"
    psql_admin -c "CREATE ROLE $USER_NAME LOGIN CREATEDB PASSWORD '$PASSWORD'"
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    log "creating database $DB_NAME"
    psql_admin -c "CREATE DATABASE $DB_NAME OWNER $USER_NAME"
fi

echo "export UNFASCICLE_TEST_PG_URL=postgresql://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB_NAME"
