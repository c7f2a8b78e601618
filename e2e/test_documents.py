"""Documents out and the public portal, checked from outside as their readers would:
the results annex (.xlsx with openpyxl, .csv) cell by cell against the results API; the score
sheet (.xlsx) against the assessment API; the A4 score sheet printed to PDF (A4 landscape, the
heading row and "Trang n / N" on every page); and the portal journey: the administrator withdraws
and publishes a period, a visitor without an account reads it, axe finds nothing serious."""

import csv
import io
import json
import urllib.error
import urllib.request
from decimal import Decimal

import openpyxl
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

from conftest import login

PERIOD_2022 = "Chỉ số CCHC năm 2022 — cấp huyện"
PERIOD_2023 = "Chỉ số CCHC năm 2023 — cấp huyện"


def api(server, path, token=None, method="GET", body=None):
    request = urllib.request.Request(server.base_url + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def token(server, account):
    status, _, body = api(server, "/api/v1/tokens", method="POST", body={"username": account[0], "password": account[1]})
    assert status == 201, body
    return json.loads(body)["token"]


def period_id(server, tok, title):
    _, _, body = api(server, "/api/v1/periods", tok)
    return next(p["id"] for p in json.loads(body) if p["title"] == title)


def number(text):
    return None if text is None else Decimal(text)


def same(value):
    """A CSV field or a cell, as a comparable value: numbers exact, blanks as None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    try:
        return Decimal(value)
    except ArithmeticError:
        return value


def cell_number(value):
    return None if value is None else Decimal(str(value))


def test_the_results_annex_holds_the_api_figures_cell_by_cell(server, accounts, tmp_path):
    tok = token(server, accounts["admin"])
    pid = period_id(server, tok, PERIOD_2022)
    _, _, body = api(server, f"/api/v1/periods/{pid}/results?all=1", tok)
    results = json.loads(body)
    status, headers, xlsx = api(server, f"/api/v1/periods/{pid}/results.xlsx", tok)
    assert status == 200 and headers["Content-Type"].startswith("application/vnd.openxmlformats")
    (tmp_path / "annex.xlsx").write_bytes(xlsx)
    book = openpyxl.load_workbook(tmp_path / "annex.xlsx")
    sheet = book.active
    assert sheet.freeze_panes == "D3" and sheet.print_title_rows == "$2:$2"
    assert book.properties.title.endswith(PERIOD_2022) and book.properties.keywords == "langson-district-par-2022"
    assert book.properties.created is not None
    headings = [c.value for c in sheet[2]]
    assert headings[:4] == ["Hạng", "Mã đơn vị", "Đơn vị", "Trạng thái"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(results["rows"]) == 11
    field_start = headings.index("Thẩm định trừ") + 1
    for row, expected in zip(rows, results["rows"]):
        assert row[0] == expected["rank"] and row[1] == expected["unit_code"] and row[2] == expected["unit_name"]
        assert cell_number(row[5]) == number(expected["self_total"])
        assert cell_number(row[6]) == number(expected["appraised_total"])
        assert cell_number(row[7]) == number(expected["survey_points"])
        assert cell_number(row[8]) == number(expected["total"])
        assert cell_number(row[9]) == number(expected["maximum"])
        assert cell_number(row[10]) == number(expected["index"])
        assert cell_number(row[12]) == number(expected["index_change"])
        assert cell_number(row[13]) == number(expected["removed_by_appraisal"])
        for value, field in zip(row[field_start:], expected["fields"]):
            assert cell_number(value) == number(field["points"]), (expected["unit_code"], field["code"])
    # Every number is a number cell with two decimals shown.
    assert sheet.cell(row=3, column=9).data_type == "n" and sheet.cell(row=3, column=9).number_format == "0.00"

    status, headers, text = api(server, f"/api/v1/periods/{pid}/results.csv", tok)
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert table[0] == headings
    assert len(table) == len(rows) + 1
    for line, row in zip(table[1:], rows):
        assert [same(v) for v in line] == [same(v) for v in row]


def test_the_score_sheet_xlsx_holds_the_assessment_figures(server, accounts, tmp_path):
    tok = token(server, accounts["officer"])
    _, _, body = api(server, "/api/v1/assessments", tok)
    chi_lang = next(a for a in json.loads(body) if a["period"] == PERIOD_2023)
    _, _, body = api(server, f"/api/v1/assessments/{chi_lang['id']}", tok)
    nodes = json.loads(body)["nodes"]
    status, _, xlsx = api(server, f"/api/v1/assessments/{chi_lang['id']}/sheet.xlsx", tok)
    assert status == 200
    (tmp_path / "sheet.xlsx").write_bytes(xlsx)
    sheet = openpyxl.load_workbook(tmp_path / "sheet.xlsx").active
    assert sheet.print_title_rows == "$5:$5" and sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize in (9, "9")
    lines = list(sheet.iter_rows(min_row=6, max_row=5 + len(nodes), values_only=True))
    assert [line[0] for line in lines] == [node["code"] for node in nodes]
    for line, node in zip(lines, nodes):
        assert cell_number(line[2]) == number(node["maximum"]), node["code"]
        if line[3] is not None:
            assert cell_number(line[3]) == number(node["self_points"]), node["code"]
    labels = [row[1] for row in sheet.iter_rows(min_row=6 + len(nodes), values_only=True)]
    assert "Tổng điểm" in labels and "Xếp loại" in labels
    assert any(row[0] == "NGƯỜI LẬP BIỂU" for row in sheet.iter_rows(values_only=True))
    # Another unit's sheet is not the officer's to read.
    other = next(a for a in json.loads(api(server, "/api/v1/assessments", token(server, accounts["admin"]))[2])
                 if a["unit_code"] != chi_lang["unit_code"])
    assert api(server, f"/api/v1/assessments/{other['id']}/sheet.xlsx", tok)[0] == 404


def test_the_a4_score_sheet_prints_with_its_heading_and_page_numbers_on_every_page(server, page, accounts, tmp_path):
    login(page, server.base_url, *accounts["officer"])
    page.goto(server.base_url + "/")
    page.locator("a[href^='/assessments/']").first.click()
    page.wait_for_load_state()
    with page.expect_navigation():
        page.click("#sheet-link")
    expect(page.locator("h1")).to_contain_text("BẢNG ĐIỂM")
    assert page.locator("header.site-header").count() == 0, "the sheet is a document, not a page of the site"
    pdf = tmp_path / "sheet.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    reader = PdfReader(str(pdf))
    pages = len(reader.pages)
    assert pages >= 2
    for number_, pdf_page in enumerate(reader.pages, start=1):
        width, height = float(pdf_page.mediabox.width), float(pdf_page.mediabox.height)
        assert abs(width - 841.9) < 2 and abs(height - 595.3) < 2, (width, height)  # A4 landscape
        text = pdf_page.extract_text()
        assert f"Trang {number_} / {pages}" in text, number_
        if number_ < pages:  # the last page may hold only the signatures
            assert "STT" in text, number_
    last = reader.pages[-1].extract_text()
    assert "THỦ TRƯỞNG ĐƠN VỊ" in last and "NGƯỜI LẬP BIỂU" in last
    assert "Đăng xuất" not in "".join(p.extract_text() for p in reader.pages)


def serious_findings(page):
    result = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in result.response["violations"]
            if v["impact"] in ("serious", "critical")]


def test_the_administrator_withdraws_and_publishes_and_anyone_reads_the_portal(server, browser, page, accounts):
    login(page, server.base_url, *accounts["admin"])
    page.goto(server.base_url + "/admin/periods")
    with page.expect_navigation():
        page.click(f"a:has-text('{PERIOD_2022}')")
    period_path = page.url.split(server.base_url)[1]
    pid = period_path.rstrip("/").split("/")[-1]
    # Withdraw: the portal forgets the period at once.
    page.fill("#withdraw-reason", "Rà soát lại số liệu")
    with page.expect_navigation():
        page.click("#withdraw-publication")
    expect(page.locator("#publish-period")).to_be_visible()
    visitor = browser.new_context()
    public = visitor.new_page()
    response = public.goto(server.base_url + f"/public/{pid}")
    assert response.status == 404
    # Publish again, through the same page.
    with page.expect_navigation():
        page.click("#publish-period")
    expect(page.locator("#withdraw-publication")).to_be_visible()
    # A visitor without an account: the list, the ranking, a unit's criteria.
    public.goto(server.base_url + "/public")
    expect(public.locator("#published-periods")).to_contain_text(PERIOD_2022)
    assert serious_findings(public) == []
    with public.expect_navigation():
        public.click(f"#published-periods a:has-text('{PERIOD_2022}')")
    expect(public.locator("#ranking > tbody:not(.apart) > tr")).to_have_count(11)
    expect(public.locator("#visitors")).to_contain_text("1")
    assert serious_findings(public) == []
    with public.expect_navigation():
        public.click("#ranking a:has-text('Chi Lăng')")
    expect(public.locator("#unit-criteria")).to_contain_text("1.1.1")
    assert "Đăng xuất" not in public.content() and "_csrf" not in public.content()
    assert serious_findings(public) == []
    assert visitor.cookies() == [], "the portal sets no cookie"
    visitor.close()


def upload(server, tok, assessment_id, book, tmp_path, name):
    path = tmp_path / name
    book.save(path)
    request = urllib.request.Request(f"{server.base_url}/api/v1/assessments/{assessment_id}/import", method="POST",
                                     data=path.read_bytes())
    request.add_header("Authorization", "Bearer " + tok)
    request.add_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def template(server, tok, assessment_id, tmp_path):
    status, _, data = api(server, f"/api/v1/assessments/{assessment_id}/template.xlsx", tok)
    assert status == 200
    (tmp_path / "template.xlsx").write_bytes(data)
    book = openpyxl.load_workbook(tmp_path / "template.xlsx")
    sheet = book["Nhap diem"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(4, sheet.max_row + 1)}
    return book, sheet, rows


def test_the_template_filled_with_openpyxl_saves_what_typing_saves(server, accounts, tmp_path):
    tok = token(server, accounts["officer"])
    _, _, body = api(server, "/api/v1/assessments", tok)
    chi_lang = next(a for a in json.loads(body) if a["period"] == PERIOD_2023 and a["state"] == "draft")
    aid = chi_lang["id"]
    book, sheet, rows = template(server, tok, aid, tmp_path)
    # The template: headings, a drop-down on an option criterion, the evidence as a note.
    assert [c.value for c in sheet[3]][:5] == ["Mã", "Tiêu chí", "Điểm tối đa", "Cách chấm", "Phương án"]
    assert any(v.type == "list" for v in sheet.data_validations.dataValidation)
    assert sheet.cell(row=rows["1.1.1"], column=2).comment is not None
    assert sheet.column_dimensions["O"].hidden
    original = (sheet.cell(row=rows["6.2"], column=12).value, sheet.cell(row=rows["6.2"], column=14).value)
    original_total = chi_lang["self_total"]
    # Fill it as a person would: a free score and a note, then upload.
    sheet.cell(row=rows["6.2"], column=12).value = 1.2
    sheet.cell(row=rows["6.2"], column=14).value = "Nhập từ e2e"
    status, outcome = upload(server, tok, aid, book, tmp_path, "filled.xlsx")
    assert status == 200 and outcome["saved"] == ["6.2"], outcome
    _, _, body = api(server, f"/api/v1/assessments/{aid}", tok)
    imported = json.loads(body)
    node = next(n for n in imported["nodes"] if n["code"] == "6.2")
    assert Decimal(node["self_points"]) == Decimal("1.2")
    # Typing the same figures changes nothing in the totals.
    entry = node["entries"]["self"]
    status, _, _ = api(server, f"/api/v1/assessments/{aid}/entries/6.2", tok, method="PUT",
                       body={"score": "1,2", "note": "Nhập từ e2e", "version": entry["version"]})
    assert status == 200
    _, _, body = api(server, f"/api/v1/assessments/{aid}", tok)
    assert json.loads(body)["summary"]["self_total"] == imported["summary"]["self_total"]
    # A wrong value names its cell and saves nothing; then the original value goes back.
    book, sheet, rows = template(server, tok, aid, tmp_path)
    sheet.cell(row=rows["6.2"], column=12).value = 12.5
    status, refusal = upload(server, tok, aid, book, tmp_path, "wrong.xlsx")
    assert status == 422 and refusal["errors"][0]["cell"] == f"L{rows['6.2']}", refusal
    sheet.cell(row=rows["6.2"], column=12).value, sheet.cell(row=rows["6.2"], column=14).value = original
    status, outcome = upload(server, tok, aid, book, tmp_path, "restored.xlsx")
    assert status == 200, outcome
    _, _, body = api(server, f"/api/v1/assessments/{aid}", tok)
    assert json.loads(body)["summary"]["self_total"] == original_total
