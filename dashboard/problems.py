"""One thing wrong with an upload or an import, in Chinese and English."""

from __future__ import annotations

from dataclasses import dataclass

MAX_ECHO = 40  # characters of an uploaded value repeated in a message


def short(text: str) -> str:
    """An uploaded value as a message repeats it: at most MAX_ECHO characters."""
    text = str(text)
    return text if len(text) <= MAX_ECHO else text[:MAX_ECHO] + "…"


@dataclass
class Problem:
    """One thing wrong with an upload, in plain words (row = the spreadsheet row, 1 = header)."""

    row: int | None
    zh: str
    en: str

    def text(self, lang: str) -> str:
        where = "" if self.row is None else (f"第{self.row}行：" if lang == "zh" else f"row {self.row}: ")
        return where + (self.en if lang == "en" else self.zh)
