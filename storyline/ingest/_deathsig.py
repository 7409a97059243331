"""Preloaded by the ingest's forkserver: that process, and each worker it forks, ends when its parent dies.

An ingest killed with SIGKILL cannot stop its worker processes; Linux can, when each asked for it
(``PR_SET_PDEATHSIG``). Importing this module anywhere but the forkserver does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


PARENT_ENV = "STORYLINE_INGEST_PID"
"""The ingest process's id, given to the forkserver it starts: a forkserver whose parent is no longer that process
started after the ingest died, and ends at once."""


def end_with_parent(expected_parent: int | None = None) -> None:
    """Ask Linux to send this process SIGTERM when its parent dies (elsewhere: nothing); end now when the parent is
    already gone (this process was handed to init, or its parent is not ``expected_parent``)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    parent = os.getppid()
    if parent == 1 or (expected_parent is not None and parent != expected_parent):
        os._exit(0)  # the parent died before the request was made: no signal will come


def _is_forkserver() -> bool:
    """This process is a multiprocessing forkserver (its command line says so), not the program that started it."""
    try:
        with open("/proc/self/cmdline", "rb") as fh:
            return b"from multiprocessing.forkserver import main" in fh.read()
    except OSError:
        return False


if _is_forkserver():
    end_with_parent(int(os.environ.get(PARENT_ENV) or 0) or None)  # the forkserver itself: the ingest's child
