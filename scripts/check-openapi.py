#!/usr/bin/env python3
"""Checks that openapi.yaml documents exactly the routes APIRoutes.swift registers.

Reads the route registrations on the `api`, `authed` and `assessment` groups, turns each into
"METHOD /api/v1/path/{param}", and compares them with the document's paths and methods.
Exits 1, listing the differences, when a route is undocumented or a documented operation has
no route. Needs PyYAML (pip install pyyaml).

Usage: python3 scripts/check-openapi.py [path/to/openapi.yaml] [path/to/APIRoutes.swift]
"""
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "Sources/ParIndexApp/API/openapi.yaml"
ROUTES = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "Sources/ParIndexApp/API/APIRoutes.swift"

# The groups of APIRoutes.swift and the path each stands for.
PREFIXES = {"api": "/api/v1", "authed": "/api/v1", "assessment": "/api/v1/assessments"}
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

# `authed.get("me", use: …)`, `assessment.get(use: …)`, `authed.on(.POST, "units", …, body: …, use: …)`
REGISTRATION = re.compile(
    r"\b(?P<group>" + "|".join(PREFIXES) + r")\s*\.\s*"
    r"(?:(?P<method>get|post|put|delete|patch)\s*\((?P<args>[^)]*)\)"
    r"|on\s*\(\s*\.(?P<on_method>[A-Z]+)\s*,?(?P<on_args>[^)]*)\))"
)
COMPONENT = re.compile(r'"([^"]*)"')


def routes_in(source: str) -> set[tuple[str, str]]:
    found = set()
    for match in REGISTRATION.finditer(source):
        method = (match["method"] or match["on_method"]).lower()
        args = match["args"] if match["method"] else match["on_args"]
        # Path components are the quoted strings before `body:` / `use:`.
        args = re.split(r"\b(?:body|use)\s*:", args)[0]
        components = []
        for component in COMPONENT.findall(args):
            components.extend(piece for piece in component.split("/") if piece)
        path = PREFIXES[match["group"]] + "".join(
            "/{" + piece[1:] + "}" if piece.startswith(":") else "/" + piece for piece in components
        )
        found.add((method, path))
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
    routes = routes_in(ROUTES.read_text(encoding="utf-8"))
    if not routes:
        print(f"{ROUTES}: no route registrations found; has the file's shape changed?")
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
    print(f"openapi.yaml documents all {len(routes)} routes of APIRoutes.swift ({len(document['paths'])} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
