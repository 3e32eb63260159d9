"""Writing one import batch as a single transaction across stored file, database and log.

Order: the stored file (temp + fsync + rename), then the database rebuilt with the batch and
swapped in, then the log line (temp + fsync + rename) as the commit point. A batch whose log line
was never written does not count: `build` replays only logged batches and the next import or
build removes its leftovers.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
from datetime import UTC, datetime
from pathlib import Path

from dashboard.build import build
from dashboard.problems import Problem
from dashboard.replay import LOG_COLUMNS, imports_dir, read_log
from dashboard.writing import write_atomic


def os_problem(e: OSError) -> Problem:
    """A bilingual message for a failed write, without file paths."""
    if e.errno == errno.ENOSPC or e.errno == errno.EDQUOT:
        return Problem(None, "磁盘空间不足，导入未完成，数据未改变。请清理空间后重试。",
                       "The disk is full: the import did not happen and no data changed. Free some space "
                       "and try again.")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem(None, "数据目录不可写（只读或无权限），导入未完成，数据未改变。请联系部署人员。",
                       "The data folder cannot be written (read-only or no permission): the import did "
                       "not happen and no data changed. Ask the deployer.")
    code = errno.errorcode.get(e.errno or 0, "I/O")
    return Problem(None, f"写入文件失败（{code}），导入未完成，数据未改变。",
                   f"Writing a file failed ({code}): the import did not "
                   "happen and no data changed.")


def log_bytes(entries: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, LOG_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(entries)
    return buf.getvalue().encode("utf-8")


def already_imported(data: bytes, data_dir: Path) -> Problem | None:
    """The same file (same sha256) was imported before: nothing new."""
    sha = hashlib.sha256(data).hexdigest()
    for e in read_log(data_dir):
        if e["sha256"] == sha:
            return Problem(None, f"此文件已于 {e['imported_at']} 作为批次 {e['batch_id']} 导入，没有新内容。",
                           f"This file was already imported as batch {e['batch_id']} ({e['imported_at']}); "
                           "nothing new.")
    return None


def write_batch(data: bytes, file_name: str, editor: str, added: int, revised: int, data_dir: Path,
                db_path: Path | None) -> dict:
    """Store the file, rebuild with it, then commit its log line. Call holding the writers' lock
    (dashboard.writing), so no build sees the swapped database without its log line."""
    log = read_log(data_dir)
    sha = hashlib.sha256(data).hexdigest()
    numbers = [int(e["batch_id"][1:]) for e in log if e["batch_id"][1:].isdigit()]
    batch_id = f"b{max(numbers, default=0) + 1:04d}"
    ext = ".xlsx" if data[:2] == b"PK" else ".csv"
    stored = f"{batch_id}-{sha[:12]}{ext}"
    entry = {"batch_id": batch_id, "imported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "editor": editor, "file_name": Path(file_name).name, "sha256": sha, "stored_file": stored,
             "rows_added": str(added), "rows_revised": str(revised)}
    folder = imports_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    swapped = False
    try:
        write_atomic(folder / stored, data)
        build(db_path, data_dir, pending=[entry])
        swapped = True
        write_atomic(folder / "log.csv", log_bytes(log + [entry]))
    except Exception:
        if entry not in read_log(data_dir):
            (folder / stored).unlink(missing_ok=True)
            if swapped:  # the database holds a batch the log does not: rebuild it without
                try:
                    build(db_path, data_dir)
                except Exception:
                    pass  # the next build or import does it
        raise
    return entry
