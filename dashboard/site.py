"""The site as data: the home region, its prefecture and the app title (data/site.csv, data/regions.csv)."""

# Queries get the same facts from the database (db.run binds $home and $prefecture); this module
# serves Python that names things without a query: file names, the title.

from __future__ import annotations

from functools import cache
from pathlib import Path

from dashboard import config, curated


@cache
def _read(data_dir: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    site = curated.read_rows(curated.TABLES_BY_NAME["site"], data_dir)[0]
    regions = {r["region_code"]: r for r in curated.read_rows(curated.TABLES_BY_NAME["regions"], data_dir)}
    return site, regions


def home() -> str:
    """The home region's code (data/site.csv)."""
    return _read(config.DATA_DIR)[0]["home_region"]


def prefecture() -> str:
    """The home region's parent (its prefecture), by code."""
    return _read(config.DATA_DIR)[1][home()]["parent_code"]


def title(lang: str) -> str:
    """The app's title in a language."""
    return _read(config.DATA_DIR)[0]["title_en" if lang == "en" else "title_zh"]


def short_name(code: str, lang: str) -> str:
    """A region's short name for labels and file names (醴陵 / Liling), else its code."""
    region = _read(config.DATA_DIR)[1].get(code)
    return (region["short_en" if lang == "en" else "short_zh"] or code) if region else code
