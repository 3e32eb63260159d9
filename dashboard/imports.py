"""Imports by editors: read an upload (CSV in UTF-8/GBK or XLSX), check every row, record batches.

Nothing is overwritten: an accepted file is kept under data/imports/ and listed in
data/imports/log.csv; `python -m dashboard build` replays the curated files plus every batch.
A figure whose value changes becomes a new revision; the dashboard shows the latest one.
"""

from __future__ import annotations

import csv
import difflib
import fcntl
import hashlib
import io
import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dashboard import config
from dashboard.curated import parse_period, read_all
from dashboard.numbers import squeeze

MAX_BYTES = 2 * 1024 * 1024  # 2 MiB
MAX_ROWS = 5000
COLUMNS = config.FACTS_EXPORT_COLUMNS  # region,indicator,period,value,unit,kind,source,quote
OPTIONAL_COLUMNS = ["source_title", "source_publisher", "source_date", "note"]
LOG_COLUMNS = ["batch_id", "imported_at", "editor", "file_name", "sha256", "stored_file",
               "rows_added", "rows_revised"]


def imports_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or config.DATA_DIR) / "imports"


@dataclass
class Problem:
    """One thing wrong with an upload, in plain words (row = the spreadsheet row, 1 = header)."""

    row: int | None
    zh: str
    en: str

    def text(self, lang: str) -> str:
        where = "" if self.row is None else (f"第{self.row}行：" if lang == "zh" else f"row {self.row}: ")
        return where + (self.en if lang == "en" else self.zh)


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


@dataclass
class Plan:
    """What an upload would do: rows to add or revise, conflicts, problems; nothing written yet."""

    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)  # held vs new, side by side
    added: int = 0
    revised: int = 0
    unchanged: int = 0
    new_sources: dict[str, dict] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- Reading the file -----------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str | None, Problem | None]:
    """Text of a CSV upload: UTF-8 (with or without BOM), else GBK/GB18030 as Excel saves it."""
    if b"\x00" in data[:4096]:
        return None, Problem(None, "文件不是文本表格（含二进制内容）。请上传 CSV 或 XLSX。",
                             "The file is not a text table (it holds binary data). Upload CSV or XLSX.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            continue
    return None, Problem(None, "无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV。",
                         "Unknown text encoding: save the CSV as UTF-8 or GBK.")


def read_table(data: bytes, file_name: str = "") -> tuple[list[dict[str, str]], list[Problem]]:
    """The rows of an upload as dicts of text, or the problems that stop reading it."""
    if len(data) > MAX_BYTES:
        return [], [Problem(None, f"文件过大（{len(data) // 1024} KB），上限为 {MAX_BYTES // 1024} KB。",
                            f"The file is too large ({len(data) // 1024} KB); the limit is "
                            f"{MAX_BYTES // 1024} KB.")]
    if not data.strip():
        return [], [Problem(None, "文件是空的。", "The file is empty.")]
    if data[:2] == b"PK" or file_name.lower().endswith(".xlsx"):
        return _read_xlsx(data)
    text, problem = decode(data)
    if problem:
        return [], [problem]
    reader = csv.reader(io.StringIO(text))
    try:
        table = list(reader)
    except csv.Error as e:
        return [], [Problem(None, f"CSV 格式错误：{e}", f"Malformed CSV: {e}")]
    return _rows_from_table(table)


def _read_xlsx(data: bytes) -> tuple[list[dict[str, str]], list[Problem]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken file
        return [], [Problem(None, "无法打开 Excel 文件（文件损坏或不是 XLSX）。",
                            "The Excel file cannot be opened (damaged or not XLSX).")]
    sheet = wb.worksheets[0]
    table = []
    for n, values in enumerate(sheet.iter_rows(values_only=True)):
        if n > MAX_ROWS + 1:
            break
        table.append(["" if v is None else _cell_text(v) for v in values])
    wb.close()
    return _rows_from_table(table)


def _cell_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _rows_from_table(table: list[list[str]]) -> tuple[list[dict[str, str]], list[Problem]]:
    table = [r for r in table if any(str(c).strip() for c in r)]
    if not table:
        return [], [Problem(None, "文件是空的。", "The file is empty.")]
    header = [h.strip() for h in table[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return [], [Problem(1, f"缺少列：{', '.join(missing)}。表头应为：{','.join(COLUMNS)}",
                            f"Missing columns: {', '.join(missing)}. The header must be: "
                            f"{','.join(COLUMNS)}")]
    if len(table) == 1:
        return [], [Problem(None, "文件只有表头，没有数据行。", "The file has a header but no rows.")]
    if len(table) - 1 > MAX_ROWS:
        return [], [Problem(None, f"行数过多（{len(table) - 1} 行），上限为 {MAX_ROWS} 行。",
                            f"Too many rows ({len(table) - 1}); the limit is {MAX_ROWS}.")]
    keep = [c for c in header if c in COLUMNS + OPTIONAL_COLUMNS]
    rows = []
    for values in table[1:]:
        values = list(values) + [""] * (len(header) - len(values))
        rows.append({c: str(values[header.index(c)]).strip() for c in keep})
    return rows, []


# --- Checking rows --------------------------------------------------------------------------------

class Registry:
    """Regions, indicators, units, kinds and sources the data know, and the figures held now."""

    def __init__(self, data_dir: Path | None = None):
        data_dir = data_dir or config.DATA_DIR
        data = read_all(data_dir)
        self.regions = _names(data["regions"], "region_code")
        self.indicators = _names(data["indicators"], "indicator_code")
        self.indicator_unit = {r["indicator_code"]: r["unit"] for r in data["indicators"]}
        self.unit_dim = {r["unit"]: r["dimension"] for r in data["units"]}
        self.kinds = _names(data["kinds"], "kind")
        self.source_text = {
            s["source_id"]: squeeze((data_dir / "sources" / s["file"]).read_text(encoding="utf-8"))
            for s in data["sources"]}
        revisions, new_sources = replay(data_dir)
        self.source_text.update({sid: "" for sid in new_sources})
        self.held = {}
        for r in revisions:
            if r["is_latest"]:
                self.held.setdefault(_key(r), []).append(r)


def _names(rows: list[dict], code_col: str) -> dict[str, str]:
    """Every way to name a thing (code, Chinese name, English name, lower-cased) -> its code."""
    out = {}
    for r in rows:
        for v in (r[code_col], r.get("name_zh", ""), r.get("name_en", "")):
            if v:
                out[v] = r[code_col]
                out[v.lower()] = r[code_col]
    return out


def _key(r: dict) -> tuple:
    return (r["region_code"], r["indicator_code"], r["period"], r["kind"])


def _suggest(value: str, known: dict[str, str]) -> str:
    close = difflib.get_close_matches(value, [k for k in known if not k.isascii() or k == k.lower()],
                                      n=3, cutoff=0.4)
    return "、".join(close)


def check(rows: list[dict[str, str]], registry: Registry, accept_revisions: bool = False) -> Plan:
    """Check every row; the plan lists problems (any problem: nothing is written) and changes."""
    plan = Plan()
    seen: dict[tuple, int] = {}
    for r in rows:
        if r.get("source") and r.get("source_title") and r["source"] not in registry.source_text:
            plan.new_sources.setdefault(r["source"], {
                "title": r["source_title"], "publisher": r.get("source_publisher", ""),
                "date": r.get("source_date", "")})
    for n, r in enumerate(rows, start=2):
        row = _check_row(n, r, registry, plan)
        if row is None:
            continue
        dup_key = (row.region_code, row.indicator_code, row.period, row.kind, row.source_id)
        if dup_key in seen:
            plan.problems.append(Problem(n, f"与第{seen[dup_key]}行重复（同一地区、指标、时期、类型和来源）。",
                                         f"duplicates row {seen[dup_key]} (same region, indicator, "
                                         "period, kind and source)."))
            continue
        seen[dup_key] = n
        _compare_with_held(n, row, registry, plan, accept_revisions)
        plan.rows.append(row)
    return plan


def _check_row(n: int, r: dict, registry: Registry, plan: Plan) -> Row | None:
    errors = []
    region = registry.regions.get(r["region"]) or registry.regions.get(r["region"].lower())
    if not region:
        hint = _suggest(r["region"], registry.regions)
        errors.append((f"未知地区“{r['region']}”" + (f"，是否指：{hint}？" if hint else "。"),
                       f"unknown region '{r['region']}'" + (f"; did you mean: {hint}?" if hint else ".")))
    indicator = registry.indicators.get(r["indicator"]) or registry.indicators.get(r["indicator"].lower())
    if not indicator:
        hint = _suggest(r["indicator"], registry.indicators)
        errors.append((f"未知指标“{r['indicator']}”" + (f"，是否指：{hint}？" if hint else "。"),
                       f"unknown indicator '{r['indicator']}'"
                       + (f"; did you mean: {hint}?" if hint else ".")))
    try:
        parse_period(r["period"])
    except ValueError:
        errors.append((f"时期“{r['period']}”无效：应为年份（如 2022）或年份区间（如 2021-2025）。",
                       f"bad period '{r['period']}': use a year (2022) or a range (2021-2025)."))
    value = None
    try:
        value = float(r["value"].replace(",", ""))
        if not math.isfinite(value):
            raise ValueError
    except ValueError:
        errors.append((f"数值“{r['value']}”不是数字。", f"value '{r['value']}' is not a number."))
    if indicator and r["unit"] not in registry.unit_dim:
        errors.append((f"未知单位“{r['unit']}”（指标单位为 {registry.indicator_unit[indicator]}）。",
                       f"unknown unit '{r['unit']}' (the indicator's unit is "
                       f"{registry.indicator_unit[indicator]})."))
    elif indicator and registry.unit_dim[r["unit"]] != registry.unit_dim[registry.indicator_unit[indicator]]:
        errors.append((f"单位“{r['unit']}”与指标单位“{registry.indicator_unit[indicator]}”不符。",
                       f"unit '{r['unit']}' is not the indicator's unit "
                       f"'{registry.indicator_unit[indicator]}'."))
    kind = registry.kinds.get(r["kind"]) or registry.kinds.get(r["kind"].lower())
    if not kind:
        errors.append((f"未知类型“{r['kind']}”：应为 actual/estimate/target/rank/share/derived 之一。",
                       f"unknown kind '{r['kind']}': use actual, estimate, target, rank, share or derived."))
    source = r["source"]
    if not source:
        errors.append(("缺少来源。", "the source is missing."))
    elif source not in registry.source_text and source not in plan.new_sources:
        errors.append((f"未知来源“{source}”：请使用已有来源编号，或在同一文件中用 source_title 列描述新来源。",
                       f"unknown source '{source}': use an existing source id, or describe the new "
                       "source in the same file (column source_title)."))
    if not r["quote"]:
        errors.append(("缺少原文摘录或页码。", "the quote (or page reference) is missing."))
    elif registry.source_text.get(source) and squeeze(r["quote"]) not in registry.source_text[source]:
        errors.append(("原文摘录在该来源文档中找不到（须逐字一致）。",
                       "the quote is not found verbatim in that source document."))
    if errors:
        plan.problems += [Problem(n, zh, en) for zh, en in errors]
        return None
    return Row(n, region, indicator, r["period"], value, r["unit"], kind, source, r["quote"],
               r.get("note", ""))


def _compare_with_held(n: int, row: Row, registry: Registry, plan: Plan, accept_revisions: bool) -> None:
    key = (row.region_code, row.indicator_code, row.period, row.kind)
    held = registry.held.get(key, [])
    if not held:
        plan.added += 1
        return
    if any(math.isclose(h["value"], row.value, rel_tol=1e-9) for h in held):
        if any(h["source_id"] == row.source_id for h in held):
            plan.unchanged += 1
        else:
            plan.added += 1  # the same figure from one more source
        return
    h = held[0]
    plan.conflicts.append({"row": n, "key": key, "held_value": h["value"], "held_source": h["source_id"],
                           "held_fact": h["fact_id"], "new_value": row.value, "new_source": row.source_id})
    if accept_revisions:
        plan.revised += 1
    else:
        plan.problems.append(Problem(
            n, f"与已有数字冲突：已有 {h['value']:g}（{h['source_id']}），新值 {row.value:g}（{row.source_id}）。"
               "确认要修订时请勾选“接受修订”（命令行加 --accept-revisions）。",
            f"conflicts with a held figure: held {h['value']:g} ({h['source_id']}), new {row.value:g} "
            f"({row.source_id}). To record a revision, tick 'accept revisions' (CLI: --accept-revisions)."))


# --- Replaying accepted batches -------------------------------------------------------------------

def read_log(data_dir: Path | None = None) -> list[dict[str, str]]:
    path = imports_dir(data_dir) / "log.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def replay(data_dir: Path | None = None) -> tuple[list[dict], dict[str, dict]]:
    """Every figure revision (curated, then each batch in order) and the sources batches added.

    Returns rows with the curated facts' columns plus batch_id, revision and is_latest."""
    data_dir = data_dir or config.DATA_DIR
    data = read_all(data_dir)
    revisions = [dict(r, value=float(r["value"]), batch_id="", revision=1, is_latest=True)
                 for r in data["facts"]]
    latest: dict[tuple, list[dict]] = {}
    for r in revisions:
        latest.setdefault(_key(r), []).append(r)
    new_sources: dict[str, dict] = {}
    for batch in read_log(data_dir):
        stored = imports_dir(data_dir) / batch["stored_file"]
        table, problems = read_table(stored.read_bytes(), stored.name)
        if problems:
            raise ValueError(f"import batch {batch['batch_id']} cannot be read: {problems[0].en}")
        for r in table:
            if r.get("source") and r.get("source_title"):
                new_sources.setdefault(r["source"], {"title": r["source_title"],
                                                     "publisher": r.get("source_publisher", ""),
                                                     "date": r.get("source_date", ""),
                                                     "batch_id": batch["batch_id"]})
        registry_names = (_names(data["regions"], "region_code"), _names(data["indicators"], "indicator_code"),
                          _names(data["kinds"], "kind"))
        for n, r in enumerate(table, start=2):
            fact = _fact_from_upload(r, registry_names, f"{batch['batch_id']}-{n:04d}", batch["batch_id"])
            _apply_revision(fact, latest, revisions)
    return revisions, new_sources


def _fact_from_upload(r: dict, names: tuple, fact_id: str, batch_id: str) -> dict:
    regions, indicators, kinds = names
    value = float(r["value"].replace(",", ""))
    return {"fact_id": fact_id, "region_code": regions.get(r["region"]) or regions[r["region"].lower()],
            "indicator_code": indicators.get(r["indicator"]) or indicators[r["indicator"].lower()],
            "period": r["period"], "value": value, "unit": r["unit"],
            "kind": kinds.get(r["kind"]) or kinds[r["kind"].lower()], "approx": "", "stated": r["value"],
            "programme": "", "source_id": r["source"], "quote": r["quote"], "note": r.get("note", ""),
            "formula": "", "inputs": "", "batch_id": batch_id, "revision": 1, "is_latest": True}


def _apply_revision(fact: dict, latest: dict, revisions: list[dict]) -> None:
    held = latest.get(_key(fact), [])
    if held and any(math.isclose(h["value"], fact["value"], rel_tol=1e-9) for h in held):
        if all(h["source_id"] != fact["source_id"] for h in held):
            fact["revision"] = held[0]["revision"]
            held.append(fact)
            revisions.append(fact)
        return
    if held:
        for h in held:
            h["is_latest"] = False
        fact["revision"] = max(h["revision"] for h in held) + 1
    latest[_key(fact)] = [fact]
    revisions.append(fact)


# --- Writing a batch ------------------------------------------------------------------------------

@contextmanager
def _import_lock(data_dir: Path):
    imports_dir(data_dir).mkdir(parents=True, exist_ok=True)
    with open(imports_dir(data_dir) / ".lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def import_file(data: bytes, file_name: str, editor: str, accept_revisions: bool = False,
                dry_run: bool = False, data_dir: Path | None = None,
                db_path: Path | None = None) -> tuple[Plan, dict | None]:
    """Check an upload; unless it has problems or this is a dry run, keep it, log it, rebuild.

    Returns the plan and the log entry written (None when nothing was written)."""
    from dashboard.build import build

    data_dir = data_dir or config.DATA_DIR
    with _import_lock(data_dir):
        rows, problems = read_table(data, file_name)
        if problems:
            return Plan(problems=problems), None
        plan = check(rows, Registry(data_dir), accept_revisions)
        if not plan.ok or dry_run or not plan.rows:
            return plan, None
        log = read_log(data_dir)
        sha = hashlib.sha256(data).hexdigest()
        batch_id = f"b{len(log) + 1:04d}"
        ext = ".xlsx" if data[:2] == b"PK" else ".csv"
        stored = f"{batch_id}-{sha[:12]}{ext}"
        (imports_dir(data_dir) / stored).write_bytes(data)
        entry = {"batch_id": batch_id, "imported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "editor": editor, "file_name": Path(file_name).name, "sha256": sha, "stored_file": stored,
                 "rows_added": str(plan.added), "rows_revised": str(plan.revised)}
        log_path = imports_dir(data_dir) / "log.csv"
        new_log = not log_path.exists()
        try:
            with log_path.open("a", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, LOG_COLUMNS, lineterminator="\n")
                if new_log:
                    w.writeheader()
                w.writerow(entry)
            build(db_path, data_dir)
        except Exception:
            _undo(log_path, stored, data_dir, new_log)
            raise
        return plan, entry


def _undo(log_path: Path, stored: str, data_dir: Path, new_log: bool) -> None:
    """Take a batch back out of the log when the rebuild failed, so nothing half-done remains."""
    lines = log_path.read_text(encoding="utf-8").splitlines(keepends=True)
    if new_log:
        log_path.unlink(missing_ok=True)
    else:
        log_path.write_text("".join(lines[:-1]), encoding="utf-8")
    (imports_dir(data_dir) / stored).unlink(missing_ok=True)


def template_csv() -> bytes:
    """An empty upload template: the header only (UTF-8 with BOM so Excel opens it correctly)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(COLUMNS + OPTIONAL_COLUMNS)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
