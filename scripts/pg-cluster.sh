#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: in a temporary folder, on a free
# loopback port, run by an unprivileged user (`postgres` when called as root, since
# PostgreSQL refuses to run as root). Nothing is left running once `stop` has run.
#
#   eval "$(bash scripts/pg-cluster.sh start [--durable])"   # exports MOSAIC_TEST_POSTGRES,
#                                                           # MOSAIC_PG_BIN, MOSAIC_PG_DIR
#   bash scripts/pg-cluster.sh stop "$MOSAIC_PG_DIR"
#   bash scripts/pg-cluster.sh pause|resume "$MOSAIC_PG_DIR"   # stop/start the server, keep data
#
# Without --durable the cluster skips fsync (tests); with it, it keeps PostgreSQL's
# defaults (benchmarks compare like with like).
set -euo pipefail

bin_dir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$d/initdb" ] || { echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
  echo "$d"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "${1:-}" in
  start)
    BIN=$(bin_dir)
    DIR=$(mktemp -d /tmp/mosaic-pg.XXXXXX)
    chmod 755 "$DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; USER_NAME=postgres; else USER_NAME=$(id -un); fi
    as_owner "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    OPTS="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$DIR -c max_connections=400 -c shared_buffers=128MB"
    if [ "${2:-}" != "--durable" ]; then
      OPTS="$OPTS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    for _ in 1 2 3 4 5; do
      PORT=$(free_port)
      if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 -o "-p $PORT $OPTS" start >/dev/null 2>&1; then
        echo "-p $PORT $OPTS" >"$DIR/options"
        echo "export MOSAIC_TEST_POSTGRES=postgres://$USER_NAME@127.0.0.1:$PORT"
        echo "export MOSAIC_PG_BIN=$BIN"
        echo "export MOSAIC_PG_DIR=$DIR"
        exit 0
      fi
    done
    cat "$DIR/server.log" >&2 || true
    exit 1
    ;;
  stop)
    DIR=${2:?usage: pg-cluster.sh stop DIR}
    BIN=$(bin_dir)
    [ -d "$DIR/data" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  pause)
    DIR=${2:?usage: pg-cluster.sh pause DIR}
    as_owner "$(bin_dir)/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    ;;
  resume)
    DIR=${2:?usage: pg-cluster.sh resume DIR}
    as_owner "$(bin_dir)/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 -o "$(cat "$DIR/options")" start >/dev/null
    ;;
  *)
    echo "usage: pg-cluster.sh start [--durable] | stop DIR | pause DIR | resume DIR" >&2
    exit 2
    ;;
esac
