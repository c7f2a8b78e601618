"""Browser journeys through the results: the demo's 2022 PAR period (all 11 districts approved)
read as the administrator would — ranking, summary, charts, sorting — and as Chi Lăng's officer
(their own row only); and an accessibility check (axe) of every new page: no serious or
critical finding."""

from pathlib import Path

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
    """Chi Lăng's committee reviews its 2023 task-performance draft (the PAR draft is taken through
    appraisal by the workflow journey): it opens the analysis, plans for the best band, goes
    through the fields in meeting mode with the arrow keys, types the causes and two actions,
    and prints the minutes' annex on A4."""
    login(page, server.base_url, *accounts["leader"])
    page.goto(server.base_url + "/")
    click_and_wait(page, "#assessments tbody tr:has-text('Đánh giá kết quả thực hiện nhiệm vụ năm 2023') a[href^='/assessments/']")
    click_and_wait(page, "#analysis-link")
    expect(page.locator("#fields tbody tr").first).to_be_visible()
    page.select_option("#plan-band", index=1)
    click_and_wait(page, "#plan-submit")
    expect(page.locator("#plan")).to_be_visible()
    assert serious_findings(page) == []

    click_and_wait(page, "#meeting-link")
    expect(page.locator("#meeting-field")).to_contain_text("1.")
    with page.expect_navigation():
        page.keyboard.press("ArrowRight")
    expect(page.locator("#meeting-field")).to_contain_text("2.")
    page.fill("#meeting-causes", "Một số nhiệm vụ hoàn thành chậm so với kế hoạch.")
    page.fill("#meeting-actions", "1. Giao đầu mối theo dõi tiến độ hằng tháng.\n2. Bổ sung kế hoạch kiểm tra quý IV.")
    click_and_wait(page, "#meeting-save")
    expect(page.locator(".notice-success")).to_contain_text("Đã lưu")
    assert serious_findings(page) == []

    click_and_wait(page, "#minutes-link")
    expect(page.locator("#minutes-table")).to_contain_text("Bổ sung kế hoạch kiểm tra quý IV.")
    assert serious_findings(page) == []
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    screenshots = Path(__file__).parent / "screenshots"
    screenshots.mkdir(exist_ok=True)
    pdf = page.pdf(format="A4", path=str(screenshots / "committee-minutes.pdf"))
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 1
