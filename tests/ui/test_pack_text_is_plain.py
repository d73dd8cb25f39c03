"""A pack's text is shown as text, never as markup (issue 12, item 3)."""

from __future__ import annotations

import yaml
from PySide6.QtCore import Qt

from simulator.core.questions import parse_pack

EVIL = {
    "id": "tech.markup",
    "category": "technical",
    "topic": "<b>bold</b>-topic",
    "difficulty": 1,
    "prompt": "Explain <img src='https://example.invalid/x.png'> overfitting, <i>please</i>.",
    "time_limit_s": 60,
    "key_points": [{"id": "noise", "label": "Fits noise", "phrases": ["fits the noise"]}],
    "model_answer": "Overfitting is when the model fits the noise rather than the signal.",
}


def test_the_interview_page_shows_prompt_and_topic_as_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.interview import InterviewPage

    (question,), problems = parse_pack(yaml.safe_dump({"questions": [EVIL]}), "evil.yaml")
    assert not problems
    page = InterviewPage()
    qtbot.addWidget(page)
    page.show_question(question, 1, 1, "")
    for shown in (page.question, page.progress_label):
        assert shown.textFormat() == Qt.TextFormat.PlainText
    assert "<img" in page.question.text() and "<b>bold</b>" in page.progress_label.text()
