"""PDF export of a session with one long typed answer: how long Qt takes to lay it out.

For each length, a one-question session is stored in a temporary database and exported through
``core.export.export_bytes`` with the real ``ui.export_pdf`` layout (offscreen Qt); prints the
seconds and the pages. ``--whole`` lays out the answer uncut (the print HTML before the cut),
as one paragraph and in paragraphs of 2,000 characters, to show where the time goes: Qt paints
each page by walking every line of a paragraph that runs over it, so one paragraph costs
pages x lines (its length squared).

Measured (2026-12-01, 2 cores shared by eight people, nice 5): uncut, one paragraph 200,000
characters 0.7 s, 400,000 2.8 s, 800,000 6.1 s (about 130 pages; 2,000,000 took 107 s in the attack
round); the same 800,000 in 2,000-character paragraphs 1.1 s. Cut for the PDF after
``PRINT_TEXT_CHARS`` (60,000, what the window shows): 200,000 0.41 s and 2,000,000 0.28 s,
11 pages each.

Round 40 split each paragraph that runs over a page break (so no line is drawn on two pages) one
break at a time, each cut telling the layout to lay the rest of the paragraph out again: pages x
length, a 12,000-word answer 0.38 -> 1.8 s. Round 41 (perf41, 2026-12-04, load 0.6-0.9 on 2
cores): every break is found in one walk and all are cut in one edit (the layout hears of it
once), so the cut is linear again. As exported, 91,000 characters (12,000 words, cut at 60,000),
the same process's later calls: 0.31-0.39 -> 0.11-0.12 s (its first call 0.38 -> 0.20 s);
``--whole``, one paragraph: 200,000 characters 2.00 -> 0.16 s, 800,000 23.6 -> 0.58 s (128 pages).

    .venv/bin/python benchmarks/pdf_export.py [--whole] [200000 2000000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHRASE = "variance grows with model flexibility "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[200_000, 2_000_000])
    parser.add_argument("--whole", action="store_true", help="lay out the uncut answer")
    args = parser.parse_args()

    from simulator.core.export import FORMATS, ExportInput, export_bytes
    from simulator.core.questions import load_packs
    from simulator.core.scorecard import build_scorecard
    from simulator.core.storage import Storage
    from simulator.paths import bundled_packs_dir
    from simulator.ui.export_pdf import pdf_bytes, pdf_layout
    from tests.scores import answer_score, session_score

    layout = pdf_layout()
    bank = load_packs([bundled_packs_dir()])
    for size in args.sizes:
        text = (PHRASE * (size // len(PHRASE) + 1))[:size]
        if args.whole:
            for name, html in (
                ("one paragraph", f"<html><body><p>{text}</p></body></html>"),
                ("paragraphs of 2,000", "<html><body>" + "".join(
                    f"<p>{text[i : i + 2000]}</p>" for i in range(0, size, 2000)
                ) + "</body></html>"),
            ):  # fmt: skip
                start = time.perf_counter()
                pdf = pdf_bytes(html)
                took = time.perf_counter() - start
                pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
                print(f"{size:>10,} chars, {name}: {took:.2f} s, {pages} pages", flush=True)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            storage = Storage(Path(tmp) / "s.sqlite3")
            sid = storage.create_session({"name": "long", "question_ids": ["tech.bias-variance"]})
            storage.add_answer(sid, "tech.bias-variance", 0, "typed", text, score=answer_score(50))
            storage.finish_session(sid, session_score(50))
            record = storage.session(sid)
            storage.close()
        data = ExportInput(build_scorecard(record, bank), record, bank)
        start = time.perf_counter()
        pdf = export_bytes(FORMATS["pdf"], data, layout)
        took = time.perf_counter() - start
        assert isinstance(pdf, bytes)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
        print(f"{size:>10,} chars, as exported: {took:.2f} s, {pages} pages", flush=True)


if __name__ == "__main__":
    main()
