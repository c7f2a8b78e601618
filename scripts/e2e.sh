#!/usr/bin/env bash
# Runs the browser journeys (e2e/) against a built server binary.
# Usage: scripts/e2e.sh PATH_TO_PARINDEX [pytest arguments…]
#   e.g. scripts/e2e.sh "$(swift build --show-bin-path)/parindex" -k login
# The binary is an argument (not computed here) so this script never triggers a Swift build.
set -euo pipefail
usage="usage: $0 PATH_TO_PARINDEX [pytest arguments…]"
if [[ $# -lt 1 ]]; then echo "$usage" >&2; exit 2; fi
bin=$1
shift
[[ -x $bin ]] || { echo "e2e: not an executable: $bin" >&2; echo "$usage" >&2; exit 2; }
# Absolute, because the fixtures start the server from the repo root.
PARINDEX_BIN=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
export PARINDEX_BIN

cd "$(dirname "$0")/.."
py=$(scripts/e2e-setup.sh | tail -n 1)
"$py" -m pytest e2e -q "$@"
