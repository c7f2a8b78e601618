"""A survey answered on a phone: the administrator finds the demo's open campaign and a unit's
link, the QR code on the desk's poster is read back by zbarimg (Debian's zbar-tools) from a
screenshot, a phone-sized browser opens the link, half-fills the form, reloads (JavaScript keeps
the answers on the device), finishes and sends it; the unit's progress moves and its survey
points change in the assessment. Hữu Lũng's link is used, so the workflow journey's Chi Lăng
figures are untouched."""

import re
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from conftest import SCREENSHOTS, login

OPEN_CAMPAIGN = "Khảo sát công chức (thử trên điện thoại)"
UNIT = "UBND huyện Hữu Lũng"


def campaign_page(page, base_url, accounts):
    login(page, base_url, *accounts["admin"])
    page.goto(base_url + "/surveys")
    with page.expect_navigation():
        page.click(f"#campaigns a:has-text('{OPEN_CAMPAIGN}')")
    return page.url


def progress_of(page, unit_code):
    return page.locator(f"#progress-{unit_code} td.num").first.inner_text().strip()


def test_a_phone_answers_through_the_qr_code_and_the_units_figures_move(page, browser, server, accounts, tmp_path):
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: apt-get install zbar-tools")
    base_url = server.base_url
    campaign_url = campaign_page(page, base_url, accounts)
    before = progress_of(page, "huu-lung")
    assert before.endswith("0 / 30"), before
    link_text = page.locator("#progress-huu-lung a[href^='/s/']").first.inner_text().strip()
    code = re.fullmatch(r"/s/([2-9A-HJKMNP-Z]{8})", link_text)[1]

    # The survey points of 9.2 before: the closed leaders' campaign alone
    page.goto(base_url + "/")
    assessment = page.locator("#assessments tbody tr").filter(has_text=UNIT).filter(has_text="Chỉ số CCHC năm 2023")
    with page.expect_navigation():
        assessment.locator("a[href^='/assessments/']").first.click()
    assessment_url = page.url
    points_before = page.locator('[id="c-9.2"] .survey-part').inner_text()

    # The poster's QR code, screenshotted and decoded, is the link
    page.goto(f"{base_url}/s/{code}/poster")
    expect(page.locator("#poster-link")).to_have_text(f"{base_url}/s/{code}")
    qr_png = tmp_path / "qr.png"
    page.locator("img.poster-qr").screenshot(path=str(qr_png))
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(qr_png)], capture_output=True, text=True, timeout=30)
    assert decoded.returncode == 0, decoded.stderr
    assert decoded.stdout.strip() == f"{base_url}/s/{code}"

    # A phone opens it, answers one question, reloads: the answer is still there
    phone = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        mobile = phone.new_page()
        mobile.goto(decoded.stdout.strip())
        expect(mobile.locator("h1")).to_contain_text("Phiếu đánh giá công tác cải cách hành chính")
        mobile.check("#q-A1-4")
        mobile.reload()
        expect(mobile.locator("#q-A1-4")).to_be_checked()
        mobile.check("#q-A2-3")
        mobile.check("#q-A3-4")
        with mobile.expect_navigation():
            mobile.click("#survey-submit")
        expect(mobile.locator("#survey-done")).to_contain_text("đã được ghi nhận")
        SCREENSHOTS.mkdir(exist_ok=True)
        mobile.screenshot(path=str(SCREENSHOTS / "survey-phone-thanks.png"), full_page=True)
        # the kept answers are forgotten, and the same phone cannot answer twice
        assert mobile.evaluate(f"window.localStorage.getItem('parindex-survey-{code}')") is None
        mobile.goto(f"{base_url}/s/{code}")
        expect(mobile.locator("#survey-done")).to_contain_text("Mỗi thiết bị chỉ gửi một phiếu")
    finally:
        phone.close()

    # The unit's progress moved, and its survey points of 9.2 with it
    page.goto(campaign_url)
    assert progress_of(page, "huu-lung").endswith("1 / 30")
    page.goto(assessment_url)
    points_after = page.locator('[id="c-9.2"] .survey-part').inner_text()
    assert points_after != points_before, (points_before, points_after)
    expect(page.locator('[id="c-9.2"] .survey-fed')).to_contain_text("Điểm tính tự động từ đợt khảo sát")
