"""Custom-plan topics that no pack has (round 52, left): a Custom plan started on topics of a
pack removed since was restored with those topics silently dropped, and with all of them gone
it asked every topic, with nothing on Home to say so. Home says it now, at its top, naming the
topics; the core decides the sentence (plan.missing_topics_said)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator import paths
from simulator.core.plan import missing_topics_said
from simulator.core.questions import load_packs
from simulator.ui.page_notice import NOTICE_NAME, PageNotice
from simulator.ui.pages.home import CUSTOM
from simulator.ui.pages.home_custom import CustomChoice


def test_a_topic_no_pack_has_is_said_by_name_r53() -> None:
    assert missing_topics_said(["churn"], ["churn", "clustering"]) is None
    one = missing_topics_said(["churn", "quantum-annealing"], ["churn"])
    assert one is not None and "“quantum annealing”" in one and "left out" in one
    every = missing_topics_said(["quantum-annealing", "folk-songs"], ["churn"])
    assert every is not None
    assert "“folk songs” and “quantum annealing”" in every and "every topic" in every


def test_home_says_the_custom_plan_s_topics_no_pack_has_r53(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.home import HomePage

    custom = CustomChoice(("technical",), 2, ("clustering", "quantum-annealing"))
    home = HomePage(False, plan=CUSTOM, custom=custom)
    qtbot.addWidget(home)
    home.show()
    home.set_bank(load_packs([paths.bundled_packs_dir()]))
    QApplication.processEvents()
    chosen = [i.text() for i in home.topics.selectedItems()]
    assert chosen == ["clustering"]
    notices = [n for n in home.findChildren(PageNotice, NOTICE_NAME) if n.isVisible()]
    assert len(notices) == 1, "the dropped topic is said on Home"
    assert "“quantum annealing”" in notices[0].text.text()
