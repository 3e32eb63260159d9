"""Register a new source document: its text kept verbatim under data/sources/, the original file
beside it, a row in data/sources.csv with the text's sha256 and a parsed date, then a rebuild.

Nothing is written unless every step succeeds: a clashing id, an unreadable file, a PDF without a
text layer or a failed rebuild leave data/ as it was. Every write is fsynced and made under the
writers' lock; a marker (sources/.adding-<id>) names the files of a registration in progress, so the
remains of a killed one are found (`check`) and removed (the next build or add-source).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

from dashboard import config
from dashboard.curated import TABLES_BY_NAME
from dashboard.documents import DocumentError, kind_of, read_document
from dashboard.writing import clean_leftovers, data_lock, write_atomic

DOC_KINDS = ("registered", "work_report", "bulletin", "monthly", "ranking", "feature")  # i18n doc_kind_<kind>
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{2,60}")
_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


class SourceError(DocumentError):
    """Why a document cannot be registered, in Chinese and English (.zh, .en, .text(lang))."""


def parse_date(text: str) -> dt.date:
    """A date given as YYYY-MM-DD (strictly)."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise SourceError(f"日期“{text}”无效：请写成 YYYY-MM-DD。",
                          f"bad date '{text}': write it as YYYY-MM-DD.") from None


def date_in_text(text: str) -> dt.date | None:
    """The latest full date (YYYY年M月D日) the document states, if any: its likely publication date."""
    found = []
    for y, m, d in _FULL_DATE.findall(text):
        try:
            found.append(dt.date(int(y), int(m), int(d)))
        except ValueError:
            continue
    return max(found) if found else None


def _existing(data_dir: Path) -> list[dict[str, str]]:
    with (data_dir / "sources.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def register(data: bytes, file_name: str, source_id: str, title: str, publisher: str = "",
             date: str | None = None, title_en: str = "", data_dir: Path | None = None,
             db_path: Path | None = None, rebuild: bool = True, url: str = "", mirror: bool = False,
             date_note: str = "", doc_kind: str = "registered") -> dict[str, str]:
    """Register a document; returns its sources.csv row. SourceError says what is wrong."""
    data_dir = Path(data_dir or config.DATA_DIR)
    source_id, title = source_id.strip(), title.strip()
    if not ID_PATTERN.fullmatch(source_id):
        raise SourceError(f"编号“{source_id}”无效：请用小写字母、数字和连字符（如 liling-gov-report-yyyy）。",
                          f"bad id '{source_id}': use lower-case letters, digits and hyphens "
                          "(e.g. liling-gov-report-yyyy).")
    if not title:
        raise SourceError("缺少标题。", "the title is missing.")
    try:
        text = read_document(data, file_name)
    except DocumentError as e:
        raise SourceError(e.zh, e.en) from e
    if doc_kind not in DOC_KINDS:
        raise SourceError(f"文档类型“{doc_kind}”无效：可选 {'、'.join(DOC_KINDS)}。",
                          f"bad kind of document '{doc_kind}': one of {', '.join(DOC_KINDS)}.")
    url = url.strip()
    if url and not re.fullmatch(r"https?://\S+", url):
        raise SourceError(f"网址“{url}”无效：请写以 http:// 或 https:// 开头的完整地址。",
                          f"bad URL '{url}': give a full address starting with http:// or https://.")
    day = parse_date(date) if date else date_in_text(text)
    if day is None:
        raise SourceError("文中找不到完整日期（年月日）：请用 --date YYYY-MM-DD 给出文档日期。",
                          "the text states no full date (year, month, day): give the document's date "
                          "with --date YYYY-MM-DD.")
    kind = kind_of(data, file_name)
    stored_text = text.encode("utf-8")
    row = {
        "source_id": source_id, "title_zh": title, "title_en": title_en.strip() or title,
        "label_zh": f"{title}（{day:%Y-%m-%d}）", "label_en": f"{title_en.strip() or title} ({day:%Y-%m-%d})",
        "publisher": publisher.strip(), "date_from": day.isoformat(), "date_to": day.isoformat(),
        "date_note": ("date given by the editor" if date else "the latest full date stated in the text")
                     + (f" ({date_note.strip()})" if date_note.strip() else "")
                     + f"; original {Path(file_name).name}, sha256 {hashlib.sha256(data).hexdigest()}",
        "doc_kind": doc_kind, "original_file": f"originals/{source_id}.{kind}",
        "file": f"{source_id}.txt", "sha256": hashlib.sha256(stored_text).hexdigest(),
        "url": url, "mirror": "yes" if mirror else "no",
    }
    with data_lock(data_dir):
        clean_leftovers(data_dir)
        rows = _existing(data_dir)
        if any(r["source_id"] == source_id for r in rows):
            raise SourceError(f"编号“{source_id}”已被使用：请换一个编号。",
                              f"the id '{source_id}' is already taken: choose another one.")
        clash = [r["source_id"] for r in rows if r["sha256"] == row["sha256"]]
        if clash:
            raise SourceError(f"同一文本已登记为“{clash[0]}”。",
                              f"the same text is registered as '{clash[0]}'.")
        text_path = data_dir / "sources" / row["file"]
        original_path = data_dir / "sources" / row["original_file"]
        csv_path = data_dir / "sources.csv"
        marker = data_dir / "sources" / f".adding-{source_id}"
        old_csv = csv_path.read_bytes()
        written = []
        try:
            write_atomic(marker, b"")
            written.append(marker)
            original_path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(text_path, stored_text)
            written.append(text_path)
            write_atomic(original_path, data)
            written.append(original_path)
            buf = io.StringIO()
            writer = csv.DictWriter(buf, list(TABLES_BY_NAME["sources"].columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows([*rows, row])
            write_atomic(csv_path, buf.getvalue().encode("utf-8"))
            marker.unlink()
            written.remove(marker)
            if rebuild:
                from dashboard.build import build

                build(db_path, data_dir)
        except Exception as e:
            write_atomic(csv_path, old_csv)
            for path in written:
                path.unlink(missing_ok=True)
            if isinstance(e, OSError):
                raise SourceError(f"无法写入数据目录（{e.strerror}），未做任何更改。",
                                  f"cannot write to the data folder ({e.strerror}); nothing was "
                                  "changed.") from e
            raise
    return row
