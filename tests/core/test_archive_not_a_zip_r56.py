"""A file that is no zip at all, chosen by Import data…, is said so in plain words (walk56): the
message read "... is not an archive of this app: File is not a zip file", Python's own words
with their capital mid-sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, read_archive


@pytest.mark.parametrize(
    "content", [b"not a zip\n", b"%PDF-1.7\n" + bytes(300), b"PK\x05\x06" + bytes(10)]
)
def test_a_file_that_is_no_zip_is_said_so_in_plain_words_r56(
    tmp_path: Path, content: bytes
) -> None:
    notes = tmp_path / "notes.zip"
    notes.write_bytes(content)
    with pytest.raises(ArchiveError) as caught:
        read_archive(notes)
    message = str(caught.value)
    assert message.startswith(str(notes)), message
    assert "File is" not in message and "not a zip file" in message, message
