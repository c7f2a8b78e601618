"""Writes the schemathesis config for scripts/schemathesis.sh to stdout.

Binds the path parameters to real IDs of the demo (the officer's assessments and a few others,
every criterion code of them, units, periods, criteria sets), 70 % of the time, so that most
requests reach the handlers instead of stopping at 404; the rest stays generated. Users are
left out: deactivating the officer would end the officer's run.

Usage: BASE=http://127.0.0.1:PORT ADMIN_TOKEN=… OFFICER_TOKEN=… python3 schemathesis_config.py
"""
import json
import os
import urllib.request


def get(path, token):
    request = urllib.request.Request(os.environ["BASE"] + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main():
    admin, officer = os.environ["ADMIN_TOKEN"], os.environ["OFFICER_TOKEN"]
    own = get("/api/v1/assessments", officer)
    own_ids = {a["id"] for a in own}
    others = [a for a in get("/api/v1/assessments", admin) if a["id"] not in own_ids and a["state"] != "draft"]
    codes = sorted({node["code"] for a in own for node in get(f"/api/v1/assessments/{a['id']}", officer)["nodes"]})
    unit = get("/api/v1/me", officer)["unit_id"]
    dictionaries = {
        "assessments": [a["id"] for a in own] + [a["id"] for a in others[:3]],
        "codes": codes,
        "units": [unit] + [u["id"] for u in get("/api/v1/units", admin) if u["id"] != unit][:2],
        "periods": [p["id"] for p in get("/api/v1/periods", admin)],
        "sets": [c["id"] for c in get("/api/v1/criteria-sets", admin)],
    }
    for name, values in dictionaries.items():
        print(f"[dictionaries.{name}]\nvalues = {json.dumps(values)}\n")
    print("[parameters]")
    for parameter, name in [("assessmentID", "assessments"), ("code", "codes"), ("unitID", "units"),
                            ("periodID", "periods"), ("setID", "sets")]:
        print(f'"path.{parameter}" = {{ dictionary = "{name}", probability = 0.7 }}')


if __name__ == "__main__":
    main()
