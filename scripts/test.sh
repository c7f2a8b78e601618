#!/usr/bin/env bash
# Runs every test of ParIndex on a fresh machine with Swift: builds; checks the founding example
# through the real executable; runs the Swift suites on SQLite, then the database tests again on
# a throwaway PostgreSQL cluster; checks the OpenAPI document against the routes; runs the
# browser journeys on Debian's chromium. Installs what it needs (apt, a Python venv).
set -euo pipefail
cd "$(dirname "$0")/.."

# Identical environment for build and test, so SwiftPM does not re-plan between them.
export SWIFT_BACKTRACE=enable=no

echo "== build"
mkdir -p .build
if ! swift build --build-tests >.build/test-build.log 2>&1; then
    grep -E 'error|warning: ' .build/test-build.log | head -60 || tail -60 .build/test-build.log
    echo "build failed (full log: .build/test-build.log)"
    exit 1
fi
grep -E 'warning: ' .build/test-build.log | grep -v '/.build/checkouts/' | grep -v 'swift-distributed-tracing' | sort -u | head -20 || true
bin=$(swift build --show-bin-path)/parindex

echo "== command-line checks (the founding example, end to end)"
scripts/check-cli.sh "$bin"

echo "== hostile requests against the real server (it must answer each and stay up)"
python3 scripts/check-hostile.py "$bin"

# Swift Testing prints a line as each test starts; the lines saying how each ended are enough.
quiet() { grep -vE '^\[[0-9]+/[0-9]+\] |Migrator\]| started\.$' || true; }

# zbarimg (Debian's zbar-tools) reads the survey QR codes back in the Swift tests.
if ! command -v zbarimg >/dev/null; then
    [[ $EUID -eq 0 ]] || { echo "zbarimg is missing; install it as root: apt-get install zbar-tools" >&2; exit 1; }
    echo "== installing zbar-tools (zbarimg, for the QR code tests)"
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zbar-tools >/dev/null
fi

echo "== swift test (SQLite)"
swift test --skip-build 2>&1 | quiet

echo "== swift test (PostgreSQL): the database tests again"
trap 'scripts/pg-cluster.sh stop >/dev/null 2>&1 || true' EXIT
database_url=$(scripts/pg-cluster.sh start)
DATABASE_URL=$database_url swift test --skip-build --filter ParIndexAppTests 2>&1 | quiet
scripts/pg-cluster.sh stop >/dev/null

echo "== API document"
py=$(scripts/e2e-setup.sh | tail -n 1)
"$py" -m openapi_spec_validator Sources/ParIndexApp/API/openapi.yaml
"$py" scripts/check-openapi.py "$bin"

echo "== crash test"
"$py" scripts/crash-test.py "$bin" --rounds 10

echo "== API fuzzing (schemathesis)"
scripts/schemathesis.sh "$bin"

echo "== browser journeys (e2e/)"
scripts/e2e.sh "$bin"
