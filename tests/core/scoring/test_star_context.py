"""STAR labels read from a sentence's neighbours (star_context.py, round 23): findings between
my steps, a decision that sets the work, a setback before the task, an outcome told last with
no cue word. Each story is new (no held-out set's sentences); each test fails on the labeller
before round 23."""

from __future__ import annotations

from tests.core.scoring.star_stories import analysed, star_labels


def _segments(*sentences: str) -> list[tuple[str, str]]:
    return [(s.label, s.why) for s in analysed(*sentences).star.segments]


def test_a_finding_after_my_look_and_before_my_next_step_is_what_it_came_to() -> None:
    labels = star_labels(
        "Our warehouse forecast for frozen goods was off by a wide margin every Monday.",
        "I owned the forecast, so I had to find out why.",
        "I pulled the order history of the last ninety Mondays and grouped the errors by store.",
        "Nearly eighty percent of the error came from five stores that opened on Sundays.",
        "I added a Sunday-opening feature and retrained the model on the full history.",
        "Monday errors fell by half within a month.",
    )
    assert labels[3] == "result"  # a finding is no step (star61)


def test_what_the_logs_showed_between_two_steps_is_what_the_look_came_to() -> None:
    labels = star_labels(
        "One night our image tagging service started labelling every photo as a document.",
        "I was on call, so the incident was mine to run.",
        "My first move was to route traffic back to the previous model.",
        "The logs showed that a resize step had been skipped, and the model had received blank images.",
        "I restored the resize step, added a check for blank inputs, and redeployed the model.",
        "Tagging was correct again within forty minutes.",
    )
    assert labels[3] == "result"  # what a record showed (star61)


def test_a_finding_of_my_look_stays_an_outcome_when_no_step_follows() -> None:
    labels = star_labels(
        "Our churn model scored well offline, but the retention team ignored it.",
        "I had to find out why the scores went unused.",
        "I interviewed six retention agents about how they picked whom to call.",
        "Calls to the top-scored customers saved twice as many accounts as before.",
    )
    assert labels[3] == "result"


def test_a_decision_told_with_its_reason_before_any_step_is_the_task() -> None:
    segments = _segments(
        "Every release of our ranking model needed two days of manual checks before it shipped.",
        "The checks were written in a wiki page and skipped half the time.",
        "After a bad release slipped through in March, I decided to automate the checks.",
        "I turned each check into a test that ran on every candidate model.",
        "I also added a report that compared the candidate with the live model on key queries.",
        "Releases now take two hours, and no bad model has shipped since.",
    )
    assert segments[2][0] == "task"
    assert "decision" in segments[2][1]


def test_a_bare_decision_stays_a_step() -> None:
    labels = star_labels(
        "At my previous company our nightly exports broke every few weeks.",
        "We decided to look into it as a team.",
        "We added alerts to every job and wrote a runbook together.",
        "The exports failed only once in the next six months.",
    )
    assert labels[1] == "action"


def test_a_setback_between_the_scene_and_the_task_is_the_situation() -> None:
    labels = star_labels(
        "We launched a new recommendation carousel on our grocery app after strong offline tests.",
        "In the first week, though, shoppers added fewer items from it than from the old one.",
        "I had built the carousel, so I needed to understand the drop.",
        "I compared the recommended items with what shoppers actually bought.",
        "I retrained the model on purchases instead of clicks.",
        "Items added from the carousel rose by nine percent in the next test.",
    )
    assert labels[1] == "situation"


def test_an_outcome_with_no_cue_word_told_last_is_the_result() -> None:
    segments = _segments(
        "Our support team answered the same billing questions dozens of times a day.",
        "I was asked to cut the time agents spent on them.",
        "I grouped a month of tickets by their answers and wrote ten reply templates.",
        "I also paired each new agent with a buddy for their first week.",
        "The next four hires ran the billing queue alone on their third day.",
    )
    assert segments[-1][0] == "result"


def test_a_last_step_of_mine_stays_a_step() -> None:
    labels = star_labels(
        "Our support team answered the same billing questions dozens of times a day.",
        "I was asked to cut the time agents spent on them.",
        "I grouped a month of tickets by their answers and wrote ten reply templates.",
        "Then I added a button that suggested the right template for each new ticket.",
    )
    assert labels[-1] == "action"


def test_a_setback_after_an_opening_act_is_the_situation() -> None:
    labels = star_labels(
        "We built a new fraud model for our card payments that caught more fraud than the old rules in our offline tests.",
        "In its first month live, though, analysts confirmed fewer frauds from its alerts than from the rules.",
        "I had built the model, so I needed to find out why the gain did not hold.",
        "I compared last year's frauds with this year's and found new attack patterns.",
        "I retrained the model with three months of recent cases.",
        "Confirmed frauds per alert rose by a fifth in the next month.",
    )
    assert labels[1] == "situation"


def test_an_act_named_inside_how_or_what_is_no_step_of_mine() -> None:
    labels = star_labels(
        "After my first design review, my manager said my documents were too long.",
        "Two of my proposals had stalled that quarter.",
        "I had to change how I wrote before my next proposal went out for review.",
        "My first step was to ask her for the two worst documents.",
        "I rewrote my template so that the decision came first.",
        "The next proposal was approved in one meeting.",
    )
    assert labels[2] == "task"


def test_the_decision_was_mine_and_at_first_are_the_task_not_a_step() -> None:
    labels = star_labels(
        "Our pricing model used hand-picked seasonal features that I had designed.",
        "A new colleague argued that a plain gradient boosted model would do better without them.",
        "The pricing model was mine, so the call was mine, and at first I was ready to keep it.",
        "I asked her to show me the weeks where my features failed.",
        "I ran both models side by side on a year of data.",
        "Her model was two points better, and we switched the following month.",
    )
    assert labels[2] == "task"


# Round 24 (star24): a result read from position alone must not hide a missing result.
_CUT_STORY = (
    "Our nightly feature job for the credit model failed about twice a week.",
    "I owned the pipeline, so fixing it was my job.",
    "I traced each failure back to the table it came from.",
    "I moved the late vendor feed to a separate job with retries.",
    "A validation step was added before training, with an alert to the on-call engineer.",
)


def test_a_story_cut_before_its_result_ending_on_a_cueless_step_reports_the_result_missing() -> (
    None
):
    cut = analysed(*_CUT_STORY)
    assert "result" in cut.star.missing
    assert "no outcome" in cut.basis
    full = analysed(
        *_CUT_STORY, "The job has not failed since, and retraining moved from weekly to daily."
    )
    assert "result" not in full.star.missing
    assert cut.score < full.score


def test_an_outcome_of_others_with_a_passive_after_it_stays_the_result() -> None:
    story = analysed(
        "New analysts needed two weeks to run our reporting pipeline on their own.",
        "I was asked to make onboarding faster.",
        "I wrote a setup script that installed everything and ran a test report.",
        "I also recorded a short walkthrough of the three steps people got wrong most often.",
        "The next three hires ran the pipeline on their second day, and the old wiki page was archived.",
    )
    assert story.star.segments[-1].label == "result"
    assert "result" not in story.star.missing
