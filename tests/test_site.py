"""The site as data: another county as home works without code changes; no region code is typed."""

from __future__ import annotations

import ast
import csv
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from dashboard import catalog, config, curated, db
from dashboard.build import build

NEW_HOME = "youxian"  # a code the data do not hold: the home region renamed to it in a copy of data/


def _region_columns(table: curated.Table) -> list[str]:
    return [c for c in table.columns if c.endswith(("region_code", "parent_code", "home_region"))]


def _rename_region(data_dir: Path, old: str, new: str) -> None:
    """Every region-code cell `old` becomes `new` (names and quotes stay: they are not codes)."""
    for table in curated.TABLES:
        columns = _region_columns(table)
        if not columns:
            continue
        rows = curated.read_rows(table, data_dir)
        for r in rows:
            for c in columns:
                r[c] = new if r[c] == old else r[c]
        with (data_dir / table.file).open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(table.columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


def _set_home(data_dir: Path, code: str) -> None:
    table = curated.TABLES_BY_NAME["site"]
    rows = curated.read_rows(table, data_dir)
    rows[0]["home_region"] = code
    with (data_dir / table.file).open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table.columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _fixed_queries() -> list[str]:
    """The named queries a caller runs without parameters (the site's are bound by db.run)."""
    names = sorted(p.stem for p in config.QUERIES_DIR.glob("*.sql"))
    return [n for n in names if not db.query_params(n) - set(db.SITE_PARAMS)]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    """A copy of data/ whose home region has another code, built into its own database."""
    root = tmp_path_factory.mktemp("site")
    data_dir = root / "data"
    shutil.copytree(config.DATA_DIR, data_dir, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    home = curated.read_rows(curated.TABLES_BY_NAME["site"], data_dir)[0]["home_region"]
    base = duckdb.connect(str(build(root / "base.duckdb", data_dir)), read_only=True)  # the same copy, unrenamed
    _rename_region(data_dir, home, NEW_HOME)
    path = build(root / "economy.duckdb", data_dir)
    con = duckdb.connect(str(path), read_only=True)
    yield {"con": con, "old_home": home, "base": base}
    con.close()
    base.close()


def test_the_site_parameters_come_from_the_data(con):
    assert db.site(con) == {"home": "liling", "prefecture": "zhuzhou"}
    assert "home" in db.query_params("headline_ranks")
    with pytest.raises(TypeError):
        db.run(con, "headline_ranks", home="zhuzhou")  # bound by db.run, never by a caller


def test_another_code_as_home_gives_the_same_rows(renamed):
    """Every parameterless query returns as many rows with the home region under another code, and
    names the new code wherever it named the old one (both copies without the import batches, whose
    stored files name the region as imported)."""
    new, con = renamed["con"], renamed["base"]
    assert db.site(new)["home"] == NEW_HOME
    for name in _fixed_queries():
        before, after = db.run(con, name), db.run(new, name)
        assert len(after) == len(before), name
        for column in [c for c in before.columns if c == "region_code"]:
            old = (before[column] == renamed["old_home"]).sum()
            assert (after[column] == NEW_HOME).sum() == old and renamed["old_home"] not in set(after[column]), name
    home_rows = db.run(new, "headline_ranks")
    assert len(home_rows) and len(db.run(new, "shares_of_zhuzhou")) and len(db.run(new, "growth_vs_target"))
    assert db.run(new, "brief_region")["region_code"].tolist() == [NEW_HOME]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_chart_builds_with_another_code_as_home(renamed, lang):
    def charts_of(c):
        query = lambda name, **params: db.run(c, name, **params)  # noqa: E731
        return {ch.chart_id: len(ch.data) for spec in catalog.CHARTS if spec.bulk
                for ch in catalog.build(spec, query, lang)}

    assert charts_of(renamed["con"]) == charts_of(renamed["base"])


def test_a_zone_as_home_builds_and_every_query_runs(tmp_path, data_copy):
    """A region with little data as home (the development zone): the build passes and queries run."""
    zone = next(r["region_code"] for r in curated.read_rows(curated.TABLES_BY_NAME["regions"], data_copy)
                if r["level"] == "development zone")
    _set_home(data_copy, zone)
    path = build(tmp_path / "economy.duckdb", data_copy)
    c = duckdb.connect(str(path), read_only=True)
    try:
        assert db.site(c)["home"] == zone
        for name in _fixed_queries():
            db.run(c, name)
        assert db.run(c, "brief_region")["region_code"].tolist() == [zone]
    finally:
        c.close()


def test_a_site_without_a_known_home_is_refused(data_copy):
    from dashboard import validate

    _set_home(data_copy, "nowhere")
    assert any("site" in p for p in validate.problems(data_copy))


def _region_codes() -> set[str]:
    return {r["region_code"] for r in curated.read_rows(curated.TABLES_BY_NAME["regions"])}


def test_no_region_code_is_typed_in_queries_or_models():
    codes = _region_codes()
    for path in [*config.QUERIES_DIR.glob("*.sql"), *config.MODELS_DIR.glob("*.sql")]:
        sql = "\n".join(line.split("--", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
        typed = set(re.findall(r"'([a-z0-9_]+)'", sql)) & codes
        assert not typed, (path.name, typed)


SITE_FREE = ["charts", "formatting.py", "export.py", "renderer.py", "deck.py", "data_export.py", "brief.py",
             "catalog.py", "db.py", "build.py", "site.py"]


def test_no_region_code_is_typed_in_the_chart_export_and_data_modules():
    codes = _region_codes()
    root = config.ROOT / "dashboard"
    files = [p for name in SITE_FREE for p in ([root / name] if name.endswith(".py")
                                               else sorted((root / name).glob("*.py")))]
    assert len(files) > len(SITE_FREE)
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typed = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in codes}
        assert not typed, (path.name, typed)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_no_name_of_the_home_region_or_its_city_or_province_is_typed_in_the_extractor():
    # The extractor reads any region's documents: the home region, its city and its province are data
    # (data/regions.csv), so a rule that names them (醴陵市?, 株洲市的, 湖南省?) in a pattern is a rule for one
    # place. Docstrings and comments may name them as examples.
    rows = curated.read_rows(curated.TABLES_BY_NAME["regions"])
    names = {n for r in rows if "zone" not in r["level"] for n in (r["name_zh"], r["short_zh"]) if n}
    assert names
    root = config.ROOT / "dashboard"
    files = sorted((root / "extract").glob("*.py")) + [root / "divisions.py", root / "numbers.py"]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        typed = {
            name
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
            for name in names
            if name in n.value
        }
        assert not typed, (path.name, typed)
