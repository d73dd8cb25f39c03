"""ML Interview Simulator: offline mock interviews for Machine Learning Engineer roles."""

__version__ = "0.1.0"
APP_NAME = "ml-interview-simulator"
