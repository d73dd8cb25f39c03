"""Whisper on ML answers: does the question's prompt keep the technical terms?

No recordings of people answering ML questions are to be had offline, so this set is
synthetic: the bank's model answers (their first sentences, about ``WORDS`` words) read by
Piper's joe voice and by espeak-ng (en-us), each clean and with white noise at 10 dB SNR
(``speech_set.with_condition``), rendered into the git-ignored tests/.cache on first use.
Each is transcribed with no topic and with its question's topic (``core.speech_topic``),
through the whole-file path and, with ``--live``, the live path.

Printed: WER and term recall (the share of the rubric's key-point phrases found in the
reference that are found in the transcript, as the scorer would look for them), per split:
``tune`` questions were looked at while choosing the prompt, ``held`` ones only measured.

    .venv/bin/python benchmarks/ml_speech.py [--split tune|held|all] [--live] [-v]

Measured (stop 16, tiny.en int8, whole-file path, a shared loaded machine; term recall =
phrases, key points = points said by any of their phrases; "before" is main before the stop):

| tune (8 x 2) | WER clean / 10 dB | term recall clean / 10 dB | key points clean / 10 dB |
|---|---|---|---|
| before (no topic) | 13.2 / 32.1 % | 84.8 / 54.3 % | 43/46, 36/46 |
| question + terms prompt | 11.1 / 22.2 % | 90.6 / 76.8 % | 44/46, 44/46 |
| terms-only prompt, loop fix | 8.4 / 24.6 % | 89.1 / 71.7 % | 45/46, 46/46 |

| held (8 x 2), measured once | WER clean / 10 dB | term recall clean / 10 dB | key points |
|---|---|---|---|
| no topic (loop fix in) | 11.7 / 33.6 % | 71.0 / 47.1 % | 40/40, 32/40 |
| terms-only prompt | 9.2 / 24.6 % | 81.2 / 65.9 % | 40/40, 39/40 |

Edge words on held: 3 / 8 -> 1 / 1. Decoding time is about the same with the topic (real-time
factor 0.15-0.21 either way; 34 s answer: 10.2-14.3 s without, 6.4-12.9 s with, 3 runs each).
The WER includes spellings the reference writes otherwise ("KernelSHAP", "summarises").
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import speech_metrics as sm  # noqa: E402
from benchmarks.speech_set import SAMPLE_RATE, Item, default_cache, with_condition  # noqa: E402
from simulator.core.questions import Question  # noqa: E402
from simulator.core.speech_topic import SpeechTopic, topic_of  # noqa: E402
from simulator.speech.prompting import topic_terms  # noqa: E402

TUNE = (
    "tech.roc-auc",
    "tech.activation-functions",
    "tech.shap-values",
    "tech.lstm-gru",
    "tech.tf-idf",
    "tech.word2vec",
    "tech.adam-optimizer",
    "tech.svm",
)
HELD = (
    "tech.xgboost",
    "tech.k-means",
    "tech.regularization",
    "tech.pca",
    "tech.batch-normalization",
    "tech.bert-vs-gpt",
    "tech.naive-bayes",
    "tech.self-attention",
)
VOICES = ("piper", "espeak")
CONDITIONS = ("clean", "noisy")
WORDS = 80


def answer_text(question: Question, words: int = WORDS) -> str:
    """The model answer's first sentences, about ``words`` words."""
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", question.model_answer.strip()):
        out.append(sentence)
        if sum(len(s.split()) for s in out) >= words:
            break
    return " ".join(out)


def _render(text: str, voice: str, target: Path) -> None:
    if voice == "espeak":
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "raw.wav"
            subprocess.run(
                ["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(raw), text], check=True
            )
            from faster_whisper.audio import decode_audio

            samples = decode_audio(str(raw), sampling_rate=SAMPLE_RATE)
    else:
        from piper.config import SynthesisConfig

        from simulator.speech.piper_voice import installed_models, load_voice

        model = installed_models()[0]
        piper = load_voice(model, threads=1)
        pcm = b"".join(
            c.audio_int16_bytes for c in piper.synthesize(text, SynthesisConfig(length_scale=1.0))
        )
        rate = piper.config.sample_rate
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        if rate != SAMPLE_RATE:
            positions = np.arange(0, samples.size, rate / SAMPLE_RATE)
            samples = np.interp(positions, np.arange(samples.size), samples).astype(np.float32)
    target.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(str(target), samples, SAMPLE_RATE, subtype="PCM_16")


def clip(question: Question, voice: str, condition: str) -> Path:
    cache = default_cache().parent / "ml_speech"
    target = cache / f"{question.id}-{voice}-{condition}.wav"
    if not target.exists():
        spoken = cache / f"{question.id}-{voice}.wav"
        if not spoken.exists():
            _render(answer_text(question), voice, spoken)
        samples, _ = soundfile.read(str(spoken), dtype="float32")
        item = Item(f"{question.id}-{voice}", "", "", None, "ml", "read")
        mixed = with_condition(item, samples, condition)
        soundfile.write(str(target), mixed, SAMPLE_RATE, subtype="PCM_16")
    return target


def _has(text_words: str, phrase: str) -> bool:
    norm = " ".join(sm.words(phrase))
    return bool(norm) and f" {norm} " in text_words


def _spaced(text: str) -> str:
    return " " + " ".join(sm.words(text)) + " "


def key_terms(question: Question, reference: str) -> list[str]:
    """The rubric's key-point phrases said in ``reference`` (normalised words), each once."""
    said = _spaced(reference)
    terms = {" ".join(sm.words(p)) for k in question.key_points for p in k.phrases if _has(said, p)}
    return sorted(terms)


def term_hits(terms: list[str], hypothesis: str) -> int:
    heard = _spaced(hypothesis)
    return sum(_has(heard, t) for t in terms)


def point_hits(question: Question, reference: str, hypothesis: str) -> tuple[int, int]:
    """(key points the reference says by one of their phrases, those the transcript says by
    any of their phrases): how the scorer finds a key point."""
    said, heard = _spaced(reference), _spaced(hypothesis)
    points = [k for k in question.key_points if any(_has(said, p) for p in k.phrases)]
    return len(points), sum(any(_has(heard, p) for p in k.phrases) for k in points)


def live_text(path: Path, topic: SpeechTopic | None) -> str:
    from simulator.speech.asr import get_whisper
    from simulator.speech.audiofile import float_to_pcm16, read_audio
    from simulator.speech.streaming import StreamingSession

    samples, _ = read_audio(path)
    session = StreamingSession(get_whisper(None), partial_interval_s=None, topic=topic)
    pcm = float_to_pcm16(samples)
    for i in range(0, len(pcm), 3200):
        session.feed(pcm[i : i + 3200])
    return session.finish().text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--live", action="store_true", help="the live path too")
    parser.add_argument("--modes", nargs="*", default=["none", "topic"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from simulator.bank import load_bank
    from simulator.speech.asr import get_whisper

    bank = load_bank()
    ids = {"tune": TUNE, "held": HELD, "all": TUNE + HELD}[args.split]
    whisper = get_whisper(None)
    whisper.load()
    methods = ["file", "live"] if args.live else ["file"]
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for qid in ids:
        question = bank.questions[qid]
        reference = answer_text(question)
        terms = key_terms(question, reference)
        for voice in VOICES:
            for condition in CONDITIONS:
                path = clip(question, voice, condition)
                audio_s = soundfile.info(str(path)).duration
                for mode in args.modes:
                    topic = topic_of(question) if mode == "topic" else None
                    for method in methods:
                        started = time.perf_counter()
                        if method == "file":
                            text = whisper.transcribe_file(path, topic=topic).text
                        else:
                            text = live_text(path, topic)
                        t = totals[f"{method}/{condition}/{mode}"]
                        t["seconds"] += time.perf_counter() - started
                        t["audio_s"] += audio_s
                        a = sm.align(reference, text)
                        t["errors"] += a.errors
                        t["ref_words"] += a.reference_words
                        t["edge"] += a.edge_insertions
                        prompt = topic_terms(topic) if topic is not None else []
                        t["leaks"] += sm.prompt_leaks(reference, text, prompt)
                        t["terms"] += len(terms)
                        t["term_hits"] += term_hits(terms, text)
                        points, points_heard = point_hits(question, reference, text)
                        t["points"] += points
                        t["points_heard"] += points_heard
                        if args.verbose:
                            missed = [x for x in terms if term_hits([x], text) == 0]
                            print(f"{qid} {voice} {condition} {mode} {method}: missed {missed}")
                            print(f"    {text}")
    print(f"== ML answers, {args.split} ({len(ids)} questions x {len(VOICES)} voices)")
    for key in sorted(totals):
        t = totals[key]
        print(
            f"{key:22s} WER {100 * t['errors'] / max(1, t['ref_words']):5.1f} %  term recall "
            f"{int(t['term_hits'])}/{int(t['terms'])} ({100 * t['term_hits'] / max(1, t['terms']):.1f} %)"
            f"  key points {int(t['points_heard'])}/{int(t['points'])}"
            f"  edge words {int(t['edge'])}  prompt terms made up {int(t['leaks'])}"
            f"  real-time factor {t['seconds'] / t['audio_s']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
