"""Assemble candidate rows: each number with its indicator, region, period, kind and quote."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dashboard import periods, site
from dashboard.divisions import names_pattern
from dashboard.extract import context as cx
from dashboard.extract import tables
from dashboard.extract.candidate import _PUBLISHER, Candidate  # noqa: F401 - Candidate: the package's name
from dashboard.extract.indicators import (
    Match,
    Registry,
    match,
    match_frame,
    match_holder,
    match_list_fuzzy,
    match_noun,
    normal,
    rescope,
    scope_of,
)
from dashboard.extract.numerals import BOUNDS, Number, find_numbers, read_numeral
from dashboard.extract.readings import bounds_met, one_reading, without_non_figures
from dashboard.numbers import squeeze

ENUM_WORDS = re.compile(r"分别为|分别是|分别|分列|依次为|依次|各为")
_SEP = re.compile(r"^[、,，和及与]?$")
_REGION_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:市|县|区|镇)$")
_LIST_NAME = re.compile(
    r"([^，,。；;：:“”]{2,30}?(?:榜单|排行榜|竞争力排名|发展排名|实力排名|名单|百强县市|百强县|百强|强县|强市|评价|监测|考核|考评))"
)
_HALF_WIDTH = str.maketrans("０１２３４５６７８９％．，", "0123456789%.,")
_ROW_REGION = re.compile(r"^(?:\d{1,3}[.、．]?\s*)?([\u4e00-\u9fff]{2,5}[市县区旗])")
_NOUN_END = re.compile(r"[，,、；;。：:（(]|\d+(?:\.\d+)?[个家名人户条座项所件万%]")
_NOUN_AFTER = re.compile(r"^(?:余|多|以上|左右)+")
_TAIL_OF_PREV = re.compile(r"\d[^\d，,；;。]{0,3}$|[一二三四五六七八九十百千万][个家名人户条座项所件]$")
_INCREASE = re.compile(r"(?:比|较)(?:上年度?|去年|上一年)(?:同期)?(?:增加|多|净增)了?$")
_GENERIC = re.compile(r"产值|产量|营业收入|营收|销售收入|销售额|税收")
_TOPIC = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:产业|行业)?是")
_EDITION = re.compile(  # 第十九届 of a list; not 第十七届人民代表大会, …届政协, …届委员会
    r"第([一二三四五六七八九十\d]+)届(?![^，,。；;]{0,8}?(?:人民代表大会|人大|政协|委员会|代表大会|党代会))"
)
_BARE_VERB = re.compile(
    r"^(?:也是|也|还|均|并|先后|共|总共|总计|合计|已)*(?:投入|投资|引进|新增|建成|新建|改造|连续)?$"
)
_HORIZON_YEARS = re.compile(r"^(?:左右)?(?:时间|内|里|间|来)")


@dataclass
class Section:
    """What a heading or a scope marker sets for the paragraphs after it."""

    year: str | None = None
    kind: str | None = None
    lists: str = ""  # the last heading or sentence naming a ranking list (for table rows after it)


def _to_simplified(text: str) -> str:
    """Traditional characters converted for matching only, when the conversion keeps every position."""
    try:
        from opencc import OpenCC
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        return text
    chars = sorted({ch for ch in text if "\u4e00" <= ch <= "\u9fff"})
    converted = OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return text
    table = {a: b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}
    return text.translate(str.maketrans(table)) if table else text


def main_region(text: str, reg: Registry) -> str:
    """The region a document is about: the one its title names (醴陵市人民政府工作报告), else the one
    it names most (我区 counts for the development zone)."""
    from dashboard.extract.clauses import _NAV

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next((line for line in lines[:3] if not _NAV.search(line)), lines[0] if lines else "")  # 首页>…
    paper = re.search(r"日报|晚报|新闻|报讯|网", title)  # a newspaper's name is not the subject
    if cx.is_heading(title) and not paper:
        named = sorted(
            (title.find(name), -len(name), code)
            for name, code in reg.regions.items()
            if len(name) >= 2 and name in title and code not in reg.provinces
        )
        if named:
            at, size, code = named[0]
            inner = [c for a, _, c in named if a == at - size]  # 株洲市醴陵市: the county in the prefecture
            if inner:
                return inner[0]
            codes = list(dict.fromkeys(c for _, _, c in named))
            if len(codes) > 1:  # 株洲市一季度讲评,醴陵又获全能冠军: the county named often (as below), else
                names = {c: [n for n, k in reg.regions.items() if k == c and len(n) >= 2] for c in codes}
                times = {c: max(text.count(n) for n in names[c]) for c in codes}  # the place named most
                if reg.home in codes and times[reg.home] >= 3:
                    return reg.home
                return max(codes, key=lambda c: (times[c], -codes.index(c)))
            return code
    counts = {}
    for name, code in reg.regions.items():
        counts[code] = counts.get(code, 0) + text.count(name)
    home, zone = reg.home, reg.zone
    if zone:
        counts[zone] = counts.get(zone, 0) + 3 * text.count("我区")
    for province in reg.provinces:
        counts.pop(province, None)
    # A county named often enough is the subject even in a city paper (醴陵 in 株洲日报).
    if zone and counts.get(zone, 0) > counts.get(home, 0):
        return zone
    if home and counts.get(home, 0) >= 3:
        return home
    if not any(counts.values()):
        return home if home in reg.region_names else ""  # the dashboard's own county
    return max(counts, key=counts.get)


# ranks the clause reader places itself
_OWN_RANK = "aligned item by item|the rank of (?:a|the) (?:growth|statistic)|a table's rank column"


def extract(
    text: str, *, source_id: str, doc_date: date | None, registry: Registry | None = None
) -> list[Candidate]:
    """Candidate figures of a document, in text order, duplicates merged."""
    reg = registry or Registry.load()
    from dashboard.extract import clauses

    if source_id not in reg.curated_sources and not clauses.about_home(text, reg):
        # a document on another region, not registered: read clause by clause; ranks and table rows,
        # which name their place row by row, from the seed reader
        new = clauses.candidates(text, source_id=source_id, doc_date=doc_date, reg=reg)
        aligned = [
            c
            for c in new
            if c.kind == "rank" and re.search(_OWN_RANK, c.note)
        ]
        home = reg.region_names.get(site.home(), "")
        seed = [
            c
            for c in _seed_reader(text, source_id, doc_date, reg)
            if (c.kind == "rank" or "table row" in c.note) and c.value not in {a.value for a in aligned}
        ]
        kept = _ranks_of_others(seed, reg)
        # YYYY年,晋江市在全省…排名中位列第12位: a rank the seed reader gives the home region from a clause
        # that names another place is the clause reader's, under that place (check this)
        for c in (c for c in seed if c not in kept):
            for x in new:
                if x.kind == "rank" and x.value == c.value and x.region and x not in aligned:
                    x.confidence = min(x.confidence, 0.45)
                    aligned.append(x)
                    break
        seed = kept
        norm = clauses.normalise(text[:20000]).text
        subject, how = clauses.subject_of(norm, clauses.title_of(norm))
        named = how in ("title", "first sentence", "named most", clauses.ONCE,
                        "the meeting the report was made to", clauses.SPOKEN_FOR, clauses.CITY_OF_SHORT_NAMES)
        own = subject if subject and subject.name and named else None
        for c in seed:
            # the home region or its zone by default (红旗区(含经开区) in 新乡's text is no 醴陵经开区)
            if c.region in (site.home(), reg.zone) and c.region and home[:2] not in _to_simplified(text):
                if own:  # 位列全国百强县第92位 in 攸县's report: the document's own place
                    c.region, c.region_known = own.ours or own.name, bool(own.ours)
                    c.confidence = min(c.confidence, 0.45)  # 1 of 6 right at 0.5 on the corpus: check this
                    c.note = _join_note(c.note, f"no place named: the document subject {own.name}")
                    continue
                c.region, c.region_known = "", False  # the home region by default: whose, the editor says
                c.confidence = min(c.confidence, 0.3)
                c.note = _join_note(c.note, "region unknown: the clause names none")
        found = _dedupe(_with_notice_ranks(
            text, doc_date, reg, source_id, [c for c in new if c.kind != "rank"] + aligned + seed
        ))
        return bounds_met(one_reading(text, without_non_figures(found, text), _names(reg)), _names(reg))
    out = _seed_reader_clean(text, source_id, doc_date, reg)
    if source_id not in reg.curated_sources:
        read = clauses.candidates(text, source_id=source_id, doc_date=doc_date, reg=reg)
        _second_look(out, read, reg)
        out = _fill_from_clauses(out, read, reg)
        out = _with_notice_ranks(text, doc_date, reg, source_id, out, replace=False)
    if source_id not in reg.curated_sources:
        out = _ranks_of_others(out, reg)
        _doubt_scopes(out, reg)
        _latest_edition(out, reg, doc_date)
    if source_id not in reg.curated_sources and clauses.names_no_region(text):
        for c in out:  # 全市 in a text that names no region: whose, the editor says (never a default)
            name = reg.region_names.get(c.region, c.region)
            if c.region_known and name[:2] not in _to_simplified(text):
                c.region, c.region_known = "", False
                c.confidence = min(c.confidence, 0.3)
                c.note = _join_note(c.note, "region unknown: the document names none")
    if source_id not in reg.curated_sources:
        out = bounds_met(one_reading(text, without_non_figures(out, text), _names(reg)), _names(reg))
        # 撤县设市40年, 增长近140倍: a span of years or a multiple is no statistic the registry holds
        out = [c for c in out if c.unit not in ("年", "倍") or c.indicator_known]
    return out


def _names(reg: Registry) -> dict[str, str]:
    """Indicator code -> Chinese name (a reading's alternative is named as the review page shows it)."""
    return {code: row.get("name_zh", code) for code, row in reg.indicators.items()}


def _with_notice_ranks(
    text: str, doc_date: date | None, reg: Registry, source_id: str, cands: list, replace: bool = True
) -> list:
    """A ranking notice's ranks, place by place under its list, in place of the readers' ranks of the
    same place and value (which name the list from the words around them); with replace=False (the
    seed reader, which knows the home region's lists and editions) only the ranks it lacks."""
    from dashboard.extract import rankings

    ranks = rankings.read(text, doc_date.year if doc_date else None, reg, source_id, doc_date)
    if not replace:  # the seed reader's ranks stand unless it doubts them (another subject named)
        every = list(ranks)
        doubted = {(c.region, c.value) for c in cands if c.kind == "rank" and c.confidence < 0.5}
        have = {(c.region, c.value) for c in cands if c.kind == "rank"} - doubted
        ranks = [c for c in ranks if (c.region, c.value) not in have]
        placed = {(c.value, c.region) for c in every}
        by_value = {c.value for c in every}
        mine = {(c.region, c.value) for c in ranks}
        cands = [  # 长沙县…醴陵市…分列第7位…: a rank the notice gives to another place is not this one's
            c
            for c in cands
            if c.kind != "rank"
            or not (c.value in by_value and (c.value, c.region) not in placed or (c.region, c.value) in mine)
        ]
        return sorted(cands + ranks, key=lambda c: c.start)
    if not ranks:
        return cands
    mine = {(c.region, c.value) for c in ranks}

    def theirs(c) -> bool:  # 长沙县、…、醴陵市…分别位列第10位…: the notice gives 10 to a place named
        quote = _to_simplified(c.quote)
        return any(r.value == c.value and r.region != c.region
                   and reg.region_names.get(r.region, r.region)[:2] in quote for r in ranks)

    keep = [  # other readers' ranks of places the notice lists (a growth's rank in its scope stays)
        c
        for c in cands
        if not (
            c.kind == "rank"
            and ((c.region, c.value) in mine or not c.region_known and "the rank of a growth" not in c.note
                 or theirs(c))
        )
    ]
    from dashboard.extract.clauses import SPOKEN_FOR, normalise, subject_of, title_of

    norm = normalise(text[:20000]).text
    subject, how = subject_of(norm, title_of(norm))  # 浏阳市…统计公报 with a ranking sentence: its own
    # 如东排名第33位 in 如东's bulletin (its title, or the short name its 全县 speaks for): its own figures
    speaks = how in ("title", SPOKEN_FOR)
    own = {subject.ours or subject.name} if subject and speaks else set()
    listed = {c.region for c in ranks} - own
    for c in keep:  # 百强县人均GDP 9.7万元 in a list of counties: no listed county's figure unless named
        name = reg.region_names.get(c.region, c.region)
        said = _to_simplified(_sentence_to(text, c.quote))
        if c.region in listed and c.kind != "rank" and name[:2] not in said:
            c.confidence = min(c.confidence, 0.3)
            c.note = _join_note(c.note, "a ranking notice: the clause names no listed place")
    return sorted(keep + ranks, key=lambda c: c.start)


def _sentence_to(text: str, quote: str) -> str:
    """The words from the start of a quote's sentence to the quote's end (YYYY年,神木市前三季度实现…,
    同比增长6.8%: the place its sentence names first)."""
    at = text.find(quote)
    if at < 0:
        return quote
    opens = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return text[opens : at + len(quote)]


def _name_of(reg: Registry | None, code: str) -> str:
    return reg.indicators.get(code, {}).get("name_zh", "") if reg else ""


def _names_agree(names: list[str], known: str) -> bool:
    """Whether the clause reader's names are the known indicator's own in other words: a bare noun its
    name holds (产品 in 陶瓷产品销往国家和地区数), or a phrase ending on its name's stem (如今的拥有陶瓷企业:
    陶瓷企业总数); 签约项目 beside 新签约项目 or 华联瓷业出口产值 beside 华联瓷业累计订单 stay doubted."""
    stem = re.sub(r"(?:总数|数量|总量|数)$", "", known)
    own = [len(n) <= 2 and n in known or len(stem) >= 2 and n.endswith(stem) for n in names]
    return bool(known) and all(own)


def _second_look(seed: list[Candidate], read: list[Candidate], reg: Registry | None = None) -> None:
    """The clause reader's view of the same numbers: a figure it reads under another subject of its own
    clause (增长34.4% after 工业总产值) is marked for checking, never left confident."""
    theirs: dict[float, list[Candidate]] = {}
    for c in read:
        theirs.setdefault(round(c.value, 6), []).append(c)
    level = None  # the last amount the seed reader read before a growth
    for c in seed:
        if c.unit not in ("%", "个百分点"):
            level = c
        other = [x for x in theirs.get(round(c.value, 6), []) if x.unit == c.unit]
        clashed = CLASH in c.note  # a second reading of a row the section reader already filled
        if (c.confidence >= 0.5 or clashed) and other and all(x.indicator != c.indicator for x in other):
            names = [x.indicator for x in other if not x.indicator_known and not _same_list(x, c)]
            grown = [x for x in other if "growth of" in x.note and x.unit == "%"]
            agrees = level is not None and c.indicator.startswith(level.indicator)  # output, output_growth
            if len(grown) == 1 and c.unit == "%" and not agrees:  # 工业总产值…,增长34.4%: its clause's growth
                x = grown[0]
                c.indicator, c.indicator_known = x.indicator, x.indicator_known
                c.confidence = min(c.confidence, x.confidence if x.indicator_known else 0.45)
                c.note = _join_note(c.note, f"the growth of its own clause's subject: {x.indicator}")
            elif names and not _names_agree(names, _name_of(reg, c.indicator)):
                c.confidence = 0.4
                c.note = _join_note(
                    c.note, f"the clause names another subject: {names[0]}? check the indicator"
                )


def _latest_edition(cands: list[Candidate], reg: Registry, doc_date: date | None) -> None:
    """A rank stated without its year, in a text written before the month the list's edition of that
    year comes out, is of the edition before (位居全国县域经济百强第73位 in September: last year's)."""
    if not doc_date:
        return
    for c in cands:
        month = reg.published.get(c.indicator)
        quote = _to_simplified(c.quote)
        if (
            c.kind == "rank"
            and month
            and doc_date.month < month
            and c.period == str(doc_date.year)
            and not re.search(rf"{doc_date.year}|今年|本年|届", quote)
        ):
            c.period = str(doc_date.year - 1)
            c.note = _join_note(c.note, f"its editions come out in month {month}: the one before")


def _doubt_scopes(cands: list[Candidate], reg: Registry) -> None:
    """A share whose indicator names one scope (占全省) read from an item naming another (全国的14.3%) is
    "check this": 日用瓷产量占全省的94.9%、全国的14.3%、世界的10.8%."""
    for c in cands:
        own = re.search(r"全省|全国|世界|全球", reg.indicators.get(c.indicator, {}).get("name_zh", ""))
        quote = _to_simplified(c.quote)
        stated = c.stated if c.stated.endswith("%") else f"{c.stated}%"
        at = quote.find(stated) if c.unit == "%" and c.stated else -1
        said = re.search(r"(全省|全国|世界|全球)的?$", quote[max(0, at - 5) : at]) if at > 0 else None
        if own and said and said.group(1) != own.group(0):
            c.confidence = min(c.confidence, 0.3)
            c.note = _join_note(c.note, f"{said.group(1)}: another scope than the indicator's {own.group(0)}")


def _same_list(x: Candidate, c: Candidate) -> bool:
    """Whether the clause reader's own name for a rank's list (全国经济综合实力百强) is the list the
    section reader filed it under (the registry's names and aliases say so)."""
    from dashboard.extract.clauses import _vocabulary

    return x.kind == c.kind == "rank" and c.indicator in _vocabulary().family(x.indicator, x.unit)


def _ranks_of_others(cands: list[Candidate], reg: Registry) -> list[Candidate]:
    """A rank the section reader gives the home region from a clause naming another place and not the
    home region (长沙县强势上榜,名列第6位) is that place's: the notice reader proposes it there."""
    from dashboard.extract.clauses import _mentions, _ours, normalise

    home = site.home()
    names = {code: name for name, code in _ours().items()}
    mine = names.get(home, "")
    out = []
    for c in cands:
        if c.kind == "rank" and c.region == home and mine:
            quote = normalise(c.quote).text
            clause = re.split(r"[。；;]", quote)[-1]
            others = [m for m in _mentions(clause, None) if m.division.name_zh != mine]
            if others and mine[:2] not in clause:
                continue
        out.append(c)
    return out


def _fill_from_clauses(seed: list[Candidate], read: list[Candidate], reg: Registry) -> list[Candidate]:
    """The clause reader's figures the seed reader missed, or read only doubtfully under another name
    (要实现电瓷电器产值 for 电瓷电器产值; X、Y产值各150亿元 gives each), as "check this" (below 0.5)."""
    by_value: dict[tuple, list[Candidate]] = {}
    for c in seed:
        by_value.setdefault((round(abs(c.value), 6), c.unit), []).append(c)
    drop, add = set(), []
    for x in read:
        if not x.region:
            continue
        mine = by_value.get((round(abs(x.value), 6), x.unit), [])
        named = re.search("aligned item by item|the rank of a statistic", x.note) or x.indicator_known
        if x.kind == "rank" and mine and named and all(
            c.kind == "rank" and c.confidence < 0.5 and c.indicator != x.indicator for c in mine
        ):  # 经济综合实力和基本竞争力分别名列全国百强第37位、第56位: each item's list, beside the doubted one
            x.confidence = min(x.confidence, 0.45)
            x.note = _join_note(x.note, "read clause by clause (the section reader doubted its list)")
            add.append(x)
            continue
        doubted = [c for c in mine if c.confidence < 0.5 and c.indicator != x.indicator and c.kind != "rank"]
        if mine and len(doubted) < len(mine):
            continue
        if doubted and x.confidence < max(c.confidence for c in doubted):
            continue
        if doubted and any(c.period != x.period or c.indicator_known and _covers(reg, c, x) for c in doubted):
            continue  # the section reader's doubted reading stands; the editor checks it
        if doubted and x.indicator_known:  # 万元GDP能耗下降3.1%: the registry's name (and sign) for it
            drop |= {id(c) for c in doubted}
        # else a doubted reading under another name: the clause reader's stands beside it, both "check this";
        # a target narrower than the doubted one (建筑卫生陶瓷产值 beside 陶瓷产业产值) keeps its confidence
        narrower = x.kind == "target" and bool(doubted) and all(
            c.indicator_known and c.kind == x.kind for c in doubted
        )
        x.confidence = min(x.confidence, 0.55 if narrower else 0.45)
        x.note = _join_note(x.note, "read clause by clause (the section reader missed or doubted it)")
        add.append(x)
    return [c for c in seed if id(c) not in drop] + add


def _covers(reg: Registry, known: Candidate, x: Candidate) -> bool:
    """Whether a registry name of the known reading holds the clause reader's name (新增城镇就业 holds
    城镇就业); one that does not (建筑卫生陶瓷产值 beside 陶瓷产值) names a narrower subject of its own."""
    key = reg.filler.sub("", normal(_to_simplified(x.indicator)))
    stat = _STAT_NAME.search(key)
    if not stat or re.fullmatch(r"(?:企业|公司|项目|园区|该市|全市|全县|我市|本市)?", key[: stat.start()]):
        return True  # 先后投入: a verb, not a statistic's name; 企业产值: no narrower subject than the known
    for name, code in reg.aliases:
        at = key.find(name) if code == known.indicator else -1
        if code == known.indicator and (key in name or at == 0 or at > 0 and _VERB_BEFORE.search(key[:at])):
            return True  # 目标是新增城镇就业: the registry's name after a verb is that name
    return False


_VERB_BEFORE = re.compile(r"(?:是|为|要|将|把|实现|完成|达到?|力争|确保|预计)$")
_STAT_NAME = re.compile(  # a statistic's name ends on its noun
    r"(?:产值|增加值|生产总值|零售总额|收入|支出|投资|余额|总额|销售额|产量)(?:增长|比重)?$"
)


_EDITION_YEAR = re.compile(r"((?:19|20)\d{2})(?:年度?)?(?=[\u4e00-\u9fff])(?!年\d|年[上下前底末]|月)")
_CLUB = re.compile(r"(?:千亿|万亿)[县市区级强]")


def _doubt_bounds(cands: list[Candidate], doc_year: int | None) -> None:
    """A stated bound in a report (经济总量超过950亿, 千亿县) is "check this", not the figure of its year;
    a figure the text dates to a past year (从YYYY年…6.82亿元) is an actual, never a target."""
    for c in cands:
        whole = re.match(r"(\d{4})-\d{2}", c.period)
        if whole and re.search(r"全年", re.split(r"[，,；;。]", _to_simplified(c.quote))[-1]):
            c.period = whole.group(1)  # 预计全年地区生产总值增长7.8% in a release of 1-11月: the year
            c.note = _join_note(c.note, "全年: the whole year")
        edition = _EDITION_YEAR.findall(c.quote)
        if c.kind == "rank" and not c.period and edition:  # YYYY赛迪投资竞争力百强县名单公布: the list's year
            c.period = edition[-1]
            c.note = _join_note(c.note.replace("period unknown; ", ""), f"{edition[-1]}: the list's edition")
        last = re.split(r"[，,；;。]", c.quote)[-1]
        ahead = re.search(r"提前([一二两三四五1-5])年(?:实现|完成|达到|达成)", last)
        if c.kind == "target" and ahead and re.fullmatch(r"\d{4}", c.period):  # 提前一年实现…目标
            c.period = str(int(c.period) + int(read_numeral(ahead.group(1))))
            c.note = _join_note(c.note, f"{ahead.group(0)}: the target's year follows the year reached")
        past = re.fullmatch(r"\d{4}", c.period) and doc_year and int(c.period) < doc_year
        if c.kind == "target" and past and f"{c.period}年" in c.quote:
            c.kind = "actual"
            c.note = _join_note(c.note, f"{c.period}: a past year, an actual")
        club = c.stated.startswith(("千", "万")) and _CLUB.search(_to_simplified(c.quote))
        if c.kind == "actual" and c.approx in BOUNDS or club:
            c.confidence = min(c.confidence, 0.4 if not club else 0.2)
            c.note = _join_note(c.note, "a bound or a club (千亿县), not the figure: check it")


def _seed_reader_clean(text: str, source_id: str, doc_date: date | None, reg: Registry) -> list[Candidate]:
    """The seed reader on the matching copy of a text in traditional characters or with inline pinyin
    (報(bào)告), each quote mapped back to the original, verbatim; a plain text as it is."""
    from dashboard.extract.clauses import normalise

    norm = normalise(text)
    if squeeze(norm.text).replace("|", "") == squeeze(text).replace("|", ""):  # a tab is a cell's edge
        return _seed_reader(text, source_id, doc_date, reg)
    kept = [i for i, ch in enumerate(norm.text) if not ch.isspace()]
    flat = "".join(norm.text[i] for i in kept)
    out = []
    for c in _seed_reader(norm.text, source_id, doc_date, reg):
        q = squeeze(c.quote)
        near = len(squeeze(norm.text[: c.start]))
        hits = [m.start() for m in re.finditer(re.escape(q), flat)] if q else []
        if not hits:
            continue  # a quote the original does not hold: never proposed
        k = min(hits, key=lambda h: abs(h - near))
        c.quote = norm.quote(kept[k], kept[k + len(q) - 1] + 1)
        out.append(c)
    return out


def _seed_reader(text: str, source_id: str, doc_date: date | None, reg: Registry) -> list[Candidate]:
    """The reader built on the home region's documents: sections, enterprises, ranking tables."""
    work = cx.prepare(text)
    seen = _to_simplified(work).translate(_HALF_WIDTH)  # ８.２％ reads as 8.2% (same positions)
    doc_year = doc_date.year if doc_date else None
    doc_month = doc_date.month if doc_date else None
    early = bool(doc_date and doc_date.month <= 3)
    region = main_region(seen, reg)
    opening = [w for _, w in cx.time_words(seen[:300], doc_year, True) if w.horizon] if doc_year else []
    doc_horizon = opening[0].period if opening else ""
    out: list[Candidate] = []
    section = Section()
    offset = 0
    header: list[str] = []
    for para in seen.split("\n"):
        base = offset
        offset += len(para) + 1
        section = _update_section(para, section, doc_year, early, doc_month)
        row = tables.cells(para)
        if row and tables.is_header(row):
            header = row
            continue
        figures = tables.row_figures(row, header, reg) if row else []
        if figures:
            out += _table_row(
                work[base : base + len(para)], figures, base, section, doc_year, early, region, source_id, reg
            )
            continue
        if not row:
            header = []
        numbers = find_numbers(para)
        if not numbers:
            continue
        for ss, se in cx.spans(para, cx.SENTENCE_END):
            sent_numbers = [n for n in numbers if ss <= n.start < se]
            if sent_numbers:
                out += _sentence(
                    para,
                    work[base : base + len(para)],
                    ss,
                    se,
                    sent_numbers,
                    base,
                    section,
                    doc_year,
                    early,
                    region,
                    source_id,
                    reg,
                    doc_horizon,
                    doc_month,
                )
    if not doc_year:
        for c in out:
            c.note = _join_note(c.note, "document date unknown: period not resolved")
    if source_id not in reg.curated_sources:
        _doubt_bounds(out, doc_year)
    return _dedupe(out)


def _table_row(raw_para, figures, base, section, doc_year, early, region, source_id, reg) -> list[Candidate]:
    """Candidates of one table row: its period and kind are the table heading's."""
    period = section.year or (str(doc_year) if doc_year else "")
    kind = section.kind or "actual"
    if kind == "actual" and early and doc_year and period == str(doc_year):
        kind = "target"  # early in a year, a figure for that year can only be a plan
    out = []
    for f in figures:
        note = "from a table row" + ("" if f["known"] else "; new indicator?")
        place = f["place"] and (reg.regions.get(f["place"]) or reg.regions.get(f["place"][:-1]) or "")
        if f["place"] and not place:
            note += "; new region?"
        if not period:
            note += "; period unknown"
        out.append(
            Candidate(
                place or f["place"] or region,
                f["indicator"],
                period,
                f["value"],
                f["unit"],
                kind,
                source_id,
                raw_para.strip(),
                0.8 if f["known"] else 0.3,
                note,
                "",
                "",
                bool(place or (region and not f["place"])),
                f["known"],
                base,
            )
        )
    return out


def is_head_like(para: str) -> bool:
    return cx.is_heading(para)


def _update_section(
    para: str, section: Section, doc_year: int | None, early: bool, doc_month: int | None = None
) -> Section:
    new = _update_section_kind(para, section, doc_year, early, doc_month)
    is_row = any(n.form == "row" for n in find_numbers(para)) if len(para) <= 40 else False
    if _LIST_NAME.search(para) and not is_row:
        new = Section(new.year, new.kind, para[:160])
    elif new.lists != section.lists or not new.lists:
        new = Section(new.year, new.kind, section.lists)
    return new


def _update_section_kind(
    para: str, section: Section, doc_year: int | None, early: bool, doc_month: int | None = None
) -> Section:
    head = para[:40]
    if re.match(r"^[-*•●■◆▲]", para):
        return section  # a bullet item inherits its heading's year and kind
    is_head = cx.is_heading(para) or bool(
        re.match(r"^(?:19|20)\d{2}\s*[,，年]?\s*[\u4e00-\u9fff]{0,20}$", para)
    )
    year = re.match(r"^#*\s*((?:19|20)\d{2})(?:年)?(?:[,，\s]|(?=[\u4e00-\u9fff])(?!年?\d|年度))", para)
    if not year and is_head_like(para):
        year = re.search(r"((?:19|20)\d{2})年?(?:工作|主要|经济|目标|任务|回顾|奋|,|，)", para)
    if year and not is_head_like(para) and not re.match(r"^#*\s*(?:19|20)\d{2}年?[,，]", para):
        year = None
    if is_head:
        kind = (
            "estimate"
            if re.search(r"预计|预估", head)
            else "target"
            if re.search(r"目标|预期|计划|任务|安排|部署|打算|奋斗", head)
            else None
        )
        new_year = year.group(1) if year else section.year
        months = [w for _, w in cx.time_words(head, doc_year, doc_month=doc_month) if w.months and w.period]
        if months:  # YYYY年1-4月全市经济运行情况: the section's figures are of those months
            new_year = months[0].period
        named = bool(year or months)
        if re.search(r"回顾|过去一年|一年来", head) and doc_year and early and not named:
            new_year = str(doc_year - 1)
        elif re.search(r"今年|本年", head) and doc_year and not named:  # 二、今年主要目标
            new_year = str(doc_year)
        ahead = [w for _, w in cx.time_words(head, doc_year, True) if w.horizon] if doc_year else []
        if ahead and not named:  # 二、今后五年的奋斗目标: targets in this section span those years
            return Section(ahead[0].period, "target")
        if re.search(r"回顾|过去|成绩|成就", head) and kind == "target":
            kind = None
        return Section(new_year, kind)
    if year and "下同" in para:
        return Section(year.group(1), section.kind)
    if re.search(r"过去的?一年|一年来|回顾\d{0,4}年?", para[:20]) and doc_year and early:
        return Section(str(doc_year - 1), None)
    if "预计（下同）" in para or "预计(下同)" in para:
        return Section(section.year, "estimate")
    return section


def _sentence(
    para,
    raw_para,
    ss,
    se,
    numbers,
    base,
    section,
    doc_year,
    early,
    region,
    source_id,
    reg,
    doc_horizon="",
    doc_month=None,
):
    """Candidates for the numbers of one sentence."""
    sentence = para[ss:se]
    clauses = cx.spans(para, cx.CLAUSE_END, ss, se)
    bare = [n for n in numbers if n.form == "bare"]
    numbers = [n for n in numbers if n.form != "bare"]  # unplaced numbers do not cut the windows of others
    groups = _groups(para, numbers) + [[n] for n in bare]
    out = []
    ranks: list[tuple[Number, Candidate]] = []
    prev_end = ss
    for group in groups:
        cs, ce = clauses.at(group[0].start)
        windows, regions = _windows(para, group, cs, ss, reg, prev_end)
        prev_end = group[-1].end
        for i, n in enumerate(group):
            if n.unit == "年" and (
                _HORIZON_YEARS.match(para[n.end :])
                or para[max(0, n.start - 2) : n.start] in ("今后", "未来", "过去")
                or para[max(0, n.start - 1) : n.start] in ("近", "用")
                or n.approx == "近"
            ):
                continue  # 用5年左右时间, 近三年: a time span, not a figure
            if cx.time_index(para, doc_year, doc_month).in_months_word(n.start, n.end):
                continue  # 前4个月, 1-4月份: the months of a period, not a figure
            if _is_class_amount(para, n, cs, ce):
                continue  # 5家10亿元企业, 引进10亿元以上项目12个: the amount names a class, it is no figure
            c = _candidate(
                para,
                raw_para,
                n,
                windows[i],
                regions[i],
                (cs, ce),
                (ss, se),
                sentence,
                section,
                doc_year,
                early,
                region,
                source_id,
                reg,
                ranks,
                doc_horizon,
                doc_month,
            )
            if c is None:
                continue
            c.start = base + n.start
            out.append(c)
            if n.form == "rank":
                ranks.append((n, c))
    return out


def _is_class_amount(para: str, n: Number, cs: int, ce: int) -> bool:
    """An amount qualifying a counted noun (5家10亿元企业): the count is the figure, not the amount."""
    if n.unit not in ("亿元", "万元") or not re.match(r"\d", n.stated or para[n.start : n.end]):
        return False
    if not re.match(r"(?:以上|级)?的?(?:工业|重大|重点|产业)?(?:企业|项目)", para[n.end : ce]):
        return False
    counted_before = re.search(r"\d+(?:家|个)$|[一二三四五六七八九十]+(?:家|个)$", para[cs : n.start])
    counted_after = re.search(r"^[^，,；;。]{0,12}?\d+(?:家|个)", para[n.end : ce]) and not re.search(
        r"(?:投资|总额|完成|达到?|共|累计|合计)$", para[cs : n.start]
    )  # 实施总投资120亿元的重点项目35个: a total, and a figure
    return bool(counted_before or counted_after)


def _groups(para: str, numbers: list[Number]) -> list[list[Number]]:
    """Numbers joined only by 、/和 (an enumeration of values) form one group."""
    groups: list[list[Number]] = []
    for n in numbers:
        if (
            groups
            and n.form == groups[-1][-1].form
            and n.form != "change"
            and _SEP.match(para[groups[-1][-1].end : n.start])
        ):
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups


def _windows(para: str, group: list[Number], cs: int, ss: int, reg: Registry, prev_end: int = 0):
    """For each number of a group, the text naming its indicator, and its region if enumerated."""
    k = len(group)
    first = group[0]
    before = para[cs : first.start]
    if k == 1:
        return [para[max(cs, prev_end) : first.start]], [None]
    m = _last(ENUM_WORDS, before)
    items_text, predicate = (before[: m.start()], before[m.end() :]) if m else (before, "")
    if m and not items_text.strip() and cs > ss:
        prev = [a for a, b in cx.spans(para, cx.CLAUSE_END, ss, cs)][-1]
        items_text = para[prev:cs].rstrip("，,；;：:")
        inner = ENUM_WORDS.search(items_text)
        if inner and find_numbers(items_text[inner.end() :]):
            items_text = items_text[: inner.start()]  # 城乡居民收入分别达到…，分别增长…: the same items
    items = [x for x in re.split(r"、|和|与|及", items_text) if x]
    if len(items) == 1 and items[0].lstrip("的").startswith("城乡") and k == 2:
        rest = items[0][items[0].index("城乡") + 2 :]
        items = ["城镇" + rest, "农村" + rest]
    if len(items) != k:
        return [before] * k, [None] * k
    items[0] = re.split(r"[：:]", items[0])[-1]
    names = [_region_name(x) for x in items]
    if all(_REGION_ITEM.match(x) or x in reg.regions for x in names):
        return [para[ss : first.start]] * k, names
    typical = sorted(len(x) for x in items[:-1])[(k - 1) // 2]
    tail = items[-1][typical:] if len(items[-1]) > typical + 1 else ""
    windows = [(x if i == k - 1 else x + tail) + predicate for i, x in enumerate(items)]
    return windows, [None] * k


def _subject_region(head: str, reg: Registry, main: str) -> tuple[str, bool] | None:
    """(region, known) when a clause opens on a place other than the document's own: 湖南省共有…"""
    head = re.sub(r"^(?:其中|而|另外|同时)[，,]?", "", head)
    for name in sorted(reg.regions, key=len, reverse=True):
        if head.startswith(name) and not re.match(r"市|级|委|民|日报|都市圈|中心|政府", head[len(name) :]):
            code = reg.regions[name]
            if code == main or (code == reg.home and main == reg.zone and reg.zone):
                return None
            return code, True
    return None


def _region_name(item: str) -> str:
    """The place an enumeration item names: 湖南省长沙县 -> 长沙县, 湖南长沙县 -> 长沙县,
    株洲的醴陵市 -> 醴陵市, 醴陵市入围 -> 醴陵市."""
    item = re.sub(r"(?:入围|入选|上榜|均|也|等|分别|则|已)+$", "", item)
    item = re.sub(r"^其中", "", item)
    item = re.sub(rf"^(?:{names_pattern()})的", "", item)
    item = re.sub(r"^.*(?:省|自治区)", "", item)
    return re.sub(rf"^(?:{names_pattern(('province',))})(?=.{{2}})", "", item)


def _candidate(
    para,
    raw_para,
    n,
    window,
    enum_region,
    clause,
    sent,
    sentence,
    section,
    doc_year,
    early,
    region,
    source_id,
    reg,
    ranks,
    doc_horizon="",
    doc_month=None,
):
    cs, ce = clause
    ss, se = sent
    notes = []
    growth = None
    if n.form == "bare":  # a number with no unit and no place: listed for the editor, never dropped
        return Candidate(
            "",
            "",
            "",
            n.value,
            "",
            "actual",
            source_id,
            _quote(raw_para, para, n, clause, sent, None),
            0.1,
            "number not placed (no unit): check it or leave it out",
            "",
            n.stated,
            False,
            False,
        )
    if n.form == "row":  # a ranking table row: the list is named above the table
        if not section.lists:
            return None
        row = _ROW_REGION.match(para)
        enum_region = row.group(1) if row else None
        n = Number(n.start, n.end, n.stated, n.value, "位", "", "rank")
        window, para_for_list = section.lists, section.lists
        m = match(reg, para_for_list, "位", "rank")
        if m is None:
            name, note = _proposed_list(para_for_list, para_for_list)
            m_code, known = name, False
        else:
            m_code, known, note = m.code, True, ""
        ed = re.search(r"第([一二三四五六七八九十\d]+)届", para_for_list)
        yr = re.search(r"((?:19|20)\d{2})年?", para_for_list)
        period = (
            str(int(read_numeral(ed.group(1))) + reg.edition_offset)
            if ed and reg.edition_offset
            else yr.group(1)
            if yr
            else str(doc_year or "")
        )
        reg_code = reg.regions.get(enum_region or "") or reg.regions.get(
            re.sub(r"(市|县|区)$", "", enum_region or "")
        )
        notes = [note, "" if reg_code else "new region?", "from a ranking table row"]
        return Candidate(
            reg_code or enum_region or "",
            m_code,
            period,
            n.value,
            "位",
            "rank",
            source_id,
            raw_para.strip(),
            0.8 if known else 0.3,
            "; ".join(x for x in notes if x),
            "",
            n.stated,
            bool(reg_code),
            known,
        )
    if n.unit == "%":
        growth = bool(re.search(r"(增长|增速|增幅|提高|上升|下降)(?:了|达|为)?$", window))
    # Indicator
    m = (
        None
        if (n.form == "change" and ranks)
        else _find_indicator(reg, para, n, window, (cs, ce), (ss, se), growth, section.lists)
    )
    indicator, known, conf = "", True, 0.9
    if m:
        indicator = m.code
        if n.form == "change":
            indicator = reg.change_of(m.code) or m.code
        elif n.unit != "%" and _INCREASE.search(para[cs : n.start]) and _has(reg, f"{m.code}_increase"):
            indicator = f"{m.code}_increase"  # 比上年增加1.75亿元: the increase, not the level
        conf = 0.9 if m.at >= 0 else 0.6
    elif n.form == "change" and ranks:
        changes = [x for x in find_numbers(para[ss:se]) if x.form == "change"]
        after = len([x for x in changes if x.start > n.start - ss])
        pos = len(ranks) - after - 1
        rank_c = ranks[max(0, min(pos, len(ranks) - 1))][1]
        list_code = rank_c.indicator
        indicator = reg.change_of(list_code) or f"{list_code}（名次变化）"
        conf = 0.8 if rank_c.indicator_known else 0.3
        known = rank_c.indicator_known and bool(reg.change_of(list_code))
        if not known:
            notes.append("new indicator? (the change of a new ranking list)")
    if not indicator:
        known = False
        conf = 0.3
        if n.form in ("rank", "strong", "change"):
            named = _LIST_NAME.search(sentence) or not section.lists
            upto = para[ss : n.start]  # the list named before the rank, not one named after it
            indicator, note = _proposed_list(
                para if named else section.lists,
                (upto if _LIST_NAME.search(upto) else sentence) if named else section.lists,
            )
            if n.form == "change":
                indicator += "（名次变化）"
            notes.append(note)
        elif holder := match_holder(reg, para[: n.start], para[ss : n.start], n.unit, n.form, growth):
            indicator, known, conf = holder.code, True, 0.6
            m = Match(holder.code, 0.6, "", -1)
            notes.append("an enterprise named earlier in the paragraph")
        else:
            indicator = _proposed_name(reg, window, para[n.end : ce])
            notes.append("new indicator?")
    # Kind
    kind = _kind(para, n, (cs, ce), (ss, se), section, indicator, reg, doc_year, doc_month)
    # Period
    period, how = _period(
        para, n, (cs, ce), (ss, se), section, doc_year, early, kind, reg, indicator, doc_horizon, doc_month
    )
    years = _grain(period) == "multi_year"
    if years and kind == "rank":
        period = period.split("-")[1]  # a rank holds for one edition: the span's last year
        notes.append("a rank in a span of years: dated to its last year")
    if years and kind in ("actual", "estimate"):
        period = _from_to(para[cs:ce], n.start - cs, n.end - cs, period)
    if (
        kind == "actual"
        and early
        and doc_year
        and period == str(doc_year)
        and not how
        and not cx.found_within(_PAST_IN_EARLY, para, ss, n.end)
    ):
        kind = "target"  # early in a year, a figure for that year can only be a plan
    if kind == "actual" and doc_year and period and int(period[:4]) > doc_year:
        kind = "target"  # a figure for a year still ahead (到YYYY年) is a plan
    if how:
        notes.append(how)
    if not period:
        conf -= 0.2
    if n.unit == "%" and (why := _other_base(para, (cs, ss), n.start, period, doc_year, doc_month)):
        notes.append(why)  # 比YYYY年增长12.7%, 两年平均增长6.1%: no growth over the year before
        conf = min(conf, 0.3)
    # Region
    reg_code, reg_known = region, True
    if enum_region:
        reg_code = reg.regions.get(enum_region) or reg.regions.get(
            re.sub(r"(市|县|区)$", "", enum_region), ""
        )
        if not reg_code:
            reg_code, reg_known = enum_region, False
            notes.append("new region?")
    elif n.form in ("rank", "strong") and (
        named := _RANK_HOLDER.search(para[max(cs, n.start - 12) : n.start])
    ):
        name = named.group(1)  # 长沙县（第4位）、浏阳市第7位: the place named right before its rank
        reg_code = reg.regions.get(name) or reg.regions.get(re.sub(r"(市|县|区)$", "", name), "")
        reg_known = bool(reg_code)
        if not reg_known:
            reg_code = name
            notes.append("new region?")
    elif (subject := _subject_region(para[cs : n.start], reg, region)) is not None:
        reg_code, reg_known = subject
        if not reg_known:
            notes.append("new region?")
    elif reg.zone and region in (reg.home, reg.zone):
        home_short = re.sub(r"(市|县|区)$", "", reg.region_names.get(reg.home, "全市"))
        # 醴陵正加快产业园区建设: a clause the county opens (醴陵经开区 is the zone's name)
        county = re.compile(r"全市|该市|" + re.escape(home_short) + r"(?!经|高新|园区|开发区)")
        first = cx.spans(para, cx.CLAUSE_END, ss, se)[0]
        before = para[cs : n.start] + (para[n.end : n.end + 4] if n.stated in ("千", "百") else "")
        opening = para[first[0] : first[1]]
        zone_first = re.match(r"^(?![从到在])[^，,“]{0,8}(?:园区|经开区|开发区|我区)", opening)
        if first[1] <= cs and zone_first and not county.search(opening):
            before += opening  # the sentence opens on the zone: its figures are the zone's
        # 预计YYYY年,园区可实现…570亿元;规模工业增加值190亿元: the sentence's subject, before its first figure
        lead = re.match(r"(?:[^0-9０-９]|(?:19|20)\d\d年)*", para[ss:cs]).group()
        opens = re.search(r"(?:^|[，,])(?![从到在])[^，,“]{0,3}(?:园区|经开区|开发区|我区)", lead)
        if opens and not county.search(lead):
            before += lead
        if re.search(r"园区|经开区|开发区|我区", before) and not re.search(r"全市|该市", para[cs : n.start]):
            reg_code = reg.zone
        elif region == reg.zone and re.search(
            r"全市|该市|" + re.escape(reg.region_names.get(reg.home, "全市")), para[cs : n.start]
        ):
            reg_code = reg.home
        elif region == reg.zone and known and reg.recorded_only_for(indicator, reg.home, reg.zone):
            reg_code = reg.home  # a zone plan on the county's ceramics output: the county's figure
            notes.append("the indicator is recorded for the county, not the zone")
    if not reg_code:
        reg_known, conf = False, min(conf, 0.2)
        notes.append("region unknown")
    unit = n.unit
    if unit in ("万", "亿", "") and known:
        ind_unit = reg.unit_of(indicator)
        if not unit or ind_unit.startswith(unit):
            unit = ind_unit
        elif (unit + ind_unit) in reg.unit_dim:
            unit = unit + ind_unit
    if unit and unit not in reg.unit_dim:
        notes.append(f"unit {unit} is not in units.csv")
    if n.form == "range" and n.high is not None:
        notes.append(f"range {n.stated}: value is the low end, high end {n.high:g}")
        conf = min(conf, 0.5)
    if n.approx:
        notes.append(f"approx: {n.approx}")
    if n.form in ("rank", "strong") and known and (pub := _PUBLISHER.search(para)):
        notes.append(f"publisher named: {pub.group(1) or pub.group(2)}")
    quote = _quote(raw_para, para, n, (cs, ce), (ss, se), m)
    return Candidate(
        reg_code,
        indicator,
        period,
        n.value,
        unit,
        kind,
        source_id,
        quote,
        round(max(conf, 0.05), 2),
        "; ".join(x for x in notes if x),
        n.approx,
        n.stated,
        reg_known,
        known,
    )


def _has(reg: Registry, code: str) -> bool:
    return code in reg.indicators


def _find_indicator(reg, para, n, window, clause, sent, growth, lists="") -> Match | None:
    m = _find_indicator_raw(reg, para, n, window, clause, sent, growth, lists)
    scope = scope_of(reg, para[max(clause[0], n.start - 8) : n.start])
    if m and n.form in ("rank", "strong") and scope:
        m = Match(rescope(reg, m.code, scope), m.score, m.alias, m.at)  # …全国第26位、全省第3位
    return m


def _find_indicator_raw(reg, para, n, window, clause, sent, growth, lists="") -> Match | None:
    cs, ce = clause
    ss, se = sent
    form = n.form
    if form == "strong" and n.stated == "百":
        window = window + "百强"  # 工业百强: the list is named with the number
    m = match(reg, window, n.unit, form, growth)
    after = para[n.end : ce]
    nxt = re.search(r"\d|[，,、；;。]", after)
    after = after[: nxt.start()] if nxt else after
    noun = _NOUN_AFTER.sub("", re.split(_NOUN_END, para[n.end : ce])[0])
    if nxt and re.match(r"\d", para[n.end + nxt.start() :]) and noun.startswith(after):
        after = noun  # 5家10亿元企业: an amount qualifying the noun is part of its name
    tail = para[: n.start].endswith(window) and _TAIL_OF_PREV.search(para[cs : n.start - len(window)])
    if tail and re.search(r"[的、和及与]$", window):
        # 14个省份的308家企业, 308家陶瓷企业、23个国家: the words before name the previous number
        m2 = match(reg, after, n.unit, form, growth, names_after=True)
        if not (m2 and m2.at >= 0):
            m2 = match_noun(reg, noun, n.unit, form, para) or m2
        if m2:
            return m2
    if n.unit == "亿元" and n.stated in ("千", "百"):
        after = para[n.start : n.end] + after  # 千亿产业, 千亿园区: the word names the goal
    m2 = (
        match(reg, after, n.unit, form, growth, names_after=True)
        if form not in ("rank", "change", "strong")
        else None
    )
    follows_number = (
        bool(re.match(r"^[“”\"]?[^，,；;。]{0,12}[、和及]$", window)) and n.start - len(window) > cs
    )
    if m2 and follows_number:
        return m2  # 20名“瓷城好老师”、132名“瓷城好学生”: each number is named after it
    if m2 and m2.at >= 0 and not (m and m.at >= 0):
        return m2
    if m and m.at >= 0:
        return m
    if form in ("rank", "strong", "change"):
        m3 = match(reg, para[ss : n.start], n.unit, form, growth)
        if m3:
            return m3
        if form in ("rank", "strong") and (m7 := match_list_fuzzy(reg, para[ss : n.start])):
            return m7
        prev = para[:ss][-80:]
        m4 = match(reg, prev, n.unit, form, growth)
        if m4:
            return m4
        if lists and para.startswith(lists):
            lists = para[: n.start]  # the list named by this very paragraph: only what precedes the rank
        return match(reg, lists, n.unit, form, growth) if lists else None
    if m2 is None and (m is None or m.at < 0):
        m2 = match_noun(reg, noun, n.unit, form, para)
        if m2:
            return m2
        tail_text = para[n.end : ce]
        if not [x for x in find_numbers(tail_text) if x.form != "bare"]:
            # 已有50余条国道、省道、县道与湘赣边区连接互通: the name closes the clause, after a list
            m9 = match(reg, tail_text, n.unit, form, growth, names_after=True)
            if m9 and m9.at >= 0:
                return m9
    if m is None and m2 is None and (m8 := _clause_frame(reg, para, n, clause)):
        return m8
    if m or m2:
        return m or m2
    generic = _GENERIC.search(window)
    topic = _TOPIC.match(para[ss:se])
    if generic and topic and m is None:
        # 陶瓷是醴陵的名片，…近五年产值年均保持了两位数增长: a bare 产值 is the sentence topic's
        grows = n.unit == "%" and "增长" in para[cs:ce]
        name = topic.group(1) + generic.group(0) + ("增长" if grows else "")
        m10 = match(reg, name, n.unit, form, True if grows else growth)
        if m10 and m10.at >= 0:
            return Match(m10.code, 0.7, m10.alias, m10.at)
    own = re.sub(r"增长|每年|年均|时间|左右|用|\d|[年个%]", "", reg.filler.sub("", normal(window)))
    own = _BARE_VERB.sub("", own)  # 先后投入570万元: a verb alone does not name what was spent
    if len(own) > 3:
        return None  # the clause names its own subject: propose it rather than borrow another
    spent = re.search(r"(投入|投资)[^，,；;。]{0,6}$", window)
    nxt = re.match(
        r"[，,](?:用于|打造|建设|建成|实施|推进|启动|新建|改造)[^，,；;。]{2,30}", para[n.end : se]
    )
    if spent and nxt and not own:
        # 投入100万元，打造首个…云平台: the purpose clause names what the money is for
        m11 = match(reg, nxt.group(0)[1:] + spent.group(1), n.unit, form, growth)
        if m11 and (m11.at >= 0 or m11.score >= 0.72):
            return Match(m11.code, 0.7, m11.alias, m11.at)
    prev_clauses = cx.spans(para, cx.CLAUSE_END, ss, cs)
    if prev_clauses:
        pcs, pce = prev_clauses[-1]
        first = next((x for x in find_numbers(para[pcs:pce]) if x.form != "bare"), None)
        subject = re.sub(
            r"(?:完成|达到|达|实现|为|突破|超过|总额|总量)+$",
            "",
            para[pcs : pcs + first.start] if first else "",
        )
        if subject:
            m6 = match(reg, subject + window, n.unit, form, growth)
            if m6 and m6.at >= 0:
                return Match(m6.code, 0.8, m6.alias, m6.at)
        elif first is None:
            # 支持更多企业在科创板、北交所上市，力争达到25家: the clause before, with no figure, names it
            m6 = match(reg, para[pcs:pce] + window, n.unit, form, growth)
            if m6:
                return Match(m6.code, 0.6, m6.alias, m6.at)
    m5 = match(reg, para[ss : n.start], n.unit, form, growth)
    return Match(m5.code, 0.6, m5.alias, -1) if m5 else None


def _clause_frame(reg, para, n, clause) -> Match | None:
    """A count named by its noun and its clause's predicate: 全市249个村、20个社区均建有…中心."""
    cs, ce = clause
    nums = [x for x in find_numbers(para[cs:ce]) if x.form != "bare"]
    noun = re.match(r"[\u4e00-\u9fff]{1,4}?(?=[、，,的均都也和及与]|\d|$)", para[n.end : ce])
    if not nums or not noun or n.unit in ("%", "年", "位"):
        return None
    pre = para[cs : cs + nums[0].start]
    post = re.sub(r"^[^均都也的，,]{0,4}(?:均|都|也|全部|的)", "", para[cs + nums[-1].end : ce])
    return match_frame(reg, pre + post, noun.group(0), n.unit, n.form)


def _proposed_name(reg: Registry, window: str, after: str) -> str:
    core = re.sub(r"[“”\"（）()\s]|^.*[，,：:；;]", "", window)
    places = "|".join(p for p in (reg.home_names, names_pattern()) if p)  # 株洲市规上工业…: the place aside
    core = re.sub(rf"^(?:全市|该市|我市|我区|{places}|今年|去年|年内|全年|预计|力争|确保|计划|"
                  r"累计|共|实现|完成|达到?|已有|引进|新增)+", "", core)
    core = re.sub(r"(?:达到?|为|至|增至|超过|突破|近|约|共|累计|实现|完成)+$", "", core)
    if len(core) < 2:
        core = re.sub(r"^[的]|[，,。；;].*$", "", after)[:12]
    return core[-16:] or "?"


def _proposed_list(para: str, sentence: str) -> tuple[str, str]:
    m = _last(_LIST_NAME, sentence)
    name = re.sub(r"^.*?(?:在|于|据|入选|跻身|获评|发布的?|公布的?)", "", m.group(1)) if m else "?"
    name = re.sub(r"^(?:19|20)\d{2}年?度?|^第[一二三四五六七八九十\d]+届", "", name)
    name = re.sub(
        r"位居|位列|名列|跃居|稳居|(?:提升|上升|跃升|攀升)[至到]|升至|(?<=[\u4e00-\u9fff]{2})居(?=全国|全省|中国|中部|西部|东部)",
        "",
        name,
    )  # 县域经济综合竞争力位居全国百强, …居全国百强县: the verb is no part of it
    pub = _PUBLISHER.search(para)
    publisher = (pub.group(1) or pub.group(2)) if pub else ""
    return name, f"new ranking list? publisher: {publisher or 'not named'}"


def _kind(para, n, clause, sent, section, indicator, reg, doc_year=None, doc_month=None) -> str:
    cs, ce = clause
    ss, se = sent
    if n.form == "change" or (n.form == "rank"):
        return "rank"
    if n.form == "strong":
        return "target" if re.search(r"冲刺|力争|目标|争取|确保|进军|打造", para[ss : n.start]) else "rank"
    before_clause = para[cs : n.start]

    def before_sent(pattern: re.Pattern) -> bool:  # in para[ss:n.start], without a scan of it per figure
        return cx.found_within(pattern, para, ss, n.start)

    if before_sent(cx.ESTIMATE_WORDS) or section.kind == "estimate":
        return "estimate"
    if before_sent(_PLAN_WORDS) or section.kind == "target":
        return "target"
    if re.search(
        r"(?:(?<![即必])将|(?<![主重需只必纪])要(?![求素点])|努力|打造|迈进|加快)[^，,。；;]*$", before_clause
    ) and not re.search(r"将[^，,。；;]{0,12}用于", para[cs:ce]):
        return "target"
    if re.match(
        r"[^，,。；;]{0,16}(?:的|等)?(?:目标|任务)(?![^，,。；;]*(?:完成|实现了|达成))", para[n.end : ce]
    ):
        return "target"  # 实现千亿产业园区目标: the figure names a goal
    if cx.time_index(para, doc_year, doc_month).has_horizon(ss, se) and not before_sent(_DONE_OR_PAST):
        return "target"
    if before_sent(_AHEAD_WORDS) and not before_sent(_DONE_OR_NOW):
        return "target"
    if n.unit == "分数" or (
        re.search(r"占(?!比)[^，,。；;]{0,8}$", before_clause) and n.unit in ("%", "分数")
    ):
        return "share"
    return "actual"


_PLAN_WORDS = re.compile(r"目标|力争|确保|(?<![年完成])计划(?!的)|争取|力求|预期|冲刺|瞄准|规划")
_DONE_OR_PAST = re.compile(r"已|去年|过去|完成了|实现了|目前|现有")
_DONE_OR_NOW = re.compile(r"已|去年|完成了|实现了|目前|现有")
_AHEAD_WORDS = re.compile(r"今后|未来|十四五")
_PAST_IN_EARLY = re.compile(r"已|目前|现有|截至|截止|去年|以来|上半年|前三季度|季度|\d+[-—至]\d+月")


def _period(
    para, n, clause, sent, section, doc_year, early, kind, reg, indicator, doc_horizon="", doc_month=None
) -> tuple[str, str]:
    cs, ce = clause
    ss, se = sent
    target = kind == "target"
    # 第N届 editions of a ranking list
    if n.form in ("rank", "change"):
        own_list = _LIST_NAME.search(para[ss:se])  # a sentence naming its own list takes no earlier edition
        ed = _last(_EDITION, para[ss : n.start] if own_list else para[: n.start])
        if ed:
            edition = int(read_numeral(ed.group(1)))
            list_code = indicator.removesuffix("_change") if indicator.endswith("_change") else indicator
            if (list_code, edition) in reg.editions:
                return reg.editions[(list_code, edition)], ""
            if reg.edition_offset is not None:
                return str(
                    edition + reg.edition_offset
                ), f"edition {ed.group(0)} mapped to a year as the known lists"
    idx = cx.time_index(para, doc_year, doc_month)  # the paragraph's time words, found once
    before = cx.spans(para, cx.SENTENCE_END, 0, ss)
    prev = before[-1][0] if before else ss
    now = re.search(r"已有|目前|现有|至今|截至目前|现已", para[cs : n.start])
    if now and doc_year and not idx.within(cs + now.end(), n.start):
        if early and not target and section.year == str(doc_year - 1):
            return section.year, ""  # 目前 in the review of the year just ended: that year's close
        return str(doc_year), ""  # 已有近40家: the state when the document was written
    present = None if doc_year else _last(_PRESENT, para[ss : n.start])
    if present and not idx.within(ss + present.end(), n.start):  # YYYY年撤县建市,现辖26个乡镇: not YYYY's
        return "", "period unknown: 现/目前 (the present) in a document whose date is unknown"
    base_only = None
    for a, b in ((cs, n.start), (ss, n.start)):
        p, w, base = _own_time_word(idx, para, a, b, n)
        if w is not None:  # 今年…预计产值突破5亿元，较去年增长30%: 今年 dates the figure
            return _dated(p, w, idx, para, ss, section, kind)
        base_only = base_only or base
    if base_only:
        return base_only.period, ""  # only 较去年 in the sentence: the old reading stands
    if kind in ("actual", "rank"):  # the sentence before, in the same paragraph, for past figures
        for p, w in idx.backwards(prev, ss):
            if not _span_of_repeats(w, n) and not w.horizon and w.how in _PAST_WORDS:
                return _dated(p, w, idx, para, ss, section, kind)
    if kind != "target" and not cx.found_within(_WHOLE_YEAR, para, ss, n.start):
        for p, w in idx.months_backwards(ss):  # 1至5月，…。工业投资增速达17.5%: the months named before
            if w.period and not cx.is_comparison_base(para, p, w):
                period, how = _dated(p, w, idx, para, 0, section, kind)
                return period, _join_note(how, f"{w.how} named earlier in the paragraph")
    opening = None
    for p, w in idx.forwards(0, ss):
        if p >= _OPENING:
            break
        opening = opening if _span_of_repeats(w, n) else (p, w)
    if opening:  # a time word opening the paragraph
        return _dated(*opening, idx, para, 0, section, kind)
    after = [w for _, w in idx.forwards(n.end, se)]
    horizon = [w for w in after if w.horizon]
    if target and horizon:
        return horizon[0].period, ""
    spans_after = [w for w in after if re.search(r"十.?五", w.how) and not w.horizon]
    if spans_after and kind in ("actual", "rank"):
        return spans_after[0].period, ""  # 跻身…百强……走过辉煌“十三五”: the period is named after
    if target and doc_horizon:
        return doc_horizon, "target without a time word: the document's plan period"
    if cx.found_within(_WHOLE_YEAR, para, ss, n.start):
        if section.year:
            return _whole_years(section.year), ""
        if doc_year:
            return (
                (str(doc_year - 1), "全年 in an early-year report: the year just ended")
                if (early and kind in ("actual", "estimate"))
                else (str(doc_year), "")
            )
    if section.year:
        return section.year, ""
    if doc_year:
        return str(doc_year), "no time word: dated to the document's year"
    return "", "period unknown"


_PRESENT = re.compile(r"现辖|现有|现已|目前|如今|至今")
_PAST_WORDS = ("去年", "前年", "过去一年", "过去的一年")  # the sentence before dates a past figure
_OPENING = 12  # a time word starting in the first characters of a paragraph dates its sentences
_WHOLE_YEAR = re.compile(r"全年|年内")


def _whole_years(period: str) -> str:
    """A section's period as whole years: 全年 in a section on 1-4月 is that year."""
    return period[:4] if _grain(period) in periods.SUB_ANNUAL else period


def _grain(period: str) -> str:
    """The grain of a period in the grammar ('' when it is none)."""
    return periods.parse(period).grain if periods.is_period(period) else ""


_CHECK = "check the indicator"
_AVERAGE = re.compile(r"[两二三五]年(?:年均|平均|均)")


def _other_base(para: str, starts: tuple[int, int], at: int, period: str, doc_year, doc_month) -> str:
    """Why a growth rate is not the period's change over the year before (比YYYY年, 两年平均), or ''.

    starts: its clause's and its sentence's; an average is named in the clause, a base in the sentence."""
    cs, ss = starts
    avg = _last(_AVERAGE, para[cs:at])
    if avg:
        return f"{avg.group(0)}: an average over years, not the change over the year before; {_CHECK}"
    if _grain(period) in ("", "multi_year"):
        return ""
    idx = cx.time_index(para, doc_year, doc_month)
    for p, w in idx.backwards(ss, at):
        if not _STATED_YEAR.match(w.how):
            continue
        base = w.period[:4]  # the last year the sentence states decides
        if cx.is_comparison_base(para, p, w, ss) and base.isdigit() and int(base) < int(period[:4]) - 1:
            return f"比{base}年: the change over {base}, not over the year before; {_CHECK}"
        return ""
    return ""


def _span_of_repeats(w: cx.TimeWord, n: Number) -> bool:
    """连续3年 before a count of years or editions is what is counted, not the figure's time."""
    return n.unit in ("年", "届") and w.how.startswith("连续")


def _own_time_word(idx: cx.TimeIndex, para: str, a: int, b: int, n: Number):
    """(position, the last time word in para[a:b] dating the figure, the last 去年 there only a base)."""
    base = None
    for p, w in idx.backwards(a, b):
        if _span_of_repeats(w, n):
            continue
        if cx.is_comparison_base(para, p, w, a):
            if w.how in ("去年", "前年"):
                base = base or w
            continue
        if w.how in ("今年", "本年"):  # 截至10月份,醴陵市今年新签约项目97个: the months of this year
            s0 = max(para.rfind(end, 0, a) for end in "。；;\n") + 1  # in the sentence
            span = next(((q, v) for q, v in idx.backwards(s0, p) if v.months and v.period[:4] == w.period
                         and not cx.is_comparison_base(para, q, v, s0)), None)
            if span:
                return span[0], span[1], base
        return p, w, base
    return 0, None, base


def _dated(pos: int, w: cx.TimeWord, idx: cx.TimeIndex, para: str, ss: int, section: Section, kind: str):
    """The period a time word at para[pos] gives a figure, and how: a span below a year takes the year
    its sentence (from ss) states, else the document's; read as a plan, never the year before."""
    if w.how in ("全年", "年内") and section.year:
        return _whole_years(section.year), ""
    if w.note or not w.months:
        return w.period, w.note
    if not w.year_given:
        for p, y in idx.backwards(ss, pos):  # YYYY年，全市经济运行平稳，1-4月…: the year stated before
            if (
                _STATED_YEAR.match(y.how)
                and not y.months
                and len(y.period) == 4
                and not (cx.is_comparison_base(para, p, y, ss))
            ):
                return periods.month_run(int(y.period), *w.months).text, f"{w.how}: the year stated before"
    if kind == "target" and w.ahead:
        return w.ahead, f"{w.how}: a plan for this year's months"
    if not w.period:
        return "", f"{w.how}: no year stated and the document date unknown"
    if w.ahead:
        return w.period, f"{w.how}: months long over only a year before the document's date"
    if w.months[1] > (idx.doc_month or 12) and not w.year_given:
        return w.period, f"{w.how}: months not over at the document's date (check: a plan?)"
    return w.period, "" if w.year_given else f"{w.how}: the year is the document's"


_STATED_YEAR = re.compile(r"(?:19|20)\d{2}")


def _quote(raw_para: str, para: str, n: Number, clause, sent, m: Match | None) -> str:
    cs, ce = clause
    ss, se = sent
    start = cs
    window_text = para[cs : n.start]
    if m is not None and m.alias and m.alias not in window_text.replace("“", "").replace("”", ""):
        # The indicator was named in an earlier clause of the sentence: quote from there.
        for a, _ in cx.spans(para, cx.CLAUSE_END, ss, cs):
            if m.alias[:2] in para[a:cs]:
                start = a
                break
    if ENUM_WORDS.match(para[start:ce]) and start > ss:
        start = [a for a, b in cx.spans(para, cx.CLAUSE_END, ss, start)][-1]
    end = ce
    if m is not None and m.alias and m.alias[:2] not in para[start:ce]:
        # The name follows in a later clause (投入100万元，打造…云平台): quote up to it.
        for a, b in cx.spans(para, cx.CLAUSE_END, ce, se):
            if m.alias[:2] in para[a:b]:
                end = b
                break
    q = raw_para[start:end].strip()
    q = q.rstrip("，,；;：:。")
    q = re.sub(r"^[-*•●■#\s]+", "", q)
    return q


_RANK_HOLDER = re.compile(
    r"(?:^|[、，,：:；;是为有])(?!全|该|我|本|各|城)([\u4e00-\u9fff]{2}[市县区])(?:[（(]|位列|排名|排|列|居)?$"
)
_FROM = re.compile(r"(?:由|从)$")
_TO = re.compile(
    r"(?:增加到|增长到|提高到|提升到|上升到|扩大到|跃升至|跃升到|增至|升至|提高至|提升至|达到|到)$"
)


def _from_to(clause: str, start: int, end: int, period: str) -> str:
    """由 X 增加到 Y over a span of years: X is the base year's value, Y the last year's."""
    first, last = period.split("-")
    if _FROM.search(clause[:start]) and re.search(
        r"增加到|增长到|提高到|提升到|跃升|增至|升至|到", clause[end:]
    ):
        return str(int(first) - 1)
    if _TO.search(clause[:start]) and re.search(r"由|从", clause[:start]):
        return last
    return period


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    """The last match of a pattern in a text."""
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _join_note(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per stated figure; a second value for the same row key is flagged for review."""
    best: dict[tuple, Candidate] = {}
    order = []
    for c in cands:
        k = c.key
        if k not in best:
            best[k] = c
            order.append(k)
        elif c.confidence > best[k].confidence:
            best[k] = c
    out = [best[k] for k in order]
    by_row: dict[tuple, Candidate] = {}
    for c in sorted(out, key=lambda c: -c.confidence):
        row = (c.region, c.indicator, c.period, c.kind)
        if row in by_row:
            c.note = _join_note(c.note, f"{CLASH} ({by_row[row].value:g}): check the indicator")
            c.confidence = min(c.confidence, 0.3)
        else:
            by_row[row] = c
    return out


CLASH = "same indicator and period as another candidate"
