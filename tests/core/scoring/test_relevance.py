"""Behavioral relevance (issue 9): a story that answers another question loses points, and says so."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.relevance import (
    OFF_QUESTION_PENALTY,
    OFF_QUESTION_PENALTY_UNSURE,
    focus_words,
    intent_evidence,
    whole_phrase,
)
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# A launch story: on "tell me about a mistake" it answers nothing that was asked.
LAUNCH = (
    "At a travel startup our search page converted poorly on phones. "
    "I was asked to lead the redesign of the ranking service. "
    "I built a new ranking model on click logs and tuned it with the product designers. "
    "I rolled it out to ten percent of users and then to everyone. "
    "Bookings from phones grew by twelve percent in the first month."
)


def test_focus_words_drop_what_every_behavioral_prompt_says() -> None:
    assert focus_words(
        "Tell me about a mistake you made at work and what you learned from it."
    ) == {
        "mistak",
        "learn",
    }
    assert "machin" not in focus_words("What's the machine learning project you're most proud of?")


def test_a_story_told_against_another_question_loses_points_and_is_told(
    bank: QuestionBank,
) -> None:
    question = bank.get("beh.learn-from-mistake")
    assert question.intent is not None
    off = score_answer(question, Transcript(LAUNCH))
    assert off.star is not None and off.star.off_question == [question.intent.label]
    assert f"off the question -{OFF_QUESTION_PENALTY}" in off.basis["structure"]
    assert any(
        tip.startswith("Off the question?") and question.intent.label in tip for tip in off.feedback
    )
    assert AnswerScore.from_dict(off.to_dict()).star == off.star


def test_the_same_story_showing_what_was_asked_is_not_flagged(bank: QuestionBank) -> None:
    question = bank.get("beh.learn-from-mistake")
    told = LAUNCH + " I should have checked tablets before the rollout, and now I always do."
    on = score_answer(question, Transcript(told))
    off = score_answer(question, Transcript(LAUNCH))
    assert on.star is not None and on.star.off_question == []
    assert on.components["structure"] - off.components["structure"] >= OFF_QUESTION_PENALTY - 5


def test_intent_phrases_match_whole_with_their_small_words(bank: QuestionBank) -> None:
    """ "told him" is evidence of giving feedback; "told" alone is not."""
    question = bank.get("beh.give-difficult-feedback")
    assert "told him" in question.intent.phrases  # type: ignore[union-attr]
    assert intent_evidence(question, tokenize("I told the team about the launch plan.")) == []
    said = intent_evidence(question, tokenize("So I told him that his reviews were late."))
    assert "told him" in said


def test_no_model_answer_is_off_its_own_question(bank: QuestionBank) -> None:
    flagged = [
        q.id
        for q in bank.questions.values()
        if q.category.value == "behavioral"
        and (s := score_answer(q, Transcript(q.model_answer))).star is not None
        and s.star.off_question
    ]
    assert flagged == []


def test_every_bank_behavioral_question_states_its_intent(bank: QuestionBank) -> None:
    missing = [
        q.id for q in bank.questions.values() if q.category.value == "behavioral" and not q.intent
    ]
    assert missing == []


def test_without_an_intent_the_focus_words_decide(bank: QuestionBank) -> None:
    """A user's pack may have no intent: a story saying a key-point phrase is on the question.
    One saying none is off and told what the prompt asks, in the prompt's words (round 30)."""
    question = bank.get("beh.learn-from-mistake").model_copy(update={"intent": None})
    assert "told my manager" in question.key_points[0].phrases
    off = score_answer(question, Transcript(LAUNCH))
    # the asked event, without the prompt's second ask ("and what you learned from it": what a
    # story that tells the event goes on to say; round 46, asked_event.py)
    asked = "a mistake you made at work"
    assert off.star is not None and off.star.off_question == [asked]
    # ... and the slip the prompt asks for told somewhere (round 42: a story telling no mistake
    # of its own is off "a mistake you made", whatever phrase it says: event_demand.py)
    told = LAUNCH + " Afterwards I told my manager I had missed the tablet layout."
    score = score_answer(question, Transcript(told))
    assert score.star is not None and score.star.off_question == []


def test_a_story_saying_a_word_of_the_prompt_loses_less(bank: QuestionBank) -> None:
    """No intent phrase, but an everyday word for the prompt's own "learned" ("taught"):
    probably off, told so, at half cost. "Learned" itself is said by nearly every story (33 of
    the 34 shipped model answers), so it is no sign of what this one is about."""
    question = bank.get("beh.learn-from-mistake")
    told = LAUNCH + " It taught me a lot about ranking."
    score = score_answer(question, Transcript(told))
    assert score.star is not None and score.star.off_question
    assert f"off the question -{OFF_QUESTION_PENALTY_UNSURE}" in score.basis["structure"]
    said = score_answer(question, Transcript(LAUNCH + " I learned a lot about ranking."))
    assert f"off the question -{OFF_QUESTION_PENALTY}" in said.basis["structure"]


def test_intent_phrases_are_specific_to_their_question(bank: QuestionBank) -> None:
    """An intent phrase said by many stories about other things is no evidence: none occurs in
    more than a quarter of the other behavioral questions' model answers."""
    behavioral = [q for q in bank.questions.values() if q.category.value == "behavioral"]
    told = {q.id: AnswerIndex(tokenize(q.model_answer)) for q in behavioral}
    common = []
    for question in behavioral:
        others = [told[o.id] for o in behavioral if o.id != question.id]
        for phrase in question.intent.phrases if question.intent else ():
            said = sum(1 for index in others if index.find_ordered(whole_phrase(phrase)))
            if said > len(others) / 4:
                common.append(f"{question.id}: {phrase!r} in {said} of {len(others)}")
    assert common == []


def test_a_prompt_word_and_a_key_point_phrase_without_the_core_cost_the_lower_penalty(
    bank: QuestionBank,
) -> None:
    """Two weak hints kept a story with no intent phrase on the question; on a question that
    names what it defines (``Intent.core``, round 22: "mistake", "my fault", ...) all three
    must agree, so a launch story that "taught me a lot" is off "a mistake", at the lower cost."""
    question = bank.get("beh.learn-from-mistake")
    assert question.intent is not None and question.intent.core
    assert "told my manager" in question.key_points[0].phrases
    told = LAUNCH + " It taught me a lot, and afterwards I told my manager about the tablets."
    score = score_answer(question, Transcript(told))
    assert score.star is not None and score.star.off_question == [question.intent.label]
    assert f"off the question -{OFF_QUESTION_PENALTY_UNSURE}" in score.basis["structure"]


# An incident story: its situation, task and result speak of the incident; a "debate" is said
# once, in a step.
INCIDENT = (
    "One Sunday night our pricing model started failing and the error rate spiked for every "
    "checkout. "
    "I was on call that week, so it was on me to stop the outage. "
    "I rolled back to the previous model and compared its inputs with the new one's. "
    "There was a short debate in the channel about a hotfix, and I asked for ten more minutes. "
    "I found a renamed column and wrote a check that fails the deploy when a column is missing. "
    "The incident was over in forty minutes, and the check has caught two broken releases since."
)


def test_a_story_framed_by_another_theme_is_off_even_if_a_step_says_the_intent(
    bank: QuestionBank,
) -> None:
    question = bank.get("beh.resolve-conflict")
    assert question.intent is not None and intent_evidence(question, tokenize(INCIDENT))
    off = score_answer(question, Transcript(INCIDENT))
    incident = bank.get("beh.production-incident").intent
    assert off.star is not None and off.star.off_question == [question.intent.label]
    assert incident is not None and off.star.reads_as == incident.label
    assert f"off the question -{OFF_QUESTION_PENALTY_UNSURE}" in off.basis["structure"]
    assert any(incident.label in tip for tip in off.feedback if tip.startswith("Off the question"))
    on = score_answer(bank.get("beh.production-incident"), Transcript(INCIDENT))
    assert on.star is not None and on.star.off_question == []


def test_a_theme_said_in_several_ways_through_the_steps_keeps_the_story_on_it(
    bank: QuestionBank,
) -> None:
    # The same incident frame, but the steps keep returning to the disagreement in different
    # words: the disagreement runs through the story, it is not said in passing.
    steps = INCIDENT.replace("I found a renamed", "I heard both sides, then I found a renamed")
    question = bank.get("beh.resolve-conflict")
    on = score_answer(question, Transcript(steps))
    assert on.star is not None and on.star.off_question == []
    # One word said again ("debate", twice) is still a detail of an incident story.
    again = INCIDENT.replace("I asked for ten more minutes", "I asked to end the debate")
    off = score_answer(question, Transcript(again))
    assert off.star is not None and off.star.off_question != []


def test_a_person_named_by_er_is_not_the_act_of_the_same_stem(bank: QuestionBank) -> None:
    # "designer" (working with other functions) stems like "design" and "designing": only
    # the person's own word says it.
    question = bank.get("beh.cross-functional")
    assert question.intent is not None and "designer" in question.intent.phrases
    designing = "I was designing the serving setup, and the design review approved it."
    assert "designer" not in intent_evidence(question, tokenize(designing))
    designers = "I sat with two designers every week."
    assert "designer" in intent_evidence(question, tokenize(designers))


def test_a_push_back_told_as_what_was_realistic_is_on_the_question(bank: QuestionBank) -> None:
    # round 24 (star24): "tell her what was realistic" is how a push-back is often told.
    story = (
        "Our head of sales wanted a lead scoring model ready for the conference in ten days. "
        "I had to tell her what was realistic without losing her support. "
        "I checked our data and found only two hundred closed deals with usable notes. "
        "I proposed a simple ranking by company size and past contact for the conference, "
        "and the full model after we had logged three more months of deals. "
        "She took the simple ranking, and the full model went live in the autumn."
    )
    score = score_answer(bank.get("beh.push-back"), Transcript(story))
    assert score.star is not None and not score.star.off_question
