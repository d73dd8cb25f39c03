"""A pack's labels show on one line (walkthrough 37, ux38): a key point's label, an intent's
label, a competency or a tag written as a block scalar ('|') or with '\\n' loaded with its line
breaks, and the scorecard, the Progress lists, the exports and the CLI's lines broke there. They
load folded into one line (as YAML's '>' folds); a label stored with a break by an earlier
version reads back on one line too."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.questions import load_packs
from simulator.core.questions_parse import parse_pack
from simulator.core.scoring.results import KeyPointResult
from simulator.core.storage import Storage
from tests.core.test_export import make_session

PACK = """
questions:
  - id: tech.zz-labels
    category: technical
    topic: regularization
    difficulty: 2
    prompt: What does dropout do while a network trains?
    time_limit_s: 60
    competency: {text}
    tags:
      - {text}
      - plain
    model_answer: Dropout randomly zeroes activations while a network trains, so units cannot co-adapt.
    key_points:
      - label: {text}
        id: kp
        phrases: [randomly zeroes]
  - id: beh.zz-labels
    category: behavioral
    topic: failure
    difficulty: 2
    prompt: Tell me about a mistake you made yourself.
    time_limit_s: 120
    intent:
      label: {text}
      phrases: [my mistake]
    star: {{situation: s, task: t, action: a, result: r}}
    model_answer: It was my mistake; I told my manager the same day and fixed the pipeline.
"""

BROKEN = [
    '"Randomly zeroes\\nactivations  while training"',
    '"Randomly zeroes\\r\\nactivations while training"',
    '"Randomly zeroes\\u2028activations while training"',
    "|\n          Randomly zeroes\n          activations while training\n",
]


@pytest.mark.parametrize("text", BROKEN)
def test_labels_with_line_breaks_load_on_one_line(text: str) -> None:
    questions, problems = parse_pack(PACK.format(text=text), "mine.yaml")
    assert problems == []
    tech, beh = questions
    one = "Randomly zeroes activations while training"
    assert tech.key_points[0].label == one
    assert tech.competency == one
    assert tech.tags == [one, "plain"]
    assert beh.intent is not None and beh.intent.label == one


def test_a_label_stored_with_a_line_break_reads_back_on_one_line(data_dir: Path) -> None:
    stored = KeyPointResult.from_dict({"id": "kp", "label": "Randomly zeroes\nactivations"})
    assert stored.label == "Randomly zeroes activations"
    # and every export of a session scored with it says it on one line
    data_dir.mkdir(parents=True, exist_ok=True)
    pack = data_dir / "mine.yaml"
    pack.write_text(PACK.format(text=BROKEN[0]), encoding="utf-8")
    bank = load_packs([pack])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = make_session(storage, bank, {"tech.zz-labels": "Dropout randomly zeroes activations."})
    record = storage.session(sid)
    storage.close()
    for fmt in ("html", "md", "json"):
        out = export.render(fmt, record, bank)
        assert "Randomly zeroes activations while training" in str(out), fmt
