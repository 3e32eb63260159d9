"""Which region a cell names: a curated region (regions.csv) or any division by code, name or former name."""

# The keying rule (data/README.md): a region in regions.csv keeps its code (liling); any other
# division is keyed by its 6-digit national code (长沙县 -> 430121). A curated row's division_code
# makes both names one place: 醴陵市, 醴陵县 and 430281 all file under liling.

from __future__ import annotations

import difflib
from pathlib import Path

from dashboard import divisions
from dashboard.lookups import lookup, names
from dashboard.values import nfkc


class RegionNames:
    """Every way data may name a region -> the region code facts and imports use."""

    def __init__(self, regions: list[dict], register: divisions.Register | None = None):
        self.curated = names(regions, "region_code")
        self.register = register or divisions.register()
        self.by_division = {r["division_code"]: r["region_code"] for r in regions if r.get("division_code")}

    def code(self, text: str) -> str | None:
        """The region code a full name, former name or code stands for; None for an unknown name, a short
        name (醴陵) or a name several divisions share (鼓楼区)."""
        found = lookup(self.curated, text)
        if found:
            return found
        s = nfkc(text).strip()
        found = [self.register.get(s)] if self.register.get(s) else (
            self.register.names["name"].get(s) or self.register.names["former"].get(s) or [])
        if len(found) != 1:  # unknown, a short name (醴陵: ask for the full name), or shared (鼓楼区)
            return None
        return self.by_division.get(found[0].code, found[0].code)

    def known(self, code: str) -> bool:
        """Whether a region code is a curated region or a national division code."""
        return code in self.curated or self.register.get(code) is not None

    def suggest(self, text: str, n: int = 3) -> str:
        """The closest names, curated first, then divisions (株州 -> 株洲市), joined with 、."""
        keys = [k for k in self.curated if not k.isascii() or k == k.lower()]
        curated = difflib.get_close_matches(text, keys, n=n, cutoff=0.4)
        more = self.register.suggest(text, n=n)
        return "、".join(list(dict.fromkeys([*curated, *more]))[:n])


def for_data(data: dict, data_dir: Path | None = None) -> RegionNames:
    """The region names of a data folder's curated tables (read_all's dict)."""
    path = Path(data_dir) / "divisions.csv" if data_dir else None
    return RegionNames(data["regions"], divisions.register(path) if path and path.exists() else None)
