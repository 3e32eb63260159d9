"""Find the numbers a Chinese report states: digits, Chinese numerals, 百分之五, 三分之一, 7成, 第N位."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.divisions import names_pattern
from dashboard.numbers import approx_bounds, approx_words, parse_stated

CN = "零〇一二两三四五六七八九十百千万亿"
_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN = f"[{CN}]+"
# Units the project knows plus common ones it does not (proposed as new units).
UNITS = [
    "万元/人",
    "元/人",
    "亿美元",
    "万美元",
    "万平方米",
    "平方米",
    "平方公里",
    "万人次",
    "人次",
    "万人",
    "万户",
    "万件",
    "万个",
    "万亩",
    "万吨",
    "万元",
    "亿元",
    "亿千瓦时",
    "万千瓦时",
    "万千瓦",
    "万头",
    "万只",
    "万台",
    "家次",
    "个百分点",
    "个千分点",
    "百分点",  # 提升了1.3百分点: 个 left out (read as 个百分点)
    "‰",
    "公里",
    "千米",
    "元",
    "人",
    "名",
    "户",
    "个",
    "家",
    "件",
    "项",
    "座",
    "所",
    "条",
    "间",
    "套",
    "次",
    "届",
    "年",
    "天",
    "类",
    "亩",
    "吨",
    "辆",
    "台",
    "场",
    "批",
    "处",
    "栋",
    "张",
    "部",
    "位",
    "倍",
    "美元",
    "米",
    "头",
    "只",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "亿斤",
    "万亿斤",
    "斤",
]
_UNIT = "|".join(sorted({u for u in UNITS if u != "余人"}, key=len, reverse=True))
PREFIX_APPROX = approx_words("before")  # 超过, 突破, 近, 约 (data/approx.csv)
# The stated number is a bound, not the figure (data/approx.csv, column bound)
AT_LEAST = approx_bounds("at_least")  # 突破, 超过, 以上, 余: the figure is at least the number
AT_MOST = approx_bounds("at_most")  # 接近, 不足, 以内: ... at most
BOUNDS = AT_LEAST + AT_MOST  # 突破1000亿元, 近20万人: a bound, not the figure
SUFFIX_APPROX = approx_words("after_unit")  # 以上, 左右, 以内
_PRE = "|".join(PREFIX_APPROX)
_MORE = "".join(approx_words("after_number"))  # 余, 多: right after the number or its 万/亿
_SUF = "|".join(SUFFIX_APPROX)

_RANK = re.compile(rf"第({_AR}|{_CN})(?:位|名)")
_RANK_TOP = re.compile(
    r"(?:位居|居于?|排名|排在|位列|名列|稳居|蝉联|问鼎|登上|占据)(?:全国|全省|全市|榜单|[^，,。；;\d]{2,10}?)?(榜首|首位)"
)
# 排名第45, 位列全国第45, 居第3: a position without 位/名 after it
_RANK_BARE = re.compile(
    rf"(?:排名|排行|位列|名列|位居|居|列|排|排在|跃居至?|跃升至|升至|降至|蝉联|稳居|保持|获|荣获|夺得|勇夺|取得|"
    rf"(?<=总量)|(?<=增速)|(?<=增幅))"
    # 位列全区五市第四, 居全省14个市州第一, 排名全市县区第一: a scope and the number of its places
    rf"(?:为|是)?(?:全国|全省|全市|全区|全州|全盟|榜单)?(?:(?:\d{{1,3}}|[{CN}]{{1,3}})个?(?:市州|县市区|县区|地市|省份|"
    rf"城市|市|县|区|州|省)|(?<=全[省市州])各?(?:县市区|县区|区县|县市|市州|地市))?"
    rf"(?:[一二三四]类(?:设区市|县市区|县区|县市|县|市|区)的?)?第({_AR}|{_CN})"  # 排在一类县第一位: a class's
    rf"(?![届次批季章条个项年期部号\d{CN}]|方阵|梯队|阵营|档|方队|集团)"
)  # 居全市第一方阵: a group of leaders, no place
_RANK_PLAIN = re.compile(
    r"(?:中列|中排|(?<=[县市区旗])列)(?:全国|全省|全市|榜单)?(\d{1,3})(?:名|位)(?![数次])"
)
# 进入全省前三, 稳居全国前10位: within the first N
_TOP_N = re.compile(
    rf"(?:进入|跻身|位居|稳居|位列|保持|挺进|迈入)(?:全国|全省|全市|{names_pattern()})?前({_AR}|{_CN})(?:位|名|强)?"
)
_RANK_ROW_AFTER = re.compile(
    rf"^([\u4e00-\u9fff]{{2,5}}[市县区旗])\s*(?:{names_pattern()})?\s*第?(\d{{1,3}})(?:位|名)?$"
)
_BARE = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\d.,]*\d)")
_RANK_MORE = re.compile(rf"[、和及]第({_AR}|{_CN})(?![届次批季章条个项年期部号位名\d{CN}])")
# a ranking table row: "45 醴陵市" or "45. 醴陵市（湖南）"
_PROVINCES = names_pattern(("province",))
_RANK_ROW = re.compile(
    rf"^(\d{{1,3}})[.、．]?\s*([\u4e00-\u9fff]{{2,5}}[市县区旗])(?:$|[\s（(|｜,，、]|{_PROVINCES})"
)
_CHANGE = re.compile(rf"(前进|提升|进位|上升|提高|跃升|攀升|后退|下降|下滑)了?({_AR}|{_CN})个?(?:位|名)")
_MORE_CHANGE = re.compile(rf"(?:和|、|及)({_AR}|{_CN})个?位")
_PERCENT_CN = re.compile(rf"百分之({_AR}|[{CN}]+(?:点[{CN}]+)?)")
_FRACTION_CN = re.compile(rf"({_CN}|{_AR})分之({_CN}|{_AR})")
# 400强样本县: the sample of a study, no rank
_STRONG = re.compile(rf"({_AR}|[{CN}]{{2,}})强(?![榜县市区])(?![^，,。；;]{{0,4}}样本)")
_ZERO = re.compile(r"零(?=新增|增长|发生|事故|伤亡|死亡|投诉|报告)")
_DOUBLE_DIGIT = re.compile(r"两位位?数")
# 千亿产业, 千亿级产业集群, 突破千亿大关: a round 亿元 figure written as a word (千 -> 1000 亿元)
_ROUND_YI = re.compile(
    rf"(?P<pre>{_PRE})?(?<![\d零〇一二两三四五六七八九十百千])(?P<num>[千百])亿"
    r"(?=元|级|产业|产值|总值|园区|规模|集群|企业|大关|工业|县|市)"
)
# 跻身全国营商环境百强、工业百强: within the top 100 of a list
_TOP100 = re.compile(
    r"(?<![\d零〇一二两三四五六七八九十])百强(?![第榜县市区镇排名单\d零〇一二两三四五六七八九十])"
)
_TOP100_ENTRY = re.compile(r"跻身|进入|入选|入围|迈入|挺进|冲刺|晋级|进军|挺入|位列|跨入")
_GENERAL = re.compile(
    rf"(?P<pre>{_PRE})?(?P<num>{_AR}(?:/\d+)?%?|{_CN})(?P<more1>[{_MORE}])?(?P<scale>万亿|[万亿千](?!(?:{_UNIT})?[年月日]))?"
    rf"(?P<more2>[{_MORE}])?(?P<unit>{_UNIT}|成)?(?P<suf>{_SUF})?"
)
_RANGE = re.compile(rf"({_AR}|{_CN})[-—~～至到]({_AR}|{_CN})(年|个月|{_UNIT})")
_ABSTRACT = re.compile(
    r"(?:方面|高地|层面|环节|维度|坚持|必须|着力|重点|抓手|定位|战略|理念|意识|自信|维护|机制|体系|格局|"
    r"第一|优先|统筹|结合|转变|作用|突出|聚焦|支撑|目标|关键|原则|统一|文明|一批)"
)
# an explicit minus sign after a word or a list mark, not a range's dash (YYYY-YYYY, 5-10)
_MINUS = re.compile(r"(?:^|[^\dA-Za-z.%％)）])[-－−]$")
_GROWTH_BARE = re.compile(r"(?:增长|下降|增速为|增幅为|增速|增幅)$")
_MEETING = re.compile(r"^(?:全体|全会|会议|党代会|代表大会|人大|次会议|中全会|次全|届)")


@dataclass
class Number:
    """One stated number: where it is in the text, what it reads as, its unit and qualifier."""

    start: int
    end: int
    stated: str
    value: float
    unit: str
    approx: str = ""
    form: str = "count"  # count | percent | fraction | rank | change | strong | range
    high: float | None = None  # the upper end of a range


def read_numeral(s: str) -> float:
    """Value of a numeral in any written form (8.2%, 1,135, 两, 一百零五, 十二): numbers.parse_stated."""
    return parse_stated(s)


def _is_year(num: str, rest: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", num)) and not re.match(
        r"(?:万|亿|个|家|名|人|户|件|项|元|吨|亩|辆|台|套|间|座|所)", rest
    )


def _skip_context(text: str, m: re.Match, num: str) -> bool:
    """True for numbers that are names, dates or labels rather than figures."""
    before, after = text[max(0, m.start() - 1) : m.start()], text[m.end() : m.end() + 4]
    if before in ("过", "超") and re.match(r"(?:以上)?(?:的)?(?:项目|企业|产业|工程)", after):
        return True  # 投资过50亿元项目: a size class, not a figure
    whole_after = text[m.start() + len(m.group("pre") or "") + len(num) :][:6]
    if before and (
        before in "第+＋·/" or before == "前" and (m.group("unit") in ("名", "位") or not m.group("unit"))
    ):
        return True  # 第十九届, 前100名 (a list's size), 3+5+2
    if re.match(r"[+＋]", whole_after) or re.match(r"[月日号路点时:：.]", whole_after):
        return True
    if m.group("scale") and re.match(r"级|俱乐部", text[m.end() :]):
        return True  # 进入N千亿级俱乐部 (four digits, then 亿级): a class of places, not a figure
    if (
        _is_year(num, whole_after[1:] if whole_after[:1] == "年" else "x")
        and whole_after[:1] in "年—-至到,，、）) "
        or re.fullmatch(r"\d{4}", num)
        and not m.group("unit")
        and not m.group("scale")  # GDP为5216亿: four digits and a scale are a figure, not a year
    ):
        return True
    if re.search(r"全[省市区州盟国]$", text[max(0, m.start() - 2) : m.start()]) and re.match(
        r"(?:个)?(?:市州|县市区|县区|县市|地市|省份|省区市|城市|市|县|区|州)中?(?:排名?|位列|位居|居)?第",
        text[m.start() + len(num) : m.start() + len(num) + 10],
    ):
        return True  # 增速居全省14个市州第一: the count of the places a rank is among
    if m.group("unit") == "次" and after.startswith("产业"):
        return True  # 三次产业: the three sectors, no count
    if _MEETING.match(after) or (
        m.group("unit") in ("届", "次") and re.match(f"[{CN}全中]", after[:1] or "x")
    ):
        return True
    return False


def _inside_short_quote(text: str, pos: int) -> bool:
    """A number inside a short “...” name such as “十四五” or “3+5+2” is part of a name."""
    left = max(text.rfind("“", 0, pos), text.rfind('"', 0, pos))
    if left == -1:
        return False
    closing = text.rfind("”", left, pos)
    if closing != -1:
        return False
    right = text.find("”", pos)
    return right != -1 and right - left <= 10


def find_numbers(text: str) -> list[Number]:
    """Every figure-like number in `text`, left to right, non-overlapping."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []

    def add(n: Number) -> None:
        if any(n.start < e and n.end > s for s, e in taken):
            return
        taken.append((n.start, n.end))
        found.append(n)

    for m in _ZERO.finditer(text):  # 隐性债务零新增: a stated zero
        add(Number(m.start(), m.end(), "零", 0.0, "", "", "count"))
    for m in _DOUBLE_DIGIT.finditer(text):
        add(Number(m.start(), m.end(), m.group(0), 10.0, "%", "以上", "percent"))
    for m in _RANK.finditer(text):
        add(Number(m.start(), m.end(), m.group(1), read_numeral(m.group(1)), "位", "", "rank"))
    for m in _RANK_TOP.finditer(text):  # 继续位居榜首, 排名首位: the first place
        add(Number(m.start(1), m.end(1), m.group(1), 1.0, "位", "", "rank"))
    for m in _RANK_PLAIN.finditer(text):  # 在…百强县排名中列38名: a place without 第
        add(Number(m.start(1), m.end(), m.group(1), float(m.group(1)), "位", "", "rank"))
    for m in _RANK_BARE.finditer(text):
        add(Number(m.start(1) - 1, m.end(), m.group(1), read_numeral(m.group(1)), "位", "", "rank"))
        end = m.end()
        while more := _RANK_MORE.match(text, end):  # 排名第4、第9、第17
            add(
                Number(
                    more.start(1) - 1,
                    more.end(),
                    more.group(1),
                    read_numeral(more.group(1)),
                    "位",
                    "",
                    "rank",
                )
            )
            end = more.end()
    m = _RANK_ROW.match(text)
    if m and len(text) <= 40:
        add(Number(m.start(1), m.end(1), m.group(1), float(m.group(1)), "位", "", "row"))
    m = _RANK_ROW_AFTER.match(text)
    if m and len(text) <= 40:  # "醴陵市 湖南 45": the name first, the position last
        add(Number(m.start(2), m.end(2), m.group(2), float(m.group(2)), "位", "", "row"))
    for m in _CHANGE.finditer(text):
        sign = -1 if m.group(1) in ("后退", "下降", "下滑") else 1
        add(Number(m.start(2), m.end(), m.group(2), sign * read_numeral(m.group(2)), "位", "", "change"))
        for more in _MORE_CHANGE.finditer(text, m.end(), min(len(text), m.end() + 12)):
            if more.start() != m.end() and not text[m.end() : more.start()].strip("和、及"):
                break
            add(
                Number(
                    more.start(1),
                    more.end(),
                    more.group(1),
                    sign * read_numeral(more.group(1)),
                    "位",
                    "",
                    "change",
                )
            )
            break
    for m in _PERCENT_CN.finditer(text):
        add(
            Number(
                m.start(),
                m.end(),
                m.group(0),
                read_numeral(m.group(1)),
                "%",
                *_suffix(text, m.end()),
                "percent",
            )
        )
    for m in _FRACTION_CN.finditer(text):
        try:
            value = read_numeral(m.group(2)) / read_numeral(m.group(1))
        except (ValueError, ZeroDivisionError):
            continue
        add(Number(m.start(), m.end(), m.group(0), value, "分数", "", "fraction"))
    for m in _RANGE.finditer(text):
        if _is_year(m.group(1), "x") or _inside_short_quote(text, m.start()):
            continue
        try:
            low, high = read_numeral(m.group(1)), read_numeral(m.group(2))
        except ValueError:
            continue
        add(
            Number(m.start(), m.end(), m.group(0)[: m.end(2) - m.start()], low, m.group(3), "", "range", high)
        )
    for m in _TOP_N.finditer(text):
        try:
            add(Number(m.start(1) - 1, m.end(), m.group(1), read_numeral(m.group(1)), "位", "以内", "strong"))
        except ValueError:
            continue
    for m in _STRONG.finditer(text):
        if _inside_short_quote(text, m.start()) and not re.search(
            r"冲刺|进入|跻身|迈入|挺进", text[max(0, m.start() - 8) : m.start()]
        ):
            continue
        try:
            add(Number(m.start(), m.end(), m.group(1), read_numeral(m.group(1)), "位", "以内", "strong"))
        except ValueError:
            continue
    for m in _ROUND_YI.finditer(text):
        value = 1000.0 if m.group("num") == "千" else 100.0
        add(Number(m.start(), m.end(), m.group("num"), value, "亿元", m.group("pre") or "", "count"))
    for m in _TOP100.finditer(text):
        clause = re.split(r"[，,。；;！？]", text[max(0, m.start() - 30) : m.start()])[-1]
        if _TOP100_ENTRY.search(clause):
            add(Number(m.start(), m.end(), "百", 100.0, "位", "以内", "strong"))
    for m in _GENERAL.finditer(text):
        n = _general(text, m)
        if n:
            add(n)
    for m in _BARE.finditer(text):  # anything else that reads as a number: listed, never dropped
        # 拉动1.6、-0.3、0.8个百分点: a negative inside a list
        if re.fullmatch(r"[、，,][-－−]", text[max(0, m.start() - 2) : m.start()]):
            add(Number(m.start() - 1, m.end(), "-" + m.group(0), -read_numeral(m.group(0)), "", "", "bare"))
        elif not _is_label(text, m):
            add(Number(m.start(), m.end(), m.group(0), read_numeral(m.group(0)), "", "", "bare"))
    return _shared_units(text, sorted(found, key=lambda n: n.start))


def _shared_units(text: str, found: list[Number]) -> list[Number]:
    """分别拉动GDP增长1.2、1.3和5.6个百分点: a list whose unit only its last number states shares it."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        j = i
        while (
            j > 0
            and out[j - 1].form == "bare"
            and last.form in ("percent", "count")
            and last.unit
            and re.fullmatch(r"[、和及与]", text[out[j - 1].end : out[j].start])
        ):
            j -= 1
            out[j] = Number(out[j].start, out[j].end, out[j].stated, out[j].value, last.unit, "", last.form)
    return out


def _is_label(text: str, m: re.Match) -> bool:
    """A year, date, list marker, code or name rather than an unplaced figure."""
    num, before, after = m.group(0), text[max(0, m.start() - 1) : m.start()], text[m.end() : m.end() + 1]
    if re.fullmatch(r"(?:19|20)\d{2}", num) or len(num.replace(".", "").replace(",", "")) >= 7:
        return True
    if after and (
        after in "年月日号时点届期版周亿万】]）)+＋:：-—~～/." or after.isascii() and after.isalpha()
    ):
        return True  # YYYY年, 70周年, 【亮点1】, 50亿元项目 (a size class), 5G
    if before and (before in "#第前+＋:：·/.-—~～【[" or before.isascii() and before.isalpha()):
        return True  # 第3, 前100名, S333
    if re.match(r"国道|省道|县道|路|线|号|栋|楼", text[m.end() : m.end() + 2]):
        return True  # 106国道
    return m.start() == 0 or _inside_short_quote(text, m.start())  # a numbered heading: 1 聚焦…


def _year_span(text: str, m: re.Match) -> bool:
    before, after = text[max(0, m.start() - 2) : m.start()], text[m.end() : m.end() + 2]
    if before.endswith("提前"):
        return False  # 提前三年实现: three years ahead, a figure
    if before.endswith("连续"):
        return not re.match(r"获|荣获|被评|评为|入选|位居|保持", after)
    return bool(
        re.search(r"(?:力争|争取|今后|未来|过去|再用|用|的|这|近|在)$", before)
        or re.match(r"实现|新增|累计|内|时间|完成|达到|建成|突破|来|间|里|左右", after)
    )


def _suffix(text: str, end: int) -> tuple[str]:
    for s in SUFFIX_APPROX:
        if text.startswith(s, end):
            return (s,)
    return ("",)


def _general(text: str, m: re.Match) -> Number | None:
    num = m.group("num")
    unit = m.group("unit") or ""
    scale = m.group("scale") or ""
    is_cn = num[0] in CN
    if _skip_context(text, m, num) or _inside_short_quote(text, m.start("num")):
        return None
    if is_cn:
        if not (unit or scale):
            return None
        if len(num) == 1 and num in "一两" and not scale:
            return None  # 一批, 一个, 一年, 两个: words, not figures
        if unit == "个" and _ABSTRACT.match(text[m.end() :]):
            return None  # 三个高地, 七个方面工作: a count of ideas, not a figure
        if re.fullmatch(r"[一二三四五六七八九]{2}", num) and CN.index(num[1]) - CN.index(num[0]) == 1:
            return None  # 四五年, 三四个: four or five, not 45
        if num in ("零", "〇") or set(num) <= set("十百千万亿") and not m.group("pre"):
            return None  # 零部件, 万人发明专利, 百家单位帮扶: words; 近千名 is a figure
        if re.match(r"[亿万]$", num) and not unit:
            return None
    approx = m.group("pre") or m.group("more1") or m.group("more2") or m.group("suf") or ""
    stated = num
    if num.endswith("%"):
        unit, stated = "%", num
        num = num[:-1]
    if "/" in num:
        if re.match(r"[-—－]\d", text[m.end() : m.end() + 2]) or re.fullmatch(r"\d+/(?:19|20)\d{2}", num):
            return None  # 索引号 103/2023-00126: a file number, no fraction
        unit = "分数"
    try:
        value = read_numeral(num)
    except (ValueError, KeyError):
        return None
    if scale == "千":
        value, scale = value * 1000, ""
    if unit == "成":
        value, unit = value * 10, "%"
        stated = m.group("num") + "成"
    if not unit and not scale and not is_cn and _GROWTH_BARE.search(text[max(0, m.start() - 4) : m.start()]):
        if re.match(r"(?:[,，。;；)）]|$)", text[m.end() : m.end() + 1]) and value < 1000:
            unit, stated = "%", num  # 同比增长3.6。: a growth whose % sign was dropped
    if not unit and not scale:
        if is_cn or not re.search(r"[达为至到是]$", text[max(0, m.start() - 1) : m.start()]):
            return None
        unit = ""
    if unit == "年" and re.match(r"行动|规划|计划|纲要|攻坚", text[m.end() : m.end() + 2]):
        return None  # 五年行动计划: a name
    if unit == "年" and _year_span(text, m):
        return None  # 力争5年实现, 五年新增, 连续五年超过: a span of time, not a count
    if unit == "年" and value > 50:
        return None  # 千年古迹, 百年: not a count of years
    if unit == "百分点":
        unit = "个百分点"
    full_unit = (scale + unit) if unit not in ("%", "分数") else unit
    if scale and unit and scale + unit not in UNITS:
        full_unit = scale + unit
    start = m.start()
    if not m.group("pre") and _MINUS.match(text[max(0, start - 2) : start]):
        value, stated, start = -value, "-" + stated, start - 1  # 同比增长-4.1%, 分别为1.2%、-11.1%
    end = m.end()
    if m.group("num").endswith("%") and (m.group("unit") or m.group("scale")):
        end = m.end("num") + len(m.group("more1") or "")  # 增长8.9%家禽出栏: the % ends it
        if text.startswith(m.group("suf") or "\0", end):
            end += len(m.group("suf"))
    return Number(
        start,
        end,
        stated,
        value,
        full_unit,
        approx,
        "fraction" if unit == "分数" else "percent" if unit == "%" else "count",
    )
