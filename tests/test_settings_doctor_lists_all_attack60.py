"""doctor says every value of settings.json the app cannot use, as a warning (attack run 60: it
said the first, then "(and 3 more)", under "[missing] settings", while the app ran on the
defaults for each)."""

from __future__ import annotations

from pathlib import Path

from simulator import paths


def test_doctor_lists_every_wrong_setting_attack60(data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from simulator.cli.doctor import check_settings

    data_dir.mkdir(parents=True, exist_ok=True)
    where = paths.settings_file()
    where.write_text(
        '{"voice_enabled": "yes", "speaking_rate": -5, "silence_s": 1e308, "zzz": 1}',
        encoding="utf-8",
    )
    check = check_settings()
    assert check.status == "warning"
    assert check.detail.startswith(f"{where}: voice_enabled: ")
    for key in ("speaking_rate: -5", "zzz"):
        assert f". {key}" in check.detail or f'. "{key}' in check.detail, check.detail
    assert check.detail.count(str(where)) == 1
    assert "more)" not in check.detail
