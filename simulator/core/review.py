"""What the Review page shows for one recorded answer, computed once when it opens (Qt-free).

A spoken answer's stored word timings become a list of ``ReviewWord`` (each knows when it was
said and whether it is a filler, a hedge or part of a key point's evidence), the long pauses
between them, the STAR segments as time spans and a pace-over-time line. A typed answer gets the
same words without timings. ``word_index_at`` maps a player position to the word being said with
a binary search, so following the audio costs the same for a 10-second or a 10-minute answer.
"""

from __future__ import annotations

import bisect
import os
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import overload

from simulator.core.asked import as_asked, said_since
from simulator.core.questions import Question, QuestionBank
from simulator.core.recording_check import (
    NOT_NUMBERS,
    UnusableRecording,
    length_notice,
    recorded_seconds,
    recording_notice,
    recording_problem,
)
from simulator.core.recording_level import stored_as_floats
from simulator.core.scorecard.model import AnswerView
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.scoring.delivery import HEDGES, LONG_PAUSE_S
from simulator.core.scoring.fillers import find_fillers, longest_first_by_word
from simulator.core.scoring.results import StarResult
from simulator.core.scoring.text import words as normalised_words
from simulator.core.storage import AnswerRecord, SessionRecord
from simulator.core.storage_queries import TranscriptRevision
from simulator.core.tables import QUESTION_GONE, STAR_PARTS
from simulator.core.transcript import UNSURE_WORD_PROBABILITY, Transcript, stored_words

PACE_WINDOW_S = 10.0  # the pace line is words per minute over the last 10 s
PACE_STEP_S = 1.0


@dataclass(frozen=True)
class ReviewWord:
    text: str  # as transcribed (punctuation kept)
    start: float | None  # seconds into the recording; None for typed answers
    end: float | None
    kind: str = ""  # "" | "filler" | "hedge"
    phrase: str = ""  # the filler or hedge phrase this word belongs to
    # labels of the key points whose evidence sentence holds this word, one a line: two points
    # shown by one sentence both are (the second was left unmarked: walk55)
    evidence: str = ""
    # how sure the recogniser was of the word, when it said (``Word.probability``); below
    # ``UNSURE_WORD_PROBABILITY`` the page shows the word as heard unclearly
    probability: float | None = None
    # what the score says of the claim this word's sentence makes, when it says something:
    # ``claim_kind`` "wrong" (it contradicts a key point or is a charged misconception) or
    # "warned" (it warns against a mistake: not charged); ``claim`` says which, one a line
    claim_kind: str = ""
    claim: str = ""

    @property
    def unsure(self) -> bool:
        return self.probability is not None and self.probability < UNSURE_WORD_PROBABILITY


class ReviewWords(Sequence[ReviewWord]):
    """An answer's words kept in a few flat arrays (their texts in one string, their times
    and probabilities as numbers, their marks as codes into the distinct ones): each
    ``ReviewWord`` is made when asked for. As one object a word, a long answer's 200,000
    were visited by every full garbage collection, and the review's loader collects once
    with the GIL held: 56-89 ms of CPU (170-210 ms at load 9-13) in which the window could not
    run (``benchmarks/review_long_transcript.py``, round 46). A tuple of 200,000 numbers
    costs nearly as much (the collector looks at each element's header); a flat array is
    not visited at all. The first words (``MADE_CHARS`` of text, more than Review shows)
    are kept made, for the page to write without making them on the GUI thread."""

    __slots__ = (
        "_ends", "_head", "_marks", "_offsets", "_probabilities", "_starts", "_text", "_marked",
    )  # fmt: skip

    def __init__(
        self,
        words: Iterable[ReviewWord] = (),
        plain: Iterable[tuple[str, float | None, float | None, float | None]] = (),
    ) -> None:
        """``words``, then ``plain``: more words, each (text, start, end, probability), with no
        mark (past the part the page shows, no word is made or marked: ``review_words``)."""
        texts: list[str] = []
        starts, ends, probabilities = array("d"), array("d"), array("d")
        marks = array("I")
        kinds: dict[tuple[str, str, str, str, str], int] = {("", "", "", "", ""): 0}
        head: list[ReviewWord] = []
        size = 0
        for w in words:
            if size <= MADE_CHARS:
                head.append(w)
                size += len(w.text) + 1
            texts.append(w.text)
            starts.append(_NONE if w.start is None else w.start)
            ends.append(_NONE if w.end is None else w.end)
            probabilities.append(_NONE if w.probability is None else w.probability)
            mark = (w.kind, w.phrase, w.evidence, w.claim_kind, w.claim)
            marks.append(kinds.setdefault(mark, len(kinds)))
        for text, start, end, probability in plain:
            texts.append(text)
            starts.append(_NONE if start is None else start)
            ends.append(_NONE if end is None else end)
            probabilities.append(_NONE if probability is None else probability)
            marks.append(0)
        offsets = array("Q", [0])
        for text in texts:
            offsets.append(offsets[-1] + len(text))
        self._text = "".join(texts)
        self._offsets, self._starts, self._ends = offsets, starts, ends
        self._probabilities, self._marks = probabilities, marks
        self._marked = tuple(kinds)  # the distinct (kind, phrase, evidence, claims), by code
        self._head = tuple(head)

    def __len__(self) -> int:
        return len(self._starts)

    @property
    def starts(self) -> array[float]:
        """Each word's start, 0 for an untimed one (no word made)."""
        return array("d", (0.0 if start != start else start for start in self._starts))

    @property
    def ends(self) -> array[float]:
        """Each word's end, 0 for an untimed one (no word made)."""
        return array("d", (0.0 if end != end else end for end in self._ends))

    @property
    def made(self) -> Sequence[ReviewWord]:
        """The first words, made already: the ones the page shows, and the only ones marked
        (``review_words``)."""
        return self._head

    def times(self) -> tuple[array[float], array[float]]:
        """Each word's start and end (NaN for an untimed one), no word made."""
        return self._starts, self._ends

    def unsure_texts(self) -> tuple[str, ...]:
        """The texts of the words the recogniser was unsure of, in order, no word made: the
        scorecard's unsure words (``answer_view(unsure=...)``). Read from the stored transcript
        again for the scorecard, each long answer's words were parsed once more (mendUI55)."""
        text, offsets = self._text, self._offsets
        return tuple(
            text[offsets[i] : offsets[i + 1]]
            for i, probability in enumerate(self._probabilities)
            if probability < UNSURE_WORD_PROBABILITY  # (NaN, no probability: never)
        )

    @overload
    def __getitem__(self, index: int) -> ReviewWord: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[ReviewWord]: ...

    def __getitem__(self, index: int | slice) -> ReviewWord | Sequence[ReviewWord]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1 and stop <= len(self._head):
                return self._head[start:stop]  # (the words Review shows: made already)
            return ReviewWords(self[i] for i in range(start, stop, step))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("word index out of range")
        if index < len(self._head):
            return self._head[index]
        kind, phrase, evidence, claim_kind, claim = self._marked[self._marks[index]]
        return ReviewWord(
            self._text[self._offsets[index] : self._offsets[index + 1]],
            _value(self._starts[index]),
            _value(self._ends[index]),
            kind,
            phrase,
            evidence,
            _value(self._probabilities[index]),
            claim_kind,
            claim,
        )

    def __iter__(self) -> Iterator[ReviewWord]:
        yield from self._head
        for i in range(len(self._head), len(self)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"ReviewWords({list(self)!r})"


# Words made ahead, counted in characters: more than Review shows of an answer
# (``transcript_view.SHOWN_CHARS``, 10,000), so the page never makes a word on the GUI thread.
MADE_CHARS = 12_000
_NONE = float("nan")  # (a word without a time or a probability: stored times are finite)


def _value(number: float) -> float | None:
    return None if number != number else number


@dataclass(frozen=True)
class PauseMark:
    before_word: int  # index of the word said after the pause
    start: float
    duration_s: float


@dataclass(frozen=True)
class Span:
    label: str
    start: float
    end: float


@dataclass(frozen=True)
class FollowUpReview:
    prompt: str
    text: str
    overall: int | None
    # its words, marked as the main answer's are (fillers, hedges, key-point evidence: a point
    # the follow-up explained counts for the question)
    words: ReviewWords = ReviewWords()
    # what its box says when it holds no words: skipped or given none, and how the question
    # is scored then (the scorecard's words); the box was empty (walkthrough 46)
    empty: str = ""
    # its own recording, as the main answer's (a follow-up answered aloud is recorded on its
    # own): Review replays it too; only the main answer's could be played (walk57)
    audio_path: Path | None = None  # None when typed, or when the recording cannot be played
    audio_problem: str = ""
    duration_s: float | None = None
    pauses: tuple[PauseMark, ...] = ()
    pace: tuple[tuple[float, float], ...] = ()
    # it plays, but does not last as long as the answer did (``length_notice``)
    audio_length: str = ""
    # its recording holds floating-point samples (``AnswerReview.audio_floats``)
    audio_floats: bool = False

    @property
    def timed(self) -> bool:
        return bool(self.words) and self.words[0].start is not None


@dataclass(frozen=True)
class AnswerReview:
    answer_id: int
    session_id: int
    question_id: str
    prompt: str
    category: str
    topic: str
    mode: str  # typed | spoken | skipped
    words: Sequence[ReviewWord]  # (ReviewWords as made here)
    audio_path: Path | None  # None when typed, or when the recording is gone
    audio_missing: bool  # the answer was spoken but its recording is no longer on disk
    duration_s: float | None
    pauses: tuple[PauseMark, ...] = ()
    star: tuple[Span, ...] = ()
    pace: tuple[tuple[float, float], ...] = ()  # (seconds, words per minute)
    overall: int | None = None
    follow_ups: tuple[FollowUpReview, ...] = ()
    note: str = ""
    attempts: int = 1  # answers to this question so far, this one included
    rating: int | None = None  # how it felt, 1 (again) to 4 (easy), when the person said
    detail: AnswerView | None = None  # the scorecard's explanation of the answer
    # transcripts of this answer that a new transcription replaced, oldest first
    revisions: tuple[TranscriptRevision, ...] = ()
    # the recording cannot be played (gone, empty, not audio): which file and why, as a sentence
    audio_problem: str = ""
    # it plays, but does not last as long as the answer did: a file cut short or replaced
    audio_length: str = ""
    # the answer as stored, every character (the page shows a long one's first part only)
    text: str = ""
    # its recording holds floating-point samples, which Review plays from a copy in range
    # when they go past full scale: read from the file's header here, off the GUI thread (the
    # page read it as an answer was chosen, file I/O on the GUI thread: walk66, left; ui67)
    audio_floats: bool = False
    # the marks its words (the follow-ups' too) carry: "filler", "hedge", "evidence", "unsure";
    # found here, off the GUI thread: the legend looked through 200,000 words for them (0.4 s)
    marks: frozenset[str] = frozenset()
    # False: an outline made without the answer's words (nor its follow-ups'): its question,
    # mode and score only, for the list of answers; its words are read when it is chosen
    # (``session_reviews(words_at=...)``)
    loaded: bool = True

    @property
    def timed(self) -> bool:
        return bool(self.words) and self.words[0].start is not None

    def starts(self) -> list[float]:
        return list(self.word_starts)

    @cached_property
    def word_starts(self) -> Sequence[float]:
        """When each word starts (0 for an untimed one), made once: the page asks for them as it
        shows the answer, and for 200,000 words that was 6 ms of the GUI thread's CPU (perf43);
        the loader asks first, off the GUI thread. A flat array: as 200,000 float objects it
        was one more thing every full garbage collection visited (``ReviewWords``)."""
        if isinstance(self.words, ReviewWords):
            return self.words.starts
        return array("d", (w.start or 0.0 for w in self.words))


def word_index_at(starts: Sequence[float], position_s: float) -> int:
    """The word being said at ``position_s`` (the last one started); -1 before the first."""
    return bisect.bisect_right(starts, position_s) - 1


def build_review(
    session: SessionRecord,
    answer: AnswerRecord,
    question: Question | None,
    note: str = "",
    *,
    words_read: bool = True,
) -> AnswerReview:
    """``words_read`` False: an outline (``AnswerReview.loaded``), no word read or marked."""
    from simulator.core.scorecard import answer_view  # the scorecard's own explanation

    follow_ups = [
        a
        for a in session.answers
        if a.follow_up is not None and a.position == answer.position and a.id != answer.id
    ]
    # (its words read as numbers, no Word made: ``stored_words``), once: the scorecard's
    # unsure words are taken from them
    evidence, claims = _evidence(answer), _claims(answer)
    if words_read:
        words = _marked_words(answer, evidence, claims)
        follow_up_words = [
            _marked_words(f, evidence + _evidence(f), claims + _claims(f)) for f in follow_ups
        ]
    else:
        words, follow_up_words = ReviewWords(), [ReviewWords() for _ in follow_ups]
    unsure = [w.unsure_texts() for w in (words, *follow_up_words)]
    detail = answer_view(answer, question, follow_ups, unsure=unsure)
    score = answer.score
    transcript = _transcript(answer)
    audio = Path(answer.audio_path) if answer.audio_path else None
    problem = recording_problem(audio) if audio is not None else None
    missing = audio is not None and not audio.is_file()
    timed = bool(words) and words[0].start is not None
    duration = answer.duration_s or (transcript.duration_s if transcript else None)
    if timed and not duration:
        duration = words[-1].end
    follow_up_reviews = tuple(
        _with_recording(
            FollowUpReview(
                part.prompt,  # as written: an older row held the preamble
                f.text,
                f.overall,
                marked_words,
                part.shown_text if not part.text else "",
            ),
            f,
        )
        for f, marked_words, part in zip(follow_ups, follow_up_words, detail.parts[1:], strict=True)
    )
    return AnswerReview(
        answer_id=answer.id,
        session_id=answer.session_id,
        question_id=answer.question_id,
        prompt=question.prompt if question else QUESTION_GONE,
        category=detail.category,
        topic=question.topic if question else "",
        mode=answer.mode,
        words=words,
        audio_path=None if problem else audio,
        audio_missing=missing,
        duration_s=duration,
        pauses=tuple(_pauses(words)) if timed else (),
        star=tuple(_star_spans(score.star if score else None)) if timed else (),
        pace=tuple(pace_series(words)) if timed else (),
        overall=detail.overall,
        follow_ups=follow_up_reviews,
        note=note,
        audio_problem=recording_notice(audio, problem) if audio and problem else "",
        audio_length=_length_notice(audio, problem, answer.duration_s),
        detail=detail,
        text=answer.text,
        audio_floats=audio is not None and not problem and stored_as_floats(audio),
        marks=_marks_in(words.made, *(f.words.made for f in follow_up_reviews)),
        loaded=words_read,
    )


def _with_recording(review: FollowUpReview, answer: AnswerRecord) -> FollowUpReview:
    """``review`` with its follow-up's recording, read as the main answer's: where it is
    (None when it cannot be played, and why), how long it lasts, its long pauses and pace."""
    if not answer.audio_path:
        return review
    audio = Path(answer.audio_path)
    problem = recording_problem(audio)
    words = review.words
    timed = review.timed
    transcript = _transcript(answer)
    duration = answer.duration_s or (transcript.duration_s if transcript else None)
    if timed and not duration:
        duration = words[-1].end
    return replace(
        review,
        audio_path=None if problem else audio,
        audio_problem=recording_notice(audio, problem) if problem else "",
        duration_s=duration,
        pauses=tuple(_pauses(words)) if timed else (),
        pace=tuple(pace_series(words)) if timed else (),
        audio_length=_length_notice(audio, problem, answer.duration_s),
        audio_floats=not problem and stored_as_floats(audio),
    )


def _length_notice(audio: Path | None, problem: str | None, answer_s: float | None) -> str:
    """What Review says of a playable recording that does not last as long as its answer (the
    answer's stored length: what the recorder wrote), "" when it does."""
    if audio is None or problem:
        return ""
    return length_notice(audio, recorded_seconds(audio), answer_s)


MAIN_PIECE = "Main answer"


@dataclass(frozen=True)
class RecordedPiece:
    """One recording of a question that Review can replay: the main answer (``number`` 0) or
    follow-up ``number`` (from 1), with the label its chooser shows."""

    number: int
    label: str
    description: str  # what a screen reader and the tooltip say of it


def recorded_pieces(review: AnswerReview) -> tuple[RecordedPiece, ...]:
    """Every recorded piece of the question that can be replayed with its words following: a
    recording that plays and words with their times. The main answer's first."""
    pieces = []
    if review.audio_path is not None and review.timed:
        pieces.append(RecordedPiece(0, MAIN_PIECE, f"{MAIN_PIECE}: {_short(review.prompt)}"))
    for n, f in enumerate(review.follow_ups, 1):
        if f.audio_path is not None and f.timed:
            label = f"Follow-up {n}" if len(review.follow_ups) > 1 else "Follow-up"
            pieces.append(RecordedPiece(n, label, f"{label}: {_short(f.prompt)}"))
    return tuple(pieces)


def piece_review(review: AnswerReview, number: int) -> AnswerReview:
    """``review`` as its recorded piece ``number`` plays it (0: the main answer as it is;
    follow-up ``number`` otherwise): its words, recording, length, pauses and pace, and no
    STAR segments (they are the main answer's parts)."""
    if number == 0:
        return review
    f = review.follow_ups[number - 1]
    return replace(
        review,
        words=f.words,
        audio_path=f.audio_path,
        audio_problem=f.audio_problem,
        audio_floats=f.audio_floats,
        duration_s=f.duration_s,
        pauses=f.pauses,
        star=(),
        pace=f.pace,
        follow_ups=(),
    )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def session_reviews(
    session: SessionRecord,
    bank: QuestionBank,
    notes: dict[int, str],
    ratings: dict[int, int] | None = None,
    revisions: dict[int, list[TranscriptRevision]] | None = None,
    words_at: Collection[int] | None = None,
) -> list[AnswerReview]:
    """A review of each main answer of a session (follow-ups are shown with their question;
    the replaced transcripts of a question's follow-ups are listed with its main answer's).
    ``words_at``: only the answers at these positions are reviewed whole, the others are
    outlines (``AnswerReview.loaded``); ``session`` needs the transcripts of those only
    (``Storage.session(words_at=...)``)."""
    ratings, revisions = ratings or {}, revisions or {}
    since = said_since(bank, session)  # (as the scorecard says it: ``core.asked``)
    bank = as_asked(bank, session.asked)
    return [
        replace(
            _with_asked_note(
                build_review(
                    session,
                    a,
                    bank.questions.get(a.question_id),
                    notes.get(a.id, ""),
                    words_read=words_at is None or a.position in words_at,
                ),
                since.get(a.question_id, ""),
            ),
            rating=ratings.get(a.id),
            revisions=tuple(
                sorted(
                    (
                        r
                        for b in session.answers
                        if b.position == a.position
                        for r in revisions.get(b.id, ())
                    ),
                    key=lambda r: r.replaced_at,
                )
            ),
        )
        for a in session.answers
        if a.follow_up is None
    ]


def _with_asked_note(review: AnswerReview, note: str) -> AnswerReview:
    """``review``, its explanation saying what changed in the packs since its question was
    asked (``note``, as the scorecard says it)."""
    if not note or review.detail is None:
        return review
    return replace(review, detail=replace(review.detail, asked_note=note))


def _marks_in(*groups: Sequence[ReviewWord]) -> frozenset[str]:
    marks: set[str] = set()
    for words in groups:
        for w in words:
            if w.kind:
                marks.add(w.kind)
            if w.evidence:
                marks.add("evidence")
            if w.claim_kind:
                marks.add(w.claim_kind)
            if w.unsure:
                marks.add("unsure")
    return frozenset(marks)


def _transcript(answer: AnswerRecord) -> Transcript | None:
    """The answer's stored transcript without its words (``_marked_words`` reads them)."""
    data = answer.transcript
    return Transcript.from_dict({**data, "words": []}) if data else None


def _evidence(answer: AnswerRecord) -> list[tuple[str, str]]:
    """(key point, the sentence that showed it) of an answer's score. A main answer's score is
    its question's, follow-ups merged in: some of its sentences may be the follow-up's."""
    score = answer.score
    return [
        (kp.label or kp.id, kp.evidence)
        for kp in (score.key_points if score else [])
        if kp.evidence and kp.status in ("explained", "named")
    ]


def _claims(answer: AnswerRecord) -> list[tuple[str, str, str]]:
    """(kind, what the score says of it, the sentence) of each claim an answer's score judged:
    a contradicted key point and a charged misconception are "wrong", a mistake the answer
    warned against is "warned". The transcript marked only what earned points: the sentence
    that cost them (or that was rightly not charged) read as plain text (walk55, issue 9)."""
    score = answer.score
    if score is None:
        return []
    out = [
        ("wrong", f"Contradicts the key point: {kp.label or kp.id}", kp.evidence)
        for kp in score.key_points
        if kp.status == "contradicted" and kp.evidence
    ]
    out += [
        (
            "wrong",
            (
                f"Charged as an overclaim: {m.correction}"
                if m.id == OVERCLAIM_ID
                else f"Charged as a misconception: {m.correction}"
            ),
            m.evidence,
        )
        for m in score.misconceptions
        if m.evidence
    ]
    out += [
        ("warned", f"Warns against a common mistake (not charged): {m.phrase}", m.evidence)
        for m in score.warned_against
        if m.evidence
    ]
    return out


def _marked_words(
    answer: AnswerRecord,
    evidence: list[tuple[str, str]],
    claims: Sequence[tuple[str, str, str]] = (),
) -> ReviewWords:
    """The answer's words (timed when spoken), fillers, hedges, key-point evidence and the
    claims the score judged marked where the page shows them (``review_words``).

    Each word is made once, with its marks: copying 200,000 words twice (``replace``) and
    normalising each word twice took most of the 13.5 s Review needed to open such an answer
    (attack42)."""
    timed: list[tuple[str, float | None, float | None, float | None]]
    stored = stored_words(answer.transcript) if answer.transcript else []
    if stored:
        timed = [
            (word.strip(), start, end, probability) for word, start, end, probability in stored
        ]
    else:
        timed = [(w, None, None, None) for w in answer.text.split()]
    return review_words(timed, evidence, claims)


def review_words(
    timed: Sequence[tuple[str, float | None, float | None, float | None]],
    evidence: Sequence[tuple[str, str]] = (),
    claims: Sequence[tuple[str, str, str]] = (),
) -> ReviewWords:
    """ReviewWords of (text, start, end, probability) of each word, marked (``marked``) as
    far as the page can show them (``MADE_CHARS``); the words past that are kept with their
    times but neither made nor marked. Marking every word of a session's 300,000-word answers
    (fillers, hedges, each key point's evidence looked for at every place its first word is
    said) was most of the loader's work, for words the page never shows (perf55)."""
    size = head = 0
    while head < len(timed) and size <= MADE_CHARS:  # (as ReviewWords makes its first words)
        size += len(timed[head][0]) + 1
        head += 1
    return ReviewWords(marked(timed[:head], evidence, claims), timed[head:])


def marked(
    timed: Sequence[tuple[str, float | None, float | None, float | None]],
    evidence: Sequence[tuple[str, str]] = (),
    claims: Sequence[tuple[str, str, str]] = (),
) -> list[ReviewWord]:
    """ReviewWords of (text, start, end, probability) of each word, their marks found."""
    texts = [text for text, _, _, _ in timed]
    norm = _normalised_each(texts)
    kinds = _phrase_kinds(texts, norm)
    # where each judged sentence is said, found in one pass over the words' tokens
    spans = _sentence_spans(
        norm,
        [(f"e\n{label}", sentence) for label, sentence in evidence]
        + [(f"c\n{kind}\n{said}", sentence) for kind, said, sentence in claims],
    )
    labels = _evidence_labels(len(norm), [(k[2:], s) for k, s in spans if k[0] == "e"])
    judged = _claim_marks(len(norm), [(k[2:], s) for k, s in spans if k[0] == "c"])
    return [
        ReviewWord(text, start, end, kind, phrase, label, probability, *claim)
        for (text, start, end, probability), (kind, phrase), label, claim in zip(
            timed, kinds, labels, judged, strict=True
        )
    ]


def _normalised_each(texts: list[str]) -> list[tuple[str, ...]]:
    """Each word's normalised tokens, worked out once per distinct word (a long answer says
    the same few thousand words over and over)."""
    seen: dict[str, tuple[str, ...]] = {}
    out = []
    for text in texts:
        tokens = seen.get(text)
        if tokens is None:
            tokens = seen[text] = tuple(normalised_words(text))
        out.append(tokens)
    return out


_HEDGE_PHRASES = longest_first_by_word(HEDGES)


def _phrase_kinds(texts: list[str], norm: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(kind, phrase) of each word: fillers, then hedges (longest phrase first) among the rest.
    The fillers are the ones Delivery counts (``find_fillers``), so every filler counted is
    marked: the Delivery line once said "like ×1" while no "like" was marked (ux36)."""
    kinds = [("", "")] * len(texts)
    for span in find_fillers(texts):
        for j in range(span.first_piece, span.last_piece + 1):
            kinds[j] = ("filler", span.phrase)
    joined = [" ".join(tokens) for tokens in norm]
    for i, first in enumerate(joined):
        if kinds[i][0]:
            continue
        for parts in _HEDGE_PHRASES.get(first, ()):
            n = len(parts)
            if tuple(joined[i : i + n]) == parts and not any(k for k, _ in kinds[i : i + n]):
                for j in range(i, i + n):
                    kinds[j] = ("hedge", " ".join(parts))
                break
    return kinds


def _evidence_labels(count: int, spans: Sequence[tuple[str, tuple[int, int]]]) -> list[str]:
    """The key points whose evidence sentence holds each of ``count`` words, one a line, from
    (label, (first word, last word)) where each sentence is said. Two points shown by one
    sentence are both named: only the first was, so the second point's evidence was marked
    nowhere (walk55)."""
    labels = [""] * count
    for label, (first, last) in spans:
        for j in range(first, last + 1):
            if label not in labels[j].split("\n"):
                labels[j] = f"{labels[j]}\n{label}" if labels[j] else label
    return labels


def _claim_marks(count: int, spans: Sequence[tuple[str, tuple[int, int]]]) -> list[tuple[str, str]]:
    """(kind, what the score says) of each of ``count`` words, from ("kind\\nsaid", (first
    word, last word)) where each judged claim (``_claims``) is said: "wrong" wins over "warned"
    when one sentence is both."""
    marks = [("", "")] * count
    for key, (first, last) in spans:
        kind, said = key.split("\n", 1)
        for j in range(first, last + 1):
            old_kind, old_said = marks[j]
            if said in old_said.split("\n"):
                continue
            strongest = "wrong" if "wrong" in (kind, old_kind) else kind
            marks[j] = (strongest, f"{old_said}\n{said}" if old_said else said)
    return marks


def _sentence_spans(
    norm: list[tuple[str, ...]], sentences: Sequence[tuple[str, str]]
) -> list[tuple[str, tuple[int, int]]]:
    """(key, (first word, last word)) of each (key, sentence) found in the transcript: the
    first place its words are said in a row (the first occurrence)."""
    if not sentences:
        return []
    flat: list[str] = []
    owner: list[int] = []  # flat token -> word index
    for index, tokens in enumerate(norm):
        flat.extend(tokens)
        owner.extend([index] * len(tokens))
    out = []
    for key, sentence in sentences:
        target = normalised_words(sentence)
        if not target:
            continue
        n, i = len(target), -1
        while True:
            try:  # (the next place its first word is said: found at C speed)
                i = flat.index(target[0], i + 1, len(flat) - n + 1)
            except ValueError:
                break
            if flat[i : i + n] == target:
                out.append((key, (owner[i], owner[i + n - 1])))
                break
    return out


def _pauses(words: ReviewWords) -> list[PauseMark]:
    begun, ended = words.starts, words.ends  # (its times as numbers: no word made)
    out = []
    for i in range(1, len(begun)):
        gap = begun[i] - ended[i - 1]
        if gap >= LONG_PAUSE_S:
            out.append(PauseMark(i, round(ended[i - 1], 2), round(gap, 2)))
    return out


def _star_spans(star: StarResult | None) -> list[Span]:
    spans = []
    for seg in star.segments if star else []:
        if seg.start is not None and seg.end is not None and seg.label in STAR_PARTS:
            spans.append(Span(seg.label, float(seg.start), float(seg.end)))
    return spans


def pace_series(words: ReviewWords, window_s: float = PACE_WINDOW_S) -> list[tuple[float, float]]:
    """Words per minute over a sliding window, sampled each second (centred on the window).

    An answer shorter than the window gets one figure for the whole of it, at both ends."""
    starts = [t for t in words.times()[0] if t == t]  # (its times as numbers: no word made)
    if len(starts) < 2:
        return []
    first, last = starts[0], starts[-1]
    if last - first <= window_s:
        wpm = round((len(starts) - 1) * 60.0 / max(last - first, PACE_STEP_S), 1)
        return [(round(first, 2), wpm), (round(last, 2), wpm)]
    out = []
    t = first + window_s / 2
    while t <= last - window_s / 2 + 1e-9:
        lo, hi = t - window_s / 2, t + window_s / 2
        count = bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo)
        out.append((round(t, 2), round(count * 60.0 / window_s, 1)))
        t += PACE_STEP_S
    return out


# Samples read at once for the waveform (1 MB as float32), whatever the recording's length:
# blocks of 64 of the strip's buckets were 8 % of the file each, and an 8-hour WAV took the
# window's process from 210 MB to 642 MB while the strip was drawn (attack run 61).
WAVEFORM_BLOCK_SAMPLES = 1 << 18


def waveform_peaks(path: Path, buckets: int = 800) -> list[float]:
    """The loudest sample per bucket (0..1) across a WAV: the strip under the transcript.

    Read in blocks of at most ``WAVEFORM_BLOCK_SAMPLES`` samples, so a long recording never
    sits in memory whole; a bucket may span several blocks."""
    import numpy as np
    import soundfile as sf

    with sf.SoundFile(os.fsencode(path)) as f:
        frames = f.frames
        if frames <= 0:
            return []
        per = max(1, frames // buckets)
        block = max(1, WAVEFORM_BLOCK_SAMPLES // max(1, f.channels))
        peaks: list[float] = []
        done = 0  # frames read before this block
        for samples in f.blocks(blocksize=block, dtype="float32", always_2d=True):
            if not np.isfinite(samples).all():  # (drawn flat, and nothing said: walk65)
                raise UnusableRecording(path, NOT_NUMBERS)
            loud = np.abs(samples).max(axis=1)
            # where each bucket starts inside this block (a bucket begins every ``per`` frames)
            starts = np.arange((-done) % per, len(loud), per)
            if done % per:  # the block opens inside the bucket the last one ended in
                peaks[-1] = max(peaks[-1], float(loud[: starts[0] if len(starts) else None].max()))
            if len(starts):
                peaks.extend(np.maximum.reduceat(loud, starts).tolist())
            done += len(loud)
    top = max(peaks) if peaks else 0.0
    return [p / top for p in peaks] if top > 0 else [0.0] * len(peaks)
