#!/usr/bin/env bash
# Sourced by test.sh: a throwaway PostgreSQL cluster for the server backend's
# tests, made and removed around one test run.
#
#   pg_test_cluster_start   initdb + pg_ctl start; exports KARTOTEKA_TEST_PG
#   pg_test_cluster_stop    stops it and removes its folder (safe to call twice)
#
# The server refuses to run as root, so as root (CI, a fresh chroot) the cluster
# belongs to the `postgres` user the Debian package creates; a normal user runs
# it as themselves. It listens on 127.0.0.1 at a free port and on a socket in
# its own folder, trusts local connections (nothing else can reach it) and
# skips every fsync: its data lives only as long as the test run.

pg_test_cluster_dir=
pg_test_cluster_runas=()

pg_test_cluster_bindir() {
    if [[ -n ${KARTOTEKA_PG_BIN:-} ]]; then
        printf '%s\n' "$KARTOTEKA_PG_BIN"
        return
    fi
    # The newest installed major version (Debian installs them side by side).
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -n $dir ]] && printf '%s\n' "$dir"
}

# A TCP port nobody listens on right now: bash's /dev/tcp connects or fails.
pg_test_cluster_free_port() {
    local port tries
    for tries in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    return 1
}

pg_test_cluster_start() {
    local bindir started port
    started=$(date +%s%N)
    bindir=$(pg_test_cluster_bindir)
    if [[ -z $bindir || ! -x $bindir/pg_ctl ]]; then
        echo "PostgreSQL's server programs are missing (package postgresql-15)." >&2
        return 1
    fi
    if [[ $(id -u) -eq 0 ]]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "Running as root, the test cluster needs the 'postgres' user" \
                "(created by the postgresql-15 package)." >&2
            return 1
        fi
        pg_test_cluster_runas=(runuser -u postgres --)
        # Under /tmp, which the postgres user can reach whatever root's TMPDIR is.
        pg_test_cluster_dir=$(mktemp -d /tmp/kartoteka-pg.XXXXXX) || return 1
        chown postgres: "$pg_test_cluster_dir"
    else
        pg_test_cluster_runas=()
        pg_test_cluster_dir=$(mktemp -d "${TMPDIR:-/tmp}/kartoteka-pg.XXXXXX") || return 1
    fi
    local data=$pg_test_cluster_dir/data
    if ! "${pg_test_cluster_runas[@]}" "$bindir/initdb" -D "$data" -U kartoteka_test \
        --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync \
        >"$pg_test_cluster_dir/initdb.log" 2>&1; then
        cat "$pg_test_cluster_dir/initdb.log" >&2
        echo "initdb failed for the test cluster." >&2
        pg_test_cluster_stop
        return 1
    fi
    # The test user (the clusters' superuser) is trusted; the login roles of
    # Kartoteka's accounts must give their passwords, as on a shop's server.
    cat >"$data/pg_hba.conf" <<'HBA'
local all kartoteka_test trust
host all kartoteka_test 127.0.0.1/32 trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
HBA
    local attempt
    for attempt in 1 2 3; do
        port=$(pg_test_cluster_free_port) || break
        pg_test_cluster_write_restart "$bindir" "$port"
        if "$KARTOTEKA_TEST_PG_RESTART" start >/dev/null 2>&1; then
            export KARTOTEKA_TEST_PG="postgresql://kartoteka_test@127.0.0.1:$port/postgres"
            export KARTOTEKA_TEST_PG_CLUSTER=$pg_test_cluster_dir
            local took=$((($(date +%s%N) - started) / 1000000))
            echo "Test PostgreSQL server: $KARTOTEKA_TEST_PG (started in $took ms)"
            return 0
        fi
        # Someone took the port between the check and the start: try another.
    done
    cat "$pg_test_cluster_dir/server.log" >&2 2>/dev/null
    echo "The test PostgreSQL server did not start." >&2
    pg_test_cluster_stop
    return 1
}

# $pg_test_cluster_dir/restart.sh start|stop: starts the server on `port`
# (listening on 127.0.0.1 and a socket in its folder, no fsync: its data lives
# only as long as the test run; each ctest process holds a few connections),
# or kills it as a crash would (pg_ctl stop -m immediate), for the test of a
# server killed mid-save (KARTOTEKA_TEST_PG_RESTART; ctest runs it alone).
pg_test_cluster_write_restart() {
    local bindir=$1 port=$2 script=$pg_test_cluster_dir/restart.sh
    {
        echo '#!/usr/bin/env bash'
        printf 'runas=(%s)\n' "${pg_test_cluster_runas[*]@Q}"
        printf 'pg_ctl=%q\n' "$bindir/pg_ctl"
        printf 'dir=%q\n' "$pg_test_cluster_dir"
        printf 'port=%q\n' "$port"
        cat <<'SCRIPT'
case $1 in
stop) exec "${runas[@]}" "$pg_ctl" -D "$dir/data" -m immediate -w stop ;;
start) exec "${runas[@]}" "$pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
        -c max_connections=200 -c shared_buffers=32MB" start ;;
*) echo "usage: $0 stop|start" >&2; exit 2 ;;
esac
SCRIPT
    } >"$script"
    chmod +x "$script"
    export KARTOTEKA_TEST_PG_RESTART=$script
}

pg_test_cluster_stop() {
    [[ -n $pg_test_cluster_dir && -d $pg_test_cluster_dir ]] || return 0
    local bindir
    bindir=$(pg_test_cluster_bindir)
    if [[ -f $pg_test_cluster_dir/data/postmaster.pid ]]; then
        # Immediate: nothing in it needs to survive, and it stops at once.
        "${pg_test_cluster_runas[@]}" "$bindir/pg_ctl" -D "$pg_test_cluster_dir/data" \
            -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_test_cluster_dir"
    pg_test_cluster_dir=
    unset KARTOTEKA_TEST_PG KARTOTEKA_TEST_PG_CLUSTER KARTOTEKA_TEST_PG_RESTART
}
