"""Consent to the cloud speech engine is a record the app checks (issue 12, item 14): hostile
consent files (hand-written, tampered, copied, from another notice or app version, unreadable,
huge, nested) never let audio go to the cloud; each is refused with a log line naming the file,
and the window asks again at start-up."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from simulator import consent, paths
from simulator.settings import Settings


def _cloud_settings(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"speech_engine": "google"}), "utf-8")


def _valid_record() -> dict[str, Any]:
    consent.record_consent("google")
    return json.loads(consent.consent_file().read_text("utf-8"))


def _edit(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    """A hostile file made from a valid one by ``change`` (the signing key is left in place)."""

    def write(_data: Path) -> None:
        data = _valid_record()
        change(data)
        consent.consent_file().write_text(json.dumps(data), "utf-8")

    return write


def _text(text: str | bytes) -> Callable[[Path], None]:
    def write(_data: Path) -> None:
        path = consent.consent_file()
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    return write


def _set(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["records"]["google"].__setitem__(key, value)


def _hand_written(_data: Path) -> None:
    """What a person or script would write knowing the format but not the key."""
    _valid_record()
    record = {
        "engine": "google",
        "notice_version": 1,
        "notice_sha256": consent._notice_hash("google"),
        "given_at": "2026-01-01T00:00:00+00:00",
        "signature": "0" * 64,
    }
    data = {"format": consent.FORMAT, "version": consent.VERSION, "records": {"google": record}}
    consent.consent_file().write_text(json.dumps(data), "utf-8")


def _copied_from_another_folder(data: Path) -> None:
    """A valid record and its key, made in another data folder and copied here: consent is
    given per data folder, so it does not travel with the files."""
    other = data.parent / "elsewhere"
    paths.set_data_dir(other)
    try:
        _valid_record()
    finally:
        paths.set_data_dir(None)
    data.mkdir(parents=True, exist_ok=True)
    for name in ("cloud-consent.json", ".consent-key"):
        shutil.copy(other / name, data / name)


def _key_deleted(_data: Path) -> None:
    _valid_record()
    consent.key_file().unlink()


def _unreadable(_data: Path) -> None:
    consent.consent_file().mkdir()  # a folder where the file should be: cannot be read


HOSTILE: dict[str, Callable[[Path], None]] = {
    "hand-written with a made-up signature": _hand_written,
    "given_at changed after signing": _edit(_set("given_at", "2026-02-02T00:00:00+00:00")),
    "signature removed": _edit(lambda d: d["records"]["google"].pop("signature")),
    "an extra field": _edit(_set("note", "I agree")),
    "another notice version": _edit(_set("notice_version", 0)),
    "notice version true": _edit(_set("notice_version", True)),
    "another notice wording": _edit(_set("notice_sha256", "0" * 64)),
    "record names another engine": _edit(_set("engine", "sphinx")),
    "date without a time zone": _edit(_set("given_at", "2026-01-01T00:00:00")),
    "date in the future": _edit(_set("given_at", "2999-01-01T00:00:00+00:00")),
    "date not a date": _edit(_set("given_at", ["2026"])),
    "record is a list": _edit(lambda d: d["records"].__setitem__("google", [1])),
    "another app version": _edit(lambda d: d.__setitem__("version", 1)),
    "format missing": _edit(lambda d: d.pop("format")),
    "copied from another folder": _copied_from_another_folder,
    "signing key deleted": _key_deleted,
    "version 1 file (unsigned)": _text(
        json.dumps({"google": {"given_at": "2026-01-01T00:00:00+00:00", "notice_sha256": "0"}})
    ),
    "not JSON": _text("{'google': yes"),
    "not UTF-8": _text(b"\xff\xfe\x00{"),
    "nested 100,000 deep": _text("[" * 100_000 + "]" * 100_000),
    "a JSON list": _text("[]"),
    "empty": _text(""),
    "over 64 KB": _text(json.dumps({"format": consent.FORMAT, "pad": "x" * 70_000})),
    "unreadable (a folder)": _unreadable,
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_consent_file_is_no_consent_and_is_logged(
    case: str, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _cloud_settings(data_dir)
    HOSTILE[case](data_dir)
    consent._logged.clear()
    with caplog.at_level(logging.WARNING, logger="simulator.consent"):
        assert consent.consent_given_at("google") is None
        assert Settings.load().speech_engine == "whisper"
        assert consent.pending_cloud_engine() == "google"  # the window asks again
    lines = [r.getMessage() for r in caplog.records if r.name == "simulator.consent"]
    assert len(lines) == 1, lines  # once, not at every look
    assert str(consent.consent_file()) in lines[0], lines[0]


def test_consent_given_in_the_app_is_valid_and_private(data_dir: Path) -> None:
    _cloud_settings(data_dir)
    assert consent.pending_cloud_engine() == "google"
    consent.record_consent("google")
    check = consent.check_consent("google")
    assert check.problem == "" and check.given_at is not None and check.given_at[:2] == "20"
    assert Settings.load().speech_engine == "google"
    assert consent.pending_cloud_engine() is None
    for path in (consent.consent_file(), consent.key_file()):
        assert path.stat().st_mode & 0o777 == 0o600
    record = json.loads(consent.consent_file().read_text("utf-8"))["records"]["google"]
    assert record["engine"] == "google" and record["notice_version"] == 1
    with pytest.raises(ValueError, match="not a cloud speech engine"):
        consent.record_consent("whisper")


def test_the_reason_names_what_is_wrong(data_dir: Path) -> None:
    HOSTILE["another notice version"](data_dir)
    assert "version 0 of the privacy notice" in consent.check_consent("google").problem
    HOSTILE["given_at changed after signing"](data_dir)
    assert "written or changed outside the app" in consent.check_consent("google").problem
