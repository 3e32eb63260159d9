"""Figures and chart data as CSV/XLSX (the columns of `dashboard facts`), neutralised for spreadsheets."""

from __future__ import annotations

import csv
import io

import pandas as pd

from dashboard import config
from dashboard.charts import Chart

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_number(value: float) -> str:
    """A value as plain text: 737.6, 15000, 0.333333 (no exponent, no trailing .0)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if isinstance(text, str) and text.startswith(FORMULA_START) else text


def facts_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The export columns (region, indicator, period, value, unit, kind, source, quote), text neutralised."""
    out = df[config.FACTS_EXPORT_COLUMNS].copy()
    for col in ("region", "indicator", "period", "unit", "kind", "source", "quote"):
        out[col] = out[col].map(neutralise)
    return out


def facts_csv(df: pd.DataFrame) -> str:
    """CSV text of the figures, header exactly as the facts command prints it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(config.FACTS_EXPORT_COLUMNS)
    for row in facts_frame(df).itertuples(index=False):
        writer.writerow([row.region, row.indicator, row.period, csv_number(row.value), row.unit,
                         row.kind, row.source, row.quote])
    return buf.getvalue()


def facts_xlsx(df: pd.DataFrame) -> bytes:
    """An Excel workbook of the figures (one sheet, same columns as the CSV)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        facts_frame(df).to_excel(writer, index=False, sheet_name="facts")
    return buf.getvalue()



def chart_data_frame(chart: Chart) -> pd.DataFrame:
    """The plotted rows, minus the long text columns, neutralised for spreadsheets."""
    df = chart.data.drop(columns=[c for c in ("text", "quote_html") if c in chart.data.columns])
    return df.map(neutralise)


def chart_data_csv(chart: Chart) -> bytes:
    """The plotted rows as CSV (UTF-8 with BOM, so a spreadsheet reads the Chinese)."""
    return chart_data_frame(chart).to_csv(index=False).encode("utf-8-sig")


def chart_data_xlsx(chart: Chart) -> bytes:
    """The plotted rows as an Excel workbook (one sheet)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        chart_data_frame(chart).to_excel(writer, index=False, sheet_name="data")
    return buf.getvalue()

