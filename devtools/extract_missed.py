"""List the corpus's expected figures the extractor misses, or finds only below the confidence line.

    .venv/bin/python -m devtools.extract_missed [--doc DOC_ID] [--genre GENRE] [--weak]

Each expected figure no candidate matches is printed with the candidates that share its value (what the
extractor did with that number); --weak also lists figures matched only by candidates below 0.5.
"""

from __future__ import annotations

import argparse

from dashboard.extract.indicators import Registry
from dashboard.extract.score import CONFIDENT, CORPUS_DIR, agree, extract_rows, figure, read_corpus
from dashboard.extract.vocabulary import Vocabulary


def main() -> None:
    """Print, per document, the missed (and with --weak the unconfident) expected figures."""
    p = argparse.ArgumentParser()
    p.add_argument("--doc", default=None)
    p.add_argument("--genre", default=None)
    p.add_argument("--weak", action="store_true", help="also figures found only below the confidence line")
    args = p.parse_args()
    reg, vocab = Registry.load(), Vocabulary.load(scoring=True)
    docs, expected = read_corpus()
    for d in docs:
        if (args.doc and d["doc_id"] != args.doc) or (args.genre and d["genre"] != args.genre):
            continue
        _, rows = extract_rows(CORPUS_DIR / d["file"], reg)
        cands = [(r, figure(r, vocab)) for r in rows]
        lines = []
        for e_row in expected.get(d["doc_id"], []):
            e = figure(e_row, vocab)
            by = [c for _, c in cands if all(agree(c, e, vocab))]
            if by and (max(c.confidence for c in by) >= CONFIDENT or not args.weak):
                continue
            tag = "weak" if by else "MISS"
            e_ = e_row
            what = f"{e_['region']} {e_['indicator']} {e_['period']} = {e_['value']} {e_['unit']}"
            lines.append(f"  {tag} {what}")
            for r, c in cands:
                if agree(c, e, vocab)[3]:
                    lines.append(
                        f"      {r['confidence']} {r['region']} {r['indicator']} {r['period']} {r['kind']}"
                        f"  [{r['quote'].replace(chr(10), ' ')[:70]}]  {r['note'][:60]}"
                    )
        if lines:
            print(f"\n== {d['doc_id']} ({d['genre']})")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
