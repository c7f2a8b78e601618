#!/usr/bin/env python3
"""Checks that openapi.yaml documents exactly the API routes the server registers.

Asks the built binary for its route table (`parindex routes`, Vapor's listing of what
`APIRoutes.swift` registered from `APIPaths`), keeps the routes under /api/v1, turns each into
"METHOD /api/v1/path/{param}", and compares them with the document's paths and methods.
Exits 1, listing the differences, when a route is undocumented or a documented operation has
no route. Needs PyYAML (pip install pyyaml).

Usage: python3 scripts/check-openapi.py PATH_TO_PARINDEX [path/to/openapi.yaml]
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if len(sys.argv) < 2:
    sys.exit(__doc__)
BINARY = sys.argv[1]
DOCUMENT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "Sources/ParIndexApp/API/openapi.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

# "| GET    | /api/v1/assessments/:assessmentID |"
ROW = re.compile(r"^\|\s*(?P<method>[A-Z]+)\s*\|\s*(?P<path>/\S*)\s*\|$")


def routes_in(binary: str) -> set[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as data:
        listing = subprocess.run([binary, "routes", "--data", data], capture_output=True, text=True, check=True).stdout
    found = set()
    for line in listing.splitlines():
        match = ROW.match(line.strip())
        if not match or not match["path"].startswith("/api/v1/"):
            continue
        path = "/".join("{" + piece[1:] + "}" if piece.startswith(":") else piece for piece in match["path"].split("/"))
        found.add((match["method"].lower(), path))
    return found


def operations_in(document: dict) -> set[tuple[str, str]]:
    found = set()
    for path, item in (document.get("paths") or {}).items():
        for key in item or {}:
            if key in HTTP_METHODS:
                found.add((key, path))
    return found


def main() -> int:
    document = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        print(f"{DOCUMENT}: not an OpenAPI 3 document")
        return 1
    routes = routes_in(BINARY)
    if not routes:
        print(f"{BINARY} routes: no /api/v1 routes listed; has the listing's shape changed?")
        return 1
    documented = operations_in(document)
    missing = sorted(routes - documented, key=lambda r: (r[1], r[0]))
    extra = sorted(documented - routes, key=lambda r: (r[1], r[0]))
    for method, path in missing:
        print(f"not documented: {method.upper()} {path}")
    for method, path in extra:
        print(f"documented but no route: {method.upper()} {path}")
    if missing or extra:
        return 1
    print(f"openapi.yaml documents all {len(routes)} API routes the server registers ({len(document['paths'])} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
