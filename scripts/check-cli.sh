#!/usr/bin/env bash
# Runs the built `parindex` on the shipped files and checks exit statuses and key figures, so the
# executable itself (not only the library) is tested. Usage: scripts/check-cli.sh PATH_TO_PARINDEX
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:?path to the parindex executable}
passed=0
failed=0

# expect NAME STATUS PATTERN -- COMMAND…: the command exits with STATUS and its output matches PATTERN.
expect() {
    local name=$1 status=$2 pattern=$3
    shift 4
    local output actual
    output=$("$@" 2>&1)
    actual=$?
    if [[ $actual -eq $status ]] && grep -qE -- "$pattern" <<<"$output"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'FAILED %s: exit %s (expected %s), pattern «%s»\n%s\n' "$name" "$actual" "$status" "$pattern" "$output" | head -40
    fi
}

expect "shipped criteria sets validate" 0 "hợp lệ" -- "$bin" criteria validate criteria-sets/*.yaml
expect "PAR self-assessed part 64,06 of 80" 0 "Phần đã chấm: 64,06 / 80" -- \
    "$bin" score criteria-sets/langson-district-par-2023.yaml examples/chi-lang-2023/par-index.yaml
expect "PAR survey part implied at 19" 0 "suy ra 19 điểm" -- \
    "$bin" score criteria-sets/langson-district-par-2023.yaml examples/chi-lang-2023/par-index.yaml
expect "task evaluation 87,3 against the reported 83,7" 3 "công bố 83,7, tính được 87,3" -- \
    "$bin" score criteria-sets/langson-task-performance-2023.yaml examples/chi-lang-2023/task-performance.yaml
expect "task evaluation as JSON" 3 '"computed": 87.3' -- \
    "$bin" score criteria-sets/langson-task-performance-2023.yaml examples/chi-lang-2023/task-performance.yaml --format json
expect "English output" 3 "reported 83.7, computed 87.3" -- \
    "$bin" score criteria-sets/langson-task-performance-2023.yaml examples/chi-lang-2023/task-performance.yaml --lang en
expect "a missing file is invalid input" 2 "Không đọc được tệp" -- "$bin" criteria validate no-such-file.yaml
expect "a usage error is invalid input" 2 "Missing expected argument" -- "$bin" score
expect "help documents the exit statuses" 0 "3 the reported figures disagree" -- "$bin" score --help
expect "shipped questionnaires feed the district set's survey leaves" 0 "langson-businesses 2023 .*tính vào tiêu chí 9.3" -- \
    "$bin" survey check criteria-sets/langson-district-par-2023.yaml questionnaires/*.yaml
expect "a questionnaire counting toward another set's codes is refused" 2 "không có tiêu chí này" -- \
    "$bin" survey check criteria-sets/langson-task-performance-2023.yaml questionnaires/langson-sipas-2023.yaml
qr=$(mktemp)
"$bin" survey qr "https://parindex.example/s/CL-CITIZENS" >"$qr.svg" 2>&1
expect "survey qr draws an SVG" 0 "^<svg xmlns" -- cat "$qr.svg"
rm -f "$qr" "$qr.svg"
expect "benchmark command runs" 0 "score \+ rank" -- "$bin" bench --units 50 --runs 2 --target-ms 100000

# The web side's operator commands, each on a throwaway data folder.
data=$(mktemp -d)
expect "migrate creates the database" 0 "ProtectAuditLog" -- "$bin" migrate --yes --data "$data/migrate"
expect "user create makes an account" 0 "created: an.nguyen \(appraiser\)" -- \
    env PARINDEX_PASSWORD=mat-khau-du-dai "$bin" user create --username an.nguyen --name "Nguyễn Văn An" --role appraiser --data "$data/users"
expect "user create refuses a short password" 1 "ít nhất 10 ký tự" -- \
    env PARINDEX_PASSWORD=ngan "$bin" user create --username binh --role appraiser --data "$data/users"
expect "a wrong DATABASE_URL names the variable" 1 "DATABASE_URL: unsupported scheme" -- \
    env DATABASE_URL=mysql://x "$bin" migrate --yes --data "$data/wrong"
# serve --demo: prints where it listens, where the data is, the accounts; answers /health.
port=$((20000 + RANDOM % 20000))
"$bin" serve --demo --data "$data/demo" --port "$port" >"$data/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.5
done
expect "serve answers /health" 0 "^ok" -- curl -fs "http://127.0.0.1:$port/health"
expect "serve --demo prints URL, data folder and accounts" 0 "chilang.officer / demo-officer-2023" -- \
    grep -A20 "demo accounts" "$data/serve.log"
expect "serve prints where the data is" 0 "Dữ liệu / data: +$data/demo" -- cat "$data/serve.log"
# backup while the server runs; restore only into an empty folder, with status 2 otherwise.
expect "backup of a running --demo folder" 0 "backed up: .*demo.tar" -- "$bin" backup --data "$data/demo" --to "$data/demo.tar"
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
expect "restore into an empty folder" 0 "every hash matched" -- "$bin" restore "$data/demo.tar" --data "$data/restored"
expect "restore into a folder that is not empty is refused" 2 "not empty" -- "$bin" restore "$data/demo.tar" --data "$data/demo"
rm -rf "$data"

echo "command-line checks: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
