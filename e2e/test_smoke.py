"""Smoke test: the demo server answers and serves the login form."""

import urllib.request

from playwright.sync_api import expect


def test_health_answers_200(server):
    with urllib.request.urlopen(server.base_url + "/health", timeout=5) as response:
        assert response.status == 200


def test_login_page_has_username_field(server, page):
    page.goto(server.base_url + "/login")
    expect(page.locator("#username")).to_be_visible()
