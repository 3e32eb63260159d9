"""Looking things up by any of their names (code, Chinese, English), and what identifies a figure."""

from __future__ import annotations

from dashboard.values import nfkc


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
    """The code a name stands for (full-width letters normalised; case ignored), or None."""
    s = nfkc(text)
    return known.get(s) or known.get(s.lower())


def key(r: dict) -> tuple:
    """What identifies a figure: region, indicator, period and kind."""
    return (r["region_code"], r["indicator_code"], r["period"], r["kind"])
