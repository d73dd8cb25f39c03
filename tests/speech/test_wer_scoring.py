"""The real-speech benchmark's word error rate charges what was misheard, not spelling."""

from benchmarks import speech_metrics as sm


def test_a_compound_spelt_otherwise_is_not_an_error() -> None:
    closed = sm.align("rather cold hearted and selfish", "Rather coldhearted and selfish.")
    opened = sm.align("someone said no", "Some one said no.")
    assert (closed.errors, opened.errors) == (0, 0)


def test_a_misheard_word_still_counts_once_and_real_pairs_are_not_joined() -> None:
    assert sm.align("ill disposed young man", "old-sposed young man").errors == 2
    # "no" and "matter" are both words of the reference: never joined into "nomatter"
    assert sm.align("no matter", "no matter").errors == 0
    assert sm.align("four queen of clubs", "for queen of clothes").errors == 2


def test_a_contraction_is_its_long_form_and_stays_one_word() -> None:
    # Asterisk's "I am sorry, that's not a valid extension", heard in every condition as "I'm
    # sorry, that is not ...": four errors for nothing misheard
    said = "i am sorry that's not a valid extension please try again"
    heard = "I'm sorry, that is not a valid extension. Please try again."
    assert sm.align(said, heard).errors == 0
    assert sm.align("it cannot do not", "It can't, don't.").errors == 0
    # a misheard contraction costs one word, as any misheard word does
    assert sm.align("ill disposed", "You're disposed.").errors == 1
    # "'s" after a noun (is, has, or possessive) and "'d" (would, had) stay as written
    assert sm.align("your agent number", "your agent's number").errors == 1


def test_a_prompt_term_heard_more_often_than_said_is_counted_as_made_up() -> None:
    terms = ["XGBoost", "gradient boosting", "L2 regularization"]
    said = "gradient boosting adds trees"
    assert sm.prompt_leaks(said, "Gradient boosting adds trees.", terms) == 0
    assert sm.prompt_leaks(said, "Gradient boosting adds XGBoost trees, gradient", terms) == 2
    assert sm.prompt_leaks(None, "regularization", terms) == 1  # nothing known said: all count
    assert sm.prompt_leaks(said, "the boosting of trees", ["of the boosting"]) == 0


def test_an_ordinal_in_digits_is_the_word_said() -> None:
    """Whisper writes "50th" for the said "fiftieth": the same word (held10's Asterisk
    ordinals), where "fiftyth" had cost an error for nothing misheard."""
    for written, said in (
        ("50th", "fiftieth"),
        ("20th", "twentieth"),
        ("12th", "twelfth"),
        ("5th", "fifth"),
        ("8th", "eighth"),
        ("9th", "ninth"),
        ("11th", "eleventh"),
        ("21st", "twenty first"),
        ("72nd", "seventy second"),
    ):
        assert sm.align(said, written).errors == 0, written
    assert sm.align("fiftieth", "15th").errors == 1


def test_digits_before_a_scale_word_do_not_add_a_one_the_speaker_did_not_say() -> None:
    # round 34: "hundredth" heard right as "100th." cost an inserted "one" and was counted as
    # two words for a one-word answer; "X-ray." for "xray" counted as two (the WER had it right)
    assert sm.align("hundredth", "100th.").errors == 0
    assert sm.heard_content("hundredth", "100th.") == ["hundredth"]
    assert sm.heard_content("xray", "X-ray.") == ["xray"]
    assert sm.align("a hundred", "100").errors == 1  # "a" said, "one" heard: still one word off
    assert sm.align("one hundred and five", "105").errors == 1  # the "and" only
    assert sm.align("two hundred", "100").errors == 1  # a wrong number stays wrong
    assert sm.heard_content("fifty", "50 years") == ["fifty", "years"]
