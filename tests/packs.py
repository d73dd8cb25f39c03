"""A valid question as a user pack writes it: the starting point the pack tests break."""

from __future__ import annotations

from typing import Any

GOOD_QUESTION: dict[str, Any] = {
    "id": "tech.example",
    "category": "technical",
    "topic": "testing",
    "difficulty": 2,
    "prompt": "Explain overfitting in your own words.",
    "time_limit_s": 120,
    "key_points": [
        {"id": "noise", "label": "Fits noise", "weight": 2, "phrases": ["fits the noise"]}
    ],
    "model_answer": "Overfitting is when the model fits the noise rather than the signal.",
    "follow_ups": [{"prompt": "How do you detect it?", "key_point": "noise"}],
}
