"""Topic names as people read them (walkthrough 9): the question header said "knn" and
"mlops", and the Markdown and HTML exports printed the raw id ("trees-ensembles") where the
window said "trees ensembles"."""

from __future__ import annotations

from pathlib import Path

from simulator.core import export
from simulator.core.reordering import shown_topic
from simulator.core.storage import Storage
from tests.core.test_export import make_session


def test_acronyms_are_written_as_acronyms() -> None:
    assert [shown_topic(t) for t in ("knn", "cnn", "mlops", "nlp", "svm")] == [
        "kNN",
        "CNN",
        "MLOps",
        "NLP",
        "SVM",
    ]
    assert shown_topic("trees-ensembles") == "trees ensembles"


def test_exports_name_the_topic_as_the_window_does(data_dir: Path) -> None:
    from simulator.core.questions import load_packs
    from tests.core.test_export import PACK

    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = make_session(storage, bank, {"tech.overfit": "It memorizes the noise."})
    record = storage.session(sid)
    storage.close()
    # Markdown names each question's topic in its subtitle; HTML named it only in the tip, and
    # tips now name the question instead (fe8922b8). Neither may show the raw id.
    markdown = export.render("md", record, bank)
    assert "bias variance" in markdown and "bias-variance" not in markdown
    assert "bias-variance" not in export.render("html", record, bank)
