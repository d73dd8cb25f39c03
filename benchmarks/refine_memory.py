"""The memory a voice interview peaks at, measured without its timing: the app's window with the
bank and Whisper loaded, then, for each of three ~30 s espeak-ng answers, its transcript scored
and its recording transcribed whole again (``transcribe_file``: the background refine, whose
30 s encoder window sets a voice interview's peak, ``voice_interview.py``). Prints the resident
memory before each refine and its peak (``VmHWM``, reset before each).

``voice_interview.py`` runs the same steps among the others, with their timing: on a loaded
machine its steps overlap (the voice's model loaded during a refine) and its peak moves by 20-100
MB from run to run whatever the app holds; these steps run one after another, so two versions
of the app compare on what they hold.

    .venv/bin/python benchmarks/refine_memory.py [--seconds 30]

Measured (round 52, speech52, load 10-14; three runs of each version alternated; resident MB
before each of the three refines, and the highest peak):
main 572d1128: (333, 338, 343) 415; (334, 337, 343) 418; (332, 338, 341) 415. With Whisper's
tokenizer in flat tables, Jinja and asyncio not imported (round 52): (322, 327, 330) 405; (322,
326, 330) 404; (324, 329, 333) 414 (these runs without the int8 copy and tokenizer cache made
first; the script makes them, as a second start has them).

Round 55 (perf55, load 21-23 from other people's work; main 814c99ef and the change alternated,
two runs each, plus two of main with a probe added at the end): the scorer's largest table
after the bank's warm-up was ``core_frame._model_answer_indexes`` (the 34 story themes' model
answers indexed, kept for good to find each theme's own core phrases, which ``own_core`` keeps
anyway); only the phrases are kept now. Main: (317, 324, 329) 401; (318, 322, 328) 400; (318,
325, 329) 399; (319, 322, 329) 401. After: (310, 315, 321) 393; (311, 316, 320) 393: 7-8 MB
less before each refine and at the peak. Where the rest is held (RSS at the last refine, by
mapping): anonymous 143 MB, the heap 46, onnxruntime 21, WordLlama's vectors 12 (mapped),
CTranslate2 11, Qt 20; the bank's read +21 MB anonymous, the scoring modules' import +11, the
warm-up's tables +17 (the stem cache 2.5), WordLlama's tokenizer +14-17 (10 once trimmed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import gui_stall as gs  # noqa: E402
from benchmarks.voice_interview import ANSWERS, QUESTION_IDS  # noqa: E402


def _status_mb(*keys: str) -> dict[str, float]:
    found = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in keys:
                found[key] = int(value.split()[0]) / 1024
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each answer")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-refine-memory-"))
    wavs = []
    for i in range(3):
        wav = tmp / f"answer{i + 1}.wav"
        gs.render_answer(args.seconds, wav, ANSWERS[i])
        wavs.append(wav)
    os.environ["ML_INTERVIEW_DATA_DIR"] = str(tmp / "data")
    gs.make_int8_copy()

    from PySide6.QtWidgets import QApplication

    from simulator.ui.pyside_feature import read_sources_without_keeping_them

    read_sources_without_keeping_them()  # as the app's start (open_window) does

    from simulator.app import build_services
    from simulator.core.scoring.answer import score_answer
    from simulator.settings import Settings
    from simulator.speech.asr import get_whisper
    from simulator.ui.main_window import MainWindow

    app = QApplication([])
    Settings(voice_enabled=False, follow_ups=False, answer_mode="spoken").save()
    services = build_services(with_speaker=False)
    window = MainWindow(services)
    window.show()

    def spin(seconds: float, until: object = None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (until is not None and until()):  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.02)

    spin(120, lambda: window.voice_answers.model_ready)
    spin(3)
    assert services.bank is not None
    whisper = get_whisper(None)
    figures = []
    for qid, wav in zip(QUESTION_IDS, wavs, strict=False):
        score_answer(services.bank.get(qid), whisper.transcribe_file(wav))
        app.processEvents()
        before = _status_mb("VmRSS")["VmRSS"]
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # VmHWM from here
        whisper.transcribe_file(wav)
        figures.append((round(before), round(_status_mb("VmHWM")["VmHWM"])))
    print("refines (resident MB before, peak):", figures)
    print("highest peak:", max(peak for _, peak in figures), "MB")
    window.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
