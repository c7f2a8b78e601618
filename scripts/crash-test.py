#!/usr/bin/env python3
"""Crash test: acknowledged saves survive `kill -9`.

Usage: scripts/crash-test.py PATH_TO_PARINDEX [--rounds 10] [--clients 4] [--seed N] [--max-seconds 170]

Starts the real server (`serve --demo` on a temporary data folder, 127.0.0.1 only), signs in
the demo unit's officer and leader through the API, and then, round after round:

1. several client threads save self-assessment entries of the same few criteria through
   `PUT /api/v1/assessments/{id}/entries/{code}` (optimistic concurrency: a 409 re-reads the
   version and tries again), recording every save the server acknowledged (2xx) with its note
   (a unique value), its score and the version it answered;
2. after a random 0.3-2 s the server is killed with SIGKILL in the middle of that load;
3. it is restarted on the same data folder, and every criterion is read back: its stored
   version must not be older than the last acknowledged one; at the same version the stored
   note and score must be the acknowledged ones; a newer version is allowed only when its note
   is one of the saves that were in flight (sent, never answered) when the server died;
4. `PRAGMA integrity_check` must answer `ok`, and the file must be in WAL mode (the journal the
   server sets: a crash test in the default rollback journal would test another set-up).

The tokens created before the first round must survive every crash too. Python 3 standard
library only. Prints a summary and `N passed, M failed`; exits 1 on any failure.
"""

import argparse
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 60  # a debug build migrates and seeds the demo before answering
REQUEST_TIMEOUT = 10
OFFICERS = [("chilang.officer", "demo-officer-2023"), ("chilang.leader", "demo-leader-2023")]
MAX_CRITERIA = 12  # few criteria, so that the clients collide and exercise the 409 path


def log(message):
    print(message, flush=True)


# --- HTTP --------------------------------------------------------------------------------------

class NoAnswer(Exception):
    """The request got no HTTP answer (connection refused/reset, timeout). `refused`: the
    connection was never accepted, so the server cannot have seen the request."""

    def __init__(self, message, refused=False):
        super().__init__(message)
        self.refused = refused


def call(base, method, path, token=None, body=None, timeout=REQUEST_TIMEOUT):
    """Returns (status, parsed JSON or None). Raises NoAnswer when no HTTP answer came back."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        try:
            status, raw = error.code, error.read()
        except (OSError, ValueError) as read_error:  # the body was cut off: the status still came
            status, raw = error.code, b""
            del read_error
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise NoAnswer(str(error), refused=isinstance(reason, ConnectionRefusedError)) from error
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, None


# --- the server --------------------------------------------------------------------------------

class Server:
    def __init__(self, binary, data_dir, port, log_dir):
        self.binary, self.data_dir, self.port, self.log_dir = binary, data_dir, port, log_dir
        self.base = f"http://127.0.0.1:{port}"
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)  # the data folder's SQLite file, never a shared database
        env["SWIFT_BACKTRACE"] = "enable=no"
        command = [str(self.binary), "serve", "--demo", "--data", str(self.data_dir),
                   "--port", str(self.port), "--hostname", "127.0.0.1"]
        self.stdout_path = self.log_dir / f"server-{self.starts}.out"
        self.stderr_path = self.log_dir / f"server-{self.starts}.err"
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            # cwd = repo root: --demo reads criteria-sets/ and examples/ from it
            self.process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=out, stderr=err)
        started = time.monotonic()
        while True:
            try:
                status, _ = call(self.base, "GET", "/health", timeout=2)
                if status == 200:
                    return time.monotonic() - started
            except NoAnswer:
                pass
            if self.process.poll() is not None or time.monotonic() - started > STARTUP_TIMEOUT:
                self.stop()
                raise RuntimeError(f"server did not become healthy (exit {self.process.returncode}):\n{self.output()}")
            time.sleep(0.1)

    def kill9(self):
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self):
        def tail(path):
            try:
                return "".join(path.read_text(errors="replace").splitlines(keepends=True)[-30:])
            except OSError:
                return ""
        return f"--- stdout ---\n{tail(self.stdout_path)}--- stderr ---\n{tail(self.stderr_path)}"


def free_port():
    ports = list(range(18000, 19000))
    random.shuffle(ports)
    for port in ports:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port in 18000-18999")


# --- the database check ------------------------------------------------------------------------

def sqlite3_cli():
    path = shutil.which("sqlite3")
    if path:
        return path
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("crash-test: installing the sqlite3 command-line tool")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "sqlite3"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return shutil.which("sqlite3")


def journal_mode(database):
    """The journal mode kept in the database file ("wal" once the server has set it)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()


def integrity_check(database):
    """`PRAGMA integrity_check` on the file, read-only; returns its text ("ok" when sound)."""
    cli = sqlite3_cli()
    if cli:
        result = subprocess.run([cli, "-readonly", str(database), "PRAGMA integrity_check;"],
                                capture_output=True, text=True, timeout=60)
        return (result.stdout.strip() or result.stderr.strip() or f"sqlite3 exited {result.returncode}")
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        return "\n".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


# --- load and bookkeeping ----------------------------------------------------------------------

class Attempt:
    __slots__ = ("code", "note", "score", "outcome", "version")

    def __init__(self, code, note, score):
        self.code, self.note, self.score = code, note, score
        self.outcome = "in-flight"  # -> "acked" (2xx), "refused" (an HTTP answer that is not 2xx), "unknown"
        self.version = None


class Load:
    """Concurrent clients saving entries until the server dies (or `stop` is set)."""

    def __init__(self, base, assessment_id, criteria, tokens, versions, round_number, clients, rng):
        self.base, self.assessment_id, self.criteria = base, assessment_id, criteria
        self.tokens, self.round_number, self.clients = tokens, round_number, clients
        self.versions = dict(versions)  # code -> last version seen (a hint; 409 corrects it)
        self.lock = threading.Lock()
        self.attempts = []
        self.stop = threading.Event()
        self.conflicts = 0
        self.errors = []
        self.seeds = [rng.randrange(1 << 30) for _ in range(clients)]

    def run_client(self, index):
        rng = random.Random(self.seeds[index])
        token = self.tokens[index % len(self.tokens)]
        sequence = 0
        while not self.stop.is_set():
            code = rng.choice(sorted(self.criteria))
            sequence += 1
            attempt = Attempt(code, f"crash r{self.round_number} c{index} s{sequence}", rng.choice(self.criteria[code]))
            with self.lock:
                self.attempts.append(attempt)
            try:
                self.save(attempt, token)
            except NoAnswer as error:
                attempt.outcome = "not sent" if error.refused else "unknown"
                return  # the server is gone; this client is done

    def save(self, attempt, token):
        path = f"/api/v1/assessments/{self.assessment_id}/entries/{attempt.code}"
        for _ in range(20):
            with self.lock:
                version = self.versions.get(attempt.code)
            body = {"score": attempt.score, "note": attempt.note}
            if version:
                body["version"] = version
            status, answer = call(self.base, "PUT", path, token, body)
            if 200 <= status < 300:
                attempt.outcome, attempt.version = "acked", answer["version"]
                with self.lock:
                    if answer["version"] > self.versions.get(attempt.code, 0):
                        self.versions[attempt.code] = answer["version"]
                return
            if status == 409:
                with self.lock:
                    self.conflicts += 1
                current = (answer or {}).get("current") or {}
                if "version" in current:
                    with self.lock:
                        self.versions[attempt.code] = max(self.versions.get(attempt.code, 0), current["version"])
                else:  # no `current` (e.g. a race on the first save): read the entry again
                    entries = read_entries(self.base, self.assessment_id, token)
                    with self.lock:
                        self.versions[attempt.code] = entries.get(attempt.code, {}).get("version", 0)
                continue
            attempt.outcome = "refused"
            with self.lock:
                self.errors.append(f"{attempt.code}: HTTP {status} {answer}")
            return
        attempt.outcome = "refused"
        with self.lock:
            self.errors.append(f"{attempt.code}: still 409 after 20 tries")


def read_entries(base, assessment_id, token):
    """code -> {"note", "score", "version"} of the self-assessment layer."""
    status, answer = call(base, "GET", f"/api/v1/assessments/{assessment_id}", token)
    if status != 200:
        raise RuntimeError(f"GET assessment answered {status}: {answer}")
    entries = {}
    for node in answer["nodes"]:
        entry = (node.get("entries") or {}).get("self")
        if entry:
            entries[node["code"]] = {"note": entry["note"], "score": entry["inputs"].get("score"), "version": entry["version"]}
    return entries


def form_text(score):
    """The API returns stored inputs as the form shows them: a decimal comma."""
    return score.replace(".", ",")


def sign_in(base):
    tokens = []
    for username, password in OFFICERS:
        status, answer = call(base, "POST", "/api/v1/tokens", body={"username": username, "password": password})
        if status != 201:
            raise RuntimeError(f"POST /api/v1/tokens for {username} answered {status}: {answer}")
        tokens.append(answer["token"])
    return tokens


def choose_criteria(base, token, rng):
    """A draft assessment of the officers' unit and a few leaves that take a direct score."""
    status, summaries = call(base, "GET", "/api/v1/assessments", token)
    if status != 200:
        raise RuntimeError(f"GET /api/v1/assessments answered {status}: {summaries}")
    drafts = [s for s in summaries if s["state"] == "draft"]
    if not drafts:
        raise RuntimeError(f"no draft assessment for {OFFICERS[0][0]}: {summaries}")
    assessment_id = drafts[0]["id"]
    status, assessment = call(base, "GET", f"/api/v1/assessments/{assessment_id}", token)
    if status != 200:
        raise RuntimeError(f"GET assessment answered {status}: {assessment}")
    leaves = [n for n in assessment["nodes"] if n["leaf"] and n["kind"] != "survey"]
    rng.shuffle(leaves)
    criteria = {}
    for node in leaves:
        if len(criteria) >= MAX_CRITERIA:
            break
        maximum = node["maximum"]
        candidates = ["0"] + ([maximum] if maximum not in ("0", "") and not maximum.startswith("-") else [])
        accepted = []
        for score in candidates:
            version = ((node.get("entries") or {}).get("self") or {}).get("version")
            entries = read_entries(base, assessment_id, token) if accepted else None
            if entries is not None:
                version = entries.get(node["code"], {}).get("version")
            body = {"score": score, "note": "crash-test probe"}
            if version:
                body["version"] = version
            status, _ = call(base, "PUT", f"/api/v1/assessments/{assessment_id}/entries/{node['code']}", token, body)
            if status == 200:
                accepted.append(score)
        if accepted:
            criteria[node["code"]] = accepted
    if len(criteria) < 2:
        raise RuntimeError("fewer than two criteria accept a direct score")
    return assessment_id, criteria


def check_round(load, before, after):
    """Compares what was read back after the restart with what the server acknowledged.

    Returns (acked saves checked, lost saves, messages)."""
    by_code = {}
    for attempt in load.attempts:
        by_code.setdefault(attempt.code, []).append(attempt)
    checked, lost, messages = 0, 0, []
    for code in sorted(load.criteria):
        attempts = by_code.get(code, [])
        acked = [a for a in attempts if a.outcome == "acked"]
        unknown = {a.note: a for a in attempts if a.outcome in ("unknown", "in-flight")}
        checked += len(acked)
        stored = after.get(code)
        # The baseline: the last acknowledged save of this round, else what was stored before it.
        if acked:
            last = max(acked, key=lambda a: a.version)
            expected = {"note": last.note, "score": form_text(last.score), "version": last.version}
        else:
            expected = before.get(code)
        if expected is None:
            continue
        if stored is None:
            lost += max(1, len(acked))
            messages.append(f"{code}: entry missing after restart; expected {expected}")
            continue
        if stored["version"] < expected["version"]:
            lost += sum(1 for a in acked if a.version > stored["version"]) or 1
            messages.append(f"{code}: stored version {stored['version']} is older than acknowledged {expected}")
        elif stored["version"] == expected["version"]:
            if (stored["note"], stored["score"]) != (expected["note"], expected["score"]):
                lost += 1
                messages.append(f"{code}: version {stored['version']} holds {stored}, acknowledged {expected}")
        else:
            landed = unknown.get(stored["note"])
            if landed is None or form_text(landed.score) != stored["score"]:
                lost += 1
                messages.append(f"{code}: stored {stored} is newer than acknowledged {expected} "
                                f"but is none of the {len(unknown)} saves in flight")
    return checked, lost, messages


# --- main --------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="path of the built parindex executable")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-seconds", type=float, default=170,
                        help="no new round starts after this; the rounds left out count as failed")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    args = parser.parse_args()
    binary = Path(args.binary).resolve()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        print(f"crash-test: not an executable: {binary}", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    log(f"crash-test: seed {seed} (rerun with --seed {seed}), {args.rounds} rounds, {args.clients} clients")

    work = Path(tempfile.mkdtemp(prefix="parindex-crash-"))
    data_dir, log_dir = work / "data", work / "logs"
    log_dir.mkdir()
    server = Server(binary, data_dir, free_port(), log_dir)
    database = data_dir / "parindex.sqlite"
    started_at = time.monotonic()
    passed, failed = 0, 0
    totals = {"acked": 0, "checked": 0, "lost": 0, "in_flight": 0, "landed": 0, "conflicts": 0}
    integrity = []
    try:
        took = server.start()
        log(f"crash-test: server up on {server.base} in {took:.1f} s (data {data_dir})")
        tokens = sign_in(server.base)
        assessment_id, criteria = choose_criteria(server.base, tokens[0], rng)
        log(f"crash-test: assessment {assessment_id}, criteria {', '.join(sorted(criteria))}")
        before = read_entries(server.base, assessment_id, tokens[0])
        for round_number in range(1, args.rounds + 1):
            if time.monotonic() - started_at > args.max_seconds:
                failed += args.rounds - round_number + 1
                log(f"crash-test: FAIL over {args.max_seconds:.0f} s; {args.rounds - round_number + 1} rounds not run")
                break
            problems = []
            versions = {code: e["version"] for code, e in before.items()}
            load = Load(server.base, assessment_id, criteria, tokens, versions, round_number, args.clients, rng)
            threads = [threading.Thread(target=load.run_client, args=(i,), daemon=True) for i in range(args.clients)]
            delay = rng.uniform(0.3, 2.0)
            for thread in threads:
                thread.start()
            time.sleep(delay)
            server.kill9()
            load.stop.set()
            for thread in threads:
                thread.join(timeout=REQUEST_TIMEOUT + 5)
            if any(t.is_alive() for t in threads):
                problems.append("a client did not finish after the kill")
            took = server.start()
            # Tokens acknowledged before the first round must have survived the crash.
            status, _ = call(server.base, "GET", "/api/v1/me", tokens[0])
            if status != 200:
                problems.append(f"an acknowledged token no longer works after the restart (GET /api/v1/me answered {status})")
                tokens = sign_in(server.base)
            after = read_entries(server.base, assessment_id, tokens[0])
            checked, lost, messages = check_round(load, before, after)
            problems += messages
            if load.errors:
                problems += [f"unexpected answer: {e}" for e in load.errors[:5]]
            result = integrity_check(database)
            integrity.append(result)
            if result != "ok":
                problems.append(f"PRAGMA integrity_check: {result}")
            mode = journal_mode(database)
            if mode != "wal":
                problems.append(f"the database runs in journal mode {mode}, not wal")
            acked = sum(1 for a in load.attempts if a.outcome == "acked")
            in_flight = [a for a in load.attempts if a.outcome in ("unknown", "in-flight")]
            landed = sum(1 for a in in_flight if after.get(a.code, {}).get("note") == a.note)
            totals["acked"] += acked
            totals["checked"] += checked
            totals["lost"] += lost
            totals["in_flight"] += len(in_flight)
            totals["landed"] += landed
            totals["conflicts"] += load.conflicts
            log(f"round {round_number:2}: killed after {delay:.2f} s; {acked} acknowledged, {len(in_flight)} in flight "
                f"({landed} landed), {load.conflicts} conflicts retried; restart {took:.1f} s; "
                f"{lost} lost; integrity {result}; journal {mode}")
            if problems:
                failed += 1
                for problem in problems:
                    log(f"  FAIL {problem}")
            else:
                passed += 1
            before = after
        server.stop()
        result = integrity_check(database)
        integrity.append(result)
        log(f"final integrity check (server stopped): {result}")
        if result == "ok":
            passed += 1
        else:
            failed += 1
    except Exception as error:  # noqa: BLE001 - any setup failure is a failed test
        failed += 1
        log(f"crash-test: FAIL {error}")
        if server.process is not None:
            log(server.output())
    finally:
        server.kill9()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    ok_checks = sum(1 for r in integrity if r == "ok")
    log(f"summary: {args.rounds} rounds, {totals['acked']} acknowledged saves, {totals['checked']} saves checked, "
        f"{totals['lost']} lost saves, {totals['in_flight']} in flight at the kill ({totals['landed']} of them landed), "
        f"{totals['conflicts']} conflicts retried; integrity_check ok {ok_checks}/{len(integrity)}; "
        f"{time.monotonic() - started_at:.0f} s")
    log(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and totals["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
