"""The answer's text as the scorer reads it: the same English, whatever form its characters came in.

Typed answers arrive in forms a person does not see as different: full-width letters from a
Chinese or Japanese input method in full-width mode ("ｂｉａｓ"), "fancy" mathematical letters
pasted from a text generator ("𝐛𝐢𝐚𝐬"), no-break or ideographic spaces, NUL and other control
characters, emoji between sentences, two spaces or a tab between words. Read as they came, the first two were taken for another
script (scored 0, "Written in Fullwidth script") and the rest moved a score by up to 6 points
(attack run 40). Each is mapped to the plain character it stands for, or to a space; text with
none of them is returned as it is (the same object), so no other answer's score can move."""

from __future__ import annotations

import re
import unicodedata

# Full-width ASCII and the ideographic space; mathematical letters and digits; the letterlike
# symbols used in their place (U+210E ℎ is the italic small h); no-break, thin and other spaces;
# line and paragraph separators; control characters but tab, newline and carriage return; emoji,
# their skin tones and the variation selector that asks for emoji presentation.
_ODD = re.compile(
    "[\uff01-\uff5e\u3000"
    "\U0001d400-\U0001d7ff\u2100-\u214f"
    "\u00a0\u2000-\u200a\u202f\u205f\u2028\u2029"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]"
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]")


def _plain(match: re.Match[str]) -> str:
    char = match.group()
    if char in "\u2028\u2029":
        return "\n"
    if _EMOJI.fullmatch(char) or unicodedata.category(char) == "Cc":
        return " "
    folded = unicodedata.normalize("NFKC", char)
    # a letterlike symbol with no plain letter (℗, ℞) stays; so does anything NFKC makes longer
    return folded if len(folded) == 1 else char


# Two spaces or a tab between words moved a score as well (a sentence's text compared whole).
_SPACES = re.compile(r"[ \t]{2,}|\t")


# Words joined by commas with no space ("precision,recall,drift", a pasted list) were one clause
# of them all for the claim readers, which look at a clause's words against each other: 4,000
# such words took 10-22 s of CPU, 20,000 over ten minutes (attack run 40). A space after the
# comma makes them the list they are; numbers ("1,000") keep theirs.
_JOINED = re.compile(r"(?<=[^\W_])([,;])(?=[^\W\d_])")


def plain_text(text: str) -> str:
    """``text`` with its odd characters mapped as the module says, each run of spaces and tabs
    one space, and a space after a comma joining two words; ``text`` itself (the same object)
    when it has none of them."""
    out = text if _ODD.search(text) is None else _ODD.sub(_plain, text)
    out = out if _SPACES.search(out) is None else _SPACES.sub(" ", out)
    return out if _JOINED.search(out) is None else _JOINED.sub(r"\1 ", out)
