"""Checking upload rows: names, strict numbers, the value stated in its quote, plausibility, conflicts.

Nothing here writes: `check` turns rows of text into a Plan (rows to add or revise, problems).
"""

from __future__ import annotations

import csv
import difflib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import config
from dashboard.curated import parse_period, read_all
from dashboard.numbers import squeeze
from dashboard.problems import Problem
from dashboard.validate import FACT_REF, evaluate_formula

_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", re.ASCII)
_PERIOD = re.compile(r"\d{4}(-\d{4})?", re.ASCII)
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN = f"[{_CN_DIGITS}十百千]+"
_CN_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
# A number in a quote: Arabic (with a fraction), X分之Y, or a Chinese numeral; then a multiplier.
_STATED = re.compile(rf"(?P<ar>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)(?:/(?P<den>[0-9]+))?"
                     rf"|(?P<cden>{_CN})分之(?P<cnum>{_CN})"
                     rf"|(?P<cn>{_CN})")
_MULTIPLIERS = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
_FALLING = ("下降", "减少", "下滑", "回落", "下跌", "降低", "负", "-", "−")


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


# --- Strict reading of cells -----------------------------------------------------------------------

def nfkc(text: str) -> str:
    """Full-width digits and punctuation as ASCII (２０２１ -> 2021); other text unchanged."""
    return unicodedata.normalize("NFKC", text).strip()


def clean_number(text: str) -> float:
    """A value cell: ASCII digits, optional sign, thousands commas and decimals; nothing looser."""
    s = nfkc(text)
    if not _NUMBER.fullmatch(s):
        raise ValueError(text)
    value = float(s.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def clean_period(text: str) -> str:
    """A period cell: a year or a year range in ASCII digits after NFKC (２０２１ -> 2021)."""
    s = nfkc(text)
    if not _PERIOD.fullmatch(s):
        raise ValueError(text)
    parse_period(s)
    return s


def _cn_int(text: str) -> int:
    total, digit = 0, None
    for ch in text:
        if ch in _CN_VALUE:
            digit = _CN_VALUE[ch] if digit is None else digit * 10 + _CN_VALUE[ch]  # 二〇二一
        else:
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[ch]
            digit = None
    return total + (digit or 0)


def stated_numbers(quote: str) -> list[tuple[float, float | None, str]]:
    """Numbers a quote states: (number, multiplier or None, the characters), e.g. 737.6亿 -> 1e8."""
    s = squeeze(nfkc(quote))
    out = []
    for words in ("两位数", "两位位数"):  # "double-digit" (one document misprints it)
        if words in s:
            out.append((10.0, None, words))
    for m in _STATED.finditer(s):
        text = m.group(0)
        if m.group("ar"):
            if m.start() and (s[m.start() - 1].isdigit() or s[m.start() - 1] == "."):
                continue
            n = float(m.group("ar").replace(",", ""))
            if m.group("den"):
                n = n / float(m.group("den")) if float(m.group("den")) else math.nan
        elif m.group("cden"):
            den = _cn_int(m.group("cden"))
            n = _cn_int(m.group("cnum")) / den if den else math.nan
        else:
            n = float(_cn_int(m.group("cn")))
        rest = s[m.end():]
        if rest.startswith("成"):
            out.append((n * 10, None, text + "成"))
            continue
        mult = next(((w, f) for w, f in _MULTIPLIERS if rest.startswith(w)), None)
        out.append((n, mult[1] if mult else None, text + (mult[0] if mult else "")))
    return out


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def stated_match(quote: str, value: float, unit_factor: float) -> str | None:
    """The characters of the quote that state this value in this unit, or None.

    A number followed by 万/亿 is compared in absolute terms (737.6亿 = 737.6 亿元, not 万元);
    others as written (8.2% = 8.2, 七成 = 70, 1/3 = 0.333333, 第3位 = 3)."""
    size = abs(value)
    for n, mult, text in stated_numbers(quote):
        if mult is not None:
            if close(n * mult, size * unit_factor):
                break
        elif close(n, size) or ("/" in text or "分之" in text) and _rounds_to(n, size):
            break
    else:
        return None
    if value < 0 and not any(w in quote for w in _FALLING):
        return None
    return text


def _rounds_to(fraction: float, value: float) -> bool:
    """0.3333 for 1/3: the value is the fraction rounded to the value's own decimals (two or more)."""
    decimals = len(repr(value).split(".")[1]) if "." in repr(value) else 0
    return decimals >= 2 and round(fraction, decimals) == value


# --- What the data know ----------------------------------------------------------------------------

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


class Registry:
    """Regions, indicators, units, kinds, sources and rules the data know, and the figures held now."""

    def __init__(self, data_dir: Path | None = None):
        from dashboard.replay import replay

        data_dir = Path(data_dir or config.DATA_DIR)
        data = read_all(data_dir)
        self.regions = names(data["regions"], "region_code")
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


def names(rows: list[dict], code_col: str) -> dict[str, str]:
    """Every way to name a thing (code, Chinese name, English name, lower-cased) -> its code."""
    out = {}
    for r in rows:
        for v in (r[code_col], r.get("name_zh", ""), r.get("name_en", "")):
            if v:
                out[v] = r[code_col]
                out[v.lower()] = r[code_col]
    return out


def lookup(known: dict[str, str], text: str) -> str | None:
    s = nfkc(text)
    return known.get(s) or known.get(s.lower())


def key(r: dict) -> tuple:
    return (r["region_code"], r["indicator_code"], r["period"], r["kind"])


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
    if any("\x00" in v or "\ufffd" in v for v in r.values()):
        plan.problems.append(Problem(n, "含 NUL 空字符或无法识别的字符，请检查该行。",
                                     "holds a NUL byte or an unreadable character; check the row."))
        return None
    region = lookup(registry.regions, r["region"])
    if not region:
        hint = _suggest(r["region"], registry.regions)
        errors.append((f"未知地区“{r['region']}”" + (f"，是否指：{hint}？" if hint else "。"),
                       f"unknown region '{r['region']}'" + (f"; did you mean: {hint}?" if hint else ".")))
    indicator = lookup(registry.indicators, r["indicator"])
    if not indicator:
        hint = _suggest(r["indicator"], registry.indicators)
        errors.append((f"未知指标“{r['indicator']}”" + (f"，是否指：{hint}？" if hint else "。"),
                       f"unknown indicator '{r['indicator']}'"
                       + (f"; did you mean: {hint}?" if hint else ".")))
    period = value = None
    try:
        period = clean_period(r["period"])
    except ValueError:
        errors.append((f"时期“{r['period']}”无效：应为年份（如 2022）或年份区间（如 2021-2025），"
                       "只用 0-9 数字。",
                       f"bad period '{r['period']}': use a year (2022) or a range (2021-2025) "
                       "in digits 0-9."))
    try:
        value = clean_number(r["value"])
    except ValueError:
        errors.append((f"数值“{r['value']}”不是数字（只接受 0-9、小数点、千位逗号，如 1,135.5）。",
                       f"value '{r['value']}' is not a number (digits 0-9, a decimal point and thousands "
                       "commas only, e.g. 1,135.5)."))
    unit = nfkc(r["unit"])
    if indicator and unit not in registry.unit_dim:
        errors.append((f"未知单位“{r['unit']}”（指标单位为 {registry.indicator_unit[indicator]}）。",
                       f"unknown unit '{r['unit']}' (the indicator's unit is "
                       f"{registry.indicator_unit[indicator]})."))
    elif indicator and registry.unit_dim[unit] != registry.unit_dim[registry.indicator_unit[indicator]]:
        errors.append((f"单位“{r['unit']}”与指标单位“{registry.indicator_unit[indicator]}”不符。",
                       f"unit '{r['unit']}' is not the indicator's unit "
                       f"'{registry.indicator_unit[indicator]}'."))
    kind = lookup(registry.kinds, r["kind"])
    if not kind:
        errors.append((f"未知类型“{r['kind']}”：应为 actual/estimate/target/rank/share/derived 之一。",
                       f"unknown kind '{r['kind']}': use actual, estimate, target, rank, share or derived."))
    source = nfkc(r["source"])
    if not source:
        errors.append(("缺少来源。", "the source is missing."))
    elif source not in registry.source_text:
        errors.append((f"未知来源“{source}”：请先用 python -m dashboard add-source 文件 --id {source} "
                       "--title 标题 登记来源文档（原文存入 data/sources/），再导入。",
                       f"unknown source '{source}': register the document first with "
                       f"python -m dashboard add-source FILE --id {source} --title TITLE (its text is kept "
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


# --- Plausibility (the rules live in data/plausibility.csv) ----------------------------------------

def _applies(rule: Rule, row: Row, registry: Registry) -> bool:
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


def _broken(rule: Rule, row: Row, registry: Registry, confirm_outliers: bool) -> bool:
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


def _formula_holds(row: Row, registry: Registry) -> bool:
    if not row.formula:
        return False
    refs = FACT_REF.findall(row.formula)
    if any(ref not in registry.fact_values for ref in refs):
        return False
    try:
        return close(evaluate_formula(row.formula, registry.fact_values), row.value)
    except (ValueError, SyntaxError, ZeroDivisionError, TypeError):
        return False


def plausibility(row: Row, registry: Registry, confirm_outliers: bool = False) -> list[tuple[str, str]]:
    """The (zh, en) messages of every plausibility rule the row breaks."""
    return [(rule.message("zh"), rule.message("en")) for rule in registry.rules.values()
            if _applies(rule, row, registry) and _broken(rule, row, registry, confirm_outliers)]


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
