"""Report intake: read a report and propose its figures as import rows, each with a verbatim quote."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from dashboard import config
from dashboard.extract.candidates import Candidate, extract
from dashboard.extract.indicators import Registry

CSV_COLUMNS = config.FACTS_EXPORT_COLUMNS + ["confidence", "note"]

__all__ = ["CSV_COLUMNS", "Candidate", "Registry", "candidates_csv", "document_date", "extract", "rows"]


def rows(cands: list[Candidate], reg: Registry) -> list[dict[str, str]]:
    """Candidates as import rows: region and indicator by Chinese name (imports resolves names)."""
    out = []
    for c in cands:
        region = reg.region_names.get(c.region, c.region) if c.region_known else c.region
        indicator = c.indicator
        if c.indicator_known and indicator in reg.indicators:
            indicator = reg.indicators[indicator]["name_zh"]
        out.append(
            {
                "region": region,
                "indicator": indicator,
                "period": c.period,
                "value": f"{c.value:g}",
                "unit": c.unit,
                "kind": c.kind,
                "source": c.source,
                "quote": c.quote,
                "confidence": f"{c.confidence:.2f}",
                "note": c.note,
            }
        )
    return out


def candidates_csv(cands: list[Candidate], reg: Registry) -> bytes:
    """The candidate file: the import columns, then confidence and note (UTF-8 with BOM for Excel)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, CSV_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows(cands, reg))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def document_date(
    text: str, *, given: date | None = None, source_id: str | None = None, reg: Registry | None = None
) -> tuple[date | None, str]:
    """The document's date and how it was found: given, registered source, latest full date, or none."""
    if given:
        return given, "given"
    if source_id and reg and source_id in reg.sources and reg.sources[source_id].get("date_from"):
        return date.fromisoformat(reg.sources[source_id]["date_from"]), "sources.csv date_from"
    found = []
    for m in _FULL_DATE.finditer(text):
        try:
            found.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    if found:
        return max(found), "latest full date in the text"
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", text)]
    day = re.search(r"(?<![\d年])(\d{1,2})月(\d{1,2})日", text)
    if years and day:
        try:
            return date(
                max(years), int(day.group(1)), int(day.group(2))
            ), "year and day named apart in the text"
        except ValueError:
            pass
    return None, "unknown"
