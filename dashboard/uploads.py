"""Reading an upload (CSV in UTF-8/GBK, or XLSX) into rows of text, within size limits."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from posixpath import join, normpath

from defusedxml import ElementTree as SafeET

from dashboard import config
from dashboard.problems import Problem, short

MAX_BYTES = 2 * 1024 * 1024  # 2 MiB as uploaded
MAX_ROWS = 5000
MAX_COLUMNS = 64
MAX_UNPACKED = 24 * 1024 * 1024  # an XLSX's members together, uncompressed
MAX_SHARED_STRINGS = 100_000
MAX_MEMBERS = 1_000  # files inside an XLSX
MAX_CELL_CHARS = 10_000  # one cell (a quote is a sentence or two)
COLUMNS = config.FACTS_EXPORT_COLUMNS  # region,indicator,period,value,unit,kind,source,quote
OPTIONAL_COLUMNS = ["note", "formula", "inputs"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)$")


def _too_large(size: int) -> Problem:
    return Problem(None, f"文件过大（{size:,} 字节），上限为 {MAX_BYTES:,} 字节（{MAX_BYTES // 1024} KB）。",
                   f"The file is too large ({size:,} bytes); the limit is {MAX_BYTES:,} bytes "
                   f"({MAX_BYTES // 1024} KB).")


def _empty() -> Problem:
    return Problem(None, "文件是空的。", "The file is empty.")


def decode(data: bytes) -> tuple[str | None, Problem | None]:
    """Text of a CSV upload: UTF-8 (with or without BOM), else GBK/GB18030 as Excel saves it."""
    if b"\x00" in data:
        return None, Problem(None, "文件不是文本表格（含二进制内容或 NUL 字节）。请上传 CSV 或 XLSX。",
                             "The file is not a text table (it holds binary data or NUL bytes). "
                             "Upload CSV or XLSX.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            continue
    return None, Problem(None, "无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV。",
                         "Unknown text encoding: save the CSV as UTF-8 or GBK.")


def is_xlsx(data: bytes, file_name: str = "") -> bool:
    return data[:2] == b"PK" or file_name.lower().endswith(".xlsx")


def read_table(data: bytes, file_name: str = "") -> tuple[list[dict[str, str]], list[Problem]]:
    """The rows of an upload as dicts of text, or the problems that stop reading it."""
    if len(data) > MAX_BYTES:
        return [], [_too_large(len(data))]
    if not data.strip():
        return [], [_empty()]
    if is_xlsx(data, file_name):
        table, problem = read_xlsx(data)
        if problem:
            return [], [problem]
        return rows_from_table(table)
    text, problem = decode(data)
    if problem:
        return [], [problem]
    try:
        table = list(csv.reader(io.StringIO(text)))
    except csv.Error as e:
        return [], [Problem(None, f"CSV 格式错误：{e}", f"Malformed CSV: {e}")]
    if any(len(c) > MAX_CELL_CHARS for r in table for c in r):
        return [], [_long_cell()]
    return rows_from_table(table)


def rows_from_table(table: list[list[str]]) -> tuple[list[dict[str, str]], list[Problem]]:
    """Rows keyed by the header's names; unknown extra columns are ignored, duplicates refused."""
    table = [r for r in table if any(str(c).strip() for c in r)]
    if not table:
        return [], [_empty()]
    header = [h.strip().lstrip("\ufeff") for h in table[0]]
    doubled = sorted({short(h) for h in header if h and header.count(h) > 1})
    if doubled:
        return [], [Problem(1, f"列名重复：{', '.join(doubled)}。每列只能出现一次。",
                            f"duplicate columns: {', '.join(doubled)}. Each column may appear only once.")]
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
    keep = {c: header.index(c) for c in COLUMNS + OPTIONAL_COLUMNS if c in header}
    rows = []
    for values in table[1:]:
        values = list(values) + [""] * (len(header) - len(values))
        rows.append({c: str(values[i]).strip() for c, i in keep.items()})
    return rows, []


# --- XLSX: a streaming reader with limits, which ignores <dimension> ------------------------------

def _long_cell() -> Problem:
    return Problem(None, f"单元格内容过长（超过 {MAX_CELL_CHARS:,} 个字符）。",
                   f"A cell is too long (over {MAX_CELL_CHARS:,} characters).")


def _xlsx_problem(zh: str, en: str) -> Problem:
    return Problem(None, zh, en)


def _damaged() -> Problem:
    return _xlsx_problem("无法打开 Excel 文件（文件损坏或不是 XLSX）。",
                         "The Excel file cannot be opened (damaged or not XLSX).")


def read_xlsx(data: bytes) -> tuple[list[list[str]], Problem | None]:
    """Every row of the one visible sheet, as text; refuses oversize or ambiguous workbooks."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return [], _damaged()
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED or len(infos) > MAX_MEMBERS:
        return [], _xlsx_problem(
            f"Excel 文件解压后过大（{unpacked:,} 字节），上限为 {MAX_UNPACKED:,} 字节。",
            f"The Excel file is too large unpacked ({unpacked:,} bytes); "
            f"the limit is {MAX_UNPACKED:,} bytes.")
    try:
        with zf:
            return _read_workbook(zf)
    except _TooMany as e:
        return [], e.problem
    except Exception:  # a broken zip member or XML: one message, whatever the parser raised
        return [], _damaged()


class _TooMany(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def _parse(zf: zipfile.ZipFile, name: str):
    with zf.open(name) as f:
        return SafeET.parse(f).getroot()


def _read_workbook(zf: zipfile.ZipFile) -> tuple[list[list[str]], Problem | None]:
    names = set(zf.namelist())
    book = _parse(zf, "xl/workbook.xml")
    rels = {r.get("Id"): r.get("Target", "") for r in _parse(zf, "xl/_rels/workbook.xml.rels")
            .iter(f"{_PKG_REL}Relationship")}
    sheets = [(s.get("name", ""), s.get("state", "visible"), s.get(f"{_REL}id"))
              for s in book.iter(f"{_MAIN}sheet")]
    visible = [s for s in sheets if s[1] not in ("hidden", "veryHidden")]
    if len(visible) != 1:
        listed = "、".join(f"“{n}”" for n, _, _ in visible) or "—"
        return [], _xlsx_problem(
            f"工作簿须恰好有一个可见工作表，现有 {len(visible)} 个：{listed}。请只保留要导入的那一个。",
            f"The workbook must have exactly one visible sheet; it has {len(visible)}: "
            f"{', '.join(n for n, _, _ in visible) or '-'}. Keep only the sheet to import.")
    target = rels.get(visible[0][2], "")
    path = normpath(target.lstrip("/")) if target.startswith("/") else normpath(join("xl", target))
    if path not in names:
        return [], _damaged()
    shared = _shared_strings(zf) if "xl/sharedStrings.xml" in names else []
    return _sheet_rows(zf, path, shared), None


def _text_of(elem) -> str:
    """Text of a shared or inline string: its <t> runs, without phonetic (<rPh>) runs."""
    parts = []
    for child in elem:
        if child.tag == f"{_MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{_MAIN}r":
            parts += [t.text or "" for t in child.iter(f"{_MAIN}t")]
    return "".join(parts)


def _shared_strings(zf: zipfile.ZipFile) -> list[str]:
    out: list[str] = []
    with zf.open("xl/sharedStrings.xml") as f:
        for _, elem in SafeET.iterparse(f, events=("end",)):
            if elem.tag == f"{_MAIN}si":
                out.append(_text_of(elem))
                elem.clear()
                if len(out) > MAX_SHARED_STRINGS:
                    raise _TooMany(_xlsx_problem(
                        f"Excel 文件的共享字符串过多（超过 {MAX_SHARED_STRINGS:,} 个）。",
                        f"The Excel file has too many shared strings (over {MAX_SHARED_STRINGS:,})."))
    return out


def _column(ref: str) -> int:
    n = 0
    for ch in ref:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _cell_text(cell, shared: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        node = cell.find(f"{_MAIN}is")
        return "" if node is None else _text_of(node)
    v = cell.find(f"{_MAIN}v")
    raw = "" if v is None or v.text is None else v.text
    if kind == "s":
        return shared[int(raw)]
    if kind == "b":
        return "TRUE" if raw == "1" else "FALSE"
    if kind == "n" and raw:
        number = float(raw)
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return raw


def _sheet_rows(zf: zipfile.ZipFile, path: str, shared: list[str]) -> list[list[str]]:
    """All rows of a sheet in order, whatever its <dimension> claims."""
    rows: dict[int, list[str]] = {}
    next_row = 0
    with zf.open(path) as f:
        for _, elem in SafeET.iterparse(f, events=("end",)):
            if elem.tag != f"{_MAIN}row":
                continue
            r = elem.get("r")
            index = int(r) - 1 if r and r.isdigit() else next_row
            next_row = index + 1
            values: list[str] = []
            for col, cell in enumerate(elem.iter(f"{_MAIN}c")):
                m = _CELL_REF.match(cell.get("r", ""))
                col = _column(m.group(1)) if m else max(col, len(values))
                if col >= MAX_COLUMNS:
                    raise _TooMany(_xlsx_problem(f"列数过多（超过 {MAX_COLUMNS} 列）。",
                                                 f"Too many columns (over {MAX_COLUMNS})."))
                values += [""] * (col + 1 - len(values))
                values[col] = _cell_text(cell, shared)
                if len(values[col]) > MAX_CELL_CHARS:
                    raise _TooMany(_long_cell())
            elem.clear()
            if any(v.strip() for v in values):
                rows[index] = values
                if len(rows) > MAX_ROWS + 1:
                    raise _TooMany(_xlsx_problem(f"行数过多，上限为 {MAX_ROWS} 行。",
                                                 f"Too many rows; the limit is {MAX_ROWS}."))
    return [rows[i] for i in sorted(rows)]
