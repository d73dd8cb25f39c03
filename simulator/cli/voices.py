"""``ml-interview voices [--json]``: the interviewer voices (lives with ``speak``)."""

from simulator.cli.speak import register_voices as register
from simulator.cli.speak import run_voices as run

__all__ = ["register", "run"]
