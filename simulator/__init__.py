"""ML Interview Simulator: offline mock interviews for Machine Learning Engineer roles."""

__version__ = "0.2.0"  # the one place: pyproject.toml, the CHANGELOG and metainfo follow
APP_NAME = "ml-interview-simulator"
