"""Home picks again the plan started last (walkthrough 45): after a restart it opened on the
first preset whatever the person had practised, while the answer mode and the voice were kept.
The plan started is saved in settings.json and chosen on the next start."""

from __future__ import annotations

from pathlib import Path

from simulator import paths
from simulator.settings import Settings, load_settings
from simulator.ui.pages.home import CUSTOM
from tests.ui.waits import HANG_MS


def test_the_plan_started_is_picked_again_after_a_restart(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.home import HomePage

    home = window.home
    assert home.preset.currentIndex() == 0  # a first start: the first preset
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))
    home.count.setValue(1)
    qtbot.waitUntil(home.start_button.isEnabled, timeout=HANG_MS)
    home.start_button.click()
    qtbot.waitUntil(lambda: window.services.settings.plan == CUSTOM, timeout=HANG_MS)
    file = paths.settings_file()
    qtbot.waitUntil(
        lambda: file.exists() and load_settings(file)[0].plan == CUSTOM, timeout=HANG_MS
    )

    settings = load_settings(file)[0]  # the next start reads it
    again = HomePage(settings.voice_enabled, settings.answer_mode, plan=settings.plan)
    qtbot.addWidget(again)
    assert again.preset.currentData() == CUSTOM  # before: the first preset
    assert again.count.isEnabled()  # the page is that plan's, not only its name


def test_a_plan_no_longer_offered_falls_back_to_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.home import HomePage

    Settings(plan="Technical deep dive").save(tmp_path / "settings.json")
    chosen = HomePage(False, plan=load_settings(tmp_path / "settings.json")[0].plan)
    qtbot.addWidget(chosen)
    assert chosen.preset.currentData() == "Technical deep dive"
    assert not chosen.count.isEnabled()  # a preset's boxes are greyed
    gone = HomePage(False, plan="A plan of an older version")
    qtbot.addWidget(gone)
    assert gone.preset.currentIndex() == 0
