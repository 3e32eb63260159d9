"""Helpers for the peers tests: a real ranking notice naming four Hunan counties, registered and imported."""

from __future__ import annotations

import csv
from pathlib import Path

from dashboard import add_source, config, imports

NOTICE = "liling-ranking-2016-county-competitiveness"  # data/sources/: 长沙县 13, 浏阳市 18, 宁乡县 24, 醴陵市 88
LIST = "rank_county_competitiveness_ccs"
# The figures as an editor types them: the names as the notice writes them (宁乡县 is 宁乡市's former name).
RANKS = {"长沙县": 13, "浏阳市": 18, "宁乡县": 24, "醴陵市": 88}
CODES = {"长沙县": "430121", "浏阳市": "430181", "宁乡县": "430182", "醴陵市": "liling"}


def _append(path: Path, row: list[str]) -> None:
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(row)


def _held(path: Path, column: str) -> set[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {r[column] for r in csv.DictReader(f)}


def import_notice(data_dir: Path, db_path: Path) -> imports.Plan:
    """Register the notice (its text as the bundled data hold it) and its list where the copy lacks
    them, then import one rank per county, as an editor types them."""
    if NOTICE not in _held(data_dir / "sources.csv", "source_id"):
        text = (config.DATA_DIR / "sources" / f"{NOTICE}.txt").read_bytes()
        add_source.register(text, f"{NOTICE}.txt", NOTICE, "中国县域竞争力百强榜出炉 醴陵市排名88位",
                            publisher="株洲新闻网", date="2016-06-23", data_dir=data_dir, db_path=db_path,
                            rebuild=False)
    if LIST not in _held(data_dir / "indicators.csv", "indicator_code"):
        _append(data_dir / "indicators.csv", [LIST, "中国县域综合竞争力百强排名（中国城市竞争力研究会）",
                                              "County comprehensive competitiveness top 100 (CCS): rank", "位",
                                              "rankings", "0", "false", ""])
    if LIST not in _held(data_dir / "ranking_lists.csv", "list_code"):
        _append(data_dir / "ranking_lists.csv", [LIST, "", "中国县域综合竞争力百强",
                                                 "County competitiveness top 100 (CCS)", "中国城市竞争力研究会",
                                                 "national", "", "test: a real notice"])
    lines = ["region,indicator,period,value,unit,kind,source,quote"]
    lines += [f"{name},{LIST},2016,{rank},位,rank,{NOTICE},{name}排名{rank}" for name, rank in RANKS.items()]
    plan, _ = imports.import_file(("\n".join(lines) + "\n").encode("utf-8"), "notice.csv", "test",
                                  data_dir=data_dir, db_path=db_path)
    return plan
