"""One proposed row of the intake (a Candidate) and the publisher phrase of a ranking list."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PUBLISHER = re.compile(
    r"由([^，,。；;]{2,24}?)(?:发布|公布|评选|评定|揭晓)|([^，,。；;由]{2,24}?)(?:发布|公布)的"
)


@dataclass
class Candidate:
    """One proposed row in the import format, with how sure the extractor is and why."""

    region: str
    indicator: str
    period: str
    value: float
    unit: str
    kind: str
    source: str
    quote: str
    confidence: float
    note: str = ""
    approx: str = ""
    stated: str = ""
    region_known: bool = True
    indicator_known: bool = True
    start: int = 0  # position of the number in the prepared text

    @property
    def key(self) -> tuple:
        return (self.region, self.indicator, self.period, self.kind, round(self.value, 6), self.unit)
