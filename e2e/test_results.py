"""Browser journeys through the results: the demo's 2022 PAR period (all 11 districts approved)
read as the administrator would — ranking, summary, charts, sorting — and as Chi Lăng's officer
(their own row only); and an accessibility check (axe) of every new page: no serious or
critical finding."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import login

PERIOD_2022 = "Chỉ số CCHC năm 2022 — cấp huyện"


def click_and_wait(page, selector):
    with page.expect_navigation():
        page.click(selector)


def serious_findings(page):
    result = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in result.response["violations"]
            if v["impact"] in ("serious", "critical")]


def open_results(page, base_url, title):
    page.goto(base_url + "/")
    click_and_wait(page, f"#results-links a:has-text('{title}')")
    expect(page.locator("h1")).to_contain_text(title)


def test_the_administrator_reads_the_2022_ranking(server, page, accounts):
    login(page, server.base_url, *accounts["admin"])
    open_results(page, server.base_url, PERIOD_2022)
    ranked = page.locator("#ranking > tbody:not(.apart) > tr")
    expect(ranked).to_have_count(11)
    ranks = [int(ranked.nth(i).locator("td").first.inner_text()) for i in range(11)]
    assert ranks == sorted(ranks) and ranks[0] == 1, ranks
    assert len(set(ranks)) > 5, f"the demo's figures should not be a wall of ties: {ranks}"
    expect(page.locator("#heat-map svg rect")).not_to_have_count(0)
    expect(page.locator("#distribution svg")).to_be_visible()
    expect(page.locator("#bands tbody tr")).to_have_count(5)
    expect(page.locator("#risk-list tbody tr").first).to_be_visible()
    # Sorting by unit name: the heading says so, and the first row changes to Bắc Sơn.
    click_and_wait(page, "#ranking thead a:has-text('Đơn vị')")
    expect(page.locator("#ranking thead th[aria-sort]")).to_have_count(1)
    expect(page.locator("#ranking > tbody:not(.apart) > tr").first.locator("th")).to_contain_text("Bắc Sơn")
    assert serious_findings(page) == []


def test_a_unit_sees_its_own_row(server, page, accounts):
    login(page, server.base_url, *accounts["officer"])
    open_results(page, server.base_url, PERIOD_2022)
    rows = page.locator("#ranking tbody tr:not(:has(th[scope=rowgroup]))")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("UBND huyện Chi Lăng")
    expect(page.locator("#heat-map")).to_have_count(0)
    assert serious_findings(page) == []


def test_new_pages_have_no_serious_accessibility_findings(server, page, accounts):
    login(page, server.base_url, *accounts["admin"])
    assert serious_findings(page) == [], "home"
    page.goto(server.base_url + "/admin/periods")
    click_and_wait(page, f"a:has-text('{PERIOD_2022}')")
    assert serious_findings(page) == [], "period page"
    page.goto(server.base_url + "/appraisal")
    assert serious_findings(page) == [], "appraisal queue"


def test_the_committee_plans_for_the_next_band(server, page, accounts):
    """Chi Lăng's committee opens the analysis of its 2023 draft, plans for a band above its
    current one, and sees the criteria to improve with the evidence each needs."""
    login(page, server.base_url, *accounts["leader"])
    page.goto(server.base_url + "/")
    click_and_wait(page, "#assessments tbody tr:has-text('Chỉ số CCHC năm 2023'):has-text('UBND huyện Chi Lăng') a[href^='/assessments/']")
    click_and_wait(page, "#analysis-link")
    expect(page.locator("#fields tbody tr")).to_have_count(9)
    expect(page.locator("#losses tbody tr").first).to_be_visible()
    page.select_option("#plan-band", "kha")
    click_and_wait(page, "#plan-submit")
    expect(page.locator("#plan-summary")).to_contain_text("Cần")
    assert page.locator("#plan-selection tbody tr").count() >= 1
    assert serious_findings(page) == []
