"""Attack run of round 29: the tokenizer tables kept in the data folder's cache (new this round)
are read and written as the app's other small files are. A named pipe under the cache's name
made the speech model's load wait forever (no spoken answer could be transcribed); a link
planted under its temporary name had the app overwrite the file it pointed to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from simulator.speech.model_source import resolve_model

REPO = Path(__file__).resolve().parents[2]

_CHILD = """
import sys
from pathlib import Path
from simulator.speech import bpe
path = Path(sys.argv[1])
stat = path.stat()
key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
print(bpe._from_cache(key) is None, bpe.shared(path).token_to_id("<|en|>") is not None)
"""


def _key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def test_a_pipe_in_the_place_of_the_cache_is_read_past(data_dir: Path) -> None:
    from simulator.speech import bpe

    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    cache = bpe._cache_file(_key(path))
    assert cache is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.unlink(missing_ok=True)
    os.mkfifo(cache)
    # in a child: on the old code the read waits for a writer that never comes
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
        env={**os.environ, "ML_INTERVIEW_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]


def test_a_link_planted_under_the_caches_temporary_name_is_not_followed(
    data_dir: Path, tmp_path: Path
) -> None:
    from simulator.speech import bpe

    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    key = _key(path)
    cache = bpe._cache_file(key)
    assert cache is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (cache.parent / f"{cache.name}.{os.getpid()}.part").symlink_to(victim)
    bpe._write_cache(key, {chr(b): b for b in range(256)}, [], {"<|en|>": 256})
    assert victim.read_text() == "mine"
    assert bpe._from_cache(key) is not None  # written whole, in its own place
