"""Report intake: read a report and propose its figures as import rows, each with a verbatim quote."""

from __future__ import annotations

import csv
import io
import os
import pickle
import re
import subprocess
import sys
from datetime import date
from functools import cache

from dashboard import config
from dashboard.documents import DocumentError
from dashboard.extract.candidates import Candidate, extract
from dashboard.extract.indicators import Registry

CSV_COLUMNS = config.FACTS_EXPORT_COLUMNS + ["confidence", "note"]
MAX_TEXT_BYTES = 2 * 1024 * 1024  # a report's text (UTF-8); the seed documents are 8-18 kB
MAX_LINE_CHARS = 20_000  # one line (paragraph) of it; the seed documents' longest is under 1 000
TIMEOUT = 30.0  # seconds an extraction may run in its worker process

__all__ = ["CSV_COLUMNS", "Candidate", "IntakeError", "Registry", "candidates_csv", "document_date",
           "extract", "intake_problem", "rows", "run_bounded"]


class IntakeError(DocumentError):
    """Why a report is not read (too large, a line too long, too slow), in Chinese and English."""


def intake_problem(text: str) -> IntakeError | None:
    """The limit a report's text breaks (size, line length), or None."""
    size, limit = len(text.encode("utf-8")) / 1048576, MAX_TEXT_BYTES // 1048576
    if size > limit:
        return IntakeError(f"文本过大（{size:.1f} MB，上限 {limit} MB）：请分成几部分录入。",
                           f"the text is too large ({size:.1f} MB, at most {limit} MB): split it into parts.")
    for n, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            return IntakeError(f"第 {n} 行过长（{len(line)} 字符，上限 {MAX_LINE_CHARS}）：请分段换行。",
                               f"line {n} is too long ({len(line)} characters, at most {MAX_LINE_CHARS}): "
                               "break the text into paragraphs.")
    return None


_WORKER = "from dashboard.extract import _serve; _serve()"


def _serve() -> None:
    """The worker process: the pickled arguments on stdin, the pickled candidates on stdout."""
    text, source_id, doc_date, registry = pickle.load(sys.stdin.buffer)
    try:
        out = ("ok", extract(text, source_id=source_id, doc_date=doc_date, registry=registry))
    except Exception as e:  # the caller raises it as an IntakeError
        out = ("error", f"{type(e).__name__}: {e}")
    pickle.dump(out, sys.stdout.buffer)


def run_bounded(text: str, *, source_id: str, doc_date: date | None, registry: Registry | None = None,
                timeout: float = TIMEOUT) -> list[Candidate]:
    """`extract` within the limits: size and line length checked first, then a worker process that
    is killed after `timeout` seconds (a page's script thread cannot be interrupted, a process can).
    Raises IntakeError with a zh/en message."""
    problem = intake_problem(text)
    if problem:
        raise problem
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(config.ROOT), os.environ.get("PYTHONPATH", "")]))
    # A fresh interpreter, not multiprocessing: a Streamlit page runs as __main__, which a spawned
    # child would run again; a fork of the threaded server is not safe.
    proc = subprocess.Popen([sys.executable, "-c", _WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=config.ROOT)
    try:
        stdout, stderr = proc.communicate(pickle.dumps((text, source_id, doc_date, registry)), timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise IntakeError(f"识别超时（超过 {timeout:g} 秒）：请把报告分成几部分录入。",
                          f"reading the report took longer than {timeout:g} s: split it into parts."
                          ) from None
    try:
        status, value = pickle.loads(stdout)  # our own worker's output
    except Exception:
        last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {proc.returncode}"]
        status, value = "error", last[0]
    if status != "ok":
        raise IntakeError(f"识别失败：{value}", f"reading the report failed: {value}")
    return value


def rows(cands: list[Candidate], reg: Registry) -> list[dict[str, str]]:
    """Candidates as import rows: region and indicator by Chinese name (imports resolves names)."""
    out = []
    for c in cands:
        region = reg.region_names.get(c.region, c.region) if c.region_known else c.region
        indicator = c.indicator
        if c.indicator_known and indicator in reg.indicators:
            indicator = reg.indicators[indicator]["name_zh"]
        out.append(
            {
                "region": region,
                "indicator": indicator,
                "period": c.period,
                "value": f"{c.value:.15g}",
                "unit": c.unit,
                "kind": c.kind,
                "source": c.source,
                "quote": c.quote,
                "confidence": f"{c.confidence:.2f}",
                "note": c.note,
            }
        )
    return out


def candidates_csv(cands: list[Candidate], reg: Registry) -> bytes:
    """The candidate file: the import columns, then confidence and note (UTF-8 with BOM for Excel)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, CSV_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows(cands, reg))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


@cache
def _anniversaries() -> tuple[tuple[str, int], ...]:
    """The founding years anniversaries count from (data/anniversaries.csv)."""
    with open(config.DATA_DIR / "anniversaries.csv", encoding="utf-8-sig", newline="") as f:
        return tuple((r["word"], int(r["founded"])) for r in csv.DictReader(f))


def _to_simple(text: str) -> str:
    """The text in simplified characters (the date rules are written in them)."""
    from dashboard.extract.clauses import normalise

    return normalise(text[:20000]).text


def _anniversary_years(text: str) -> list[int]:
    """庆祝建党100周年, 新中国成立70周年: the years those anniversaries fall in."""
    out = []
    for word, founded in _anniversaries():
        for m in re.finditer(rf"{word}(\d{{2,3}})周年", text):
            out.append(founded + int(m.group(1)))
    return out


def _reposted(text: str, dated: date) -> date | None:
    """A story a site reposted years later (发表于 a recent date; 8月22日,中郡研究所发布《YYYY县域经济
    发展报告》 with no year near the date line's): the story's own day, in the year of what it announces."""
    simple = _to_simple(text)
    stamp = rf"{dated.year}\s*[-/.年]\s*0?{dated.month}\s*[-/.月]\s*0?{dated.day}"  # the date line's own date
    body = "\n".join(
        ln for ln in simple.split("\n")
        if not (str(dated.year) in ln and re.search(r"发表|发布时间|日期|更新|来源|时间|编辑", ln))
        and not re.search(stamp, ln)
    )
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", body)]
    m = re.search(
        r"(?:^|\n)(\d{1,2})月(\d{1,2})日[,，][^。\n]{0,60}?(?:发布|召开|举行|揭晓|公布)[^。\n]{0,20}?"
        r"《((?:19|20)\d{2})",
        body,
    )
    if not years or max(years) > dated.year - 2:
        return None
    if m and int(m.group(3)) == max(years):
        try:
            return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
    # 浙江省YYYY年上半年GDP增长2.5%…而上半年,长兴GDP…(今年上半年): a span of the latest year it names, not
    # a base of comparison, in a story that speaks of 今年
    span = rf"(?<![比较同与自从]){max(years)}年(?:上半年|一季度|前三季度|[1-9]\d?[-—至~]\d{{1,2}}月)"
    if "今年" in body and re.search(span, body):
        return date(max(years), dated.month, min(dated.day, 28))
    return None


def document_date(
    text: str, *, given: date | None = None, source_id: str | None = None, reg: Registry | None = None
) -> tuple[date | None, str]:
    """The document's date and how it was found: given, registered source, latest full date, or none."""
    if given:
        return given, "given"
    if source_id and reg and source_id in reg.sources and reg.sources[source_id].get("date_from"):
        return date.fromisoformat(reg.sources[source_id]["date_from"]), "sources.csv date_from"
    from dashboard.extract.clauses import date_in_text

    found, how = date_in_text(text)
    if found:
        return _reposted(text, found) or found, how
    found = []
    for m in _FULL_DATE.finditer(text):
        try:
            found.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    if found:
        return max(found), "latest full date in the text"
    from dashboard.extract.clauses import COMPARED, FOUNDED, compared_only_year

    # (…研究所成立于YYYY年: a founding, no date of the document)
    named = [(int(m.group(1)), COMPARED.search(text[max(0, m.start() - 4) : m.start()]))
             for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})年", text)
             if not FOUNDED.search(text[max(0, m.start() - 4) : m.start()])]
    years = [y for y, compared in named if not compared]
    if named and not years and re.search(r"两年平均|同比", text):
        years = [compared_only_year(text)]  # 11月2日…比YYYY年同期, 两年平均: a year after the bases it names
    elif not years:
        years = [y for y, _ in named]
    years = years or [  # 《YYYY县域经济…报告》, YYYY中国县域经济百强, 全国百强县排名YYYY: an edition
        int(y) for y in re.findall(
            r"(?<![\d.])((?:19|20)\d{2})(?=中国|全国|县域|年度|第)|(?<=排名|榜单|百强)((?:19|20)\d{2})(?!\d)",
            text,
        ) for y in y if y
    ]
    day = re.search(r"(?<![\d年])(\d{1,2})月(\d{1,2})日", text)
    years += _anniversary_years(text)  # 庆祝建党100周年: the year of the anniversary it celebrates
    if years and day:
        year = max(years)
        done = rf"回顾了?{year}年|{year}年(?:工作)?回顾|{year}年(?:全年|合计|累计|1[~～\-—至到]12月)"
        simple = _to_simple(text)
        plans = re.search(  # the year it plans
            rf"{year}年[^。]{{0,12}}(?:安排|目标|计划|预期|任务|重点工作|主要工作|工作思路)", simple
        )
        # 2月15日,X县召开第十七届人民代表大会…政府工作报告。报告指出,YYYY年…: a session early in the year
        # after the last year it names, when it plans no year of its own
        session = (
            re.search(r"人民代表大会|人大", simple)
            and "政府工作报告" in simple
            and re.search(rf"(?:报告(?:指出|强调|显示|回顾|总结)|回首|过去的?|介绍)[^。]{{0,6}}{year}年",
                          simple)
        )  # 报告指出,YYYY年…: the year it names is the one reviewed (not 看YYYY年…怎么干, the year planned)
        if int(day.group(1)) >= 11 and plans and year - 1 in years:
            year -= 1  # 12月10日…人民代表大会…YYYY年…;YYYY+1年工作安排: a late session planning the next
        elif int(day.group(1)) <= 4 and re.search(done, simple) or (
            int(day.group(1)) <= 2 and "全年" in simple and not plans
        ) or (int(day.group(1)) <= 3 and session and not plans):
            year += 1  # 3月2日…回顾YYYY年, 1月31日…YYYY年…全年完成: early in the year after
        try:
            return date(year, int(day.group(1)), int(day.group(2))), "year and day named apart in the text"
        except ValueError:
            pass
    return None, "unknown"
