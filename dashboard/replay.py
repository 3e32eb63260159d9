"""Replaying accepted import batches: the curated facts, then each committed batch in order.

A batch counts only once its line is in data/imports/log.csv (written last, atomically, after the
database swap). Stored files no log line names are leftovers of an interrupted import: ignored
here, and removed under the writers' lock (dashboard.writing: one writer of data/ at a time).
"""

from __future__ import annotations

import csv
from pathlib import Path

from dashboard import config, region_names
from dashboard.curated import read_all
from dashboard.lookups import key, lookup, names
from dashboard.numbers import approx_of, close, nfkc, stated_match
from dashboard.uploads import read_table
from dashboard.values import clean_number, clean_period

LOG_COLUMNS = ["batch_id", "imported_at", "editor", "file_name", "sha256", "stored_file",
               "rows_added", "rows_revised"]


def imports_dir(data_dir: Path | None = None) -> Path:
    return Path(data_dir or config.DATA_DIR) / "imports"


def read_log(data_dir: Path | None = None) -> list[dict[str, str]]:
    """The committed batches, oldest first."""
    path = imports_dir(data_dir) / "log.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def clean_leftovers(data_dir: Path) -> list[str]:
    """Remove stored files no log line names and temp files (call holding the writers' lock)."""
    folder = imports_dir(data_dir)
    if not folder.is_dir():
        return []
    logged = {e["stored_file"] for e in read_log(data_dir)}
    removed = []
    for p in folder.iterdir():
        if p.name in ("log.csv", ".lock") or p.name in logged or p.is_dir():
            continue
        p.unlink(missing_ok=True)
        removed.append(p.name)
    return removed


def replay(data_dir: Path | None = None, pending: list[dict] | None = None) -> list[dict]:
    """Every figure revision: curated rows, then each batch (committed, then `pending`) in order.

    Rows have the curated facts' columns plus batch_id, revision and is_latest."""
    data_dir = Path(data_dir or config.DATA_DIR)
    data = read_all(data_dir)
    revisions = [dict(r, value=float(r["value"]), batch_id="", revision=1, is_latest=True)
                 for r in data["facts"]]
    latest: dict[tuple, list[dict]] = {}
    for r in revisions:
        latest.setdefault(key(r), []).append(r)
    known = (region_names.for_data(data, data_dir), names(data["indicators"], "indicator_code"),
             names(data["kinds"], "kind"))
    factor = {u["unit"]: float(u["factor"]) for u in data["units"]}
    for batch in read_log(data_dir) + list(pending or []):
        stored = imports_dir(data_dir) / batch["stored_file"]
        try:
            data = stored.read_bytes()
        except OSError:
            raise ValueError(f"import batch {batch['batch_id']}: its stored file {stored.name} cannot be "
                             "read (restore it from a backup of data/imports/)") from None
        table, problems = read_table(data, stored.name)
        if problems:
            raise ValueError(f"import batch {batch['batch_id']} cannot be read: {problems[0].en}")
        for n, r in enumerate(table, start=2):
            fact = _fact(r, known, factor, f"{batch['batch_id']}-{n:04d}", batch["batch_id"])
            _apply(fact, latest, revisions, factor)
    return revisions


def _fact(r: dict, known: tuple, factor: dict, fact_id: str, batch_id: str) -> dict:
    regions, indicators, kinds = known
    value, unit = clean_number(r["value"]), nfkc(r["unit"])
    stated = stated_match(r["quote"], value, factor[unit]) or ""
    return {"fact_id": fact_id, "region_code": regions.code(r["region"]),
            "indicator_code": lookup(indicators, r["indicator"]),
            "period": clean_period(r["period"]), "value": value, "unit": unit,
            "kind": lookup(kinds, r["kind"]), "approx": approx_of(r["quote"], stated),
            "stated": stated,
            "programme": "", "source_id": nfkc(r["source"]), "quote": r["quote"],
            "note": r.get("note", ""), "formula": r.get("formula", ""), "inputs": r.get("inputs", ""),
            "batch_id": batch_id, "revision": 1, "is_latest": True}


def _apply(fact: dict, latest: dict, revisions: list[dict], factor: dict) -> None:
    """Add one imported figure: the same value from one more source sits beside the held one;
    another value becomes the next revision (values compared in absolute units)."""
    held = latest.get(key(fact), [])

    def absolute(r: dict) -> float:
        return r["value"] * factor[r["unit"]]

    if held and any(close(absolute(h), absolute(fact)) for h in held):
        if all(h["source_id"] != fact["source_id"] for h in held):
            fact["revision"] = held[0]["revision"]
            held.append(fact)
            revisions.append(fact)
        return
    if held:
        for h in held:
            h["is_latest"] = False
        fact["revision"] = max(h["revision"] for h in held) + 1
    latest[key(fact)] = [fact]
    revisions.append(fact)
