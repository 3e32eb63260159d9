"""The curated data: validation passes, and each check really catches what it is for."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dashboard import config, validate
from dashboard.curated import TABLES_BY_NAME, read_all


def test_curated_files_have_no_problems():
    assert validate.problems() == []


def _edit(data_dir: Path, table: str, match: dict, changes: dict) -> None:
    """Change the rows of a curated CSV that match `match`."""
    t = TABLES_BY_NAME[table]
    path = data_dir / t.file
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    hits = [r for r in rows if all(r[k] == v for k, v in match.items())]
    assert hits, f"no row in {table} matches {match}"
    for r in hits:
        r.update(changes)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(t.columns), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


GDP_2020 = "004-008"  # 2020 GDP 737.6亿元

# Each case breaks one thing and names the words the problem report must contain.
BREAKAGES = [
    ("facts", {"fact_id": GDP_2020}, {"quote": "去年该市实现地区生产总值999亿元"}, "quote not found"),
    ("facts", {"fact_id": GDP_2020}, {"value": "738.6"}, "the quote states 737.6"),
    ("facts", {"fact_id": GDP_2020}, {"stated": "737.7"}, "is not in the quote"),
    ("facts", {"fact_id": GDP_2020}, {"unit": "万人"}, "does not convert"),
    ("facts", {"fact_id": GDP_2020}, {"unit": "斤"}, "not a known units.unit"),
    ("facts", {"fact_id": GDP_2020}, {"region_code": "changsha"}, "not a known regions"),
    ("facts", {"fact_id": GDP_2020}, {"indicator_code": "gdp_x"}, "not a known indicators"),
    ("facts", {"fact_id": GDP_2020}, {"kind": "guess"}, "not a known kinds"),
    ("facts", {"fact_id": GDP_2020}, {"source_id": "nowhere"}, "not a known sources"),
    ("facts", {"fact_id": GDP_2020}, {"period": "20-20"}, "is not in the grammar"),
    ("facts", {"fact_id": GDP_2020}, {"period": "2020-13"}, "month 13 is not between 01 and 12"),
    ("facts", {"fact_id": GDP_2020}, {"period": "2020-05/03"}, "does not end after it starts"),
    ("facts", {"fact_id": "004-002"}, {"fact_id": "004-003"}, "appears 2 times"),
    ("facts", {"fact_id": "001-031"}, {"value": "56"}, "formula gives 55"),
    ("facts", {"fact_id": "001-031"}, {"inputs": "001-027"}, "must use exactly its inputs"),
    ("facts", {"fact_id": "001-027"}, {"kind": "actual"}, "a rank must have kind"),
    ("industry_members", {"member_zh": "花炮"}, {"tier_code": "9"}, "no tier"),
    ("ranking_editions", {"edition_zh": "第二十届"}, {"quote": "第二十届全国县域经济百强第1位"},
     "quote not found"),
    ("sources", {"source_id": "edz-2021-plan"}, {"sha256": "0" * 64}, "differs from the recorded"),
]


@pytest.mark.parametrize(("table", "match", "changes", "expected"), BREAKAGES)
def test_validation_catches(data_copy, table, match, changes, expected):
    _edit(data_copy, table, match, changes)
    found = validate.problems(data_copy)
    assert any(expected in p for p in found), found


def test_unquoted_comma_is_reported(data_copy):
    path = data_copy / "regions.csv"
    path.write_text(path.read_text(encoding="utf-8") + "x,甲,A, b,level,,9\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns expected"):
        validate.problems(data_copy)


def _imported_rows() -> list[dict[str, str]]:
    """The rows of every logged import batch (data/imports/), as stored."""
    imports = config.DATA_DIR / "imports"
    with (imports / "log.csv").open(encoding="utf-8", newline="") as f:
        stored = [r["stored_file"] for r in csv.DictReader(f)]
    rows = []
    for name in stored:
        with (imports / name).open(encoding="utf-8-sig", newline="") as f:
            rows += list(csv.DictReader(f))
    return rows


def _pending_intake() -> tuple[list[dict[str, str]], set[str]]:
    """Rows still waiting in intake/figures/, and the intake documents stating no importable figure."""
    intake = config.ROOT / "intake"
    rows = []
    for path in sorted((intake / "figures").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows += list(csv.DictReader(f))
    with (intake / "documents.csv").open(encoding="utf-8", newline="") as f:
        empty = {d["doc_id"] for d in csv.DictReader(f) if d["figures"] == "0"}
    return rows, empty


def test_every_table_is_non_empty_and_figures_cover_every_source():
    """Every registered document is quoted by a curated or imported figure, or its figures wait in intake/."""
    data = read_all()
    assert all(data[name] for name in TABLES_BY_NAME)
    pending, empty = _pending_intake()
    cited = ({f["source_id"] for f in data["facts"]} | {r["source"] for r in _imported_rows()}
             | {r["source"] for r in pending} | empty)
    assert cited == {s["source_id"] for s in data["sources"]}


def test_every_indicator_is_used_and_every_unit_known():
    data = read_all()
    pending, _ = _pending_intake()
    names = {i["name_zh"]: i["indicator_code"] for i in data["indicators"]}
    used = ({f["indicator_code"] for f in data["facts"]}
            | {names.get(r["indicator"], r["indicator"]) for r in _imported_rows() + pending})
    assert {i["indicator_code"] for i in data["indicators"]} == used
    assert {i["unit"] for i in data["indicators"]} <= {u["unit"] for u in data["units"]}


def test_targets_and_estimates_are_marked():
    """Rows quoting 预计 are estimates; rows quoting 力争/确保/目标 are targets (never actual)."""
    for f in read_all()["facts"]:
        if f["quote"].startswith("预计"):
            assert f["kind"] == "estimate", f["fact_id"]
        if any(w in f["quote"] for w in ("力争", "确保", "目标")):
            assert f["kind"] in ("target", "rank", "estimate"), f["fact_id"]
