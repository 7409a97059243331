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
    app()


__all__ = ["app", "main"]
