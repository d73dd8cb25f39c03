"""Command line entry point: ``ml-interview`` (window) and its subcommands.

Also the frozen app's voice process: started as ``ml-interview --voice-process ...``
(``speech.piper_process.VOICE_PROCESS_FLAG``; a frozen build has no ``python -m``), it runs the
voice's ``main`` before the command line or Qt are imported.
"""

import sys

if __name__ == "__main__" and sys.argv[1:2] == ["--voice-process"]:
    from simulator.speech.piper_child import main as voice_process

    raise SystemExit(voice_process(sys.argv[2:]))

from simulator.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
