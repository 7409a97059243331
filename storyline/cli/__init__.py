"""The command line: the only place that prints or exits. Each module registers its commands."""

from __future__ import annotations

# Importing a module registers its commands on `app`.
from . import articles as _articles  # noqa: E402,F401
from . import brief as _brief  # noqa: E402,F401
from . import extract_cmds as _extract_cmds  # noqa: E402,F401
from . import ingest as _ingest  # noqa: E402,F401
from . import run as _run  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import stories as _stories  # noqa: E402,F401
from .common import app


def main() -> None:
    """The ``storyline`` program. When the command is done, the exit handlers run and the process ends without the
    interpreter's teardown of every module and object (:func:`quick_exit`)."""
    try:
        app()
    except SystemExit as exc:
        quick_exit(exc)
        raise


def quick_exit(exc: SystemExit) -> None:
    """End the process as ``exc`` would, after the exit handlers (``atexit``: logging, multiprocessing's children)
    and with standard output and error flushed, but without the interpreter's teardown: freeing torch, spaCy and
    the models one object at a time takes over a second of CPU (1.2-1.3 s of ``brief --input``'s 9.5 s) and changes
    nothing the command wrote. Returns (the caller exits as usual) while another non-daemon thread runs, which a
    normal exit waits for."""
    import atexit
    import contextlib
    import os
    import sys
    import threading

    if any(t is not threading.main_thread() and t.is_alive() and not t.daemon for t in threading.enumerate()):
        return
    code = exc.code
    if code is not None and not isinstance(code, int):
        sys.stderr.write(f"{code}\n")  # what SystemExit("message") prints
        code = 1
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        code = code or 120  # as Python's own exit does when standard output cannot be flushed
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code or 0)


__all__ = ["app", "main"]
