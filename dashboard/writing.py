"""Writing data/ safely: the one writers' lock (import, build, add-source, registry appends), fsynced
files, and the remains of a killed add-source (found by `check`, removed by the next writer).

The lock is an flock on the data folder itself (no lock file, so a read-only folder can still be
locked), shared by every process; a thread holding it may take it again (an import's rebuild).
"""

from __future__ import annotations

import csv
import fcntl
import os
import threading
from contextlib import contextmanager
from pathlib import Path

from dashboard import config

_held = threading.local()  # folder -> depth, for the thread holding the lock


@contextmanager
def data_lock(folder: Path | None = None, wait: bool = True):
    """Hold the writers' lock on `folder` (data/ by default); yields False when `wait` is off and
    another writer holds it, else True. Re-entrant within one thread."""
    path = Path(folder or config.DATA_DIR).resolve()
    depth = _held.__dict__.setdefault("depth", {})
    if depth.get(path):
        depth[path] += 1
        try:
            yield True
        finally:
            depth[path] -= 1
        return
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        depth[path] = 1
        try:
            yield True
        finally:
            depth.pop(path, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that it is either absent/old or complete: temp file, fsync, rename, fsync folder."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def leftovers(data_dir: Path) -> list[Path]:
    """Files a killed add-source left: those its marker names while sources.csv lacks the id, the
    marker itself, and temp files under sources/."""
    folder = data_dir / "sources"
    if not folder.is_dir():
        return []
    with (data_dir / "sources.csv").open(encoding="utf-8", newline="") as f:
        registered = {r["source_id"] for r in csv.DictReader(f)}
    found = [*folder.glob("*.tmp"), *folder.glob("originals/*.tmp")]
    for marker in folder.glob(".adding-*"):
        source_id = marker.name.removeprefix(".adding-")
        if source_id not in registered:
            found += [p for p in (folder / f"{source_id}.txt", *folder.glob(f"originals/{source_id}.*"))
                      if p.exists()]
        found.append(marker)
    return sorted(set(found))


def clean_leftovers(data_dir: Path) -> list[str]:
    """Remove what a killed add-source left (call holding the writers' lock); the names removed."""
    removed = leftovers(data_dir)
    for p in removed:
        p.unlink(missing_ok=True)
    return [p.name for p in removed]
