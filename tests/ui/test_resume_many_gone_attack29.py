"""Attack run of round 29: resuming an interrupted interview whose plan names thousands of
questions no longer in the packs (a hand-made archive, a removed pack of many). Home's banner
listed every id (51,000 characters): it took half the page, squeezed the plan's controls and cut
off what to do (put the pack back, or Discard)."""

from __future__ import annotations

from tests.ui.waits import HANG_MS


def test_the_banner_names_a_few_missing_ids_and_says_how_many_more(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    ids = [f"user.gone-{i:05d}" for i in range(3000)]
    ids[1] = "user." + "x" * 5000  # one id as long as a hand-edited cell may make it
    sid = services.storage.create_session({"name": "Big", "question_ids": ids})
    services.storage.add_answer(sid, ids[0], 0, "typed", "kept")
    window.resume_session(sid)
    message = window.home.interrupted.message
    qtbot.waitUntil(lambda: "cannot go on" in message.text(), timeout=HANG_MS)
    text = message.text()
    assert len(text) < 700, len(text)
    assert text.startswith("This interview cannot go on: user.gone-00000, user.xxx")
    assert "and 2,995 more are no longer in the question bank" in text
    assert text.endswith("Discard the interview: the answers you gave stay saved.")
    assert [a.text for a in services.storage.answers(sid)] == ["kept"]


def test_one_missing_id_reads_as_before(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    sid = services.storage.create_session({"name": "x", "question_ids": ["my.gone"]})
    services.storage.add_answer(sid, "my.gone", 0, "typed", "kept")
    window.resume_session(sid)
    message = window.home.interrupted.message
    qtbot.waitUntil(lambda: "cannot go on" in message.text(), timeout=HANG_MS)
    assert message.text().startswith(
        "This interview cannot go on: my.gone is no longer in the question bank (a pack "
    )
