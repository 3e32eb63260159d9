"""add-source: a new document is registered verbatim with its sha256 and date, or refused with nothing written."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from dashboard import add_source
from dashboard.validate import problems

REPORT = (Path(__file__).parent / "fixtures" / "next_year" / "report.txt").read_bytes()


def _snapshot(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}


def _docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _blank_pdf(encrypt: bool = False) -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    if encrypt:
        w.encrypt("secret")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_register_keeps_text_original_sha_and_date(data_copy, tmp_path):
    row = add_source.register(REPORT, "report.txt", "test-doc", "测试文档", "测试", data_dir=data_copy,
                              db_path=tmp_path / "e.duckdb")
    text = (data_copy / "sources" / "test-doc.txt").read_bytes()
    assert text.decode("utf-8") == REPORT.decode("utf-8")
    assert row["sha256"] == hashlib.sha256(text).hexdigest()
    assert (data_copy / "sources" / row["original_file"]).read_bytes() == REPORT
    with (data_copy / "sources.csv").open(encoding="utf-8") as f:
        rows = {r["source_id"]: r for r in csv.DictReader(f)}
    assert rows["test-doc"]["date_from"] == add_source.date_in_text(REPORT.decode()).isoformat()
    assert problems(data_copy) == []
    assert (tmp_path / "e.duckdb").exists()


def test_register_a_docx_with_a_given_date(data_copy):
    row = add_source.register(_docx("地区生产总值890亿元\n增长5.5%"), "r.docx", "docx-doc", "T", date="2023-01-10",
                              data_dir=data_copy, rebuild=False)
    assert row["date_from"] == "2023-01-10" and row["original_file"].endswith(".docx")
    assert "地区生产总值890亿元" in (data_copy / "sources" / "docx-doc.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("data, name, source_id, date, says", [
    (REPORT, "r.txt", "liling-2020-lianghui", None, "already taken"),
    (REPORT, "r.txt", "Bad Id!", None, "bad id"),
    (b"\x00\x01\x02" * 100, "r.bin", "binary-doc", None, "not text"),
    (b"", "r.txt", "empty-doc", None, "empty"),
    (_blank_pdf(), "scan.pdf", "scan-doc", "2023-01-10", "no text layer"),
    (_blank_pdf(encrypt=True), "locked.pdf", "locked-doc", "2023-01-10", "encrypted"),
    (b"PK\x03\x04 not really a zip", "r.docx", "broken-doc", "2023-01-10", "damaged"),
    ("没有日期的文本：地区生产总值890亿元。".encode(), "r.txt", "undated-doc", None, "--date"),
    (REPORT, "r.txt", "bad-date-doc", "2023-13-40", "bad date"),
])
def test_bad_documents_are_refused_and_nothing_is_written(data_copy, data, name, source_id, date, says):
    before = _snapshot(data_copy)
    with pytest.raises(add_source.SourceError) as err:
        add_source.register(data, name, source_id, "标题", date=date, data_dir=data_copy, rebuild=False)
    assert says in err.value.text("en")
    assert err.value.text("zh") != err.value.text("en")
    after = {k: v for k, v in _snapshot(data_copy).items() if not k.endswith(".lock")}
    assert after == {k: v for k, v in before.items() if not k.endswith(".lock")}


def test_the_same_text_twice_is_refused(data_copy):
    add_source.register(REPORT, "r.txt", "first-doc", "T", data_dir=data_copy, rebuild=False)
    with pytest.raises(add_source.SourceError, match="registered as 'first-doc'"):
        add_source.register(REPORT, "r.txt", "second-doc", "T", data_dir=data_copy, rebuild=False)


def test_cli_add_source(data_copy, monkeypatch, capsys, tmp_path):
    from dashboard import __main__ as cli
    from dashboard import config

    monkeypatch.setattr(config, "DATA_DIR", data_copy)
    monkeypatch.setattr(config, "DB_PATH", tmp_path / "e.duckdb")
    doc = tmp_path / "report.txt"
    doc.write_bytes(REPORT)
    assert cli.main(["add-source", str(doc), "--id", "cli-doc", "--title", "T", "--lang", "en"]) == 0
    assert cli.main(["add-source", str(doc), "--id", "cli-doc", "--title", "T", "--lang", "en"]) == 1
    assert "already taken" in capsys.readouterr().err


def test_cli_records_url_mirror_and_kind(data_copy, monkeypatch, tmp_path):
    from dashboard import __main__ as cli
    from dashboard import config

    monkeypatch.setattr(config, "DATA_DIR", data_copy)
    monkeypatch.setattr(config, "DB_PATH", tmp_path / "e.duckdb")
    doc = tmp_path / "report.txt"
    doc.write_bytes(REPORT)
    assert cli.main(["add-source", str(doc), "--id", "mirror-doc", "--title", "T", "--date", "2023-01-10",
                     "--date-note", "from the page address", "--url", "http://example.org/a.html",
                     "--mirror", "--kind", "work_report"]) == 0
    with (data_copy / "sources.csv").open(encoding="utf-8") as f:
        rows = {r["source_id"]: r for r in csv.DictReader(f)}
    row = rows["mirror-doc"]
    assert (row["url"], row["mirror"], row["doc_kind"]) == ("http://example.org/a.html", "yes", "work_report")
    assert "from the page address" in row["date_note"]
    assert rows["liling-2020-lianghui"]["mirror"] == "no" and rows["liling-2020-lianghui"]["url"] == ""


@pytest.mark.parametrize("kwargs, says", [
    ({"url": "javascript:alert(1)"}, "bad URL"),
    ({"doc_kind": "rumour"}, "bad kind"),
])
def test_bad_url_or_kind_is_refused(data_copy, kwargs, says):
    before = _snapshot(data_copy)
    with pytest.raises(add_source.SourceError, match=says):
        add_source.register(REPORT, "r.txt", "url-doc", "T", data_dir=data_copy, rebuild=False, **kwargs)
    assert _snapshot(data_copy).keys() - before.keys() <= {".lock", "sources/.lock"}
