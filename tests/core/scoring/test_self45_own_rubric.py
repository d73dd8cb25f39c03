"""What a rubric itself asserts is no wrong claim (issue 9, self45; own_rubric.py).

4 of 243 outside pack model answers were charged against their own rubric, each by one of the
readings below; a candidate saying the same in other words was charged the same way. Each correct
answer here is a paraphrase (never the rubric's model answer) and was charged before the change;
each wrong twin still is.
"""

from __future__ import annotations

from tests.core.scoring.rubric_charges import charged, one_question

_ADAPTERS = one_question(
    """
pack:
  name: adapters
questions:
  - id: tech.s45t-adapters
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: Why are adapter layers a cheap way to fine-tune a large model?
    time_limit_s: 90
    key_points:
      - id: small-trained
        label: Only small adapter layers inserted between the blocks are trained while the backbone stays frozen
        weight: 3
        phrases: [adapter layers, backbone stays frozen]
      - id: memory
        label: Few parameters train, so there is no need for gradients or optimizer state for the backbone's weights
        weight: 3
        phrases: [optimizer state, few parameters]
      - id: schedule
        label: A learning rate schedule with warmup still matters for the adapters
        weight: 1
        phrases: [learning rate schedule]
    model_answer: >-
      Small adapter layers are inserted between the blocks and only they are trained; the backbone
      stays frozen. Few parameters train, so there is no need for gradients or optimizer state for
      the backbone's weights. A learning rate schedule with warmup still matters.
""",
    "adapters.yaml",
)


def test_a_denial_the_point_itself_makes_is_not_charged() -> None:
    said = (
        "You insert adapter layers and freeze everything else. Because the big model is frozen, "
        "you don't need optimizer state or gradients for the backbone's weights at all."
    )
    assert charged(_ADAPTERS, said) == []


def test_a_denial_the_rubric_does_not_make_is_still_charged() -> None:
    said = (
        "You insert adapter layers and freeze the backbone. A learning rate schedule is not "
        "needed at all."
    )
    assert charged(_ADAPTERS, said) == ["schedule"]


_HOSPITALS = one_question(
    """
pack:
  name: hospitals
questions:
  - id: tech.s45t-federated
    category: technical
    topic: privacy
    difficulty: 2
    prompt: How can hospitals learn together from patient records they may not pool?
    time_limit_s: 90
    key_points:
      - id: records-stay
        label: The raw records stay on each hospital's servers; each hospital trains the shared model locally and sends back only model updates
        weight: 3
        phrases: [stays on the server, train locally, local training, model updates]
      - id: averaging
        label: A coordinator averages the updates, weighting each hospital by its number of records, and sends the new global model back
        weight: 3
        phrases: [averages the updates]
    model_answer: >-
      The raw records stay on each hospital's servers: each hospital trains the shared model
      locally and sends back only model updates. A coordinator averages the updates, weighting
      each hospital by its number of records, and sends the new global model back.
""",
    "hospitals.yaml",
)


def test_a_term_the_rubric_itself_uses_is_not_the_opposite() -> None:
    # "global" is the opposite of the point's "locally", but the rubric itself says "global
    # model": the word names the model here, not where the training happens
    said = (
        "The coordinator averages the updates, weighting each hospital by its number of "
        "records, and ships the updated global model back."
    )
    assert charged(_HOSPITALS, said) == []


_SPIKING = one_question(
    """
pack:
  name: spiking
questions:
  - id: tech.s45t-spiking
    category: technical
    topic: deep learning
    difficulty: 3
    prompt: What is a spiking neural network?
    time_limit_s: 90
    key_points:
      - id: spikes
        label: Its neurons communicate with discrete spikes over time instead of continuous activations
        weight: 3
        phrases: [discrete spikes, spikes over time]
      - id: training
        label: The spike is not differentiable, so training uses surrogate gradients or conversion from a trained network
        weight: 2
        phrases: [surrogate gradients]
    misconceptions:
      - id: snn-ensemble
        phrases: [a spiking neural network is an ensemble of networks]
        correction: It is one network whose neurons fire spikes; an ensemble trains several networks and averages them.
    model_answer: >-
      Its neurons communicate with discrete spikes over time rather than continuous activations.
      Because a spike is not differentiable, it is trained with surrogate gradients or converted
      from a trained network.
""",
    "spiking.yaml",
)


def test_a_claim_read_without_its_telling_word_is_not_charged() -> None:
    said = (
        "A spiking neural network is a network whose neurons exchange discrete spikes over "
        "time. It is trained with surrogate gradients."
    )
    assert charged(_SPIKING, said) == []


def test_the_claim_with_its_telling_word_is_still_charged() -> None:
    said = "A spiking neural network is an ensemble of networks that vote on the output."
    assert charged(_SPIKING, said) == ["a spiking neural network is an ensemble of networks"]


_SPEARMAN = one_question(
    """
pack:
  name: spearman
questions:
  - id: tech.s45t-spearman
    category: technical
    topic: statistics
    difficulty: 2
    prompt: How does Spearman correlation measure association between two variables?
    time_limit_s: 90
    key_points:
      - id: ranks
        label: It is the Pearson correlation of the ranks of the two variables
        weight: 3
        phrases: [correlation of the ranks, ranks of the values]
      - id: monotonic
        label: It measures any monotonic relationship, not only a linear one, and resists outliers
        weight: 3
        phrases: [monotonic relationship, any monotonic]
    misconceptions:
      - id: spearman-linear
        phrases: [spearman correlation measures only the linear relationships between the values]
        correction: That is Pearson correlation; Spearman measures any monotonic relationship.
    model_answer: >-
      Spearman correlation is the Pearson correlation of the ranks of the two variables, so it
      measures any monotonic relationship and resists outliers.
""",
    "spearman.yaml",
)


def test_a_claim_said_of_the_side_its_correction_names_is_not_charged() -> None:
    said = (
        "Spearman correlation replaces each value by its rank and correlates the ranks of the "
        "values. So it catches any monotonic relationship, which plain Pearson correlation, "
        "measuring only the linear relationships between the values, misses."
    )
    assert charged(_SPEARMAN, said) == []


def test_the_claim_said_of_its_own_subject_is_still_charged() -> None:
    said = (
        "Spearman correlation works on the raw values, and spearman correlation measures only "
        "the linear relationships between the values."
    )
    assert charged(_SPEARMAN, said) == [
        "spearman correlation measures only the linear relationships between the values"
    ]


_LORA = one_question(
    """
pack:
  name: lora
questions:
  - id: tech.s45t-lora
    category: technical
    topic: deep learning
    difficulty: 3
    prompt: Why does LoRA make fine-tuning cheap?
    time_limit_s: 120
    key_points:
      - id: low-rank
        label: The weight update is factored into two small low-rank matrices while the pretrained weights stay frozen
        weight: 3
        phrases: [low-rank matrices, frozen]
      - id: fewer
        label: Far fewer trainable parameters, so far less gradient and optimizer state memory
        weight: 3
        phrases: [fewer trainable parameters, optimizer state, gradients]
    model_answer: >-
      LoRA freezes the pretrained weights and learns the update as the product of two small
      low-rank matrices. There are far fewer trainable parameters, so gradients and optimizer
      state take far less memory.
""",
    "lora.yaml",
)


def test_what_the_frozen_part_does_without_is_not_charged() -> None:
    # read as dismissing the gradients point, the frozen point and as denying "gradients and
    # optimizer state take far less memory"
    for said in (
        "LoRA trains two low-rank matrices and keeps the base frozen. You don't need gradients "
        "and optimizer states for the frozen weights.",
        "Only the low-rank matrices train, so there is no need for optimizer state for the "
        "frozen weights.",
    ):
        assert charged(_LORA, said) == [], said


def test_a_dismissal_not_scoped_to_the_frozen_part_is_still_charged() -> None:
    said = "Fewer trainable parameters are not needed; you need gradients for every weight."
    assert charged(_LORA, said) == ["fewer"]
