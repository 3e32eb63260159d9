"""Checking upload rows: names, strict numbers, the value stated in its quote, plausibility, conflicts.

Nothing here writes: `check` turns rows of text into a Plan (rows to add or revise, problems).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import config, region_names
from dashboard.curated import read_all
from dashboard.lookups import key, lookup, names
from dashboard.numbers import close, nfkc, squeeze, stated_match
from dashboard.plausibility import plausibility, read_rules
from dashboard.problems import Problem, short
from dashboard.replay import replay
from dashboard.values import clean_number, clean_period

__all__ = ["Plan", "Registry", "Row", "check", "read_rules", "stated_match"]


@dataclass
class Row:
    """A valid upload row, resolved to codes."""

    line: int
    region_code: str
    indicator_code: str
    period: str
    value: float
    unit: str
    kind: str
    source_id: str
    quote: str
    note: str = ""
    stated: str = ""
    formula: str = ""
    inputs: str = ""


@dataclass
class Plan:
    """What an upload would do: rows to add or revise, conflicts, problems; nothing written yet."""

    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)  # held vs new, side by side
    added: int = 0
    revised: int = 0
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def nothing_new(self) -> bool:
        return self.ok and not (self.added or self.revised)


# --- What the data know ----------------------------------------------------------------------------

class Registry:
    """Regions, indicators, units, kinds, sources and rules the data know, and the figures held now."""

    def __init__(self, data_dir: Path | None = None):
        data_dir = Path(data_dir or config.DATA_DIR)
        data = read_all(data_dir)
        self.regions = region_names.for_data(data, data_dir)  # curated regions, then any division
        self.indicators = names(data["indicators"], "indicator_code")
        self.indicator_unit = {r["indicator_code"]: r["unit"] for r in data["indicators"]}
        self.unit_dim = {r["unit"]: r["dimension"] for r in data["units"]}
        self.unit_factor = {r["unit"]: float(r["factor"]) for r in data["units"]}
        self.kinds = names(data["kinds"], "kind")
        self.ranking_lists = {r["list_code"] for r in data["ranking_lists"]}
        self.source_text, self.source_year = {}, {}
        for s in data["sources"]:
            path = data_dir / "sources" / s["file"]
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            self.source_text[s["source_id"]] = squeeze(text)
            date = s.get("date_to") or s.get("date_from") or ""
            self.source_year[s["source_id"]] = int(date[:4]) if date[:4].isdigit() else None
        self.rules = read_rules(data_dir)
        self.held: dict[tuple, list[dict]] = {}
        self.fact_values: dict[str, float] = {}
        for r in replay(data_dir):
            self.fact_values[r["fact_id"]] = r["value"]
            if r["is_latest"]:
                self.held.setdefault(key(r), []).append(r)

    def in_indicator_unit(self, value: float, unit: str, indicator: str) -> float:
        """A value converted to its indicator's unit (737.6 万元 -> 0.07376 亿元)."""
        return value * self.unit_factor[unit] / self.unit_factor[self.indicator_unit[indicator]]


def _suggest(value: str, known: dict[str, str]) -> str:
    close = difflib.get_close_matches(value, [k for k in known if not k.isascii() or k == k.lower()],
                                      n=3, cutoff=0.4)
    return "、".join(close)


# --- Checking ---------------------------------------------------------------------------------------

def check(rows: list[dict[str, str]], registry: Registry, accept_revisions: bool = False,
          confirm_outliers: bool = False) -> Plan:
    """Check every row; the plan lists problems (any problem: nothing is written) and changes."""
    plan = Plan()
    seen: dict[tuple, Row] = {}
    for n, r in enumerate(rows, start=2):
        row = _check_row(n, r, registry, plan, confirm_outliers)
        if row is None:
            continue
        figure = (row.region_code, row.indicator_code, row.period, row.kind)
        other = seen.get(figure)
        if other is not None and not close(_value(registry, other), _value(registry, row)):
            _in_file_conflict(plan, other, row)
            continue
        if other is not None and other.source_id == row.source_id:
            plan.problems.append(Problem(n, f"与第{other.line}行重复（同一地区、指标、时期、类型和来源）。",
                                         f"duplicates row {other.line} (same region, indicator, "
                                         "period, kind and source)."))
            continue
        seen.setdefault(figure, row)
        _compare_with_held(row, registry, plan, accept_revisions)
        plan.rows.append(row)
    return plan


def _value(registry: Registry, row: Row) -> float:
    return registry.in_indicator_unit(row.value, row.unit, row.indicator_code)


def _in_file_conflict(plan: Plan, first: Row, second: Row) -> None:
    plan.conflicts.append({"row": second.line, "key": (first.region_code, first.indicator_code, first.period,
                                                       first.kind),
                           "held_value": first.value, "held_unit": first.unit, "held_source": first.source_id,
                           "held_fact": f"row {first.line}", "new_value": second.value,
                           "new_unit": second.unit, "new_source": second.source_id})
    plan.problems.append(Problem(
        second.line, f"同一文件中同一数字有两个值：第{first.line}行 {first.value:g}{first.unit}"
                     f"（{first.source_id}），本行 {second.value:g}{second.unit}（{second.source_id}）。"
                     "一个文件只能给一个值。",
        f"one file gives two values for one figure: row {first.line} {first.value:g} {first.unit} "
        f"({first.source_id}), this row {second.value:g} {second.unit} ({second.source_id}). "
        "A file may hold only one value per figure."))


def _check_row(n: int, r: dict, registry: Registry, plan: Plan, confirm_outliers: bool) -> Row | None:
    errors: list[tuple[str, str]] = []
    v = {k: short(x) for k, x in r.items()}  # uploaded values as messages repeat them
    if any("\x00" in x or "\ufffd" in x for x in r.values()):
        plan.problems.append(Problem(n, "含 NUL 空字符或无法识别的字符，请检查该行。",
                                     "holds a NUL byte or an unreadable character; check the row."))
        return None
    region = registry.regions.code(r["region"])
    if not region:
        hint = registry.regions.suggest(r["region"])
        errors.append((f"未知地区“{v['region']}”" + (f"，是否指：{hint}？" if hint else "。"),
                       f"unknown region '{v['region']}'" + (f"; did you mean: {hint}?" if hint else ".")))
    indicator = lookup(registry.indicators, r["indicator"])
    if not indicator:
        hint = _suggest(r["indicator"], registry.indicators)
        errors.append((f"未知指标“{v['indicator']}”" + (f"，是否指：{hint}？" if hint else "。"),
                       f"unknown indicator '{v['indicator']}'"
                       + (f"; did you mean: {hint}?" if hint else ".")))
    period = value = None
    try:
        period = clean_period(r["period"])
    except ValueError as e:  # periods.PeriodError: why, in both languages (the Problem names the row)
        errors.append((f"时期“{v['period']}”无效：{getattr(e, 'zh', '')}",
                       f"bad period '{v['period']}': {getattr(e, 'en', '')}"))
    try:
        value = clean_number(r["value"])
    except ValueError:
        errors.append((f"数值“{v['value']}”不是数字（只接受 0-9、小数点、千位逗号，如 1,135.5）。",
                       f"value '{v['value']}' is not a number (digits 0-9, a decimal point and thousands "
                       "commas only, e.g. 1,135.5)."))
    unit = nfkc(r["unit"])
    if indicator and unit not in registry.unit_dim:
        errors.append((f"未知单位“{v['unit']}”（指标单位为 {registry.indicator_unit[indicator]}）。",
                       f"unknown unit '{v['unit']}' (the indicator's unit is "
                       f"{registry.indicator_unit[indicator]})."))
    elif indicator and registry.unit_dim[unit] != registry.unit_dim[registry.indicator_unit[indicator]]:
        errors.append((f"单位“{v['unit']}”与指标单位“{registry.indicator_unit[indicator]}”不符。",
                       f"unit '{v['unit']}' is not the indicator's unit "
                       f"'{registry.indicator_unit[indicator]}'."))
    kind = lookup(registry.kinds, r["kind"])
    if not kind:
        errors.append((f"未知类型“{v['kind']}”：应为 actual/estimate/target/rank/share/derived 之一。",
                       f"unknown kind '{v['kind']}': use actual, estimate, target, rank, share or derived."))
    source = nfkc(r["source"])
    if not source:
        errors.append(("缺少来源。", "the source is missing."))
    elif source not in registry.source_text:
        src = short(source)
        errors.append((f"未知来源“{src}”：请先用 python -m dashboard add-source 文件 --id {src} "
                       "--title 标题 登记来源文档（原文存入 data/sources/），再导入。",
                       f"unknown source '{src}': register the document first with "
                       f"python -m dashboard add-source FILE --id {src} --title TITLE (its text is kept "
                       "under data/sources/), then import."))
    quote = r["quote"]
    quote_ok = False
    if not quote:
        errors.append(("缺少原文摘录。", "the quote is missing."))
    elif source in registry.source_text and squeeze(quote) not in registry.source_text[source]:
        errors.append(("原文摘录在该来源文档中找不到（须逐字一致）。",
                       "the quote is not found verbatim in that source document."))
    else:
        quote_ok = source in registry.source_text
    stated = ""
    if quote_ok and value is not None and kind and kind != "derived" and unit in registry.unit_factor:
        stated = stated_match(quote, value, registry.unit_factor[unit]) or ""
        if not stated:
            errors.append((f"原文摘录中没有写出数值 {value:g}（单位 {unit}）：摘录须包含该数字。",
                           f"the quote does not state the value {value:g} (unit {unit}): the quote must "
                           "contain the number."))
    if errors:
        plan.problems += [Problem(n, zh, en) for zh, en in errors]
        return None
    row = Row(n, region, indicator, period, value, unit, kind, source, quote, r.get("note", ""), stated,
              r.get("formula", "").strip(), r.get("inputs", "").strip())
    broken = plausibility(row, registry, confirm_outliers)
    if broken:
        plan.problems += [Problem(n, zh, en) for zh, en in broken]
        return None
    return row


# --- Conflicts with held figures, in the indicator's unit -------------------------------------------

def _compare_with_held(row: Row, registry: Registry, plan: Plan, accept_revisions: bool) -> None:
    held = registry.held.get((row.region_code, row.indicator_code, row.period, row.kind), [])
    if not held:
        plan.added += 1
        return
    new = _value(registry, row)
    same = [h for h in held
            if close(registry.in_indicator_unit(h["value"], h["unit"], row.indicator_code), new)]
    if same:
        if any(h["source_id"] == row.source_id for h in same):
            plan.unchanged += 1
        else:
            plan.added += 1  # the same figure from one more source
        return
    h = held[0]
    figure = (row.region_code, row.indicator_code, row.period, row.kind)
    plan.conflicts.append({"row": row.line, "key": figure,
                           "held_value": h["value"], "held_unit": h["unit"], "held_source": h["source_id"],
                           "held_fact": h["fact_id"], "new_value": row.value, "new_unit": row.unit,
                           "new_source": row.source_id})
    if accept_revisions:
        plan.revised += 1
    else:
        plan.problems.append(Problem(
            row.line, f"与已有数字冲突：已有 {h['value']:g}{h['unit']}（{h['source_id']}），"
                      f"新值 {row.value:g}{row.unit}（{row.source_id}）。"
                      "确认要修订时请勾选“接受修订”（命令行加 --accept-revisions）。",
            f"conflicts with a held figure: held {h['value']:g} {h['unit']} ({h['source_id']}), new "
            f"{row.value:g} {row.unit} ({row.source_id}). To record a revision, tick 'accept revisions' "
            "(CLI: --accept-revisions)."))
