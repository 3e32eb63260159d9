"""The curated CSV files under data/: their columns, and loading them as plain rows."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from dashboard import config


@dataclass(frozen=True)
class Table:
    """One curated CSV file and the DuckDB table it becomes."""

    name: str
    file: str
    columns: dict[str, str]  # column -> DuckDB type
    key: tuple[str, ...]
    empty_key_allowed: bool = False  # approx.csv: the empty word means "exact"


TABLES = [
    Table("sources", "sources.csv", {
        "source_id": "VARCHAR", "title_zh": "VARCHAR", "title_en": "VARCHAR",
        "label_zh": "VARCHAR", "label_en": "VARCHAR",
        "publisher": "VARCHAR", "date_from": "DATE", "date_to": "DATE", "date_note": "VARCHAR",
        "doc_kind": "VARCHAR", "original_file": "VARCHAR", "file": "VARCHAR", "sha256": "VARCHAR",
        "url": "VARCHAR", "mirror": "VARCHAR",  # where it was read; mirror: yes/no
    }, ("source_id",)),
    Table("regions", "regions.csv", {
        "region_code": "VARCHAR", "name_zh": "VARCHAR", "name_en": "VARCHAR", "level": "VARCHAR",
        "parent_code": "VARCHAR", "sort_order": "INTEGER",
        "short_zh": "VARCHAR", "short_en": "VARCHAR", "color": "VARCHAR",  # chart labels and colour
        "division_code": "VARCHAR",  # the national division code (divisions.csv); empty for a zone
    }, ("region_code",)),
    Table("site", "site.csv", {  # one row: the home region (its parent is the prefecture), the title
        "home_region": "VARCHAR", "title_zh": "VARCHAR", "title_en": "VARCHAR",
    }, ("home_region",)),
    Table("categories", "categories.csv", {
        "category": "VARCHAR", "name_zh": "VARCHAR", "name_en": "VARCHAR", "sort_order": "INTEGER",
    }, ("category",)),
    Table("kinds", "kinds.csv", {
        "kind": "VARCHAR", "name_zh": "VARCHAR", "name_en": "VARCHAR",
        "description_en": "VARCHAR", "sort_order": "INTEGER",
    }, ("kind",)),
    Table("approx_words", "approx.csv", {
        "approx": "VARCHAR", "name_en": "VARCHAR", "meaning_en": "VARCHAR",
        # where the word stands in Chinese (before the number, after_number before the unit, after_unit),
        # the sign an English label puts before the number (≥, >, ~, ≤), and which bound the stated number
        # is: at_least (超过, 余), at_most (接近, 不足) or about (约, 左右)
        "position": "VARCHAR", "sign_en": "VARCHAR", "bound": "VARCHAR",
    }, ("approx",), empty_key_allowed=True),
    Table("units", "units.csv", {
        "unit": "VARCHAR", "name_en": "VARCHAR", "dimension": "VARCHAR", "factor": "DOUBLE",
        "label_en": "VARCHAR", "en_factor": "DOUBLE", "en_label": "VARCHAR",  # English display
    }, ("unit",)),
    Table("indicators", "indicators.csv", {
        "indicator_code": "VARCHAR", "name_zh": "VARCHAR", "name_en": "VARCHAR", "unit": "VARCHAR",
        "category": "VARCHAR", "decimals": "INTEGER", "higher_is_better": "BOOLEAN",
        "description": "VARCHAR",
    }, ("indicator_code",)),
    Table("facts", "facts.csv", {
        "fact_id": "VARCHAR", "region_code": "VARCHAR", "indicator_code": "VARCHAR",
        "period": "VARCHAR", "value": "DOUBLE", "unit": "VARCHAR", "kind": "VARCHAR",
        "approx": "VARCHAR", "stated": "VARCHAR", "programme": "VARCHAR", "source_id": "VARCHAR",
        "quote": "VARCHAR", "note": "VARCHAR", "formula": "VARCHAR", "inputs": "VARCHAR",
    }, ("fact_id",)),
    Table("headlines", "headlines.csv", {
        "section": "VARCHAR", "indicator_code": "VARCHAR", "region_code": "VARCHAR", "sort_order": "INTEGER",
    }, ("section", "indicator_code", "region_code")),
    Table("ranking_lists", "ranking_lists.csv", {
        "list_code": "VARCHAR", "change_indicator_code": "VARCHAR", "name_zh": "VARCHAR",
        "name_en": "VARCHAR", "publisher": "VARCHAR", "scope": "VARCHAR", "scope_region_code": "VARCHAR",
        "note": "VARCHAR",
    }, ("list_code",)),
    Table("ranking_editions", "ranking_editions.csv", {
        "list_code": "VARCHAR", "period": "VARCHAR", "edition_no": "INTEGER",
        "edition_zh": "VARCHAR", "published_on": "DATE", "is_derived": "BOOLEAN",
        "source_id": "VARCHAR", "quote": "VARCHAR",
    }, ("list_code", "period")),
    Table("industries", "industries.csv", {
        "industry_key": "VARCHAR", "name_zh": "VARCHAR", "name_en": "VARCHAR", "sort_order": "INTEGER",
    }, ("industry_key",)),
    Table("industry_tiers", "industry_tiers.csv", {
        "system_code": "VARCHAR", "system_label": "VARCHAR", "system_label_en": "VARCHAR",
        "system_name_zh": "VARCHAR",
        "system_name_en": "VARCHAR", "region_code": "VARCHAR", "tier_order": "INTEGER",
        "tier_code": "VARCHAR", "tier_name_zh": "VARCHAR", "tier_name_en": "VARCHAR",
        "tier_size": "INTEGER", "source_id": "VARCHAR", "quote": "VARCHAR", "note": "VARCHAR",
        "matrix_order": "INTEGER",  # the system's column in the industry matrix; empty: not shown there
    }, ("system_code", "tier_code")),
    Table("industry_members", "industry_members.csv", {
        "system_code": "VARCHAR", "tier_code": "VARCHAR", "member_order": "INTEGER",
        "member_zh": "VARCHAR", "member_en": "VARCHAR", "industry_key": "VARCHAR",
        "source_id": "VARCHAR", "quote": "VARCHAR", "note": "VARCHAR",
    }, ("system_code", "tier_code", "member_zh", "source_id")),
    Table("spatial_layouts", "spatial_layouts.csv", {
        "layout_code": "VARCHAR", "region_code": "VARCHAR", "label_zh": "VARCHAR", "parts_zh": "VARCHAR",
        "status": "VARCHAR", "source_id": "VARCHAR", "quote": "VARCHAR", "note": "VARCHAR",
    }, ("layout_code", "source_id")),
]
TABLES_BY_NAME = {t.name: t for t in TABLES}


def read_rows(table: Table, data_dir: Path | None = None) -> list[dict[str, str]]:
    """Rows of a curated CSV as dicts of strings ('' for an empty cell)."""
    path = (data_dir or config.DATA_DIR) / table.file
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != list(table.columns):
            raise ValueError(
                f"{path.name}: columns are {reader.fieldnames}, expected {list(table.columns)}"
            )
        rows = [dict(r) for r in reader]
    for n, r in enumerate(rows, start=2):
        if None in r or None in r.values():
            raise ValueError(f"{path.name} line {n}: {len(table.columns)} columns expected "
                             "(a comma inside a text needs double quotes around the field)")
    return rows


def read_all(data_dir: Path | None = None) -> dict[str, list[dict[str, str]]]:
    """Every curated table, by name."""
    return {t.name: read_rows(t, data_dir) for t in TABLES}


def source_text(source_file: str, data_dir: Path | None = None) -> str:
    """The full text of one source document as kept under data/sources/."""
    return ((data_dir or config.DATA_DIR) / "sources" / source_file).read_text(encoding="utf-8")


def parse_period(period: str) -> tuple[int, int]:
    """(first year, last year) of a period in the grammar (dashboard/periods.py); ValueError naming why."""
    from dashboard import periods

    p = periods.parse(period)
    return p.start_year, p.end_year
