#!/usr/bin/env bash
# Prepares the browser journeys (e2e/): Debian's chromium plus a Python venv with Playwright.
# Usage: scripts/e2e-setup.sh      -> last stdout line: path of the venv's python
# Idempotent: a second run installs nothing and takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv-e2e
# Pinned. PyYAML and openapi-spec-validator check the API document (scripts/check-openapi.py).
# Playwright drives Debian's chromium, not its own build, so a new release could break it.
# schemathesis fuzzes the API against the document (scripts/schemathesis.sh); axe checks pages for accessibility (e2e/test_results.py).
# openpyxl reads the .xlsx files back and pypdf the printed score sheet (e2e/test_documents.py).
PACKAGES=(playwright==1.65.2 pytest==9.2.0 PyYAML==6.0.4 openapi-spec-validator==0.9.0 schemathesis==4.32.5 axe-playwright-python==0.1.8 openpyxl==3.1.5 pypdf==7.1.1)

# Playwright cannot download its own browser offline (never run `playwright install`); use Debian's.
# --no-install-recommends avoids pulling desktop packages; fonts-liberation is the one recommend we want.
if [[ ! -x /usr/bin/chromium ]]; then
    [[ $EUID -eq 0 ]] || { echo "e2e-setup: /usr/bin/chromium is missing; install it as root: apt-get install chromium fonts-liberation" >&2; exit 1; }
    echo "e2e-setup: installing chromium (about a minute)" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation >&2
fi

[[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
py=$PWD/$VENV/bin/python

# pip freeze is fast; only run pip install when a pinned package is missing or has another version.
installed=$("$py" -m pip freeze 2>/dev/null)
missing=()
for pkg in "${PACKAGES[@]}"; do
    grep -qixF -- "$pkg" <<<"$installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "e2e-setup: pip install ${missing[*]}" >&2
    "$py" -m pip install -q "${PACKAGES[@]}" >&2
fi

echo "$py"
