"""List the corpus candidates given to a region that match no expected figure, at any confidence.

    .venv/bin/python -m devtools.extract_wrong [REGION] [--doc DOC_ID] [--min 0.0] [--all]

REGION defaults to the home region (data/site.csv); only the documents about it are read unless --all.
Each wrong candidate is printed with the expected figure that shares its quote position's number, if any.
"""

from __future__ import annotations

import argparse

from dashboard.extract.indicators import Registry
from dashboard.extract.score import CORPUS_DIR, agree, extract_rows, figure, read_corpus
from dashboard.extract.vocabulary import Vocabulary, home_name, region_keys


def main() -> None:
    """Print the wrong candidates per document, then their count by confidence band."""
    p = argparse.ArgumentParser()
    p.add_argument("region", nargs="?", default=None)
    p.add_argument("--doc", default=None)
    p.add_argument("--min", type=float, default=0.0)
    p.add_argument("--all", action="store_true", help="every document, not only those about the region")
    args = p.parse_args()
    region = args.region or home_name()
    keys = region_keys(region)
    reg, vocab = Registry.load(), Vocabulary.load(scoring=True)
    docs, expected = read_corpus()
    bands: dict[str, list[int]] = {}
    for d in docs:
        if args.doc and d["doc_id"] != args.doc:
            continue
        about = any(region_keys(n) & keys for n in d["subject_region"].split(";"))
        if not (about or args.all):
            continue
        text, rows = extract_rows(CORPUS_DIR / d["file"], reg)
        exps = [figure(e, vocab) for e in expected.get(d["doc_id"], [])]
        mine = [r for r in rows if region_keys(r.get("region", "")) & keys]
        wrong = []
        for r in mine:
            c = figure(r, vocab)
            right = any(all(agree(c, e, vocab)) for e in exps)
            band = f"{min(int(c.confidence * 10), 9) / 10:.1f}"
            bands.setdefault(band, [0, 0])[right] += 1
            if not right and c.confidence >= args.min:
                wrong.append(r)
        if not wrong:
            continue
        print(f"\n== {d['doc_id']}: {len(wrong)} wrong of {len(mine)} given to {region}")
        for r in wrong:
            q = r["quote"].replace("\n", " ")
            what = f"{r['indicator']} = {r['value']} {r['unit']}"
            print(f"  {r['confidence']} {r['kind']:8} {r['period']:10} {what}  [{q[:90]}]  {r['note'][:80]}")
    print("\nconfidence band: wrong / right")
    for band in sorted(bands):
        print(f"  {band}: {bands[band][0]} / {bands[band][1]}")


if __name__ == "__main__":
    main()
