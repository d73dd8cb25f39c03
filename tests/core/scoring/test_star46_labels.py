"""STAR labels, round 46 (issue 9, star46): the story's end told first as its opening line, by
a quantity moving the good way ("The wait for a refund fell from nine days to two."), by an
ending said at the line's close ("..., in the end.") or by a present passive with "now" ("are
now read"); a quantity moving the bad way, one that had moved before, or one that moved all at
once stays the scene."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, analysed


@pytest.mark.parametrize(
    "opening",
    (
        "The wait for a refund decision fell from nine days to two.",
        "Chargebacks on the new card product dropped by a third over the summer.",
        "Conversion on the checkout page rose by six percent.",
        "The finance team moved their forecasting onto our platform in the end.",
        "Support replies are now drafted by the model for four in five tickets.",
    ),
)
def test_the_end_told_first_is_the_result(opening: str) -> None:
    labels = [s.label for s in analysed(opening, SCENE, TASK, STEP_1, STEP_2).star.segments]
    assert labels[0] == "result", labels


@pytest.mark.parametrize(
    "opening",
    (
        "The error rate of our address parser rose from two to nine percent in March.",
        "Click-through on the home feed fell by a fifth after the redesign.",
        "Refund requests had dropped by half the year before, so nobody watched them.",
        "Our queue of unlabelled claims suddenly doubled to forty thousand.",
        "The finance team asked for a new forecast in the end of the year.",
    ),
)
def test_trouble_or_a_time_at_the_opening_stays_the_scene(opening: str) -> None:
    labels = [s.label for s in analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[0] == "situation", labels


@pytest.mark.parametrize(
    "finding",
    (
        (
            "Nearly all of the misses were on scanned pages, where the live OCR step lagged by a few seconds.",
            "In the training set we had used the clean text typed in afterwards.",
        ),
        (
            "Most of the drift was in one region, where the old sensor fed the model by several minutes late.",
            "The old sensors had reported their readings in local time, not in UTC.",
        ),
    ),
)
def test_a_story_ending_on_what_my_look_found_has_no_result(finding: tuple[str, str]) -> None:
    # the finding's second sentence goes back before the story (a past perfect, a state), and
    # "the live step" or "lagged by a few seconds" is no state reached: no outcome is told
    look = "I compared the wrong answers with the inputs they were given, one source at a time."
    star = analysed(SCENE, TASK, STEP_2, look, *finding).star
    # told last, what the look found is how things stood (star61)
    assert [s.label for s in star.segments][-2:] == ["situation", "situation"], star.segments
    assert "result" in star.missing


def test_an_outcome_after_the_finding_is_still_a_result() -> None:
    look = "I compared the wrong answers with the inputs they were given, one source at a time."
    finding = "Nearly all of the misses were on scanned pages, where the OCR step lagged."
    star = analysed(SCENE, TASK, STEP_2, look, finding, OUTCOME).star
    assert "result" not in star.missing, star.segments


@pytest.mark.parametrize(
    "remark",
    (
        "Not an easy conversation.",
        "Quite a painful week.",
        "Almost embarrassing how small the fix was.",
        "Nothing clever.",
        "The team was not too happy about it, I must say.",
        "That hurt a little, I admit.",
    ),
)
def test_the_tellers_appraisal_or_comment_is_no_part_of_the_story(remark: str) -> None:
    # an appraised noun ("an easy conversation"), an exclamative ("how small the fix was"),
    # "nothing" with its word, a closing mark on a past state or feeling: each was read as the
    # result for its place, or as the step before it
    labels = [s.label for s in analysed(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark).star.segments]
    assert labels[-1] == "other", labels


@pytest.mark.parametrize(
    "event",
    (
        "The support lead switched the queue over within a week, I must say.",
        "Nothing changed for a month.",
    ),
)
def test_an_event_with_a_mark_or_after_nothing_is_not_a_remark(event: str) -> None:
    labels = [s.label for s in analysed(SCENE, TASK, STEP_1, STEP_2, event).star.segments]
    assert labels[-1] != "other", labels


PRESENT_SCENE = (
    "I'm on the support team's routing model, and it is about to go to every region.",
    "A week before the launch, a support lead forwards me complaints that Portuguese tickets"
    " wait much longer.",
    "I need to know whether that's real before the model goes to every region.",
)


@pytest.mark.parametrize(
    "look",
    (
        "I split the waiting times by language and by product.",
        "I sit with two agents for a morning to check how they use the routing scores.",
    ),
)
def test_what_a_look_turned_up_between_my_steps_is_a_finding_r61(look: str) -> None:
    # a look told as splitting the data, or as a step done "to see" or "to check", makes the
    # two sentences after it a finding (the first was the result for its number, the second
    # the scene), in a story told in the present
    labels = [
        s.label
        for s in analysed(
            *PRESENT_SCENE,
            look,
            "At the same volume, Portuguese tickets get an answer about a third later.",
            "The gap comes from one field, the customer's country, which new customers often"
            " leave empty.",
            "I take it to the support lead and offer to retrain without that field.",
            "The retrain takes a day, and I run it against the same languages.",
            "The launch goes ahead on time, and the gap between languages is under two percent.",
        ).star.segments
    ]
    # a measure and a cause found: what the look came to and how things stood (star61)
    assert labels[4:6] == ["result", "situation"], labels


def test_a_look_told_in_the_present_after_and_makes_a_finding() -> None:
    # "I draw ... and check them": the look's verb in the present after "and" (only "checked"
    # was known), so the two sentences after it were the result
    labels = [
        s.label
        for s in analysed(
            "We buy the labels for our ticket router from an outside labelling company.",
            "In May the new batch looks off: the router trained on it gets worse on our own test"
            " set.",
            "I have to find out whether the batch is bad and get it fixed.",
            "I draw two hundred labels from the batch and check them with a support lead.",
            "About one in four are wrong, nearly all of them in the billing queue.",
            "Their new annotators never got the billing guideline, it turns out.",
            "I send them the sample with our notes and offer to train their new annotators.",
            "They relabel the billing part for free, and the router gets its accuracy back.",
        ).star.segments
    ]
    assert "action" not in labels[4:6] and labels[6] == "action", labels  # findings (star61)


def test_the_tellers_mark_between_commas_makes_a_past_state_a_comment() -> None:
    remark = "Their support was slow, I have to say, but friendly."
    labels = [s.label for s in analysed(SCENE, TASK, STEP_1, remark, STEP_2, OUTCOME).star.segments]
    assert labels[3] == "other", labels
    event = "The vendor was quick, I must say, and fixed it in a week."
    labels = [s.label for s in analysed(SCENE, TASK, STEP_1, STEP_2, event).star.segments]
    assert labels[-1] != "other", labels


@pytest.mark.parametrize(
    "opening",
    (
        "No refund ticket in the wrong queue in the three months since the spring release.",
        "Our router today is half the size of the old one, and two points better than before.",
        "Routing accuracy is at ninety-one percent, up from seventy-eight.",
    ),
)
def test_an_absence_since_or_a_comparison_with_before_opens_on_the_end(opening: str) -> None:
    labels = [s.label for s in analysed(opening, SCENE, TASK, STEP_1, STEP_2).star.segments]
    assert labels[0] == "result", labels


def test_a_scene_setting_two_things_of_its_time_side_by_side_stays_the_scene() -> None:
    opening = "Our router took two seconds per ticket instead of two hundred milliseconds."
    labels = [s.label for s in analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[0] == "situation", labels
