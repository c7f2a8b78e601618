"""Fixtures for the browser journeys: the real `parindex` binary in demo mode, driven by
Debian's chromium through Playwright. Run them with scripts/e2e.sh PATH_TO_PARINDEX."""

import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

REPO_ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"  # Playwright cannot download its own browser offline
STARTUP_TIMEOUT = 60  # seconds; a debug build migrates and seeds the demo before answering


class Server:
    """A running `parindex serve --demo`; output goes to files so a full pipe never blocks it."""

    def __init__(self, process, base_url, data_dir, stdout_path, stderr_path):
        self.process = process
        self.base_url = base_url
        self.data_dir = data_dir
        self._stdout_path = stdout_path
        self._stderr_path = stderr_path

    @property
    def stdout(self):
        """The server's stdout so far (read afresh on every access)."""
        return self._stdout_path.read_text(encoding="utf-8", errors="replace")

    @property
    def stderr(self):
        return self._stderr_path.read_text(encoding="utf-8", errors="replace")


def _free_port():
    # Ask the kernel for a free port; a tiny race with other processes is acceptable in tests.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _health_ok(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    binary = Path(os.environ.get("PARINDEX_BIN", ".build/debug/parindex"))
    if not binary.is_absolute():
        binary = REPO_ROOT / binary
    if not binary.is_file():
        pytest.fail(f"server binary not found: {binary} (set PARINDEX_BIN)")

    data_dir = tmp_path_factory.mktemp("parindex-data")
    logs = tmp_path_factory.mktemp("parindex-logs")
    stdout_path, stderr_path = logs / "stdout.txt", logs / "stderr.txt"
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"

    env = dict(os.environ)
    env.pop("DATABASE_URL", None)  # demo mode must use its own data folder, never a shared database
    env.setdefault("SWIFT_BACKTRACE", "enable=no")  # a crash would otherwise spend ~5 s symbolicating
    command = [str(binary), "serve", "--demo", "--data", str(data_dir),
               "--port", str(port), "--hostname", "127.0.0.1"]
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        # cwd = repo root: the app finds its shipped files (criteria sets, assets) relative to it.
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=out, stderr=err)
    srv = Server(process, base_url, data_dir, stdout_path, stderr_path)

    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not _health_ok(base_url + "/health"):
        exited = process.poll() is not None
        if exited or time.monotonic() > deadline:
            if not exited:
                process.kill()
                process.wait()
            reason = f"exited with {process.returncode}" if exited else f"not healthy after {STARTUP_TIMEOUT} s"
            print(f"--- server stdout ---\n{srv.stdout}\n--- server stderr ---\n{srv.stderr}")
            pytest.fail(f"server {reason}: {' '.join(command)}")
        time.sleep(0.2)

    yield srv

    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        # headless Playwright adds --no-sandbox itself, which root needs
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    page = context.new_page()
    yield page
    # Always keep a picture of the final state: it explains failures and documents passes.
    SCREENSHOTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    finally:
        context.close()


# The demo seeds these fixed accounts (role -> (username, password)).
DEMO_ACCOUNTS = {
    "admin": ("admin", "demo-admin-2023"),
    "officer": ("chilang.officer", "demo-officer-2023"),
    "leader": ("chilang.leader", "demo-leader-2023"),
    "appraiser": ("snv.appraiser", "demo-appraiser-2023"),
}


@pytest.fixture(scope="session")
def accounts():
    return dict(DEMO_ACCOUNTS)


@pytest.fixture(scope="session")
def fixtures_dir():
    return FIXTURES


def login(page, base_url, username, password):
    """Signs in through the login form and waits for the page the server redirects to.
    Tests import it with `from conftest import login`."""
    page.goto(base_url + "/login")
    page.fill("#username", username)
    page.fill("#password", password)
    with page.expect_navigation():
        page.click("#login-submit")
