"""The app's own small files under hostile names: a named pipe, a link to an endless device, a
folder, a huge file, or values outside what the Settings dialog offers. Every reader falls back to
its default at once; none waits forever or fills the memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from simulator.settings import Settings

CHILD = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # an endless read fails fast
    from pathlib import Path
    from simulator import consent, paths
    from simulator.core.bank_cache import PackCache
    from simulator.core.session.drafts import Drafts
    from simulator.instance import InstanceLock
    from simulator.settings import Settings
    paths.set_data_dir(sys.argv[1])
    s = Settings.load()
    print(s.speaking_rate, s.theme, consent.pending_cloud_engine(), consent.check_consent("google").given_at)
    print(Drafts(lambda: paths.data_dir() / "drafts").read(1))
    print(InstanceLock(paths.data_dir()).holder())
    print(len(PackCache(paths.data_dir() / "cache" / "bank.json")._read()))
    """
)


@pytest.mark.parametrize("kind", ["pipe", "endless", "folder"])
def test_a_pipe_device_or_folder_under_an_app_file_name_is_read_as_missing(
    tmp_path: Path, kind: str
) -> None:
    data = tmp_path / "data"
    (data / "drafts").mkdir(parents=True)
    (data / "cache").mkdir()
    names = [
        data / "settings.json", data / "cloud-consent.json", data / ".consent-key",
        data / "drafts" / "session-1.json", data / ".lock", data / "cache" / "bank.json",
    ]  # fmt: skip
    for name in names:
        if kind == "pipe":
            os.mkfifo(name)  # opening it for reading waits for a writer that never comes
        elif kind == "endless":
            name.symlink_to("/dev/zero")
        else:
            name.mkdir()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-600:]
    assert child.stdout.split("\n")[:4] == ["160 system None None", "None", "None", "0"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("speaking_rate", 0), ("speaking_rate", -50), ("speaking_rate", 10**9),
        ("silence_end_s", -1.0), ("silence_end_s", float("nan")), ("silence_end_s", 1e308),
        ("answer_mode", "sung"), ("theme", "hacker"), ("voice_id", "x" * 10_000),
    ],
)  # fmt: skip
def test_a_hand_edited_value_the_dialog_never_offers_is_ignored(
    tmp_path: Path, key: str, value: object
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({key: value, "follow_ups": False}), encoding="utf-8")
    loaded = Settings.load(path)
    assert getattr(loaded, key) == getattr(Settings(), key)
    assert loaded.follow_ups is False  # the other values are kept


def test_links_planted_under_the_app_s_own_names_never_redirect_a_write(tmp_path: Path) -> None:
    from simulator import consent, paths
    from simulator.core.session.drafts import Draft, Drafts
    from simulator.instance import InstanceLock

    data, outside = tmp_path / "data", tmp_path / "outside"
    (data / "drafts").mkdir(parents=True)
    outside.mkdir()
    paths.set_data_dir(data)
    planted = {
        data / ".lock": "lock",
        data / ".settings.json.part": "settings",
        data / "drafts" / ".session-1.json.part": "draft",
        data / ".consent-key": "key",
        data / ".cloud-consent.json.part": "consent",
    }
    for link, name in planted.items():
        (outside / name).write_text(f"my {name}", encoding="utf-8")
        link.symlink_to(outside / name)
    lock = InstanceLock(data)
    assert lock.acquire()
    lock.release()
    Settings(speaking_rate=200).save()
    Drafts(lambda: data / "drafts").write(1, Draft(0, None, "half an answer"))
    consent.record_consent("google")
    for name in planted.values():  # every file a link pointed at is as it was
        assert (outside / name).read_text(encoding="utf-8") == f"my {name}"
    assert Settings.load().speaking_rate == 200
    assert consent.consent_given_at("google") is not None
    assert not any(p.is_symlink() for p in data.rglob("*"))
