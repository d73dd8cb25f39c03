"""Command line entry point: ``ml-interview`` (window) and its subcommands."""

from simulator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
