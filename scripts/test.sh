#!/usr/bin/env bash
# Runs every test of ParIndex: builds, checks the shipped files and the founding example through
# the real executable, then runs the Swift test suites. Works on a fresh machine with Swift.
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
grep -E 'warning: ' .build/test-build.log | grep -v '/.build/checkouts/' | sort -u | head -20 || true
bin=$(swift build --show-bin-path)/parindex

echo "== command-line checks (the founding example, end to end)"
scripts/check-cli.sh "$bin"

echo "== swift test"
swift test 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] '
