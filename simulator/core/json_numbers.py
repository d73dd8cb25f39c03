"""Whole numbers in JSON written by hand or by another program.

Python refuses to read an integer of more than 4,300 digits (a guard against slow conversions)
with a ValueError that advises ``sys.set_int_max_str_digits()``: the loaders took it for other
damage ("nested too deeply") or showed that advice to the person. ``json.loads(...,
parse_int=...)`` with one of these names the number by its length instead.
"""

from __future__ import annotations


class LongNumber(str):
    """A whole number too long to read, kept as its text so the one value can be named."""

    @property
    def digits(self) -> int:
        return len(self.lstrip("+-"))

    def describe(self) -> str:
        return f"a number {self.digits:,} digits long"


def lenient_int(text: str) -> int | LongNumber:
    """``int(text)``, or a ``LongNumber`` the caller names as one wrong value."""
    try:
        return int(text)
    except ValueError:
        return LongNumber(text)


def strict_int(text: str) -> int:
    """``int(text)``; raises ValueError naming the number's length when it is too long."""
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{LongNumber(text).describe()} cannot be read") from None
