"""doctor with a file in the data folder's place (attack run 49): every line says the
sentence alone; the database line read "[Errno 17] the data folder ... cannot be created"."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.cli.doctor import check_data_dir, check_database


@pytest.mark.parametrize("where", ["a-file", "a-file/data"])
def test_doctor_says_no_errno_hard49(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path / where))
    for check in (check_data_dir(), check_database()):
        assert not check.ok
        assert "cannot be created: a file is in the way" in check.detail, check
        assert "[Errno" not in check.detail, check


def test_a_data_dir_error_reads_as_its_sentence_hard49() -> None:
    error = paths.DataDirError(17, "the data folder /x cannot be created: a file is in the way")
    assert str(error) == "the data folder /x cannot be created: a file is in the way"
