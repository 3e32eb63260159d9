"""One proposed row of the intake: a Candidate in the import format, with how sure and why."""

from __future__ import annotations

from dataclasses import dataclass


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
