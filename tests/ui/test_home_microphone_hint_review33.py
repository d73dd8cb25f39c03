"""Home's line under the answer mode, from the messages the microphone code really gives
(review33): it told them apart by "Settings" anywhere in the text, and the tests stubbed the
message by hand, so a reworded message would have passed unseen."""

from __future__ import annotations

from simulator.ui.audio_input import missing_device_text
from simulator.ui.pages.home import microphone_hint


def test_a_chosen_microphone_gone_names_where_it_is_chosen_once() -> None:
    hint = microphone_hint(missing_device_text("USB Headset"))
    assert "USB Headset" in hint and hint.count("Settings") == 1, hint
    assert hint.endswith("Answers will be typed."), hint


def test_no_microphone_at_all_says_what_to_do() -> None:
    hint = microphone_hint(missing_device_text(None))
    assert "until one is connected (Settings, Ctrl+,)" in hint and hint.count("Settings") == 1


def test_no_problem_says_nothing() -> None:
    assert microphone_hint(None) == "" and microphone_hint("") == ""
