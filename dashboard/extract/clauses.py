"""Read a real report clause by clause: each figure with its clause's subject, region, period and kind."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from dashboard import divisions, periods
from dashboard.extract import context as cx
from dashboard.extract.indicators import narrower_scope
from dashboard.extract.numerals import BOUNDS, PREFIX_APPROX, Number, find_numbers
from dashboard.extract.vocabulary import SELF_WORDS

# Inline pinyin after a character: 報(bào), 市(shi); mirror pages print it in half- or full-width brackets.
# An acronym in capitals is no pinyin: (GDP), (CPI).
_PINYIN = re.compile(r"[(（?](?![A-Z]{2,6}[)）])[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]")
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
_SPACE = re.compile(r"\s")
_DIGITISH = re.compile(r"[\d.%]")


@cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@dataclass
class Normalised:
    """A matching copy of a text (simplified, no pinyin, half-width) and where each character came from."""

    text: str
    origin: list[int]
    original: str

    def quote(self, start: int, end: int) -> str:
        """The original text behind text[start:end], verbatim."""
        if end <= start:
            return ""
        return self.original[self.origin[start] : self.origin[end - 1] + 1]


# A numbered heading standing in running text, spaces either side (… 一、綜合 全年地區生產總值…): a page
# whose lines were joined by spaces. Its spaces become line breaks, so the heading names no figure.
_INLINE_HEADING = re.compile(r"[ \u3000\xa0][一二三四五六七八九十]{1,2}、[\u3400-\u9fff]{2,8}[ \u3000\xa0]")
# …上涨10.8%。 图3 YYYY-YYYY年居民消费价格涨跌幅度(%) 表2 …涨幅 单位:% 全年全县财政总收入…: a bulletin's
# chart and
# table captions inside joined lines, each its own line (the space before 图3/表2, the space after its unit)
# (not a caption over a table whose cells follow: 表1 … 单位:亿元 指标名称 | 增加值 | …, read as one)
_INLINE_CAPTION = re.compile(
    r"([ \u3000\xa0])(?=[图表圖]\d{1,2}[ \u3000\xa0])(?![^\n]{0,80}\|)"
    r"|单位[:：]\s?[^\s]{1,4}([ \u3000\xa0])(?![^\n]{0,40}\|)"
)


_VARIANTS = {"陜": "陕"}  # a variant OpenCC leaves as it is (陜西神木市 in a traditional mirror)
_PHRASES = {"衣著": "衣着"}  # words whose simplified form differs from their characters' (same length)

# A character a mirror lost (printed as ?), its pinyin gloss kept: 百?qiáng)縣 is 百强县. Mirrors gloss
# the characters with several readings; these are the ones economic texts use under each reading.
_LOST_BY_GLOSS = {
    "qiáng": "强", "zhǎng": "长", "cháng": "长", "zhòng": "重", "chóng": "重", "háng": "行", "xíng": "行",
    "qū": "区", "shù": "数", "wèi": "为", "wéi": "为", "jiàng": "降", "diào": "调", "fā": "发", "jiāng": "将",
    "dū": "都", "lè": "乐", "jiě": "解", "chǔ": "处", "zhōng": "中", "huán": "还", "hái": "还",
    "guò": "过",
}
_RENMINBI = re.compile(r"(?<=[\d万亿])(?:元)?人民币")  # 2686.60亿人民币, 500万元人民币: a sum in yuan
_RENMINBI_WORD = re.compile(r"(?<=[\d万亿])(?:元)?人民(?=币)")
_LOST = re.compile(r"[?\ufffd^][(（]?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})[)）]")


# | ??工??业 | 128.7 |: a full-width space a mirror lost, as ? inside or before a word (not a question)
_LOST_SPACE = re.compile(r"(?:(?<=[\u4e00-\u9fff|\s])|^)[?\ufffd]+(?=[\u4e00-\u9fff])", re.M)
_DOUBLED = re.compile(r"[,，](?=[、。,，；;])")  # 天河区,、深圳市龙岗区; YYYY年,,: a mirror's inserted comma
_ENTITY = re.compile(r"&#x?[0-9a-fA-F]{2,6};?")  # 贝壳财ⓘ经讯…&#263f;11月25日: a mirror's junk
_KEPT_SYMBOLS = set("+-<=>±≥≤~×÷%‰℃℅°·•∶︰")


@cache
def _junk(ch: str) -> bool:
    """A character a mirror inserts into the text (ⓘ, ∝, ¹, ∴, a mark of another script): no part of it."""
    if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in _KEPT_SYMBOLS:
        return False
    kind = unicodedata.category(ch)
    enclosed = "\u2100" <= ch <= "\u214f" or "\u2460" <= ch <= "\u24ff"  # ⓘ, ℡: letters as symbols
    cjk = "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ord(ch) >= 0x20000
    return (
        kind in ("Mn", "Mc", "Me", "No", "Sm", "Cn", "Co")  # ∝, ¹, a mark of another script, unassigned
        or kind == "So" and enclosed  # (bullets ● ■ stay: they part items)
        or kind == "Lo" and not cjk  # a letter of another script in a Chinese text
    )


def _word_wrap(text: str, j: int, width: int = 25) -> bool:
    """规模\n以上工业增加值: a print wrap inside a word (a line as long as the page's print lines, broken
    mid-sentence, the next line no heading)."""
    line = text[text.rfind("\n", 0, j) + 1 : j]
    a, b = text[j - 1], text[j + 1 : j + 2]
    if len(line) >= 12 and _STAT_END.search(line) and _VERB_START.match(text, j + 1):
        return True  # 全市生产总值\n增长7.6%: a statistic, then its verb on the next line
    return (
        len(line) >= width
        and (  # mid-sentence, not a title or a heading; or a verb its figure follows (分别达到\n13350元)
            re.search(r"[,，;；、。]", line[-20:]) is not None
            or b.isdigit() and re.search(r"(?:达到|达|为|完成|实现|增长|下降|共|累计)$", line) is not None
        )
        and (
            "\u4e00" <= a <= "\u9fff" and ("\u4e00" <= b <= "\u9fff" or b.isdigit())  # 增长\n7%
            or (a.isdigit() or a == "%") and b in "，,。；;、)）"  # 分别增长4.5%、7%\n。
        )
        and not _HEADING_START.match(text, j + 1)
    )


_STAT_END = re.compile(r"(?:生产总值|增加值|零售总额|总产值|收入|投资|总额)$")
_VERB_START = re.compile(r"(?:增长|下降|达到?|完成|实现|突破)[\d０-９]")


def _print_width(text: str) -> int:
    """How long a page's print lines run: 25 characters, or less when most of its lines are of one
    shorter length (a PDF of 23-24 characters a line)."""
    lengths = sorted(len(x) for x in text.split("\n") if len(x) >= 12)
    if len(lengths) < 8:
        return 25
    typical = lengths[len(lengths) * 3 // 4]  # the upper quartile: full lines, not paragraph ends
    return max(15, min(25, typical - 2))


_HEADING_START = re.compile(  # a line that opens a heading: 二、…, 第三…, (一)…
    r"[一二三四五六七八九十]+、|第[一二三四五六七八九十]+|[(（][一二三四五六七八九十]"
)
# (a line that opens a heading: 二、…, 第三…, (一)…)


_NUMBER_LINE = re.compile(r"[-+]?\d[\d.,]*%?[;；,，。、]?|[。；;，,、]")
_UNIT_START = re.compile(r"[个人户万亿千元%年月日家项位名倍座所条件次亩吨;；,，。、)）]")


def _split_numbers(text: str) -> set[int]:
    """The line breaks around numbers in a page that set every number on a line of its own (a PDF's
    text: 预计,地区生产总值增长\n8%;\n财政收入增长\n10%;): when four numbers or more stand alone, each
    followed by its unit or sentence, those breaks are no breaks. A table printed a cell a line (玉米 |
    162817吨 | 6.5) keeps its units with its numbers, so it is left alone."""
    lines, at = [], 0
    for ln in text.split("\n"):
        lines.append((at, ln))
        at += len(ln) + 1
    alone = [
        k for k, (_, ln) in enumerate(lines[:-1])
        if _NUMBER_LINE.fullmatch(ln)
        and (_UNIT_START.match(lines[k + 1][1]) or re.search(r"[;；,，、]$", ln))
    ]
    if len(alone) < 4:
        return set()
    drop = set()
    for k, (start, ln) in enumerate(lines):
        if not _NUMBER_LINE.fullmatch(ln):
            continue
        prev = lines[k - 1][1] if k else ""
        if k and prev and not re.search(r"[。！？!?:：]$", prev):
            drop.add(start - 1)  # the break before the number
        nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
        if nxt and (_UNIT_START.match(nxt) or _NUMBER_LINE.fullmatch(nxt) or re.search(r"[;；,，、]$", ln)):
            drop.add(start + len(ln))  # the break after it, before its unit or the sentence going on
    return drop


# Taiwan's and Hong Kong's words for what the mainland's statistics name otherwise (a big5 gateway's page:
# 網際網路業務收入, 網路零售額), each no longer than the word it stands for
_REGIONAL_WORDS = {"网际网路": "互联网", "网路": "网络", "软体": "软件", "硬体": "硬件"}
_REGIONAL = re.compile("|".join(_REGIONAL_WORDS))


def _regional_words(out: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """The matching copy with Taiwan's words in the mainland's (网路 -> 网络); each new character keeps the
    original offset of the character it replaces."""
    text = "".join(out)
    if not _REGIONAL.search(text):
        return out, origin
    out2, origin2, at = [], [], 0
    for m in _REGIONAL.finditer(text):
        out2 += out[at : m.start()]
        origin2 += origin[at : m.start()]
        word = _REGIONAL_WORDS[m.group(0)]
        out2 += list(word)
        origin2 += origin[m.start() : m.start() + len(word)]
        at = m.end()
    return out2 + out[at:], origin2 + origin[at:]


# 南宁18年实现GDP总量…, 在18年底: a year written with two digits, in a text that writes none with four
_SHORT_YEAR = re.compile(
    r"(?<![\d.\-—~～至到/])(?<!连续)(?<!近)(?<!过去)(?<!第)(?<!每)(?<!满)(?<!用)([012]\d)年"
    r"(?=底|末|初|全年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}(?:[-—至]\d{1,2})?月|实现|公布|GDP|全[市省区县])"
)


def _short_years(out: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """The matching copy with a two-digit year written in full (YY年 -> 20YY年), where the text writes no year
    in four digits; the two digits put in keep the offset of the year's first digit."""
    text = "".join(out)
    if re.search(r"(?:19|20)\d{2}年", text) or not _SHORT_YEAR.search(text):
        return out, origin
    out2, origin2, at = [], [], 0
    for m in _SHORT_YEAR.finditer(text):
        out2 += out[at : m.start()] + ["2", "0"]
        origin2 += origin[at : m.start()] + [origin[m.start()]] * 2
        at = m.start()
    return out2 + out[at:], origin2 + origin[at:]


# GDP:362.47亿 人口205万: the space between one figure and the next item's name separates them (dropped, the
# two would read 362.47亿人口); a unit after the space (362.4 亿元, 3 个百分点, YYYY 年) is the number's own
_ITEM_SPACE = re.compile(
    r"(?<=[\d%亿万元])[ \u3000\xa0]+"
    r"(?=(?!元|人次|人民币|美元|千|平方|万|亿|吨|亩|户|家|个|项|辆|名|位|年|月|日|季|倍|套|台|件|座|所|条|次|公里|米)"
    # 1460.60亿 增长13.1%, 42.0 调整为9.4: a verb going on with the figure, no new item
    r"(?!增|比|同|调|下|降|提|达|占|较|为|居|排|列|约|超|突破|实现|完成|均|分别|其中|年均|回落|上升|减少|拉动|高于|低于)"
    r"[\u4e00-\u9fff]{2,8}[:：]?[ \u3000\xa0]*\d)"
)
_POINTS_ITEM = re.compile(r"(?<=\d)个(?=(?:[、和及与]\d+(?:\.\d+)?个)*[、和及与]\d+(?:\.\d+)?个百分点)")


def normalise(original: str) -> Normalised:
    """The matching copy with an offset map: traditional to simplified character by character, inline
    pinyin and escaped line breaks removed, full-width forms folded, whitespace inside a number dropped."""
    drop = [False] * len(original)
    restored = {}  # a lost character, where its ? stands
    for m in _LOST.finditer(original):
        if m.group(1) in _LOST_BY_GLOSS:
            restored[m.start()] = _LOST_BY_GLOSS[m.group(1)]
    lost = bool(restored)
    for m in _RENMINBI.finditer(original):  # 2686.60亿人民币: 亿元
        restored[m.end() - 1] = "元"
    for pattern in (_PINYIN, _ESCAPED_BREAK, _ENTITY, _LOST_SPACE, _DOUBLED, _RENMINBI_WORD,
                    *([_LOST] if lost else [])):
        for m in pattern.finditer(original):
            for i in range(m.start(), m.end()):
                drop[i] = True
    chars = sorted({ch for ch in original if "\u3400" <= ch <= "\u9fff"})
    simple = _t2s().convert("\n".join(chars)).split("\n") if chars else []
    table = (
        {a: b for a, b in zip(chars, simple, strict=False) if len(b) == 1}
        if len(simple) == len(chars)
        else {}
    )
    table.update({a: b for a, b in _VARIANTS.items() if a in table or a in original})
    breaks = {m.start() for m in _INLINE_HEADING.finditer(original)} | {
        m.end() - 1 for m in _INLINE_HEADING.finditer(original)} | {
        m.start(1) if m.group(1) else m.start(2) for m in _INLINE_CAPTION.finditer(original)}
    separators = {m.start() for m in _ITEM_SPACE.finditer(original)}
    out, origin = [], []
    for i, ch in enumerate(original):
        if i in separators:
            out.append("，")
            origin.append(i)
            continue
        if i in restored:
            out.append(restored[i])
            origin.append(i)
            continue
        if drop[i]:
            continue
        if i in breaks:  # the space around a heading in a page whose lines were joined: a line break
            out.append("\n")
            origin.append(i)
            continue
        if ch in ("\n", "\r", "\t"):
            out.append("|" if ch == "\t" else "\n")  # a tab separates table cells
            origin.append(i)
            continue
        if _SPACE.match(ch) or _junk(ch):
            continue
        ch = table.get(ch, ch)
        if ch == "℅":
            ch = "%"
        elif ch in "︰∶":  # 26.7︰28.6︰44.7: a ratio's colon (NFKC makes the first two dots)
            ch = ":"
        elif not ("\u3400" <= ch <= "\u9fff"):
            folded = unicodedata.normalize("NFKC", ch)
            ch = folded if len(folded) == 1 else ch
        out.append(ch)
        origin.append(i)
    out, origin = _regional_words(out, origin)
    out, origin = _short_years(out, origin)
    joined = "".join(out)
    for trad, simple in _PHRASES.items():  # 衣著: a word OpenCC leaves, character by character, as it was
        for m in re.finditer(trad, joined):
            out[m.start() : m.end()] = list(simple)
    # A line break between two parts of a number (2\n0.6%) is a print wrap, not a break.
    text = "".join(out)
    width = _print_width(text)
    split = _split_numbers(text)
    # 分别拉动增长0.1个、5.0个和2.9个百分点: the items' 个 stands for the list's unit, 个百分点
    split |= {m.start() for m in _POINTS_ITEM.finditer(text)}
    keep = [
        not (
            c == "\n"
            and 0 < j < len(text) - 1
            and "\n" not in text[max(0, j - 20) : j]  # a wrap ends a long line; a date line is short
            and (
                (_DIGITISH.match(text[j - 1]) or text[j - 1] in "亿万千")
                and (_DIGITISH.match(text[j + 1]) or text[j + 1] in "元%个万亿位家人和、及与,，")
                or text[j - 1] in "，,、和及与"
                and text[j + 1] not in "\n"
                or text[j - 1] == "%"  # 增长12.2%\n居全省第一: a wrapped line goes on with the figure's rank
                and re.match(r"(?:居|位居|位列|排名|排|列|均居)", text[j + 1 : j + 4]) is not None
                or _word_wrap(text, j, width)
            )
            or j in split
        )
        for j, c in enumerate(text)
    ]  # 71.53亿\n元, 分别比增5.1%\n和15.3%, 分别比增2.3%、9.3%和\n3.8%: a print wrap inside a list
    text2 = "".join(c for c, k in zip(text, keep, strict=True) if k)
    origin2 = [o for o, k in zip(origin, keep, strict=True) if k]
    return Normalised(text2, origin2, original)


# --- the document: date, title, subject region, reporting year ---------------------------------------

_DATE_FORMS = [
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?=\D|\d{1,2}:|$)"),
    re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"),
    re.compile(r"[(（]((?:19|20)\d{2})(\d{2})(\d{2})[)）]"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})期"),  # 20210603期来自:江南时报: a paper's issue
    # 23.05.2021 14:24: a European site's day-first date line (a time after it, so no decimal)
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?=\s*\d{1,2}:\d{2})"),
    # 25/01/2016 on a line of its own: a Hong Kong or European site's date line, day first
    re.compile(r"(?m)^[ \t]*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})[ \t]*$"),
]
_LABEL = re.compile(r"(?:发布|发稿|更新|印发)?(?:日期|时间)[:：]")
_NEWS_DAY = re.compile(r"(?:报|网|社)(\d{1,2})月(\d{1,2})日(?:电|讯)")


def _ymd(m: re.Match) -> tuple[str, ...]:
    """A date match's year, month and day, whichever order the form writes them in."""
    named = m.groupdict()
    return (named["y"], named["m"], named["d"]) if named else m.groups()


def _valid(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def date_in_text(text: str) -> tuple[date | None, str]:
    """The document's date from the forms real pages use: a labelled date (时间:, 发布日期:), a date
    line near the top (YYYY-MM-DD hh:mm:ss, (YYYYMMDD)), a news date line (…报12月6日讯) with the year
    the text names, else the latest full date in the text."""
    t = normalise(text).text
    for m in _LABEL.finditer(t):
        for form in _DATE_FORMS:
            d = form.match(t, m.end())
            if d and (got := _valid(*_ymd(d))):
                return got, "labelled date in the text"
    meeting = re.search(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*在[^。]{0,40}?(?:会议|大会)", t)
    if meeting and (got := _valid(*meeting.groups())):
        return got, "the meeting date of a report"
    head = re.sub(r"(?:点击|浏览|阅读)[:：]?\s*\S*", "", t[:600])
    found = []
    for form in _DATE_FORMS:
        for d in form.finditer(head):
            if got := _valid(*_ymd(d)):
                found.append((d.start(), got, bool(_WEEKDAY.match(head, d.end()))))
    # YYYY年09月02日 星期四 atop a page: the day it was visited (a site's header), not the article's date
    dated = [f for f in found if not f[2]] or found
    if dated:
        return min(dated)[1], "date line near the top"
    news = _NEWS_DAY.search(t)
    said = [m for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})年", t)]
    years = [int(m.group(1)) for m in said if not COMPARED.search(t[max(0, m.start() - 4) : m.start()])]
    if news and said and not years and "今年" in t:  # 今年…比YYYY年同期: the year the comparisons imply
        years = [compared_only_year(t)]
    if news and years:
        got = _valid(str(max(years)), news.group(1), news.group(2))
        if got:
            return got, "news date line, year from the text"
    every = [got for form in _DATE_FORMS for d in form.finditer(t) if (got := _valid(*_ymd(d)))]
    if every:
        return max(every), "latest full date in the text"
    return None, "unknown"


_WEEKDAY = re.compile(r"\s*(?:星期|周)[一二三四五六日天]")
_EVENT = re.compile(r"发布会|举行|召开|发布|公布")  # a news opening on the release it reports
_AD = re.compile(r"报名|咨询|电话|微信|研修班|培训")  # a page's advertisement, no opening
_NAV = re.compile(r"位置|首页|收藏|登录|搜索|索引|导航|当前|会员|返回|上一篇|下一篇|\||>|»")
# a page's byline
_BYLINE = re.compile(r"发布时间|发布日期|来源[:：]|作者[:：]|地区[:：]|编辑[:：]|字体|浏览|门户网站")
_NAMED_TITLE = re.compile(r"《((?:19|20)\d{2}年?[^《》\n]{0,40}?(?:公报|报告|运行情况|经济运行))》")
_MEETING_LINE = re.compile(r"在([\u4e00-\u9fff]{2,16}?)第[一二三四五六七八九十]{1,3}届人民代表大会")
_SITE = re.compile(r"^\s*\S{2,8}(?:热线|在线|网|新闻网|客户端|频道)\s*$")  # 深圳热线: the site's name, a line
_ORGAN = re.compile(
    r"(?:人大|政协|委员会|常委|纪委|党校|考察团|代表团|调研组|督查组|统计局|统计部门|调查队|发改委|发展改革委|财政厅|财政局)"
)
_NATION_WORDS = re.compile(
    r"国务院|全国人民代表大会|国内生产总值|我国|全国|中华人民共和国|中国(?![^，,。\s]{0,8}网|特色|共产党|式现代化|梦)"
)
_NATIONAL_LIST = re.compile(r"(?:全国|中国)[^，,。\s]{0,10}?(?:百强|千强|强县|强市|强区|排行榜|榜单)")
# 大会现场 张三 摄, 记者李晞/文: a caption or a byline, never a title
_CAPTION = re.compile(r"[摄攝]$|摄影|图片|制图|/文|记者[\u4e00-\u9fff]{2,3}(?:/|$)")
_TITLE_WORDS = re.compile(r"公报|报告|运行|情况|经济|排名|排行|百强|发布|GDP|统计|目标|数据|解读|发展")


_TAG = re.compile(r"\[[^\]]{1,30}\]|【[^】]{1,30}】")
_DATE_ONLY = re.compile(  # (人民网 YYYY年01月19日: an outlet's date line)
    r"(?:[\u4e00-\u9fff]{1,8}(?:网|报|社|台|客户端|新闻)\s*)?"
    r"[(（]?\s*(?:19|20)\d{2}\s*(?:年|[-./])\s*\d{1,2}\s*(?:月|[-./])\s*\d{1,2}\s*日?\s*[)）]?"
)
_MEETING_TITLE = re.compile(r"[^。，,、]+(?:会议|大会)[^。，,、]{0,6}(?:开幕|召开|举行|闭幕)。")


_FOOTER = re.compile(r"copyright|版权所有|all rights|ICP备|备案号", re.I)  # a page's footer line, no title
# 久久亚洲欧美综合激情一区_久久综合…: a spam site's keyword line atop a mirror page (two such words, or one
# among keywords strung on underscores), no title
_SPAM_WORD = re.compile(r"久久|激情|亚洲|欧美|无码|国产|一区|二区|在线观看|(?<![A-Za-z])av(?![A-Za-z])", re.I)


def _spam(line: str) -> bool:
    words = len(set(_SPAM_WORD.findall(line)))  # (统计公报_统计信息_X县人民政府: a page title, kept)
    return words >= 2 or words == 1 and re.search(r"(?:[^_\s]{2,}_){2,}[^_\s]{2,}", line) is not None


# the last line of a title over lines
_TITLE_END = re.compile(r"(?:统计公报|工作报告|的报告|经济运行情况|执行情况)$")


def title_of(t: str) -> str:
    """The document's title: the first short line that reads like one (navigation lines skipped)."""
    head = [ln.strip() for ln in t.split("\n", 60)[:60] if ln.strip()]  # a title stands in the first lines
    lines = [  # (YYYY年4月30日): a date line; [可行性研究报告-调研数据]: a site's tag; Copyright…: a footer
        ln for ln in head if not _place_menu(ln) and not _DATE_ONLY.fullmatch(ln) and not _TAG.fullmatch(ln)
        and not _FOOTER.search(ln) and not _spam(ln)
    ]
    joined = re.match(  # a page whose lines were joined: its title opens the first line (…统计公报 YYYY年,…)
        r"((?:19|20)\d{2}年?[^。，,\n]{2,40}?(?:统计公报|工作报告|经济运行情况))", lines[0] if lines else ""
    )
    if joined and len(lines[0]) > 60:
        return joined.group(1)
    for i, ln in enumerate(lines[:12]):
        if (
            len(ln) <= 60
            and re.search(r"(?:19|20)\d{2}年?.{0,30}(?:公报|报告|运行|情况|核算结果)", ln)
            and not _NAV.search(ln)
        ):
            return ln
        # YYYY年哈尔滨市松北区 / (哈尔滨新区…) / 国民经济和社会发展统计公报: a title over lines
        for k in (2, 3):
            part = lines[i : i + k]
            if (
                len(part) == k
                and all(len(x) <= 30 and not re.search(r"[。，,：:]", x) for x in part)
                and re.search(r"(?:19|20)\d{2}年", "".join(part[:-1]))
                and _TITLE_END.search(part[-1])
            ):
                return "".join(part)
    for ln in lines[12:40]:  # a bulletin's or report's own title below a site's long menu (公开目录, 条…)
        own = (r"[\u4e00-\u9fff]{0,12}(?:19|20)\d{2}年[\u4e00-\u9fff]{0,12}"
               r"(?:国民经济和社会发展统计公报|政府工作报告)")
        if len(ln) <= 40 and re.fullmatch(own, ln):
            return ln
    named = _NAMED_TITLE.search("\n".join(lines[:4]))
    if named:  # …现场解读《YYYY年X县国民经济和社会发展统计公报》: the document the page presents
        return named.group(1)
    for ln in lines[:12]:
        if (
            len(ln) <= 60
            and not _NAV.search(ln)
            and not _CAPTION.search(ln)
            and _TITLE_WORDS.search(ln)
            and not _HEADING.match(ln)  # 一、综合: a section's heading, not the document's title
            and not re.match(r"^时间", ln)
            and not _BYLINE.search(ln)
            # a sentence of the body is no title; a short line naming a report is, a mirror's 。 inside it
            and ("。" not in ln or len(ln) <= 40 and re.search(r"(?:运行情况|公报|工作报告)$", ln))
        ):
            return ln
    for ln in lines[:6]:  # a title without those words (醴陵市召开…推进会): the first line not the page's own
        if (
            len(ln) <= 60
            and not _NAV.search(ln)
            and not re.match(r"\d{1,2}\s*[.．、](?!\d)", ln)  # 1.合肥市: a numbered section, not the title
            and not _BYLINE.search(ln)
            and not _CAPTION.search(ln)
            and not re.search(r"[。，,]", ln)
            or len(ln) <= 30  # 龙华区第一届人民代表大会第二次会议开幕。: a news title with its full stop
            and _MEETING_TITLE.fullmatch(ln) is not None
        ):
            return ln
    if lines and _CAPTION.search(lines[0]):  # 四川在线记者宁宁: a byline is no title
        return ""
    return lines[0][:60] if lines else ""


def _place_menu(line: str) -> bool:
    """A site's menu (…潮评社温州绍兴衢州淳安岱山桐庐文娱): three places or more, no figure, no sentence."""
    if re.search(r"\d|[，,。]", line) or len(line) > 60:
        return False
    return len({m.text for m in _mentions(line, None)}) >= 3


@dataclass
class Place:
    """A region as a figure is given to it: its name, national code, and our region code if we hold it."""

    name: str
    code: str = ""
    ours: str = ""


@cache
def _ours() -> dict[str, str]:
    from dashboard.extract.indicators import Registry

    reg = Registry.load()
    return {name: code for code, name in reg.region_names.items()}


def place_of(d: divisions.Division) -> Place:
    return Place(d.name_zh, d.code, _ours().get(d.name_zh, ""))


_COMPANY = re.compile(r"[^，,。；;、]{0,10}(?:有限公司|集团|公司|银行)")


def _mentions(text: str, within: str | None) -> list[divisions.Mention]:
    """Divisions a text names, except a name that starts a company's (株洲时代金属制造有限公司). A name
    several units share (龙华区: 深圳's and 海口's) is the one inside a city or province the text names, or
    beside a sibling it names (深圳新闻网…龙华区, 南昌县、…西湖区), where that tells one."""
    reg = divisions.register()
    found = reg.find_in_text(text, within=within)
    known = [m.division for m in found if m.division]
    named = {d.code for d in known} | {d.parent_code for d in known if d.level == "county"}  # its siblings
    out = []
    for m in found:
        if m.division is None and named and len(m.candidates) > 1:
            inside = [d for d in m.candidates if d.parent_code in named or d.province_code in named]
            if len(inside) == 1:
                m = divisions.Mention(m.start, m.end, m.text, m.how, (inside[0],))
        if m.division is not None and not _COMPANY.match(text[m.end :]):
            out.append(m)
    return out


@cache
def _home_province() -> str | None:
    from dashboard import site

    ours = {code: name for name, code in _ours().items()}
    found = divisions.register().resolve(ours.get(site.home(), ""))
    return found.province_code if found else None


_PAPER = re.compile(
    r"[^，,。\s]{0,3}(?:日报|日[^\u4e00-\u9fff]|晚报|早报|新闻|客户端|网|报社|电视台|广播|在线|热线)"
    r"|\d{1,2}月\d{1,2}日(?:消息|电|讯)"  # 央广网北京7月26日消息: where the reporter files, not the subject
)


_OFFICE = re.compile(r"统计|调查|发改|发展改革|财政")


def _beside_offices(text: str, hits: list) -> list:
    """The places a text names that are not an organ's (人大, 统计局, …). 根据江苏省统计局…,苏州全市: with
    only a statistics office named, the places inside its province, else (武城县统计局) the office's own."""
    organs = [h for h in hits if _ORGAN.match(text, h.end)]
    rest = [h for h in hits if h not in organs]
    if rest or not organs or not _OFFICE.match(text, organs[0].end):
        return rest
    province = organs[0].division.province_code
    inside = [  # (央广网北京7月26日消息…山东省统计局发布: not 北京, a dateline outside the province)
        h
        for h in _mentions(text, province)
        if not _ORGAN.match(text, h.end) and not _PAPER.match(text, h.end)
        and divisions.register().is_within(h.division, province)
    ]
    return inside or organs


def _named_exactly(name: str) -> divisions.Division | None:
    """The one division whose full name this is (叶县, 泾县: two characters, so only where a title or a
    congress line names the document's own region)."""
    if name in divisions.GENERIC:
        return None
    named = {d.code: d for d in divisions.register().names["name"].get(name, [])}
    return next(iter(named.values())) if len(named) == 1 else None


# a news source and its dateline (【…网讯】, …中国经济网呼和浩特1月19日讯): where it was filed, no subject
_DATELINE = re.compile(
    r"【[^】]{0,16}】|^[^，,。]{0,30}?\d{1,2}月\d{1,2}日(?:电|讯)|^[^，,。]{0,12}?(?:网讯|日讯|电)"
)


def _in_list(text: str, h) -> bool:
    """Whether a place named in text stands in a list of places (渝北、长寿和潼南)."""
    joints = tuple("、和与及")
    return text[h.end : h.end + 1] in joints or text[max(0, h.start - 1) : h.start] in joints


def subject_of(t: str, title: str) -> tuple[Place | None, str]:
    """The region a document is about: the one its title names, else its first sentence, else the one it
    names most; and how it was found."""
    if re.match(r"[^，,。]{0,30}?\d{1,2}月\d{1,2}日(?:电|讯)", title):
        title = _DATELINE.sub("", title)  # a first line opened by a dateline is the story's first sentence
    if "。" in title and re.search(r"\d\s*(?:亿|万|元|%)", title):
        # YYYY年四川全年实现地区生产总值48598.8亿元,…在21个市州中,成都…。: a sentence, not a title: its start
        title = re.split(r"[。，,；;]", title)[0]
    hits = [  # 湖南日报·新湖南客户端 <date>: a paper's name is not the subject
        h
        for h in (_mentions(title, None) or _mentions(title, _home_province()))
        if not _PAPER.match(title[h.end :])
        # (根据广东省地区生产总值统一核算结果: the accounting's source, no subject)
        and not (re.search(r"(?:根据|据)$", title[max(0, h.start - 2) : h.start])
                 and re.match(r"[^，,。]{0,12}?(?:统一核算|核算结果)", title[h.end :]))
    ]
    hits = _beside_offices(title, hits) or hits
    # 泾县YYYY年国民经济…公报, 叶县十六届人大…, YYYY年夏县政府工作报告: a two-character county's own title
    two = re.match(r"\W*(?:(?:19|20)\d{2}年)?" + _TWO_CHAR_UNIT, title)
    if not hits and two and (named := _named_exactly(two.group(1))):
        return place_of(named), "title"
    # 1月15日,凤县十八届人大第一次会议…开幕: a two-character county's congress in the opening lines
    two = None if hits else _CONGRESS_UNIT.search(t[:600])
    if two and (named := _named_exactly(two.group(1))):
        return place_of(named), "the congress in its opening lines"
    # 晋江上半年工业总产值…: a county's short name opening the title, before its period or statistic
    short = None if hits else _SHORT_OPENING.match(title)
    shorts = divisions.register().names["short"].get(short.group(1), []) if short else []
    counties = [d for d in shorts if d.level == "county"]
    if len(counties) == 1:
        return place_of(counties[0]), "title"
    # YYYY年苍山县两会《政府工作报告》: a county the register does not know by this name (renamed since)
    own = None if hits else _UNKNOWN_UNIT.match(title)
    if own and re.search(r"季度|半年|月|全[县市区旗]", own.group(1)):
        own = None  # YYYY年一季度全区经济运行情况: a span and 全区, no unit's name
    if own and not divisions.register().named(own.group(1)) and re.search(r"[全我本]" + own.group(1)[-1], t):
        return Place(own.group(1)), "title: a place the divisions register does not know (new region?)"
    if hits:
        # 株洲市YYYY年…: the first named; a province before its county (湖南省醴陵市) gives way to the county
        best = hits[0]
        for h in hits[1:]:  # (广东省)YYYY年大埔县…: the place named inside, before the title's own words
            if divisions.register().is_within(h.division, best.division.code) and not _TITLE_WORDS.search(
                title, best.end, h.start
            ) and not _in_list(title, h):  # (重庆:…区县GDP增速 渝北、长寿和潼南…: its places, a list)
                best = h
        inner = [
            h
            for h in _mentions(title, best.division.province_code)
            if divisions.register().is_within(h.division, best.division.code)
            and h.division != best.division
            # 贵州前三季度…情况公布 黔东南地区生产总值…: a title that goes on to name one of its places
            and not _TITLE_WORDS.search(title, best.end, max(best.end, h.start))
            and not _in_list(title, h)  # (…渝北、长寿和潼南增速位列前3位: its places compared)
        ]
        # an autonomous region speaks of itself as 全区 (宁夏全区生产总值, 全区五市): the province's word
        autonomous = best.division.level == "province" and best.division.name_zh.endswith("自治区")
        below, whole = ("(?:市|县)", "(?:省|区)") if autonomous else ("(?:市|县|区)", "省")
        speaks = len(re.findall(rf"[我全本]{below}", t[:800])) > len(re.findall(rf"[我全本]{whole}", t[:800]))
        speaks = speaks and not best.division.name_zh.endswith("市")  # 重庆市 speaks as 全市 of itself
        if not inner and best.division.level == "province" and re.search(r"哪个|哪些|哪一个|谁", title):
            # 江西省哪个县经济实力最强?: a question the text answers, about the place inside it it names most
            named: dict[str, list] = {}
            for h in _mentions(t, best.division.province_code):
                inside = divisions.register().is_within(h.division, best.division.code)
                if h.division.level != "province" and inside:
                    named.setdefault(h.division.code, []).append(h)
            if named:
                inner = max(named.values(), key=len)[:1]
        if not inner and best.division.level == "province" and speaks:
            # (广东省)…上半年经济运行情况 …惠州市委…我市: the province's city the text speaks for (not when
            # it speaks as 全省 more: 江苏省统计局…全省实现生产总值…,随着徐州市…数据的发布)
            within = divisions.register().is_within
            inner = [
                h for h in _mentions(t[:800], best.division.province_code)
                if h.division.level != "province" and within(h.division, best.division.code)
            ]
        if not inner and best.division.level == "prefecture":
            banner = _BANNER.search(title)  # 阿左旗 in 阿拉善盟's title: 阿拉善左旗, the banner so shortened
            reg = divisions.register()
            held = [d for ds in reg.names["name"].values() for d in ds if banner and d.level == "county"
                    and reg.is_within(d, best.division.code) and d.name_zh[0] == banner.group(1)
                    and d.name_zh.endswith(banner.group(2) + "旗")] if banner else []
            if len(held) == 1:
                return place_of(held[0]), "title"
        chosen = (inner[0] if inner else best).division
        if city := _city_ranking(chosen, title):
            return place_of(city), "title: the city its counties are ranked in"
        return place_of(chosen), "title"
    meeting = _MEETING_LINE.search(t[:400])  # 在贵港市第五届人民代表大会第三次会议上: the report's
    if meeting and not _mentions(meeting.group(1), None) and (named := _named_exactly(meeting.group(1))):
        return place_of(named), "the meeting the report was made to"  # 在叶县第十六届人民代表大会
    if meeting and (held := _mentions(meeting.group(1), None)):
        best = held[0]
        for h in held[1:]:
            if divisions.register().is_within(h.division, best.division.code):
                best = h
        return place_of(best.division), "the meeting the report was made to"
    body = t[t.find(title) + len(title) :] if title and title in t else t
    opening = re.split(r"[。\n]", body.strip("\n"), maxsplit=3)[:3]
    opening = [x for x in opening if not (_CAPTION.search(x.strip()) or _BYLINE.search(x) or _NAV.search(x))]
    opening = [x for x in opening if not _SITE.search(x)]
    if re.search(r"全国两会|国务院|全国人大|国内生产总值|我国", title):  # (全国两会)…: the nation's
        return Place("全国"), "the nation"
    first, hits = "", []
    if title and title in t and t.find(title) > 0:  # …云南省人民政府新闻办公室…举行…发布会, above the title
        lead_in = re.split(r"[。\n]", t[: t.find(title)].strip("\n"), maxsplit=3)[:3]
        opening = [x for x in lead_in if len(x) > 30 and _EVENT.search(x) and not _AD.search(x)] + opening
    for first in opening:  # the first sentence that names a place (a photo's caption aside)
        first = _DATELINE.sub("", first)  # 【…网讯】, …中国经济网呼和浩特1月19日讯: a source, no subject
        hits = _mentions(first, None) or _mentions(first, _home_province())
        hits = _beside_offices(first, hits)  # 株洲市人大…率队来醴调研: a visitor, not the subject
        if hits:
            break
    if hits:  # YYYY年湖南(醴陵)国际陶瓷产业博览会: the unit inside the first one named
        best = hits[0]  # 绵阳市涪城区…在绵阳市委党校: the district, not the city named again
        for h in _mentions(first, hits[0].division.province_code):  # 湖南株洲醴陵: the innermost
            # X省第十二届人民代表大会第三次会议在兰州开幕: the venue, not the subject
            venue = first[h.start - 1 : h.start] == "在"
            if venue and re.match(r"(?:隆重)?(?:开幕|召开|举行|闭幕)", first[h.end :]):
                continue
            if divisions.register().is_within(h.division, best.division.code):
                best = h
        if city := _city_ranking(best.division, first):
            return place_of(city), "first sentence: the city its counties are ranked in"
        best_named = len([h for h in _mentions(t, None) if h.division == best.division])
        if frequent := _short_name_over(t, best_named):  # 北京联盟_原题是:…浦东…: a site's name; 浦东 9 times
            return place_of(frequent), "named most"
        return place_of(best.division), "first sentence"
    if publisher := _survey_team(t[:600]):
        return place_of(publisher), "its publisher (国家统计局X调查队)"
    counts: dict[str, int] = {}
    keep = {}
    organ = set()  # 来源:固镇县统计局, 我代表闽清县人民政府: the place its publisher or government is
    captioned = set()  # YYYY年天水市年末人口数及其构成 in a text on 全市: its own table's caption, a line
    for h in _mentions(t, _home_province()):
        counts[h.division.code] = counts.get(h.division.code, 0) + 1
        keep[h.division.code] = h.division
        if _own_caption(t, h):
            captioned.add(h.division.code)
        # 来源:固镇县统计局, 我代表闽清县人民政府, 包头市委、市政府: its government, its publisher
        if re.match(r"(?:人民)?政府|统计局|人大|人民代表大会|委[、,，和及]", t[h.end : h.end + 6]):
            organ.add(h.division.code)
    most = max(counts, key=counts.get) if counts else None
    local = sum(t.count(w) for w in ("全市", "全县", "全区", "全省", "我市", "我县", "我区", "我省"))
    # (占全国…的比重, 全国百强县: a share of the nation, a national list, no text on the nation)
    plain = re.sub(r"占全国", "", _NATIONAL_LIST.sub("", t))
    nation = plain.count("全国") + plain.count("我国")
    # (YYYY年10月19日) 中华人民共和国国家统计局: a date line, then the publisher
    dated = opening and _DATE_ONLY.fullmatch(opening[0].strip())
    lead = "".join(opening[:2]) if dated else opening[0] if opening else ""
    mostly_nation = nation > max(2, local) and not (most and counts[most] >= nation)
    # (《中国县域高质量发展报告》: a report's title, no nation's text)
    # (全国经济百强县出炉: a national list's name, no nation's text)
    if frequent := _short_name_over(t, counts[most] if most else 0):
        return place_of(frequent), "named most"  # 慈溪 (YYYY全国县域百强揭晓,慈溪高居全国第五!) ten times
    if _NATION_WORDS.search(_NATIONAL_LIST.sub("", re.sub(r"《[^》]*》", "", title + lead))) or mostly_nation:
        return Place("全国"), "the nation"
    if most and re.search(r"名单|百强|排名|排行|榜", title):
        return Place(""), "a list of places: each figure's own place, else none"
    own = _own_short_name(t)
    if most and own and divisions.register().is_within(own, most):
        most = None  # 临邑 in a text that speaks as 我县, 德州 named beside it: the county, not its city
    shared = _shared_city(t, keep, counts, organ) if most and keep[most].level == "county" else None
    if shared:
        return place_of(shared), "named most"
    county_words = len(re.findall(r"[全我本][县区旗]", t))
    if most and keep[most].level == "province" and county_words >= 3 and (
        county_words > 2 * len(re.findall(r"[全我本]省", t))
    ) and not own:
        # 全县上下…视察江西…全县地区生产总值: a county's text naming only its province is not the province's
        most = None
    if most:
        # 全省上下…视察贵州: a text speaking as a province that names one province is that province's
        province = keep[most].level == "province" and re.search(r"[全我本]省", t)
        once = counts[most] == 1 and most not in organ and not province and most not in captioned
        return place_of(keep[most]), ONCE if once else "named most"
    if own:
        return place_of(own), SPOKEN_FOR
    if city := _city_of_short_names(t):
        return place_of(city), CITY_OF_SHORT_NAMES
    return None, "unknown"


def _own_caption(t: str, h) -> bool:
    """Whether a mention opens a line after its year, a table caption (YYYY年天水市年末人口数及其构成, 表1 …)
    or a paragraph (YYYY年平遥县粮食作物播种面积…), in a text that speaks as a place of its kind (全市 of a
    city, 全县 of a county, 全区 of a district)."""
    line_start = t.rfind("\n", 0, h.start) + 1
    if not re.fullmatch(r"\s*(?:表\s*\d+\s*)?(?:19|20)\d{2}年", t[line_start : h.start]):
        return False
    word = "全" + h.division.name_zh[-1]  # 全市, 全县, 全区, 全旗, 全州, 全盟
    return h.division.name_zh[-1] in "市县区旗州盟" and t.count(word) >= 2


CITY_OF_SHORT_NAMES = "the city whose counties it names by their short names, speaking as 全市/全盟"


def _city_of_short_names(t: str) -> divisions.Division | None:
    """A text that names no place in full but two or more counties of one city by their short names (each
    the short name of one unit only, no word of a report), speaking as that city (全市, 全盟 of a league,
    全州): the city (a league's release of 突泉, 阿尔山 and its other banners)."""
    reg = divisions.register()
    found = {
        ds[0].code: ds[0]
        for short, ds in reg.names["short"].items()
        if len(short) >= 2 and len(ds) == 1 and ds[0].level == "county" and short not in _WORD_NAMES
        and not reg.names["name"].get(short) and short in t
    }
    parents = {d.parent_code for d in found.values()}
    city = reg.get(parents.pop()) if len(found) >= 2 and len(parents) == 1 else None
    if city is None or city.level != "prefecture":
        return None
    word = "地区" if city.name_zh.endswith("地区") else city.name_zh[-1]
    speaks = len(re.findall(rf"[全我本]{word}", t)) > len(re.findall(r"[全我本][县区旗]", t))
    return city if speaks else None


_PLAN_YEARS_SAID = re.compile(r"十[一二三四五]五”?(?:时期|期间|以来)")  # “十三五”时期: a plan's years
SPAN_GROWTH_NOTE = "a growth over the years reviewed (过去五年, 过去的四年): check it"
_YEARS_BACK = re.compile(  # (三年来最为严重的疫情, 十年来首次: a comparison's reach, no span reviewed)
    r"(?:过去的?([二三四五六七八九十两]|\d{1,2})年|([二三四五六七八九十两]|\d{1,2})年来|近([二三四五六七八九十两]|\d{1,2})年)"
    r"(?!来?(?:最|首|罕见|少有|未有|之最|新高|新低))"
)


# 是YYYY年的1.7倍, 是“十一五”末的2.6倍: the period before it is a base of comparison
_BASE_AFTER = re.compile(r"[”\"’」]?(?:末|期末|时期|期间)?的?[\d.]+倍")


_STATES_FIGURE = re.compile(r"\d\s*(?:%|亿|万|元|个百分点)")  # 增长5%, 375亿元: a figure stated
_YEARS_FROM_TO = re.compile(
    r"由((?:19|20)\d{2})年的?[^，,。；;]{0,20}?(?:提高|增加|增长|上升|扩大|提升|跃升|发展|突破)(?:到|至)((?:19|20)\d{2})年"
)
_PLAN_CLOSED = re.compile(r"[”\"]?(?:规划)?(?:圆满|胜利|顺利|完美|良好)?(?:收官|开局|起步|启航)")


def _year_spans(whens: list, t: str, at: int) -> list:
    """The spans of years among a sentence's periods (`at` where the sentence starts in t), bases aside
    (是“十一五”的2.5倍)."""
    return [w for w in whens if "-" in w.period and not w.sub and not _BASE_AFTER.match(t, at + w.end)]


def _years_back(text: str) -> int:
    """How many years a review looks back over (过去五年, 过去的四年, 三年来, 近5年), else 0."""
    m = _YEARS_BACK.search(text)
    if not m:
        return 0
    n = m.group(1) or m.group(2) or m.group(3)
    n = int(n) if n.isdigit() else cx.small_int(n.replace("两", "二"))
    return n if 2 <= n <= 10 else 0


def _shared_city(t: str, keep: dict, counts: dict, organ: set) -> divisions.Division | None:
    """A text speaking as 全市 that names no city, only three or more of one city's counties and districts,
    none named much more than the others (a release's tables of 下陆区, 阳新县, 大冶市 …): that city."""
    counties = [code for code, d in keep.items() if d.level == "county"]
    parents = {keep[code].parent_code for code in counties}
    city = divisions.register().get(next(iter(parents))) if len(parents) == 1 else None
    # 全市, or the word of a city's own kind (全盟 of a league, 全州 of a prefecture, 全地区)
    word = "地区" if city and city.name_zh.endswith("地区") else city.name_zh[-1] if city else "市"
    speaks_city = len(re.findall(rf"[全我本](?:市|{word})", t)) > len(re.findall(r"[全我本][县区旗]", t))
    # a league's or prefecture's release (全盟, 各旗县市) that names two of its units in full, the rest by
    # local short forms (扎旗, 乌市): two are enough, its word being no county's
    fewest = 2 if word in ("盟", "地区") else 3
    if (
        city is None
        or city.level != "prefecture"
        or len(counties) < fewest
        or not speaks_city
        or organ & set(counties)
        or (ranked := sorted((counts[code] for code in counties), reverse=True))[0] > 2 * ranked[1]
    ):
        return None
    return city


def _city_ranking(d: divisions.Division, text: str) -> divisions.Division | None:
    """The city a text ranks its counties in (我市各县(市、区)主要经济指标…,长垣市…稳居全市第一名): the
    county is one of its places, the text the city's."""
    if d.level != "county" or not _RANKED_IN_CITY.search(text):
        return None
    return divisions.register().get(d.parent_code)


# the city speaking of its counties (我市各县(市、区)); not 增速位列金华各县(市、区)第一 in 义乌's news,
# nor 居全市第一 in a county's report
_RANKED_IN_CITY = re.compile(r"(?:我市|全市)各县")
_SHORT_OPENING = re.compile(
    r"\W*([\u4e00-\u9fff]{2,3}?)(?=(?:19|20)\d{2}年|上半年|前三季度|[一二三四]季度|[1-9１-９][-~～—至到]\d{1,2}月|"
    r"GDP|地区生产总值|生产总值|经济运行|经济总量|工业|规上|固定资产投资"
    r"|[，,](?:这座|这个|作为|一座|地处|位于))"  # 义乌,这座…县级市: the place a feature opens on
)
_TWO_CHAR_UNIT = (  # a two-character county (泾县, 叶县, 凤县) before its own year, report or congress
    r"([\u4e00-\u9fff][县区旗市])(?=(?:19|20)\d{2}年|人民政府|国民经济|统计公报|政府工作报告|经济运行|"
    r"第?[一二三四五六七八九十]{1,3}届|人大|人民代表大会)"
)
_UNKNOWN_UNIT = re.compile(  # a title naming its own unit before its report: YYYY年苍山县两会《政府工作报告》
    r"\W*(?:(?:19|20)\d{2}年)?(?![全我本该])([\u4e00-\u9fff]{2,4}[县市区旗])(?=(?:19|20)\d{2}年|两会|人民政府|"
    r"国民经济|统计公报|政府工作报告|经济运行|第?[一二三四五六七八九十]{1,3}届)"
)
_BANNER = re.compile(r"([\u4e00-\u9fff])([左右前后中])旗")  # 阿左旗, 鄂前旗: a banner by its first character
_CONGRESS_UNIT = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff][县区旗])(?=第?[一二三四五六七八九十]{1,3}届)"
)
SPOKEN_FOR = "short name of the unit its 全区/全县/全市 speaks for"  # how a subject was found
ONCE = "named once"  # the only place a text names, and only once
ONCE_NOTE = "the document names its place only once: check the region"
# county short names that are ordinary words of a report (乡村振兴, 惠民生, 突破400亿元大关)
_WORD_NAMES = {"振兴", "惠民", "大关", "和平", "新华", "长安", "安全", "兴业", "新兴", "富民"}
_WORD_NAMES |= {"开放", "光明", "东方", "安宁", "台前", "杂多"}  # 主席台前排就坐, 复杂多变
_WORD_NAMES |= {"和政", "资源", "富裕", "中西", "公安", "大城", "建安"}  # 党委和政府, 中西部, 大城市
_RANK_SCOPE_AFTER = re.compile(r"[第前排各平、]|领先|平均")
_OWN_WORD = re.compile(r"(?:全|我|本|该)([区县市旗])")
_SPEAKS_AS = re.compile(  # 全区, 我县; 代表区人民政府, 区九届人大, 区长 (a report speaking as its unit)
    r"(?:全|我|本|该)([区县市旗])"
    r"|(?:代表|^|(?<=[^\u4e00-\u9fff]))([区县市旗])(?=长|人民政府|政协|[一二三四五六七八九十]{1,3}届人大)",
    re.M,
)


_SURVEY_TEAM = re.compile(r"国家统计局([\u4e00-\u9fff]{2,4}?)调查队")


def _survey_team(opening: str) -> divisions.Division | None:
    """市统计局和国家统计局郑州调查队…发布一季度经济运行…全市: the place whose survey team publishes a
    text that names no place in full, when its short name is one unit's of the level the text speaks as."""
    levels = [m.group(1) or m.group(2) for m in _SPEAKS_AS.finditer(opening)
              if not _RANK_SCOPE_AFTER.match(opening, m.end())]
    team = _SURVEY_TEAM.search(opening)
    if not team or not levels:
        return None
    level = max(set(levels), key=levels.count)
    held = [d for d in divisions.register().names["short"].get(team.group(1), [])
            if d.level != "province" and d.name_zh.endswith(level)]
    return held[0] if len(held) == 1 else None


def _frequent_short_name(t: str) -> tuple[int, divisions.Division | None]:
    """A text that names no unit in full but one county-level unit by its short name three times or more,
    twice as often as any other (慈溪 in a list's news, 浦东 in a feature): that unit, when the short name
    is that one unit's only and no word of the language; and how often it is named."""
    reg = divisions.register()
    counts = sorted(
        (
            (t.count(short), ds[0])
            for short, ds in reg.names["short"].items()
            if len(short) >= 2 and len(ds) == 1 and ds[0].level == "county" and short not in _WORD_NAMES
            and not reg.names["name"].get(short) and short in t
        ),
        key=lambda x: -x[0],
    )
    if not counts or counts[0][0] < 3 or len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
        return 0, None
    return counts[0]


def _short_name_over(t: str, rival: int) -> divisions.Division | None:
    """The unit _frequent_short_name finds, when it is named at least three times as often as the place
    otherwise chosen (named `rival` times) and is not the unit the text speaks for as 全县/全区 (that
    reading, SPOKEN_FOR, comes later and says more)."""
    often, frequent = _frequent_short_name(t)
    if frequent and often >= 3 * rival and frequent != _own_short_name(t):
        return frequent
    return None


def _own_short_name(t: str) -> divisions.Division | None:
    """A text that speaks as 全区/全县/全市 and names no unit in full: the one county-level unit whose
    short name it uses (建设“六个安源” in a district's bulletin), when that unit's name ends in the
    level the text speaks as and no other unit of that short name exists."""
    levels = [  # 总量全市第二, 稳居全市、全省前列: a scope the text ranks in, not the level it speaks as
        m.group(1) or m.group(2) for m in _SPEAKS_AS.finditer(t) if not _RANK_SCOPE_AFTER.match(t, m.end())
    ]
    if not levels:
        return None
    level = max(set(levels), key=levels.count)
    reg = divisions.register()
    found = {
        d.code: d
        for short, ds in reg.names["short"].items()
        if len(short) >= 2 and len(ds) == 1 and short in t and short not in _WORD_NAMES
        for d in ds
        if d.level == "county" and d.name_zh.endswith(level) and not reg.names["name"].get(short)
    }
    return next(iter(found.values())) if len(found) == 1 else None


_REPORT_YEAR = re.compile(
    r"((?:19|20)\d{2})年?[^，,。]{0,30}?(统计公报|公报|政府工作报告|工作报告|计划执行|执行情况)"
)
# X区人民政府工作报告(YYYY年): the year in brackets after the report's name
_REPORT_YEAR_AFTER = re.compile(r"(统计公报|政府工作报告|工作报告)[(（]((?:19|20)\d{2})年?[)）]")


# YYYY年…主要目标: a plan's title; YYYY年…目标任务高质量全面完成 reviews that year
_PLAN_OPENING = re.compile(  # “十四五”开局首季: the plan's first year
    r"“?十([一二三四五六七八九])五”?(?:规划)?(?:开局|起步)(?:之年|首季|首年|年|季度?|的第一年)"
)
COMPARED = re.compile(r"(?:对比|相比|比|较|与|同|超过|高于|低于|相较于|相对于|较之)$")
FOUNDED = re.compile(r"(?:成立|创建|创立|创办|始建|建立|诞生|组建|设立)于?$")  # 成立于YYYY年: no period
_PLAN_TITLE = re.compile(  # (…下达X市YYYY年国民经济和社会发展计划的通知: the year planned)
    r"(?:19|20)\d{2}年[^，,。]{0,16}?(?:预期目标|发展目标|目标任务|主要目标|计划安排|社会发展计划(?!执行|草案执行))"
    r"(?![^，,。]{0,8}完成)"
)


def compared_only_year(body: str) -> int:
    """The year of a text whose only years are bases of comparison: 今年前11月…对比YYYY年全年 is the year
    after; 同比增长3.5%,比YYYY年同期增长4.3% the year after next (同比 is the year before, so the other
    base is the one before that: the two-year comparisons of the years after a fall)."""
    y = max(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", body))
    two_years = ("同比" in body or "两年平均" in body) and re.search(rf"比{y}年同期", body)
    return y + 2 if two_years else y + 1


# ——YYYY年3月3日在X县第十五届人民代表大会第二次会议上: the date a work report was made to its congress
_MEETING_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日\s*在[^。]{0,40}?人民代表大会")


def reporting_years(title: str, doc_date: date | None, body: str) -> tuple[int | None, int | None]:
    """(year reviewed, year planned): a bulletin of X reviews X; a work report of X reviews X-1 and
    plans X; else the document date (a report early in a year reviews the year before)."""
    m = _REPORT_YEAR.search(title)
    after = None if m else _REPORT_YEAR_AFTER.search(title)
    made = _MEETING_DATE.search(title + "\n" + body[:600])
    if (m or after) and made and re.search(r"工作报告|报告(?:政府)?工作", title + body[:1000]):
        # (浙江省)YYYY年平阳县人民政府工作报告 over ——(YYYY+1)年3月3日在…人民代表大会…上: the meeting dates it
        y = int(made.group(1))
        return (y, y + 1) if int(made.group(2)) >= 11 else (y - 1, y)
    if m or after:
        y, kind = (int(m.group(1)), m.group(2)) if m else (int(after.group(2)), after.group(1))
        looked_back = re.search(
            r"((?:19|20)\d{2})年(?:工作)?回顾|回顾了?((?:19|20)\d{2})年"
            # 一、…过去一年政府工作成效显著\nYYYY年,是我县…卓有成效的一年: the review's own year
            r"|(?:过去一年|过去的一年|一年来)[^\n]{0,40}\n((?:19|20)\d{2})年[，,]?是",
            body[:3000],
        )
        if "报告" in kind and looked_back:  # a mirror's title YYYY年X县政府工作报告, its text YYYY年工作回顾
            y = int(looked_back.group(1) or looked_back.group(2) or looked_back.group(3))
            return y, y + 1
        if "公报" in kind or "执行" in kind:
            return y, y + 1
        if re.search(r"(?:完成|执行|落实|推进|进展)情况|进度", title[m.end() if m else 0 :]):
            return y, y  # YYYY年区政府工作报告目标任务半年完成情况: that year's progress on its report
        if doc_date and doc_date.year == y and doc_date.month >= 11:
            return y, y + 1  # a report made in YYYY年12月 reviews that year (and plans the next)
        return y - 1, y
    made = _MEETING_DATE.search(title + "\n" + body[:600])
    if made and re.search(r"工作报告|报告(?:政府)?工作", body[:1000]):
        # ——YYYY年3月30日在X县第十五届人民代表大会…上 … 向大会报告工作: a work report made on that date
        y = int(made.group(1))
        return (y, y + 1) if int(made.group(2)) >= 11 else (y - 1, y)
    year = re.search(r"((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)", title)  # (a date is no year reported)
    if year and doc_date and int(year.group(1)) > doc_date.year:
        year = None  # 官渡区:YYYY+4年地区生产总值突破两千亿元 dated YYYY: a target's year, not the reported
    if year and _PLAN_TITLE.search(title):
        return int(year.group(1)) - 1, int(year.group(1))  # YYYY年…预期目标: the year planned
    if year and not re.search(r"(?:19|20)\d{2}年?[-—至到]", title):
        y = int(year.group(1))
        return y, y + 1 if doc_date is None or doc_date.year > y else y
    session = re.search(  # 第06版:YYYY阜阳两会, YYYY年全国两会: the year of the session a report is made to
        r"(?<![\d.])((?:19|20)\d{2})年?(?:[\u4e00-\u9fff]{2,6}?)?(?:两会|人代会)", title + "\n" + body[:300]
    )
    if doc_date is None and session and re.search(r"政府工作报告|预期目标", title + body[:3000]):
        return int(session.group(1)) - 1, int(session.group(1))
    if doc_date is None:
        aim = re.search(  # (YYYY年,我们较好完成了全年主要目标任务: a year done, not planned)
            r"((?:19|20)\d{2})年(?:(?!完成|实现|超额|达成)[^。；;]){0,20}?(?:预期目标|主要目标|目标任务|发展目标)",
            body,
        )
        if (
            aim
        ):  # YYYY年我县经济社会发展的主要预期目标是: a report planning that year, reviewing the one before
            return int(aim.group(1)) - 1, int(aim.group(1))
        said = [
            (m.group(1), COMPARED.search(body[max(0, m.start() - 4) : m.start()])
             or FOUNDED.search(body[max(0, m.start() - 4) : m.start()])
             # 经济运行延续YYYY年以来回升向好态势: a trend carried on from an earlier year (a base)
             or (re.search(r"延续了?$", body[max(0, m.start() - 3) : m.start()])
                 and body.startswith("以来", m.end())))
            for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})年", body)
        ]
        years = [y for y, compared in said if not compared]
        late = max((int(y) for y in years), default=0)
        # YYYY年,枣阳实现地区生产总值580亿元,比YYYY-1年增长9.9%。今年1-8月,…: 今年 is a later year than the
        # whole year the text reports as done
        # (YYYY年前三季度…新闻发布会…同比增长: a span of that year, not the whole year done)
        done = late and re.search(
            rf"{late}年(?![前上下一二三四1-9]|首季)[^。]{{0,40}}?(?:比{late - 1}年|同比增长|比上年增长)", body
        )
        if done and re.search(r"今年(?:\d{1,2}[-—至~]\d{1,2}月|前三季度|上半年|一季度|前\d{1,2}个?月)", body):
            return late + 1, late + 1
        partial = rf"{late}年(?:一季度|上半年|前三季度|1[-—至~～]\d{{1,2}}月|前\d{{1,2}}个?月)"
        reported = re.search(r"工作报告|人民代表大会", body)
        if late and "今年" in body and re.search(partial, body) and not reported:
            return late, late  # YYYY年…同比增长…;YYYY+1年一季度…今年上半年: 今年 is the latest year
        if late and str(late - 1) in years and re.search(r"工作报告|人民代表大会|人代会", body):
            return late - 1, late  # a work report's news: the year reviewed, then the year planned
        if years:
            y = int(max(set(years), key=lambda x: (years.count(x), x)))
            return y, y + 1
        if said and re.search(r"今年|两年平均|同比", body):  # years named only as bases: the year after them
            y = compared_only_year(body)
            return y, y + 1
        if opening := _PLAN_OPENING.search(title + "\n" + body[:1500]):
            # “十四五”开局首季, 十四五开局之年: the first year of that plan (data/five_year_plans.csv)
            y = int(cx.plan_period(cx.small_int(opening.group(1)) + 10)[:4])
            return y, y
        return None, None
    if doc_date:
        # 10月20日,省统计局通报YYYY年四川省县级经济综合评价结果: the year an assessment or a release it
        # announces covers, earlier than the day it is announced
        announced = re.search(
            r"(?:通报|发布|公布|揭晓)了?((?:19|20)\d{2})年度?[^。\n]{0,30}?(?:评价|考核|监测|排名|名单)结果",
            body[:600],
        )
        if announced and int(announced.group(1)) < doc_date.year:
            y = int(announced.group(1))
            return y, y + 1
        # 统计局 \n YYYY+1年5月2日 \n YYYY年,自治区党委、政府带领全区上下…: a text opening on the year before
        # a whole (a line begun by YYYY年,) reviews that year, whenever in the year after it came out
        opened = re.search(r"(?m)^\W*((?:19|20)\d{2})年[,，]", body[:400])
        if opened and int(opened.group(1)) == doc_date.year - 1 and doc_date.month <= 9:
            return doc_date.year - 1, doc_date.year
        said = {int(y) for y in re.findall(r"((?:19|20)\d{2})年", title + body[:400])}
        # 1月28日…YYYY年1~12月各设区市主要经济指标: the year before is the latest it names
        last_year = max(said, default=0) == doc_date.year - 1
        reviews = re.search(r"报告|公报|过去一年|去年|上年", title + body[:400])
        congress = re.search(r"人民代表大会", body[:600]) and re.search(r"工作报告", body)  # a session's news
        bulletin = "统计公报" in title  # a year's bulletin comes out in the first half of the year after
        spring = doc_date.month <= 6 and (congress or bulletin)
        early = doc_date.month <= 4 and (reviews or last_year) or spring
        # 4月21日…发布一季度陕西经济运行情况…同比下降5.6%: the quarter just over, of the year it came out in
        quarter = re.search(r"(?<!\d年)(?:第?一季度|1[-—至~～]3月)", title + body[:400])
        if early and not spring and doc_date.month >= 4 and quarter and not last_year:
            early = False
        return (doc_date.year - 1, doc_date.year) if early else (doc_date.year, doc_date.year)
    return None, None


# --- time words in a clause ------------------------------------------------------------------------


def _n(s: str) -> int:
    return 1 if s == "元" else cx.small_int(s)  # 元至11月: 元月 is January


_M = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"
_FIRST_M = r"(\d{1,2}|十[一二]?|[一二三四五六七八九]|(?<![\d亿万千百美])元)"
_Y = r"(?:((?:19|20)\d{2})年)?"
_SUB = [
    (re.compile(_Y + r"(?:截至|截止)" + _M + r"月(?:底|末|份)"), "first"),
    (re.compile(r"(?:截至|截止)到?" + _Y + _M + r"月(?:底|末)"), "first"),  # 截至YYYY年3月底,全县累计…
    (re.compile(_Y + _FIRST_M + r"月?[-—–―~～至到]" + _M + r"月(?:份)?"), "run"),
    # YYYY年1月至YYYY年12月: the year written on both ends (the second must be the same year)
    (re.compile(r"((?:19|20)\d{2})年" + _M + r"月[-—–―~～至到]\1年" + _M + r"月(?:份)?"), "run"),
    (re.compile(_Y + r"前" + r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])" + r"(?:个)?月"), "first"),
    (re.compile(_Y + r"(?:前|1-|1—)[三3]季度|(?:((?:19|20)\d{2})年)?前[三3]季"), "q3"),  # 三季度 alone: Q3
    (re.compile(_Y + r"上半年"), "h1"),
    (re.compile(_Y + r"下半年"), "h2"),
    (re.compile(_Y + r"(?:第)?([一二三四]|(?<![\d.])[1-4])季度"), "quarter"),  # 一季度, 1季度
    (re.compile(_Y + r"首季度?()"), "q1"),  # 今年首季: the first quarter
    # (——YYYY年12月在X市第一届人民代表大会…上: the month a report was made, no span of its figures)
    (re.compile(_Y + r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?"
                r"(?![\d日]|在[^。\n]{0,40}?(?:会议|大会))"),
     "month"),
]
_YEAR_WORD = re.compile(
    r"(?<![\d比较与同近约逾按])(?<!较于)(?<!对于)((?:19|20)\d{2})年(?!以来|来|前|代|底前|起|历史|多年|余年|的历史|不变价|可比价|价格|"
    r"平均汇率|汇率)"
)  # 近两千年历史 (近NNNN年历史): a count of years; 按YYYY年不变价格计算, 按YYYY年平均汇率: a method's base;
# 相较于YYYY年: a comparison's base
# YYYY-YYYY年; YYYY年-YYYY年年均增长 (a span the average runs over: each year written out)
_PLAN_SPAN = re.compile(
    r"((?:19|20)\d{2})(?:年(?=[-—至~～]\d{4}年(?:的)?(?:年均|平均|期间|间|累计)))?[-—至到~～]((?:19|20)\d{2})年"
)
_FIVE_YEAR = re.compile(  # 十四五: the years from data/five_year_plans.csv
    r"(?<![第一二三四五六七八九])(十[一二三四五六七八九])五(?![届次个年日号条])(?:规划)?(?:时期|期间)?"
)


@dataclass
class When:
    """A period a clause names and where it ends in the text."""

    period: str
    end: int
    year: int | None = None
    sub: bool = False
    start: int = 0


def _year_before(t: str, at: int) -> int | None:
    """The year a sentence opens on, for a span after it without its own (YYYY年受疫情影响,上半年…GDP为…);
    none when the year is a base (与YYYY年同期相比) or the span is 今年's, 去年's."""
    head = t[t.rfind("。", 0, at) + 1 : at]
    m = re.match(r"\s*((?:19|20)\d{2})年(?![\d上下前一二三四同末底])", head)
    if not m or re.search(r"今年|去年|上年|本年|当年|同期|(?:19|20)\d{2}", head[m.end():]):
        return None
    return int(m.group(1))


def times(t: str, year: int | None) -> list[When]:
    """Every period the text names, in order: sub-annual spans, year spans, years."""
    out: list[When] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for pattern, kind in _SUB:
        for m in pattern.finditer(t):
            if not free(m.start(), m.end()):
                continue
            y = next((int(g) for g in m.groups() if g and len(g) == 4), None)
            y = y or _year_before(t, m.start()) or year
            if y is None:
                continue
            nums = [g for g in m.groups() if g and len(g) != 4]
            if kind == "run":
                a, b = _n(nums[0]), _n(nums[1])
            elif kind == "first":
                a, b = 1, _n(nums[0])
            elif kind == "q3":
                a, b = 1, 9
            elif kind == "h1":
                a, b = 1, 6
            elif kind == "q1":
                a, b = 1, 3
            elif kind == "h2":
                a, b = 7, 12
            elif kind == "quarter":
                q = _n(nums[0])
                a, b = 3 * q - 2, 3 * q
                if re.match(r"末|[^，,。；;]{0,6}累计", t[m.end() :]):  # 第三季度GDP累计, 二季度末: from Jan.
                    a = 1
            else:
                a = b = _n(nums[0])
                if t[m.end() : m.end() + 1] == "日" or not (1 <= a <= 12):
                    continue
                if re.search(r"最[冷热暖寒]月$", t[max(0, m.start() - 3) : m.start()]):
                    continue  # 最热月7月,平均气温25.5℃: a climate's month, no span of figures
            if not (1 <= a <= b <= 12):
                continue
            period = periods.month_run(y, a, b).text  # 1-12月 is the year
            out.append(When(period, m.end(), y, (a, b) != (1, 12), m.start()))
            taken.append((m.start(), m.end()))
    for m in _PLAN_SPAN.finditer(t):
        if free(m.start(), m.end()):
            out.append(When(f"{m.group(1)}-{m.group(2)}", m.end(), int(m.group(2)), False, m.start()))
            taken.append((m.start(), m.end()))
    for m in _FIVE_YEAR.finditer(t):
        span = cx.plan_period(10 + _n(m.group(1)[1:]))  # 十四五: the years from data/five_year_plans.csv
        if span and free(m.start(), m.end()):
            out.append(When(span, m.end(), int(span[-4:]), False, m.start()))
            taken.append((m.start(), m.end()))
    for m in _YEAR_WORD.finditer(t):
        if free(m.start(), m.end()):
            out.append(When(m.group(1), m.end(), int(m.group(1)), False, m.start()))
    return sorted(out, key=lambda w: w.end)


# --- subjects and indicators -----------------------------------------------------------------------

_TO_LEVEL = re.compile(r"(?:下降|降低|回落|降|提高|提升|上升|增长|增加|减少|升|扩大|缩小|下滑)(?:至|到)了?$")
_FALL = re.compile(r"(?:下降|减少|降低|回落|下滑|收窄|负增长|下跌|减产|放缓|放慢|收缩)[了为]?$")
_GROWTH_END = re.compile(
    r"(?:同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期|比去年同期|较去年同期|与上年相比|年均|平均)?"
    r"(?:可比)?(?:增长|增速|增幅|增长率|提高|提升|上升|回升|下降|减少|降低|回落|下滑|增加|负增长|加快|放缓|上涨|涨幅|增产|减产"
    r"|比增|比降|(?<=[\u4e00-\u9fff]{2})(?:增|提|降|同比))"  # 收入增6.1%, 比增5.1%, 提3.4个百分点, 同比49.1%
    r"(?:[(（](?:下降|减少|降低)[)）])?"  # 比上年增长(下降)7.3%: a yearbook's word for either way
    r"(?:分别|均|依次)?(?:了|为|[高仅]?达到?|至|仅为)?$"  # …增速分别为18.7%…, 增速高达18.8%
)
_SECTION_WORD = re.compile(
    r"^(?:国民经济|综合|人口|农业|工业|工业和建筑业|建筑业|固定资产投资|国内贸易|对外经济|财政|金融|人民生活|社会保障)"
    r"(?=全年|年末|年内|全[县市区省]|初步核算)"
)
_VERBS = re.compile(
    r"(?:实现|完成|达到|达|为|是|共|共计|累计|合计|总计|突破|超过|超|约|近|全年|预计|力争|确保|争取|"
    r"目标|预期|计划|增长到|提高到|增加到|上升到|达到了|保持在|控制在|逼近?|接近|不足|拟按|按|分别为|分别|分列|依次|位列|位居|居|排名|排|列|"
    r"只有|仅有|仅为|仅|高达|多达|约达|取得了?|更是|也是|就已|已经|首次|首度|再次|再度|迈入|迈上|跨入|站上|跃上|"
    r"(?<![突打])破|"  # 规模以上固定资产投资破百亿元大关,增长25%: a milestone's verb
    r"(?:分别)?以|也|均|都|"
    r"(?:下降|降低|回落|降|提高|提升|上升|增长|增加|减少|升|增|扩大|缩小|下滑)(?:至|到)了?)+$"
)
_LEADING = re.compile(
    r"^(?:其中|同时|另外|此外|虽然|尽管|但是|而且|并且|而|但|和|与|及|以及|对应的?|首先|其次|最后|既然|因此|"
    r"首府城市|首府|省会城市|省会|全部(?=规上|规模以上)|则|"
    r"[^，,]{0,12}?等[一二三四五六七八九十\d]{1,2}[个座]?(?:市|县|区|县市区|城市)的|"
    r"[一二三四五六七八九十两\d]{1,2}个[^，,\d]{0,6}?城市(?=[\u4e00-\u9fff]{2})|"  # 两个中心城市经济总量
    # 武鸣区、良庆区、兴宁区三区GDP总量: the count of the places named, no part of the statistic
    r"[二三四五六七八九十两]{1,2}个?(?:县市区|县区|区县|县市|区|县|市|旗)(?=[\u4e00-\u9fffA-Z]{2})|"
    r"初步核算|初步统计|来源于|来自于?|公历年度|下同|"
    r"这是继|这是|是继|继|据[^，,]{0,12}?(?:核算|统计|测算)|据(?=全[省市县区旗])|经[^，,]{0,8}核算|"
    r"特别是|尤其是|"
    rf"全年|{SELF_WORDS}|县内|市内|区内|境内|年末|年底|"
    r"截至[^，,]{0,10}?末|"
    r"今年|去年|上年|当年|本年|同期|的|在|实现|完成|共|累计|有(?!效|色)|拟安排|安排|中国|我国|从(?!业)|由(?!于)|力争|争取|确保|要|"
    r"获得|取得|首次|首度|再次|再度|已经|已|仍然|仍|继续|稳步|区属|县属|市属|、|:|：|"
    r"以(?=GDP|经济总量|地区生产总值|生产总值|总量|增速)|"  # 长春市以GDP总量3073.83亿元排名全省第一
    r"全(?=规模|规上|高新|高技术|固定|商品|限额|地区|生产总值|一般|工业|进出口|外贸|城镇|农村|财政|税收|金融)|"
    r"(?:主要)?(?:预期)?目标(?:任务)?(?:建议)?(?:为|是)[:：]?)+"  # 主要预期目标建议为地区生产总值增长8.5%
)
_AIM = re.compile(r"(?:预期目标|目标|预期|计划)(?:为|是|达到?)?$")  # 增长预期目标为5%: still a growth
# 增速超8%: a bound the figures after it meet
_THRESHOLD = re.compile("(?:" + "|".join(w for w in PREFIX_APPROX if w in BOUNDS) + ")$")
_NOT_SUBJECT = re.compile(r"^[\d.%年月日季度上下半前后个]+$")
# 比去年新增3637元,增长12.7%; 突破7万亿大关,增长8.5%; (按年平均汇率折合3418美元): a comparison, a milestone
# or a conversion, no subject of its own
_NO_NOUN = re.compile(
    r"(?:比|较|相比|与)(?:上年末|上年底|上年同期|去年同期|上年|去年|上月|上季度|同期)?(?:新增|新|增加|多|减少|少)?|大关"
    r"|" + (_CONVERTED := r"(?:按[^，,。]{0,8}汇率)?(?:折合|约合)(?:美元)?")
)
_BASE_END = re.compile(  # (not the 比 of 占比)
    r"(?:相比|相较|(?<!占)比|较|与)(?:上年末|上年底|上年|去年|上年同期|去年同期|上月|上季度)?$"
)
_SCOPE_SUFFIX = re.compile(r"(?:分别|均|由|从|在|的基础上|的)$")


def _strip_times(s: str) -> str:
    s = re.sub(
        r"(?:19|20)\d{2}年(?:末|底|度)?|\d{1,2}[-—至到]\d{1,2}月份?|前\S{1,2}个?月|第?[一二三四1-4]季度|前[三3]季度?|首季度?|上半年|"
        r"\d{1,2}月份?|今年以来|年初以来|以来",
        "",
        s,
    )
    return s


_METHOD = re.compile(
    r"按(?:(?:19|20)\d{2}年)?(?:可比价格?|不变价格?|现价|可比口径|同口径|常住人口|户籍人口)计算的?|按可比价格?|"
    r"(?:按)?当年价格?(?=生产总值|地区生产总值|GDP)|\[\d{1,2}\]|"  # 当年价生产总值[1]: a price basis, a note
    r"扣除价格因素(?:后)?|按可比口径|同口径|[(（](?:以下简称|以下称|下称|简称)[^)）]{1,6}[)）]|"
    r"按(?:年)?平均汇率(?:折算|计算)(?:为)?|"  # 按年平均汇率折算为…美元,增长2.2%: a method, not a subject
    r"(?:剔除|扣除)[^，,。；;]{2,16}?因素(?:影响)?(?:后)?"  # 剔除一次性特殊收入因素影响同比增长2.7%
)


# 固定资产投资总体平稳、增长4%: how the statistic fared is no part of its name
_MOOD_END = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:总体|整体|运行)?(?:平稳|稳定|稳健|向好|回升|回暖|企稳)[、,，]?$"
)


_TREND_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:继续|持续|稳步|不断)(?:扩大|增长|提升|攀升|回升|壮大)$")
_MEMBERS = r"[(（](?:包含|包括|含|不含|不包括|除)"  # a bracket that lists a group's members: (包含康平县、…)


def subject_words(pre: str, mentions: list[tuple[int, int]]) -> str:
    """The noun a clause names before its number: time words, regions, scope words and verbs set aside."""
    s = pre
    for a, b in sorted(mentions, reverse=True):
        s = s[:a] + s[b:]
    s = re.sub(r"\d{1,2}\s*[-—~～至到]\s*\d{1,2}\s*(?:季度|月份?)", "", s)  # 1-3季度, 1-9月: a span
    s = _strip_times(s)
    s = re.sub(r"^[^丨│]{0,12}[丨│]", "", s)  # 政在发布丨上半年陕西实现…: a column's tag, then the sentence
    s = re.sub(r"^\s*\d{1,2}\s*[.．、](?!\d)\s*", "", s)  # 1. 南昌南昌县 YYYY年GDP667亿元: an item's number
    s = re.sub(r"(?<!人均)[\u4e00-\u9fff]{0,4}产值[(（]GDP[)）]", "地区生产总值", s)  # 地区产值(GDP): GDP
    s = re.sub(rf"{_MEMBERS}[^()（）]*[)）]", "", s)  # (包含康平县、法库县、新民市)
    # notes ([3], 【1】, 〔2〕), (GDP), (剔除电业局)
    s = re.sub(r"\[\d{1,2}\]|【\d{1,2}】|〔\d{1,2}〕|[(（][^()（）]{0,12}[)）]", "", s)
    s = re.sub(r"[“”\"'《》「」（）()\[\]【】〔〕•·●◆■□▪▶►※★☆]", "", s)
    # 第二产业完成增加值, 园区可实现技工贸总收入
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:可|将|能|实际)?(?:完成|实现)(?=[\u4e00-\u9fff]{2})", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<!年)累计(?=[\u4e00-\u9fff]{2})", "", s)  # 采矿业累计工业总产值
    s = s.replace("工业工业", "工业")  # 规上工业…实际完成工业增加值: one 工业
    s = _SECTION_WORD.sub("", s)  # 国民经济全年实现地区生产总值 (a heading whose line break was lost)
    s = re.sub(r"两年平均|年均|预计[(（]?下同[)）]?|预计|有望|全年|初步核算", "", s)
    s = _METHOD.sub("", s)  # 按可比价计算增长8.5%: a method, not a subject
    # 地区生产总值比上年同期保持两位数增长,分别增长…: the comparison after the noun is no part of it
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:比|较)(?:上年|去年)(?:同期)?保持[^，,。；;]*$", "", s)
    if "、" in s:  # …71.53亿元、社会消费品零售总额: the words after the last item's number
        head, _, tail = s.rpartition("、")
        if re.search(r"[\d元%个]$|[亿万]元?$", head):
            s = tail
    prev = None
    while prev != s:
        prev = s
        s = _LEADING.sub("", s)
        s = _VERBS.sub("", s)
        s = _GROWTH_END.sub("", s)
        s = _BASE_END.sub("", s)
        s = _SCOPE_SUFFIX.sub("", s)
        s = _MOOD_END.sub("", s)
        s = _TREND_END.sub("", s)  # 经济总量继续扩大,分别达…: a trend, not the statistic's name
    s = s.strip("，,、的:：;；")
    if _NOT_SUBJECT.match(s) or len(s) < 2 or _NO_NOUN.fullmatch(s):
        return ""
    threshold = re.search(r"(\d+)((?:万|亿)?元及?以上)", pre)
    if threshold and s.startswith(threshold.group(2)):
        s = threshold.group(1) + s  # 500万元及以上固定资产投资: a threshold that is part of the name
    # 20 characters: a name, not the prose before it; a share names its whole too (…占规模以上工业增加值比重)
    return s[-28:] if re.search(r"占[\u4e00-\u9fff]{2,14}(?:比重|比例)$", s[-28:]) else s[-20:]


# --- candidates ------------------------------------------------------------------------------------

KEEP_UNITS = {
    "亿元",
    "万元",
    "万亿元",
    "元",
    "元/人",
    "万元/人",
    "美元",
    "亿美元",
    "万美元",
    "%",
    "个百分点",
    "个千分点",
    "‰",
    "位",
    "万人",
    "万吨",
    "家",
    "万家",
    "个",
    "万件",
    "万亿斤",
    "亿斤",
    "万户",
    "万亩",
    "人",
    "名",
    "万人次",
    "亿人次",
    "万千瓦",
    "万平方米",
    "件",
    "项",
    "户",
    "吨",
    "亿美金",
    "万辆",
    "辆",
    "千亿",
    "万亿",
    "万头",
    "万只",
    "万台",
    "万千瓦时",
    "亿千瓦时",
}
_CLAUSE_CUT = re.compile(r"[，,；;：:]|——")
_SENTENCE_CUT = re.compile(r"[。！？!?\n；;]")
_TARGET = re.compile(r"目标|力争|预期|计划|确保|争取|力求|奋斗|拟安排|拟|要|将|突破")
_ESTIMATE = re.compile(r"预计|预估|初步测算|预测|有望")
_RANK = re.compile(r"(?:排名|排|位列|位居|居|列|名列|排在|位于|跃居|升至|进至|跃升至|上升至)?第?$")
_LIST = re.compile(
    r"([^，,。；;：:“”《》\s]{2,24}?(?:百强县市|百强县|百强区|百强市|百强|强县|强市|榜单|排行榜|排名|竞争力|综合实力|潜力|指数))"
)
ENUM = re.compile(r"分别为|分别是|分别|分列|依次为|依次|各为")


_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章节])"
)
# A plan's words; 完成年度目标任务 and 实现预期目标 report an outcome, not a plan, and 市场预期向好 or
# 发展预期态势向好 a mood.
_PLAN_WORD = re.compile(
    r"(?<!完成)(?<!实现)(?<!超额完成)(?:目标(?!任务)|力争|(?<![于出场会费展业])预期(?!目标|态势|向好|稳|改善|转好|好转|偏弱|减弱|转弱|不足|增强|良好)|确保|争取|力求|计划(?!执行)|拟)"
)


@dataclass
class Found:
    """One figure as this reader proposes it."""

    region: Place | None
    indicator: str
    period: str
    value: float
    unit: str
    kind: str
    start: int
    end: int
    quote_start: int
    confidence: float
    notes: list[str] = field(default_factory=list)
    approx: str = ""
    stated: str = ""


@dataclass
class Doc:
    """What a document sets for all its clauses."""

    norm: Normalised
    date: date | None
    title: str
    subject: Place | None
    review: int | None
    plan: int | None
    default_period: str = ""
    genre: str = ""
    province: str | None = None
    span: str = ""  # the years a paragraph reviews (过去五年, 十一五时期)
    goals: bool = False  # inside a list of goals a sentence opened (主要预期目标确定为:…;…完成1.57亿元;…)
    topic: str = ""
    place: Place | None = None  # the region a heading names for the paragraphs after it
    para_place: Place | None = None  # the region a paragraph opens on (YYYY年北京市…)
    growths: list = field(default_factory=list)  # the subjects of a sentence's growths (增速均居全省第一)
    subject_how: str = ""  # how the subject was found (subject_of)
    title_stat: str = ""  # the one statistic a title names (各市州一季度GDP成绩单: 地区生产总值)
    extra: list = field(
        default_factory=list
    )  # figures a number gives besides its own (a rank of each growth)


def _own_spans(t: str, reach: int, year: int | None) -> list:
    """The spans below a year t's first `reach` characters name as their own (not 与YYYY年上半年相比, a
    comparison's base)."""
    return [
        w for w in times(t[:reach], year)
        if w.sub and not re.search(r"[与比较同]$", t[max(0, w.start - 1) : w.start])
        and not re.match(r"相比|同期|相较", t[w.end : w.end + 2])
    ]


def read_doc(text: str, doc_date: date | None) -> Doc:
    norm = normalise(text)
    t = norm.text
    title = title_of(t)
    if doc_date is None:
        doc_date, _ = date_in_text(text)
    subject, how = subject_of(t, title)
    review, plan = reporting_years(title, doc_date, t)
    # 南昌市统计局 国家统计局南昌调查队 then 一、综合 …全年: a bulletin whose title the page left out
    untitled_bulletin = (
        re.search(r"统计局|调查队", t[:200])
        and re.search(r"\n一、综合", t)
        and "全年" in t[:2500]
        and not [w for w in times(t[:300], None) if w.sub]
    )
    genre = (
        "bulletin"
        if "公报" in title or untitled_bulletin
        else "report"
        if re.search(r"工作报告|计划执行|执行情况", title)
        else "rank"
        if re.search(r"百强|排名|排行|榜", title)
        else ""
    )
    sub = [w for w in times(title, review) if w.sub]
    titled_year = re.search(r"(?:19|20)\d{2}", title)
    opening = _own_spans(t, 300, None)  # YYYY年一季度,济南市…: a span with its year
    if not opening and not titled_year and re.match(r"\W*今年以来", t):
        # 今年以来,… 一、主要指标完成情况 … YYYY年前三季度越秀区地区生产总值为…: a release that opens on
        # 今年以来 and names its span with its year further down (the latest year it names)
        later = _own_spans(t, 1500, None)
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", t[:1500])]
        opening = later[:1] if later and later[0].year >= max(years, default=0) else []
    if not re.search(r"公报|工作报告", title) and not titled_year:
        if opening:  # the release's own span, its year written out
            sub = [w for w in times(title, opening[0].year) if w.sub] or opening[:1]
        elif sub and doc_date:  # 济南一季度… released 4月27日: the span ended before the release
            end = int(sub[0].period[-2:])
            sub = [w for w in times(title, doc_date.year - (doc_date.month <= end)) if w.sub]
        review = sub[0].year if sub else review
    if not sub and not opening and not titled_year and doc_date and not re.search(r"公报|工作报告", title):
        # GDP同比增长12.9% 居全国第7位 (a headline) … 上半年安徽经济…, dated YYYY年7月21日: the span its body
        # opens on, in the year of the date after it ended
        body = _own_spans(t, 400, doc_date.year)
        if body and int(body[0].period[-2:]) < doc_date.month:
            sub = body[:1]
            review = sub[0].year
    default = sub[0].period if sub else (str(review) if review else "")
    province = None
    if subject and subject.code:
        d = divisions.register().get(subject.code)
        province = d.province_code if d else None
    doc = Doc(norm, doc_date, title, subject, review, plan, default, genre, province)
    doc.subject_how = how
    named = set(re.findall(r"GDP|生产总值|经济总量|工业|投资|消费|零售|收入|财政|进出口|外贸|人口", title))
    if named and named <= {"GDP", "生产总值", "经济总量"}:
        doc.title_stat = "地区生产总值"
    return doc


def _ranges(pattern: re.Pattern, t: str, a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a] + [m.end() for m in pattern.finditer(t, a, b)] + [b]
    return [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x]


def read(text: str, doc_date: date | None) -> tuple[Doc, list[Found]]:
    """Every figure of a document, clause by clause."""
    doc = read_doc(text, doc_date)
    t = doc.norm.text
    out: list[Found] = []
    section_kind = None  # a heading's target or review mode
    scope_estimate = False
    running = doc.default_period
    table, caption = None, ""
    for ps, pe in _ranges(re.compile(r"\n"), t, 0, len(t)):
        para = t[ps:pe]
        head = para[:30]
        doc.topic = ""  # the subject a paragraph's sentences carry (两年平均增长7.2% after GDP's sentence)
        opening = re.sub(
            r"^(?:[一二三四五六七八九十\d]+[、.．]|(?:19|20)\d{2}年[^，,。]{0,4}?[,，]?)", "", para
        )
        before = doc.para_place
        doc.para_place, _ = _region_at(doc, opening, 0, min(len(opening), 8))
        if doc.para_place and _encloses(doc.para_place, doc.subject):
            doc.para_place = None  # 株洲市…讲评会 in a paper on 醴陵: the prefecture's event, not the subject
        if doc.para_place is None and re.match(r"(?:分产业看|分三次产业看|从产业看|分产业)[,，:：]", opening):
            doc.para_place = before  # 神木…实现地区生产总值…。\n分产业看,第一产业…: the same place's sectors
        core = re.sub(r"[^\u4e00-\u9fff]", "", para)
        plain = [n for n in find_numbers(para) if n.form != "bare"]
        site_line = re.search(r"^[A-Za-z]{2,}|\d{4}-\d{1,2}-\d{1,2}", para)  # ZAKER贵阳 YYYY-11-13: a site
        # 县长李大庆: an official's name under the report's title, no place the paragraphs after are about
        official = re.search(r"(?:[省市县区州旗盟]长|书记|主任|主席)\s*[\u4e00-\u9fff]{2,4}$", para.strip())
        site_line = site_line or official
        if 2 <= len(core) <= 12 and not plain and not _NAV.search(para) and ":" not in para and not site_line:
            named, spans = _region_at(
                doc, t, ps, pe
            )  # a heading 1、上海: the region of the paragraphs after it
            rest = len(core) - sum(b - a for a, b in spans)
            if named and rest <= 3:
                doc.place = named
                continue
        heading = len(para) < 40 and (bool(_HEADING.match(para)) or not re.search(r"[,，。；;、]", para))
        if heading and re.search(
            r"回顾|过去|成绩|成就|成效|一年来|综合|经济运行|取得|执行情况|完成情况", head
        ):
            section_kind = "review"
        elif heading and (
            re.search(r"目标|任务|预期|计划|打算|安排", head)
            or re.search(r"今年(?!前|1|一|上半年|以来|首季)", head)
            and not (re.search(r"\d", head) and re.search(r"同比|增长|增|下降|GDP|实现", head))
        ):  # 二、今年主要目标; not 重庆今年首季GDP同比增18.4, a headline stating a figure
            section_kind = "target"
        elif (
            section_kind == "target"
            and not heading
            and doc.review
            and re.search(rf"回顾了?{doc.review}年", para[:40])
        ):
            section_kind = "review"  # 报告首先回顾了YYYY年工作。…: a review opens, whatever the subtitle said
        elif not heading and doc.plan and re.match(rf"(?:对于|关于)?{doc.plan}年的?(?:工作|主要)", para):
            section_kind = "target"  # 对于YYYY年工作,…: the plan opens
        spans = _year_spans(times(para, doc.review), para, 0)  # (…是“十一五”的2.5倍: a base, not the span)
        # (实现了“十二五”圆满收官和“十三五”良好开局: plans closed and opened, not the years the review covers)
        spans = [w for w in spans if not _PLAN_CLOSED.match(para, w.end)]
        # YYYY年以来,…; 四年来,…“十三五”规划圆满收官: the years a paragraph opens on, over a plan it names
        since = re.match(r"[^。，,\n]{0,6}?((?:19|20)\d{2})年以来", para)
        opening_back = _years_back(para[:8])
        if since and doc.review and int(since.group(1)) < doc.review:
            doc.span = f"{since.group(1)}-{doc.review}"
        elif opening_back and doc.review:
            doc.span = f"{doc.review - opening_back + 1}-{doc.review}"
        elif doc.review and re.match(r"\W{0,3}(?:[一二三四五六七八九十]、)?本届政府(?:的)?工作回顾", para):
            doc.span = f"{doc.review - 4}-{doc.review}"  # 一、本届政府工作回顾: a five-year term
        elif spans:
            doc.span = spans[0].period
        elif (back := _years_back(para)) and doc.review:
            doc.span = f"{doc.review - back + 1}-{doc.review}"  # 过去五年, 过去的四年, 三年来
        if re.search(r"预计[(（][^)）]{0,10}下同|[(（]预计[^)）]{0,6}下同", para):  # 221亿元(预计,下同)
            scope_estimate = True
        bar = para.find("|")
        prose_end = para.rfind("。", 0, bar) + 1 if bar > 0 else 0
        if para.count("|") >= 4 and prose_end and bar - prose_end <= 60:
            # …人口自然增长率为2.95‰。表1 …年末人口数及其构成 指标 | 年末数(万人) | …: prose, then a table
            out += _flat_table(doc, ps + prose_end, para[prose_end:])
            pe, para = ps + prose_end, para[:prose_end]
        if para.count("|") >= 2:  # a table row: read under its header (the seed reader reads home tables)
            row = _cells(para)
            filled = [c for _, _, c in row if c]
            if len(filled) == 1 and not _CELL_VALUE.fullmatch(filled[0]) and len(filled[0]) <= 40:
                table, caption = None, filled[0]  # | 表1 YYYY年全县生产总值及其增长速度 | |: a caption
                continue
            if _TABLE_HEAD.search(para) and not any(_CELL_VALUE.fullmatch(c) for _, _, c in row):
                table = ([c for _, _, c in row], caption)
            elif table:
                out += _table_row(doc, ps, row, *table)
            continue
        table = None
        if caption and re.fullmatch(r"\s*单位\s*[:：]\s*\S{1,12}\s*", para):
            caption += " " + para.strip()  # YYYY年末全县人口及构成 / 单位:万人: the caption, then its unit
        else:
            caption = para if len(para) <= 40 else ""  # YYYY年全县生产总值及其增长速度: a table's caption
        carry = None  # "YYYY年,全县实现…亿元;财政总收入…亿元": a leading year holds to the full stop
        estimated = False  # a 预计 opening a sentence of several ;-parts
        planned = False  # so does a plan (明年的奋斗目标主要是:)
        para_running = None  # a span named inside a paragraph holds to the paragraph's end
        had_figures = bool(out)  # the opening paragraph with figures names the release's span
        for k, (ss, se) in enumerate(_ranges(_SENTENCE_CUT, t, ps, pe)):
            lead = re.match(
                r"[“\"]?(?:预计|力争|到)?((?:19|20)\d{2})年(?![底末]|[一二三四]季度|\d|上半年|前|以来)",
                t[ss:se],
            ) or re.match(  # …在政府工作报告中指出,YYYY年,预计…: a year set off as a clause before any figure
                r"[^\d。；;，,]{0,30}[，,:：]((?:19|20)\d{2})年[，,]", t[ss:se]
            )
            doc.default_period = carry or para_running or running
            first_figure = re.search(r"(?<!\d)\d(?!\d{0,3}年)", t[ss:se])  # not 建议YYYY年…目标确定为:'s year
            # 报告提出明年的奋斗目标主要是:地区生产总值增长10%,力争11.5%;…: the plan holds to the full stop
            head = t[ss : ss + first_figure.start()] if first_figure else ""
            opens_plan = bool(doc.plan and _PLAN_OPENS.search(head))
            planned = planned or bool(opens_plan)
            kind_of = "target" if planned else section_kind
            if opens_plan and re.search(r"今年|本年", head) and doc.plan != doc.review:
                carry = str(doc.plan)  # 报告提出了今年政府工作目标任务:…增长6%以上;…增长6%;…: the plan's year
                doc.default_period = carry
            doc.goals = planned
            out += _sentence(doc, t, ss, se, kind_of, scope_estimate or estimated)
            doc.goals = False
            planned = planned and t[se - 1 : se] in ("；", ";")
            # 全年预计完成地区生产总值230亿元…;地方一般公共预算收入10.65亿元…;…。: 预计 holds to the full stop
            opens_estimate = _ESTIMATE.search(t, ss, ss + first_figure.start()) if first_figure else None
            estimated = (estimated or bool(opens_estimate)) and t[se - 1 : se] in ("；", ";")
            if lead:  # YYYY年,神木市前三季度实现…;规上工业总产值…: the span the sentence names
                spans = [w for w in times(t[ss:se], doc.review) if w.sub and str(w.year) == lead.group(1)]
                lead_period = spans[0].period if spans else lead.group(1)
            carry = (lead_period if lead else carry) if t[se - 1 : se] in ("；", ";") else None
            figured = _STATES_FIGURE.search(t, ss, se) is not None  # the sentence states a figure
            framing = (  # (YYYY年,我市紧抓…(21世纪…)…: no figure stated, a number or not)
                lead and t[ss + lead.end() : ss + lead.end() + 1] in (",", "，")
                and not figured
            )
            if k == 0 and framing:
                # YYYY年,我市紧抓…。…实现地区生产总值783.27亿元: a year framing the paragraph (a sentence
                # stating figures after its year holds it to its full stop only: YYYY年,全县实现…;…。)
                para_running = lead_period
            subs = [
                w
                for w in times(t[ss:se], doc.review)
                if w.sub
                # YYYY年上半年,实现…。完成…: a span its year names, opening the sentence, whatever the review
                and (w.year == doc.review or w.start == 0 and t[ss : ss + 4] == str(w.year))
                and not re.search(
                    r"[比较同与从自]$|[高低快慢]于$", t[max(ss, ss + w.start - 2) : ss + w.start]
                )
                and not re.match(r"(?:开始|以来|起|当月|单月|相比|持平)", t[ss + w.end : ss + w.end + 2])
            ]  # 从上半年开始,…逐月回升: a start; 10月当月: one sentence's month, not the span after;
            # 均高于一季度, 与上半年…基本持平: the bases of comparisons
            # 1-11月,…增长13.3%…;限额以上…增长15.6%: a span opening the sentence holds to its full stop
            opening_span = next(
                (w for w in subs if w.start == 0 and t[ss + w.end : ss + w.end + 1] in "，,"), None
            )
            if opening_span and not lead and t[se - 1 : se] in ("；", ";"):
                carry = opening_span.period
            same_year = doc.date is None or doc.date.year == doc.review
            # a span of months, one opening its sentence, a sentence stating figures; not 于去年11月亲临视察
            stated = figured or any(
                w.start <= 4 or "/" in w.period for w in subs
            )
            if subs and doc.review and doc.genre != "bulletin" and same_year and stated:
                # a release of 1-5月: its sentences without a time word are of that span. Named past a
                # paragraph's first sentence (…增长14.1%。1-11月份,全市规上工业实现营收…), the span
                # holds to that paragraph's end only: the paragraphs after go on with the document's
                if len({w.period for w in subs}) > 1:
                    pass  # 分季度看,一季度增长11.9%,…三季度增长9.6%: a breakdown, no span for what follows
                elif k == 0 or not had_figures or (
                    se >= pe - 1 and not figured
                ):  # …9.9%。今年1-8月,全市经济保持平稳发展态势。(its paragraph's end): the span the next
                    # paragraphs (工业生产平稳增长。…) report on; not the last month of the span running
                    # (一季度…。3月主要经济指标降幅明显收窄: a word on March; the release is on the quarter)
                    month = subs[-1].period
                    last_month = (
                        bool(running) and re.fullmatch(r"\d{4}-\d{2}", month) is not None
                        and str(running).endswith("/" + month[5:]) and str(running)[:4] == month[:4]
                        and not figured
                    )
                    running = running if last_month else month
                else:
                    para_running = subs[-1].period
    stated = {(f.value, f.unit): f.period for f in out if re.fullmatch(r"\d{4}", f.period)}
    for rows in _line_tables(doc, t):
        # 表1 (last year)全县生产总值…, its total the text's figure of this year: the caption's year is a slip
        years = {f.period for f in rows}
        text_years = {stated[(f.value, f.unit)] for f in rows if (f.value, f.unit) in stated}
        if len(years) == 1 and len(text_years) == 1 and years != text_years and years.pop().isdigit():
            year = text_years.pop()
            for f in rows:
                f.period = year
                f.notes.append(f"{year}: the text's year for the same figure (the caption says another)")
        out += rows
    said = {(f.value, f.unit) for f in out if "a table row under its header" not in f.notes}
    # a bulletin's table repeating its text (城镇 | 48443 after 城镇常住人口48443人): the text's reading
    out = [f for f in out if "a table row under its header" not in f.notes or (f.value, f.unit) not in said]
    return doc, out


_CAPTION_UNIT = re.compile(r"单位[:：]\s*(万元|亿元|元|万人|人|万吨|吨|个|家|%)")
_TABLE_HEAD = re.compile(
    r"指标|项目|单位|绝对数|比上年|增长|同比|±|区域|地区|县市区|区县|增速|年份|排名|位次|名次"
)
_CELL_VALUE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
_COLUMN_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]")
_TABLE_GROWTH = re.compile(r"增长|增速|增幅|同比|±")


# YYYY年税收及其增长速度 then a cell a line (标值(万元) | 比上年增长(%) | 税收合计 | 104606 | 6.5 | …)
_TABLE_CAPTION = re.compile(
    r"^[表\d \t]{0,4}((?:19|20)\d{2})年[^\n\d]{1,30}?(?:及其增长速度|及其增长率|及增长速度|主要指标)$"
    # 主要产品产量, then a YYYY年 column
    r"|^[表\d \t]{0,4}主要[\u4e00-\u9fff]{0,6}产品产量(?:及其增长速度)?$"
    # 上海市生产总值 / YYYY年上半年 / 总量 / (亿元) / 比上年同期 / 增长(%): a release's table, its span next
    r"|^[\u4e00-\u9fff]{2,12}(?:生产总值|主要经济指标)\n+(?:(?:19|20)\d{2}年[^\n\d]{0,6}|(?:19|20)\d{2}年\d{1,2}[-—至]\d{1,2}月)$",
    re.M,
)
_GROUP_LABEL = re.compile(r"(?:按|分)[\u4e00-\u9fff]{1,4}分?|其中[:：]?")
# 162817吨 in a table printed a cell a line: a value with its unit (never a year)
_CELL_AMOUNT = re.compile(
    r"([-+]?\d+(?:\.\d+)?)(万吨|吨|万头|万只|万公斤|公斤|亿元|万元|万千瓦时|亿千瓦时|万件|台|辆)"
)


def _line_tables(doc: Doc, t: str) -> list[list[Found]]:
    """Tables a page printed a cell a line under their caption: the header's cells (no number in them),
    then rows of as many cells, the first the row's name; a list of figures per table."""
    out = []
    for cap in _TABLE_CAPTION.finditer(t):
        rows: list[Found] = []
        cells = []
        for m in re.finditer(r"[^\n]+", t[cap.end() : cap.end() + 3000]):
            cell = m.group(0).strip("|")
            if len(cell) > 24 or _HEADING.match(cell):
                break
            cells.append((cap.end() + m.start(), cap.end() + m.end(), cell))
        caption = cap.group(0).strip()
        if cells and _CAPTION_UNIT.match(cells[0][2]):  # 表1 …\n单位:亿元\n指 标 |: the table's unit
            caption += " " + cells.pop(0)[2]
        header = []
        while cells and not _CELL_VALUE.fullmatch(cells[0][2]) and _TABLE_HEAD.search(cells[0][2] + "增长"):
            if len(header) >= 1 and cells[1:2] and (
                _CELL_VALUE.fullmatch(cells[1][2]) or _CELL_AMOUNT.fullmatch(cells[1][2])
            ):
                break  # 税收合计 | 104606: the first row's name, not a header cell
            cell = cells.pop(0)[2]
            if header and (re.match(r"[(（]", cell) or re.search(r"(?:同期|上年|去年)$", header[-1])):
                header[-1] += cell  # 总量 / (亿元), 比上年同期 / 增长(%): one header cell over two lines
            else:
                header.append(cell)
        names_col = any(re.search(r"指标|项目|名称", h) for h in header)
        width = len(header) + (0 if names_col else 1)
        cells = [c for c in cells if not _GROUP_LABEL.fullmatch(c[2])]  # 按产业分, 按行业分: a group's label
        if len(header) < 1 or width < 2:
            continue
        head = header if names_col else ["", *header]
        for i in range(0, len(cells) - width + 1, width):
            row = cells[i : i + width]
            valued = all(_CELL_VALUE.fullmatch(c[2]) or _CELL_AMOUNT.fullmatch(c[2]) for c in row[1:])
            if _CELL_VALUE.fullmatch(row[0][2]) or not valued:
                break
            rows += _table_row(doc, 0, row, head, caption)
        out.append(rows)
    return out


def _flat_table(doc: Doc, base: int, text: str) -> list[Found]:
    """A table whose rows a page joined into one line after its caption (表1 YYYY年…构成 指标 | 年末数(万人)
    | 比重(%) | 常住人口 | 53.48 | | 其中:城镇 | 34.76 | 65 | …): rows as wide as the header, empty cells
    kept."""
    cells, at = [], 0
    for part in text.split("|"):
        lead = len(part) - len(part.lstrip())
        cells.append((at + lead, at + len(part.rstrip()), part.strip()))
        at += len(part) + 1
    first = cells[0][2]
    head_word = re.search(r"(指标名称|指标|项目)$", first)
    caption = first[: head_word.start()] if head_word else first
    header = [head_word.group(1) if head_word else ""]
    i = 1
    while i < len(cells) and cells[i][2] and not _CELL_VALUE.fullmatch(cells[i][2]):
        if i + 1 < len(cells) and _CELL_VALUE.fullmatch(cells[i + 1][2]):
            break  # 常住人口 | 53.48: the first row's name
        header.append(cells[i][2])
        i += 1
    width, out = len(header), []
    if width < 2 or not re.search(r"(?:19|20)\d{2}年|^\s*表\s*\d", caption):  # YYYY年…; 表1 生产总值…构成
        return []
    while i + width <= len(cells) + 1:
        row = [c for c in cells[i : i + width]]
        if not row or not row[0][2] or _CELL_VALUE.fullmatch(row[0][2]):
            break
        out += _table_row(doc, base, [c for c in row if c[2]] if len(row) < width else row, header, caption)
        i += width
    return out


def _cells(para: str) -> list[tuple[int, int, str]]:
    """A table row's cells with where each stands in the paragraph (| 生产总值 | 1262635 | 6.9 |)."""
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^|]+", para) if m.group(0).strip()]


_STAT_HEAD = re.compile(
    r"^(?:(?:19|20)\d{2}年)?(GDP|地区生产总值|生产总值|一般公共预算收入|财政总收入|社会消费品零售总额|"
    r"固定资产投资|规模以上工业增加值|常住人口)"
)


def _place_row(doc: Doc, ps: int, row: list, header: list[str]) -> list[Found] | None:
    """A row of a table of places (GDP排行 | 区域 | YYYY年GDP(亿元) | 增速(%)): each statistic column's value
    for the row's place, the year its column or the text names; None when the row names no place."""
    if len(row) != len(header):
        return None
    at = [j for j, (_, _, c) in enumerate(row) if (m := _mentions(c, doc.province)) and m[0].start == 0
          and m[-1].end == len(c) and len(m) == 1]
    row_year = re.fullmatch(r"((?:19|20)\d{2})年?", row[0][2])  # 年份 | GDP(亿元) | 增速(%): a year a row
    if row_year and not at and doc.subject and any(_STAT_HEAD.match(h) for h in header):
        place, at = doc.subject, [0]
    elif len(at) != 1:
        return None
    else:
        place = place_of(_mentions(row[at[0]][2], doc.province)[0].division)
    out, stat = [], ""
    for j, (a, b, cell) in enumerate(row):
        head = header[j]
        named = _STAT_HEAD.match(head)
        if named:
            stat = STATISTIC_NAMES.get(named.group(1), named.group(1))
        ranked = RANK_COLUMN.search(head) and _STAT_HEAD.match(head)
        if ranked and j != at[0] and re.fullmatch(r"\d{1,3}", cell) and not row_year:
            # GDP排行 | 地级市 | YYYY年GDP(亿元): each place's rank in the statistic, within the text's region
            name = STATISTIC_NAMES.get(ranked.group(1), ranked.group(1))
            within = divisions.register().get(doc.subject.code) if doc.subject and doc.subject.code else None
            scope = _RANK_SCOPE.get(within.level, "") if within else ""
            year = next((y.group(1) for h in header if (y := re.search(r"((?:19|20)\d{2})年", h))), None)
            period = year or doc.default_period
            out.append(Found(place, f"{name}{scope}排名", period, float(cell), "位", "rank", ps + a, ps + b,
                             ps + row[0][0], 0.6, ["a table's rank column, under its header"]))
            continue
        if j == at[0] or not _CELL_VALUE.fullmatch(cell) or RANK_COLUMN.search(head):
            continue
        growth = bool(_TABLE_GROWTH.search(head))
        unit = "%" if growth else (_COLUMN_UNIT.search(head).group(1) if _COLUMN_UNIT.search(head) else "")
        if not stat or not unit or (not named and not growth):
            continue
        year = row_year or re.search(r"((?:19|20)\d{2})年", head)
        period = year.group(1) if year else doc.default_period
        indicator = stat + "增速" if growth else stat
        out.append(Found(place, indicator, period, float(cell.rstrip("%")), unit, "actual", ps + a, ps + b,
                         ps + row[0][0], 0.75, ["a table row under its header"]
                         + ([f"new region? {place.name} ({place.code})"] if not place.ours else [])))
    return out


_RANK_SCOPE = {"province": "全省", "prefecture": "全市"}  # a table of places in a province's text: 全省排名
RANK_COLUMN = re.compile(r"排名|排行|排序|位次|名次|序号")  # a table's rank column (rankings reads it too)
STATISTIC_NAMES = {"GDP": "地区生产总值", "生产总值": "地区生产总值"}  # a statistic's short names, in full


def _table_row(doc: Doc, ps: int, row: list, header: list[str], caption: str) -> list[Found]:
    """A bulletin table's row under its header: the value of each column the header names a unit or a
    growth for (| 指标 | 绝对数(万元) | 比上年增长(%) |), in the year the caption or a column names."""
    if len(row) == len(header) + 1:
        header = ["", *header]  # | 绝对数(亿元) | 比上年增长(%) |: a header without its first column's name
    by_place = _place_row(doc, ps, row, header)
    if by_place is not None:
        return by_place
    lead = r"^(?:其中[:：]?|#|\*|按[\u4e00-\u9fff]{1,6}分[:：]|[一二三四五六七八九十]{1,2}[、.．])+"
    name = re.sub(lead, "", row[0][2])
    name = re.sub(r"\s+|\[\d{1,2}\]", "", name)  # 按年龄组分:0-14岁, 三、居住, 水 产 品, 第一产业[3] (a note)
    if not (re.search(r"[\u4e00-\u9fff]{2}", name) or _AGES.fullmatch(name)) or _CELL_VALUE.fullmatch(name):
        return []
    places = _mentions(name, doc.province)
    if places and sum(m.end - m.start for m in places) == len(name):
        return []  # 浏阳市 | 亿元 | 1500.2: places compared (the seed reader gives each row its place)
    words = caption + "".join(header)
    topic = re.sub(r"^.*?(?:19|20)\d{2}年(?:全[县市区省])?|及其?增长(?:速度|率)$|主要指标$", "", caption)
    topic = "产量" if re.search(r"产品产量", topic) else topic  # 主要产品产量: 谷物 | 97658吨 is 谷物产量
    sector = re.fullmatch(r"[\u4e00-\u9fff、]{1,18}业", name)  # 交通运输、仓储和邮政业
    if re.search(r"生产总值|增加值|GDP", caption + header[0]) and sector:  # (表1 X县YYYY年GDP构成表)
        name += "增加值"  # 第一产业 in a table of 生产总值及其增长速度: the sector's value added
    elif 2 <= len(topic) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", topic) and topic not in name:
        name += topic  # 第一产业 in a table of 税收及其增长速度: the sector's taxes
    name = re.sub(rf"^({re.escape(topic)})(?:合计|总计)$", r"\1", name) if topic else name  # 税收合计
    if re.search(r"人口|人数", words) and re.fullmatch(r"城镇|乡村|农村|男性?|女性?", name):
        # 其中:城镇 | 2114 in a table of 年末常住人口数及其构成: the urban resident population
        name += "常住人口" if "常住" in words else "人口"
    elif re.search(r"人口|人数", words) and _AGES.fullmatch(name):
        name += "人口"  # 60岁及以上 | 98568 in a table of 年末常住人口数及其构成: the people of that age
    year = re.search(r"((?:19|20)\d{2})年", caption)
    span = [w.period for w in times(caption, int(year.group(1)) if year else doc.review) if w.sub]
    out = []
    for j, (a, b, cell) in enumerate(row[1:], start=1):
        head = header[j] if j < len(header) else ""
        amount = _CELL_AMOUNT.fullmatch(cell)
        if not (_CELL_VALUE.fullmatch(cell) or amount) or not head:
            continue
        growth = bool(_TABLE_GROWTH.search(head))
        unit = "%" if growth else (_COLUMN_UNIT.search(head).group(1) if _COLUMN_UNIT.search(head) else "")
        if amount and not growth:
            cell, unit = amount.group(1), amount.group(2)  # 162817吨: the cell's own unit
        if not unit and "比重" not in head and (stated := _CAPTION_UNIT.search(caption)):
            unit = stated.group(1)  # 表1 生产总值及行业构成 单位:亿元: the caption's unit for its columns
        if not unit:
            continue
        column_year = re.search(r"((?:19|20)\d{2})", head)
        period = (column_year or year).group(1) if (column_year or year) and not growth else (
            year.group(1) if year else doc.default_period)
        period = span[0] if span and not column_year else period  # 上海市生产总值 YYYY年上半年: the span
        indicator = re.sub(r"(?:增长|增速)$", "", name) + "增速" if growth else name
        if growth and re.search(r"价格", caption) and re.search(r"涨|跌|增幅|上涨", caption + head):
            # 图2:居民消费价格比上年涨跌幅度(%) | 粮 食 | 3.7: a price's rise
            indicator = re.sub(r"(?:价格)?$", "", name) + ("涨幅" if name.endswith("价格") else "价格涨幅")
        value = float(cell.rstrip("%"))
        if "比重" in head and not growth:
            if value == 100:
                continue  # the whole's share of itself
            indicator = name + "比重"  # 比重(%): the row's share of the whole
        start = ps + row[0][0]  # the quote: the row from its name to this cell
        out.append(Found(doc.subject, indicator, period, value, unit, "actual", ps + a, ps + b, start, 0.75,
                         ["a table row under its header"]))
    return out


def _named_before(doc: Doc, t: str, at: int, unit: str) -> Place | None:
    """In a text without a subject, the unit 全县/该市 stands for: the last division of that kind named in
    the sentence before `at` or the one before it (博罗县是唯一入选的…。根据博罗县统计局的数据,全县…)."""
    start = max(0, t.rfind("。", 0, max(0, t.rfind("。", 0, at))) + 1)
    levels = {"县": ("county",), "旗": ("county",), "区": ("county",), "市": ("county", "prefecture")}[unit]
    hits = [
        h for h in _mentions(t[start:at], doc.province)
        if h.division.level in levels and h.division.name_zh.endswith(unit)
    ]
    return place_of(hits[-1].division) if hits else None


def _encloses(outer: Place | None, inner: Place | None) -> bool:
    """Whether one region holds another (株洲市 holds 醴陵市)."""
    if not (outer and inner and outer.code and inner.code) or outer.code == inner.code:
        return False
    d = divisions.register().get(inner.code)
    return bool(d) and divisions.register().is_within(d, outer.code)


_LEVEL_END = tuple("元亿万人吨家户台辆件")  # a level's figure ends on its unit (a growth's on %)
_FIRM = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:等\d+个项目|等\d+家企业|公司|集团)")  # after a place: a firm


def _region_at(doc: Doc, t: str, a: int, b: int) -> tuple[Place | None, list[tuple[int, int]]]:
    """The last region named in t[a:b] (full names anywhere, short ones within the subject's province)."""
    hits = [
        h
        for h in _mentions(t[a:b], doc.province)
        if not re.match(
            r"委|政府|人民|人大|日报|晚报|新闻|统计局|调查队|[^，,。]{0,3}网|\d{1,2}月\d{1,2}日",
            t[a + h.end : a + h.end + 6],
        )
        # 根据广东省…统一核算结果: the source of the figure, not its region; 不含常州经开区: a part left out
        and not re.search(r"(?:根据|据|经|不含|不包括|除去?)$", t[max(0, a + h.start - 3) : a + h.start])
        # 大连大特特种气体等23个项目开工, …集团, …有限公司: a firm's or a project's name, no region
        and not _FIRM.match(t, a + h.end)
        # 县域地区(包含康平县、法库县、新民市)实现…: the members of a group, not the figure's region
        and not re.search(rf"{_MEMBERS}[^()（）]*$", t[a : a + h.start])
    ]
    spans = [(h.start, h.end) for h in hits]
    return (place_of(hits[-1].division) if hits else None), spans


_STRUCTURE = re.compile(
    r"(?:三次|一、?二、?三)?产业(?:增加值)?(?:结构|比例|比重|结构比例|结构比|比(?=调整|为|是)|占[\u4e00-\u9fffA-Z]{0,8}?(?:比重|结构比|比例))"
    r"[^，,。；;]{0,14}?\d+(?:\.\d+)?[:：]"
)  # 三次产业结构为7.6:47.6:44.8; 一、二、三产业占GDP的比重为26.7:28.6:44.7
# 第一、二、三产业…; 上半年第一、第二、第三产业…: the sectors, after a span or a place the clause opens on
_ORDINALS = re.compile(
    r"(?<![一二三四五六七八九十])(第?)([一二三])[、和与及]第?([一二三])(?:[、和与及]第?([一二三]))?(产业.*)$"
)


_WHOLE_NAME = re.compile(r"(?:投资|总额|收入|支出|总值|增加值|产值|产量|余额)$")


def expand_items(items_text: str, split_and: bool = True) -> list[str]:
    """The items of an enumeration: 第一、二、三产业增加值 -> 第一产业增加值, 第二产业增加值, …"""
    text = re.sub(r"^(?:其中|其)[:：]?", "", items_text.strip("，,:："))  # 其第一、二、三产业增加值: its own
    text = re.sub(r"^(?:19|20)\d{2}年(?:全年)?", "", text)  # YYYY年三次产业占GDP的比重: the year is no item
    # 前三季度城镇和农村居民人均可支配收入: the span opening the items is no part of the first
    text = re.sub(
        r"^(?:前[三3]季度|上半年|第?[一二三四]季度|\d{1,2}[-—至到~]\d{1,2}月份?|前\d{1,2}个?月)[，,]?",
        "",
        text,
    )
    m = _ORDINALS.search(text)
    if m:
        return [f"第{x}{m.group(5)}" for x in m.groups()[1:4] if x]
    three = re.match(r"^(?:三次产业|一二三产业|一、二、三产业)(.*)$", text)
    if three:  # 三次产业对经济增长的贡献率分别为18.1%、32.7%和49.2%: the three sectors in order
        return [f"第{x}产业{three.group(1)}" for x in "一二三"]
    if "、" in text:  # 汽摩、电子两大产业增加值: the count of the items is no part of their names
        counted = r"(?:[两二三四五六七八九十]大|[二三四五六七八九十]类)"
        text = re.sub(rf"(?<=[\u4e00-\u9fff]){counted}(?=[\u4e00-\u9fff]{{2}})", "", text)
    parts = text.split("、")  # A、B和C; 外商及港澳台商投资企业 inside a list of 、 is one item
    items = [x for x in parts[:-1] + (re.split(r"[和与及]", parts[-1]) if split_and else parts[-1:]) if x]
    if len(items) == 2 and items[0] == "城" and items[1].startswith("乡"):  # 城、乡居民…分别增长8%、9%
        items = ["城镇", "农村" + items[1][1:]]
    if len(items) == 1 and "城乡" in items[0]:  # 城乡居民人均可支配收入分别为…: urban, then rural
        rest = items[0][items[0].index("城乡") + 2 :]
        return ["城镇" + rest, "农村" + rest]
    pair = re.search(r"存贷款|进出口", items[0]) if len(items) == 1 else None
    if pair:  # 存贷款余额分别…: deposits, then loans; 进出口分别…: imports, then exports
        a, b = ("存款", "贷款") if pair.group(0) == "存贷款" else ("进口", "出口")
        x = items[0]
        return [x[: pair.start()] + a + x[pair.end() :], x[: pair.start()] + b + x[pair.end() :]]
    etc = re.search(r"等(?=[\u4e00-\u9fff]{2})", items[-1][2:]) if len(items) > 1 else None
    if etc:  # 电子信息制造、生物医药、航空装备等产业增加值: each item with the words after 等
        tail = items[-1][etc.end() + 2 :]
        return [x + tail for x in items[:-1]] + [items[-1][: etc.start() + 2] + tail]
    if len(items) > 1 and items[-1].endswith("价格") and not any(x.endswith("价格") for x in items[:-1]):
        return [x + "价格" for x in items[:-1]] + [items[-1]]  # 交通和通信、教育文化和娱乐价格: each a price
    rate = re.search(r"(?:增速|增幅|增长率|比重|占比)$", items[-1]) if len(items) > 1 else None
    if rate and all(_WHOLE_NAME.search(x) for x in [*items[:-1], items[-1][: rate.start()]]):
        return [x + rate.group(0) for x in items[:-1]] + [items[-1]]  # 固定资产投资和社会消费品零售总额增速
    if len(items) > 1:  # 城镇、农村居民人均可支配收入: the last item's noun completes the others
        typical = sorted(len(x) for x in items[:-1])[(len(items) - 1) // 2]
        tail = items[-1][typical:] if len(items[-1]) > typical + 1 else ""
        last = items[-1]
        for k in range(len(items[0]) - 1, 0, -1):  # 高新技术产业、战略性新兴产业增加值: the tail after the
            at = last.find(items[0][-k:], 1)  # ending the items share (产业), not after the first's length
            if at >= 1 and len(last) - at - k >= 2:
                tail = last[at + k :]
                break
        gdp = re.search(r"地区生产总值|生产总值|GDP", items[-1])
        if gdp and gdp.start() > 0 and abs(gdp.start() - typical) <= 2:
            tail = items[-1][gdp.start() :]  # 遵义、黔西南、安顺地区生产总值: the statistic, whole
        # (项目投资、制造业投资、房地产开发投资: an item that ends with the tail already keeps its name)
        # (固定资产投资、社会消费品零售总额、…可支配收入: items named in full take no tail)
        noun_tail = bool(_WHOLE_NAME.search(tail))  # a statistic's noun (收入), not 增速 or 比重
        items = [x if tail and (x.endswith(tail) or noun_tail and _WHOLE_NAME.search(x)) else x + tail
                 for x in items[:-1]] + [items[-1]]
        owner = re.match(r"^(.{2,8}?(?:经济|企业|工业|单位|行业))(?=.{2})", items[0])
        lists = all(_LIST_ITEM.search(x) for x in items)  # 县域经济综合竞争力百强榜、最具投资潜力…榜: lists
        # 民营经济户数、从业人员: the owner of the first item owns the others
        whole = any(re.search(r"投资|零售|收入|总值|总额|增加值|产值", x) for x in items[1:])  # named in full
        owned = any(x.startswith(owner.group(1)) for x in items[1:]) if owner else True
        if owner and not lists and not tail and not whole and not owned:
            items = [items[0]] + [owner.group(1) + x for x in items[1:]]
    return items


_LISTED = re.compile(r"(?:上榜|入围|入选|进入|均|也|等)+[^、]{0,6}$")
_BASE_WORD = re.compile(r"(?:比|较|同|与|延续|继续|保持)$")  # 较前4月, 延续一季度: a base, not the period
_PRAISE = re.compile(
    r"(?:表现|增势|势头|发展|运行)[\u4e00-\u9fff]{1,3}$|(?:较快|快速|稳步|保持|持续|平稳|大幅)增长$"
    r"|(?:实现|保持)?两位数(?:以上)?的?(?:较快|快速)?增长$"
)  # …营业收入表现抢眼,一季度分别增长…; …电子产业实现两位数的较快增长,增速分别为…: no part of the items
_RATIO = re.compile(r"(\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)")


_CHANGED_TO = re.compile(r"(?:调整|优化|变化|转变|提升|转|演进|演变|变|改善|发展)[为到至]")  # 由A:B:C发展到…


def _structure(doc: Doc, t: str, ss: int, se: int, whens: list[When]) -> list[Found]:
    """三次产业结构 7.6:47.6:44.8 (由YYYY年的10.2:52.1:37.7优化为…): the three sectors' shares."""
    first = _STRUCTURE.search(t, ss, se)
    if not first:
        return []
    out = []
    region = _region_at(doc, t, ss, first.start())[0] or doc.subject  # YYYY年,安阳三次产业结构为…: the city's
    opening = [w for w in whens if w.end <= first.start() - ss]  # YYYY年,…三次产业结构为: that year's
    for m in _RATIO.finditer(t, first.start(), se):
        parts = [float(x) for x in m.groups()]
        if not 97 <= sum(parts) <= 103:
            continue
        base = [w for w in whens if w.end <= m.start() - ss]
        period = base[-1].period if base and base[-1].end >= m.start() - ss - 3 else doc.default_period
        if not out and opening and not (base and base[-1].end >= m.start() - ss - 3):
            period = opening[-1].period
        if out and period == out[-1].period:
            period = doc.default_period  # …优化为7.9:43.6:48.5: the second of a pair is the year reviewed
        elif (
            not (base and base[-1].end >= m.start() - ss - 3)
            and re.search(r"由(?:上年|去年)?的?$", t[max(ss, m.start() - 6) : m.start()])
            and _CHANGED_TO.match(t, m.end())
            and re.fullmatch(r"\d{4}", period)
        ):
            period = str(int(period) - 1)  # 三次产业比例由7.3:53.5:39.2调整为…: the year before's
            para = t[t.rfind("\n", 0, m.start()) + 1 : m.start()]
            spans_years = _YEARS_BACK.search(para) or _PLAN_YEARS_SAID.search(para)
            last_year = re.search(r"上年|去年", t[m.start() - 6 : m.start()])
            if spans_years and re.fullmatch(r"\d{4}-\d{4}", doc.span) and not last_year:
                period = str(int(doc.span[:4]) - 1)  # 五年来,…结构由15:61.9:23.1调整为…: before the five

        part = r"((?:民营|非公有制|非公|个体私营|私营|县域|数字|海洋)经济)$"
        owner = re.search(part, t[ss : first.start()])
        for k, name in enumerate(("第一产业比重", "第二产业比重", "第三产业比重")):
            out.append(
                Found(
                    region,
                    (owner.group(1) if owner else "") + name,  # 民营经济三次产业结构: the part's own sectors
                    period,
                    parts[k],
                    "%",
                    "actual",
                    m.start(k + 1),
                    m.end(k + 1),
                    first.start(),
                    0.75,
                    ["from the structure of the three sectors"] + ([] if period else ["period unknown"]),
                )
            )
    return out


# The base year a yearly average runs from: 是YYYY年的1.7倍, 比YYYY年增长70%
_BASE_YEAR = re.compile(r"(?:是|为|比|较)((?:19|20)\d{2})年(?:的[\d.]+倍|增长|翻)")


_RANK_WORDS = re.compile(r"位居|位列|排名|排位|排在|居|列|名列")
_STRETCH = re.compile(r"[，,]?(?:力争|争取|确保|努力|冲刺)(?:达到|实现|增长)?")
_PLAN_OPENS = re.compile(  # a sentence that opens on the year planned and its goals
    r"(?:明年|来年|下一年|新的一年)[^，,。；;]{0,12}?(?:目标|预期|计划)"
    r"|(?:主要|奋斗|预期|发展)目标(?:主要)?(?:确定|建议|安排|设定)?(?:是|为)[:：]"  # …主要预期目标确定为:
    r"|(?:今年|本年)[^，,。；;]{0,8}?(?:目标任务|预期目标|主要目标)[:：]"  # 报告提出了今年政府工作目标任务:
)
_SEEN_BY = re.compile(
    r"[^，,。]{0,4}(?:从|就)[^，,。]{0,16}?(GDP|地区生产总值|生产总值|经济总量)(?:总量)?(增速|增长速度)?(?:来)?看[,，]"
)
_TWO_YEAR_NEXT = re.compile(r"[,，;；]?(?:[^，,。；;\d]{0,6}?)(?:两年平均|年均)")


def _sentence(
    doc: Doc, t: str, ss: int, se: int, section_kind: str | None, scope_estimate: bool
) -> list[Found]:
    sentence = t[ss:se]
    whens = times(sentence, doc.review)
    doc.growths, doc.extra = [], []
    out: list[Found] = _structure(doc, t, ss, se, whens)
    skip = {(f.start - ss) for f in out}
    spans = [(w.start, w.end) for w in whens]
    numbers = [
        n
        for n in find_numbers(sentence)
        if (n.form != "bare" or _MEASURED.match(sentence, n.end))
        and n.start not in skip
        and not any(a <= n.start < b for a, b in spans)
    ]  # a count in a unit we do not keep (2924公顷) still names the subject its growth belongs to
    if not numbers:
        return out
    if out:
        lo, hi = out[0].quote_start - ss, out[-1].end - ss
        numbers = [n for n in numbers if not (lo <= n.start < hi)]
    clauses = _ranges(_CLAUSE_CUT, t, ss, se)
    last_subject = doc.topic
    seen_by = _SEEN_BY.match(t, ss, se)  # 从各市州GDP总量来看,…武汉以3960.1亿元,襄阳市…: its statistic
    if seen_by:
        last_subject = "地区生产总值" + ("增速" if seen_by.group(2) else "")
    # 三次产业比重依次为3.7:36.8:59.5,分别拉动经济增长…: the structure's sectors are the items after it
    last_items: list[str] = ["第一产业", "第二产业", "第三产业"] if any(
        "from the structure" in " ".join(f.notes) for f in out
    ) else []
    levels: list[str] = []  # the subjects of the sentence's levels, for a 分别 list of their growths
    last_region: Place | None = None
    opening, _ = _region_at(doc, t, ss, min(se, ss + 12))
    last_region = doc.para_place or doc.place
    if opening and not re.match(r"^(?:比|较|与|高于|低于|占)", t[ss : ss + 2]):
        last_region = opening
        if not _encloses(opening, doc.subject):
            doc.para_place = opening  # 山东省常住人口…。城镇化率为64.54%: the sentences after it are its too
    prev_end = 0
    i = 0
    while i < len(numbers):
        n = numbers[i]
        group = [n]
        while (
            i + len(group) < len(numbers)
            and numbers[i + len(group)].form == n.form
            and re.fullmatch(r"[、,，和及与]?", sentence[group[-1].end : numbers[i + len(group)].start])
        ):
            group.append(numbers[i + len(group)])
        i += len(group)
        cs = next((a for a, b in clauses if a <= ss + n.start < b), ss)
        # 城乡居民收入达到A元和B元, 城镇和农村常住居民人均可支配收入39,175元和19,156元
        pair = len(group) == 2 and re.search(r"城乡|城镇[和与及、]农村", t[cs : ss + n.start]) is not None
        # 城镇、农村居民…分别达到A元、B元,增长4.7%、5.1%: the same items again
        again = len(last_items) == len(group) and not subject_words(t[cs : ss + n.start], [])
        head = t[cs : ss + n.start]
        head = head[: verb.start()] if (verb := _PAIR_VERB.search(head)) else head
        named = expand_items(subject_words(head, []) or "x")  # 户数、从业人员、注册资金为A万户、B万人和C亿元
        listed = len(group) > 1 and "、" in head and len(named) == len(group)
        # 三次产业占GDP的比重为9.14%、44.11%和46.745%: the three sectors in order, 分别 unsaid
        sectors = len(group) == 3 and re.search(r"三次产业|一、?二、?三产业", head)
        if len(group) > 1 and (ENUM.search(t[cs : ss + n.start]) or pair or again or listed or sectors):
            found, items = _enumeration(
                doc,
                t,
                ss,
                se,
                cs,
                group,
                whens,
                section_kind,
                scope_estimate,
                last_subject,
                last_items or levels[-len(group) :],
                prev_end,
                last_region,
            )
            out += found
            doc.growths += [f.indicator for f in found if f.unit == "%" and f.indicator.endswith("增速")]
            last_items = items or last_items
            last_subject = items[-1] if items else last_subject  # …增加值A、B、C亿元,分别增长x、y、z
            levels = []
            prev_end = group[-1].end
            continue
        for m in group:
            f, subject, region = _one(
                doc, t, ss, se, m, whens, section_kind, scope_estimate, last_subject, last_region, prev_end
            )
            prev_end = m.end
            head = t[ss : ss + m.start]
            opened = max(head.rfind("("), head.rfind("（"))
            aside = opened > max(head.rfind(")"), head.rfind("）")) and re.match(
                r"[(（](?:不含|不包括|含|包括)", head[opened:]
            )  # 生产总值782.20亿元(不含水力发电增加值121.06亿元),增长8.0%: an aside, the growth the total's
            if f and aside:
                f.indicator = re.sub(r"^(?:不含|不包括|含|包括)", "", f.indicator)
                subject = ""
            if f:
                out.append(f)
                if f.unit == "%" and f.indicator.endswith("增速"):
                    doc.growths.append(f.indicator)
                if f.unit not in ("%", "个百分点", "位"):
                    levels.append(f.indicator)  # 生产总值92.51亿元,规上工业增加值10.74亿元,分别比增…
            out += doc.extra
            doc.extra = []
            if subject and not (f and f.kind == "rank" and _RANK_WORDS.search(subject)):
                last_subject = doc.topic = subject  # (not 位居全省 of 武汉以3960.1亿元位居全省第一)
            if region:
                last_region = region
    return out


_MEASURED = re.compile(r"(?:公顷|亩|头|只|千瓦|公里|平方公里|立方米|千克|公斤|台|套|辆|艘|株)")


def _unit_ok(n: Number) -> bool:
    return n.unit in KEEP_UNITS or n.form in ("rank", "percent")


def _one(
    doc, t, ss, se, n, whens, section_kind, scope_estimate, last_subject, last_region, prev_end=0, anchor=None
):
    """One number of a sentence: its subject, region, period and kind (an enumeration's from its first)."""
    a, b = ss + (anchor or n).start, ss + n.end
    cs = max([m.end() for m in _CLAUSE_CUT.finditer(t, ss, a)], default=ss)
    clause_pre = t[cs:a]  # the whole clause before the number (a gap reaches past the figures in it)
    cs = max(cs, ss + prev_end)
    # 同比增长(以下简称增长)7%, 同比增长(下称增长)12.5%: the verb's
    pre = re.sub(r"[(（](?:以下简称|以下称|下称|简称)[^()（）]{1,6}[)）]\s*$", "", t[cs:a])
    threshold = re.search(r"\d+(?:万|亿)?元$", t[ss:cs]) if re.match(r"及?以上", pre) else None
    if threshold:  # 500万元及以上固定资产投资增长9.3%: the threshold is part of the statistic's name
        cs -= len(threshold.group(0))
        pre = t[cs:a]
    region, spans = _region_at(doc, t, cs, a)
    if region is not None and spans and t[cs + spans[-1][0] - 1 : cs + spans[-1][0]] == "占":
        region = None  # 占榆林市总量的34.1%: the share of the place before in that whole, not the whole's
    if region is None:
        region = _wider_self(doc, pre)  # 一季度全省生产总值11859.21亿元 in a city's text: its province's
    if region is None:  # 去年经济总量突破3000亿元的宜宾,一季度…: the place the clause ends on is its owner
        ce = next((m.start() for m in _CLAUSE_CUT.finditer(t, b, se)), se)
        owner = re.search(r"的([\u4e00-\u9fff]{2,10})$", t[b:ce])
        hits = _mentions(owner.group(1), doc.province) if owner else []
        if hits and hits[0].start == 0 and hits[-1].end == len(owner.group(1)):
            region = place_of(hits[-1].division)
    words = subject_words(pre, spans)
    best = _BEST_IS.search(t, max(ss, cs - 30), a) if region is None and not words else None
    best_growth = False
    hits = _mentions(best.group(2), doc.province) if best else []
    shared_by = []  # 增幅最低的是德州、滨州,为6.8%: the places that share the figure
    gaps = [best.group(2)[x.end : y.start] for x, y in zip(hits, hits[1:], strict=False)] if best else []
    joined = hits and all(re.fullmatch(r"[、和及与]", g) for g in gaps)
    if hits and hits[0].start == 0 and hits[-1].end == len(best.group(2)) and (len(hits) == 1 or joined):
        # GDP总量最高的是青岛,4520.3亿元; GDP增幅最高的是菏泽,为8.4%: the place the superlative names
        region = place_of(hits[0].division)
        shared_by = [place_of(h.division) for h in hits[1:]]
        best_growth = n.unit == "%" and re.search(r"增幅|增速|增长", best.group(1)) is not None
        words = re.sub(r"^[市县区个]*中?", "", subject_words(best.group(1), []) or "")  # 17市中GDP增幅
        words = gdp_named(words)
    if not words and region is not None and n.unit in ("亿元", "万元") and re.fullmatch(
        r"[、，,]?[\u4e00-\u9fff]{2,10}[(（]", pre
    ):  # 各区县GDP数据…依次排列为: 青山湖区(2466亿元),…: each place's, the statistic named before
        listed = list(_LISTED_STATISTIC.finditer(t, max(0, ss - 400), ss))
        words = STATISTIC_NAMES.get(listed[-1].group(0), listed[-1].group(0)) if listed else ""
    named_after = _BY_WHICH.match(t, b) if pre.endswith("以") else None
    rate_after = bool(named_after and re.fullmatch(r"增速|增幅|增长率|增长速度", named_after.group(1)))
    if named_after and not rate_after:  # 青岛以3037.4亿元的GDP总量稳坐第一: the noun after it names it
        words = subject_words(named_after.group(1), []) or named_after.group(1)
    dot = max(t.rfind("。", 0, a), t.rfind("\n", 0, a)) + 1  # (the sentence to its full stop: ； goes on)
    sector_words = re.fullmatch(r"第[一二三]产业(?:增加值)?(?:增速)?", words)
    if sector_words and re.match(r"其中[,，:：]?第[一二三]产业", t[dot:a]):
        # 全年民营经济增加值122.64亿元…。其中,第一产业增加值44.56亿元…;第二产业…: the owner's sectors
        opens = max(t.rfind("。", 0, dot - 1), t.rfind("\n", 0, dot - 1)) + 1
        owner = _SECTORS_OWNER.match(t, opens, dot)
        if owner:
            words = owner.group(1) + words
    handed = labelled = ""
    borrowed = False  # the subject completed from the clause before (the quote takes that clause in)
    owner_at = None  # where the owner of a bare attribute is named (the quote starts there)
    if words in ("增加值", "产值", "总产值") and not prev_end and cs > ss:  # 服务业…,实现增加值964.92亿元
        before = t[max([m.end() for m in _CLAUSE_CUT.finditer(t, ss, cs - 1)], default=ss) : cs]
        sector = re.match(r"^(?:其中|全年|全市|全县|全区)*([\u4e00-\u9fff]{1,8}?(?:产业|业))", before)
        if sector and not _DIGITISH.search(before):
            words = sector.group(1) + words
            borrowed = True
    elif words in ("增加值", "产值", "总产值") and prev_end:  # 第二产业实现增加值280.5亿元,…,增加值增长6.8%
        opener = _SECTOR_OPENS.match(t, ss, a)
        if opener:
            words = opener.group(1) + words
            borrowed = True
    elif _ATTRIBUTE.fullmatch(words) and prev_end:  # 私营企业23439户,从业人员11.01万人,注册资本(金)…亿元
        part = max([m.end() for m in re.finditer(r"[;；]", t[ss:a])], default=0) + ss
        owner = _PART_OWNER.match(t, part, a)
        if owner:
            name = re.sub(r"[(（]实有[)）]", "", owner.group(1))  # 农民专业合作社(实有)
            name = re.sub(r"^.*(?:拥有|共有|现有)|^实有", "", name)  # 如今的醴陵拥有陶瓷企业: the units
            words = name + words
            owner_at = owner.end(1) - len(name) if name and owner.group(1).endswith(name) else owner.start(1)
    scope_only = n.form == "rank" and bool(_SCOPE_RANK.match(pre))  # 工业增速稳居前列,居全省第2位
    if (not words or scope_only) and not prev_end:  # 工业投资提速扩量,增速达17.5%: the clause before names it
        before = t[max([m.end() for m in _CLAUSE_CUT.finditer(t, ss, max(ss, cs - 1))], default=ss) : cs]
        lead = _LEADING_NOUN.match(re.sub(r"^(?:其中|同时|此外|[全我该](?:市|县|区))+", "", before))
        if lead and not _DIGITISH.search(before):
            raw = lead.group(1)  # 一季度全市地区生产总值突破千亿: the noun; 工业增速稳居前列: the growth
            last_subject = raw if _GROWTH_WORD.search(raw) else subject_words(raw, []) or raw
            handed = last_subject
        elif (
            not _DIGITISH.search(before)
            and _STATISTIC.search(bare := _METHOD.sub("", before.rstrip("，,")))
            and (noun := subject_words(bare, [(h.start, h.end) for h in _mentions(bare, doc.province)]))
        ):  # 北京规模以上工业增加值按可比价格计算,同比增长41.4%: the statistic the clause before names
            last_subject = handed = noun
        elif t[cs - 1 : cs] in (":", "：") and len(before) <= 16:  # YYYY全年GDP:32679.87亿元: the label
            label_region, label_spans = _region_at(doc, t, cs - len(before) - 1, cs - 1)
            label = subject_words(
                re.sub(r"^(?:19|20)\d{2}(?:年(?!度))?", "", before[:-1]) if not label_spans else before[:-1],
                [] if not label_spans else label_spans,
            )
            if label and not _DIGITISH.search(label):
                last_subject = handed = labelled = label
                region = region or label_region
    if n.unit == "%" and words and re.fullmatch(r"[\u4e00-\u9fff]{2,10}(?:为|是|占)", pre) and not re.search(
        r"增|率|比重|比例|占比|价|涨|降", words
    ):  # 三次产业增加值占地区生产总值的比重,第一产业为6.1%,…: each the share the sentence opens on
        opening = t[ss : next((m.start() for m in _CLAUSE_CUT.finditer(t, ss, cs)), cs)]
        if re.search(r"(?:比重|比例)[:：]?$", opening) and not _DIGITISH.search(opening):
            words += "比重"
    carried = last_subject  # the subject this clause hands on
    if re.match(r"(?:占|对)", pre) and last_subject and not words.startswith(last_subject):
        bare = re.fullmatch(r"约?占了?", pre)  # 男性人口为51034人,占51.81%: the subject's share
        share = "比重" if "比重" in pre or bare else "占比" if pre.startswith("占比") else ""
        words = last_subject + (words or share)  # 占全市…比重, 占比70.2%: the share of the subject before
    elif words:
        carried = words
    if n.unit in ("亿", "万") and _MONEY_NOUN.search(words or last_subject or ""):
        n = replace(n, unit=n.unit + "元")  # 规模工业产值225.44亿: money, in 亿元
    if n.unit == "亿元" and n.stated[:1] in ("千", "万") and re.match(r"[县市区级强]", t[b : b + 1]):
        return None, words or "", region  # 千亿县, 千亿级: a club's name, not a figure
    bracket = _bracketed_growth(doc, t, ss, a, b, n, whens)
    if bracket:  # 高于全省(6.3%)、金华(6.7%): the growth of the place before the bracket
        doc.extra.append(bracket)
        return None, "", region
    if _GAP.search(clause_pre) and n.unit in ("%", "个百分点"):
        return None, "", region  # 高于全省2.4个百分点: a gap against another region, no figure, no subject
    if not _unit_ok(n):
        return None, words or "", region
    notes = []
    conf = 0.75
    unit, value = n.unit, n.value
    if not n.approx and _THRESHOLD.search(pre):
        n = replace(n, approx=_THRESHOLD.search(pre).group(0))
    growth = n.unit == "%" and bool(
        _GROWTH_END.search(pre) or _GROWTH_END.search(_AIM.sub("", pre)) or rate_after  # 以18.6%的增速
        or best_growth  # GDP增幅最高的是菏泽,为8.4%
    )
    to_level = n.unit == "%" and _TO_LEVEL.search(pre)  # 贫困发生率降至0.47%: the rate it came to
    growth = (growth and not to_level) or n.unit in ("个百分点", "个千分点")
    fall = bool(_FALL.search(pre)) and not to_level
    if fall and (n.unit in ("%", "个百分点", "个千分点")):
        value = -abs(value)  # 负增长-25.1%: one fall, written twice
    kind = "actual"
    indicator = ""
    placed = None
    level_rank = (  # 社会消费品零售总额1309.6亿元、稳居全市第一: the rank of the level just stated
        _SCOPE_RANK.match(re.sub(r"^[、，,]", "", pre))
        if n.form == "rank" and prev_end and last_subject and a - (ss + prev_end) <= 7
        and t[ss + prev_end - 1 : ss + prev_end] in _LEVEL_END  # a level, not a growth
        else None
    )
    if (n.form == "rank" or n.unit == "位") and not level_rank:  # …增长10.8%,居全省第一: the growth
        placed = _GROWTH_RANK.search(pre) or _GROWTH_RANK_BARE.search(pre)
        # 工业增速稳居前列,居全省第2位: the growth the clause before names (no figure of its own)
        handed_growth = bool(handed and _GROWTH_WORD.search(handed))
        placed = placed or (
            _SCOPE_RANK.match(re.sub(r"^[、，,]", "", pre)) if doc.growths or handed_growth else None
        )  # 增长2.5%、位居全市第一
    growths = doc.growths
    own = subject_words(pre[: placed.start()], []) if placed else ""  # 固定资产投资增速全市第一: its own
    own = "" if re.fullmatch(r"(?:同比)?(?:实际|名义|可比)?", own) else own  # 实际增速位列…: the one before
    # 增速排名全省第一的是亳州市: the place named after the rank holds it (and the clauses after it)
    named_after = re.match(r"的(?:是|为)", t[b : b + 2]) if placed else None
    hits = _mentions(t[b + 2 : b + 14], doc.province) if named_after else []
    after = place_of(hits[0].division) if hits and hits[0].start == 0 else None
    region = after or region
    if placed and (last_subject or growths or own):
        # 增速居全省第一: the rank of the growth named before in its scope (均: of each growth named)
        # 全区五市, 全省14个市州: the scope, without the count of its places
        scope = re.sub(
            r"(?<=^全[省市区州盟国])(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?[\u4e00-\u9fff]{1,3}|各?(?:县市区|县区|区县|县市|市州))$",
            "",
            placed.group(1),
        )
        listed = [subject_words(x, []) for x in expand_items(pre[: placed.start()])] if "、" in own else []
        if len(listed) > 1 and all(listed):  # 地区生产总值、第二产业增加值、社零增速排名全市第一: each item's
            own = ""
        names = (
            listed if len(listed) > 1 and all(listed)
            else [own] if own
            else growths if "均" in pre and growths
            else [last_subject if handed_growth or not growths else growths[-1]]
        )
        f = None
        for base in names:
            base = re.sub(r"增速$", "", base)
            base = gdp_named(base)  # GDP总量…,实际增速位列…
            when = [  # 延续一季度…增长态势: a base of comparison, not the rank's period
                w
                for w in whens
                if w.end <= n.start and not _BASE_WORD.search(t[max(ss, ss + w.start - 2) : ss + w.start])
            ]
            period = when[-1].period if when else doc.default_period
            f = Found(
                after or last_region or doc.subject,
                f"{base}增速{scope}排名",
                period,
                n.value,
                "位",
                "rank",
                ss + n.start,
                b,
                cs,
                0.7,
                ["the rank of a growth in its scope"],
            )
            doc.extra.append(f)
        return None, "", region
    move = _rank_move(doc, t, a, b, n, whens, clause_pre, last_subject, region or last_region)
    if move:  # 经济总量由全省第六位上升至第五位: this year's rank, and the year before's
        doc.extra.append(move)
        return None, "", region
    ranked = _STAT_RANK.search(pre) or _STAT_IN_RANK.search(pre) or _TOTAL_RANK.search(pre)
    ranked = ranked if n.form == "rank" else None
    if ranked and re.search(r"实力|竞争力$", ranked.group(1)) and ranked.group(2) not in ("全省", "全市"):
        ranked = None  # 县域经济基本竞争力跃升全国第四位: a national list's name (the notice reader's)
    if level_rank:
        named = bool(indicator_code(last_subject, "亿元"))
        stat = gdp_named(last_subject)  # 以GDP总量…排名全省第一
        indicator, kind, unit = f"{stat}{level_rank.group(1)}排名", "rank", "位"
        conf = 0.55 if named else 0.45
        notes.append("the rank of a statistic in its scope")
        cs = max([m.end() for m in _CLAUSE_CUT.finditer(t, ss, ss + prev_end)], default=ss)  # with its figure
    elif ranked:  # 油茶产量居全国第四位, 外贸进出口总额跃居中国第三: the statistic's rank in its scope
        scope = "全国" if ranked.group(2) == "中国" else ranked.group(2)
        # 虽然地区生产总值在全省…, 郑州一季度GDP位居第一: the noun, without the place
        named_places = [(h.start, h.end) for h in _mentions(ranked.group(1), doc.province)]
        stat = subject_words(ranked.group(1), named_places) or ranked.group(1)
        stat = re.sub(r"(?<=.{2})(?:数量|数)$", "", stat)  # 常住人口数量继续保持全国第一位: the statistic
        stat = gdp_named(stat)  # 经济总量居全州第2位
        if stat in ("总量", "总额", "规模", "增量") and last_subject:
            # 公共财政预算收入…,总量居全省第二: the statistic named before (增量居全国第3位: its increase)
            stat = last_subject + ("增量" if stat == "增量" else "")
        both = re.search(r"存贷款|进出口", stat) and "均" in pre[ranked.end(1) :]
        pair = expand_items(stat) if both else []
        if len(pair) == 2:  # 存贷款余额均居全省第2位: deposits' rank, and loans' the same
            stat = pair[0]
            when = [w for w in whens if w.end <= n.start]
            doc.extra.append(Found(
                region or last_region or doc.subject, f"{pair[1]}{scope}排名",
                when[-1].period if when else doc.default_period, n.value, "位", "rank", ss + n.start, b, cs,
                0.45, ["the rank of a statistic in its scope", "one rank said of two statistics (均)"],
            ))
        named = bool(indicator_code(stat, "亿元") or indicator_code(stat, "%"))
        indicator, kind, unit, conf = f"{stat}{scope}排名", "rank", "位", 0.55 if named else 0.45
        notes.append("the rank of a statistic in its scope")
    elif n.form == "rank" or n.unit == "位":
        lists = _LIST.findall(t[ss:a]) or _LIST.findall(doc.title)
        name = lists[-1] if lists else ""
        lead = _mentions(name[:12], doc.province)
        if lead and lead[0].start == 0 and re.match(r"在|的|于", name[lead[0].end :]):
            name = name[lead[0].end :]  # 晋江市在全省县域经济综合实力排名中: the list, without its place
        name = re.sub(r"^(?:的|在|获|入选|入围|进入|上榜|荣登|挺进|跻身|跃居|位居|分别|名列|列)+", "", name)
        # 好消息!湖北7地入选全国制造业百强县市 (a headline): the list, after the places that entered it
        entered = re.search(r"^.*(?:入选|入围|进入|上榜|荣登|跻身)(?=(?:全国|中国|全省|[东中西]部)..)", name)
        name = name[entered.end() :] if entered else name
        name = re.sub(r"^(?:发布的?|公布的?)+", "", name)
        # 经济综合竞争力提升至全国百强县第11位: the verb is no part of the list's name
        name = re.sub(r"(?:提升|上升|跃升|攀升|前移)[至到]|升至|跃居|位居|位列|名列|稳居", "", name)
        stated_next = re.match(
            r"[，,](?:(?:19|20)\d{2}年)?(?:实现|完成|达到?)?([\u4e00-\u9fffA-Z]{2,12}?)(?:为|达到?|实现)?\d",
            t[b:se],
        )
        stat_next = subject_words(stated_next.group(1), []) if stated_next else ""
        level_before = prev_end and t[ss + prev_end - 1 : ss + prev_end] in _LEVEL_END
        ranks_it = n.approx != "以内" and "前" not in t[a - 1 : a + 1]  # (进入全省前十县: a top ten, no rank)
        stat_before = gdp_named(last_subject)
        named_stat = bool(_STATISTIC.search(stat_before))  # (5个区县超过1500亿元,渝北区继续保持第一: none)
        if re.fullmatch(r"(?:排名|排行|排序|排)?", name) and named_stat and level_before and ranks_it:
            # 江南区GDP总量为617.47亿元,排名第三; …分别为A、B、C亿元,分别排名第四、第五、第六
            notes.append("the rank of the statistic stated before")
            scope = re.search(r"(全[省市区州盟国])(?:排位|排名|位列|位居)?$", pre)  # 全盟排位第5位
            name = stat_before + (scope.group(1) if scope else "") + "排名"
        elif not name and region and (re.search(r"GDP|生产总值", stat_next) or _STATISTIC.search(stat_next)):
            # 南昌继续排行第一,实现生产总值5745.51亿元: the rank of the statistic stated next (check this)
            notes.append("the rank of the statistic the next clause states: check it")
            name = stat_next + "排名"
        if not name:
            return None, "", region
        name = re.sub(r"(?<=.{4})中(?=排名$)", "", name)  # 全省…考核中排名第8位: the assessment's rank
        indicator = name if name.endswith("排名") else name + "排名"
        kind = "rank"
        unit = "位"
        conf = 0.45 if notes and notes[-1].startswith("the rank of the statistic the next") else 0.7
        # the rank of the statistic stated before: its scope unsaid
        conf = 0.55 if notes and notes[-1] == "the rank of the statistic stated before" else conf
    elif (
        n.unit == "%"
        and (
            re.search(r"比重|占比|占[^，,]{0,12}(?:比重|的)?$|率$|率为$|率达到?$", pre)
            or words.endswith("比重")
        )
        and not growth
    ):
        indicator = words or last_subject
        if words in ("贡献率", "贡献度") and last_subject:  # 第二产业…,贡献度为30.5%: its share of growth
            indicator = re.sub(r"(?:增加值)?(?:增速)?$", "", last_subject) + "贡献率"
        conf = 0.65
    elif growth:
        if words in ("增速", "增幅", "增长率") and last_subject and n.unit == "个百分点":
            words = ""  # 增长7.0%,增速比上月加快1.0个百分点: the change of the growth before
        priced = re.fullmatch(r"(?:扣除价格因素)?(?:同比)?(名义|实际)", words) if last_subject else None
        if priced:  # 居民人均可支配收入9512元,同比名义增长7%,扣除价格因素,实际增长5.6%: the subject's
            words = ""
        base = words or last_subject
        if re.search(r"(?:比|较)(?:19|20)\d{2}年", pre):
            base = last_subject or re.sub(r"(?:比|较)(?:同期)?$", "", words)
        if not base and doc.title_stat and n.unit == "%" and region:
            base = doc.title_stat  # 各市州一季度GDP成绩单 …甘孜州,增速6.9%: the statistic the title names
            notes.append(f"growth of {base} (the statistic the title names)")
        if not base:
            return None, "", region
        if re.search(r"两年平均|年均", pre):
            indicator = base + ("两年平均增速" if "两年" in pre else "年均增速")
        elif (m := re.search(r"(?:比|较)((?:19|20)\d{2})年(?:同期)?(?:增长|下降)", pre)) and int(
            m.group(1)
        ) != (next((w.year for w in reversed(whens) if w.end <= cs - ss + m.start() and w.year), doc.review)
              or 0) - 1:  # (whens are placed in the sentence, the match in the clause)
            indicator = base + f"比{m.group(1)}年增长"  # 比YYYY年增长12.7% two years on: over two years
        elif n.unit == "个百分点" and "拉动" in base:  # 第二产业拉动全县GDP增长1.94个百分点: a contribution
            who, _, target = base.partition("拉动")
            target = re.sub(r"^(?:全[市县区省国]|我[市县区省])", "", target) or "地区生产总值"
            indicator = f"{who or last_subject}拉动{target}增长"
        elif n.unit in ("个百分点", "个千分点"):
            rate = (
                not words and not re.search(r"比重|率|占比", base) and re.search(r"增长|增速|增幅", t[ss:a])
            )
            said_rate = re.search(r"(?:增速|增幅)(?:比|较)", pre) and not base.endswith(("增速", "增幅"))
            rate = rate or bool(said_rate)  # 规模以上工业增加值增速比上年全年提高1.1个百分点
            indicator = base + ("增速变化" if rate else "变化")  # 增长17.5%,较前4月提升4.3个百分点
            if rate and doc.growths and re.match(r"^(?:增速|增幅)?(?:比|较)", pre):  # 比一季度回落0.3个百分点
                indicator = doc.growths[-1] + "变化"
        elif re.search(r"价格|物价|CPI|PPI", base) and re.search(r"涨幅|上涨|涨", pre):
            indicator = re.sub(r"总水平$", "", base) + "涨幅"  # prices rise: 居民消费价格涨幅3%左右
        else:
            indicator = base if re.search(r"增速|增长率|增幅|增长$", base) else base + "增速"
        if priced and n.unit == "%":  # an income's growth is nominal (its real one named so); GDP's is real
            income = "收入" in base
            if priced.group(1) == ("实际" if income else "名义"):
                indicator = re.sub(r"增速$", "", indicator) + priced.group(1) + "增速"
        if not words:
            conf = 0.7
            notes.append(f"growth of {base} (named earlier in the sentence)")
    else:
        indicator = words or labelled
        increase = _MORE_THAN_BEFORE.search(pre) if n.unit not in ("%", "个百分点", "位") else None
        if increase and indicator and not re.search(r"增加额|增量|增加$", indicator):
            indicator += "增加额"  # 生产总值较上年增加29.8亿元: the increase, not the level
            notes.append("an increase over the year before, not the level")
        if re.fullmatch(r"(?:比上年)?(?:净增|净增加|新增)", indicator or "") and last_subject:
            indicator = last_subject + "增加额"  # 达到417亿元,净增110.8亿元: the subject's increase
            carried = last_subject  # …,同比增长9.4%: still the subject's growth
            notes.append(f"{last_subject} (named earlier in the sentence)")
        elif indicator in ("增加值", "总产值", "产值") and last_subject:
            stem = _STAT_TAIL.sub("", last_subject)  # 建筑业总产值…,增加值26.2亿元: the same sector's
            if stem.endswith("业") and stem != last_subject:
                indicator = carried = stem + indicator
                notes.append(f"{stem} (named earlier in the sentence)")
        elif indicator in ("产量", "总产量") and last_subject:
            stem = _CROP_TAIL.sub("", last_subject)  # 蔬菜播种面积…万亩,产量43.7万吨: the crop's output
            if stem and stem != last_subject:
                indicator = carried = stem + indicator
                notes.append(f"{stem} (named earlier in the sentence)")
        if (
            not indicator
            and last_subject
            and region
            and spans
            and re.fullmatch(r"(?:则|也|均)?(?:分别)?(?:为|是|达|有|以)?", pre[spans[-1][1] :])
            and re.fullmatch(r"[、和及与]?(?:今年|去年|本年|全年)?", _strip_times(pre[: spans[0][0]]))
        ):  # 苏州市地区生产总值11458.4亿元,南京市8316.92亿元: a list of regions under the first's subject;
            # 从GDP总量来看,今年上半年青岛以4520.3亿元总量领跑,烟台、济南则分别以…: the statistic seen by
            indicator = last_subject
            notes.append(f"{last_subject} (a list of regions: the subject named first)")
        if not indicator and last_subject and unit.endswith("美元") and re.search(_CONVERTED + "$", pre):
            indicator = last_subject  # 人均地区生产总值达23576元(折合3418美元): the same figure in dollars
            notes.append(f"{last_subject} (in dollars: 折合)")
        if not indicator and last_subject and _PAIR_VERB.search(pre):
            indicator = last_subject  # 从YYYY年的6.82亿元,到YYYY年的952.6亿元: the pair's subject
            if re.fullmatch(r"第[一二三]产业", indicator) and unit in ("亿元", "万元"):
                indicator += "增加值"  # 第一产业增长9.1%达21.2亿元: a sector's level is its value added
            notes.append(f"{last_subject} (named earlier in the sentence)")
        stretch = unit == "%" and _STRETCH.fullmatch(pre) and doc.growths and prev_end
        if not indicator and stretch and doc.growths[-1].endswith("增速"):
            indicator = doc.growths[-1]  # 地区生产总值增长10%,力争11.5%: the same growth's stretch goal
            growth = True
            notes.append(f"{indicator}: the stretch goal after its target")
        if not indicator:
            return None, "", region
    # Region: the clause's own, else the sentence's, else the document's subject
    place = region or last_region or doc.subject
    own = _OWN_WORD.search(t[cs:a])  # 醴陵在…第60位…;全市拥有家庭农场: the document's city, not 醴陵
    if own and re.match(r"(?:第|首位|前列|排名|平均)", t[cs + own.end() : cs + own.end() + 2]):
        own = None  # 稳居全市第一名, 高于全市平均: the scope of a rank or a comparison, not its owner
    if not own and not region and last_region:  # 在全市地区生产总值中,非公有制经济实现增加值…: the sentence's
        said = list(_OWN_WORD.finditer(t, ss, cs))
        named = _mentions(t[ss:cs], doc.province)
        # (神木全市全年实现…: the place's own whole, not the document's)
        own = said[-1] if said and all(m.end < said[-1].start() - ss for m in named) else None
    if not region and own and last_region and doc.subject and doc.subject.name.endswith(own.group(1)):
        if _encloses(doc.subject, last_region):
            place = region = doc.subject  # and the clauses after it
    once = doc.subject_how == ONCE and not region and not last_region
    if place is not None and place is doc.subject and once:
        notes.append(ONCE_NOTE)  # 株洲市各项考核 once in a text on 全市 (a county's): whose, the editor says
    if not (place and place.name) and (own := _OWN_WORD.search(t[ss:a])):
        # (a text on a list) 根据博罗县统计局的数据,…全县…: the county named just before
        place = _named_before(doc, t, ss + own.start(), own.group(1)) or place
    if place is None:
        conf = min(conf, 0.3)
        notes.append("region unknown")
    elif not place.ours:
        notes.append(f"new region? {place.name} ({place.code})")
    # Period
    before = [
        w
        for w in whens
        if w.end <= n.start
        and not re.search(r"(?:比|较|同|与|延续|继续|保持|继)$", t[max(ss, ss + w.start - 2) : ss + w.start])
        and not _BASE_AFTER.match(t, ss + w.end)  # 是YYYY年的1.7倍: a base
        and not (
            re.search(r"(?:由|从|在)$", t[ss + w.start - 1 : ss + w.start])
            and re.search(r"\d", t[ss + w.end : a])
        )
    ]  # 较前4月提升: a base of comparison; 由YYYY年的1480美元提高到4192美元: the base year is the first's
    after_year = re.match(r"[^，,。；;]{0,6}?((?:19|20)\d{2})年", t[b:se])
    period, year = doc.default_period, doc.review
    # 从温岭市统计局获悉,去年全年,温岭全市的GDP总量为…: the year before the document's (not 比去年, 去年同期)
    last = re.search(r"(?<![比较与同和在])(去年|前年)(?!同期|相比|底|末|[^，,。]{0,8}基础上)", t[ss:a])
    # (the document's date written out in full, not a day the text names apart from its year)
    dated = doc.date is not None and re.search(
        rf"{doc.date.year}\s*[-/.年]\s*0?{doc.date.month}\s*[-/.月]", t
    )
    # (or a day after the first quarter named apart from its year: 8月4日,…发布了YYYY年…榜单)
    dated = dated or doc.date is not None and doc.date.month >= 4 and re.search(
        rf"(?<!\d){doc.date.month}月{doc.date.day}日", t
    )
    if before:
        w = before[-1]
        period, year = w.period, w.year
    elif (
        last and dated and doc.date.year == doc.review
        and not re.search(r"今年|本年", t[ss + last.end() : a])
    ):  # (a text of early in a year, reviewing the year before, says 去年 of its own review year)
        year = doc.date.year - (1 if last.group(1) == "去年" else 2)
        period = str(year)
    elif "全年" in t[ss:a] and not doc.default_period[4:]:
        # 据了解,YYYY年,肥西县经济…。初步核算,全年实现生产总值…: the year its paragraph opened with
        para = t[t.rfind("\n", 0, ss) + 1 : ss]
        opened = list(re.finditer(r"(?:^|[。；;])[^。；;\d]{0,6}?((?:19|20)\d{2})年[,，]", para))
        if opened and int(opened[-1].group(1)) != year:
            year = int(opened[-1].group(1))
            period = str(year)
            notes.append(f"全年: {year}, the year its paragraph opened with")
    single = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if single and int(single.group(2)) > 1 and re.search(r"累计", pre) and not re.search(r"当月|本月", pre):
        period = f"{single.group(1)}-01/{single.group(2)}"  # 11月…国有控股企业增加值累计同比增长1.6%: Jan-Nov
    if re.search(r"两年平均", pre) and year:
        period = f"{year - 1}-{year}"
    elif re.search(r"年均", pre):
        spans = _year_spans(whens, t, ss)
        base = _BASE_YEAR.search(t, ss, a)
        # 由YYYY年的18.9亿元提高到YYYY+5年的28.4亿元,年均增长8.4%: the years after the first, to the last
        pair = _YEARS_FROM_TO.search(t, ss, a)
        if pair and int(pair.group(1)) < int(pair.group(2)):
            period = f"{int(pair.group(1)) + 1}-{pair.group(2)}"
            doc.span = period  # (财政收入由2.3亿元提高到4.3亿元,…: the same years, in the parts after)
        elif spans:
            period = spans[-1].period
        elif base and year and int(base.group(1)) < year:  # YYYY年…,是YYYY年的1.7倍,年均增长13.5%
            period = f"{int(base.group(1)) + 1}-{year}"
        elif doc.span:
            period = doc.span
    elif (
        growth
        and not before
        and doc.review
        and not re.search(r"同比|比上年|较上年|比去年|较去年", pre)
        and (back := _years_back(t[t.rfind("\n", 0, ss) + 1 : a]))
    ):  # 过去五年,…城乡居民人均可支配收入分别增长31.4%、41.9%: over the five years, not the last one
        period = f"{doc.review - back + 1}-{doc.review}"
        conf = min(conf, 0.45)
        notes.append(SPAN_GROWTH_NOTE)
    if re.search(r"(?:由|从)$", pre) and re.match(
        r"[^，,。；;\d]{0,4}?(?:增加|提高|增长|上升|扩大|提升|跃升|发展|突破|增|升)(?:到|至)", t[b:se]
    ):  # 财政总收入从A亿元增加到B亿元 in a five-year review: the first is the year before the span
        spans = [w.period for w in _year_spans(whens, t, ss)] or [doc.span or ""]
        if re.fullmatch(r"\d{4}-\d{4}", spans[-1]):
            period = str(int(spans[-1][:4]) - 1)
            notes.append("the base of a from-to pair: the year before the span")
        else:
            conf = min(conf, 0.3)
            notes.append("the base of a from-to pair: its year unknown")
    if not period:
        conf = min(conf, 0.3)
        span = _YEARLESS_SPAN.search(t, max(t.rfind("\n", 0, ss) + 1, ss - 200), b)  # in its paragraph
        notes.append(f"period unknown: {span.group(0)} of a year the text does not state" if span else
                     "period unknown")
    # Kind
    clause_text = t[max(ss, cs - 40) : b]
    if kind != "rank":
        said = _ESTIMATE.search(t[ss:a])
        if said and said.group() == "初步测算" and doc.genre == "bulletin":
            said = None  # a bulletin's 初步测算 is its preliminary accounting: the year's figure
        if said or scope_estimate:
            kind = "estimate"
        if (section_kind == "target" and (doc.goals or not re.search(r"完成|实现了|达到了", pre))) or (
            _PLAN_WORD.search(t[ss:a]) and section_kind != "review"
        ):
            kind = "target"
        if year and doc.date and year > doc.date.year:
            kind = "target"
        by = re.search(r"(?:^|[，,。；;\s])(?:到|至)((?:19|20)\d{2})年", t[ss:a])
        if by and doc.plan and int(by.group(1)) >= doc.plan and year == int(by.group(1)):
            kind = "target"  # 到YYYY年,…产值各150亿元 in a report planning YYYY: a goal
        if kind == "target" and year and doc.date and year < doc.date.year and not before:
            year = doc.plan
            period = str(doc.plan) if doc.plan else period
        if kind == "target" and year and doc.plan and year < doc.plan and before:
            kind = "actual"  # a past year's figure is never a target
        if kind == "target" and not before and doc.plan:
            period = str(doc.plan)
        opens = max(t.rfind("。", 0, ss), t.rfind("\n", 0, ss)) + 1
        if kind == "target" and not before and doc.date and re.search(r"明年|来年", t[opens:a]):
            period = str(doc.date.year + 1)  # 报告提出明年的奋斗目标…: the year after the report's date
    if after_year and not before and kind != "rank":
        conf = min(conf, 0.45)
    if n.approx and kind == "actual" and section_kind == "target":
        kind = "target"
    del clause_text
    if unit in ("千亿", "万亿"):
        unit = "亿元" if unit == "千亿" else "万亿元"
    qs = cs
    if (
        not words or borrowed
    ) and cs > ss:  # 第一产业增加值259.4亿元,增长9.3%: the quote takes in the clause naming the subject
        qs = max([m.end() for m in _CLAUSE_CUT.finditer(t, ss, cs - 1)], default=ss)
    qs = owner_at if owner_at is not None else qs
    f = Found(
        place, indicator, period, value, unit, kind, ss + n.start, b, qs, conf, notes, n.approx, n.stated
    )
    doc.extra += [replace(f, region=p, notes=[*f.notes, "a figure the places named together share"])
                  for p in shared_by]
    items = _each(pre, growth)
    if items:  # 新型陶瓷、日用陶瓷…产值各150亿元: the figure of each item
        f.indicator = items[0]
        f.notes.append("各: the figure of each item")
        doc.extra += [replace(f, indicator=x, notes=list(f.notes)) for x in items[1:]]
    if growth and words and (_LEVEL_NEXT.match(t, b) or _TWO_YEAR_NEXT.match(t, b)):
        # 第一产业增长9.1%达21.2亿元: the level is its subject's; 规上工业增加值增长15.9%,两年平均增长7.5%:
        # so is the average after it
        return f, handed or words, region
    if growth and words and not prev_end and not items:
        # 分季度看,GDP一季度同比增长2.3%,上半年同比增长0.2%: a sentence's first growth hands on its subject
        return f, handed or words, region
    return f, (handed or (carried if not growth or not last_subject else "")), region


def gdp_named(name: str) -> str:
    """GDP, 生产总值, 经济总量, GDP总量 (and their 增速) under the statistic's own name, 地区生产总值."""
    return re.sub(r"^(?:GDP|生产总值|经济)(?:总量)?(?=增速$|$)", "地区生产总值", name)


_WIDER_SELF = re.compile(
    r"(?:^|[，,；;：:]|年|季度|月|上半年)(全省|全国)(?:实现|完成)?"
    r"(?=地区生产总值|生产总值|GDP|规模以上|规上|固定资产投资|社会消费品|一般公共预算|进出口)"
)


def _wider_self(doc, pre: str) -> Place | None:
    """全省/全国 opening a statistic in a text on a city or county: the subject's province, the nation."""
    m = _WIDER_SELF.search(pre)
    subject = doc.subject
    if not m or subject is None or not subject.code or subject.code == doc.province:
        return None
    if m.group(1) == "全国":
        return Place("全国")
    d = divisions.register().get(doc.province) if doc.province else None
    return place_of(d) if d else None


def _bracketed_growth(doc, t, ss, a, b, n, whens) -> Found | None:
    """全省(6.3%), 金华(6.7%) after a growth: the same growth of the place named before the bracket."""
    if n.unit != "%" or t[a - 1 : a] not in ("(", "（") or t[b : b + 1] not in (")", "）") or not doc.growths:
        return None
    head = t[max(ss, a - 8) : a - 1]
    start = a - 3  # the quote: from the place's name
    if head.endswith(("全省", "全国")):
        d = divisions.register().get(doc.province) if head.endswith("全省") and doc.province else None
        place = place_of(d) if d else Place("全国") if head.endswith("全国") else None
    else:
        hits = _mentions(head, doc.province)
        place = place_of(hits[-1].division) if hits and hits[-1].end == len(head) else None
        start = a - 1 - len(head) + hits[-1].start if place else start
    if place is None:
        return None
    when = [
        w
        for w in whens
        if w.end <= a - ss and not _BASE_WORD.search(t[max(ss, ss + w.start - 2) : ss + w.start])
    ]
    period = when[-1].period if when else doc.default_period
    return Found(
        place,
        doc.growths[-1],
        period,
        n.value,
        "%",
        "actual",
        ss + n.start,
        b + 1,
        start,
        0.6,
        ["a compared place's growth, in brackets"],
    )


_EACH_NOUN = re.compile(r"(?:产值|增加值|营业收入|收入|投资|产量|总额|销售额|规模)$")


def _each(pre: str, growth: bool) -> list[str]:
    """The items of 'X、Y、Z产值各150亿元' / 'X、Y均增长5%', each with the noun the last one ends in."""
    m = re.search(r"(?:各|均为|均达到?|均)(?:增长|增速|为|达到?)?$", pre)
    if not m or "、" not in pre[: m.start()]:
        return []
    text = re.split(r"[，,；;：:]", pre[: m.start()])[-1]
    for h in sorted(_mentions(text, None), key=lambda h: -h.start):  # 株洲市新型陶瓷…: the place aside
        text = text[: h.start] + text[h.end :]
    text = _LEADING.sub("", _strip_times(text))
    items = [x for x in re.split(r"[、和及与]", text) if x]
    if len(items) < 2 or any(len(x) > 14 or _DIGITISH.search(x) for x in items):
        return []
    noun = _EACH_NOUN.search(items[-1])
    if noun and all(len(x) > 3 for x in items[:-1]):
        items = [x if x.endswith(noun.group(0)) else x + noun.group(0) for x in items]
    else:  # 城镇、农村居民人均可支配收入均增长8%: the last item's words complete the others
        items = expand_items(text)
    return [x + "增速" for x in items] if growth else items


UNALIGNED = "an enumeration whose items could not be aligned"


def _enumeration(
    doc,
    t,
    ss,
    se,
    cs,
    group,
    whens,
    section_kind,
    scope_estimate,
    last_subject,
    last_items,
    prev_end,
    last_region=None,
):
    """分列/分别/依次: the items named before the enumeration word, entity by entity."""
    before = t[cs : ss + group[0].start]
    words = list(ENUM.finditer(before))
    if words:
        items_text, predicate = before[: words[-1].start()], before[words[-1].end() :]
    else:  # 城乡居民收入达到23292元和7750元: the pair itself; …,增长4.7%、5.1%: the items before
        verb = _PAIR_VERB.search(before)
        items_text, predicate = (before[: verb.start()], before[verb.start() :]) if verb else (before, before)
        if not subject_words(items_text, []):
            items_text = ""
    figures_before = re.search(r"\d(?:%|亿|万|元|个|家|位|名)", t[ss:cs])
    if not subject_words(items_text, []) and cs > ss and not figures_before:
        # 宜都市、大冶市…上榜,分别为第80名…: the clause before names them (not when it states figures)
        prev = [x for x, _ in _ranges(_CLAUSE_CUT, t, ss, cs)]
        items_text = _PRAISE.sub("", _LISTED.sub("", t[prev[-1] : cs].strip("，,"))) if prev else ""
        predicate = before  # …实现两位数的较快增长,增速分别为18.7%…: this clause says what the numbers are
    # …可支配收入预计分别增长, …服务价格比上年分别上涨: 预计 and 比上年 are no part of the last item
    tail_words = r"(?:预计|有望|力争|争取|均|都|也|将|同比|(?:比|较)(?:上年|去年)(?:同期)?)+$"
    bare = subject_words(items_text, []) and items_text
    bare = re.sub(rf"^(?:其中|全年|{SELF_WORDS})+|{tail_words}", "", bare)
    items = expand_items(bare)
    if len(items) != len(group) and len(expand_items(bare, split_and=False)) == len(group):
        items = expand_items(bare, split_and=False)  # 其他用品和服务, 交通和通信: one item's 和
    shared = ""  # 湖州和丽水GDP增速超8%,分别为8.3%、8.2%: the regions of the clause before, its subject
    if len(items) != len(group) and len(items) <= 1 and cs > ss:  # GDP总量分别为…: the places before
        prev = [x for x, _ in _ranges(_CLAUSE_CUT, t, ss, cs)]
        clause = t[prev[-1] : cs] if prev else ""
        hits = _mentions(clause, doc.province)
        # 前旗、阿尔山、突泉、乌市、中旗高于…: a list whose other items are no place it knows
        more = bool(hits) and (
            clause[: hits[0].start].endswith(("、", "和")) or clause[hits[-1].end :].startswith(("、", "和"))
        )
        if len(hits) == len(group) and not more and re.fullmatch(
            r"[、和及与]*", "".join(clause[a.end : b.start] for a, b in zip(hits, hits[1:], strict=False))
        ):
            items = [h.text for h in hits]
            shared = clause
    items = [x for x in items if not re.fullmatch(r"(?:比|较)?(?:上年|去年|同期|上年同期)?", x)]
    kept_items = None
    if not items and len(last_items) == len(group):
        items = last_items
    elif len(items) == 1 and items[0].startswith("对") and len(last_items) == len(group):
        # 第一、二、三产业增加值占GDP的比重分别为…,对经济增长的贡献率分别为: the sectors', not their shares'
        share = r"(?<=产业)(?:增加值)?占[\u4e00-\u9fff]{2,14}?的?(?:比重|比例)$"
        bases = [re.sub(share, "", x) for x in last_items]
        items = [x + items[0] for x in bases]  # …分别拉动GDP增长…,对GDP的贡献率分别为: the same items'
        kept_items = bases  # and the enumeration after goes on with the sectors, not these names

    def read(n):  # one number of the group, read as a clause of its own
        if not n.approx and group[0].approx in BOUNDS:
            n = replace(n, approx=group[0].approx)  # 分别站上600亿元、40亿元: the bound is every item's
        return _one(doc, t, ss, se, n, whens, section_kind, scope_estimate, last_subject, last_region,
                    prev_end, group[0])

    out = []
    if len(items) != len(group):
        for n in group:
            f, _, _ = read(n)
            if f:
                f.confidence = min(f.confidence, 0.4)
                f.notes.append(UNALIGNED)
                out.append(f)
        return out, []
    names = []
    for item, n in zip(items, group, strict=True):
        hits = _mentions(item, doc.province)
        rest = item
        for h in sorted(hits, key=lambda h: -h.start):
            rest = rest[: h.start] + rest[h.end :]
        if hits and len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 4:  # 株洲高新技术产业增加值: its place's
            place, item, hits = place_of(hits[-1].division), rest, []
        else:
            place = None
        f, _, _ = read(n)
        if not f:
            continue
        if place:
            f.region = place
        if hits:
            f.region = place_of(hits[-1].division)
            f.notes = [x for x in f.notes if not x.startswith("new region?")]
            if (
                f.unit == "%"
                and re.search(r"增速|增幅|增长", shared or items_text)
                and not re.search(r"增速|增长", f.indicator)
            ):  # 黔东南州、黔南州地区生产总值增速分别为15%、14.8%: each place's growth
                f.indicator += "增速"  # the growth the clause before names for every region
            if not f.region.ours:
                f.notes.append(f"new region? {f.region.name} ({f.region.code})")
        else:
            name = subject_words(item, []) or item
            names.append(re.sub(r"(?<=.{2})对[^，,]{2,}$", "", name))  # 第一产业对经济的贡献率: 第一产业
            if f.kind != "rank":
                if f.unit == "%" and "占" in predicate:
                    f.indicator = name + "比重"
                elif f.unit == "%" and name.endswith("价格") and re.search(r"上涨|下降|涨幅|下跌", predicate):
                    f.indicator = name + "涨幅"  # 食品烟酒、衣着…价格分别上涨10.7%、2.9%: each price's rise
                elif f.unit == "%" and (
                    re.search(r"增长|增速|下降|增幅|提高|增", predicate)
                    or _GROWTH_WORD.search(item)
                    or _GROWTH_WORD.search(items_text)  # 固定资产投资和工业增加值增速分别为38.7%、13.9%
                ):
                    # …分别达到26330元和12804元,年均分别增长10.5%和10.9%: each one's yearly average
                    yearly = re.search(r"年均|年平均", items_text + predicate) and "平均" not in name
                    f.indicator = name + ("年均增速" if yearly else "增速")
                elif f.unit == "个百分点" and "拉动" in predicate:  # 第一、二、三产业分别拉动GDP增长…个百分点
                    f.indicator = name + re.sub(r"^(?:分别|依次)|[^\u4e00-\u9fffA-Za-z]+$", "", predicate)
                elif f.unit == "个百分点":
                    f.indicator = name + "变化"
                elif re.fullmatch(r"第[一二三]产业", name) and f.unit in ("亿元", "万元"):
                    f.indicator = name + "增加值"  # 三次产业分别完成15.17亿元、…: each sector's value added
                else:
                    f.indicator = name
                f.confidence = max(f.confidence, 0.7)
            elif (scope := _ENUM_SCOPE_RANK.search(predicate)) and _GROWTH_WORD.search(items_text):
                # 规模工业增加值和投资增速分别排名全省第二和第三: each item's growth, ranked in its scope
                f.indicator = _GROWTH_WORD.sub("", name) + "增速" + scope.group(1) + "排名"
                f.confidence = max(f.confidence, 0.55)
                f.notes.append("the rank of a growth in its scope")
            elif _LIST_ITEM.search(item) and len(items) > 1:
                # 在全国县域经济综合竞争力百强榜、最具投资潜力…百强榜…中分别列第24位、第7位: each its list
                f.indicator = re.sub(r"^[在于]|[中里上内]$", "", item)
                f.confidence = max(f.confidence, 0.55)
                f.notes.append("each item a list of its own")
            elif re.match(r"^(全国|全省|全市|中部|西部|东部)", f.indicator) and name not in f.indicator:
                # 经济综合实力和基本竞争力分别名列全国百强第37位、第56位: each item's own list
                scope = re.match(r"^(全国|全省|全市|中部|西部|东部)", f.indicator).group(1)
                f.indicator = scope + name + f.indicator[len(scope) :]
        f.notes.append("aligned item by item")
        out.append(f)
    return out, kept_items or names


# --- as candidate rows -----------------------------------------------------------------------------


_CURRENT_PRICES = re.compile(r"按(?:现行|当年)价格?计算|按现价计算")
_AGES = re.compile(r"\d{1,3}(?:[-—~～至]\d{1,3})?(?:周)?岁(?:及以上|以上|以下)?")  # 0-14岁, 60岁及以上
_PLACE_GROUP = re.compile(  # 全省77个县(市)实现…; 环首都绿色经济圈14个县(市、区)实现…, 沿海三市YYYY年实现…
    r"(?:全(?:省|市|州|国)\d{1,4}个|[\u4e00-\u9fff]{2,8}?[一二三四五六七八九十\d]{1,3}个?|[“\"]?[十百]强)"
    r"(县|区|市|县[(（]市、?区?[)）]|县市区?|县区|市县|区县)[”\"]?(?:(?:19|20)\d{2}年)?(?=实现|完成|的|共|合计|$)"
)
_FARM_SECTOR = re.compile(  # a farm sector named alone under 农林牧渔业总产值
    r"农业|林业|牧业|畜牧业|渔业|[\u4e00-\u9fff]{0,6}服务业|[\u4e00-\u9fff]{0,10}辅助性活动"
)
_WEIGHT = ("吨", "万吨", "公斤", "千克", "万公斤", "亿公斤", "斤", "万斤", "亿斤")
_NOT_CROP = re.compile(r"产量|总量|出栏|存栏|产能|能力|量$|总计|合计|储备|消费|用量|排放")
# …规模以上工业增加值增长8%…轻工业增长8.0%, 股份制企业增长18.2%: their value added
_INDUSTRY_PARAGRAPH = re.compile(r"[^\n]{0,60}?(?:规模以上工业|规上工业)[^。\n]{0,6}增加值")
_INDUSTRY_TOPIC = re.compile(
    r"行业增加值|(?:分|从)(?:行业|门类)看[^。]{0,30}增加值|大类行业[^。]{0,20}增加值|工业增加值"
)
# 固定资产投资…增长8.3%。分产业看,第一产业下降30.4%: a paragraph on investment, by sector
# 固定资产投资…增长3.2%。按构成看:…。分产业看: the sectors' investment (no value added said between)
_INVEST_TOPIC = re.compile(
    r"固定资产投资(?:(?!增加值|生产总值|GDP)[^\n]){0,200}?(?:分产业看|分三次产业看|按产业分)"
)
_SECTOR_STATISTIC = re.compile(  # a farm sector's output value, a sector's contribution to growth
    r"(?:农业|林业|牧业|畜牧业|渔业|种植业|农林牧渔服务业)(?:总)?产值(?:增速)?"
    r"|第[一二三]产业(?:对[\u4e00-\u9fffA-Z]{0,8})?贡献率|第[一二三]产业拉动[\u4e00-\u9fffA-Z]{0,10}增长"
)
_PROJECTS_COUNTED = re.compile(
    r"(?:^|[，,、；;:：\n])(?:全年|今年|年内|初步|共|累计|其中)*"
    r"([\u4e00-\u9fff“”]{0,14}项目)\d+(?:\.\d+)?个[，,](?:计划)?总投资(?:额)?(?:达|约|为)?"
)
_PROJECT_SIZE = re.compile(
    r"的[^，,。；;、]{2,20}?(?:项目|基地|电站|产业链|工程|产业园|工业园|中心|工厂|生产线|储能|互补|综合体)(?=[，,。；;、]|$)"
)
# GDP总量最高的是青岛,4520.3亿元: the statistic, the superlative, the place, the figure
_BEST_IS = re.compile(
    r"([\u4e00-\u9fffA-Z]{2,10}?)(?:最高|最快|最低|最慢|最大|最多)的?(?:是|为)([\u4e00-\u9fff、]{2,16})"
    r"[，,]?(?:为|达到?|是)?\s*$"
)
# a sentence opening on a part of the economy's value added (its sectors follow under 其中)
_SECTORS_OWNER = re.compile(
    r"(?:全年|全市|全县|全区|全旗|全省)?((?:民营|非公有制|非公|个体私营|私营|县域|数字|海洋)经济)(?:实现|完成)?增加值"
)
# a bare attribute of the units a part opens on (从业人员, 注册资本 of 私营企业23439户), and that opening
_ATTRIBUTE = re.compile(r"从业人员|注册资本|注册资金|资金数额|出资总额|资产总额|资产总计|营业收入|利润总额")
_PART_OWNER = re.compile(
    r"(?:其中[,，:：]?)?([\u4e00-\u9fff()（）]{2,16}?)\d[\d.,]*(?:万|亿)?(?:户|家)"
)
_SECTOR_OPENS = re.compile(  # a sentence opening on a sector's value added: its later 增加值 is that
    r"(?:其中[,，:：]?)?(第[一二三]产业|[\u4e00-\u9fff]{1,8}?(?:产业|业))(?:实现|完成)?(?:增加值|产值)"
)
_BY_WHICH = re.compile(  # 以3037.4亿元的GDP总量稳坐第一, 以18.6%的增速紧随其后: 以 a figure 的 its noun
    r"的([\u4e00-\u9fffA-Za-z]{2,12}?)(?=[，,。；;、]|稳|位|居|排|领|列|跃|成为|继续|名|紧|在|高|低|实现|增长)"
)
_LIST_ITEM = re.compile(r"榜|排名|排行|百强|\d+强")  # an item that is a list
_ENUM_SCOPE_RANK = re.compile(
    r"(?:排名|位列|位居|居|排在|排|列|名列)(全省|全市|全国)(?:各[\u4e00-\u9fff]{0,4})?(?:第)?$"
)
_MOVE_HEAD = (
    r"(?:^|[，,、])([\u4e00-\u9fffA-Z]{0,8}?(?:总量|生产总值|GDP|收入|总额|规模|增速))(?:排名|位次)?"
    r"由(全省|全市|全国|全州|全区|全盟)?"
)
_MOVE_VERB = r"(?:位|名)?(?:上升|提升|跃升|跃居|前移|前进|升|下降|后移|回落|降)(?:至|到)"
_MOVE_FROM = re.compile(_MOVE_HEAD + r"(?:第)?$")
_MOVE_TO = re.compile(_MOVE_HEAD + r"第?(?:[一二三四五六七八九十]{1,3}|\d{1,3})" + _MOVE_VERB + r"(?:第)?$")
MOVE_FROM_NOTE = "the rank before a move (由第6位上升至第5位): the year before's, check it"


def _rank_move(doc, t, a, b, n, whens, clause_pre, last_subject, region) -> Found | None:
    """经济总量由全省第六位上升至第五位: the statistic's rank in its scope this year (to) and the year
    before (from)."""
    if n.form != "rank" and n.unit != "位":
        return None
    to = _MOVE_TO.search(clause_pre)
    start = _MOVE_FROM.search(clause_pre) if not to and re.match(_MOVE_VERB, t[b : b + 6]) else None
    m = to or start
    if not m:
        return None
    stat = gdp_named(m.group(1))
    if stat in ("总量", "规模", "增速"):
        stat = (last_subject + ("增速" if stat == "增速" else "")) if last_subject else ""
    if not stat:
        return None
    when = [w for w in whens if w.end <= n.start]
    period = when[-1].period if when else doc.default_period
    notes = ["the rank of a statistic in its scope"]
    if start:
        if not re.fullmatch(r"\d{4}", period or ""):
            return None
        period = str(int(period) - 1)
        notes.append(MOVE_FROM_NOTE)
    named = bool(indicator_code(stat, "亿元") or indicator_code(stat, "%"))
    conf = 0.55 if to and named else 0.45
    cs = a - len(clause_pre)
    return Found(
        region or doc.subject, f"{stat}{m.group(2) or ''}排名", period, n.value, "位", "rank",
        a, b, cs + m.start(1), conf, notes,
    )


_GROWTH_WORD = re.compile(r"(?:增速|增幅|增长率?)$")
_GROWTH_RANK = re.compile(
    r"(?:增速|增幅|增长)(?:均|也|继续|连续[^，,]{0,6}?)?"
    r"(?:居|位列|位居|跃居|升至|跃升至|排在|排名|排|列|保持|稳居|蝉联|在(?=全))"
    r"(全省|全市|全国|[\u4e00-\u9fff]{2,4}?(?:[(（][\u4e00-\u9fff、]{1,5}[)）])?)"
    # 全省14个市州: the scope and the count of its places
    r"(?:各[\u4e00-\u9fff]{0,4}|(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?[\u4e00-\u9fff]{1,4}?)?"
    r"(?:排名|排在|位列|位居)?$"
)  # 增速位居八县(市)第2位: a scope with its bracket; 增速跃居全省第一位; 增速在全省排名第三位
_YEARLESS_SPAN = re.compile(  # 前三季度, 1月至10月, 上半年: months named without their year
    r"(?<![\d年])(?:前三季度|[一二三四]季度|上半年|下半年|(?:1|一)(?:月)?[-—至到](?:\d{1,2}|十[一二]?|[二三四五六七八九])月|前\d{1,2}个?月)"
)
_ENUMERATION_VERB = re.compile(
    r"^(?:全年)?(?:分别|依次|均)(?:实现|完成|达到?|为)?(?=[\u4e00-\u9fffA-Za-z]{2})"
)
_MORE_THAN_BEFORE = re.compile(
    r"(?:比|较|相比|与)(?:上年|去年|上年同期|去年同期|(?:19|20)\d{2}年)(?:同期)?(?:相比)?(?:增加|增长|多|扩大|净增)了?$"
)
_STAT_RANK = re.compile(
    r"(?:^的?|[，,、])([\u4e00-\u9fffA-Z]{0,8}(?:产量|产值|总额|总量|增量|收入|增加值|人口|规模|数量|总产值|出口|进出口|生产总值"
    r"|GDP|综合实力|竞争力|余额))"  # 县域经济综合实力位居全省第5位, 增量居全国第3位, 存贷款余额均居全省第2位
    r"(?:均|都|继续|连续[^，,]{0,4}?|仍然?|依然)?(?:跃居|跃升|稳居|位居|位列|居|排名|排在|保持|蝉联)"
    # 数量居西部省份第2位
    r"(全省|全市|全国|全州|全区|全盟|中国|西部|中部|东部|)(?:县域|省份|省区市|地区)?(?:第)?$"
)  # 郑州一季度GDP位居第一: a statistic's rank, its scope said or not
# 地区生产总值在全省排名为第五: the statistic, then its scope, then the rank
_STAT_IN_RANK = re.compile(
    r"(?:^|[，,、])([\u4e00-\u9fffA-Z]{0,8}(?:生产总值|GDP|产量|产值|总额|总量|收入|增加值|人口|规模|出口|进出口))"
    r"在(全省|全市|全国|中国)[\u4e00-\u9fff]{0,6}?(?:排名|位居|位列|排在|排|居|列)(?:为|是)?"
    r"(?:有望)?(?:上升|提升|跃升|前移|升)?至?(?:第)?$"  # 总量在全国排名有望上升至第20位
)
# 总量全市第二,增速全市第一; 增长4.3%,增速全州排第1位
_GROWTH_RANK_BARE = re.compile(r"(?:增速|增幅)(全省|全市|全国|全州|全区|全盟)(?:排名?|居|位居|位列)?$")
_TOTAL_RANK = re.compile(r"(?:^|[，,、])(总量|规模)(全省|全市|全国)$")  # …417亿元,总量全市第二
_SCOPE_RANK = re.compile(
    r"^(?:均|也|继续|连续[^，,]{0,6}?)?(?:居|位列|位居|排在|排名|排|列|保持|稳居|蝉联|跃居)"
    r"(全省|全市|全国|全区|全州|全盟)"
    r"(?:各[\u4e00-\u9fff]{0,4}|(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?[\u4e00-\u9fff]{1,4}(?:[(（][^)）]{1,6}[)）])?)?$"
)  # 均居全市6县市第1位, 位列全区五市第四: the scope and the count of its members
# the statistic a list of places with their figures in brackets gives (各区县GDP数据…: 青山湖区(2466亿元))
_LISTED_STATISTIC = re.compile(r"GDP|地区生产总值|生产总值|一般公共预算收入|财政总收入|社会消费品零售总额")
_LEADING_NOUN = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?)(?:提速|扩量|保持|持续|稳步|加快|稳定|快速|大幅|回升|向好|领跑|势头|运行|增势|表现|稳居|位次|突破|"
    r"跨越|迈上|站上|圆满收官|收官)"
)
_STATISTIC = re.compile(
    r"(?:增加值|生产总值|总产值|零售总额|收入|支出|投资|余额|总额|常住人口)(?:增速|比重|两年平均增速)?$"
)


_SHARE_OF_GDP = re.compile(
    r"^(第[一二三]产业)(?:增加值)?占(?:全市|全省|全县|全区|全国|地区)?(?:生产总值|GDP|经济总量)(?:的)?(?:比重|比例)$"
)
_SHARE_OF = re.compile(
    r"([\u4e00-\u9fff]{2,}?)占(全市|全省|全县|全区|全国|全部)?([\u4e00-\u9fff]{2,}?)(?:总额|总量)?的?(?:比重|比例)?"
)
_URBAN_SHARE = re.compile(r"^城镇(?:常住)?人口占(?:年末)?(?:常住|总)?人口(?:的)?(?:比重|比例)$")
_CORE_STATISTIC = re.compile(
    r"第[一二三]产业比重|人均(?:GDP|地区生产总值|生产总值)(?:增速)?|(?:常住人口)?城镇化率"
)
_GAP = re.compile(r"(?:高于|低于|快于|慢于|高出|超出)[^，,。；;]{0,32}$|超过[^，,。；;]{0,12}$")
_MONEY_NOUN = re.compile(r"产值|收入|投资|总额|增加值|生产总值|GDP|销售额|税|资金|余额|支出|经济总量")
_ZONE = re.compile(r"开发区|高新区|园区|新区|工业园|产业园|示范区|自贸区|保税区")
# 园区规模工业增加值, 省级及以上园区…: the region's statistic over all its parks, not one named zone
_ALL_PARKS = re.compile(r"(?:全市|全县|全区|省级及以上|省级以上)?(?:产业)?园区(?!内)")
_PLANNED_STATISTIC = re.compile(
    r"(?:增加值|生产总值|总产值|产值|零售总额|收入|支出|投资|外资|总额|产量|出口|进出口|能耗|失业率|涨幅|赤字率)"
    r"(?:年均|实际)?(?:增速|比重|涨幅)?$"
)
_PAIR_VERB = re.compile(r"(?:到|至|为|达|实现|完成|只有|仅有|仅为)[^，,。；;]{0,10}$")
_CROP_TAIL = re.compile(r"(?:播种面积|种植面积|收获面积|面积|产量)$")
_LEVEL_NEXT = re.compile(r"[,，、]?(?:达到?|至|为)[\d０-９]")
_SECTOR_LIST = re.compile(r"(?:分|从)[\u4e00-\u9fff]{0,4}?(?:行业|产业|门类|领域|板块|类型)看?|其中")
_NOT_SECTOR = re.compile(r"投资|产量|收入|零售|销售|出口|进口|存款|贷款|人口|价格|面积|税|用电|利润|就业")
_STAT_TAIL = re.compile(r"(?:完成|实现)?(?:总产值|增加值|产值)$")
_BARE_STATISTIC = re.compile(r"(?:增加值|总产值|产值|收入|支出|投资|余额|总额|销售收入|营业收入)(?:增速)?")


@cache
def _vocabulary():
    from dashboard.extract.vocabulary import Vocabulary

    return Vocabulary.load()


def name_key(name: str) -> str:
    """The vocabulary's key of a name (imported late: the vocabulary reads the registry)."""
    from dashboard.extract.vocabulary import name_key as key

    return key(name)


STANDARD = "stat:"  # a code the vocabulary gives a data/statistics.csv name


def indicator_code(name: str, unit: str) -> str:
    """The registry code an indicator name stands for (its name, an alias or a list), else ''."""
    fam = _vocabulary().family(name, unit)
    codes = [c for c in fam if not c.startswith("new:")]
    return codes[0] if len(codes) == 1 else ""


# Words before or after a statistic's name that do not make it another statistic: the budget's owner
# (地方财政一般公共预算收入), 全社会 before retail sales, a place's own name (阿左旗地区生产总值), 数 after a
# population.
_CORE_NAME = (
    r"(?=地区生产总值|规模以上工业|规上工业|固定资产投资|社会消费品零售|一般公共预算收入|城镇居民人均|农村居民人均"
    r"|居民人均|进出口总|生产总值)"
)
_SAME_STATISTIC = (
    (re.compile(r"^(?:地方)?(?:公共)?财政(?=一般公共预算收入)"), ""),
    (re.compile(r"^本级(?=一般公共预算收入)"), ""),  # 玉州本级一般公共预算收入: its own level's
    (re.compile(r"^([\u4e00-\u9fff]{1,10}业)绝对值"), r"\1增加值"),  # 第三产业绝对值10035.2亿元
    (re.compile(r"^([\u4e00-\u9fff]{1,10}业)生产总值"), r"\1增加值"),  # 房地产业生产总值: its value added
    (re.compile(r"^全(?=社会消费品零售)"), ""),
    (re.compile(r"^(?:当月|单月|本月)"), ""),  # 10月当月完成增加值: the month is the period's
    (re.compile(r"^(限上|限额以上)?社消零(?:总额|总量)?"), r"\1社会消费品零售总额"),
    (re.compile(r"^限上(?=社会消费品|单位|商品)"), "限额以上"),
    (re.compile(r"^(户籍|常住|年末常住|年末户籍|总)人口(?:总)?数$"), r"\1人口"),
    (re.compile(r"^(?:全|本)?[\u4e00-\u9fff]{1,4}?[市县旗州](?<!城市)(?<!都市)" + _CORE_NAME), ""),
)


def _same_statistic(name: str) -> str:
    """A statistic's name without words that do not change which statistic it is."""
    for pattern, repl in _SAME_STATISTIC:
        name = pattern.sub(repl, name)
    return name


def candidates(text: str, *, source_id: str, doc_date: date | None, reg) -> list:
    """The clause reader's figures as Candidates (region and indicator codes where the data hold them)."""
    from dashboard.extract.candidate import Candidate

    doc, found = read(text, doc_date)
    out = []
    prev = None
    crops: dict[str, str] = {}  # a crop named by its weight (玉米 -> 玉米产量), for its growth after it
    # 县域经济总量(GDP)20强…濉溪县总量为491亿元: a bare 总量 in a text about economic output is the GDP
    economy = bool(re.search(r"经济总量|GDP|生产总值", doc.title + doc.norm.text[:300]))
    for f in found:
        if f.region is not None and not f.region.name:
            f.region = None  # the average of a list's places (百强县人均GDP) is no one place's
            f.notes.append("region unknown: a list of places")
        f.indicator = re.sub(r"(?:同比|同)(实际)?(增速|变化)$", r"\1\2", f.indicator)  # 同比(实际)增长
        f.indicator = _SHARE_OF_GDP.sub(r"\1比重", f.indicator)  # 第三产业增加值占全市生产总值的比重
        f.indicator = _URBAN_SHARE.sub("常住人口城镇化率", f.indicator)  # the definition of 城镇化率
        f.indicator = f.indicator.replace("一般性公共预算", "一般公共预算")  # the statistic's own name
        f.indicator = re.sub(r"(?<=生产总值)GDP(?=增速$|$)", "", f.indicator)  # 地区生产总值(GDP479.8亿元
        f.indicator = re.sub(r"^(?:GDP|地区生产总值|生产总值|经济)总量(?=增速$)", "地区生产总值", f.indicator)
        f.indicator = re.sub(r"^(农民|农村居民)纯收入", r"\1人均纯收入", f.indicator)
        f.indicator = re.sub(  # 全市生产总值年均增长7.8%: the statistic's full name
            r"^(?:全市|全县|全区)?生产总值(?=年均增速|两年平均增速|名义增速$|现价增速$|$|增速$)",
            "地区生产总值",
            f.indicator,
        )
        f.indicator = re.sub(r"^(?:按)?常住人口(?:计算的?)?(?=人均)", "", f.indicator)  # 常住人口人均GDP
        f.indicator = _same_statistic(f.indicator)
        if f.unit == "%" and f.indicator.endswith("增速") and _CURRENT_PRICES.search(
            doc.norm.text, max(f.quote_start, f.start - 16), f.start
        ):  # 按现行价格计算,同比增长11.0%: the nominal growth, beside the real one (按不变价格…7.8%)
            f.indicator = f.indicator[:-2] + "现价增速"
        if re.fullmatch(r"增加值(?:增速)?(?:变化)?", f.indicator) and _INDUSTRY_PARAGRAPH.match(
            doc.norm.text, doc.norm.text.rfind("\n", 0, f.start) + 1
        ):  # 规上工业降幅持续收窄。1-10月,全市规模以上工业增加值…。10月当月完成增加值…: the paragraph's
            f.indicator = "规模以上工业" + f.indicator
            f.notes.append("规模以上工业 taken from the paragraph's topic")
        if f.unit in ("亿元", "万元", "%") and re.fullmatch(r"(?:经济)?总量(增速)?", f.indicator) and economy:
            f.indicator = "地区生产总值" + (f.indicator[-2:] if f.indicator.endswith("增速") else "")
        # 44.848.3第三产业: cells run together (not 500万元及以上固定资产投资, a threshold)
        f.indicator = re.sub(r"^[\d.%]+(?=[\u4e00-\u9fff])(?!(?:万|亿)?元及?以上|周?岁)", "", f.indicator)
        # 规模以上工业累计完成增加值: 累计 is the span's, not the statistic's name
        f.indicator = re.sub(r"^(规模以上工业|规上工业)累计(?=增加值|总产值|产值)", r"\1", f.indicator)
        if re.fullmatch(r"第[一二三]产业", f.indicator) and f.unit in ("亿元", "万元"):
            f.indicator += "增加值"  # 第一产业54.91亿元: a sector's level is its value added
        if re.fullmatch(r"第[一二三]产业(?:增加值)?增速", f.indicator) and "增加值" not in doc.norm.text[
            f.quote_start : f.end
        ] and (
            _INVEST_TOPIC.search(doc.norm.text, doc.norm.text.rfind("\n", 0, f.start) + 1, f.start)
        ):  # 固定资产投资同比增长8.3%…。分产业看,第一产业下降30.4%: the sector's investment
            f.indicator = f.indicator[:4] + "投资增速"
            f.notes.append("投资 taken from the paragraph's topic")
        f.indicator = re.sub(r"^县域地区(?=.)", "县域", f.indicator)  # 县域地区地区生产总值: counties' GDP
        # 一般公共预算收入总量12.24亿元: the statistic, its 总量 a word of emphasis
        f.indicator = re.sub(r"(?<=收入|总值|投资|总额)总量(?=$|增速$)", "", f.indicator)
        # 五年累计固定资产投资, 五年累计…年均增速: the years summed are the period's (a span), not the name's
        f.indicator = re.sub(r"^[一二三四五六七八九十两\d]+年累计(?:完成|实现)?(?=.{2})", "", f.indicator)
        # 一产下降1.13个百分点: 一产 is 第一产业
        f.indicator = re.sub(r"^([一二三])产(?=变化$|比重|增加值|增速$|$)", r"第\1产业", f.indicator)
        if f.unit == "个百分点":  # 第三产业提3.4个百分点: a sector in points is its share
            f.indicator = re.sub(r"^(第[一二三]产业)(?:增加值)?变化$", r"\1比重变化", f.indicator)
        if f.unit == "%" and re.search(r"(?:价格|物价)(?:总水平)?$", f.indicator):  # 价格总水平…4%左右
            f.indicator = re.sub(r"总水平$", "", f.indicator) + "涨幅"  # a price level in percent is its rise
        share = _SHARE_OF.fullmatch(f.indicator) if f.unit == "%" else None
        if share:  # 工业投资占全市社会固定资产投资总额的51.7%: …占…比重 (…占比 of its own whole)
            part, scope, whole = share.group(1), share.group(2) or "", share.group(3)
            if scope in ("全国", "全省") and whole in part:  # 常住人口占全国人口总量的8.97%: the nation's
                f.indicator = f"{part}占{scope}比重"
            elif not re.fullmatch(r"总量约?|其|约", part):  # 总量约占全市的64%: whose, the clause before says
                f.indicator = part + "占比" if whole in part else f"{part}占{whole}比重"
        # 规模工业先进制造业增加值: the sector's value added (its scope is the statistic's own)
        f.indicator = re.sub(r"^规模(?:以上)?工业(?=[\u4e00-\u9fff]{2,}业增加值)", "", f.indicator)
        # 普宁、高州和廉江全年分别实现GDP总量为…: the statistic, without the verbs of the enumeration
        f.indicator = re.sub(_ENUMERATION_VERB, "", f.indicator)
        # 【农业】 农业增加值19.65亿元: a heading and the name it opens, one word
        f.indicator = re.sub(r"^([\u4e00-\u9fff]{2,4})\1(?=[\u4e00-\u9fff])", r"\1", f.indicator)
        # 全社会完成500万元以上项目固定资产投资: the statistic's old scope, no project's figure
        f.indicator = re.sub(r"^(?:\d+万元(?:及)?以上)?项目(?=固定资产投资)", "", f.indicator)
        f.indicator = re.sub(r"^(GDP|地区生产总值|生产总值)总量(?=$|增速$)", r"\1", f.indicator)  # GDP总量
        # 化工、机械制造等五大支柱产业…: the group the list stands for
        f.indicator = re.sub(r"^[^，,。；;]*?等(?=[一二三四五六七八九十两\d]+[大个项类])", "", f.indicator)
        f.indicator = re.sub(r"(?:同比)?(?:实际)?(增速变化)$", r"\1", f.indicator)  # 同比实际增长…加快1.0
        if f.unit == "%" and re.search(r"贡献$", f.indicator):  # 对经济增长的贡献达到65.1%: a rate
            f.indicator = re.sub(r"^(第[一二三]产业)增加值(?=对)", r"\1", f.indicator) + "率"
        if f.unit == "%":  # 食品烟酒类价格同比下降0.2%: a price's change is its rise
            f.indicator = re.sub(r"(类?价格)增速$", r"\1涨幅", f.indicator)
        if f.unit in _WEIGHT and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", f.indicator) and not _NOT_CROP.search(
            f.indicator
        ):  # 玉米60.3万吨,下降3.2%: a crop's weight is its output
            crops[f.indicator] = f.indicator + "产量"
            f.indicator += "产量"
        elif re.fullmatch(r"万?(?:台|辆|部|套|架|艘)", f.unit) and re.fullmatch(
            r"(?:生产)?[\u4e00-\u9fff]{2,8}", f.indicator
        ) and not _NOT_CROP.search(f.indicator):  # 生产笔记本电脑2576.4万台,同比增长10.2%: a product's output
            crops[f.indicator] = re.sub(r"^生产", "", f.indicator) + "产量"
            f.indicator = crops[f.indicator]
        elif f.unit in ("亿元", "万元") and _FARM_SECTOR.fullmatch(f.indicator) and "总产值" in doc.norm.text[
            doc.norm.text.rfind("\n", 0, f.start) + 1 : f.start
        ]:  # 农林牧渔业总产值…。其中,农业29.24亿元,增长4.9%: each sector's output value
            crops[f.indicator] = f.indicator + "产值"
            f.indicator += "产值"
            f.notes.append("产值 taken from the paragraph's 总产值")
        elif f.unit == "%" and f.indicator.endswith("增速") and crops.get(f.indicator[:-2]):
            f.indicator = crops[f.indicator[:-2]] + "增速"
        if re.search(r"(?:增加值|生产总值)实际增速$", f.indicator):  # value added grows in real terms
            f.indicator = f.indicator.replace("实际增速", "增速")
        if (
            prev is not None
            and re.fullmatch(r"[\u4e00-\u9fff]{2,12}业增速", f.indicator)
            and prev.indicator.endswith("增加值增速")
            and not re.search(r"[。;；\n]", doc.norm.text[prev.end : f.start])
        ):  # 采矿业增加值下降0.2%,制造业增长7.4%: the sector's value added, as the list began
            f.indicator = f.indicator[:-2] + "增加值增速"
            f.notes.append("增加值 taken from the list's first item")
        elif (
            prev is not None
            and prev.indicator.endswith("增加值增速")
            and re.fullmatch(r"[\u4e00-\u9fff]{2,10}增速", f.indicator)
            and "增加值" not in f.indicator
            and not _NOT_SECTOR.search(f.indicator)
            and not re.search(r"[。\n]", between := doc.norm.text[prev.end : f.start])
            and (_SECTOR_LIST.search(between) or "增加值 taken from the list's first item" in prev.notes)
        ):  # 规上工业增加值增长7.8%;分产业看,装备制造增长38.7%,新型材料增长30.3%: each industry's value added
            f.indicator = f.indicator[:-2] + "增加值增速"
            f.notes.append("增加值 taken from the list's first item")
        elif (
            re.fullmatch(r"[\u4e00-\u9fff、·]{2,24}(?:业|企业)增速", f.indicator)
            and not _NOT_SECTOR.search(f.indicator)
            and _INDUSTRY_TOPIC.search(doc.norm.text, doc.norm.text.rfind("\n", 0, f.start) + 1, f.start)
        ):  # 分行业看,…14个行业增加值保持增长。其中,石油和天然气开采业增长27.3%: its value added
            opened = doc.norm.text[doc.norm.text.rfind("\n", 0, f.start) + 1 : f.start]
            said = re.split(r"[。；;]", opened)  # 六大重点产业产值增长1.9%。其中:…产业增长10.5%: its output
            output = len(said) >= 2 and "产值" in said[-2] and "增加值" not in said[-2] + said[-1]
            f.indicator = f.indicator[:-2] + ("产值增速" if output else "增加值增速")
            f.notes.append("产值 taken from the sentence before" if output else
                           "增加值 taken from the paragraph's topic (行业增加值)")
        elif (
            prev is not None
            and re.search(r"价格(?:涨幅|增速)$", prev.indicator)
            and re.fullmatch(r"(?:城市|农村|城镇|乡村)(?:增速|涨幅)", f.indicator)
            and "\n" not in doc.norm.text[prev.end : f.start]
        ):  # 全年居民消费价格比上年上涨1.8%。分城乡看,城市上涨1.7%,农村上涨2.0%: the city's prices
            base = re.sub(r"^(?:城市|农村|城镇|乡村)?(.*?)(?:涨幅|增速)$", r"\1", prev.indicator)
            f.indicator = f.indicator[:2] + base + "涨幅"
            f.notes.append("价格 taken from the list's first item")
        elif (
            prev is not None
            and re.search(r"价格|CPI|物价", prev.indicator)
            and re.fullmatch(r"[\u4e00-\u9fff]{2,12}类(?:增速|涨幅)", f.indicator)
            and "\n" not in doc.norm.text[prev.end : f.start]
        ):  # 居民消费价格上涨1.7%。八大类…价格中,食品烟酒类上涨1.0%: a category's price rise
            f.indicator = re.sub(r"(?:增速|涨幅)$", "价格涨幅", f.indicator)
            f.notes.append("价格 taken from the list's first item")
        prev = f
        # 规模以上工业企业完成总产值: the sector's output, named as statistics name it
        f.indicator = re.sub(r"(规模以上工业|规上工业)企业(?:工业)?(?=总产值|产值|增加值)", r"\1",
                             f.indicator)
        code = indicator_code(f.indicator, f.unit)
        own_list = re.search(r"the rank of (?:a growth|a statistic|the statistic)", " ".join(f.notes)) or (
            f.kind == "rank" and "aligned item by item" in f.notes
        )
        if own_list and code and code not in _vocabulary().codes.get(name_key(f.indicator), ()):
            code = ""  # 增速居全市第一, 经济综合实力…分别名列全国百强第37位: the text's own list name
        if code and f.kind == "rank" and narrower_scope(reg, code, f.indicator, ""):
            code = ""  # 全省县域经济综合实力排名: a province's own list, not a national one of like words
        if f.unit in ("年", "倍") and not code:
            continue  # 撤县设市40年, 增长近140倍: a span of years or a multiple, no statistic's value
        notes = list(f.notes)
        conf = f.confidence
        standard = code.startswith(STANDARD)  # a standard statistic the registry does not hold (yet)
        if standard:
            f.indicator, code = code[len(STANDARD) :], ""  # its standard name: 社零总额 -> 社会消费品零售总额
            notes.append("new indicator? (a standard statistic: data/statistics.csv)")
        elif not code:
            notes.append("new indicator?")
        # Calibrated on tests/corpus (share right per band): a registry indicator in money or percent with
        # its region and period is right most often; a proposed name, a count, a rank or a plan much less.
        if code and not reg.fits(code, f.unit):  # 湖州GDP增速超8%: a percent is no GDP
            code = ""
            notes.append("new indicator?")
        money = f.unit in ("%", "亿元", "万元", "元", "万亿元", "亿美元", "美元", "万人")
        money = money or bool(code and f.unit == "人")  # 常住人口98509人: a registry count in persons
        if "from the structure" in " ".join(f.notes):
            conf = 0.75 if f.period else 0.3  # (上杭 20XX年…三次产业比: the shares of a year unsaid)
        elif "a table row under its header" in f.notes:
            # under a proposed name: 33 of 34 such rows right on the corpus and sets T-Y (bulletins' sectors)
            placed = f.region and f.period
            conf = 0.8 if (code or standard) and placed else 0.55 if placed else 0.45
        elif f.kind in ("actual", "estimate") and f.approx in BOUNDS:
            conf = 0.4  # 突破1000亿元, 超过4000美元 (…,达到313.7亿元): a bound, not the figure
        elif (code or standard) and money and f.region and f.period:
            conf = 0.8 if f.kind in ("actual", "estimate") else 0.6
        elif (
            "the rank of a growth" in " ".join(f.notes)
            and f.region
            and f.period
            and (grown := indicator_code(f.indicator[: f.indicator.rindex("增速") + 2], "%"))
        ):
            conf = 0.55  # 增速居全省第一: the scope and the growth are both named
            if grown in reg.indicators:  # 规模以上工业企业增加值增速全市排名: under the registry's name
                f.indicator = reg.indicators[grown]["name_zh"] + f.indicator[f.indicator.rindex("增速") + 2 :]
        elif (
            "the rank of a statistic in its scope" in f.notes
            and MOVE_FROM_NOTE not in f.notes
            and f.region
            and f.period
            and indicator_code(re.sub(r"(?:全省|全市|全国|全州|全区|全盟)?排名$", "", f.indicator), "亿元")
        ):
            conf = 0.55  # 地区生产总值在全省排名为第五: a registry statistic, its scope named
        elif not f.region or not f.period:
            conf = min(conf, 0.3)
        elif _SECTOR_STATISTIC.fullmatch(f.indicator) and f.kind != "target":
            conf = 0.55  # 农业产值, 第一产业贡献率: 102 of 106 right or unread by the reader
        elif (doc.genre == "bulletin" and f.unit == "万吨" and f.kind == "actual" and f.region and f.period
              and f.indicator.endswith("产量") and len(f.indicator) <= 10):
            conf = 0.55  # 粮食总产量35.65万吨 in a bulletin: output in 万吨 (93 of 105 right on the corpus)
        elif (doc.genre in ("bulletin", "report") and f.unit == "%" and f.kind == "actual" and f.region
              and f.period and f.indicator.endswith("产量增速") and len(f.indicator) <= 10):
            conf = 0.55  # 粮食总产量…增长2.6%, 水泥产量增长5.1% in a bulletin: 160 of 181 right on the corpus
        elif (doc.genre == "bulletin" and ("价格 taken from the list's first item" in f.notes or (
                "aligned item by item" in f.notes and f.indicator.endswith("价格涨幅")
                and len(f.indicator) <= 12)) and f.region and f.period and f.kind == "actual"):
            conf = 0.55  # 居民消费价格上涨1.7%…食品烟酒类上涨1.0% in a bulletin: 33 of 35 right on the corpus
        elif f.kind == "rank" or not money:
            conf = 0.3
        elif _CORE_STATISTIC.fullmatch(f.indicator) and f.region and f.period and f.kind != "target":
            conf = 0.6  # a bulletin's standard statistic under its own name (第一产业比重, 人均GDP, 城镇化率)
        elif _BARE_STATISTIC.fullmatch(f.indicator):
            conf = 0.3  # 实现增加值37.90亿元: whose value added, the sentence before says
        elif f.kind in ("actual", "estimate") and _STATISTIC.search(f.indicator) and len(f.indicator) <= 14:
            conf = 0.55  # an official statistic's name (…增加值, …总额, …收入) read from its own clause
        elif f.kind == "target" and _PLANNED_STATISTIC.search(f.indicator) and len(f.indicator) <= 16:
            conf = 0.55  # a plan's target under a statistic's name (失业率5.5%左右): 24 of 24 right
        elif (
            f.indicator.endswith("年均增速")
            and re.fullmatch(r"\d{4}-\d{4}", f.period)
            and f.kind in ("actual", "estimate")
            and any(indicator_code(f.indicator[:-4], u) for u in ("亿元", "元"))
        ):
            conf = 0.55  # 地区生产总值年均增长6.9% over the years a review names: a registry statistic
        else:
            conf = 0.45
        if ONCE_NOTE in notes:
            conf = min(conf, 0.45)
        zoned = f.region and f.region.ours and f.region.ours == reg.home and reg.zone  # its 园区 is that zone
        if _ZONE.search(f.indicator) and (zoned or not _ALL_PARKS.match(f.indicator)):
            conf = min(conf, 0.3)  # 丽水经济技术开发区地区生产总值: a zone inside the region, not the region
            notes.append("a zone's figure, not the region's: check the region")
        # 开工一批项目37个,总投资154.5亿元: the projects' total investment, named by the projects counted
        opens = max(doc.norm.text.rfind(c, 0, f.start) for c in "。；;\n") + 1
        before = doc.norm.text[opens : f.start]
        counted = _PROJECTS_COUNTED.search(before)
        if counted and f.indicator in ("总投资", "总投资额", "计划总投资") and counted.end() == len(before):
            f.indicator = _strip_times(counted.group(1)) + "总投资"
        # 投资24亿元的能建数科压缩空气储能: a project's (投资1.4亿元的逸通云菜中央厨…: cut before its kind)
        after = doc.norm.text[f.end : f.end + 3]
        sized = _PROJECT_SIZE.match(doc.norm.text, f.end) or (
            f.indicator.endswith("投资") and re.match(r"的[\u4e00-\u9fff]{2}", after)
        )
        companys = re.search(r"集团|公司|团队|项目", f.indicator) or sized
        if companys and f.kind != "rank" and not (code or standard):
            conf = min(conf, 0.45)  # 东方希望集团投资40亿元, 市重点项目完成投资: one company's or project's
            notes.append("a company's or a project's figure, not the region's statistic: check it")
        opens = max(doc.norm.text.rfind(c, 0, f.start) for c in "。；;\n") + 1
        sentence = doc.norm.text[opens : f.end + 40]
        para = doc.norm.text[doc.norm.text.rfind("\n", 0, f.start) + 1 : f.start]
        if (
            f.kind in ("actual", "estimate")
            and re.search(r"累计", doc.norm.text[max(0, f.start - 14) : f.start])
            and ("年均" in sentence or _YEARS_BACK.search(para) or _PLAN_YEARS_SAID.search(para))
            and re.fullmatch(r"\d{4}", f.period)
        ):  # 累计完成固定资产投资2719亿元,年均增长6.5%: a sum over years the text does not name; 五年来,…;
            # 一般公共预算收入累计183.6亿元;…: a sum over the years the paragraph reviews
            conf = min(conf, 0.45)
            if re.fullmatch(r"\d{4}-\d{4}", doc.span) and doc.span.endswith(f.period):
                f.period = doc.span  # …过去的四年…累计完成232.75亿元,年均增长3.56%: the years reviewed
                notes.append("a sum over the years reviewed (累计…年均): check it")
            else:
                notes.append("a sum over several years (累计…年均): which years, check")
        if SPAN_GROWTH_NOTE in f.notes:
            conf = min(conf, 0.45)  # cumulative or the last year's, the text does not say outright
        if re.search(r"(?:折算|折合|约合|换算)[为成]?约?$", doc.norm.text[max(0, f.start - 8) : f.start]):
            conf = min(conf, 0.3)  # 118496元(按年平均汇率折算为17617美元): a conversion of the figure before
            notes.append("a conversion of the figure stated before")
        if f.indicator.endswith("两年平均增速"):
            conf = min(conf, 0.45)  # a derived average beside the year's own growth: check this
        # (均居全市6县市第1位: the scope of a rank, no group's figure)
        group = _PLACE_GROUP.search(doc.norm.text, opens, f.start) if f.kind != "rank" else None
        if group:  # 全省77个县(市)实现生产总值: theirs together (县域), 全省30个区: the districts' (市辖区)
            conf = min(conf, 0.45)
            whose = "县域" if "县" in group.group(1) else "市辖区" if group.group(1) == "区" else ""
            f.indicator = whose + re.sub(r"^(?:县|区|市|县市|县区)(?:实现|完成)?", "", f.indicator)
            notes.append("a group of places' total (N个县/区), not the region's own: check the region")
        if "增加值 taken from the list's first item" in notes:
            conf = min(conf, 0.45)  # the name is inferred: check this
        if UNALIGNED in notes:
            conf = min(conf, 0.4)  # 东旗、多伦、阿巴嘎…分别增长65.3%、52.6%…: whose number is which, unknown
        if f.approx:
            notes.append(f"approx: {f.approx}")
        region = f.region.ours or f.region.name if f.region else ""
        out.append(
            Candidate(
                region,
                code or f.indicator,
                f.period,
                f.value,
                f.unit,
                f.kind,
                source_id,
                doc.norm.quote(f.quote_start, f.end),
                round(conf, 2),
                "; ".join(notes),
                f.approx,
                f.stated,
                bool(f.region and f.region.ours),
                bool(code),
                f.start,
            )
        )
    return out


def about_home(text: str, reg) -> bool:
    """Whether a document is about the home region (data/site.csv) or a unit inside it, or names no
    region at all: the seed reader, built on the home region's own documents, reads those."""
    from dashboard import site

    norm = normalise(text[:20000])
    subject, _ = subject_of(norm.text, title_of(norm.text))
    if subject is None:
        return True
    home = site.home()
    inside = {home} | {code for code, name in reg.region_names.items() if _parent(code) == home}
    return subject.ours in inside


@cache
def _parent(code: str) -> str:
    from dashboard import config
    from dashboard.curated import read_all

    return {r["region_code"]: r["parent_code"] for r in read_all(config.DATA_DIR)["regions"]}.get(code, "")


def names_no_region(text: str) -> bool:
    """Whether a document names no region at all (its 全市 cannot be told)."""
    norm = normalise(text[:20000])
    return subject_of(norm.text, title_of(norm.text))[0] is None
