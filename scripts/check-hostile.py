#!/usr/bin/env python3
"""Sends hostile requests to the REAL parindex server and checks, after each, that it answered
with an HTTP status (never a 5xx, never a dropped connection) and that the same process still
answers /health. Usage: scripts/check-hostile.py PATH_TO_PARINDEX [--verbose]

Each case is raw bytes on a fresh TCP connection, so nothing a client library would clean up
(`..` segments, NUL, invalid UTF-8, control bytes in headers) is cleaned up.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

HOST = "127.0.0.1"


def request(port, raw, timeout=15.0):
    """Sends `raw` and returns (status or None, headers text, body bytes, elapsed seconds)."""
    started = time.monotonic()
    with socket.create_connection((HOST, port), timeout=timeout) as sock:
        # No half-close: the server treats the end of input as the client leaving.
        sock.sendall(raw)
        chunks = []
        try:
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                chunks.append(data)
        except (socket.timeout, ConnectionResetError):
            pass
    answer = b"".join(chunks)
    elapsed = time.monotonic() - started
    if not answer.startswith(b"HTTP/1."):
        return None, "", answer, elapsed
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, head.decode("latin-1"), body, elapsed


def get(path, headers=b"", method=b"GET", body=b""):
    length = b"Content-Length: %d\r\n" % len(body) if body else b""
    return method + b" " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + length + b"Connection: close\r\n\r\n" + body


def cases(token):
    long = b"a" * 10_000
    bearer = b"Authorization: Bearer " + token.encode() + b"\r\n"
    yield "dot-dot path", get(b"/../x"), "4xx"
    yield "dot-dot path under /api", get(b"/api/v1/../../../etc/passwd"), "4xx"
    yield "encoded dot-dot path", get(b"/%2e%2e/%2e%2e/etc/passwd"), "4xx"
    yield "encoded dot-dot in an asset path", get(b"/assets/..%2f..%2fPackage.swift"), "4xx"
    yield "10 000-character path", get(b"/" + long), "4xx"
    yield "10 000-character path under /api", get(b"/api/v1/" + long), "4xx"
    yield "10 000-character header", get(b"/health", b"X-Long: " + long + b"\r\n"), "2xx"
    yield "100 000-character header", get(b"/health", b"X-Long: " + long * 10 + b"\r\n"), "4xx"
    yield "10 000-character cookie", get(b"/login", b"Cookie: parindex-session=" + long + b"\r\n"), "2xx"
    yield "10 000-character bearer token", get(b"/api/v1/me", b"Authorization: Bearer " + long + b"\r\n"), "4xx"
    yield "10 000-character query", get(b"/login?back=" + long), "2xx"
    yield "NUL in the path (encoded)", get(b"/%00"), "4xx"
    yield "NUL in an id", get(b"/api/v1/assessments/%00", bearer), "4xx"
    yield "NUL in a criterion code", get(b"/api/v1/assessments/%00/history/%00", bearer), "4xx"
    yield "invalid UTF-8 in the path (encoded)", get(b"/%ff%fe%fd"), "4xx"
    yield "invalid UTF-8 in the path (raw bytes)", get(b"/\xff\xfe"), "4xx"
    yield "invalid UTF-8 in an API path", get(b"/api/v1/units/%c3%28", bearer), "4xx"
    yield "NUL in the query", get(b"/login?back=%00"), "2xx"
    yield "invalid UTF-8 in the query", get(b"/login?back=%ff%fe&x=%c3%28"), "2xx"
    yield "malformed percent-encoding", get(b"/login?back=%zz%"), "2xx"
    yield "NUL in a display preference", get(b"/preferences?size=%00&back=%ff"), "3xx"
    yield "control byte in a header", get(b"/health", b"X-Test: a\x01b\r\n"), "4xx"
    yield "DEL in the bearer token", get(b"/api/v1/me", b"Authorization: Bearer abc\x7fdef\r\n"), "4xx"
    yield "NUL in the bearer token", get(b"/api/v1/me", b"Authorization: Bearer abc\x00def\r\n"), "4xx"
    yield "control bytes in the bearer token", get(b"/api/v1/me", b"Authorization: Bearer \x01\x02\x1b[31m\r\n"), "4xx"
    yield "invalid UTF-8 in the bearer token", get(b"/api/v1/me", b"Authorization: Bearer \xff\xfe\r\n"), "4xx"
    yield "NUL in a cookie", get(b"/login", b"Cookie: parindex-session=a\x00b; lang=\x00\r\n"), "4xx"
    yield "TRACE", get(b"/", method=b"TRACE"), "405"
    yield "TRACE under /api", get(b"/api/v1/me", bearer, method=b"TRACE"), "405"
    yield "TRACE with a body", get(b"/api/v1/me", bearer + b"Content-Type: application/json\r\n", method=b"TRACE", body=b'{"a":1}'), "405"
    yield "made-up method", get(b"/health", method=b"FROBNICATE"), "4xx"
    yield "DELETE on a read-only path", get(b"/health", method=b"DELETE"), "405"
    yield "PATCH on an API path", get(b"/api/v1/units", bearer, method=b"PATCH"), "405"
    yield "OPTIONS", get(b"/api/v1/units", bearer, method=b"OPTIONS"), "405"
    yield "login form with invalid UTF-8 and no CSRF token", get(
        b"/login", b"Content-Type: application/x-www-form-urlencoded\r\n", method=b"POST",
        body=b"username=\xff\xfe&password=%00"), "4xx"
    yield "token request with NUL and invalid UTF-8", get(
        b"/api/v1/tokens", b"Content-Type: application/json\r\n", method=b"POST",
        body=b'{"username":"\\u0000","password":"\xff"}'), "4xx"
    yield "token request that is not JSON", get(
        b"/api/v1/tokens", b"Content-Type: application/json\r\n", method=b"POST", body=b"{{{{"), "4xx"
    yield "unit group named NUL", get(
        b"/api/v1/unit-groups", bearer + b"Content-Type: application/json\r\n", method=b"POST",
        body=b'{"code":"g\\u0000","name":"\\u0000"}'), "4xx"
    yield "unit group with no body", get(b"/api/v1/unit-groups", bearer, method=b"POST"), "4xx"
    yield "entry save with a malformed version", get(
        b"/api/v1/assessments/00000000-0000-0000-0000-000000000000/entries/1.1.1",
        bearer + b"Content-Type: application/json\r\n", method=b"PUT", body=b'{"version":"x"}'), "4xx"
    yield "not HTTP at all", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64, "4xx"
    yield "a request line without a version", b"GET /\r\n\r\n", "4xx"


def start(binary, data, port, log):
    process = subprocess.Popen([binary, "serve", "--demo", "--data", data, "--hostname", HOST, "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(120):
        if process.poll() is not None:
            raise SystemExit(f"the server stopped at start-up (exit {process.returncode})")
        try:
            if request(port, get(b"/health"), timeout=2)[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not answer /health within a minute")


def api_token(port):
    body = json.dumps({"username": "admin", "password": "demo-admin-2023"}).encode()
    status, _, answer, _ = request(port, get(b"/api/v1/tokens", b"Content-Type: application/json\r\n", b"POST", body))
    if status not in (200, 201):
        raise SystemExit(f"could not get an API token: {status} {answer[:200]!r}")
    return json.loads(answer)["token"]


def expected(status, rule):
    # No answer at all (a dropped connection) never passes: bytes that are not HTTP/1.1 get 400
    # from the front server (GuardedServer).
    if status is None:
        return False
    if status >= 500:
        return False
    if rule.endswith("xx"):
        return status // 100 == int(rule[0])
    return status == int(rule)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    binary, verbose = sys.argv[1], "--verbose" in sys.argv
    port = 21000 + os.getpid() % 9000
    passed = failed = 0
    with tempfile.TemporaryDirectory() as data, open(os.path.join(data, "server.log"), "w+b") as log:
        server = start(binary, os.path.join(data, "demo"), port, log)
        try:
            token = api_token(port)
            for name, raw, rule in cases(token):
                try:
                    status, head, body, elapsed = request(port, raw)
                except OSError as error:
                    status, head, body, elapsed = None, "", str(error).encode(), 0.0
                alive = server.poll() is None and request(port, get(b"/health"), timeout=5)[0] == 200
                ok = expected(status, rule) and alive
                passed, failed = passed + ok, failed + (not ok)
                shown = "no answer (connection closed)" if status is None else str(status)
                if verbose or not ok:
                    print(f"{'ok    ' if ok else 'FAILED'} {name}: {shown} in {elapsed:.2f} s (expected {rule})"
                          + ("" if alive else "; the server no longer answers /health"))
                if not alive:
                    break
        finally:
            server.kill()
            server.wait()
            if failed:
                log.seek(0)
                print(log.read().decode("utf-8", "replace")[-3000:])
    print(f"hostile requests: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
