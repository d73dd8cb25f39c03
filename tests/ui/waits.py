"""Waits on work the window does on its lanes (the question bank's load), for as long as a
loaded machine takes: each ends as soon as its condition holds, and the bound only turns a hang
into this test's own failure before pytest's faulthandler_timeout (600 s) ends the whole run.

A fixed 30 s for the bank was missed once at load 18 (round 29: the packs parsed cold, in every
test's own data folder, beside seven other engineers' runs on two cores)."""

from __future__ import annotations

from typing import Any

# below pyproject's faulthandler_timeout (600 s), which ends the whole run without a report
HANG_MS = 300_000


def wait_for_bank(qtbot: Any, services: Any) -> None:
    """Until the window's question bank has loaded (or failed: a failed load is a bank of its
    problems, never None)."""
    qtbot.waitUntil(lambda: services.bank is not None, timeout=HANG_MS)


def page_notice_text(page) -> str:  # type: ignore[no-untyped-def]
    """The text of the notice open at the top of ``page`` ("" when none is)."""
    from simulator.ui.page_notice import NOTICE_NAME, PageNotice

    open_ = [n for n in page.findChildren(PageNotice, NOTICE_NAME) if not n.closed]
    return open_[-1].text.text() if open_ else ""
