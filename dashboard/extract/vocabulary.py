"""Names as the corpus and the extractor compare them: simplified, without inline pinyin or punctuation,
one spelling per synonym, a region with or without its suffix, and the registry's vocabulary of
indicators, ranking lists and units (used by the scorer and by the clause reader)."""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from dashboard import config

_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\s]{1,12}[)）]")
_PUNCT = re.compile(r"[\s\"'“”‘’《》〈〉「」『』（）()【】\[\]、，,。.:：;；·・\-—_/|]+")
# the words a text names its own place with (全市, 全盟 of a league, 我县, 本市): no part of a name
SELF_WORDS = (
    "全市|全县|全区|全旗|全州|全盟|全地区|全省|全国|我市|我县|我区|我旗|我盟|我州|我省|本市|本县|本区|本省"
    "|该市|该县|该区|该省|该州"
)
_SYNONYMS = (  # (pattern, replacement): spellings of one name, applied in order to both sides
    (re.compile(r"(?:地区|国内)?生产总值|gdp|经济总量"), "地区生产总值"),
    (re.compile(r"增长率|增长速度|增幅|同比增长|增长|增速"), "增速"),
    (re.compile(r"规模以上工业|规上工业|规模工业"), "规模以上工业"),
    (re.compile(r"占地区生产总值的?比重|占比|所占比重"), "比重"),
    (re.compile(r"增加值比重"), "比重"),
    (re.compile(r"排位|名次|位次|排序"), "排名"),
    (re.compile(r"(?:个数|数量)$"), ""),
    (re.compile(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])"), ""),  # 对经济增长的贡献率 ~ 对经济增长贡献率
    # 第一产业对GDP的贡献率 ~ 第一产业贡献率; 第一产业增加值拉动GDP增长 ~ 第一产业拉动GDP增长
    (re.compile(r"对(?:经济增长|经济增速|经济|地区生产总值增长|地区生产总值增速|地区生产总值)贡献率"),
     "贡献率"),
    (re.compile(r"增加值(?=拉动)"), ""),
    (re.compile(r"(?:入选|入围|上榜)(?=(?:数量)?$)"), ""),  # 西部百强县入选数量 ~ 西部百强县数量
    (re.compile(r"(?<=[种林牧渔]业)总(?=产值)"), ""),  # 种植业总产值 ~ 种植业产值 (a farm sector's)
    (re.compile(rf"^(?:(?:19|20)\d{{2}}年?|{SELF_WORDS}|全年|今年|年末)+"), ""),
)
_NATION = {"全国", "中国", "我国", "国家", "全國"}
_REGION_SUFFIX = re.compile(r"(?:自治区|自治州|自治县|特别行政区|省|市|县|区|旗)$")


def home_name(data_dir: Path | None = None) -> str:
    """The home region's name (Set 1 style scores): data/site.csv's home_region where the file is, else
    the region most curated figures are of."""
    data_dir = data_dir or config.DATA_DIR
    if (data_dir / "site.csv").is_file():
        code = _csv(data_dir / "site.csv")[0]["home_region"]
    else:
        code = Counter(r["region_code"] for r in _csv(data_dir / "facts.csv")).most_common(1)[0][0]
    return {r["region_code"]: r["name_zh"] for r in _csv(data_dir / "regions.csv")}[code]


@cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def plain(text: str) -> str:
    """Text for matching: simplified characters, inline pinyin such as 報(bào) removed."""
    return _t2s().convert(_PINYIN.sub("", text or ""))


def name_key(name: str) -> str:
    """An indicator name reduced to one spelling (script, pinyin, punctuation and synonyms ignored)."""
    key = _PUNCT.sub("", plain(name)).lower()
    for pattern, replacement in _SYNONYMS:
        key = pattern.sub(replacement, key)
    return key


def region_keys(name: str) -> set[str]:
    """A region name's full and short forms (醴陵市 ~ 醴陵; 全国 ~ 中国; 经济开发区 ~ 经开区)."""
    full = re.sub(r"经济(?:技术)?开发区", "经开区", _PUNCT.sub("", plain(name)))
    if not full:
        return set()
    if full in _NATION:
        return {"全国"}
    short = _REGION_SUFFIX.sub("", full)
    return {full, short} if len(short) >= 2 else {full}


_SCOPE_END = re.compile(r"(?:全省|全市|全区|全州|全县)$")


def rank_core(key: str) -> str:
    """What names a ranking list in a rank's name key (全国/中国, 百强县 and 榜单 set aside)."""
    key = re.sub(r"排名$", "", key)
    return re.sub(r"全国|中国|百强(?:县市|县|市|区)?|\d+强(?:县市|县|市|区)?|排行榜|榜单|榜", "", key)


@dataclass
class Vocabulary:
    """The registry names by key (indicator names, aliases, ranking lists) and the unit scales."""

    codes: dict[str, set[str]]
    units: dict[str, tuple[str, float]]
    ranks: list[tuple[str, str]] = field(default_factory=list)  # (rank code, the core of a list name)
    # a scorer's vocabulary (score.py): names the same figure may go by, its period given (a yearly average
    # over a span, a list by its alias); the extractor's (scoring False) only names registry codes
    scoring: bool = False

    @classmethod
    def load(cls, data_dir: Path | None = None, scoring: bool = False) -> Vocabulary:
        data_dir = data_dir or config.DATA_DIR
        codes: dict[str, set[str]] = {}
        pairs = [(r["name_zh"], r["indicator_code"]) for r in _csv(data_dir / "indicators.csv")]
        pairs += [(r["alias"], r["indicator_code"]) for r in _csv(data_dir / "indicator_aliases.csv")]
        if (data_dir / "statistics.csv").is_file():  # standard statistics the registry does not hold (yet)
            pairs += [(r["spelling"], "stat:" + r["statistic"]) for r in _csv(data_dir / "statistics.csv")]
        for r in _csv(data_dir / "ranking_lists.csv"):
            pairs += [(r["name_zh"], r["list_code"]), (r["name_zh"] + "排名", r["list_code"])]
        for name, code in pairs:
            codes.setdefault(name_key(name), set()).add(code)
        units = {r["unit"]: (r["dimension"], float(r["factor"])) for r in _csv(data_dir / "units.csv")}
        ranks = [(c, rank_core(key)) for key, found in codes.items() if key.endswith("排名") for c in found]
        ranked = {r["indicator_code"] for r in _csv(data_dir / "indicators.csv") if r["unit"] == "位"}
        if scoring:  # (a list's aliases give cores too: 赛迪县域经济百强县 ~ 赛迪县域经济百强 ~ 赛迪百强县)
            ranked |= {r["list_code"] for r in _csv(data_dir / "ranking_lists.csv")}
        for r in _csv(data_dir / "indicator_aliases.csv"):  # a rank's alias names its list: 中部百强(排名)
            if r["indicator_code"] in ranked and not r["alias"].endswith("排名"):
                codes.setdefault(name_key(r["alias"] + "排名"), set()).add(r["indicator_code"])
        if scoring:
            ranks = [(c, rank_core(k)) for k, found in codes.items() if k.endswith("排名") for c in found]
        return cls(codes, units, ranks, scoring)

    def family(self, name: str, unit: str = "") -> frozenset[str]:
        """The registry codes an indicator name stands for, else the name itself (a new indicator).
        A rank (named …排名, or a list's name in a rank unit) also finds its list when one list's name
        holds the other's (科技创新百强县 ~ 科技创新百强)."""
        key = name_key(name)
        if key in self.codes:
            return frozenset(self.codes[key])
        # 地区生产总值年均增速 over YYYY-YYYY is the statistic's growth over those years (the period says
        # it is an average a year), as readers write it with or without 年均
        yearly = re.sub(r"(?<!两)(?:年均|年平均)(?=增[长速]$)", "", key)  # not 两年平均: one year's
        if self.scoring and yearly != key and yearly in self.codes:
            return frozenset(self.codes[yearly])
        if not key.endswith("排名") and (self.scale(unit) or ("",))[0] == "rank":
            key += "排名"  # a proposed ranking list is named without 排名
            if key in self.codes:
                return frozenset(self.codes[key])
        if not key.endswith("排名"):
            if self.scoring:  # an industry's or a product's growth: its value added's, its output's
                alt = key[:-2] + "增加值增速" if re.search(r"业增速$", key) else ""
                if alt in self.codes:  # 第一产业增速 ~ 第一产业增加值增速
                    return frozenset(self.codes[alt])
                key = re.sub(r"(?<=业)增加值(?=增速$)|产量(?=增速$)", "", key)  # 水泥产量增速 ~ 水泥增速
            return frozenset({"new:" + key})
        core = rank_core(key)
        # 长治市各区县地区生产总值排名: a statistic's rank among a city's counties, its scope said or not
        # (重庆区县地区生产总值排名: the counties of a place, without 各)
        counties = r"各(?:县市区|区县|县区|县市|县|区)|(?<!全)(?:县市区|区县|县区)"
        core = re.sub(rf"^[\u4e00-\u9fff]{{2,8}}?(?:{counties})", "", core)
        stat = _SCOPE_END.sub("", core)
        lists_held = {c for c, _ in self.ranks}
        if self.codes.get(stat) and not self.codes[stat] & lists_held:  # 地区生产总值(全省)排名: no list
            return frozenset({"new:" + stat + "排名"})
        local = re.search(r"全省|全市|省内|市内|各县|各区", core)  # 地区生产总值在全省排名: no national list
        lists = {
            c
            for c, k in self.ranks
            if min(len(k), len(core)) >= 4 and (k in core or core in k) and not (local and local[0] not in k)
        }
        exact = {c for c, k in self.ranks if k == core}  # 综合竞争力, not 中部地区综合竞争力
        if len(lists) != 1 and len(exact) == 1:
            lists = exact  # 赛迪百强县全国排名: the list whose core is the same short word (赛迪)
        if len(lists) == 1:
            return frozenset(lists)
        # a statistic's rank: 固定资产投资增速全省排名 ~ 固定资产投资增速排名 (its scope said or not)
        return frozenset({"new:" + _SCOPE_END.sub("", core) + "排名"})

    def scale(self, unit: str) -> tuple[str, float] | None:
        """(dimension, factor) of a unit: units.csv, else a 万/亿/万亿 prefix on a unit it knows."""
        if not unit:
            return None
        if unit in self.units:
            return self.units[unit]
        for prefix, factor in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2)):
            if unit.startswith(prefix) and len(unit) > len(prefix):
                base = unit[len(prefix) :]
                for known, (dim, f) in self.units.items():
                    if known.endswith(base) and _prefix_factor(known[: -len(base)]):
                        return dim, f / _prefix_factor(known[: -len(base)]) * factor
        for known, (dim, f) in self.units.items():  # a bare unit (元) through a prefixed one (万元)
            if known.endswith(unit) and _prefix_factor(known[: -len(unit)]):
                return dim, f / _prefix_factor(known[: -len(unit)])
        return None

    def same_value(self, value: float, unit: str, value2: float, unit2: str) -> bool:
        """Equal within 1e-4 once both sides are in one unit (a share of 0.05 is 5%)."""
        if unit != unit2:
            a, b = self.scale(unit), self.scale(unit2)
            if not a or not b:
                return False
            (dim, f), (dim2, f2) = (_as_percent(*a), _as_percent(*b))
            if dim != dim2:
                return False
            value, value2 = value * f, value2 * f2
        return math.isclose(value, value2, rel_tol=1e-4, abs_tol=1e-9)


def _prefix_factor(prefix: str) -> float:
    return {"": 1.0, "万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}.get(prefix, 0.0)


def _as_percent(dim: str, factor: float) -> tuple[str, float]:
    return ("percent", factor * 100) if dim == "fraction" else (dim, factor)


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
