"""Start the Dagster UI (`dg dev`) so that one SIGTERM or SIGINT to it stops it and its children.

`dagster dev`, which `dg dev` runs, gives SIGTERM the handler SIGINT has when it starts
(`setup_interrupt_handlers` in dagster/_utils/interrupts.py, Dagster 1.13). A command started in
the background by a shell without job control (`make dev &` in a script, a CI step) inherits
SIGINT ignored; Python keeps an inherited ignore, so SIGTERM is ignored as well and neither
signal stops the UI: its webserver, daemon and code server keep serving. Putting SIGINT back to
its default before the exec lets Python install its KeyboardInterrupt handler, which Dagster
copies to SIGTERM and answers with its own clean shutdown of every child.

Usage: `python -m pipelines.dev_server PROGRAM [ARGS...]` (the Makefile's `dev` target).
"""

from __future__ import annotations

import os
import signal
import sys
from typing import NoReturn


def restore_interrupts() -> None:
    """SIGINT and SIGTERM back to their defaults (an exec keeps an ignored signal ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def exec_interruptible(argv: list[str]) -> NoReturn:
    """Replace this process by argv (looked up on PATH) with the interrupts restored: the PID
    the caller started is the program's own."""
    restore_interrupts()
    os.execvp(argv[0], argv)


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: python -m pipelines.dev_server PROGRAM [ARGS...]")
    exec_interruptible(sys.argv[1:])


if __name__ == "__main__":
    main()
