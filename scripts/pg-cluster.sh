#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: in a temporary folder, on a free
# loopback port, run by an unprivileged user (`postgres` when called as root, since
# PostgreSQL refuses to run as root). Nothing is left running once `stop` has run.
#
#   eval "$(bash scripts/pg-cluster.sh start [--durable] [--tls])"   # exports MOSAIC_TEST_POSTGRES,
#                                                 # MOSAIC_PG_BIN, MOSAIC_PG_DIR (and MOSAIC_TEST_PG_CA)
#   bash scripts/pg-cluster.sh stop "$MOSAIC_PG_DIR"
#   bash scripts/pg-cluster.sh pause|resume "$MOSAIC_PG_DIR"   # stop/start the server, keep data
#
# Without --durable the cluster skips fsync (tests); with it, it keeps PostgreSQL's
# defaults (benchmarks compare like with like). With --tls it also serves TLS (`ssl = on`)
# with a throwaway CA and a server certificate for 127.0.0.1/localhost made by the openssl
# CLI; the CA's PEM file is exported as MOSAIC_TEST_PG_CA. Clients choose TLS or not
# (sslmode), so callers that do not ask for TLS keep working as before.
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

# A CA and a server certificate signed by it, in $1 (owned by the cluster's user, the key
# 0600 as PostgreSQL demands); prints the server options that turn TLS on.
make_tls() {
  local d=$1
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=mosaic test CA" \
    -keyout "$d/ca.key" -out "$d/ca.pem" >/dev/null 2>&1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$d/server.key" -out "$d/server.csr" >/dev/null 2>&1
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$d/server.ext"
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
    -days 2 -extfile "$d/server.ext" -out "$d/server.pem" >/dev/null 2>&1
  rm -f "$d/ca.key" "$d/server.csr" "$d/server.ext" "$d/ca.srl"
  chmod 600 "$d/server.key"
  chmod 644 "$d/server.pem" "$d/ca.pem"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$d/server.key" "$d/server.pem" "$d/ca.pem"; fi
  echo "-c ssl=on -c ssl_cert_file=$d/server.pem -c ssl_key_file=$d/server.key"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case "${1:-}" in
  start)
    shift
    DURABLE=no; TLS=no
    for a in "$@"; do
      case "$a" in
        --durable) DURABLE=yes ;;
        --tls) TLS=yes ;;
        *) echo "pg-cluster: unknown option $a" >&2; exit 2 ;;
      esac
    done
    BIN=$(bin_dir)
    DIR=$(mktemp -d /tmp/mosaic-pg.XXXXXX)
    chmod 755 "$DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; USER_NAME=postgres; else USER_NAME=$(id -un); fi
    as_owner "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    OPTS="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$DIR -c max_connections=400 -c shared_buffers=128MB"
    if [ "$TLS" = yes ]; then
      command -v openssl >/dev/null || { echo "pg-cluster: --tls needs the openssl CLI (apt-get install openssl)" >&2; exit 1; }
      mkdir "$DIR/tls"
      OPTS="$OPTS $(make_tls "$DIR/tls")"
    fi
    if [ "$DURABLE" != yes ]; then
      OPTS="$OPTS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    for _ in 1 2 3 4 5; do
      PORT=$(free_port)
      if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 -o "-p $PORT $OPTS" start >/dev/null 2>&1; then
        echo "-p $PORT $OPTS" >"$DIR/options"
        echo "export MOSAIC_TEST_POSTGRES=postgres://$USER_NAME@127.0.0.1:$PORT"
        echo "export MOSAIC_PG_BIN=$BIN"
        echo "export MOSAIC_PG_DIR=$DIR"
        if [ "$TLS" = yes ]; then echo "export MOSAIC_TEST_PG_CA=$DIR/tls/ca.pem"; fi
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
    echo "usage: pg-cluster.sh start [--durable] [--tls] | stop DIR | pause DIR | resume DIR" >&2
    exit 2
    ;;
esac
