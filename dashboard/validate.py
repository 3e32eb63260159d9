"""Data tests for the curated files: keys, references, units, quotes, stated numbers, derivations."""

from __future__ import annotations

import ast
import hashlib
import operator
import re
from collections import Counter
from pathlib import Path

from dashboard import config, divisions
from dashboard.curated import TABLES, parse_period, read_all
from dashboard.numbers import close, parse_stated, squeeze, stated_match
from dashboard.writing import data_lock

FACT_REF = re.compile(r"\{([^{}]+)\}")
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
# (table, column, referenced table, referenced column, may be empty)
REFERENCES = [
    ("regions", "parent_code", "regions", "region_code", True),
    ("indicators", "unit", "units", "unit", False),
    ("indicators", "category", "categories", "category", False),
    ("facts", "indicator_code", "indicators", "indicator_code", False),
    ("facts", "unit", "units", "unit", False),
    ("facts", "kind", "kinds", "kind", False),
    ("facts", "approx", "approx_words", "approx", True),
    ("facts", "source_id", "sources", "source_id", False),
    ("headlines", "indicator_code", "indicators", "indicator_code", False),
    ("headlines", "region_code", "regions", "region_code", False),
    ("ranking_lists", "list_code", "indicators", "indicator_code", False),
    ("ranking_lists", "change_indicator_code", "indicators", "indicator_code", True),
    ("ranking_lists", "scope_region_code", "regions", "region_code", True),
    ("ranking_editions", "list_code", "ranking_lists", "list_code", False),
    ("ranking_editions", "source_id", "sources", "source_id", False),
    ("industry_tiers", "region_code", "regions", "region_code", False),
    ("spatial_layouts", "region_code", "regions", "region_code", False),
    ("spatial_layouts", "source_id", "sources", "source_id", False),
    ("industry_tiers", "source_id", "sources", "source_id", False),
    ("industry_members", "source_id", "sources", "source_id", False),
    ("site", "home_region", "regions", "region_code", False),
]
QUOTED_TABLES = ["facts", "ranking_editions", "industry_tiers", "industry_members", "spatial_layouts"]


def evaluate_formula(formula: str, values: dict[str, float]) -> float:
    """Value of a formula such as '{001-012} + {001-014}' given the facts' values."""
    expr = FACT_REF.sub(lambda m: repr(values[m.group(1)]), formula)

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        raise ValueError(f"formula {formula!r}: only numbers, fact ids and + - * / are allowed")

    return ev(ast.parse(expr, mode="eval"))


def check_keys(data: dict) -> list[str]:
    """Every table's key is present and unique."""
    problems = []
    for t in TABLES:
        keys = Counter(tuple(r[k] for k in t.key) for r in data[t.name])
        problems += [f"{t.file}: key {k} appears {n} times" for k, n in keys.items() if n > 1]
        if not t.empty_key_allowed:
            problems += [f"{t.file}: empty key in {k}" for k in keys if "" in k]
    return problems


def check_references(data: dict) -> list[str]:
    """No row points at a region, indicator, unit, kind or source that does not exist."""
    problems = []
    for table, col, ref_table, ref_col, optional in REFERENCES:
        known = {r[ref_col] for r in data[ref_table]}
        for r in data[table]:
            v = r[col]
            if (v or not optional) and v not in known:
                problems.append(f"{table}.{col} = {v!r} is not a known {ref_table}.{ref_col}")
    parents = {r["region_code"]: r["parent_code"] for r in data["regions"]}
    if len(data["site"]) != 1 or not parents.get(data["site"][0]["home_region"]):
        problems.append("site.csv: one row, naming a home region that has a parent (its prefecture)")
    tiers = {(r["system_code"], r["tier_code"]) for r in data["industry_tiers"]}
    industries = {r["industry_key"] for r in data["industries"]}
    for r in data["industry_members"]:
        unknown = set(r["industry_key"].split()) - industries
        if unknown:
            problems.append(f"industry_members: {r['member_zh']}: unknown industry_key {sorted(unknown)}")
        if (r["system_code"], r["tier_code"]) not in tiers:
            problems.append(f"industry_members: no tier {r['system_code']}/{r['tier_code']}")
    return problems


def check_units(data: dict) -> list[str]:
    """A fact's unit measures the same thing as its indicator's unit (亿元 vs 万元 is fine)."""
    dim = {u["unit"]: u["dimension"] for u in data["units"]}
    ind_unit = {i["indicator_code"]: i["unit"] for i in data["indicators"]}
    problems = []
    for f in data["facts"]:
        want = ind_unit.get(f["indicator_code"])
        if want and dim.get(f["unit"]) != dim.get(want):
            problems.append(f"{f['fact_id']}: unit {f['unit']} does not convert to {want}")
    return problems


def check_values(data: dict) -> list[str]:
    """Periods parse, values are numbers, booleans are true/false, ranks are ranks."""
    problems = []
    ranked = {r["list_code"] for r in data["ranking_lists"]}
    for f in data["facts"]:
        try:
            parse_period(f["period"])
            float(f["value"])
        except ValueError as e:  # a period outside the grammar says why in both languages
            problems.append(f"{f['fact_id']}: {e}" + (f" / {e.zh}" if hasattr(e, "zh") else ""))
        if f["indicator_code"] in ranked and f["kind"] not in ("rank", "derived", "target"):
            problems.append(f"{f['fact_id']}: a rank must have kind rank, derived or target")
    for a in data["approx_words"]:  # where the qualifier stands beside the number
        if a["position"] not in (("before", "after_number", "after_unit") if a["approx"] else ("",)):
            problems.append(f"approx {a['approx']!r}: position must be before, after_number or after_unit")
    for i in data["indicators"]:
        if i["higher_is_better"] not in ("true", "false"):
            problems.append(f"indicator {i['indicator_code']}: higher_is_better must be true/false")
    return problems


def check_sources(data: dict, data_dir: Path) -> list[str]:
    """Each source file exists and is the document whose checksum is recorded."""
    problems = []
    for s in data["sources"]:
        path = data_dir / "sources" / s["file"]
        if not path.exists():
            problems.append(f"source {s['source_id']}: file {path.name} is missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != s["sha256"]:
            problems.append(f"source {s['source_id']}: {path.name} differs from the recorded sha256")
    return problems


def check_quotes(data: dict, data_dir: Path) -> list[str]:
    """Every quote is found verbatim in its source document (whitespace ignored)."""
    texts = {}
    for s in data["sources"]:
        path = data_dir / "sources" / s["file"]
        texts[s["source_id"]] = squeeze(path.read_text(encoding="utf-8")) if path.exists() else ""
    problems = []
    for table in QUOTED_TABLES:
        for r in data[table]:
            q = squeeze(r["quote"])
            if not q or q not in texts.get(r["source_id"], ""):
                problems.append(f"{table}: quote not found in {r['source_id']}: {r['quote']!r}")
    return problems


def check_stated(data: dict) -> list[str]:
    """The number stated in each quote states the row's value (numbers.stated_match, the check
    imports use too); derived rows recompute."""
    values = {f["fact_id"]: float(f["value"]) for f in data["facts"] if _is_number(f["value"])}
    factor = {u["unit"]: float(u["factor"]) for u in data["units"] if _is_number(u["factor"])}
    problems = []
    for f in data["facts"]:
        fid = f["fact_id"]
        if f["kind"] == "derived":
            problems += _check_derived(f, values)
            continue
        if not f["stated"] or squeeze(f["stated"]) not in squeeze(f["quote"]):
            problems.append(f"{fid}: stated {f['stated']!r} is not in the quote")
            continue
        try:
            stated = parse_stated(f["stated"])
        except ValueError as e:
            problems.append(f"{fid}: {e}")
            continue
        if fid in values and not stated_match(f["stated"], values[fid], factor.get(f["unit"], 1.0)):
            problems.append(f"{fid}: the quote states {stated:g}, the row says {values[fid]:g}")
    return problems


def check_leftovers(data_dir: Path) -> list[str]:
    """Files a killed add-source left behind (the next build or add-source removes them)."""
    from dashboard.writing import leftovers

    try:
        with data_lock(data_dir, wait=False) as idle:
            found = leftovers(data_dir) if idle else []  # else a writer is at work: its files are not remains
    except OSError:
        return []
    return [f"sources/{p.relative_to(data_dir / 'sources')}: left by an interrupted add-source "
            "(the next build or add-source removes it)" for p in found]


def _check_derived(f: dict, values: dict) -> list[str]:
    fid, inputs = f["fact_id"], f["inputs"].split()
    refs = FACT_REF.findall(f["formula"])
    if not inputs or sorted(set(refs)) != sorted(set(inputs)):
        return [f"{fid}: formula {f['formula']!r} must use exactly its inputs {inputs}"]
    missing = [i for i in inputs if i not in values]
    if missing:
        return [f"{fid}: inputs {missing} are not facts"]
    try:
        got = evaluate_formula(f["formula"], values)
    except (ValueError, SyntaxError, ZeroDivisionError) as e:
        return [f"{fid}: {e}"]
    return [] if close(got, values.get(fid, float("nan"))) else [
        f"{fid}: formula gives {got:g}, the row says {f['value']}"]


def _is_number(v: str) -> bool:
    try:
        float(v)
        return True
    except ValueError:
        return False


def check_divisions(data: dict, data_dir: Path) -> list[str]:
    """A figure names a region of regions.csv or a national division code (the keying rule in
    data/README.md); a region's division_code is a division, and no two regions claim the same one."""
    path = Path(data_dir) / "divisions.csv"
    register = divisions.register(path if path.exists() else None)
    problems = []
    claimed = Counter(r["division_code"] for r in data["regions"] if r["division_code"])
    for r in data["regions"]:
        code = r["division_code"]
        if code and register.get(code) is None:
            problems.append(f"regions.division_code = {code!r} ({r['region_code']}) is not a divisions code")
        if code and claimed[code] > 1:
            problems.append(f"regions.division_code = {code!r} is claimed by {claimed[code]} regions")
    curated = {r["region_code"] for r in data["regions"]}
    for f in data["facts"]:
        v = f["region_code"]
        if v not in curated and register.get(v) is None:
            problems.append(f"facts.region_code = {v!r} is not a known regions.region_code or divisions code")
        elif v in claimed:
            problems.append(f"facts.region_code = {v!r}: use the region's own code (regions.csv names it)")
    return problems


def problems(data_dir: Path | None = None) -> list[str]:
    """Everything wrong with the curated files, as plain sentences; empty when all is well."""
    data_dir = data_dir or config.DATA_DIR
    data = read_all(data_dir)
    return (check_keys(data) + check_references(data) + check_units(data) + check_values(data)
            + check_sources(data, data_dir) + check_quotes(data, data_dir) + check_stated(data)
            + check_leftovers(data_dir) + check_divisions(data, data_dir))
