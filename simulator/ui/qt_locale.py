"""A UTF-8 character locale for Qt, set before Qt starts, without Qt's four-line warning.

Qt needs a UTF-8 locale: under LANG=C or LC_ALL=C (a cron job, a container, ``env -i``) it
switches the character locale to C.UTF-8 itself, and prints 'Detected locale "C" with
character encoding "ANSI_X3.4-1968", which is not UTF-8. ...' on every start: four lines of
warning above the one line a command such as ``export --format pdf`` prints (attack run 42).
The same switch is made here first, quietly: only the character locale (LC_CTYPE), as Qt does;
dates, numbers and messages keep the person's locale.
"""

from __future__ import annotations

import locale
import os

_CATEGORIES = (
    "LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME",
    "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
)  # fmt: skip
UTF8_LOCALE = "C.UTF-8"


def utf8_for_qt() -> None:
    """Make the environment's character locale UTF-8 (C.UTF-8) when it is not, before Qt
    reads it. A no-op where it is (almost every desktop) and off Unix."""
    if os.name != "posix" or not hasattr(locale, "nl_langinfo"):
        return
    try:
        saved = locale.setlocale(locale.LC_CTYPE)
        locale.setlocale(locale.LC_CTYPE, "")  # the environment's, as Qt will read it
        codeset = locale.nl_langinfo(locale.CODESET)
        locale.setlocale(locale.LC_CTYPE, saved)
    except locale.Error:
        return
    if codeset.upper().replace("-", "") == "UTF8":
        return
    every = os.environ.pop("LC_ALL", None)
    if every:  # LC_ALL overrides each category: each keeps its value but the characters
        for name in _CATEGORIES:
            os.environ[name] = every
    os.environ["LC_CTYPE"] = UTF8_LOCALE
