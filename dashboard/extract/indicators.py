"""The registry the extractor matches against: indicators with aliases, ranking lists, units, regions."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import config
from dashboard.curated import read_all
from dashboard.extract.vocabulary import SELF_WORDS

ALIASES_FILE = "indicator_aliases.csv"
# Words that say little about which indicator is meant: dropped before fuzzy matching.
_FILLER = re.compile(
    rf"{SELF_WORDS}|实现|完成|达到?|累计|共计?|全年|年内|今年|去年|"
    r"预计|力争|确保|目标|计划|逆势|同比|比上年|较上年|分别|其中|约|近|超过|突破|以上|左右|"
    r"[“”\"'‘’（）()《》、，,：:；;。的了和与及在为]"
)
_NORMAL = [
    ("增速", "增长"),
    ("增幅", "增长"),
    ("规模工业", "规模以上工业"),
    ("规上工业", "规模以上工业"),
    ("GDP", "地区生产总值"),
    ("经济总量", "地区生产总值"),
]


def normal(text: str) -> str:
    """Text in the form names are compared in: quotes dropped, synonyms unified."""
    text = re.sub(r"[“”\"‘’《》（）()\s]", "", text)
    for a, b in _NORMAL:
        text = text.replace(a, b)
    return text


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


@dataclass
class Registry:
    """What the data know, loaded once: names and aliases of indicators, lists, units and regions."""

    indicators: dict[str, dict] = field(default_factory=dict)
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (normalised alias, indicator code)
    unit_dim: dict[str, str] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)  # name or short name -> region code
    region_names: dict[str, str] = field(default_factory=dict)  # code -> name_zh
    lists: dict[str, dict] = field(default_factory=dict)  # rank indicator code -> ranking_lists row
    editions: dict[tuple[str, int], str] = field(default_factory=dict)  # (list, edition) -> period
    edition_offset: int | None = None
    published: dict[str, int] = field(default_factory=dict)  # list code -> the month its editions come out
    sources: dict[str, dict] = field(default_factory=dict)
    curated_sources: set[str] = field(default_factory=set)  # the seed documents: rows in facts.csv
    home: str = ""  # the home region (data/site.csv)
    zone: str = ""  # the home region's development zone, if the regions hold one
    provinces: set[str] = field(default_factory=set)
    # the filler words and the home region's names (醴陵市|醴陵)
    filler: re.Pattern = _FILLER
    home_names: str = ""  # the same names as a regex alternation
    scopes: dict[str, str] = field(default_factory=dict)  # words naming a rank's scope -> the scope
    recorded: dict[str, set] = field(default_factory=dict, repr=False)  # indicator -> regions in facts
    fit_cache: dict[tuple, bool] = field(default_factory=dict, repr=False)
    alias_grams: dict[str, set] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Registry:
        data_dir = data_dir or config.DATA_DIR
        data = read_all(data_dir)
        reg = cls()
        reg.indicators = {r["indicator_code"]: r for r in data["indicators"]}
        reg.unit_dim = {r["unit"]: r["dimension"] for r in data["units"]}
        reg.sources = {r["source_id"]: r for r in data["sources"]}
        reg.curated_sources = {r["source_id"] for r in data.get("facts", [])}
        reg.home = data["site"][0]["home_region"] if data.get("site") else ""
        reg.zone = next((r["region_code"] for r in data["regions"]
                         if reg.home and r["parent_code"] == reg.home and "zone" in r["level"]), "")
        reg.provinces = {r["region_code"] for r in data["regions"] if r["level"] == "province"}
        for r in data["regions"]:
            reg.region_names[r["region_code"]] = r["name_zh"]
            reg.regions[r["name_zh"]] = r["region_code"]
            short = re.sub(r"(省|市|县|区)$", "", r["name_zh"])
            if len(short) >= 2:
                reg.regions.setdefault(short, r["region_code"])
        reg.lists = {r["list_code"]: r for r in data["ranking_lists"]}
        reg.home_names, reg.scopes = _home_words(data["regions"], reg.home)
        if reg.home_names:
            reg.filler = re.compile(f"{reg.home_names}|{_FILLER.pattern}")
        for r in data.get("facts", []):
            reg.recorded.setdefault(r["indicator_code"], set()).add(r["region_code"])
        offsets = []
        for r in data["ranking_editions"]:
            reg.editions[(r["list_code"], int(r["edition_no"]))] = r["period"]
            if r.get("published_on"):  # the month a list's edition of a year comes out (12: December)
                reg.published[r["list_code"]] = int(r["published_on"][5:7])
            offsets.append(int(r["period"]) - int(r["edition_no"]))
        reg.edition_offset = max(set(offsets), key=offsets.count) if offsets else None
        names = [(r["name_zh"], code) for code, r in reg.indicators.items()]
        names += [(r["name_zh"], code) for code, r in reg.lists.items()]
        names += read_aliases(data_dir)
        seen = set()
        for name, code in names:
            key = (normal(name), code)
            if key[0] and key not in seen:
                seen.add(key)
                reg.aliases.append(key)
        reg.aliases.sort(key=lambda a: -len(a[0]))
        return reg

    def unit_of(self, code: str) -> str:
        return self.indicators[code]["unit"] if code in self.indicators else ""

    def fits(self, code: str, unit: str) -> bool:
        """Whether a number stated in `unit` can be a value of the indicator."""
        ind_unit = self.unit_of(code)
        if not unit:
            return True
        if unit in ("万", "亿"):
            return (unit + ind_unit) in self.unit_dim or (
                ind_unit.startswith(unit) and ind_unit in self.unit_dim
            )
        return self.unit_dim.get(unit, unit) == self.unit_dim.get(ind_unit, ind_unit)

    def recorded_only_for(self, code: str, region: str, not_region: str) -> bool:
        """Whether the curated facts hold the indicator for `region` and never for `not_region`."""
        held = self.recorded.get(code, set())
        return region in held and not_region not in held

    def is_rank(self, code: str) -> bool:
        return code in self.lists

    def change_of(self, code: str) -> str:
        return self.lists.get(code, {}).get("change_indicator_code", "") or ""


def read_aliases(data_dir: Path) -> list[tuple[str, str]]:
    """(alias, indicator code) pairs from data/indicator_aliases.csv."""
    path = data_dir / ALIASES_FILE
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [(r["alias"], r["indicator_code"]) for r in csv.DictReader(f)]


@dataclass
class Match:
    """The indicator a window of text names, how sure we are, and the words that matched."""

    code: str
    score: float
    alias: str
    at: int  # where in the window the alias ends (-1 for fuzzy matches)


def match(
    reg: Registry, window: str, unit: str, form: str, growth: bool | None = None, names_after: bool = False
) -> Match | None:
    """The best indicator named in `window` (text before or around a number) that fits the number."""
    w = normal(window)
    best: Match | None = None
    qualified = False
    for alias, code in reg.aliases:
        pos = w.rfind(alias)
        if pos == -1:
            continue
        if not names_after and form not in ("rank", "strong", "change") and _modifies(w[pos + len(alias) :]):
            qualified = True
            continue  # 万元GDP能耗: the name qualifies another noun, it is not the subject
        if not _form_fits(reg, code, unit, form):
            continue
        upto_rank = re.split(r"[、，,；;]|\d|第", w[pos + len(alias) :])[0]
        if narrower_scope(reg, code, w[max(0, pos - 8) : pos], upto_rank):
            continue  # 全省县域经济综合实力排名, 位居全省第5: a province's own list, not a national one
        score = 1.0 + len(alias) / 50 + pos / 1000
        if growth is not None and code in reg.indicators:
            score += 0.3 if growth == _is_growth(reg, code) else -0.5
        if best is None or score > best.score:
            best = Match(code, score, alias, pos + len(alias))
    if best or qualified or form in ("rank", "strong", "change"):
        return best  # a list is named exactly or proposed as new: similar names are other lists
    core = reg.filler.sub("", w)
    if len(core) < 2:
        return None
    grams = _bigrams(core)
    for alias, code in reg.aliases:
        if len(alias) < 3 or not _form_fits(reg, code, unit, form):
            continue
        ag = reg.alias_grams.get(alias)
        if ag is None:
            ag = reg.alias_grams[alias] = _bigrams(reg.filler.sub("", alias))
        if len(ag) < 2:
            continue  # 完成投资 without its filler is one word pair: too little to go on
        if _opposite(alias, core):
            continue  # 县域公共财政预算支出 is no 公共财政预算收入, however many words they share
        cover = len(ag & grams) / len(ag)
        if growth is not None and code in reg.indicators and growth != _is_growth(reg, code):
            cover -= 0.3
        if cover >= 0.6 and (best is None or cover * 0.9 > best.score):
            best = Match(code, cover * 0.9, alias, -1)
    return best


# words of which one names the opposite of the other: a near name holding one is no match for a text saying
# the other (收入 ~ 支出, 出口 ~ 进口)
_OPPOSITES = (("收入", "支出"), ("出口", "进口"), ("存款", "贷款"), ("城镇", "农村"), ("男性", "女性"),
              ("出生", "死亡"), ("流入", "流出"), ("增加值", "总产值"))


def _opposite(alias: str, text: str) -> bool:
    """Whether the alias says a word whose opposite the text says instead (…收入 for a text of …支出)."""
    return any(
        a in alias and b in text and a not in text or b in alias and a in text and b not in text
        for a, b in _OPPOSITES
    )


_LOCAL_SCOPE = r"全省|省内|全市|市内|全州|全县|本省|本市"


def narrower_scope(reg: Registry, code: str, before: str, after: str) -> bool:
    """Whether the words around a national list's name scope it to a province or city: just before it
    (在全省…综合实力排名) or between it and its rank (综合实力位居全省第5位)."""
    if reg.lists.get(code, {}).get("scope") != "national":
        return False
    if re.search(r"全国|中国|国内", after):
        return False
    if re.search(_LOCAL_SCOPE, after):
        return True
    scope = re.findall(_LOCAL_SCOPE, before)
    return bool(scope) and not re.search(r"全国|中国|国内", before[before.rfind(scope[-1]) :])


_HEADS = re.compile(
    r"^(?:能耗|电耗|水耗|煤耗|排放|占比|比重|强度|密度|人均|单位|贡献率|弹性|之比|的比重|的比例|总额的)"
)


def _modifies(rest: str) -> bool:
    """True when the name qualifies a following noun (万元GDP能耗, GDP占比): it is not the subject."""
    return bool(_HEADS.match(rest))


def _is_growth(reg: Registry, code: str) -> bool:
    name = reg.indicators[code]["name_zh"]
    return code.endswith("_growth") or name.endswith("增速") or name.endswith("增长")


def _form_fits(reg: Registry, code: str, unit: str, form: str) -> bool:
    key = (code, unit, form)
    if key not in reg.fit_cache:
        reg.fit_cache[key] = _form_fits_uncached(reg, code, unit, form)
    return reg.fit_cache[key]


def _form_fits_uncached(reg: Registry, code: str, unit: str, form: str) -> bool:
    is_list = code in reg.lists
    is_change = code.endswith("_change") or "排名变化" in reg.indicators.get(code, {}).get("name_zh", "")
    if form in ("rank", "strong"):
        return is_list
    if form == "change":
        return is_list or is_change
    if is_list or is_change:
        return False
    return reg.fits(code, unit)


def match_noun(reg: Registry, noun: str, unit: str, form: str, context: str = "") -> Match | None:
    """The indicator whose name holds the noun a count is written before (308家陶瓷企业, 64家…企业)."""
    core = re.sub(r"的", "", reg.filler.sub("", normal(noun)))
    if form in ("rank", "strong", "change"):
        return None
    for end in range(len(core), 2, -1):  # 陶瓷企业参加: the noun, without the verb after it
        m = _match_noun(reg, core[:end], unit, form, context)
        if m:
            return m
    return None


def _match_noun(reg: Registry, core: str, unit: str, form: str, context: str) -> Match | None:
    grams = _bigrams(normal(context))
    best: Match | None = None
    for alias, code in reg.aliases:
        if core not in alias or not _form_fits(reg, code, unit, form):
            continue
        # Among names holding the noun, the one whose other words the context also uses.
        extra = _bigrams(alias) - _bigrams(core)
        score = 0.85 + (len(extra & grams) / len(extra) if extra else 0.1) / 10
        score += 0.01 if reg.unit_of(code) == unit else 0
        if best is None or score > best.score:
            best = Match(code, score, alias, len(core))
    return best


def _home_words(regions: list[dict], home: str) -> tuple[str, dict[str, str]]:
    """The home region's names as a regex alternation, and the words
    that name a rank's scope (全国, 全省 and the home's province, 全市 and its city -> the city's short
    name)."""
    rows = {r["region_code"]: r for r in regions}
    names, scopes = [], {"全国": "全国", "全省": "全省", "省内": "全省"}
    code = home
    while code in rows:
        row = rows[code]
        if code == home:  # the city's name stays: 占株洲比重 names an indicator
            names += [n for n in (row["name_zh"], row.get("short_zh", "")) if n]
        if row["level"] == "province":
            scopes.update(dict.fromkeys((row["name_zh"], row.get("short_zh") or row["name_zh"]), "全省"))
        elif code != home and "city" in row["level"]:
            short = row.get("short_zh") or row["name_zh"]
            scopes.update(dict.fromkeys(("全市", row["name_zh"], short), short))
        code = row["parent_code"]
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)), scopes


def scope_of(reg: Registry, text: str) -> str:
    """The scope a rank is stated in (全国, 全省, or the home's city: 株洲) when the text right before it
    names one."""
    found = [(text.rfind(w), len(w), s) for w, s in reg.scopes.items() if w in text]
    return max(found)[2] if found else ""


def _stem(reg: Registry, name: str) -> str:
    """A list's name without the words of its scope (全国, 全省, 株洲, 百强, 排名)."""
    name = normal(name)
    for w in sorted(reg.scopes, key=len, reverse=True):
        name = name.replace(w, "")
    return re.sub(r"百强|排名|排行|榜单?", "", name)


def rescope(reg: Registry, code: str, scope: str) -> str:
    """The list of the same name in another scope: 营商环境全国百强第26位、全省第3位."""
    name = reg.lists.get(code, {}).get("name_zh", "")
    if not scope or not name or scope in name:
        return code
    stem = _stem(reg, name)
    for other, row in reg.lists.items():
        if scope in row["name_zh"] and _stem(reg, row["name_zh"]) == stem:
            return other
    return code


def match_list_fuzzy(reg: Registry, window: str, cover_min: float = 0.7) -> Match | None:
    """A ranking list named in other words than its registered names, when most of its words are there."""
    grams = _bigrams(normal(window))
    best: Match | None = None
    for code, row in reg.lists.items():
        lg = _bigrams(_stem(reg, row["name_zh"]))
        if len(lg) < 3:
            continue
        cover = len(lg & grams) / len(lg)
        if cover >= cover_min and (best is None or cover * 0.8 > best.score):
            best = Match(code, cover * 0.8, row["name_zh"], -1)
    return best


def match_frame(reg: Registry, predicate: str, noun: str, unit: str, form: str) -> Match | None:
    """The indicator named by a clause's predicate and the noun a count is written before."""
    text = reg.filler.sub("", normal(predicate)) + noun
    grams = _bigrams(text)
    best: Match | None = None
    for alias, code in reg.aliases:
        if noun not in alias or len(alias) < len(noun) + 3 or not _form_fits(reg, code, unit, form):
            continue
        ag = _bigrams(reg.filler.sub("", alias))
        cover = len(ag & grams) / len(ag) if ag else 0
        if cover >= 0.75 and (best is None or cover * 0.8 > best.score):
            best = Match(code, cover * 0.8, alias, -1)
    return best


_ANAPHOR = re.compile(r"企业|公司|该厂")


def match_holder(
    reg: Registry, before: str, sentence: str, unit: str, form: str, growth: bool | None
) -> Match | None:
    """An enterprise's own indicator when its sentence says 企业/公司 and the paragraph named it before."""
    if form in ("rank", "strong", "change") or not _ANAPHOR.search(sentence):
        return None
    text, said = normal(before), normal(sentence)
    best: Match | None = None
    for code, row in reg.indicators.items():
        name = normal(row["name_zh"])
        if not _form_fits(reg, code, unit, form) or (growth is not None and growth != _is_growth(reg, code)):
            continue
        for cut in range(len(name) - 2, 2, -1):
            if name[:cut] in text and name[:cut] not in said:
                rest = _bigrams(name[cut:]) or {name[cut:]}
                cover = len({g for g in rest if g in said}) / len(rest)
                if cover >= 0.6 and (best is None or cut > best.at):
                    best = Match(code, 0.6, name, cut)
                break
    return best
