"""The queries behind Review, Attempts, the review schedule, Progress and History.

A mixin of ``Storage`` (kept apart so storage.py stays about opening, migrating and writing): it
uses the storage's one connection, lock and ``_write``. Personal notes and self-ratings live in
their own tables (schema 2 and 3), deleted with their answer.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.core import storage_codec as codec
from simulator.core import storage_means, storage_schema
from simulator.core.archive_checks import LISTED_COLUMNS, TIME
from simulator.core.audio_paths import resolve, to_stored
from simulator.core.storage_codec import HistorySession, ProgressAnswer, ProgressSession
from simulator.core.storage_damage import repairs_damage
from simulator.core.storage_listing import LISTING, ListedSession, listed
from simulator.core.storage_schema import ATTEMPT_ORDER, happened, known_start
from simulator.core.stored_plan import StoredPlan, plan_key
from simulator.core.tables import GOOD_FROM

if TYPE_CHECKING:
    from simulator.core.archive_merge import MergePlan
    from simulator.core.scoring.results import AnswerScore, SessionScore

# A session with at least one answer row (given or skipped). One opened and ended at once has
# none: it stays in the database but Home, History and Progress neither list nor count it.
HAS_ANSWERS = "EXISTS (SELECT 1 FROM answers x WHERE x.session_id = s.id)"
# An answer the scorecard's verdict counts (``scorecard.build``): a main answer given, scored
# (its score, else its stored figure); and of those, a story off the question asked (its star
# names the prompt's words it left unanswered). A damaged score cell is none of them.
SCORED_MAIN = (
    "a.follow_up IS NULL AND a.mode != 'skipped'"
    " AND (a.score_json IS NOT NULL OR a.overall IS NOT NULL)"
)


@dataclass(frozen=True)
class TranscriptRevision:
    """A transcript that a new transcription replaced: what it said, when it was replaced, the
    question's score before and after, and why ("transcribed again with base.en (was tiny.en)")."""

    answer_id: int
    replaced_at: float
    text: str
    overall_before: int | None
    overall_after: int | None
    why: str
    # older transcripts of the same answer, not read (set on the oldest one read)
    older: int = 0


# The newest replaced transcripts read of each answer: an answer is transcribed again a few
# times at most; 50,000 of them (a hand-made archive) took Review 2.5 s to read and the page over
# 15 s and 600 MB more to show (attack run 54)
REVISIONS_READ = 20


# The questions as asked that no session asks any more (``asked``: each version is kept once,
# for every session that asked it): a deleted session's went on holding its questions' words,
# a custom question's too, in the file it was deleted from (walk65). (No NULL in the list: NOT
# IN over one would keep every text.)
FREE_QUESTION_TEXTS = """DELETE FROM question_texts WHERE digest NOT IN (
    SELECT digest FROM asked_questions WHERE digest IS NOT NULL)"""


class ReviewQueries:
    path: Path
    _lock: threading.RLock
    _db: sqlite3.Connection

    def _write(self, sql: str, params: tuple[Any, ...]) -> int:
        raise NotImplementedError  # Storage's

    def _write_all(self, write: Callable[[sqlite3.Connection], int]) -> int:
        raise NotImplementedError  # Storage's

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError  # Storage's

    def _tell(self, notice: str) -> None:
        raise NotImplementedError  # Storage's

    def _upkeep_now(self) -> None:
        raise NotImplementedError  # Storage's

    # --- notes ---------------------------------------------------------------------------
    @repairs_damage
    def note(self, answer_id: int) -> str:
        with self._lock:
            row = self._db.execute(
                "SELECT note FROM answer_notes WHERE answer_id = ?", (answer_id,)
            ).fetchone()
        return codec.text(row["note"]) if row else ""

    @repairs_damage
    def notes(self, session_id: int) -> dict[int, str]:
        """The notes on a session's answers, by answer id."""
        with self._lock:
            rows = self._db.execute(
                """SELECT n.answer_id, n.note FROM answer_notes n JOIN answers a
                   ON a.id = n.answer_id WHERE a.session_id = ?""",
                (session_id,),
            ).fetchall()
        return {int(r["answer_id"]): codec.text(r["note"]) for r in rows}  # (a BLOB: "b'..'")

    def set_note(self, answer_id: int, note: str) -> None:
        """Save (or, when empty, remove) the personal note on an answer."""
        if note.strip():
            self._write(
                """INSERT INTO answer_notes (answer_id, note, updated_at) VALUES (?, ?, ?)
                   ON CONFLICT(answer_id) DO UPDATE SET note = excluded.note,
                   updated_at = excluded.updated_at""",
                (answer_id, note, time.time()),
            )
        else:
            self._write("DELETE FROM answer_notes WHERE answer_id = ?", (answer_id,))

    # --- self-ratings and the review schedule ---------------------------------------------
    def set_rating(self, answer_id: int, rating: int | None) -> None:
        """How the answer felt, 1 (again) to 4 (easy); None forgets it."""
        if rating is None:
            self._write("DELETE FROM self_ratings WHERE answer_id = ?", (answer_id,))
            return
        if not 1 <= rating <= 4:
            raise ValueError(f"a self-rating is 1 to 4, not {rating}")
        self._write(
            """INSERT INTO self_ratings (answer_id, rating, rated_at) VALUES (?, ?, ?)
               ON CONFLICT(answer_id) DO UPDATE SET rating = excluded.rating,
               rated_at = excluded.rated_at""",
            (answer_id, rating, time.time()),
        )

    @repairs_damage
    def ratings(self) -> dict[int, int]:
        with self._lock:
            rows = self._db.execute("SELECT answer_id, rating FROM self_ratings").fetchall()
        return {int(r["answer_id"]): int(r["rating"]) for r in rows}

    @repairs_damage
    def listed_summaries(self, limit: int | None = None) -> Iterator[ListedSession]:
        """The sessions ``listed_sessions`` gives, newest first, with only what a listing prints
        (no transcripts or whole scores), streamed from one query: iterate it to the end
        before using the storage again."""
        sql = LISTING.format(has_answers=HAS_ANSWERS)
        with self._lock:
            yield from listed(self._db.execute(sql, (int(limit) if limit else -1,)))

    @repairs_damage
    def answer_outcomes(
        self, finished_only: bool = True
    ) -> list[tuple[int, str, str, int | None, float]]:
        """(answer id, question id, mode, overall, created at) of every main answer of every
        finished session, oldest first: what the review schedule is computed from (no JSON)."""
        status = "AND s.status = 'finished'" if finished_only else ""
        with self._lock:
            rows = self._db.execute(
                f"""SELECT a.id, a.question_id, a.mode, a.overall, a.created_at FROM answers a
                   JOIN sessions s ON s.id = a.session_id
                   WHERE a.follow_up IS NULL {status}
                   ORDER BY {ATTEMPT_ORDER}"""
            ).fetchall()
        return [
            (int(r[0]), codec.text(r[1]), str(r[2]), codec.overall(r[3]), codec.timestamp(r[4]))
            for r in rows
        ]

    @repairs_damage
    def progress_rows(self) -> tuple[list[ProgressSession], list[ProgressAnswer]]:
        """Finished sessions (oldest first) and their main answers, in two queries (Progress).

        An answer comes with its stored progress facts, or with its full score when they are
        not computed yet (or were damaged)."""
        with self._lock:
            sessions = self._db.execute(
                f"""SELECT id, {happened("s")} AS started_at, plan_json, score_json,
                          {known_start("s")} AS clock_start
                   FROM sessions s WHERE status = 'finished' AND {HAS_ANSWERS}
                   ORDER BY {happened("s")}, id"""
            ).fetchall()
            answers = self._db.execute(
                f"""SELECT a.id, a.session_id, a.question_id, a.mode, a.overall, f.facts_json,
                       CASE WHEN f.facts_json IS NULL THEN a.score_json END AS score_json
                   FROM answers a JOIN sessions s ON s.id = a.session_id
                   LEFT JOIN progress_facts f ON f.answer_id = a.id
                   WHERE s.status = 'finished' AND a.follow_up IS NULL
                   ORDER BY {ATTEMPT_ORDER}"""
            ).fetchall()
        return (
            [
                ProgressSession(
                    int(r["id"]),
                    codec.timestamp(r["started_at"]),
                    codec.plan_name(plan),
                    codec.session_score(r["score_json"]),
                    plan_key(StoredPlan.from_dict(plan)),
                    codec.timestamp(r["clock_start"]),
                )  # fmt: skip
                for r in sessions
                for plan in (codec.plan(r["plan_json"]),)
            ],
            [self._progress_answer(r) for r in answers],
        )

    @repairs_damage
    def not_finished_counts(self) -> tuple[int, int]:
        """How many sessions with answers are (unfinished, discarded): listed in History, left
        out of Progress, which says so (hist58)."""
        with self._lock:
            rows = self._db.execute(
                f"""SELECT status, COUNT(*) FROM sessions s
                   WHERE status != 'finished' AND {HAS_ANSWERS} GROUP BY status"""
            ).fetchall()
        counts = {str(r[0]): int(r[1]) for r in rows}
        return counts.get("active", 0), counts.get("aborted", 0)

    def _progress_answer(self, r: sqlite3.Row) -> ProgressAnswer:
        facts = codec.AnswerFacts.from_json(r["facts_json"])
        score_json = r["score_json"]
        if facts is None and score_json is None and r["facts_json"] is not None:
            with self._lock:  # the stored facts were damaged: the score instead
                row = self._db.execute(
                    "SELECT score_json FROM answers WHERE id = ?", (r["id"],)
                ).fetchone()
            score_json = row["score_json"] if row else None
        return ProgressAnswer(
            int(r["id"]), int(r["session_id"]), codec.text(r["question_id"]), str(r["mode"]),
            codec.overall(r["overall"]), facts,
            codec.answer_score(score_json) if facts is None else None,
        )  # fmt: skip

    def save_progress_facts(self, facts: list[tuple[int, codec.AnswerFacts]]) -> None:
        """Figures computed from scores, by answer id, kept for the next Progress visit."""
        if not facts:
            return
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO progress_facts (answer_id, facts_json) VALUES (?, ?)",
                [(answer_id, f.to_json()) for answer_id, f in facts],
            )

    # --- archive ---------------------------------------------------------------------------
    # (seq: a session's place where the clock was put back, ``storage_schema.happened``)
    SESSION_COLUMNS = (
        "id", "started_at", "ended_at", "status", "plan_json", "score_json", "seq",
    )  # fmt: skip
    ANSWER_COLUMNS = (
        "id", "session_id", "question_id", "position", "follow_up", "mode", "text",
        "transcript_json", "audio_path", "duration_s", "overall", "score_json", "created_at",
    )  # fmt: skip
    HISTORY_COLUMNS = (
        "id", "answer_id", "replaced_at", "text", "transcript_json", "overall_before",
        "overall_after", "why",
    )  # fmt: skip

    @repairs_damage
    def recording_paths(self) -> set[str]:
        """Every recording file an answer plays, as its stored path resolves here."""
        with self._lock:
            rows = self._db.execute(
                "SELECT audio_path FROM answers WHERE audio_path IS NOT NULL"
            ).fetchall()
        found = (resolve(row[0], self.path.parent) for row in rows if isinstance(row[0], str))
        return {path for path in found if path}

    @repairs_damage
    def session_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    @repairs_damage
    def export_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every stored row, as the archive carries it (JSON columns stay text; recordings by
        where they are now)."""
        data, asked_rows = self._export_rows()
        for answer in data["answers"]:
            answer["audio_path"] = resolve(answer.get("audio_path"), self.path.parent)
            # as the app reads them: a damaged cell the import would refuse (the whole archive)
            answer["overall"] = codec.overall(answer.get("overall"))
            answer["duration_s"] = codec.duration(
                answer.get("duration_s"), codec.text(answer.get("text"))
            )
            answer["position"] = codec.position(answer.get("position"))
            answer["score_json"] = _object_cell(answer.get("score_json"))
        # JSON cells as the app reads them too: one of another shape (a list, a text, a
        # transcript whose words are not words) was carried as it was, and the import refused
        # the whole archive for it (attack run 41)
        for row in (*data["answers"], *data["transcript_history"]):
            text = row.get("transcript_json")
            row["transcript_json"] = text if codec.transcript(text) is not None else None
        for session in data["sessions"]:
            session["score_json"] = _object_cell(session.get("score_json"))
            session["plan_json"] = _object_cell(session.get("plan_json")) or "{}"
        # times too: 1e300, 'NaN', the year 3237 as 0, 'date unknown', or none where a row may
        # have none (attack run 50: the import refused the whole archive for them)
        for rows, columns in LISTED_COLUMNS:  # the times as the app reads them
            for column, (kind, required) in columns.items():
                if kind == TIME:
                    for row in data[rows]:
                        when = codec.timestamp(row.get(column))
                        row[column] = when if required else when or None
        # the questions each session asked as it asked them (attack run 64: an archive held
        # none, and its import showed the packs' question of the day over the old answers)
        from simulator.core.asked import archived_asked  # (the question models: after the paint)

        exported = {s["id"] for s in data["sessions"]}
        texts, asked = archived_asked(r for r in asked_rows if r[0] in exported)
        data["question_texts"], data["asked_questions"] = texts, asked
        return data

    def _export_rows(
        self,
    ) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[int, str, Any]]]:
        """The rows an archive carries, and each session's questions as asked (session id,
        question id, the question's text) as stored, read at one moment."""
        with self._lock:
            db = self._db

            def rows(sql: str) -> list[dict[str, Any]]:
                return [{k: codec.cell(v) for k, v in dict(r).items()} for r in db.execute(sql)]

            data = {
                "sessions": rows(
                    f"SELECT {', '.join(self.SESSION_COLUMNS)} FROM sessions ORDER BY id"
                ),
                "answers": rows(
                    f"SELECT {', '.join(self.ANSWER_COLUMNS)} FROM answers ORDER BY id"
                ),
                "notes": rows(
                    "SELECT answer_id, note, updated_at FROM answer_notes ORDER BY answer_id"
                ),
                "ratings": rows(
                    "SELECT answer_id, rating, rated_at FROM self_ratings ORDER BY answer_id"
                ),
                "transcript_history": rows(
                    f"SELECT {', '.join(self.HISTORY_COLUMNS)} FROM transcript_history ORDER BY id"
                ),
            }
            asked = [
                (r[0], r[1], r[2])
                for r in db.execute(
                    """SELECT q.session_id, q.question_id, t.question_json
                       FROM asked_questions q JOIN question_texts t ON t.digest = q.digest
                       ORDER BY q.session_id, q.rowid"""
                )
            ]
            return data, asked

    def import_rows(self, data: dict[str, list[dict[str, Any]]], replace: bool = False) -> None:
        """Insert archived rows with their ids, in one transaction (all or nothing)."""
        from simulator.core.asked import from_archive, keep_asked  # (see ``export_rows``)

        def insert(
            db: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list[dict[str, Any]]
        ) -> None:
            marks = ", ".join("?" for _ in columns)
            db.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [tuple(r.get(c) for c in columns) for r in rows],
            )

        data = {**data, "answers": [dict(a) for a in data["answers"]]}
        for answer in data["answers"]:
            answer["audio_path"] = to_stored(answer.get("audio_path"), self.path.parent)
            answer["off_question"] = codec.off_question_of(answer.get("score_json"))
        with self._transaction() as db:
            if replace:
                db.execute("DELETE FROM sessions")
                db.execute(FREE_QUESTION_TEXTS)
            insert(db, "sessions", self.SESSION_COLUMNS, data["sessions"])
            insert(db, "answers", (*self.ANSWER_COLUMNS, "off_question"), data["answers"])
            insert(db, "answer_notes", ("answer_id", "note", "updated_at"), data["notes"])
            insert(db, "self_ratings", ("answer_id", "rating", "rated_at"), data["ratings"])
            # archives written before transcript histories were kept have none
            history = data.get("transcript_history") or []
            insert(db, "transcript_history", self.HISTORY_COLUMNS, history)
            stored = {int(s["id"]) for s in data["sessions"]}  # (copies folded: not stored)
            for session_id, kept in from_archive(data).items():
                if session_id in stored:
                    keep_asked(db, session_id, kept)
            # An archive of a version before means rounded a half up holds summaries rounded the
            # old way; schema 6 re-rounds only what a file held when migrated, so imported ones
            # are re-rounded by its upkeep step, now (a summary rounded the current way stays;
            # a quit before it ends leaves the rest to the next start, as a migration's).
            storage_schema.upkeep_from_the_start(db, storage_means.STEP)
        self._upkeep_now()

    def merge_keys(
        self,
    ) -> tuple[list[tuple[int, Any, Any, Any]], list[tuple[int, Any, Any]]]:
        """What an archive merged in is compared with (``archive_merge.plan_merge``): each
        session's (id, started_at, plan_json, status) and each answer's (session_id, position,
        follow_up)."""
        with self._lock:
            db = self._db
            sessions = [
                (int(r[0]), r[1], r[2], r[3])
                for r in db.execute(
                    "SELECT id, started_at, plan_json, status FROM sessions ORDER BY id"
                )
            ]
            answers = [
                (int(r[0]), codec.position(r[1]), r[2])
                for r in db.execute("SELECT session_id, position, follow_up FROM answers")
            ]
        return sessions, answers

    def merge_rows(self, data: dict[str, list[dict[str, Any]]], plan: MergePlan) -> list[int]:
        """Add an archive's rows beside those here, in one transaction (all or nothing): its
        new sessions and every answer ``plan`` does not skip, each with a new id (the ids
        here stay), and the notes, ratings and replaced transcripts of the answers added.
        An interview the archive completes (``plan.completed``) takes the finished copy's end,
        status, summary and plan, and the finished scores of the answers both hold with the
        same words (a follow-up answered there is scored with its question). The ids the new
        sessions were given."""
        from simulator.core.asked import from_archive, keep_asked  # (see ``export_rows``)

        def insert(db: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
            columns = list(row)
            marks = ", ".join("?" for _ in columns)
            cursor = db.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                [row[c] for c in columns],
            )
            return int(cursor.lastrowid or 0)

        def without_id(row: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
            return {c: row.get(c) for c in columns if c != "id"}

        sessions: dict[int, int] = dict(plan.same_as)  # archive id -> id here
        answers: dict[int, int] = {}
        with self._transaction() as db:
            for s in data["sessions"]:
                if int(s["id"]) in plan.new_sessions:
                    sessions[int(s["id"])] = insert(
                        db, "sessions", without_id(s, self.SESSION_COLUMNS)
                    )
            completing = set(plan.completed)
            for s in data["sessions"]:
                if int(s["id"]) in completing:
                    db.execute(
                        """UPDATE sessions SET status = ?, ended_at = ?, score_json = ?,
                           plan_json = ? WHERE id = ?""",
                        (s["status"], s.get("ended_at"), s.get("score_json"), s["plan_json"],
                         sessions[int(s["id"])]),
                    )  # fmt: skip
                    # (figures Progress kept of its answers' scores, which may change below)
                    db.execute(
                        """DELETE FROM progress_facts WHERE answer_id IN
                           (SELECT id FROM answers WHERE session_id = ?)""",
                        (sessions[int(s["id"])],),
                    )
            for a in data["answers"]:
                if int(a["id"]) in plan.skipped_answers:
                    if int(a["session_id"]) in completing and a.get("score_json") is not None:
                        # the same answer (its words as here): the finished copy's score
                        db.execute(
                            """UPDATE answers SET score_json = ?, overall = ?, off_question = ?
                               WHERE session_id = ? AND position = ? AND follow_up IS ?
                               AND text = ?""",
                            (a["score_json"], a.get("overall"),
                             codec.off_question_of(a["score_json"]),
                             sessions[int(a["session_id"])], a["position"], a.get("follow_up"),
                             a.get("text")),
                        )  # fmt: skip
                    continue
                row = without_id(a, self.ANSWER_COLUMNS)
                row["session_id"] = sessions[int(a["session_id"])]
                row["audio_path"] = to_stored(a.get("audio_path"), self.path.parent)
                row["off_question"] = codec.off_question_of(row.get("score_json"))
                answers[int(a["id"])] = insert(db, "answers", row)
            for table, listed, columns in (
                ("answer_notes", "notes", ("answer_id", "note", "updated_at")),
                ("self_ratings", "ratings", ("answer_id", "rating", "rated_at")),
                ("transcript_history", "transcript_history", self.HISTORY_COLUMNS),
            ):
                for r in data.get(listed) or []:
                    if int(r["answer_id"]) in answers:
                        row = without_id(r, columns)
                        row["answer_id"] = answers[int(r["answer_id"])]
                        insert(db, table, row)
            # the questions as asked of the sessions added; one completed from the archive
            # keeps those it has, and takes the archive's where it has none
            taking = {*plan.new_sessions, *completing}
            for session_id, kept in from_archive(data).items():
                if session_id in taking:
                    keep_asked(db, sessions[session_id], kept, keep_here=True)
            storage_schema.upkeep_from_the_start(db, storage_means.STEP)  # as import_rows
        self._upkeep_now()
        return [sessions[sid] for sid in plan.new_sessions]

    # --- re-scoring ------------------------------------------------------------------------
    def save_rescore(
        self,
        session_id: int,
        scores: list[tuple[int, AnswerScore]],
        transcripts: list[tuple[int, str, dict[str, Any]]],
        summary: SessionScore | None,
        why: str = "",
    ) -> None:
        """A session's new scores (and transcripts), all at once or not at all. Each replaced
        transcript goes into its answer's history, with its question's score before and after
        (the score is stored on the question's main answer) and ``why``."""
        new_overall = {answer_id: s.overall for answer_id, s in scores}
        now = time.time()
        with self._transaction() as db:
            for answer_id, text, transcript in transcripts:
                old = db.execute(
                    """SELECT a.text, a.transcript_json, m.id AS main_id, m.overall
                       FROM answers a JOIN answers m ON m.session_id = a.session_id
                       AND m.position = a.position AND m.follow_up IS NULL
                       WHERE a.id = ? ORDER BY m.id LIMIT 1""",
                    (answer_id,),
                ).fetchone()
                if old is not None:
                    db.execute(
                        """INSERT INTO transcript_history (answer_id, replaced_at, text,
                           transcript_json, overall_before, overall_after, why)
                           VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        (
                            answer_id, now, old["text"], old["transcript_json"], old["overall"],
                            new_overall.get(old["main_id"], old["overall"]),
                            why or "transcribed again",
                        ),
                    )  # fmt: skip
                db.execute(
                    "UPDATE answers SET text = ?, transcript_json = ? WHERE id = ?",
                    (text, json.dumps(transcript), answer_id),
                )
            db.executemany(
                "UPDATE answers SET score_json = ?, overall = ?, off_question = ? WHERE id = ?",
                [
                    (codec.dump_score(s), s.overall, codec.off_question(s), answer_id)
                    for answer_id, s in scores
                ],
            )
            if summary is not None:
                db.execute(
                    "UPDATE sessions SET score_json = ? WHERE id = ?",
                    (codec.dump_score(summary), session_id),
                )

    @repairs_damage
    def transcript_revisions(self, session_id: int) -> dict[int, list[TranscriptRevision]]:
        """The replaced transcripts of a session's answers, by answer id, oldest first: the
        newest ``REVISIONS_READ`` of each, the oldest of them counting those left unread."""
        with self._lock:
            rows = self._db.execute(
                """SELECT * FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY h.answer_id
                   ORDER BY h.replaced_at DESC, h.id DESC) AS newest, COUNT(*) OVER
                   (PARTITION BY h.answer_id) AS stored FROM transcript_history h
                   JOIN answers a ON a.id = h.answer_id WHERE a.session_id = ?)
                   WHERE newest <= ? ORDER BY replaced_at, id""",
                (session_id, REVISIONS_READ),
            ).fetchall()
        out: dict[int, list[TranscriptRevision]] = {}
        for r in rows:
            out.setdefault(int(r["answer_id"]), []).append(
                # cells damaged by hand read as missing (attack run 29: a text time raised
                # ValueError out of Review; a BLOB text read "b'...'")
                TranscriptRevision(
                    int(r["answer_id"]),
                    codec.timestamp(r["replaced_at"]),
                    codec.text(r["text"]),
                    codec.overall(r["overall_before"]),
                    codec.overall(r["overall_after"]),
                    codec.text(r["why"]),
                    # (the oldest read is the last of its answer's ranks)
                    int(r["stored"]) - REVISIONS_READ if int(r["newest"]) == REVISIONS_READ else 0,
                )  # fmt: skip
            )
        return out

    # --- history ---------------------------------------------------------------------------
    @repairs_damage
    def history_rows(self) -> list[HistorySession]:
        """One row per session with answers (``HAS_ANSWERS``), newest first, with what the
        History page sorts and filters on (one query). Unfinished ones too, with their status:
        an interview stopped part-way (the app closed, a crash, one imported unfinished) was
        listed nowhere once another was offered to resume (hist58)."""
        with self._lock:
            rows = self._db.execute(
                f"""SELECT s.id, s.started_at, s.status, s.plan_json, s.score_json,
                       {happened("s")} AS place,
                       COUNT(a.id) FILTER (WHERE a.follow_up IS NULL AND a.mode != 'skipped')
                           AS answered,
                       COUNT(a.id) FILTER (WHERE a.mode = 'spoken') AS spoken,
                       group_concat(a.question_id) AS question_ids
                   FROM sessions s LEFT JOIN answers a ON a.session_id = s.id
                   WHERE {HAS_ANSWERS}
                   GROUP BY s.id
                   ORDER BY {happened("s")} DESC, s.id DESC"""
            ).fetchall()
            scores = [codec.session_score(r["score_json"]) for r in rows]
            # The verdict's counts (``tables.verdict_color``), only where they can change the
            # colour: a green overall. Each answer's whole score is read for them (9 kB, on
            # overflow pages): for every session, the 1,800 answers of 300 made the query
            # 17 -> 44 ms (load 8-10)
            green = [
                int(r["id"])
                for r, score in zip(rows, scores, strict=True)
                if score is not None and (score.counted_overall or 0) >= GOOD_FROM
            ]
            # the typed column (``codec.off_question``); an answer's not yet filled by schema
            # 10's upkeep, or copied in from a file without it, read from its score
            verdicts: dict[int, tuple[int, int]] = {}
            for session_id, off, text in self._db.execute(
                f"""SELECT a.session_id, a.off_question,
                           CASE WHEN a.off_question IS NULL THEN a.score_json END
                   FROM answers a
                   WHERE a.session_id IN (SELECT value FROM json_each(?)) AND {SCORED_MAIN}""",
                (json.dumps(green),),
            ):
                if off is None:
                    off = codec.off_question_of(text if isinstance(text, str) else None)
                scored, off_question = verdicts.get(int(session_id), (0, 0))
                verdicts[int(session_id)] = (scored + 1, off_question + (off == 1))
        out = []
        for r, score in zip(rows, scores, strict=True):
            scored, off_question = verdicts.get(int(r["id"]), (0, 0))
            out.append(
                HistorySession(
                    int(r["id"]),
                    codec.timestamp(r["started_at"]),
                    str(r["status"]),
                    codec.plan_name(codec.plan(r["plan_json"])),
                    score.counted_overall if score is not None else None,
                    int(r["answered"]),
                    int(r["spoken"]),
                    tuple(q for q in str(r["question_ids"] or "").split(",") if q),
                    tuple(score.per_category) if score is not None else (),
                    codec.timestamp(r["place"]),
                    scored,
                    off_question,
                )  # fmt: skip
            )
        return out

    @repairs_damage
    def search_answers(self, text: str) -> set[int]:
        """Ids of the sessions whose answers (or follow-up answers) contain ``text``, whatever
        its case in any alphabet: SQLite's LIKE folds ASCII letters only, so "die" found "Die"
        but "überanpassung" did not find "Überanpassung" nor "strasse" "Straße" (attack run
        62). Python's casefold, on the database lane: 0.2-0.4 s for 20,000 answers at load 9
        (LIKE 0.1 s)."""
        with self._lock:
            self._db.create_function("casefolded", 1, _casefolded, deterministic=True)
            rows = self._db.execute(
                "SELECT DISTINCT session_id FROM answers WHERE instr(casefolded(text), ?) > 0",
                (text.casefold(),),
            ).fetchall()
        return {int(r[0]) for r in rows}

    def delete_session(self, session_id: int) -> list[str]:
        """Delete a session with its answers, notes and ratings; returns its audio paths (the
        caller removes the files once the rows are gone), except those an answer of another
        session names too (attack run 29: a hand-edited or salvaged database with two sessions
        naming one file lost the other's recording)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT session_id = ?, audio_path FROM answers WHERE audio_path IS NOT NULL",
                (session_id,),
            ).fetchall()
            # (a cell of another type, damaged by hand, names no file)
            named = [
                (r[0], str(resolve(r[1], self.path.parent))) for r in rows if isinstance(r[1], str)
            ]
            mine = {path for own, path in named if own}
            others = {path for own, path in named if not own}

            def delete(db: sqlite3.Connection) -> int:
                gone = db.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount
                db.execute(FREE_QUESTION_TEXTS)
                return int(gone)

            self._write_all(delete)
        return sorted(mine - others)


def _object_cell(text: Any) -> str | None:
    """A JSON cell kept as stored when it holds an object (what the app writes), else none."""
    return text if isinstance(codec.loads(text), dict) else None


def _casefolded(value: object) -> str:
    """A text cell folded for a search (a cell of another type, damaged by hand, holds none)."""
    return value.casefold() if isinstance(value, str) else ""
