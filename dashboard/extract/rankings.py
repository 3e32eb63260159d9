"""Ranking notices: each place's rank under the list the notice names, matched to the registry or proposed."""

from __future__ import annotations

import bisect
import contextvars
import re
from dataclasses import dataclass

from dashboard import divisions
from dashboard.extract import clauses
from dashboard.extract import context as cx

_YEAR = r"(?:19|20)\d{2}"
_CUT = "，,。；;：:、“”\"《》「」『』【】|\n—-"
# a list's name ends with one of these words; a year may stand before it or in brackets after it
_LIST = re.compile(
    rf"((?:{_YEAR})?[^{_CUT}]{{2,40}}?(?:百强县市|百强县|百强区|百强城市|百强市|百强榜|排行榜|榜单|百强|前\d+名|\d+强|排名|名单|评价)"
    # 百强区综合实力排名: the list's name goes on after its category
    rf"(?:综合实力|综合竞争力|投资潜力|绿色发展|科技创新|高质量发展)?(?:排名|排行榜|榜单|名单)?)"
    rf"(?:[(（]({_YEAR})年?[)）]|({_YEAR})(?![\d个家名位]))?"  # 全国百强县排名YYYY(名单): its edition
)
# 500强 names one; 跻身…百强 or 的预算收入比排名后50个 names none
# (进行了系统研究与评价: a phrase ending on a conjunction names none)
_NOT_A_LIST = re.compile(r"\d(?!\d*强)|跻身|进入|冲刺|上榜|入围|力争|确保|争创|创建|^的|比$|[与和及]$")
_ANNOUNCE = re.compile(r"发布|公布|揭晓|出炉|编写|编制|评选")
_ORG = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:研究中心|研究所|研究院|研究会|委员会|顾问)")
_GENERIC_BRAND = {"中国", "全国", "国家", "中小", "社会", "国务", "工信", "省统", "市统"}
_TOPIC = re.compile(r"县域经济|城市竞争力|县域")
_NUM = r"(\d{1,3}|[一二三四五六七八九十]{1,3})"
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_RANK_ITEM = rf"第?{_NUM}(?:位|名)?"
_ENUM = re.compile(
    rf"(?:分列|(?:分别|依次)(?:位列|位居|排名|排在|排|居|为|是|列)?|位列|位居|(?:列|居|排|为|是)(?=第))"
    rf"({_RANK_ITEM}(?:[、,，和及与]+{_RANK_ITEM})+)"
)
# (排名YYYY中国…: a year, no rank)
_SINGLE = re.compile(  # 徐州沛县上升至榜单第41位: a move to a place
    rf"(?:排名(?:是|为)?|排行|排在|排|名列|位列|位居|位于|居|(?:上升|提升|跃升|攀升|前移|升)[至到](?:榜单)?)"
    rf"(第)?{_NUM}(位|名)?(?![届次批个年产号\d])"
)
# 昆山和江阴并列第一: places that share a place
_TIED = re.compile(rf"并列(?:第{_NUM}(?:位|名)?|(榜首|首位))")
_MOVE = re.compile(
    rf"[由从](?:(?:去年|上年|上届)的?)?第?{_NUM}位?(?:上升|提升|跃升|前移|前进|下降|后移|下滑|回落|升|降)(?:到|至)第?{_NUM}(?:位|名)"
)
_TOP = re.compile(r"(?:位居|居于?|排名|排在|位列|名列|稳居|蝉联|问鼎|登上|荣登)(榜首|首位)")
# 江阴、常熟、张家港分列二至四位: places given a run of places
_RUN = re.compile(
    rf"(?:分列|依次(?:位列|排在|列|居)?|分别(?:位列|排在|列|居))第?{_NUM}(?:位|名)?[至到—\-]第?{_NUM}(?:位|名)"
)
# 排名第3位的, 排名22位的南昌县: the place after
# 排名第N位的X, 位列第93位的宜都市和第97位的仙桃市: the rank, then its place
_AFTER = re.compile(
    rf"排名(?=第|\d{{1,3}}[位名]|[一二三四五六七八九十]{{1,3}}[位名])第?{_NUM}(?:位|名)?的|第{_NUM}(?:位|名)的"
)
# 神木市位列YYYY年西部地区综合竞争力百强县市第一: the list named between the verb and the rank
_NAMED = re.compile(
    rf"(?:位列|位居|名列|排名|排在|居|列)(?:{_YEAR}年?)?[^第{_CUT}]{{0,30}}?"
    rf"(?:百强县市|百强县|百强区|百强市|百强|\d+强|榜单|排行榜|名单|指数)(?:中|里|的)?(?:排名|排|位列|位居|居|列)?"
    rf"第{_NUM}(位|名)?(?![届次批个年产号])"
)
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?![\u4e00-\u9fff]{0,2}(?:政府|党委))")
_SCOPE = re.compile(r"全省|全市|全国|全州|全区|省内|市内|同类|中部|西部|东部")


@dataclass
class Ranked:
    """One place's rank in a list, where the text says it."""

    place: divisions.Division
    rank: int
    start: int  # the number in the normalised text
    end: int
    quote_start: int
    list_at: int  # where to look back from for the list's name
    quote_end: int = 0
    ago: int = 0  # 去年位居95位: the edition this many years before the list's


@dataclass
class ListName:
    name: str
    year: str
    at: int
    edition: int = 0  # 第十四届


def _int(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN[s[1]]
    if "十" in s:
        a, _, b = s.partition("十")
        return _CN[a] * 10 + (_CN[b] if b else 0)
    return _CN.get(s, 0)


# the cities a notice names (福州多个县市区入选百强): a district name several cities share (鼓楼区) is the one
# inside them; set per notice read, per thread (the intake may read two documents at once)
_WITHIN: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("ranking_cities", default=())


def _places(text: str) -> list[tuple[int, int, divisions.Division]]:
    """Places a stretch of a ranking notice names: full, former and (when one unit has it) short names."""
    reg = divisions.register()
    within = _WITHIN.get()
    out, i = [], 0
    while i < len(text):
        hit = None
        for end in range(min(len(text), i + reg.longest), i + 1, -1):
            s = text[i:end]
            found = reg.names["name"].get(s) or reg.names["former"].get(s)
            if not found and len({d.code for d in reg.names["short"].get(s, [])}) == 1:
                found = reg.names["short"][s]
            elif not found and s in reg.names["short"]:
                inside = [d for d in reg.names["short"][s] if any(reg.is_within(d, c) for c in within)]
                found = inside if len(inside) == 1 else _prefecture_first(reg.names["short"][s])
                if text.startswith(divisions.FEATURES, end) and found[0].level != "province":
                    found = None  # 湘江, 渌江路: a feature; 江苏江阴市 is the province, then the county
            if found and len({d.code for d in found}) > 1 and out and out[-1][1] == i:
                # 深圳市南山区: a name several units share, right after the city that holds one of them
                found = [d for d in found if reg.is_within(d, out[-1][2].code)] or found
            if found and len({d.code for d in found}) > 1 and within:
                found = [d for d in found if any(reg.is_within(d, c) for c in within)] or found
            if len(s) == 2 and s[-1] == "县" and text[end : end + 1] == "级":
                found = None  # 最佳县级市榜: the word 县级, not 佳县
            if found and s not in divisions.GENERIC and len({d.code for d in found}) == 1:
                hit = (i, end, found[0])
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


# the statistics a text ranks places by, one sentence each (设区市生产总值排名前三的是南昌、赣州、九江)
_STATISTIC = re.compile(
    r"(?:城镇|农村|全体)?居民人均可支配收入|(?:城镇|农村)居民可支配收入|人均地区生产总值|人均GDP|地区生产总值|"
    r"生产总值|GDP|财政总收入|一般公共预算收入|社会消费品零售总额|固定资产投资|规模以上工业增加值|进出口总额|常住人口"
)


def _prefecture_first(shared: list) -> list:
    """南昌 for 南昌市 and 南昌县: the prefecture, when the others sharing its short name lie inside it."""
    cities = [d for d in shared if d.level == "prefecture"]
    reg = divisions.register()
    if len(cities) == 1 and all(d is cities[0] or reg.is_within(d, cities[0].code) for d in shared):
        return cities
    return []


def _clean(raw: str) -> tuple[str, str]:
    """A list's name and year from the words that name it (YYYY第二十届…前100名 -> …百强, YYYY)."""
    year = ""
    m = re.search(rf"({_YEAR})年?度?", raw)
    s = raw
    if m:
        year, s = m.group(1), raw[m.end() :]
        s = re.sub(r"^.*?(?:发布|公布|推出)的", "", s)  # 在YYYY年中郡研究所发布的全国县域经济百强榜: the list
    else:
        s = re.sub(r"^.*(?:在|的|了|发布|公布|揭晓|是|为|进入|入围|跻身|上榜|荣登|入选)", "", s)
    s = re.sub(rf"^.*?(?:位列|位居|名列|排在|居(?=榜))(?:{_YEAR}年?度?)?", "", s)  # 义乌市位列全国百强县
    s = re.sub(r"^第[一二三四五六七八九十\d]+届", "", s)

    s = re.sub(r"[(（](?:市|县市|区)[)）]", "", s)  # 全国百强县(市): the list of counties
    s = re.sub(r"^[^百强榜]*(?:从|经|据|由|网)(?=(?:全国|中国)[^国和及与])", "", s)  # 经从商都网全国百强县
    s = re.sub(r"^(全国|中国)[和及与](?:西部|中部|东部)", r"\1", s)  # 全国和西部百强县: the national one
    s = re.sub(r"前100名|100强", "百强", s)
    s = re.sub(r"(百强)?(?:榜单|排行榜|名单|榜|排名|评价)$", lambda x: x.group(1) or "", s)
    return s, year


def _lists(t: str) -> list[ListName]:
    """Every list a text names, in order (with the year of its edition when it says one)."""
    out = []
    for m in _LIST.finditer(t):
        name, year = _clean(m.group(1))
        if m.group(2) or m.group(3):
            year = m.group(2) or m.group(3)
        if not year:  # "YYYY年,全国…百强公布": the year that opens the list's sentence
            # (…研究所成立于YYYY年,…此前,该所曾…发布十届: a founding date, no edition)
            opening = re.search(
                rf"(?:^|[。\n])[^。\n]*?(?<!于)({_YEAR})年(?!以来|起)[^。\n]*$", t[: m.start()]
            )
            later = opening and re.search(r"\d{4}年", t[opening.end(1) : m.start()])
            # 这是继《YYYY年…报告》发布后: another report's year
            titled = opening and t[opening.start(1) - 1 : opening.start(1)] == "《"
            year = opening.group(1) if opening and not later and not titled else ""
        ed = re.search(r"第([一二三四五六七八九十\d]+)届", m.group(1))
        compared = r"(?:相较|相比|较之?|比起|对比|继)"  # 这是继《YYYY年…报告》发布后: the edition before
        if re.search(compared + "《?$", t[max(0, m.start() - 3) : m.start()]) or re.search(
            compared + r"(?:19|20)\d{2}", m.group(1)
        ):
            continue  # 相较YYYY年赛迪中部百强县,河南入榜…减少2个: an edition compared with, not the list
        if len(name) >= 3 and not _NOT_A_LIST.search(name) and not _place_only(name):
            out.append(ListName(name, year, m.start(), _int(ed.group(1)) if ed else 0))
    return out


# a list named by its field and its category (全国绿色发展百强县市, 全国投资潜力百强区): a list, however new
_NAMED_LIST = re.compile(r"^(?:全国|中国)[\u4e00-\u9fff]{2,12}百强(?:县市|县|区)$")


def _place_only(name: str) -> bool:
    """A "list" that is only places' names (惠安县排名第29位, 湖北省大冶市排名第72位: the place's rank, no
    list of its own)."""
    rest = re.sub(r"排名$", "", name)
    for a, b, _ in sorted(_places(rest), reverse=True):
        rest = rest[:a] + rest[b:]
    return not rest.strip()


_ORG_WORD = re.compile(r"顾问|城市|县域经济研究|研究中心|研究所|研究院|研究会|委员会")


def _brand(t: str) -> tuple[str, str]:
    """The publisher's short name and field, from the first organisation named on the line that
    publishes a list (赛迪顾问县域经济研究中心 -> 赛迪, 县域经济; 中郡研究所 -> 中郡; 中国城市竞争力研究会:
    none)."""
    for verb in _ANNOUNCE.finditer(t):
        line = t.rfind("\n", 0, verb.start()) + 1
        for m in _ORG_WORD.finditer(t, line, verb.start()):  # 中国电子信息产业发展研究院旗下赛迪顾问: the
            if m.start() - line < 2:  # owner first, then its brand
                continue
            brand = t[m.start() - 2 : m.start()]
            parts = re.split(r"[由据在的与和及是为,，。、;；:：“”《》\s]|(?<!财)经", t[line : m.start() - 2])
            head = parts[-1]
            # …研究院旗下赛迪顾问, 工信部赛迪顾问: the brand follows its owner's name
            owned = re.search(r"(?:旗下|下属|所属|下设|工信部|工业和信息化部)$", head)
            if len(head) >= 2 and not owned:  # 中国信息通信研究院, 中国社会科学院财经战略研究院: the middle
                continue  # of a name, no brand
            if (
                brand in _GENERIC_BRAND
                or not re.fullmatch(r"[\u4e00-\u9fff]{2}", brand)
                or divisions.register().named(brand)
            ):
                return "", ""
            topic = _TOPIC.search(t, m.start(), verb.start())
            return brand, topic.group(0) if topic else ""
        if _ORG_WORD.search(t, line, verb.start()):
            return "", ""
    return "", ""


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _core(s: str) -> str:
    s = re.sub(r"前100名|100强", "百强", s)  # as _clean writes a notice's list name
    s = s.replace("县市百强", "百强县")  # 中部县市百强 ~ 中部百强县
    return re.sub(r"^(?:中国|全国)|排名$|(?:榜单|排行榜|榜)$", "", s)


_PART = re.compile(r"[东中西]部|东北")  # the part of the country a list covers


def _list_names(reg) -> list[tuple[str, str]]:
    """Every name of a registered list (its own and its aliases), with its code."""
    return [(r["name_zh"], code) for code, r in reg.lists.items()] + [
        (a, c) for a, c in reg.aliases if c in reg.lists
    ]


def match_list(reg, name: str) -> str:
    """The registered list a notice's name stands for (both names mostly the same words), else ''."""
    key = _core(clauses.normalise(name).text)
    best, score = "", 0.0
    for other, code in _list_names(reg):
        k2 = _core(other)
        if set(_PART.findall(key)) != set(_PART.findall(k2)):
            continue  # 西部…综合竞争力百强县市 is not 中部…综合竞争力百强县市
        if key.endswith("百强区") != k2.endswith("百强区"):
            continue  # 全国投资潜力百强区 (of districts) is not 全国投资潜力百强 (of counties)
        for x, y in ((key, k2), *_without_category(key, k2)):
            a, b = _bigrams(x), _bigrams(y)
            if len(a) < 3 or len(b) < 3:
                continue
            s = min(len(a & b) / len(a), len(a & b) / len(b))
            if s >= 0.8 and s > score:
                best, score = code, s
    return best


_LIST_CATEGORY = re.compile(r"百强(?:县市|县|区)?$")


def _without_category(key: str, other: str) -> list[tuple[str, str]]:
    """A notice's 县域经济基本竞争力百强县 is the registry's 县域经济基本竞争力: the category the notice's
    name ends with and the registry's does not say (the words before it long enough to name a list alone;
    never the other way, or a statistic's rank, 地区生产总值排名, would be a list of 地区生产总值百强县)."""
    a = _LIST_CATEGORY.sub("", key)
    if a == key or _LIST_CATEGORY.search(other) or min(len(a), len(other)) < 5:
        return []
    return [(a, other)]


def is_notice(t: str) -> bool:
    """Whether a text announces a ranking list (its title, or a sentence that publishes one)."""
    head = "\n".join(x for x in t.splitlines()[:3])
    if re.search(r"百强|排行榜|榜单|\d+强|前\d+名|排名(?:公布|发布|出炉|揭晓)|评价结果", head):
        return True  # …营商环境排名公布 汉阳区在全省…位列第一: a list's results announced
    opening = t[:200].split("。")[0].replace("\n", "")  # 7月19日,\n由赛迪顾问…编制的\n《…百强研究》\n正式发布
    if _ANNOUNCE.search(opening) and re.search(r"百强|排行榜|榜单|\d+强", opening):
        return True
    # 设区市生产总值排名前三的是…; 财政总收入排名前三位的分别是…: places ranked statistic by statistic
    n = r"[\d一二三四五六七八九十]+"
    tops = re.findall(rf"排名前{n}|居(?:全省|全国|全市)?前{n}(?:名|位)", t)
    if len(tops) >= 3:
        return True
    if re.search(rf"前{n}强(?:县市?|区)?(?:分别|依次)(?:为|是)", t):
        return True  # 前十强分别为:深圳市南山区、广州市天河区…: a list's first places in order
    if "|" in t and re.search(r"排名|排行|排序|位次|名次", t) and len(_table(t)) >= 3:
        return True  # 排名 | 地区 | 生产总值(亿元) and rows of places: places ranked in a table
    return any(
        (_ANNOUNCE.search(s) or re.search(r"分列|(?:分别|依次)(?:位列|位居|排名|排在|为第)", s))
        and re.search(r"百强|排行榜|榜单|\d+强|前[\d一二三四五六七八九十]+名", s)
        for s in re.split(r"[。\n]", t)
    )  # or a sentence that ranks places in a list: 长沙县、…醴陵市进入百强,分列第7位、…


def _ranked(t: str) -> list[Ranked]:
    out: list[Ranked] = []
    taken: set[int] = set()
    for sent in _sentences(t):
        a, b = sent
        s = t[a:b]
        for m in _ENUM.finditer(s):
            nums = [(x.start(1), x.end(), _int(x.group(1))) for x in re.finditer(_RANK_ITEM, m.group(1))]
            head = s[: m.start()]
            head = head[max(head.rfind("；"), head.rfind(";"), 0) :]
            places = [p for p in _places(head) if p[2].level == "county"]
            base = a
            if not places and not head.strip("，,。 ") and a > 0:
                # 湖北入围名单:大冶、宜都、…枝江。分列第72、77、…位。: the places the sentence before lists
                pa = max(t.rfind("。", 0, a - 1), t.rfind("\n", 0, a - 1)) + 1
                places = [p for p in _places(t[pa : a]) if p[2].level == "county"]
                base = pa
            off = m.start(1) + a
            if len(places) >= len(nums) and len(nums) > 1:
                for (ns, ne, v), (_, _, d) in zip(nums, places[-len(nums) :], strict=True):
                    out.append(Ranked(d, v, off + ns, off + ne, base + places[-len(nums)][0], a + m.start()))
                    taken.add(off + ns)
        for m in _RUN.finditer(s):
            lo, hi = _int(m.group(1)), _int(m.group(2))
            head = s[: m.start()]
            head = head[max(head.rfind(c) for c in "，,；;:：。") + 1 :]
            places = [p for p in _places(head) if p[2].level == "county"]
            if not 1 < hi - lo + 1 == len(places) or a + m.start(1) in taken:
                continue
            for k, (_, _, d) in enumerate(places):
                begin = a + m.start() - len(head) + places[0][0]
                out.append(Ranked(d, lo + k, a + m.start(1), a + m.end(2), begin, a + m.start()))
            taken.add(a + m.start(1))
        for m in re.finditer(rf"[(（]第?{_NUM}(?:位|名)?[)）]", s):  # 长沙县(第4位)、浏阳市(第7位)
            pos = a + m.start(1)
            before = [p for p in _places(s[max(0, m.start() - 12) : m.start()]) if p[2].level == "county"]
            if pos in taken or not before or before[-1][1] != min(12, m.start()):
                continue
            begin = a + max(0, m.start() - 12) + before[-1][0]
            out.append(Ranked(before[-1][2], _int(m.group(1)), pos, a + m.end(1), begin, a + m.start()))
            taken.add(pos)
        for m in _AFTER.finditer(s):
            after = _places(s[m.end() : m.end() + 12])
            if after and after[0][0] == 0 and (m.start(1) if m.group(1) else m.start(2)) + a not in taken:
                d = after[0][2]
                at = a + m.start()
                g = 1 if m.group(1) else 2  # 排名第N位的 or 第N位的
                out.append(Ranked(d, _int(m.group(g)), a + m.start(g), a + m.end(g), at, at))
                taken.add(a + m.start(g))
        for m in _MOVE.finditer(s):  # 神木由去年的第44位上升到36位: last year's place and this year's
            head = s[max(0, m.start() - 40) : m.start()]
            head = head[max(head.rfind(c) for c in "；;:：。") + 1 :]
            places = [p for p in _places(head) if p[2].level == "county"]
            # 盘县蝉联“全国百强县”(推动类),从第85位升至83位: the clause's place, no figure between
            if not places or a + m.start(1) in taken or len(head) - places[-1][1] > 2 and (
                re.search(r"\d", head[places[-1][1] :]) or len(head) - places[-1][1] > 30
            ):
                continue
            begin = a + m.start() - len(head) + places[-1][0]
            d = places[-1][2]
            out.append(Ranked(d, _int(m.group(1)), a + m.start(1), a + m.end(1), begin, a + m.start(), ago=1))
            out.append(Ranked(d, _int(m.group(2)), a + m.start(2), a + m.end(2), begin, a + m.start()))
            taken.update({a + m.start(1), a + m.start(2)})
        for m in re.finditer(rf"第{_NUM}(?:位|名)", s):  # 仙桃市位列第52位,…,宜都市第62位: place, then rank
            pos = a + m.start(1)
            head = s[max(0, m.start() - 12) : m.start()]
            places = [p for p in _places(head) if p[2].level == "county"]
            if pos in taken or not places or not re.fullmatch(r"(?:为|是)?", head[places[-1][1] :]):
                continue  # 宜都市第62位, 龙岗区为第三名
            before = head[: places[-1][0]]
            if before and before[-1] not in "，,、;；:：(（":
                continue  # 全市第3位: a scope, not a place
            begin = a + m.start() - len(head) + places[-1][0]
            out.append(Ranked(places[-1][2], _int(m.group(1)), pos, a + m.end(1), begin, a + m.start()))
            taken.add(pos)
        for m in _TOP.finditer(s):  # 神木市凭借…继续位居榜首: the first place
            pos = a + m.start(1)
            head = s[max(0, m.start() - 24) : m.start()]
            head = head[max(head.rfind(c) for c in "，,；;:：") + 1 :]
            places = [p for p in _places(head) if p[2].level == "county"]
            if pos in taken or not places or _SCOPE.search(s[m.start() : m.end()]):
                continue
            begin = a + m.start() - len(head) + places[-1][0]
            out.append(Ranked(places[-1][2], 1, pos, a + m.end(1), begin, a + m.start()))
            taken.add(pos)
        for m in _NAMED.finditer(s):
            pos = a + m.start(1)
            head = s[: m.start()]
            head = head[max(head.rfind(c) for c in "，,；;:：") + 1 :]
            places = [p for p in _places(head) if p[2].level == "county"]
            if pos in taken or not places or len(head) - places[-1][1] > 8:
                continue
            if _TOWN.match(head, places[-1][1]):
                continue  # 江北区慈城镇位列第31位: a town's
            if len(places) > 1 and re.fullmatch(r"[、和及与]", head[places[-2][1] : places[-1][0]]):
                continue  # 浏阳市、醴陵市依次排在…第12位: a list of places is no one place's rank
            begin = a + m.start() - len(head) + places[-1][0]
            out.append(Ranked(places[-1][2], _int(m.group(1)), pos, a + m.end(1), begin, a + m.start(1)))
            taken.add(pos)
        for m in _TIED.finditer(s):
            head = s[: m.start()]
            head = head[max(head.rfind(c) for c in "，,；;:：") + 1 :]
            places = [p for p in _places(head) if p[2].level == "county"]
            if len(places) < 2 or places[-1][1] != len(head) or a + m.start(1) in taken:
                continue
            joined = [places[-1]]
            for p in reversed(places[:-1]):  # 昆山和江阴, 昆山、江阴与张家港: the places joined before it
                if not re.fullmatch(r"[、和及与]", head[p[1] : joined[0][0]]):
                    break
                joined.insert(0, p)
            if len(joined) < 2:
                continue
            begin = a + m.start() - len(head) + joined[0][0]
            rank = 1 if m.group(2) else _int(m.group(1))
            start, end = (m.start(2), m.end(2)) if m.group(2) else (m.start(1), m.end(1))
            for p in joined:
                out.append(Ranked(p[2], rank, a + start, a + end, begin, a + m.start()))
            taken.add(a + start)
        for m in _SINGLE.finditer(s):
            pos = a + m.start(2)
            if pos in taken or _SCOPE.search(s[m.start() : m.end()]):
                continue
            if not (m.group(1) or m.group(3) or m.group(0).startswith("排名")):
                continue  # 排名13 counts; 居13 does not
            head = s[: m.start()]
            cut = max(head.rfind(c) for c in "；;:：")
            head = head[cut + 1 :]
            places = [p for p in _places(head) if p[2].level == "county"]
            between = head[places[-1][1] :] if places else ""
            figures = re.search(r"\d", re.sub(rf"{_YEAR}年?度?", "", between))
            reach = 16 if re.search(r"\d", between) else 12
            if re.search(r"百强|榜|\d+强|排行", between) and not figures:
                reach = 36  # 新郑入选YYYY年度全国综合实力百强县市榜单,排名第40位: the list between, no figure
            if not places or len(head) - places[-1][1] > reach:
                continue  # 天长市经济总量达到549.3亿元,位居第4: a figure between the place and its rank
            if _TOWN.match(head, places[-1][1]):
                continue  # 慈溪市周巷镇位居第74位: a town's rank in a list of towns, not the county's
            if len(places) > 1 and re.fullmatch(r"[、和及与]", head[places[-2][1] : places[-1][0]]):
                continue  # 浏阳市、醴陵市依次排在第12位: a list of places is no one place's rank
            d = places[-1][2]
            begin = a + cut + 1 + places[-1][0]
            ago = 1 if re.search(r"(?:去年|上年|上届)$", s[max(0, m.start() - 4) : m.start()]) else 0
            out.append(Ranked(d, _int(m.group(2)), pos, a + m.end(2), begin, a + m.start(), ago=ago))
            taken.add(pos)
    return out


def _sentences(t: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in re.finditer(r"[。！？!?\n]", t):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(t)))
    return [(x, y) for x, y in out if y > x]


_RANK_HEAD = clauses.RANK_COLUMN
_PLACE_HEAD = re.compile(r"县|市|区|旗|地区|名称|名单|单位|城市")


def _county(cell: str) -> divisions.Division | None:
    """The county a table cell names when the whole cell is its name (江苏昆山市: province, county)."""
    place = _whole_place(cell)
    return place if place is not None and place.level == "county" else None


def _unit(cell: str) -> divisions.Division | None:
    """The county or city a whole table cell names (a list of counties, of cities)."""
    place = _whole_place(cell)
    return place if place is not None and place.level in ("county", "prefecture") else None


def _headed(cells: list[tuple[int, int, str]]) -> tuple[list[Ranked], set[int]]:
    """Tables under a header row (县域单位 | 排序 | 竞争力指数): rows of as many cells as the header, the
    rank and the place in the header's columns; the cells it reads."""
    out, used = [], set()
    i = 0
    while i < len(cells):
        width = 0
        for k in range(2, 9):  # a header: 2-8 cells without digits, one a rank's, one a place's
            head = [re.split(r"[。？?！!：:]", c[2])[-1] for c in cells[i : i + k]]  # …上榜了呢?县域单位
            # a header's cells are short words (…指标。 ends prose: an empty last segment, no header cell)
            # (a column's year and unit aside: YYYY年GDP(亿元))
            bare = [re.sub(r"(?:19|20)\d{2}年?|[(（][^()（）]{1,6}[)）]", "", h) for h in head]
            if len(head) < k or any(re.search(r"\d", h) or len(h) > 8 or not h for h in bare):
                break
            ranks = [j for j, h in enumerate(head) if _RANK_HEAD.search(h)]
            if len(ranks) > 1:  # 序号 | 全国排名 | 城市: the row's number beside the rank
                ranks = [j for j in ranks if not re.search(r"序号", head[j])] or ranks
            names = [j for j, h in enumerate(head) if _PLACE_HEAD.search(h) and j not in ranks]
            nxt = cells[i + k][2] if i + k < len(cells) else ""
            if len(ranks) == 1 and names and (re.search(r"\d", nxt) or _unit(nxt)):
                # 排名 | 地区 | 地级市 | 县(市): the column whose first row is a county, not its province's
                first = [j for j in names if i + k + j < len(cells) and _county(cells[i + k + j][2])]
                width, rank_col, place_col = k, ranks[0], (first or names)[0]
                break
        if not width:
            i += 1
            continue
        j = i + width
        while j + max(rank_col, place_col) < len(cells):  # the last row may be cut after its rank
            row = cells[j : j + width]
            place, rank = _unit(row[place_col][2]), row[rank_col][2]
            if not re.fullmatch(r"\d{1,3}", rank) or re.search(r"\d", row[place_col][2]):
                break
            j += width
            if place is None:  # a place the register does not know: its row still counts
                continue
            a, b = row[rank_col][0], row[rank_col][1]
            out.append(Ranked(place, int(rank), a, b, min(row[0][0], a), min(row[0][0], a), row[-1][1]))
            used.update(c[0] for c in row)
        i = j if j > i + width else i + 1
    return out, used


def _table(t: str) -> list[Ranked]:
    """Table rows (排名 | 县 | 省, a row a line or a cell a line): a number, then a cell that is a place;
    under a header row, the header's columns."""
    cells = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^|\n]+", t)]
    cells = [c for c in cells if c[2]]
    out, used = _headed(cells)
    for (a, b, x), (_, d, y) in zip(cells, cells[1:], strict=False):
        if a in used:
            continue
        if not re.fullmatch(r"\d{1,3}", x) or not 0 < int(x) <= 1000 or len(y) > 12:
            continue
        found = _places(y)
        if not found or found[-1][1] != len(y) or found[-1][2].level != "county":
            continue
        skip = sum(e - s for s, e, _ in found)
        if skip != len(y):  # every character of the cell names a place (江苏昆山市: province then county)
            continue
        out.append(Ranked(found[-1][2], int(x), a, b, a, a, d))
    for m in _ROW_LINE.finditer(t):  # 1 昆山市 江苏省 98.44: a row a line, its cells apart by spaces
        cell = m.group(2)
        found = _places(cell)
        counties = [f for f in found if f[2].level == "county"]
        whole = sum(e - s for s, e, _ in found) == len(cell)  # every character names a place
        if len(counties) != 1 or not whole or not 0 < int(m.group(1)) <= 1000:
            continue
        if any(r.start == m.start(1) for r in out):
            continue
        at = m.start(1)
        out.append(Ranked(counties[0][2], int(m.group(1)), at, m.end(1), at, at, m.end()))
    return out


_ROW_LINE = re.compile(
    r"(?m)^[ \t]*(\d{1,3})[.、．]?[ \t]*([\u4e00-\u9fff]{2,16}?)[ \t]*(?:\d+(?:\.\s?\d+)?[ \t]*)*$"
)


def read(text: str, doc_year: int | None, reg, source_id: str, doc_date=None) -> list:
    """The ranks a ranking notice gives, one Candidate per place, under the notice's list (a list that
    names no year: the year the document reports on, as a report early in a year reviews the last)."""
    norm = clauses.normalise(text)
    t = norm.text
    if not is_notice(t):
        return []
    cities = tuple(dict.fromkeys(d.code for _, _, d in _places(t) if d.level == "prefecture"))
    token = _WITHIN.set(cities if len(cities) == 1 else ())
    try:
        return _read(t, text, norm, doc_year, reg, source_id, doc_date)
    finally:
        _WITHIN.reset(token)


def _read(t: str, text: str, norm, doc_year: int | None, reg, source_id: str, doc_date) -> list:
    """read(), once the notice's city is known."""
    from dashboard.extract.candidate import Candidate

    if doc_date is not None:
        doc_year = clauses.reporting_years(clauses.title_of(t), doc_date, t)[0] or doc_year
    # no date: a statistic's ranks (前十强 by 地区生产总值) are of the year the text reports on, if it says;
    # a named list's edition is not (a list of YYYY+1 ranks the figures of YYYY)
    stat_year = doc_year or clauses.reporting_years(clauses.title_of(t), None, t)[0]
    plain = t.replace("“", "").replace("”", "")
    every = [  # 首页天天新闻综合排行产品排行榜: a site's navigation names no list
        x for x in _lists(plain) if not _NAV_LINE.search(_line(plain, x.at))
    ]
    if not every and (implied := _implied_list(plain)):
        every = [implied]
    # 联合发布《YYYY年中国中小城市…研究成果》,揭晓了…榜单: the study's year, for lists nothing else dates
    study = re.search(rf"《({_YEAR})[^》]{{2,40}}》", plain[:400]) if _ANNOUNCE.search(plain[:400]) else None
    shift = _shift(t)
    dated = [x for x in every if x.year]
    announced = [
        x
        for x in dated
        if _ANNOUNCE.search(plain[max(0, x.at - 40) : x.at + len(x.name) + 30])
    ]
    doc_list = (announced or dated or [x for x in every if x.edition] or every or [None])[0]
    brand, topic = _brand(t)
    # a page of one place's honours: a line each, opened by its month (YYYY年7月,…百强榜单…,新郑市居第49名)
    honours = len(re.findall(rf"(?m)^\s*{_YEAR}年\d{{1,2}}月[^\n]*?(?:百强|榜|\d+强)", t)) >= 3
    from dashboard.extract.candidate import _PUBLISHER

    pub = _PUBLISHER.search(t)
    publisher = next((g for g in pub.groups() if g), "") if pub else brand
    out = []
    seen = set()
    stated = _ordered(t) + _next_in_order(t, _rank_is(t))  # 前十…依次为 A、B…; 第3位的是…其次分别是
    first = _first_n(t)  # 四市居前四位: which places, not surely in this order (nor those after them)
    loose = first + _next_in_order(t, first)
    ordered = stated + loose
    tables = _table(t)
    for r in _ranked(t) + tables + _rank_is(t) + ordered:
        opens = max(t.rfind("。", 0, r.start), t.rfind("\n", 0, r.start)) + 1
        if re.search(r"增速|增幅|增长率|从增长", t[opens : r.start]):
            continue  # 从增速来看,长丰县以6.3%高居榜首: a growth's rank, not the list's (the clause reader's)
        at = shift(r.list_at)
        said = [
            x
            for x in every
            if x.at <= at
            and not re.search(r"[。\n]", plain[x.at : at])
            and (x.year or x.edition or match_list(reg, x.name) or _NAMED_LIST.search(x.name))
        ]  # the list its own sentence names (在第二十届…评价中,醴陵市排名第61位; 福清市入选…百强县市,排第15)
        own = said or [x for x in dated if x.at <= at and _same_para(plain, x.at, at)] or [
            x for x in every if x.at <= at and _same_para(plain, x.at, at) and match_list(reg, x.name)
        ]  # 在全国县域经济基本竞争力百强排名中,…。其中昆山和江阴并列第一: a registry list named just before
        # a list of another edition named just above a table (YYYY年,全国100强县市… then YYYY全国…百强县市中:)
        near = [x for x in dated if x.at <= at and at - x.at < 300 and doc_list and x.year != doc_list.year]
        near = near if r in tables else []
        lst = own[-1] if own else near[-1] if near else doc_list
        same = own and doc_list and lst is not doc_list and lst.year in ("", doc_list.year)
        # 在YYYY年百强区前十名中: a bare category, the notice's own list
        category = lst is not None and re.fullmatch(r"(?:中国|全国)?百强(?:县市|县|区)?", lst.name)
        if same and (_core(lst.name) in doc_list.name or category):
            lst = doc_list  # 综合竞争力排名第1位 under “全国综合竞争力百强县(市)报告”: the full list
        plain_stat = said and _STATISTIC.search(said[-1].name) and not re.search(r"强|榜|评价", said[-1].name)
        stat = _STATISTIC.findall(t[opens : r.start]) if r in ordered and (not said or plain_stat) else []
        top = re.match(r"前[\d一二三四五六七八九十]+强", t[opens : r.start])
        if r in ordered and not stat and not said and top:  # …的地区生产总值迈入千亿俱乐部。前十强分别为:
            before = t[max(t.rfind("。", 0, opens - 1), t.rfind("\n", 0, opens - 1)) + 1 : opens]
            stat = _STATISTIC.findall(before)  # the statistic the sentence before ranks by
        if not stat and not said and r in tables:  # GDP排行 | 区域 | …: the statistic its rank column ranks
            heads = [ln for ln in t[: r.start].split("\n") if "|" in ln and _RANK_HEAD.search(ln)]
            cols = heads[-1].split("|") if heads else []
            # 排名 | 地区 | 生产总值(亿元): a bare rank column ranks by the first statistic's column
            by = [c for c in cols if _STATISTIC.search(c) and not re.search(r"增长|增速|增幅|比重", c)]
            stat = _STATISTIC.findall(cols[0]) or (_STATISTIC.findall(by[0]) if by else []) if cols else []
        if lst is None and not stat:
            continue
        named_stat = clauses.STATISTIC_NAMES.get(stat[-1], stat[-1]) if stat else ""
        name = named_stat + "排名" if stat else lst.name  # 财政总收入排名前三位的分别是: the statistic's
        lst = lst or ListName(name, "", 0)
        # a page of one place's honours (several lists, a line each): a publisher owns only its own line's
        branded = brand and (not honours or brand in _line(t, r.start))
        core = _core(re.sub(r"百强(?:县市|县|区)?$", "", name)).replace(brand, "") if branded else ""
        if branded and (brand not in name or not core):  # 县域经济100强 by 赛迪, 赛迪百强县: 赛迪县域经济百强
            kind = re.search(r"百强(县市|县|区)$", name)  # 赛迪百强区: the publisher's list of districts
            name = brand + (core or topic) + "百强" + (kind.group(1) if kind and not core else "")
        code = match_list(reg, name)
        if not code and branded and not any(brand in n for n, _ in _list_names(reg)):
            code = match_list(reg, lst.name)  # 中郡 + 县域经济基本竞争力: a list the registry holds unbranded
        if not lst.year and doc_list and lst is not doc_list and doc_list.year and lst.at >= doc_list.at:
            lst = ListName(lst.name, doc_list.year, lst.at, lst.edition)  # a list the notice's edition holds
        if not lst.year and lst.edition and code:  # 第十四届: the registry's editions of the list
            held = reg.editions.get((code, lst.edition))
            if held or reg.edition_offset is not None:
                lst.year = held or str(reg.edition_offset + lst.edition)
        year = lst.year or (str(doc_year) if doc_year else str(stat_year) if stat and stat_year else "")
        year = year or (study.group(1) if study and not stat else "")
        if not year:
            continue
        if r.ago and re.fullmatch(r"\d{4}", year):
            year = str(int(year) - r.ago)  # 去年位居95位: the edition before
        key = (r.place.code, r.rank, code or name, year)
        if key in seen:
            continue
        seen.add(key)
        ours = clauses.place_of(r.place).ours
        notes = [] if ours else [f"new region? {r.place.name_zh} ({r.place.code})"]
        if not code:
            notes.append(f"new ranking list? publisher: {publisher or 'not named'}")
        notes.append("a ranking notice: the place named with its rank")
        if r in loose:
            notes.append("a rank read from the order of a list (四市居前四位): check it")
        elif r in stated:
            notes.append("a rank read from the order the list states (前十…依次为: A、B…)")
        out.append(
            Candidate(
                ours or r.place.name_zh,
                code or name,  # a proposed list is named without 排名
                year,
                float(r.rank),
                "位",
                "rank",
                source_id,
                norm.quote(min(r.quote_start, r.start), max(r.end, r.quote_end)),
                0.4 if r in loose else 0.6 if r in stated else 0.8 if code else 0.7,
                "; ".join(notes),
                region_known=bool(ours),
                indicator_known=bool(code),
                start=r.start,
            )
        )
    # the newest edition the notice names (YYYY年,全国100强县市常住人口… is the data of the edition after it)
    list_year = max((x.year for x in dated), default="") or (str(doc_year) if doc_year else "")
    for place, value, at, end, category, ago in _seats(t) if list_year else []:
        ours = clauses.place_of(place).ours
        notes = ([] if ours else [f"new region? {place.name_zh} ({place.code})"]) + [
            "a ranking notice: the places a list counts in this region"
        ]
        out.append(
            Candidate(
                ours or place.name_zh,
                f"{category}数量",
                str(int(list_year) - ago),
                float(value),
                "个",
                "actual",
                source_id,
                norm.quote(at, end),
                0.55,
                "; ".join(notes),
                region_known=bool(ours),
                indicator_known=False,
                start=at,
            )
        )
    return out


_CATEGORY = re.compile(r"(?:[东中西]部|工业|赛迪)?百强(?:县市|县|区|市)|千亿县|\d+强县")
_UNIT_OF_SEATS = r"(?:个|家|席|席位)(?:县市|县|区|市)?"
# 四川百强县由2家提升到4家, 湖北从7家提升到8家: the count in the edition before and in this one
_SEATS_MOVED = re.compile(
    rf"([\u4e00-\u9fff]{{2,6}}?)(?:的)?(?:{_CATEGORY.pattern})?(?:数量)?(?:由|从)(\d+){_UNIT_OF_SEATS}"
    rf"(?:提升|增加|增长|上升|增)?(?:到|至)(\d+){_UNIT_OF_SEATS}"
)
# 湖北8个县市入围百强, 江苏拥有最多的百强县…25席: a place's count in the list
_SEATS = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:共有|有|拥有|占据?了?|入围|入选|上榜)?(\d+)(?:个|家|席)(?:县市|县|区|市)?"
    r"(?:入围|入选|上榜|进入|跻身)"
)
# 江苏、浙江及山东三省…分别占25席、18席和13席: places, then their counts in order
_SEATS_EACH = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}[、和及与])+[\u4e00-\u9fff]{2,4})[^，,。；;]{0,20}?[，,]?分别(?:占|有|拥有)"
    r"(\d+)(?:个|家|席)((?:[、和及与]\d+(?:个|家|席))+)"
)


# 四川省西部百强县数量达到28个, 四川百强区入围13个: a place, the list's category, its count
_SEATS_COUNT = re.compile(
    rf"([\u4e00-\u9fff]{{2,6}}?)(?:{_CATEGORY.pattern})(?:的)?(?:数量|个数|入围|入选|上榜)(?:达到?|为|共|有)?(\d+)(?:个|家|席)"
)
_SEATS_NEXT = re.compile(r"[^。；;]{0,20}?其次(?:是|为)[:：]?")  # …居首位,其次是云南13个、内蒙古12个
_SEAT_ITEM = re.compile(r"([\u4e00-\u9fff]{2,4}?)(\d+)(?:个|家|席)")


def _item_end(sent: str, at: int) -> int:
    """Where a run of counted places (云南13个、内蒙古12个…) ends: the first mark that is no 、."""
    stop = re.search(r"[。；;，,](?![\u4e00-\u9fff]{2,4}\d)", sent[at:])
    return at + stop.start() if stop else len(sent)


def _counting_region(name: str) -> divisions.Division | None:
    """The province or city a name is, whole (四川, 湖北), that counts a list's places; else None."""
    found = _places(name)
    if len(found) == 1 and found[0][0] == 0 and found[0][2].level in ("province", "prefecture"):
        return found[0][2]
    return None


def _seats(t: str) -> list[tuple]:
    """How many places of a list a province or city has (四川百强县由2家提升到4家, 湖北8个县市入围百强,
    江苏、浙江及山东…分别占25席、18席和13席): (place, count, start, end, list category, editions ago)."""
    out = []
    category = ""
    for a, b in _sentences(t):
        sent = t[a:b]
        cats = _CATEGORY.findall(sent)
        if not cats and not (category and sent.startswith("其中")):
            category = ""
            continue  # 其中,江苏、浙江及山东分别占25席…: the list of the sentence before
        category = cats[0] if cats else category
        region = _counting_region
        for m in _SEATS_MOVED.finditer(sent):
            place = region(m.group(1))
            if place:
                out.append((place, int(m.group(2)), a + m.start(), a + m.end(), category, 1))
                out.append((place, int(m.group(3)), a + m.start(), a + m.end(), category, 0))
        for m in _SEATS.finditer(sent):
            place = region(m.group(1))
            if place:
                out.append((place, int(m.group(2)), a + m.start(), a + m.end(), category, 0))
        for m in _SEATS_COUNT.finditer(sent):  # 四川省西部百强县数量达到28个,…其次是云南13个、内蒙古12个
            place = region(m.group(1))
            if place:
                out.append((place, int(m.group(2)), a + m.start(), a + m.end(), category, 0))
                after = _SEATS_NEXT.search(sent, m.end())
                run = (after.end(), _item_end(sent, after.end())) if after else (0, 0)
                for x in _SEAT_ITEM.finditer(sent, *run):
                    if nxt := region(x.group(1)):
                        out.append((nxt, int(x.group(2)), a + x.start(), a + x.end(), category, 0))
        for m in _SEATS_EACH.finditer(sent):
            places = [region(x) for x in re.split(r"[、和及与]", m.group(1))]
            counts = [m.group(2), *re.findall(r"\d+", m.group(3))]
            if len(places) == len(counts) and None not in places:
                for place, n in zip(places, counts, strict=True):
                    out.append((place, int(n), a + m.start(), a + m.end(), category, 0))
    once = {}  # 四川百强县由2家提升到4家 said twice: one reading, where it is first said
    for x in out:
        once.setdefault((x[0].code, x[1], x[4], x[5]), x)
    return list(once.values())


def _implied_list(t: str) -> ListName | None:
    """The list of a notice that names none but the study it comes from and the category it ranks
    (《YYYY中国中小城市高质量发展指数研究》…其中,百强县市为:县级市、县…; 全国排名 | 名单): the category's
    national list of that study's year."""
    study = re.search(rf"《({_YEAR})[^》]{{2,40}}》", t)
    category = re.search(r"百强(县市|县|区)", t)
    if not study or not category:
        return None
    strength = "综合实力" if "综合实力" in t else ""
    return ListName(f"全国{strength}百强{category.group(1)}", study.group(1), study.start())


_ORDERED = re.compile(
    rf"(?:排名|排在|位居|位列)?前({_NUM})(?:位|名|强)?(?:的[^，,。:：;；]{{0,12}}?|[^，,。]{{0,10}}[，,])?(?:依次|分别)?"
    rf"(?:为|是|分别是|分别为)[:：]?"
)


def _whole_place(x: str) -> divisions.Division | None:
    """The one place a list item names, when the item is that name and nothing else."""
    found = _places(x)
    if not found or found[0][0] != 0 or sum(e - s for s, e, _ in found) != len(x):
        return None
    if len(found) == 1:
        return found[0][2]
    *above, last = [f[2] for f in found]  # 陕西神木市: the province, then the county
    return last if last.level == "county" and all(d.level != "county" for d in above) else None


def _readable(places: list) -> bool:
    """Whether a list's items are places: all of them, or all but one of a list of five or more (…宜兴市、
    龙口是、长沙县: a misprint keeps its position, and the places around it theirs; it gets no rank)."""
    return None not in places or len(places) >= 5 and places.count(None) == 1


def _in_order(pairs: list, at: int, first: int, quote_start: int, quote_end: int | None = None) -> list:
    """Ranks first, first + 1, … for a list's (place, item) pairs, its items from `at` one mark apart (an
    item that names no place keeps its position and gets no rank)."""
    out = []
    for i, (d, x) in enumerate(pairs):
        end = quote_end if quote_end is not None else at + len(x)
        if d is not None:
            out.append(Ranked(d, first + i, at, at + len(x), quote_start, quote_start, end))
        at += len(x) + 1
    return out


_RANGE_ORDERED = re.compile(
    r"(?:排在|排名|位列|位居|居)?第?(\d{1,3})[-—–~～至到](\d{1,3})(?:位|名)的?[\u4e00-\u9fff]{0,6}?(?:依次|分别)(?:是|为)[:：]?"
)


def _ordered(t: str) -> list[Ranked]:
    """排名前十的工业强县为:昆山市、江阴市…; 排在11—20位的分别是怀远、颍上…: a list's places in its
    order, when as many as it says."""
    out = []
    spans = [(m, 1, m.group(1)) for m in _ORDERED.finditer(t)]
    spans += [(m, int(m.group(1)), str(int(m.group(2)) - int(m.group(1)) + 1))
              for m in _RANGE_ORDERED.finditer(t)]
    for m, first, count in spans:
        end = re.search(r"[,，。;；\n]", t[m.end() :])
        items = re.split(r"、|和(?=[^、]*$)", t[m.end() : m.end() + (end.start() if end else 200)])
        try:
            size = int(cx.small_int(count))
        except (ValueError, TypeError):
            continue
        places = [_whole_place(x.strip()) for x in items]
        cut = end is None and 1 < len(items) < size  # a page cut inside its list: the places it kept
        if (len(items) == size or cut) and _readable(places):
            out += _in_order(list(zip(places, items, strict=True)), m.end(), first, m.start())
    return out


# 江苏的昆山、江阴、张家港、常熟四市居“百强县”前四位: the places of the first N, in order
_FIRST_N = re.compile(
    rf"((?:[\u4e00-\u9fff]{{2,6}}?[、和及])+[\u4e00-\u9fff]{{2,6}}?)(?:[一二三四五六七八九十\d]{{1,2}}个?(?:县市|市|县|地))?"
    rf"(?:居|位居|位列|占据|包揽|囊括)[^，,。前]{{0,10}}前({_NUM})(?:位|名)?(?![\d一二三四五六七八九十])"
)
_RANK_IS = re.compile(
    rf"第({_NUM})(?:(?:位|名)的?|的)(?:仍然?|依然|则|还)*(?:是|为|被)(?:[\u4e00-\u9fff]{{2,3}}(?:省|自治区)的)?"
    rf"([\u4e00-\u9fff]{{2,10}}?(?:市|县|区|旗))"  # 第六名则依然被江苏省的太仓市占据
)
_NEXT = re.compile(r"(?:其次|其后|随后|随之|紧随其后的?|接下来)(?:分别|依次)?(?:是|为)[:：]?")


def _rank_is(t: str) -> list[Ranked]:
    """排名第1位的仍是昆山市, 第2位的是江阴市: the place a position is given to."""
    out = []
    for m in _RANK_IS.finditer(t):
        found = _places(m.group(3))
        if len(found) != 1 or found[0][1] != len(m.group(3)) or found[0][2].level != "county":
            continue
        try:
            rank = int(cx.small_int(m.group(1)))
        except (ValueError, TypeError):
            continue
        out.append(Ranked(found[0][2], rank, m.start(1), m.end(1), m.start(), m.start(), m.end()))
    return out


def _first_n(t: str) -> list[Ranked]:
    """昆山、江阴、张家港、常熟四市居百强县前四位: as many places as the first N, in the order named."""
    out = []
    for m in _FIRST_N.finditer(t):
        try:
            size = int(cx.small_int(m.group(2)))
        except (ValueError, TypeError):
            continue
        items = re.split(r"、|和|及", m.group(1))  # 昆山市、江阴市和张家港市位列前三
        items[0] = re.sub(r"^.*?的", "", items[0])  # 江苏的昆山: the province's
        # 苏南四小龙昆山市、…: the place the first item ends on
        ends = [items[0][k:] for k in range(len(items[0]) - 1) if _whole_place(items[0][k:])]
        items[0] = ends[0] if ends else items[0]
        places = [_whole_place(x) for x in items]
        if len(items) == size and _readable(places):
            at = m.start(1) + len(m.group(1)) - len("、".join(items))
            out += _in_order(list(zip(places, items, strict=True)), at, 1, m.start(), m.end())
    return out


def _next_in_order(t: str, stated: list[Ranked]) -> list[Ranked]:
    """第3位的是张家港市,其次分别是常熟市、义乌市…: the places after a stated position, in order."""
    out = []
    for m in _NEXT.finditer(t):
        before = [r for r in stated if r.quote_end <= m.start() and m.start() - r.quote_end <= 4]
        if not before:
            continue
        end = re.search(r"[,，。;；\n]", t[m.end() :])
        pairs = []
        for x in re.split(r"[、和及]", t[m.end() : m.end() + (end.start() if end else 200)]):
            x = re.sub(r"等[\u4e00-\u9fff]{0,2}$", "", x)  # …洪山区等地: the list goes on unnamed
            d = _whole_place(x)
            if d is None or d.level != "county":
                break
            pairs.append((d, x))
        out += _in_order(pairs, m.end(), before[-1].rank + 1, m.start())
    return out


_NAV_LINE = re.compile(r"首页|当前位置|导航|频道|登录|注册")


def _line(t: str, at: int) -> str:
    end = t.find("\n", at)
    return t[t.rfind("\n", 0, at) + 1 : end if end >= 0 else len(t)]


def _shift(t: str):
    """Positions in the text to positions in its copy without curly quotes."""
    marks = [i for i, c in enumerate(t) if c in "“”"]

    def at(pos: int) -> int:
        return pos - bisect.bisect_left(marks, pos)

    return at


def _same_para(t: str, a: int, b: int) -> bool:
    return "\n" not in t[a:b]
