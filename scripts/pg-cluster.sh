#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests, separate from Debian's default 15/main on 5432.
# Usage: url=$(scripts/pg-cluster.sh start)   # stdout: postgres://postgres:PASS@127.0.0.1:PORT/parindex_test
#        scripts/pg-cluster.sh stop
# Env: PGROOT (default /tmp/parindex-pg), PGPORT (5433), PGPASS (parindex).
# Only the URL goes to stdout; everything else goes to stderr so callers can capture the URL.
set -euo pipefail
PGROOT=${PGROOT:-/tmp/parindex-pg}
PGPORT=${PGPORT:-5433}
PGPASS=${PGPASS:-parindex}
PGBIN=/usr/lib/postgresql/15/bin

die() { echo "pg-cluster: $*" >&2; exit 1; }
log() { echo "pg-cluster: $*" >&2; }

# We `rm -rf $PGROOT` on stop, so refuse anything that looks like a real directory.
case "$PGROOT" in
    "" | / | /tmp | /tmp/ | "$HOME" | /root) die "refusing PGROOT='$PGROOT'" ;;
esac

# initdb and postgres refuse to run as root, so every server command runs as OS user postgres.
as_pg() {
    if [[ $(id -un) == postgres ]]; then
        "$@"
    elif [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        die "must run as root (to use runuser -u postgres) or as user postgres; current user: $(id -un)"
    fi
}

stop_cluster() {
    # Tolerant: nothing to stop if the data folder or its pid file is missing.
    if [[ -f $PGROOT/data/postmaster.pid ]]; then
        log "stopping cluster in $PGROOT"
        as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >&2 || log "pg_ctl stop failed (already stopped?)"
    fi
}

start_cluster() {
    # Fail early with a clear message rather than half-way through (runuser needs root).
    as_pg true
    if [[ ! -x $PGBIN/initdb ]]; then
        [[ $EUID -eq 0 ]] || die "$PGBIN/initdb is missing and installing postgresql-15 needs root"
        log "installing postgresql-15"
        apt-get update >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 >&2
    fi

    stop_cluster   # a cluster left over from an earlier run would hold the port
    rm -rf "$PGROOT"
    mkdir -p "$PGROOT"
    # The parent of the data folder must belong to postgres; the password file must be readable by it.
    [[ $EUID -eq 0 ]] && chown postgres:postgres "$PGROOT"
    printf '%s\n' "$PGPASS" >"$PGROOT/pwfile"
    [[ $EUID -eq 0 ]] && chown postgres "$PGROOT/pwfile"
    chmod 600 "$PGROOT/pwfile"

    # Unix socket (in $PGROOT) is trusted for setup; TCP needs the password, like production.
    as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --pwfile="$PGROOT/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 \
        || { cat "$PGROOT/initdb.log" >&2; die "initdb failed"; }
    # fsync=off: test data is disposable, and it makes tests faster.
    as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
        -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 \
        || { tail -20 "$PGROOT/server.log" >&2; die "server did not start (port $PGPORT in use?)"; }
    "$PGBIN/psql" -h "$PGROOT" -p "$PGPORT" -U postgres -qc "CREATE DATABASE parindex_test" >&2
    log "ready on 127.0.0.1:$PGPORT (log: $PGROOT/server.log)"
    echo "postgres://postgres:$PGPASS@127.0.0.1:$PGPORT/parindex_test"
}

case "${1:-}" in
    start) start_cluster ;;
    stop)
        stop_cluster
        rm -rf "$PGROOT"
        ;;
    *) die "usage: $0 start|stop" ;;
esac
