"""Browser journeys through the demo: the whole yearly workflow of one unit's PAR assessment
(officer scores and uploads, leader submits, appraiser lowers a score and asks for an
explanation, officer answers, appraiser finalises), with the totals on the page checked against
the core's own figures from `parindex score`. Plus two small journeys that do not depend on the
workflow's state: display controls, and a rejected fake PDF in the evidence library.

The journeys share one demo server per session, so the workflow is ONE test (its steps depend on
each other) and the small tests touch nothing that the workflow reads.
"""

import json
import os
import re
import subprocess
from decimal import Decimal
from pathlib import Path

from playwright.sync_api import expect

from conftest import REPO_ROOT, login

PERIOD_TITLE = "Chỉ số CCHC năm 2023 — cấp huyện"
UNIT_NAME = "UBND huyện Chi Lăng"
CRITERIA_SET = REPO_ROOT / "criteria-sets" / "langson-district-par-2023.yaml"
EXAMPLE = REPO_ROOT / "examples" / "chi-lang-2023" / "par-index.yaml"

# The officer's changes (typed with the decimal comma) and the appraiser's scores.
SELF_3_6 = "45,5"         # 3 × 45,5 ÷ 60 = 2,275 → 2,28
SELF_6_1_NUM = "385,5"    # 385,5 / 400 = 96,4 % → 2,5
SELF_6_2 = "1,2"          # free score
ROUND1_3_6 = "30"         # 3 × 30 ÷ 60 = 1,5 < 2,28: a reason is required
ROUND1_REASON = "Chỉ 30% hồ sơ có bản số hóa hợp lệ trên Hệ thống."
ROUND2_3_6 = "40,5"       # after the explanation: 3 × 40,5 ÷ 60 = 2,025 → 2,03
ROUND2_REASON = "Chấp nhận một phần giải trình: 40,5% hồ sơ số hóa hợp lệ."
SURVEY_POINTS = Decimal("19")  # the demo's closed 2023 surveys: 95 % on 9.1–9.3 = 7,6 + 5,7 + 5,7
QUESTION = "Đề nghị làm rõ số hồ sơ được số hóa có ký số hợp lệ."
ANSWER = "Đã bổ sung thống kê: 40,5% hồ sơ số hóa có ký số hợp lệ, kèm trích xuất từ Hệ thống."


# ── helpers ──────────────────────────────────────────────────────────────────────────────────

def by_id(element_id):
    """Ids contain dots ("3.6"), so CSS #id selectors do not work: use the attribute."""
    return f'[id="{element_id}"]'


def number(text):
    """'64,06' → Decimal('64.06')."""
    return Decimal(text.replace(".", "").replace(",", "."))


FIGURES = re.compile(r"^(?P<total>[\d.,]+) / (?P<maximum>[\d.,]+) điểm · chỉ số (?P<index>[\d.,]+) · (?P<band>.+)$")


def figures(page, element_id):
    """The summary's '65,74 / 100 điểm · chỉ số 65,74 · Trung bình' as numbers and a band."""
    text = page.locator(by_id(element_id)).inner_text().strip()
    match = FIGURES.match(text)
    assert match, f"#{element_id} does not read like figures: {text!r}"
    return {"total": number(match["total"]), "maximum": number(match["maximum"]),
            "index": number(match["index"]), "band": match["band"], "text": text}


def leaf_points(page, code):
    """'2,28 / 3 · TĐ 1,5' → (Decimal self, Decimal appraised or None)."""
    text = page.locator(by_id(f"points-{code}")).inner_text().strip()
    match = re.match(r"^([\d.,—]+) / [\d.,]+(?: · TĐ ([\d.,]+))?$", text)
    assert match, f"points of {code} do not read like points: {text!r}"
    own = None if match[1] == "—" else number(match[1])
    return own, (number(match[2]) if match[2] else None)


def core_score(tmp_path, layer, self_3_6, appraised_3_6=None):
    """The core's figures for the assessment as the journey left it, from `parindex score`."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text[: text.index("\nreported:")] + "\n"  # the article's figures would make exit status 3

    def replace(old, new):
        nonlocal text
        assert text.count(old) == 1, f"example changed: {old!r} not found once"
        text = text.replace(old, new)

    three_six = f'{{self: {{achieved: "{self_3_6}"}}'
    if appraised_3_6 is not None:
        three_six += f', appraised: {{achieved: "{appraised_3_6[0]}", note: "{appraised_3_6[1]}"}}'
    replace('"3.6": {achieved: 40}', f'"3.6": {three_six}}}')
    replace('"6.1": {numerator: "354,4", denominator: 400}', f'"6.1": {{numerator: "{SELF_6_1_NUM}", denominator: 400}}')
    replace('"6.2": {score: "0,8"}', f'"6.2": {{score: "{SELF_6_2}"}}')
    # The demo's closed 2023 campaigns give Chi Lăng 95 % satisfied on 9.1–9.3 (its survey layer).
    replace("  # ── 9 Điều tra xã hội học: no entries (survey-derived; not known in November) ──",
            "\n".join(f'  "{code}": {{survey: {{satisfaction: 95}}}}' for code in ("9.1", "9.2", "9.3")))
    path = tmp_path / f"assessment-{layer}-{'x' if appraised_3_6 is None else appraised_3_6[0]}.yaml"
    path.write_text(text, encoding="utf-8")

    binary = Path(os.environ.get("PARINDEX_BIN", REPO_ROOT / ".build/debug/parindex"))
    result = subprocess.run([str(binary), "score", str(CRITERIA_SET), str(path), "--layer", layer, "--format", "json"],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=60)
    assert result.returncode == 0, f"parindex score failed ({result.returncode}): {result.stderr}\n{result.stdout[:2000]}"
    data = json.loads(result.stdout)
    nodes = {node["code"]: node for node in data["nodes"]}
    return {"total": Decimal(str(data["total"])), "maximum": Decimal(str(data["maximum"])),
            "index": Decimal(str(data["index"])), "band": data["band"]["label"],
            "points": lambda code: Decimal(str(nodes[code]["points"]))}


def assert_matches_core(page, element_id, core):
    shown = figures(page, element_id)
    assert (shown["total"], shown["maximum"], shown["index"], shown["band"]) == \
        (core["total"], core["maximum"], core["index"], core["band"]), \
        f"#{element_id} shows {shown['text']!r}; the core says {core['total']} / {core['maximum']}, index {core['index']}, {core['band']}"
    return shown


def click_and_wait(page, selector):
    with page.expect_navigation():
        page.click(selector)


def logout(page):
    click_and_wait(page, "#logout")
    expect(page.locator("#username")).to_be_visible()


def open_par_assessment(page, base_url):
    """From the home page, the Chi Lăng PAR assessment; returns its URL."""
    page.goto(base_url + "/")
    row = page.locator("#assessments tbody tr").filter(has_text=UNIT_NAME).filter(has_text=PERIOD_TITLE)
    expect(row).to_have_count(1)
    click_and_wait(page, f"#assessments tbody tr:has-text('{PERIOD_TITLE}'):has-text('{UNIT_NAME}') a[href^='/assessments/']")
    assert re.search(r"/assessments/[0-9A-Fa-f-]{36}$", page.url), page.url
    return page.url


def expect_success(page, text_part):
    notice = page.locator(".notice-success")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text(text_part)
    expect(page.locator(".notice-error")).to_have_count(0)


def fill_self(page, code, field, value):
    page.fill(by_id(f"self-{code}-{field}"), value)
    click_and_wait(page, by_id(f"save-self-{code}"))
    expect_success(page, f"Đã lưu tiêu chí {code}")


def watch_server_errors(page):
    """Every 5xx answer the browser sees; a journey must end with none."""
    errors = []
    page.on("response", lambda response: errors.append(f"{response.status} {response.request.method} {response.url}")
            if response.status >= 500 else None)
    return errors


def history_rows(page, base_url, assessment_url, code):
    page.goto(f"{assessment_url}/history/{code}")
    return page.locator("#history tbody tr").count()


# ── the whole workflow ───────────────────────────────────────────────────────────────────────

def test_yearly_workflow_officer_leader_appraiser(server, page, accounts, fixtures_dir, tmp_path):
    base = server.base_url
    server_errors = watch_server_errors(page)

    # 1. The officer opens the draft: the founding example's 64,06 self-assessed points and the
    #    demo's closed 2023 surveys' 19 points: the article's 83,06.
    login(page, base, *accounts["officer"])
    url = open_par_assessment(page, base)
    expect(page.locator("#state")).to_have_text("Đang tự đánh giá")
    expect(page.locator("#self-total")).to_have_text("83,06 / 100 điểm · chỉ số 83,06 · Tốt")
    expect(page.locator("#appraised-total")).to_have_count(0)
    # The survey field's leaves are not scored by the unit: no self form on them.
    survey = page.locator("section.leaf.kind-survey")
    assert survey.count() > 0
    expect(survey.locator("form.entry-form")).to_have_count(0)

    # 2. Scores with the decimal comma; the form shows the value back with a comma.
    fill_self(page, "3.6", "achieved", SELF_3_6)
    expect(page.locator(".notice-success")).to_contain_text("2,28 điểm")
    expect(page.locator(by_id("self-3.6-achieved"))).to_have_value(SELF_3_6)
    fill_self(page, "6.1", "numerator", SELF_6_1_NUM)
    expect(page.locator(".notice-success")).to_contain_text("2,5 điểm")
    fill_self(page, "6.2", "score", SELF_6_2)
    expect(page.locator(by_id("self-6.2-score"))).to_have_value(SELF_6_2)
    core_self = core_score(tmp_path, "self", SELF_3_6)
    assert core_self["total"] == Decimal("84.74")  # 64,06 + 0,28 + 1 + 0,4 + 19 (survey): guards the YAML rewrite itself
    assert_matches_core(page, "self-total", core_self)
    for code in ("3.6", "6.1", "6.2"):
        assert leaf_points(page, code) == (core_self["points"](code), None), code

    # 3. A text file named .pdf is refused with a Vietnamese message about its content.
    lacking_before = int(re.search(r"(\d+) tiêu chí chưa có tài liệu kiểm chứng", page.locator("#progress").inner_text())[1])
    click_and_wait(page, by_id("attach-3.6"))
    page.fill(by_id("title-3.6"), "Tệp giả mạo")
    page.set_input_files(by_id("file-3.6"), str(fixtures_dir / "not-a-pdf.pdf"))
    click_and_wait(page, by_id("upload-submit-3.6"))
    expect(page.locator(".notice-error")).to_contain_text("Nội dung tệp không phải là PDF như tên tệp cho biết.")
    page.goto(url)
    expect(page.locator(by_id("c-3.6")).locator("ul.links")).to_have_count(0)
    expect(page.locator(by_id("c-3.6")).locator(".missing-evidence")).to_be_visible()

    # 4. A real PDF, uploaded from the criterion, is cited there at once.
    click_and_wait(page, by_id("attach-3.6"))
    page.fill(by_id("title-3.6"), "Báo cáo số hóa hồ sơ TTHC năm 2023")
    page.fill(by_id("number-3.6"), "215/BC-UBND")
    page.fill(by_id("issuer-3.6"), "UBND huyện Chi Lăng")
    page.fill(by_id("date-3.6"), "29/11/2023")
    page.fill(by_id("upload-anchor-3.6"), "tr. 2, mục II")
    page.set_input_files(by_id("file-3.6"), str(fixtures_dir / "sample.pdf"))
    click_and_wait(page, by_id("upload-submit-3.6"))
    expect_success(page, "Đã tải lên và gắn “Báo cáo số hóa hồ sơ TTHC năm 2023” với tiêu chí 3.6.")
    link = page.locator(by_id("c-3.6")).locator("ul.links a").first
    expect(link).to_have_text("Báo cáo số hóa hồ sơ TTHC năm 2023")
    expect(page.locator(by_id("c-3.6")).locator("ul.links li").first).to_contain_text("tr. 2, mục II")
    expect(page.locator("#progress")).to_contain_text(f"{lacking_before - 1} tiêu chí chưa có tài liệu kiểm chứng")
    served = page.request.get(base + link.get_attribute("href"))
    assert served.status == 200 and served.headers["content-type"].startswith("application/pdf")
    assert served.body().startswith(b"%PDF-")

    # 5. Submitting is the leader's step: the officer is not offered it.
    expect(page.locator("#action-submit")).to_have_count(0)
    logout(page)

    # 6. The leader sees the officer's figures and submits.
    login(page, base, *accounts["leader"])
    assert open_par_assessment(page, base) == url
    assert_matches_core(page, "self-total", core_self)
    click_and_wait(page, "#action-submit")
    expect_success(page, "Trạng thái mới: Đã gửi thẩm định")
    expect(page.locator("#state")).to_have_text("Đã gửi thẩm định")
    expect(page.locator(by_id("form-self-3.6"))).to_have_count(0)  # no more editing
    logout(page)

    # 7. The appraiser starts round 1; with no appraised scores yet, the appraised total is the self total.
    login(page, base, *accounts["appraiser"])
    assert open_par_assessment(page, base) == url
    click_and_wait(page, "#action-start_appraisal")
    expect_success(page, "Thẩm định vòng 1")
    expect(page.locator("#state")).to_have_text("Thẩm định vòng 1")
    assert_matches_core(page, "appraised-total", core_score(tmp_path, "final", SELF_3_6))
    appraised_before = figures(page, "appraised-total")["text"]
    history_before = history_rows(page, base, url, "3.6")
    page.goto(url)

    # 8. Lowering 3.6 without a reason is refused, in Vietnamese, at the reason field …
    page.fill(by_id("appraised_1-3.6-achieved"), ROUND1_3_6)
    click_and_wait(page, by_id("save-appraised_1-3.6"))
    error = page.locator(by_id("error-appraised_1-3.6-note"))
    expect(error).to_have_text("Điểm thẩm định (1,5) thấp hơn điểm tự đánh giá (2,28): phải nêu lý do.")
    expect(page.locator(by_id("appraised_1-3.6-achieved"))).to_have_value(ROUND1_3_6)  # what was typed is kept
    expect(page.locator(".notice-success")).to_have_count(0)
    # … and nothing changed: same total, no appraised points, empty form, no history entry.
    page.goto(url)
    expect(page.locator("#appraised-total")).to_have_text(appraised_before)
    assert leaf_points(page, "3.6") == (Decimal("2.28"), Decimal("2.28"))
    expect(page.locator(by_id("appraised_1-3.6-achieved"))).to_have_value("")
    assert history_rows(page, base, url, "3.6") == history_before
    page.goto(url)

    # 9. With a reason it is saved, and the appraised total follows the core.
    page.fill(by_id("appraised_1-3.6-achieved"), ROUND1_3_6)
    page.fill(by_id("appraised_1-3.6-note"), ROUND1_REASON)
    click_and_wait(page, by_id("save-appraised_1-3.6"))
    expect_success(page, "Đã lưu tiêu chí 3.6: 1,5 điểm.")
    core_round1 = core_score(tmp_path, "final", SELF_3_6, (ROUND1_3_6, ROUND1_REASON))
    assert_matches_core(page, "appraised-total", core_round1)
    assert_matches_core(page, "self-total", core_self)  # the unit's own score is untouched
    assert leaf_points(page, "3.6") == (Decimal("2.28"), Decimal("1.5"))
    assert history_rows(page, base, url, "3.6") == history_before + 1
    page.goto(url)

    # 10. … and asks for an explanation, then sends the requests to the unit.
    page.fill(by_id("question-3.6"), QUESTION)
    click_and_wait(page, by_id("request-3.6"))
    expect_success(page, "Đã ghi yêu cầu giải trình cho tiêu chí 3.6.")
    expect(page.locator(by_id("c-3.6")).locator(".request")).to_contain_text(QUESTION)
    click_and_wait(page, "#action-request_explanation")
    expect_success(page, "Trạng thái mới: Đang giải trình")
    expect(page.locator("#state")).to_have_text("Đang giải trình")
    logout(page)

    # 11. The officer answers and sends the explanations: round 2.
    login(page, base, *accounts["officer"])
    assert open_par_assessment(page, base) == url
    expect(page.locator(by_id("c-3.6")).locator(".request")).to_contain_text(QUESTION)
    answer = page.locator(by_id("c-3.6")).locator("textarea[id^='answer-']")
    expect(answer).to_have_count(1)
    answer.fill(ANSWER)
    click_and_wait(page, by_id("answer-submit-3.6"))
    expect_success(page, "Đã lưu giải trình.")
    expect(page.locator(by_id("c-3.6")).locator(".request .answer")).to_contain_text(ANSWER)
    click_and_wait(page, "#action-send_explanation")
    expect_success(page, "Trạng thái mới: Thẩm định vòng 2")
    expect(page.locator("#state")).to_have_text("Thẩm định vòng 2")
    logout(page)

    # 12. The appraiser sees the answer and the round-1 reason, raises 3.6 partly, and finalises.
    login(page, base, *accounts["appraiser"])
    assert open_par_assessment(page, base) == url
    leaf = page.locator(by_id("c-3.6"))
    expect(leaf.locator(".request .answer")).to_contain_text(ANSWER)
    expect(leaf).to_contain_text("Lý do vòng 1: " + ROUND1_REASON)
    assert_matches_core(page, "appraised-total", core_round1)  # round 1 stands until round 2 scores
    page.fill(by_id("appraised_2-3.6-achieved"), ROUND2_3_6)
    click_and_wait(page, by_id("save-appraised_2-3.6"))  # still below the self-score: a reason is required again
    expect(page.locator(by_id("error-appraised_2-3.6-note"))).to_have_text(
        "Điểm thẩm định (2,03) thấp hơn điểm tự đánh giá (2,28): phải nêu lý do.")
    assert_matches_core(page, "appraised-total", core_round1)
    page.fill(by_id("appraised_2-3.6-note"), ROUND2_REASON)
    click_and_wait(page, by_id("save-appraised_2-3.6"))
    expect_success(page, "Đã lưu tiêu chí 3.6: 2,03 điểm.")
    core_final = core_score(tmp_path, "final", SELF_3_6, (ROUND2_3_6, ROUND2_REASON))
    assert_matches_core(page, "appraised-total", core_final)
    click_and_wait(page, "#action-finalise")
    expect_success(page, "Trạng thái mới: Đã thẩm định xong")
    expect(page.locator("#state")).to_have_text("Đã thẩm định xong")

    # 13. The totals shown match the core's, on the page and on the home list.
    shown_self = assert_matches_core(page, "self-total", core_self)
    shown_final = assert_matches_core(page, "appraised-total", core_final)
    assert "," in shown_self["text"] and "," in shown_final["text"], "figures must use the decimal comma"
    assert leaf_points(page, "3.6") == (core_self["points"]("3.6"), core_final["points"]("3.6"))
    assert leaf_points(page, "6.1") == (core_self["points"]("6.1"), core_final["points"]("6.1"))
    expect(page.locator(by_id("appraised_2-3.6-achieved"))).to_have_count(0)  # finalised: no more forms
    page.goto(base + "/")
    row = page.locator("#assessments tbody tr").filter(has_text=UNIT_NAME).filter(has_text=PERIOD_TITLE)
    cells = row.locator("td")
    # The list shows the layers apart: self-assessed and appraised without the survey's 19
    # points, the survey column, then the total.
    assert number(cells.nth(3).inner_text()) == core_self["total"] - SURVEY_POINTS
    assert number(cells.nth(4).inner_text()) == core_final["total"] - SURVEY_POINTS
    assert number(cells.nth(5).inner_text()) == SURVEY_POINTS
    assert number(re.match(r"[\d.,]+", cells.nth(6).inner_text().strip())[0]) == core_final["total"]

    assert server_errors == [], f"server errors: {server_errors}\n{server.stdout[-4000:]}"


# ── small journeys, independent of the workflow's state ──────────────────────────────────────

def test_display_controls_size_and_language(server, page):
    page.goto(server.base_url + "/login")
    expect(page.locator("body")).to_have_class(re.compile(r"\bsize-normal\b"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    click_and_wait(page, ".display-controls a:text-is('A+')")
    expect(page.locator("body")).to_have_class(re.compile(r"\bsize-large\b"))
    assert page.url.endswith("/login"), page.url  # back on the same page
    click_and_wait(page, ".display-controls a:text-is('EN')")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Log in")
    expect(page.locator("label[for='username']")).to_have_text("Username")
    expect(page.locator("body")).to_have_class(re.compile(r"\bsize-large\b"))  # both preferences kept
    click_and_wait(page, ".display-controls a:text-is('VI')")
    expect(page.locator("h1")).to_have_text("Đăng nhập")


def test_library_refuses_text_file_named_pdf(server, page, accounts, fixtures_dir):
    login(page, server.base_url, *accounts["officer"])
    click_and_wait(page, "nav.site-nav a:text-is('Kho tài liệu kiểm chứng')")
    page.fill("#title-library", "Văn bản giả dạng PDF")
    page.set_input_files("#file-library", str(fixtures_dir / "not-a-pdf.pdf"))
    click_and_wait(page, "#upload-submit-library")
    expect(page.locator(".notice-error")).to_have_text("Nội dung tệp không phải là PDF như tên tệp cho biết.")
    # Nothing was filed: the library lists no such document, now or after a reload.
    page.goto(page.url.split("?")[0])
    expect(page.locator(".notice-error")).to_have_count(0)
    documents = page.locator("#documents")
    if documents.count():
        expect(documents).not_to_contain_text("Văn bản giả dạng PDF")


def test_points_show_while_typing_without_saving(server, page, accounts):
    """With JavaScript, the core's points for what is typed appear before saving; nothing is saved."""
    login(page, server.base_url, *accounts["officer"])
    # The task-performance assessment stays a draft whatever the PAR journey did.
    click_and_wait(page, "#assessments a:has-text('UBND huyện Chi Lăng') >> nth=1")
    form = page.locator("form.entry-form:has(input[inputmode=decimal])").first
    field = form.locator("input[inputmode=decimal]").first
    before = field.input_value()
    field.fill("1,5")
    output = form.locator("output.live-points")
    # "→ points (working); total — chưa lưu" appears only for a valid input the core scored.
    expect(output).to_contain_text("→", timeout=5000)
    expect(output).to_contain_text("chưa lưu")
    page.reload()
    expect(page.locator("form.entry-form:has(input[inputmode=decimal])").first.locator("input[inputmode=decimal]").first).to_have_value(before)


def test_assessment_prints_on_a4(server, page, accounts):
    """The print view fits A4: no navigation or forms, every criterion with its points."""
    login(page, server.base_url, *accounts["officer"])
    click_and_wait(page, "#assessments a:has-text('UBND huyện Chi Lăng') >> nth=1")
    click_and_wait(page, "#print-link")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("form:visible")).to_have_count(0)
    assert page.locator("section.leaf").count() > 5
    screenshots = Path(__file__).parent / "screenshots"
    screenshots.mkdir(exist_ok=True)
    pdf = page.pdf(format="A4", path=str(screenshots / "assessment-print.pdf"))
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2
