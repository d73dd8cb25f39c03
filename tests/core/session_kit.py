"""Fakes and a harness for unit tests of the session core (no Qt, no audio, a real SQLite file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from simulator.core.questions import Question, load_packs
from simulator.core.session import InlineExecutor, Session, SessionPlan
from simulator.core.session import events as ev
from simulator.core.speech_topic import SpeechTopic
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word
from simulator.settings import Settings

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeVoice:
    """The interviewer: finishes at once, or (``hold``) when the test says so."""

    def __init__(self, hold: bool = False) -> None:
        self.enabled = True
        self.hold = hold
        self.said: list[str] = []
        self.unheard_waits: list[float] = []  # what each say() asked for if it cannot be heard
        self.stops = 0
        self._then: Callable[[], None] | None = None

    @property
    def speaking(self) -> bool:
        return self._then is not None

    def say(self, text: str, then: Callable[[], None], unheard_wait_s: float = 0.0) -> None:
        self.said.append(text)
        self.unheard_waits.append(unheard_wait_s)
        if self.hold:
            self._then = then
        else:
            then()

    def finish(self) -> None:
        then, self._then = self._then, None
        assert then is not None, "the interviewer is not speaking"
        then()

    def stop(self) -> None:
        self.stops += 1
        self._then = None

    def prepare(self, text: str) -> None:
        pass


def spoken(text: str, duration: float | None = None) -> Transcript:
    """A spoken transcript: one word every 0.4 s."""
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(text.split()))
    return Transcript(text, words, "fake", "fake", duration or max(1.0, len(words) * 0.4))


class FakeSpeech:
    """The microphone and the recogniser. The test delivers what was heard."""

    def __init__(self) -> None:
        self.started: list[Path] = []
        self.topics: list[SpeechTopic | None] = []  # the topic given with each call
        self.stops = 0
        self.preloads = 0
        self.whole: dict[str, Transcript] = {}  # by file name: the whole-recording pass
        self.recovered: dict[str, Transcript] = {}
        self.heard_speech = True  # the microphone heard words before Ctrl+Enter
        self.problem: str | None = None  # why nothing could be recorded (no microphone)
        self.holds: list[str] = []  # "pause" and "resume", in order
        self.paused = False
        self._recording = False

    @property
    def recording(self) -> bool:
        return self._recording

    def preload(self) -> None:
        self.preloads += 1

    def input_problem(self) -> str | None:
        return self.problem

    def start(self, path: Path, topic: SpeechTopic | None = None) -> None:
        self.started.append(path)
        self.topics.append(topic)
        self._recording = True

    def stop(self) -> None:
        self.stops += 1
        self._recording = self.paused = False

    def pause(self) -> None:
        self.holds.append("pause")
        self.paused = True

    def resume(self) -> None:
        self.holds.append("resume")
        self.paused = False

    def transcribe_whole(self, path: Path, topic: SpeechTopic | None = None) -> Transcript:
        self.topics.append(topic)
        return self.whole.get(path.name) or Transcript(text="")

    def recover(self, path: Path, topic: SpeechTopic | None = None) -> Transcript:
        self.topics.append(topic)
        return self.recovered[path.name]


class Harness:
    """One session core over the mini pack, with fakes, an inline executor and a real database."""

    def __init__(
        self,
        tmp: Path,
        *,
        hold_voice: bool = False,
        follow_ups: bool = True,
        storage: Storage | None = None,
    ) -> None:
        self.bank = load_packs([PACK])
        self.storage = storage or Storage(tmp / "sessions.sqlite3")
        self.settings = Settings(follow_ups=follow_ups)
        self.clock = Clock()
        self.voice = FakeVoice(hold_voice)
        self.speech = FakeSpeech()
        self.executor = InlineExecutor()
        self.events: list[Any] = []
        self.session = Session(
            storage=self.storage,
            settings=self.settings,
            executor=self.executor,
            voice=self.voice,
            speech=self.speech,
            clock=self.clock,
            recordings=lambda: tmp / "recordings",
        )
        self.session.on_event(self.events.append)

    def q(self, qid: str) -> Question:
        return self.bank.questions[qid]

    def start(self, *ids: str, spoken: bool = False, voice: bool = True) -> None:
        plan = SessionPlan("Test", question_ids=ids, spoken=spoken, voice=voice)
        self.session.start(plan, plan.questions(self.bank))

    def to_answering(self) -> None:
        """Let the countdown run out (as the person waits), then a moment more."""
        self.clock.advance(self.session.interview.current.prep_time_s + 0.1)  # type: ignore[union-attr]
        self.session.tick()
        self.clock.advance(1.0)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    def notices(self) -> list[str]:
        return [e.text for e in self.of(ev.Notice)]

    def rows(self) -> list[Any]:
        sid = self.session.session_id
        assert sid is not None
        return self.storage.answers(sid)
