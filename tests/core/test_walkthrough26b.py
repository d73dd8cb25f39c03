"""Decisions behind defects met by a new user in walkthrough 26 (Qt-free)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.history import history
from simulator.core.progress import build_progress
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scorecard import SKIP_RULE, build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

GOOD = (
    "Overfitting is when the model memorizes noise in the training data. I compare training "
    "and validation error on a held-out set."
)


PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


@pytest.fixture
def bank() -> QuestionBank:
    return load_packs([PACK])


@pytest.fixture
def storage(data_dir: Path) -> Storage:
    s = Storage(data_dir / "sessions.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def _session(storage: Storage, bank: QuestionBank, texts: dict[str, str]) -> int:
    sid = storage.create_session({"name": "Quick practice", "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, position, "typed" if text else "skipped", text, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items) if items else None)
    return sid


@pytest.mark.parametrize("texts", [{"tech.overfit": GOOD, "case.spam": ""}, {"case.spam": ""}])
def test_the_skip_rule_is_said_once(storage, bank, texts) -> None:  # type: ignore[no-untyped-def]
    """The scorecard's header read "Overall: mean of the 2 questions answered or skipped (1
    skipped, counted as 0). A skipped answer counts as 0 in the overall, ...": the rule twice.
    It is said once, in the same sentence on the page and in every export."""
    sid = _session(storage, bank, texts)
    card = build_scorecard(storage.session(sid), bank)
    statement = card.overall_statement
    assert statement.endswith(SKIP_RULE)
    assert statement.count("as 0") == 1, statement
    assert "skipped" in card.overall_basis  # the basis still says how many were skipped
    session = storage.session(sid)
    for fmt in ("html", "md", "json"):
        text = export.render(fmt, session, bank)
        assert isinstance(text, str)
        assert "counted as 0" not in text, fmt
        shown = text if fmt != "md" else text.replace("\\", "")
        assert SKIP_RULE in shown, fmt


def test_a_session_with_no_answers_is_not_listed_or_counted(storage, bank) -> None:  # type: ignore[no-untyped-def]
    """Opened and ended at once, a session has no answer: Home's past sessions and History
    listed it and Progress counted it ("4 finished sessions" with 3 scored). It is kept in the
    database (nothing recorded is lost) but listed and counted nowhere; a session whose only
    question was skipped is still listed (a skip counts as 0)."""
    answered = _session(storage, bank, {"tech.overfit": GOOD})
    empty = _session(storage, bank, {})
    skipped = _session(storage, bank, {"case.spam": ""})
    assert storage.session(empty).status == "finished"  # still stored
    listed = [s.id for s in storage.sessions(limit=50, answered=True)]
    assert listed == [skipped, answered]
    assert empty in [s.id for s in storage.sessions()]
    rows = history(storage, {}, {})
    assert [r.session_id for r in rows] == [skipped, answered]
    sessions, answers = storage.progress_rows()
    progress = build_progress(sessions, answers, {})
    assert [p.session_id for p in progress.points] == [answered, skipped]


def test_how_a_score_was_reached_reads_in_plain_words() -> None:
    """The scorecard said "3.1 of 4.0 key-point weight earned (78 %, weighted 90 %)" and "parts
    32/40, shares 7/15": scoring jargon. It says what was covered and what each part is worth
    of the score, in words a candidate knows."""
    from tests.core.real_bank import real_bank

    bank = real_bank()
    by_kind = {}
    for q in bank.questions.values():
        by_kind.setdefault(q.category.value, q)
    for kind in ("technical", "case"):
        q = by_kind[kind]
        text = " ".join(k.label for k in q.key_points) + " and I would measure it."
        basis = score_answer(q, Transcript(text=text)).basis["content"]
        assert basis.startswith("key points covered "), basis
        for jargon in ("weight", "weighted", "framework"):
            assert jargon not in basis, basis
    story = (
        "Last year two colleagues disagreed about our feature store design. My task was to "
        "unblock the launch. I met each of them one on one and ran a benchmark. As a result we "
        "shipped two weeks early and latency fell by 30 percent."
    )
    basis = score_answer(by_kind["behavioral"], Transcript(text=story)).basis["structure"]
    assert basis.startswith("STAR parts told ") and "balance between the parts" in basis, basis
    assert "shares " not in basis and "quantified" not in basis, basis
