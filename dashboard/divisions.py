"""China's administrative divisions (data/divisions.csv): lookups by code and name, and in a text."""

from __future__ import annotations

import csv
import difflib
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard import config
from dashboard.values import nfkc

# After a short name these make it a river, lake, road or school, not the unit (浏阳河 is not 浏阳市).
FEATURES = ("河", "江", "湖", "路", "街", "大道", "大学")
# Full names that are everyday words (中心城区, 东区): never taken from a text.
GENERIC = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区",
           "老城区", "新城区", "城关区", "市中区", "城中区", "解放区"}


@dataclass(frozen=True)
class Division:
    """One province, prefecture or county-level unit."""

    code: str
    name_zh: str
    short_name: str
    level: str  # province / prefecture / county
    parent_code: str
    province_code: str
    former_names: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """A place in a text that names divisions: text[start:end], how (name/former/short), the candidates."""

    start: int
    end: int
    text: str
    how: str
    candidates: tuple[Division, ...]

    @property
    def division(self) -> Division | None:
        """The one division meant, or None when the name is shared (鼓楼区). A short name shared by a
        city and its own county (南昌: 南昌市, 南昌县) is the city, as the county is written in full."""
        if len(self.candidates) == 1:
            return self.candidates[0]
        cities = [d for d in self.candidates if d.level == "prefecture"]
        if self.how == "short" and len(cities) == 1 and all(
            d is cities[0] or d.parent_code == cities[0].code for d in self.candidates
        ):
            return cities[0]
        return None


def _banner_short(name: str) -> str:
    """察哈尔右翼后旗 -> 察右后旗, 土默特左旗 -> 土左旗, 东乌珠穆沁旗 -> 东乌旗; else ""."""
    if m := re.fullmatch(r"(.)[\u4e00-\u9fff]{1,3}([左右])翼([前中后])旗", name):
        return m.group(1) + m.group(2) + m.group(3) + "旗"
    if m := re.fullmatch(r"(.)[\u4e00-\u9fff]{1,3}([左右前中后])旗", name):
        return m.group(1) + m.group(2) + "旗"
    if m := re.fullmatch(r"([东西])(.)[\u4e00-\u9fff]{2,4}旗", name):
        return m.group(1) + m.group(2) + "旗"
    return ""


class Register:
    """The divisions, indexed by code, by every name, and by parent."""

    def __init__(self, divisions: list[Division]):
        self.by_code = {d.code: d for d in divisions}
        self.names: dict[str, dict[str, list[Division]]] = {"name": {}, "former": {}, "short": {}}
        self.kids: dict[str, list[Division]] = {}
        for d in divisions:
            self.names["name"].setdefault(d.name_zh, []).append(d)
            for former in d.former_names:
                self.names["former"].setdefault(former, []).append(d)
            if d.short_name:
                self.names["short"].setdefault(d.short_name, []).append(d)
            self.kids.setdefault(d.parent_code, []).append(d)
        # 新津县 for 新津区, 监利县 for 监利市: a district or a city made of a county (撤县设区, 撤县设市);
        # one made up as X城市 counts only inside `within` (皖江城市带 is no 江城市, 阳江's 江城区)
        self.made: set[str] = set()
        for d in divisions:
            if d.level == "county" and d.name_zh[-1] in "区市" and len(d.short_name) >= 2:
                for former in (d.short_name + "县", d.short_name + "市"):
                    known = self.names["former"].get(former, [])
                    if former not in self.names["name"] and d not in known:
                        self.names["former"].setdefault(former, []).append(d)
                        if not known:
                            self.made.add(former)
        # 察右后旗, 土左旗, 鄂前旗, 东乌旗: the short forms Inner Mongolia's banners go by
        for d in divisions:
            short = _banner_short(d.name_zh) if d.level == "county" else ""
            if short and short not in self.names["name"] and short not in self.names["former"]:
                self.names["former"].setdefault(short, []).append(d)
        self.longest = max(len(n) for kind in self.names.values() for n in kind)
        self.initials = {n[0] for kind in self.names.values() for n in kind}

    def get(self, code: str) -> Division | None:
        """The division with this national code."""
        return self.by_code.get(str(code).strip())

    def named(self, name: str) -> tuple[Division, ...]:
        """Every division this name stands for: full name first, then former, then short name."""
        s = nfkc(name).strip()
        for how in ("name", "former", "short"):
            if s in self.names[how]:
                return tuple(self.names[how][s])
        return ()

    def resolve(self, name: str, within: str | None = None) -> Division | None:
        """The one division a name (or code) stands for, inside `within` (a code) when given; else None."""
        by_code = self.get(name)
        if by_code:
            return by_code
        found = [d for d in self.named(name) if within is None or self.is_within(d, within)]
        return found[0] if len(found) == 1 else None

    def children(self, code: str) -> list[Division]:
        """The units directly under this one, by code."""
        return sorted(self.kids.get(code, []), key=lambda d: d.code)

    def is_within(self, d: Division, code: str) -> bool:
        """Whether the division is the unit `code` or lies inside it."""
        while d is not None:
            if d.code == code:
                return True
            d = self.by_code.get(d.parent_code)
        return False

    def suggest(self, name: str, n: int = 5, within: str | None = None) -> list[str]:
        """Full names of the divisions whose names are closest to an unknown one (株州市 -> 株洲市).

        Ties (株州市 is as close to 高州市) go to units inside `within`, then to a longer shared start.
        """
        s = nfkc(name).strip()
        every = {k: ds for kind in self.names.values() for k, ds in kind.items()}
        scored = []
        for k in difflib.get_close_matches(s, list(every), n=100, cutoff=0.5):
            ratio = difflib.SequenceMatcher(None, s, k).ratio()
            start = len(os.path.commonprefix([s, k]))
            for d in every[k]:
                inside = bool(within) and self.is_within(d, within)
                scored.append((-ratio, not inside, -start, d.code, d.name_zh))
        return list(dict.fromkeys(full for *_, full in sorted(scored)))[:n]

    def find_in_text(self, text: str, within: str | None = None) -> list[Mention]:
        """The divisions a text names, left to right, the longest name first at each place.

        Former names and full names of three characters or more count anywhere; a shared name keeps
        the candidates inside `within` (a code) if any. A county's short name (醴陵) or two-character
        name (攸县) counts only inside `within`, so 示范县 is not 范县 and 资源 is not 资源县; a short
        name followed by a river or road (浏阳河) is not the unit.
        """
        out, i = [], 0
        while i < len(text):
            hit = self._hit_at(text, i, within)
            if hit:
                out.append(hit)
                i = hit.end
                if kid := self._generic_child(text, i, hit):  # 阳泉市郊区: a common name right after its city
                    out.append(kid)
                    i = kid.end
            else:
                i += 1
        return out

    def _generic_child(self, text: str, i: int, parent: Mention) -> Mention | None:
        """A district of a common name (郊区, 城关区) written right after its city's name: that one."""
        for s in sorted(GENERIC, key=len, reverse=True):
            if text.startswith(s, i):
                parents = {p.code for p in parent.candidates}
                ds = [d for d in self.names["name"].get(s, ()) if d.parent_code in parents]
                if ds:
                    return Mention(i, i + len(s), s, "name", tuple(ds))
        return None

    def _hit_at(self, text: str, i: int, within: str | None) -> Mention | None:
        """The longest name starting at text[i], if it names a division here."""
        if text[i] not in self.initials:
            return None
        for end in range(min(len(text), i + self.longest), i + 1, -1):
            s = text[i:end]
            for how in ("name", "former", "short"):
                found = self.names[how].get(s)
                if not found or (how == "name" and s in GENERIC):
                    continue
                if how == "short" and text.startswith(FEATURES, end):
                    continue
                if len(s) == 2 and s[-1] == "县" and text[end : end + 1] == "级":
                    continue  # 最佳县级市榜: the word 县级, not 佳县
                if s[-1] == "县" and text[end : end + 2] == "级市":
                    continue  # 中国最富裕县级市: the word 县级市, not 富裕县
                if how == "short" and found[0].level == "prefecture" and text[end : end + 1] == "县":
                    continue  # 上饶县 (广信区 since): a county of the city's name, not the city
                inside = [d for d in found if within and self.is_within(d, within)]
                if not inside and how != "former" and found[0].level == "county" and (
                    how == "short" or len(s) == 2
                ):
                    continue
                if not inside and how == "former" and s in self.made and s.endswith("城市"):
                    continue
                ds = inside or found
                if how == "short" and len(ds) == 1 and text[end : end + 1] == ds[0].name_zh[-1] in "州盟":
                    end, s = end + 1, s + text[end]  # 黔东南州: the autonomous prefecture by its short name
                return Mention(i, end, s, how, tuple(ds))
        return None


def read(path: Path) -> list[Division]:
    """The divisions of a divisions.csv file."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Division(r["code"], r["name_zh"], r["short_name"], r["level"], r["parent_code"],
                     r["province_code"], tuple(n for n in r["former_names"].split("|") if n))
            for r in csv.DictReader(f)
        ]


@functools.lru_cache(maxsize=4)
def register(path: Path | None = None) -> Register:
    """The register of data/divisions.csv (read once per process)."""
    return Register(read(path or config.DATA_DIR / "divisions.csv"))


@functools.lru_cache(maxsize=4)
def names_pattern(levels: tuple[str, ...] = ("province", "prefecture")) -> str:
    """A regex alternation of the full and short names of the divisions of these levels, longest first
    (湖南省|湖南|株洲市|株洲|…): for patterns that allow a place's province or city before or after it."""
    names = set()
    for d in read(config.DATA_DIR / "divisions.csv"):
        if d.level in levels:
            names.update(n for n in (d.name_zh, d.short_name) if len(n) >= 2)
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


def map_path(province_code: str, level: str) -> Path:
    """The simplified GeoJSON of a province's counties or prefectures (level county / prefecture)."""
    return config.DATA_DIR / "geo" / f"{province_code}_{level}.geojson"
