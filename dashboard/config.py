"""Where the project's files live; every module asks here rather than building paths."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("DASHBOARD_DATA_DIR", ROOT / "data"))
QUERIES_DIR = ROOT / "queries"
MODELS_DIR = ROOT / "models"  # the build's derived tables, one SQL file each
DB_PATH = Path(os.environ.get("DASHBOARD_DB", DATA_DIR / "economy.duckdb"))

# The columns of `python -m dashboard facts` and of the data explorer's downloads.
FACTS_EXPORT_COLUMNS = ["region", "indicator", "period", "value", "unit", "kind", "source", "quote"]
