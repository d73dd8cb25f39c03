"""Someone answering my step with a doubt or an objection (issue 9, star45).

"My manager pushed back", "she was not convinced", "he got defensive": another person's answer
to what I did that opens an exchange rather than closing one. Told after my steps it is one
more turn of them, never what came of them: a no-result story that ends on such a line was
read as ending on someone else's event, its missing result not reported (a blind round-44
story scored 99, above its full version). Not a dispute: a refusal or a rejection that ends
the matter ("the client rejected the model"), and nobody objecting ("Nobody objected after
that"), which tells how things went.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_cues import BE_PAST
from simulator.core.scoring.text import word_set

__all__ = ["NOBODY", "disputed"]

# Verbs of answering a step with a doubt or an objection (star45). "refused", "rejected" and
# "complained" are left out: they can end a story ("the client rejected the model").
_DISPUTE_VERBS = word_set(
    "objected disagreed questioned challenged argued insisted doubted hesitated resisted protested"
)
# States of someone not yet won over, after "was/were" (with "not": "was not convinced") or
# "got/became" ("got defensive").
_DOUBTING = word_set("skeptical sceptical unconvinced defensive reluctant wary hesitant")
_WON_OVER = word_set("convinced sure pleased happy keen")
NOBODY = word_set("nobody no none")  # ("no one", "no reviewer")
# A verb of objecting denied ("never questioned", "did not object") or with nothing for its
# object ("questioned nothing") tells how things went: nobody disputed (review of eeb466f7).
_DENIED = word_set("not never no didn't hardly barely longer n't")
_NO_OBJECT = word_set("nothing none")
# Taking a stand for keeping what I did ("insisted on *keeping* the new model") is how things
# went; any other stand ("argued that we should ...") answers my step.
_STANDS = word_set("insisted argued")
_KEEPING = word_set("keeping using continuing expanding extending adopting")


def disputed(ws: Sequence[str], verb: int) -> bool:
    """Does the clause's verb at ``verb`` answer something with a doubt or an objection ("she
    pushed back", "he objected to the delay", "he was not convinced", "they got defensive")?"""
    word, rest = ws[verb], list(ws[verb + 1 : verb + 5])
    if set(ws[max(0, verb - 2) : verb]) & _DENIED or rest[:1] and rest[0] in _NO_OBJECT:
        return False  # "the regulator *never* questioned the model", "questioned *nothing*"
    if word in _STANDS and rest[:1] in (["on"], ["for"]) and rest[1:2] and rest[1] in _KEEPING:
        return False  # "insisted on keeping the new model": a stand for what I did
    if word in _DISPUTE_VERBS or (word in ("pushed", "push", "pushes") and rest[:1] == ["back"]):
        return True
    if word in BE_PAST | {"got", "became", "is", "are", "gets"}:
        lead = [w for w in rest if w not in ("a", "bit", "little", "very", "quite", "still")]
        if lead[:1] and lead[0] in _DOUBTING:
            return True
        return lead[:1] in (["not"], ["n't"]) and lead[1:2] != [] and lead[1] in _WON_OVER
    return False
