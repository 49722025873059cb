"""A side process for a run: slow imports and self-contained work on the machine's other core.

Great Expectations (~1.5-1.9 CPU s to import) and matplotlib (~0.5) are needed only by the last
two stages, and the stages before them (ingest, curate, merge, Dagster itself) run on one core.
A run that is about to change data starts a `Sidecar`: a fresh interpreter that imports those
libraries while the first stages work, then runs the calls the last stages hand it (GE
checkpoints on frames the parent reads, the release charts) while the parent goes on.

Calls are module-level functions named "package.module:function", with picklable arguments and
results, answered in the order they were sent (`submit` returns a Future). A call is pickled by
its caller and written to the pipe by a writer thread, so the caller goes on while the side
process is busy with earlier calls (up to QUEUE_BYTES of calls wait; a call larger than that
waits alone). Whatever the side process keeps between calls (a GE context) lives in the module
of the function it runs.

A stage asks `current()`: with no side process (a test, the Dagster UI, another executor) it does
the same work in-process, so the side process changes where work runs, never what it does.
The interpreter is started afresh, not forked: the parent holds Dagster's and DuckDB's threads
and locks, which a forked child would inherit in whatever state they were.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading
import traceback
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ENV_SWITCH = "STRIKES_SIDECAR"  # "1": always, "0": never, unset: when a core is free
CLOSE_TIMEOUT_S = 30.0
# Pickled calls that may wait for the writer thread. Validation's frames are the large ones (a
# 49,152-row batch of a fresh validation pickles to tens of MB): a bound keeps at most one of
# them waiting beside the one the side process judges and the one the caller reads next.
QUEUE_BYTES = 16 * 2**20

_current: Sidecar | None = None


class SidecarError(RuntimeError):
    """A call failed in the side process with an exception that could not be sent back as is,
    or the side process ended before answering."""


def resolve(target: str) -> Any:
    """The function named "package.module:function"."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class Sidecar:
    """The side process and its two pipes; a reader thread resolves each call's Future."""

    def __init__(self, prewarm: Sequence[str] = ()) -> None:
        request_r, request_w = os.pipe()
        reply_r, reply_w = os.pipe()
        # The parent's working directory (relative paths in calls mean the same), with this
        # checkout's `assets` first on the path whatever that directory holds.
        start = (f"import sys; sys.path.insert(0, {str(PROJECT_ROOT)!r}); "
                 f"from assets.sidecar import serve; serve({request_r}, {reply_w}, "
                 f"{list(prewarm)!r})")
        try:
            self.process = subprocess.Popen([sys.executable, "-c", start],
                                            pass_fds=(request_r, reply_w),
                                            stdin=subprocess.DEVNULL)
        except BaseException:
            os.close(request_w)
            os.close(reply_r)
            raise
        finally:
            os.close(request_r)
            os.close(reply_w)
        self._send = Connection(request_w, readable=False)
        self._recv = Connection(reply_r, writable=False)
        self._pending: deque[Future] = deque()
        self._lock = threading.Lock()
        self._ended = False  # the reader saw the side process's end
        self._queue: deque[memoryview | None] = deque()  # pickled calls; None: the end
        self._queued = 0  # bytes in _queue
        self._room = threading.Condition(self._lock)
        self._reader = threading.Thread(target=self._read, name="sidecar-replies", daemon=True)
        self._writer = threading.Thread(target=self._write, name="sidecar-calls", daemon=True)
        self._reader.start()
        self._writer.start()

    def submit(self, target: str, *args: Any, **kwargs: Any) -> Future:
        """Run target(*args, **kwargs) in the side process; its Future holds the result or the
        exception it raised. The call is pickled before this returns (the caller may change or
        drop its arguments); it waits only while QUEUE_BYTES of earlier calls are unsent."""
        data = ForkingPickler.dumps((target, args, kwargs))
        future: Future = Future()
        with self._room:  # the reply order is the order calls are queued, and sent
            while self._queued and self._queued + len(data) > QUEUE_BYTES and not self._ended:
                self._room.wait()
            if self._ended:
                raise SidecarError("the side process is gone")
            self._pending.append(future)
            self._queue.append(data)
            self._queued += len(data)
            self._room.notify_all()
        return future

    def _write(self) -> None:
        while True:
            with self._room:
                while not self._queue:
                    self._room.wait()
                data = self._queue[0]
            if data is None:
                return
            try:
                self._send.send_bytes(data)
            except OSError:  # the side process is gone: the reader fails what waits
                return
            finally:
                with self._room:
                    self._queue.popleft()
                    self._queued -= len(data)
                    self._room.notify_all()

    def _read(self) -> None:
        while True:
            try:
                ok, value = self._recv.recv()
            except (EOFError, OSError):
                break
            with self._lock:
                future = self._pending.popleft()
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        with self._room:  # ended before answering (crashed or killed)
            self._ended = True
            waiting, self._pending = self._pending, deque()
            self._room.notify_all()
        for future in waiting:
            future.set_exception(SidecarError("the side process ended"))

    def close(self) -> None:
        """Ask the side process to end once every queued call is sent, wait for it (so its CPU
        time counts as the run's children's), and stop the writer and the reader."""
        with self._room:
            self._queue.append(None)
            self._room.notify_all()
        self._writer.join(timeout=CLOSE_TIMEOUT_S)
        if self._writer.is_alive():  # the side process stopped reading: the write fails
            self.process.kill()
            self._writer.join()
        try:
            self._send.send(None)
        except OSError:
            pass
        self._send.close()
        try:
            self.process.wait(timeout=CLOSE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._reader.join()
        self._recv.close()


def current() -> Sidecar | None:
    """The run's side process, if one is running in this process."""
    return _current


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def enabled() -> bool:
    """Whether a run starts a side process. STRIKES_SIDECAR=1: yes; 0: no; unset: when a core
    is free (more than one core, and a one-minute load average under cores - 0.5). A busy
    second core gives nothing, and the side process costs ~1.5 CPU s more in all (its own
    interpreter and imports, frames pickled): at load 5-12 on two cores, runs with it took
    longer (docs/scaling.md, sixth round)."""
    switch = os.environ.get(ENV_SWITCH, "auto")
    if switch in ("0", "1"):
        return switch == "1"
    return cores() > 1 and os.getloadavg()[0] < cores() - 0.5


@contextmanager
def running(prewarm: Sequence[str] = ()) -> Iterator[Sidecar | None]:
    """Start a side process that first calls each prewarm target (no arguments), make it
    `current()` for the block, and end it after. Yields None (no process) when one is already
    running or the side process is not `enabled`."""
    global _current
    if _current is not None or not enabled():
        yield None
        return
    side = Sidecar(prewarm)
    _current = side
    try:
        yield side
    finally:
        _current = None
        side.close()


def _answer(target: str, args: tuple, kwargs: dict) -> tuple[bool, Any]:
    try:
        return True, resolve(target)(*args, **kwargs)
    except Exception as exc:  # sent back to the caller's Future, with where it was raised
        exc.add_note("raised in the side process:\n" + "".join(traceback.format_tb(
            exc.__traceback__)))
        return False, exc


def serve(request_fd: int, reply_fd: int, prewarm: Sequence[str]) -> None:
    """The side process: call the prewarm targets, then answer calls until told to stop."""
    requests = Connection(request_fd, writable=False)
    replies = Connection(reply_fd, readable=False)
    for target in prewarm:
        try:
            resolve(target)()
        except Exception:  # a failed prewarm is met again, and raised, by the call that needs it
            pass
    while True:
        try:
            message = requests.recv()
        except EOFError:  # the parent is gone
            message = None
        if message is None:
            # Every answer is sent and nothing else is kept: skip the interpreter's teardown
            # of GE, pandas and matplotlib (~0.5-1 s the runner would wait for).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        ok, value = _answer(*message)
        try:
            replies.send((ok, value))
        except Exception:  # the result or exception does not pickle: send its text
            text = "".join(traceback.format_exception(value)) if not ok else repr(type(value))
            replies.send((False, SidecarError(f"{message[0]}: reply could not be sent: {text}")))
