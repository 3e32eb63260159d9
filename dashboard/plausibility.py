"""Plausibility rules, read from data/plausibility.csv (a table an editor can read and change)."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

from dashboard.curated import parse_period
from dashboard.numbers import close
from dashboard.validate import FACT_REF, evaluate_formula


@dataclass
class Rule:
    """One plausibility rule from data/plausibility.csv."""

    rule: str
    applies_to: str
    parameters: dict[str, float]
    zh: str
    en: str

    def message(self, lang: str) -> str:
        text = self.zh if lang == "zh" else self.en
        for k, v in self.parameters.items():
            text = text.replace("{" + k + "}", f"{v:g}")
        return text


def read_rules(data_dir: Path) -> dict[str, Rule]:
    """The plausibility rules an editor can read and change (data/plausibility.csv)."""
    with (data_dir / "plausibility.csv").open(encoding="utf-8", newline="") as f:
        rules = {}
        for r in csv.DictReader(f):
            params = dict(p.split("=", 1) for p in r["parameters"].split(";") if "=" in p)
            numbers = {k.strip(): float(v) for k, v in params.items()}
            rules[r["rule"]] = Rule(r["rule"], r["applies_to"], numbers, r["zh"], r["en"])
        return rules


def _applies(rule: Rule, row, registry) -> bool:
    dim = registry.unit_dim[registry.indicator_unit[row.indicator_code]]
    a = rule.applies_to.strip()
    if a == "all":
        return True
    if a == "ranking_list":
        return row.indicator_code in registry.ranking_lists
    for op in ("!=", "="):
        if op in a:
            field_name, wanted = (x.strip() for x in a.split(op, 1))
            have = {"dimension": dim, "kind": row.kind, "unit": row.unit}.get(field_name)
            return (have != wanted) if op == "!=" else (have == wanted)
    return False


def _broken(rule: Rule, row, registry, confirm_outliers: bool) -> bool:
    p, v = rule.parameters, row.value
    if rule.rule == "period_range":
        start, end = parse_period(row.period)
        year = registry.source_year.get(row.source_id)
        last = (year + p.get("ahead", 0)) if year else math.inf
        return start < p.get("first", -math.inf) or end > last
    if rule.rule == "not_negative":
        return v < 0
    if rule.rule == "whole_rank":
        return not float(v).is_integer()
    if rule.rule == "rank_from_one":
        return v < p.get("min", 1)
    if rule.rule == "percent_outlier":
        return abs(v) > p.get("limit", 100) and not confirm_outliers
    if rule.rule == "derived_formula":
        return not _formula_holds(row, registry)
    return False


def _formula_holds(row, registry) -> bool:
    if not row.formula:
        return False
    refs = FACT_REF.findall(row.formula)
    if any(ref not in registry.fact_values for ref in refs):
        return False
    try:
        return close(evaluate_formula(row.formula, registry.fact_values), row.value)
    except (ValueError, SyntaxError, ZeroDivisionError, TypeError):
        return False


def plausibility(row, registry, confirm_outliers: bool = False) -> list[tuple[str, str]]:
    """The (zh, en) messages of every plausibility rule the row breaks."""
    return [(rule.message("zh"), rule.message("en")) for rule in registry.rules.values()
            if _applies(rule, row, registry) and _broken(rule, row, registry, confirm_outliers)]
