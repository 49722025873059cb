"""`pipelines.dev_server`: a UI started as a background job still stops on one SIGTERM.

The program under the wrapper is a stand-in for `dg dev`: it installs Dagster's own interrupt
handlers (the function `dagster dev` calls) and waits, so the test needs no server or port.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

STAND_IN = (
    "import time\n"
    "from dagster._utils.interrupts import setup_interrupt_handlers\n"
    "setup_interrupt_handlers()\n"
    "print('ready', flush=True)\n"
    "try:\n"
    "    time.sleep(60)\n"
    "except KeyboardInterrupt:\n"
    "    print('interrupted', flush=True)\n"
)


def _as_background_job() -> None:
    """What a shell without job control does to a command started with `&`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_group(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _start(argv: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_as_background_job)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    except BaseException:
        _stop_group(proc)
        raise
    return proc


def test_dev_server_background_job_stops_on_one_sigterm():
    proc = _start([sys.executable, "-m", "pipelines.dev_server", sys.executable, "-c", STAND_IN])
    try:
        proc.send_signal(signal.SIGTERM)  # to the PID the caller started: the exec keeps it
        out, _ = proc.communicate(timeout=20)
        assert proc.returncode == 0
        assert out.strip() == "interrupted"
    finally:
        _stop_group(proc)


def test_dagster_interrupts_background_job_ignores_sigterm_without_the_wrapper():
    """The behaviour the wrapper works around: SIGTERM copies SIGINT's inherited ignore."""
    proc = _start([sys.executable, "-c", STAND_IN])
    try:
        proc.send_signal(signal.SIGTERM)
        time.sleep(2)
        assert proc.poll() is None
    finally:
        _stop_group(proc)


@pytest.mark.parametrize("argv", [[], ["/nonexistent/program"]])
def test_dev_server_without_a_runnable_program_fails(argv):
    done = subprocess.run([sys.executable, "-m", "pipelines.dev_server", *argv],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode != 0
