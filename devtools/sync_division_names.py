"""Regenerate data/division_names_en.csv: an English name for every division of data/divisions.csv.

    python -m devtools.sync_division_names [--out data/division_names_en.csv]

The English UI names a county the way Chinese statistics in English do: the pinyin of its name without
the administrative suffix, then the suffix in English (长沙县 -> Changsha County, 荷塘区 -> Hetang
District, 浏阳市 -> Liuyang City at county level, 株洲市 -> Zhuzhou at prefecture level), and a short
form without the suffix (Liuyang) where the Chinese short name exists. regions.csv's own English names
win over these (models/09_places.sql). Only this script imports pypinyin; the product reads the CSV.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from dashboard import config
from devtools.sync_divisions import bare_name

COLUMNS = ["code", "name_en", "short_en"]
# Suffix -> English, longest first; by level where the same suffix reads differently (市).
SUFFIX_EN = [("特别行政区", "SAR"), ("维吾尔自治区", "Uygur Autonomous Region"),
             ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"),
             ("自治县", "Autonomous County"),
             ("自治旗", "Autonomous Banner"), ("林区", "Forestry District"), ("新区", "New Area"),
             ("地区", "Prefecture"), ("省", "Province"), ("县", "County"), ("区", "District"),
             ("旗", "Banner"), ("盟", "League")]
VOWELS = "aoe"


def pinyin(text: str) -> str:
    """Hanyu pinyin of a name, one word, capitalised, with an apostrophe before a syllable opening on
    a, o or e (西安 -> Xi'an)."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(text, errors="ignore")
    word = "".join(s if i == 0 or s[:1] not in VOWELS else "'" + s for i, s in enumerate(syllables))
    return word[:1].upper() + word[1:]


def english(name: str, level: str) -> str:
    """The English name of a division (its Chinese name and level)."""
    bare = bare_name(name) or name
    suffix = name[len(bare):]
    if suffix == "市":
        return pinyin(bare) + (" City" if level == "county" else "")
    for zh, en in SUFFIX_EN:
        if suffix.endswith(zh) or (not suffix and name.endswith(zh) and len(name) > len(zh)):
            stem = bare if suffix else name[: -len(zh)]
            return f"{pinyin(stem)} {en}"
    return pinyin(name)


def rows(divisions_csv: Path) -> list[dict]:
    """The rows of data/division_names_en.csv, in divisions.csv's order."""
    with divisions_csv.open(encoding="utf-8", newline="") as f:
        out = []
        for d in csv.DictReader(f):
            name_en = english(d["name_zh"], d["level"])
            short_en = pinyin(d["short_name"]) if d["short_name"] else name_en
            out.append({"code": d["code"], "name_en": name_en, "short_en": short_en})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=config.DATA_DIR / "division_names_en.csv")
    args = parser.parse_args(argv)
    table = rows(config.DATA_DIR / "divisions.csv")
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"{len(table)} English names -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
