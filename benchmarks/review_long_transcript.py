"""How long Review takes to open a spoken answer of very many timed words, and the window's
longest stall meanwhile (issue 8, attack42).

Round 41 found Review of a session with one 200,000-word spoken answer taking 13.5 s to open.
Two cases, each stored as the app stores it (a real score, word timings) in a fresh data dir:

- ``dev``: 200,000 words of a looping 16-word sentence with a period every 17th word and a 2.5 s
  pause every 500 words, on tech.bias-variance (what the work was tuned on);
- ``heldout``: written before any change and measured at the start and the end only, never tuned
  on: a behavioral answer of about 120,000 words told in sentences with fillers ("um", "you
  know", "I mean"), hedges ("I think", "sort of", "kind of"), numbers, commas and unsure words,
  with a 40,000-word follow-up and a short typed second answer;
- ``heldout43``: written at the start of round 43 (perf43), before any change, measured at the
  start and the end only: a case answer of 150,000 words in long sentences with numbers, lists
  and no fillers, then a technical answer of 60,000 words with a 30,000-word follow-up.
- ``heldout44``: written at the start of round 44 (perf44), before any change, measured at the
  start and the end only: four answers of a mixed session (a technical answer of 90,000 words in
  short sentences with hyphenated terms, a behavioral answer of 50,000 words with two follow-ups
  of 25,000 words, a case answer of 8,000 words, and a typed one-line answer).
- ``heldout46``: written at the start of round 46 (perf46), before any change, measured at the
  start and the end only: a case answer of 70,000 words that never ends a sentence (commas and
  "and then" only, every fifth word unsure), a behavioral answer of 20,000 words with three
  follow-ups of 12,000 words each, and a technical answer of 110,000 words of long terms and
  numbers ("3.5e-4", "cross-entropy", "O(n log n)") in short sentences.

- ``heldout56``: written at the start of round 56 (perf56), before any change, measured at the
  start and the end only: a short spoken answer first, then answers of 300,000, 250,000 (with
  two 50,000-word follow-ups) and 280,000 words, and a typed one.

The page is opened through the window (offscreen) as a person would; a 20 ms heartbeat on the
GUI thread gives the longest stall. "opened" is from the click to the page shown; the process's
CPU time beside it tells work from waiting for a CPU on a loaded machine.

    .venv/bin/python benchmarks/review_long_transcript.py
        [--set dev|heldout|heldout43|heldout44|heldout46|heldout55|heldout56|both|all]

Measured 2026-12-04 (round 42, attack42; load average 14-18 from other people's work on 2
cores, so "opened" is mostly waiting for a CPU: the CPU time is the figure to compare).
Start a8e1712c: dev opened 48.6 s, longest stall 811 ms, CPU 11.3 s; held-out opened 43.7 s,
stall 3,215 ms (the 40,000-word follow-up written whole on the GUI thread), CPU 10.2 s.
After f02df18f (review model made once per word, fillers by first word, attempts counted in
SQL, a long follow-up cut): dev 8.4 s, stall 842 ms, CPU 3.0 s; held-out 4.3 s, stall 710 ms,
CPU 2.3 s. What still stalls the GUI thread (dev, profiled): the legend looking through every
word (0.4 s: the marks are now found with the review, off the GUI thread, after this run), the
answer's scoring notes rendered by Jinja on first use (0.4 s) and laid out. With the marks
found off the GUI thread (load 21): dev opened 5.5 s, stall 325 ms, CPU 2.7 s. The 50 ms goal
is still missed on opening such an answer.

Round 43 (perf43, 2026-12-04; load 10-21 from other people's work: the CPU time of the GUI
thread's longest event is the figure to compare). Held-out first: ``heldout43`` written before
any change. Start (main 821e9655, load 10): dev opened 2.70 s, stall 149 ms, CPU 2.37 s;
heldout 3.24 s, 378 ms, 2.09 s; heldout43 5.82 s, 376 ms, 3.21 s. Where the GUI thread went
(heldout, one event of 147 ms CPU, 427 ms wall at load 11): Jinja's render of the explanation
with its first-use compile (80-150 ms wall), the transcript and the follow-up written word by
word (15 + 15 ms CPU), the follow-up box's copy laid out at each resize, 200,000 start times
listed, then layout and first paint in the same event; and, outside it, full passes of the
garbage collector on the loading worker over the answers' words (100-380 ms, holding the GIL).
Now the explanations are rendered on the worker, the answers read with the collector paused
and frozen, alike words written in one piece, the start times made once off the GUI thread,
the box measured once per width and text, and the page filled hidden and shown in the next
turn. The GUI thread's longest event: dev 147 -> 21 ms CPU (the fill; the showing 18),
heldout 147 -> 41 (32). Start and end code side by side at the end, two runs each (load
14-18; opened, stall, process CPU): dev 4.67 / 3.81 -> 2.32 / 2.71 s, 407 / 255 -> 226 / 136
ms, 2.70 / 3.33 -> 1.86 / 2.13 s; heldout 7.55 / 3.13 -> 1.80 / 2.54 s, 837 / 281 -> 155 /
344 ms, 2.47 / 2.13 -> 1.47 / 1.82 s; heldout43 7.85 / 6.18 -> 3.26 / 10.17 s, 559 / 241 ->
281 / 279 ms, 3.99 / 3.31 -> 2.79 / 2.60 s. Still missed: the 50 ms goal. At these loads a
20-40 ms event waits 3-4x its CPU for a core, and the stalls left are mostly outside the
page's events (the window's own warm-ups still running 1.5 s after start, collections on
other threads); not split further: the follow-up boxes' making and the page's first paint.

Round 44 (perf44; no change to Review this round: the time went to scoring). Held-out first:
``heldout44`` written before any change. Start (main b016376f, load 12): opened 2.91 s, longest
stall 212 ms, process CPU 2.06 s; end (load 30, other people's work): 11.59 s, 620 ms, 2.22 s,
the same work waiting 4x longer for a CPU. The 50 ms goal is still missed.

Round 46 (perf46). Held-out first: ``heldout46`` written before any change. Each stall is now
split by the GUI thread's ``schedstat`` (ran / waited for a CPU / asleep: the GIL or a lock
held elsewhere) and the longest GUI slice (its CPU between two heartbeats) is printed: the
figure a change in the app moves, where the stall's length at load is mostly CPU waits.
Start (main 1fc787ae, load 13.6; stall, its split, longest slice): dev 348 ms (ran 1 / waited
277 / asleep 69), slice 35 ms; heldout 300 (71 / 224 / 5), 71; heldout43 300 (54 / 241 / 5), 54;
heldout44 420 (3 / 281 / 136), 65; heldout46 236 (77 / 151 / 7), 77. Where the GUI work went:
the fill (transcript 8-12 ms, each follow-up 8-9, the explanation and the rest) and the
page's showing (``setCurrentWidget``: resizes, the follow-up boxes' fit, 7-16 ms) ran in one
heartbeat gap; the "asleep" parts were the loader's full garbage collection (52-89 ms of CPU,
170-377 ms wall, GIL held) over the answers' word objects, one a word. Changes: the page is
filled one part per event-loop turn while hidden (``ReviewPage.show_session(then=...)``), a
follow-up box's fit lays out only its first 2,000 characters when they already fill it, and
the words are kept in flat arrays (``review.ReviewWords``): the collection fell to 7-10 ms of
CPU, and a 200,000-word review holds 55 MB less (RSS with it open 364 -> 309 MB).
End (two runs, load 15-16): dev 271 / 171 ms (ran 8 / 1), slice 22 / 20; heldout 78 / 119
(2 / 7), 29 / 30; heldout43 303 / 99 (36 / 25), 36 / 25; heldout44 47 / 70 (29 / 29), 29 / 29;
heldout46 248 / 147 (1 / 26, asleep 197 / 14), 40 / 26. The longest GUI slice fell from 35-77
to 20-40 ms; the 50 ms stall goal is met only where the machine let it (heldout44 47 ms): at
load 15 the stalls are CPU waits, and an asleep spell of 197 ms (another thread holding the GIL
while waiting for a CPU) is still seen once.

Round 55 (perf55; round 54 left: an imported session of 300,000-word answers). Held-out first:
``heldout55`` written before any change, measured at the start, once midway and at the end: four answers
of 300,000 words (a technical one, a behavioral one whose every word is a filler or a hedge,
with a 100,000-word follow-up, a case one) and a typed one, timed 0.24 s a word (at 0.3 s a
300,000-word answer runs past a day, and its transcript reads as missing). Where the loader's
time went (profiled): every stored word made as a ``Word`` three times (the cell's check,
Review's words, the scorecard's unsure ones), then every word marked (fillers, hedges, each
key point's evidence) and made as a ``ReviewWord``, though the page shows an answer's first
~2,000 words. Now the stored words are read as numbers (``transcript.stored_words``), only
the words the page can show are marked and made (``review.review_words``), pauses and pace
come from the flat arrays. Start (main 814c99ef, load 12.7): opened 19.10 s, longest stall
332 ms (ran 76 / waited 250 / asleep 6), slice 76 ms, process CPU 7.93 s. End (load 13.8):
7.23 s, 241 ms (82 / 152 / 6), 82 ms, CPU 3.84 s. Not "at once" yet at this load: the rest is
the JSON of 1,000,000 timed words parsed with each number checked, and every answer of the
session read before the first is shown.

Round 64 (stall64, load 14-15, ``dev``): Review is opened here before the idle time imported
its module, so nothing was built ahead and the loaded session built and styled the whole page
in its own event: 40.4 ms of the GUI thread's CPU (its calls timed with ``gui_slices``). Made
in parts there too: that event 11.4 ms, the parts 15.5 ms at most. The longest call left is
the transcript's part of the fill, 38-47 ms traced (``ReplayPane._show_transcript``). Longest
GUI slice (wall, CPU waits included): main 82b61f79 55 / 50 / 43 / 54 ms (load 13-14, the last
9.5); with the page built ahead in parts only (6218807b), as here before its module is
imported, 82 / 81 / 50 (load 13-14); with this, 26 / 27 ms (load 9.2-9.5, interleaved with
main's 54), the process's CPU 1.39 / 1.32 s against 1.61 s.

Round 65 (stall65; load 8-10): ``_show_transcript`` timed alone in the GUI thread's own CPU
(``time.thread_time``; Review of ``dev`` opened 5 times): median 15.8 ms at f8d36b04 (the 38-47
ms of round 64 were traced, every Python call of it through ``GuiSlices``). Of it ~6 ms were
``insert_words``'s Python for the 1,901 words shown, 4 of them each word through shown_marks'
patterns and counted in UTF-16; ~8 ms Qt's layout of the 10,000 characters once shown. A word
of printable ASCII is now written as it is (125fe334): 15.8 -> 12.4 ms; insert_words alone
5.5-6.6 -> 2.6-4.4 ms hidden. What is left is Qt's layout.
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

DEV_WORDS = 200_000
HELD_SENTENCES = (
    "Um so the first thing I did was talk to both leads, you know, one on one.",
    "I think the real problem was that we had sort of two roadmaps and nobody owned the merge.",
    "I mean, the data team wanted 3 weeks and the product team wanted 10 days, kind of a standoff.",
    "So I wrote a one page plan, ran a small benchmark, and we agreed on a staged rollout.",
    "As a result latency fell by 30 percent and we shipped two weeks early.",
)
HELD_MAIN_WORDS = 120_000
HELD_FOLLOW_UP_WORDS = 40_000
HELD43_CASE = (
    "First I would define the target as the minutes from pickup to drop-off, measured from GPS pings;",
    "the features are the route's distance, 15-minute traffic speeds on each road segment, the hour,",
    "the weekday, the weather, and the driver's recent trips, and a gradient boosted model predicts",
    "the residual over a routing engine's estimate. I would evaluate mean absolute error by city, 1,",
    "2 and 3 standard deviations of the error, and calibration of the predicted intervals per segment.",
)
HELD43_TECH = (
    "Regularization adds a penalty to the loss: L1 pushes some weights to exactly zero, which selects",
    "features, while L2 shrinks all of them smoothly; the strength lambda is chosen by cross-validation",
    "and too much of it underfits, e.g. a lambda of 10 on standardized inputs flattened every weight.",
)
HELD43_WORDS = (150_000, 60_000, 30_000)
HELD44_TECH = (
    "Batch-norm keeps each layer's inputs near zero-mean.",
    "It uses mini-batch statistics at train-time.",
    "At test-time it switches to running averages.",
    "Small batches make the estimates noisy, so layer-norm is safer there.",
)
HELD44_STORY = (
    "Well, honestly, the on-call rota was falling apart, right, three people had left in a month,",
    "and I, uh, volunteered to rebuild it: I listed 42 alerts, deleted 17 that nobody acted on,",
    "and paired every new engineer with a veteran for two weeks. In the end pages dropped by half.",
)
HELD44_CASE = (
    "For a grocery chain I would forecast each store's daily units per product 14 days ahead;",
    "promotions, holidays and the weather are features, and stock-outs censor the sales history,",
    "so I would evaluate weighted absolute percentage error per store, 0.5 and 0.9 quantiles too.",
)
HELD44_WORDS = (90_000, 50_000, 25_000, 8_000)
HELD46_CASE = (
    "for the ranking I would log impressions and clicks per query, and then join them with the",
    "catalogue, and then train a two tower model on last month's sessions, and the offline metric",
    "would be NDCG at 10 per locale, and then an interleaving test against the current ranker,",
)
HELD46_STORY = (
    "Our nightly feature job kept timing out, so I, well, I took it over for a sprint.",
    "I profiled it, found a cross join on 40 million rows, and rewrote it as two passes.",
    "My lead doubted it, so I ran both for a week side by side. The job went from 9 hours to 50 minutes.",
)
HELD46_TECH = (
    "Adam with a learning-rate of 3.5e-4 and warm-up for 2,000 steps is my default.",
    "Cross-entropy on soft-max outputs; label-smoothing of 0.1 helps calibration.",
    "Sorting the candidates is O(n log n), the top-k heap is O(n log k).",
    "Gradient-clipping at 1.0 keeps the loss from spiking on long sequences.",
)
HELD46_WORDS = (70_000, 20_000, 12_000, 110_000)
# perf55: an imported session of answers of 300,000 words, the most an answer can hold in a day
# at 0.24 s a word (a word timed past 24 h makes the transcript read as missing)
HELD55_TECH = (
    "Gradient boosting fits each new tree to the residuals, you know, of the ensemble so far;",
    "the learning rate shrinks every tree and early stopping on a validation fold picks 400 trees.",
)
HELD55_MARKED = ("um uh you know I mean like sort of kind of I guess basically actually right",)
HELD55_CASE = (
    "I would rank candidate listings with a two stage system: retrieval by embeddings, then a",
    "gradient boosted ranker on clicks and bookings with position bias corrected by randomisation",
)
HELD55_WORDS = (300_000, 300_000, 300_000, 100_000)
# perf56: written before any change of round 56, measured at the start and the end only: the
# longest answers are not first (a short spoken answer opens the session), a story of 250,000
# words has two follow-ups, and a technical answer at the end is long, with unsure words
HELD56_SHORT = ("Dropout zeroes random units while training, so no unit can lean on another.",)
HELD56_CASE = (
    "For card fraud I would score each payment within 80 milliseconds: the features are the",
    "merchant's chargeback rate over 30 days, the card's spend velocity in the last hour, device",
    "and IP mismatches, and the amount against the customer's median; labels arrive 45 to 90 days",
    "late, so I would train on a window that ends 3 months ago and check precision at 0.5 % recall.",
)
HELD56_STORY = (
    "Okay so, my two senior engineers disagreed about the feature store, and it got personal.",
    "I, um, met each of them alone first, then put both designs side by side with the costs.",
    "We ran a two-week spike, and, honestly, the cheaper design won by a mile. They shook on it.",
)
HELD56_TECH = (
    "Precision is true positives over predicted positives, recall is true positives over actual",
    "positives; F1 is their harmonic mean, and at a 1 % base rate the PR curve says more than ROC.",
)
HELD56_WORDS = (2_000, 300_000, 250_000, 50_000, 280_000)


def _timed(
    texts: tuple[str, ...],
    count: int,
    unsure_every: int = 0,
    step: float = 0.3,
    pause_every: int = 0,
) -> list[object]:
    from simulator.core.transcript import Word

    pieces = " ".join(texts).split()
    out, t = [], 0.3
    for i in range(count):
        word = pieces[i % len(pieces)]
        probability = 0.05 if unsure_every and i % unsure_every == unsure_every - 1 else 0.9
        out.append(Word(word, round(t, 3), round(t + step - 0.08, 3), probability))
        t += step + (1.8 if word.endswith(".") and i % 7 == 0 else 0.0)
        if pause_every and i % pause_every == pause_every - 1:
            t += 2.5  # a long pause now and then
    return out


def _store(storage, bank, question_id: str, position: int, words, sid: int, follow_up=None):  # type: ignore[no-untyped-def]
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    text = " ".join(w.word for w in words)
    duration = words[-1].end + 0.3
    transcript = Transcript(text, tuple(words), "whisper", "tiny.en", duration)
    score = score_answer(bank.get(question_id), transcript)
    return storage.add_answer(
        sid, question_id, position, "spoken", text, follow_up=follow_up,
        transcript=transcript.to_dict(), duration_s=duration, score=score,
    )  # fmt: skip


def build_case(name: str, storage, bank) -> int:  # type: ignore[no-untyped-def]
    """The session of case ``name``; returns its id."""
    from simulator.core.scoring import SessionScore, score_answer
    from simulator.core.transcript import Transcript

    if name == "dev":
        loop = ("so basically I think the model um overfits when it memorizes noise and we use",)
        words = _timed(loop, DEV_WORDS)
        words = [w if i % 17 != 16 else type(w)(w.word + ".", w.start, w.end) for i, w in enumerate(words)]  # fmt: skip
        sid = storage.create_session({"name": "dev", "question_ids": ["tech.bias-variance"]})
        _store(storage, bank, "tech.bias-variance", 0, words, sid)
    elif name == "heldout55":
        ids = ["tech.gradient-boosting", "beh.difficult-team-member", "case.search-ranking",
               "tech.bias-variance"]  # fmt: skip
        sid = storage.create_session({"name": "held-out 55", "question_ids": ids})
        _store(storage, bank, ids[0], 0, _timed(HELD55_TECH, HELD55_WORDS[0], 43, 0.24, 997), sid)
        _store(storage, bank, ids[1], 1, _timed(HELD55_MARKED, HELD55_WORDS[1], 0, 0.24, 1009), sid)
        follow = _timed(HELD55_MARKED, HELD55_WORDS[3], 3, 0.24, 991)
        _store(storage, bank, ids[1], 1, follow, sid, follow_up="And then?")
        _store(storage, bank, ids[2], 2, _timed(HELD55_CASE, HELD55_WORDS[2], 0, 0.24, 1013), sid)
        typed = "High bias underfits, high variance overfits."
        score = score_answer(bank.get(ids[3]), Transcript(typed))
        storage.add_answer(sid, ids[3], 3, "typed", typed, score=score)
    elif name == "heldout56":
        ids = ["tech.dropout", "case.fraud-detection", "beh.resolve-conflict",
               "tech.ab-testing-models", "tech.precision-recall-f1"]  # fmt: skip
        sid = storage.create_session({"name": "held-out 56", "question_ids": ids})
        _store(storage, bank, ids[0], 0, _timed(HELD56_SHORT, HELD56_WORDS[0], 0, 0.3), sid)
        _store(storage, bank, ids[1], 1, _timed(HELD56_CASE, HELD56_WORDS[1], 0, 0.24, 1201), sid)
        _store(storage, bank, ids[2], 2, _timed(HELD56_STORY, HELD56_WORDS[2], 61, 0.24), sid)
        for asked in ("What did they disagree about?", "Would you do it the same way?"):
            follow = _timed(HELD56_STORY[1:], HELD56_WORDS[3], 17, 0.24, 499)
            _store(storage, bank, ids[2], 2, follow, sid, follow_up=asked)
        typed = "Split users at random, fix the metric and the sample size before, then test."
        score = score_answer(bank.get(ids[3]), Transcript(typed))
        storage.add_answer(sid, ids[3], 3, "typed", typed, score=score)
        _store(storage, bank, ids[4], 4, _timed(HELD56_TECH, HELD56_WORDS[4], 7, 0.24, 1499), sid)
    elif name == "heldout43":
        ids = ["case.eta-prediction", "tech.regularization"]
        sid = storage.create_session({"name": "held-out 43", "question_ids": ids})
        _store(storage, bank, ids[0], 0, _timed(HELD43_CASE, HELD43_WORDS[0], 131), sid)
        _store(storage, bank, ids[1], 1, _timed(HELD43_TECH, HELD43_WORDS[1]), sid)
        follow = _timed(HELD43_TECH[1:], HELD43_WORDS[2], 53)
        _store(storage, bank, ids[1], 1, follow, sid, follow_up="When would you prefer L1?")
    elif name == "heldout46":
        ids = ["case.search-ranking", "beh.took-ownership", "tech.adam-optimizer"]
        sid = storage.create_session({"name": "held-out 46", "question_ids": ids})
        _store(storage, bank, ids[0], 0, _timed(HELD46_CASE, HELD46_WORDS[0], 5), sid)
        _store(storage, bank, ids[1], 1, _timed(HELD46_STORY, HELD46_WORDS[1], 37), sid)
        for asked in ("What did your lead say?", "How did you test it?", "What would you change?"):
            follow = _timed(HELD46_STORY[1:], HELD46_WORDS[2], 29)
            _store(storage, bank, ids[1], 1, follow, sid, follow_up=asked)
        _store(storage, bank, ids[2], 2, _timed(HELD46_TECH, HELD46_WORDS[3], 101), sid)
    elif name == "heldout44":
        ids = ["tech.batch-normalization", "beh.production-incident", "case.demand-forecasting", "tech.bias-variance"]  # fmt: skip
        sid = storage.create_session({"name": "held-out 44", "question_ids": ids})
        _store(storage, bank, ids[0], 0, _timed(HELD44_TECH, HELD44_WORDS[0], 211), sid)
        _store(storage, bank, ids[1], 1, _timed(HELD44_STORY, HELD44_WORDS[1], 67), sid)
        for asked in ("What did the veterans think?", "Would you do it again?"):
            follow = _timed(HELD44_STORY[1:], HELD44_WORDS[2], 41)
            _store(storage, bank, ids[1], 1, follow, sid, follow_up=asked)
        _store(storage, bank, ids[2], 2, _timed(HELD44_CASE, HELD44_WORDS[3]), sid)
        typed = "High bias underfits, high variance overfits."
        score = score_answer(bank.get(ids[3]), Transcript(typed))
        storage.add_answer(sid, ids[3], 3, "typed", typed, score=score)
    else:
        ids = ["beh.difficult-team-member", "tech.bias-variance"]
        sid = storage.create_session({"name": "held-out", "question_ids": ids})
        _store(storage, bank, ids[0], 0, _timed(HELD_SENTENCES, HELD_MAIN_WORDS, 97), sid)
        follow = _timed(HELD_SENTENCES[2:], HELD_FOLLOW_UP_WORDS, 89)
        _store(storage, bank, ids[0], 0, follow, sid, follow_up="What would you do differently?")
        typed = "Overfitting is when the model memorizes noise; I compare train and validation."
        score = score_answer(bank.get(ids[1]), Transcript(typed))
        storage.add_answer(sid, ids[1], 1, "typed", typed, score=score)
    storage.finish_session(sid, SessionScore(50, {}, None, None, []))
    return sid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=(
            "dev",
            "heldout",
            "heldout43",
            "heldout44",
            "heldout46",
            "heldout55",
            "heldout56",
            "both",
            "all",
        ),
        default="dev",
    )
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from benchmarks.heartbeat import Heartbeat
    from simulator.app import build_services
    from simulator.services import load_warm_bank
    from simulator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    bank = load_warm_bank()
    services = build_services(Path(tempfile.mkdtemp(prefix="bench-review-")), with_speaker=False)
    services.bank = bank
    groups = {
        "both": ("dev", "heldout"),
        "all": ("dev", "heldout", "heldout43", "heldout44", "heldout46"),
    }
    names = groups.get(args.set, (args.set,))
    sessions = {name: build_case(name, services.storage, bank) for name in names}
    window = MainWindow(services)
    window.show()
    heart = Heartbeat(window)
    heart.settle(1.0)
    for name, sid in sessions.items():
        window.go_home()
        heart.settle(0.5)
        heart.reset()
        cpu, start = time.process_time(), time.perf_counter()
        window.past.open_review(sid)
        while window.stack.currentWidget() is not window.past._review:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        opened = time.perf_counter() - start
        heart.settle(0.5)
        worst, split, slice_ms = heart.worst(), heart.worst_split(), heart.longest_run()
        cpu = time.process_time() - cpu
        print(
            f"{name:<8} opened in {opened:6.2f} s   longest stall {worst * 1000:5.0f} ms ({split})"
            f"   longest GUI slice {slice_ms:4.0f} ms   (CPU time of the process {cpu:.2f} s)"
        )
    heart.stop()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f}")
    window.shutdown()
    services.storage.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
