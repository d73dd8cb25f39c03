"""A cheaper form of PySide6's check of every module imported after it.

PySide6 looks at each newly imported module for ``from __feature__ import ...`` by reading its
whole source with ``inspect.getsource``, which keeps every line of every module in
``linecache`` for good. Measured here: 109 modules read before the first paint (16-48 ms of a
~400 ms start), and ~17 MB of source lines held once the speech engines had loaded. The same
question ("does the source mention PySide6?") is answered from the file's bytes, keeping
nothing; modules without a source file get PySide6's own answer.
"""

from __future__ import annotations

from types import ModuleType


def read_sources_without_keeping_them() -> bool:
    """Replace PySide6's module check (once); False when this PySide6 has no such check."""
    try:
        from shibokensupport import feature
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return bool(original(module))
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False  # as PySide6 answers for a module whose source cannot be read

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]  # (tests put it back)
    feature._mod_uses_pyside = uses_pyside
    return True
