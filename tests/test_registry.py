"""The chart registry and the layers: every chart declared once, queries read the models, no typed year."""

from __future__ import annotations

import re

import pytest

from dashboard import catalog, config, db, site_pages
from dashboard.build import model_files

PAGE_PATHS = {p.path for p in site_pages.PAGES}
RAW_ONLY = {"facts"}  # the raw table of every revision: only the models read it


@pytest.fixture(scope="module")
def query(built_db):
    con = db.connect(built_db)
    yield lambda name, **params: db.run(con, name, **params)
    con.close()


@pytest.mark.parametrize("spec", catalog.CHARTS, ids=lambda s: s.chart_id)
def test_each_declaration_is_complete(spec):
    assert spec.page in PAGE_PATHS
    assert (config.QUERIES_DIR / f"{spec.query}.sql").exists()
    assert callable(spec.builder)
    from dashboard.i18n import TEXT

    assert spec.title_key in TEXT


@pytest.mark.parametrize("spec", catalog.CHARTS, ids=lambda s: s.chart_id)
def test_each_declaration_builds_charts_with_titles_and_sources(spec, query):
    for lang in ("zh", "en"):
        built = catalog.build(spec, query, lang)
        assert built, f"{spec.chart_id} built no chart from the curated data"
        for chart in built:
            assert chart.chart_id == spec.chart_id or chart.chart_id.startswith(spec.chart_id + "_")
            assert chart.title and chart.source_ids
            assert catalog.page_of(chart.chart_id) == spec.page


def test_chart_ids_are_unique(query):
    ids = [c.chart_id for c in catalog.all_charts(query, "zh", views=True)]
    assert len(ids) == len(set(ids))
    bulk = [c.chart_id for c in catalog.all_charts(query, "zh")]
    assert set(bulk) < set(ids) and not any(catalog.page_of(c) == "explorer" for c in bulk)


def test_pages_name_their_declarations():
    """A page renders registry declarations by name (catalog.X), never a builder looked up by string."""
    for spec in catalog.CHARTS:
        const = next(k for k, v in vars(catalog).items() if v is spec and k.isupper())
        page = (config.ROOT / "pages" / f"{spec.page}.py").read_text(encoding="utf-8")
        assert f"catalog.{const}" in page, f"pages/{spec.page}.py does not name catalog.{const}"
    for path in (config.ROOT / "pages").glob("*.py"):
        assert 'cache.charts("' not in path.read_text(encoding="utf-8")


def test_deck_defaults_and_slides_come_from_the_registry(query):
    all_ = catalog.all_charts(query, "zh")
    assert catalog.deck_defaults(all_) == [c.chart_id for c in all_ if catalog.SPECS.get(c.chart_id)
                                           and catalog.SPECS[c.chart_id].deck]
    slides = catalog.slide_charts(query, "zh")
    assert {catalog.page_of(c.chart_id) for c in slides} == {s.page for s in catalog.CHARTS if s.slide}


def test_queries_read_models_not_raw_tables():
    for path in config.QUERIES_DIR.glob("*.sql"):
        sql = "\n".join(line.split("--", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
        tables = set(re.findall(r"\b(?:from|join)\s+([a-z_][a-z0-9_]*)", sql))
        assert not tables & RAW_ONLY, f"{path.name} reads raw {tables & RAW_ONLY}"


def test_models_have_headers_and_run_in_order():
    files = model_files()
    assert files and [p.name for p in files] == sorted(p.name for p in files)
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        name = path.stem.split("_", 1)[1]
        assert lines[0].startswith(f"-- {name}:"), path.name
        assert any(line.startswith("-- Grain:") for line in lines), path.name
        assert any(f" {name} as" in line for line in lines), path.name


def test_queries_have_headers():
    for path in config.QUERIES_DIR.glob("*.sql"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith(f"-- {path.stem}:"), path.name
        assert any(line.startswith("-- Grain:") for line in lines), path.name
        assert any(line.startswith("-- Parameters:") for line in lines), path.name


YEAR = re.compile(r"(?<![A-Za-z0-9_.\-/])(19|20)\d{2}(?!\d)")  # not in ids, URLs, numbers


def test_no_year_is_typed_into_code_or_sql():
    """Periods come from the data: app.py, pages/, queries/, models/ and dashboard/ name no year."""
    files = [config.ROOT / "app.py", *(config.ROOT / "pages").glob("*.py"),
             *config.QUERIES_DIR.glob("*.sql"), *config.MODELS_DIR.glob("*.sql"),
             *(config.ROOT / "dashboard").rglob("*.py")]
    hits = [f"{p.relative_to(config.ROOT)}:{n}: {line.strip()}" for p in files
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1) if YEAR.search(line)]
    assert hits == []
