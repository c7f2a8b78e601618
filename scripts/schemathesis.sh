#!/usr/bin/env bash
# Fuzzes the JSON API against its own document with schemathesis: starts the real server
# (`serve --demo` on a temporary data folder, 127.0.0.1 only), signs in the administrator and
# the demo unit's officer, and runs schemathesis once with each token. Fails on any server
# error (5xx), any status the document does not list, any wrong content type and any body that
# does not match its schema.
#
# Usage: scripts/schemathesis.sh PATH_TO_PARINDEX [extra schemathesis arguments…]
#   MAX_EXAMPLES=25 (per operation and phase; about 50 s a run on 2 cores), SEED=… (reproduce a run), PORT=… (default: a
#   free port in 18000-18999), REPORT_DIR=… (junit and ndjson reports and the logs of failed
#   runs; default: .build/schemathesis),
#   SCHEMA=path/to/openapi.yaml (fuzz against that file instead of the document the server
#   serves, which is the copy taken at build time: handy while editing the document).
set -euo pipefail
usage="usage: $0 PATH_TO_PARINDEX [schemathesis arguments…]"
if [[ $# -lt 1 ]]; then echo "$usage" >&2; exit 2; fi
bin=$1
shift
[[ -x $bin ]] || { echo "schemathesis: not an executable: $bin" >&2; echo "$usage" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
cd "$(dirname "$0")/.."

py=$(scripts/e2e-setup.sh | tail -n 1)
st=$(dirname "$py")/schemathesis
MAX_EXAMPLES=${MAX_EXAMPLES:-25}
SEED=${SEED:-$RANDOM$RANDOM}

work=$(mktemp -d /tmp/parindex-schemathesis.XXXXXX)
REPORT_DIR=${REPORT_DIR:-$PWD/.build/schemathesis}
rm -rf "$REPORT_DIR/officer" "$REPORT_DIR/administrator" "$REPORT_DIR/officer.log" "$REPORT_DIR/administrator.log"
mkdir -p "$REPORT_DIR"
server_pid=
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${PORT:-} ]]; then
    PORT=$("$py" - <<'EOF'
import random, socket
ports = list(range(18000, 19000)); random.shuffle(ports)
for port in ports:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port)); print(port); break
        except OSError:
            pass
EOF
)
fi
base=http://127.0.0.1:$PORT

# The data folder's own SQLite file, never a shared database; no 5-second backtrace on a crash.
env -u DATABASE_URL SWIFT_BACKTRACE=enable=no \
    "$bin" serve --demo --data "$work/data" --port "$PORT" --hostname 127.0.0.1 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 600); do
    curl -fsS -o /dev/null "$base/health" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { echo "schemathesis: the server exited"; tail -20 "$work/server.out" "$work/server.err"; exit 1; }
    sleep 0.1
done
curl -fsS -o /dev/null "$base/health" || { echo "schemathesis: the server is not healthy"; tail -20 "$work/server.err"; exit 1; }

# Both tokens first: fuzzing POST /api/v1/tokens fails many logins, which throttles the address.
token() {
    curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$base/api/v1/tokens" |
        "$py" -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
admin_token=$(token admin demo-admin-2023)
officer_token=$(token chilang.officer demo-officer-2023)

# Real IDs in the path parameters, so that most requests get past 404 (scripts/schemathesis_config.py).
BASE=$base ADMIN_TOKEN=$admin_token OFFICER_TOKEN=$officer_token "$py" scripts/schemathesis_config.py >"$work/schemathesis.toml"

passed=0 failed=0
run() {  # run NAME TOKEN
    local name=$1 token=$2 started=$SECONDS status=0
    shift 2
    echo "-- schemathesis as $name (max $MAX_EXAMPLES examples per operation, seed $SEED)"
    # Checks: server errors, undocumented statuses, content types and response bodies. Phases
    # examples, coverage and fuzzing (stateful needs links the document does not declare).
    # No operation is excluded: the sessions survive every one (there is no token revocation,
    # deactivating an account needs its id, which the config never gives, and the
    # administrator cannot deactivate their own account). --workers 1: with 2, hypothesis
    # crashed now and then in its own code ("AST constructor recursion depth mismatch").
    local schema=("$base/api/v1/openapi.yaml")
    [[ -n ${SCHEMA:-} ]] && schema=("$SCHEMA" --url "$base/")
    # The hooks give the evidence upload's file part bodies of the media types it lists.
    PYTHONPATH=$PWD/scripts SCHEMATHESIS_HOOKS=schemathesis_hooks timeout 240 \
        "$st" --config-file "$work/schemathesis.toml" run "${schema[@]}" \
        --header "Authorization: Bearer $token" \
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
        --phases examples,coverage,fuzzing \
        --max-examples "$MAX_EXAMPLES" --seed "$SEED" --workers 1 \
        --request-timeout 10 --no-color \
        --report junit,ndjson --report-dir "$REPORT_DIR/$name" \
        "$@" >"$work/$name.log" 2>&1 || status=$?
    # The run's failure details and its summary; the full log is long (one line per operation).
    if grep -qE '^=+ (ERRORS|FAILURES) =+$' "$work/$name.log"; then
        sed -nE '/^=+ (ERRORS|FAILURES) =+$/,$p' "$work/$name.log" | head -400
    else
        tail -25 "$work/$name.log"
    fi
    echo "-- $name: exit $status after $((SECONDS - started)) s"
    if ((status != 0)); then
        failed=$((failed + 1))
        cp "$work/$name.log" "$REPORT_DIR/$name.log" 2>/dev/null || true
    else
        passed=$((passed + 1))
    fi
}
# The officer first: the administrator's run may change the demo's units and periods.
run officer "$officer_token" "$@"
run administrator "$admin_token" "$@"

if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "schemathesis: the server died during the run"; tail -30 "$work/server.err"; failed=$((failed + 1))
fi
echo "reports: $REPORT_DIR"
echo "$passed passed, $failed failed"
((failed == 0))
