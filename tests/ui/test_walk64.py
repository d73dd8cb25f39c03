"""The walkthrough of round 64 (issue 8, walk64): a new user's keyboard-only walk through the
app in the real window (fresh data folder, 960 x 640 and 1400 x 900, light and dark), and the
defects round 63 left. Each test fails before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from tests.ui.stand_ins import CTRL
from tests.ui.waits import HANG_MS

GONE_PROMPT = "A question whose pack was removed after the interview asked it?"


def test_resume_goes_on_with_a_question_removed_from_the_packs_as_it_was_asked(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """An interview asked a question, then its pack was removed (the session keeps the
    question whole since schema 9). Resume said "This interview cannot go on: my.gone is no
    longer in the question bank ... Put the pack back", though the scorecard and Review showed
    that question as asked. It goes on with the question as asked, and says so."""
    bank = services.bank
    kept = bank.questions["tech.overfit"]
    gone = bank.questions["case.spam"].model_copy(update={"id": "my.gone", "prompt": GONE_PROMPT})
    sid = services.storage.create_session(
        {"name": "Custom", "question_ids": ["tech.overfit", "my.gone"]}, asked=[kept, gone]
    )
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "Overfitting memorises noise.")
    window.resume_session(sid)
    qtbot.waitUntil(
        lambda: (
            window.controller.state is not State.IDLE
            or "cannot go on" in window.home.interrupted.message.text()
        ),
        timeout=HANG_MS,
    )
    assert "cannot go on" not in window.home.interrupted.message.text()
    page = window.interview
    qtbot.waitUntil(lambda: page.question.text() == GONE_PROMPT, timeout=HANG_MS)
    notice = page.notice.text()
    assert notice.startswith("Question 2 is no longer in your question packs"), notice
    assert "as they were asked" in notice


OLD_PROMPT = "What is overfitting? (the wording an earlier version of the pack asked)"


def _answered(services, question, text: str = "Overfitting memorises noise.") -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A finished one-question session that asked ``question`` as given: (session, answer)."""
    storage = services.storage
    sid = storage.create_session(
        {"name": "Custom", "question_ids": [question.id]}, asked=[question]
    )
    aid = storage.add_answer(sid, question.id, 0, "typed", text)
    storage.finish_session(sid, None)
    return sid, aid


def test_practise_again_says_it_asks_the_packs_wording_not_the_attempt_s(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Review of a session that asked an older wording showed that wording; Practise again
    then asked the packs' new one, unsaid, and the attempt compared with it had answered
    another question's words. The interview says the packs' question has changed since."""
    from simulator.core.asked import PRACTISED_CHANGED

    now = services.bank.questions["tech.overfit"]
    _sid, aid = _answered(services, now.model_copy(update={"prompt": OLD_PROMPT}))
    window.past.practise_again(now.id, aid)
    page = window.interview
    qtbot.waitUntil(lambda: page.question.text() == now.prompt, timeout=HANG_MS)
    assert page.notice.text() == PRACTISED_CHANGED


def test_practise_again_asks_a_question_gone_from_the_packs_as_it_was_asked(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """A question removed from the packs is kept whole with the sessions that asked it:
    Practise again refused it ("no longer in the question bank") though Review showed it."""
    from simulator.core.asked import PRACTISED_GONE

    gone = services.bank.questions["case.spam"].model_copy(
        update={"id": "my.gone", "prompt": GONE_PROMPT}
    )
    _sid, aid = _answered(services, gone)
    window.past.practise_again(gone.id, aid)
    page = window.interview
    qtbot.waitUntil(lambda: page.question.text() == GONE_PROMPT, timeout=HANG_MS)
    assert page.notice.text() == PRACTISED_GONE


def test_attempts_shows_each_attempt_s_wording_when_the_packs_changed_it(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Attempts showed the packs' prompt over two attempts, the earlier of which had answered
    an older wording. It shows the later attempt's wording and names the earlier's."""
    now = services.bank.questions["tech.overfit"]
    _answered(services, now.model_copy(update={"prompt": OLD_PROMPT}))
    _answered(services, now, "Overfitting memorises noise; a validation set shows it.")
    window.past.open_attempts(now.id)
    attempts = window.past.attempts
    qtbot.waitUntil(lambda: window.stack.currentWidget() is attempts, timeout=HANG_MS)
    shown = attempts.question.text()
    assert shown.startswith(now.prompt), shown
    assert f"The earlier attempt was asked: “{OLD_PROMPT}”" in shown
    attempts.later.setCurrentIndex(0)  # the old attempt with itself: its wording, and the packs'
    shown = attempts.question.text()
    assert shown.startswith(OLD_PROMPT), shown
    assert f"Your question packs ask it now: “{now.prompt}”" in shown


def test_a_key_held_while_home_loads_is_said_not_taken(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """A letter typed on Home at once, before the questions were ready (the plan drawn
    focused, the page's line "Questions read; getting the scorer ready…"): the line above
    Start said "The questions are still loading: press Alt+P to choose the plan now, or
    Ctrl+Enter to start once they have", neither what became of the key nor true of
    questions the page called read. It says the key was not taken, and how to go on."""
    from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads

    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        qtbot.keyClicks(home.preset, "c")
        said = home.start_reason.text()
        assert said.startswith("That key was not taken: the questions are not ready yet."), said
        assert "Alt+P" in said and "Ctrl+Enter" in said
        assert "loading" not in said
    finally:
        release.set()
        window.shutdown()


def test_a_session_older_than_kept_questions_says_when_its_rubric_has_changed(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """A session made before sessions kept their questions (schema 9) was shown with the
    packs' question of now, unsaid, over a score of another rubric. Its stored score names
    the key points it was scored on: when they are not the packs' now, the scorecard and
    Review say so."""
    from simulator.core.asked import UNKEPT_CHANGED_NOTE
    from simulator.core.scoring.results import KeyPointResult
    from tests.scores import answer_score

    storage = services.storage
    sid = storage.create_session({"name": "Custom", "question_ids": ["tech.overfit"]})
    old = KeyPointResult("definition", "An older pack's key point", 1.0, True, "explained", 1.0,
                         "Overfitting memorises noise.")  # fmt: skip
    score = answer_score(60, "tech.overfit")
    score.key_points[:] = [old]
    storage.add_answer(sid, "tech.overfit", 0, "typed", "Overfitting memorises noise.",
                       score=score)  # fmt: skip
    storage.finish_session(sid, None)
    assert storage.session(sid).asked == {}  # as a session before schema 9
    window.open_scorecard(sid)
    detail = window.scorecard.detail
    qtbot.waitUntil(lambda: "Overall" in detail.toPlainText(), timeout=HANG_MS)
    assert UNKEPT_CHANGED_NOTE in " ".join(detail.toPlainText().split())


def test_the_one_category_tip_says_the_score_as_a_score(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Scorecard of a one-category interview (1400 x 900 and 960 x 640, both themes): its
    first tip read "start with question 1 (“What is multicollinearity…”), 3 this time
    (Ctrl+Shift+P on its row)", a bare number after the question's words. It says
    "scored 3/100 this time"."""
    from simulator.core.scoring import score_answer, score_session
    from simulator.core.transcript import Transcript

    storage, bank = services.storage, services.bank
    question = bank.questions["tech.overfit"]
    sid = storage.create_session({"name": "Custom", "question_ids": [question.id]})
    score = score_answer(question, Transcript("It fits the training data too well."))
    storage.add_answer(sid, question.id, 0, "typed", "It fits the training data too well.",
                       score=score)  # fmt: skip
    storage.finish_session(sid, score_session([(question, score)]))
    window.open_scorecard(sid)
    tips = window.scorecard.tips
    qtbot.waitUntil(lambda: "Practise technical questions" in tips.text(), timeout=HANG_MS)
    assert f"), scored {score.overall}/100 this time (Ctrl+Shift+P on its row)" in tips.text()


def test_home_says_loading_alike_while_the_scorer_gets_ready(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    """First start, the packs read and the scorer getting ready: Home's line under its title
    said "Questions read; getting the scorer ready for them…" while Ctrl+Enter's line said
    "The questions are still loading" and the status bar "Opening History as soon as the
    questions have loaded…": read, or loading? The line under the title says still loading."""
    import threading

    from simulator.core.questions import load_packs
    from simulator.core.storage import Storage
    from simulator.services import SCORER_STEP, Services
    from simulator.settings import Settings
    from simulator.ui.main_window import MainWindow
    from simulator.ui.pages.home import SCORER_READYING
    from tests.ui.conftest import PACK

    ready = threading.Event()

    def load(progress):  # type: ignore[no-untyped-def]
        bank = load_packs([PACK], progress=progress)
        progress(*SCORER_STEP)
        ready.wait(HANG_MS / 1000)
        return bank

    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(bank=None, storage=storage, settings=Settings(), speaker=None)
    services.load_bank = load
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    home = window.home
    try:
        qtbot.waitUntil(lambda: home.subtitle.text() == SCORER_READYING, timeout=HANG_MS)
        qtbot.keyClick(home.preset, Qt.Key.Key_Return, CTRL)
        assert home.start_reason.text().startswith("Starting as soon as the questions have")
        assert home.subtitle.text().startswith("Still loading:"), home.subtitle.text()
    finally:
        ready.set()
        window.shutdown()
        storage.close()
