"""Turn what the user named (paths, directories, globs, '-', URLs) into raw inputs."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeAlias

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import RawInput


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def store_files(db: Path) -> frozenset[Path]:
    """The files of the SQLite store at ``db``: the database and its write-ahead log, shared-memory and journal."""
    main = Path(os.path.realpath(db))
    return frozenset([main, *(main.with_name(main.name + end) for end in ("-wal", "-shm", "-journal"))])


InputNames: TypeAlias = "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]"
"""What the ingest functions take: one path, URL or '-' (a str or Path), or several."""


def input_names(names: InputNames) -> list[str]:
    """``names`` as a list of names: a single str or Path is one name (not its characters, the first of which, "/",
    would name the root of the filesystem)."""
    if isinstance(names, (str, os.PathLike)):
        return [os.fspath(names)]
    if isinstance(names, bytes):
        raise TypeError("input names are str or Path, not bytes; decode them or pass the article's text instead")
    return [os.fspath(n) for n in names]


def expand_inputs(names: InputNames, *, own: frozenset[Path] = frozenset()) -> Iterator[str | Skipped]:
    """Each name as files (recursing into directories, expanding globs), URLs, or '-'. The ``own`` files (the
    store's, :func:`store_files`) are left out of a folder or a pattern quietly, and skipped with a note when named.
    The root of the filesystem is no input: reading every file of the machine is never what was meant."""

    def mine(p: str | Path) -> bool:
        return bool(own) and Path(os.path.realpath(p)) in own

    for name in input_names(names):
        if name == "-" or is_url(name):
            yield name
            continue
        path = Path(name)
        if path.is_dir() and path.resolve() == path.resolve().parent:
            yield Skipped(name, "the root of the filesystem, not a folder of articles; name the folder that holds them")
        elif path.is_dir():
            files, odd = _walk(path)
            files = [f for f in files if not mine(f)]
            if not files and not odd:
                yield Skipped(name, "the directory holds no files")
            yield from odd
            yield from map(str, files)
        elif path.is_file() and mine(path):
            yield Skipped(name, "the store's own file, not an input")
        elif path.is_file():
            yield str(path)
        elif path.is_symlink() and not path.exists():
            yield Skipped(name, "a broken link: what it points to does not exist")
        elif path.exists():
            yield Skipped(name, "not a regular file (a FIFO, socket or device); nothing to read")
        elif any(ch in name for ch in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            found = [m for m in matches if Path(m).is_file() and not mine(m)]
            if not found:
                yield Skipped(name, "the pattern matches no file")
            yield from found
        else:
            yield Skipped(name, "no such file, directory or URL; check the path")


def _walk(root: Path) -> tuple[list[Path], list[Skipped]]:
    """The files under ``root`` (not in dot-folders), and what cannot be read there: a folder that cannot be listed,
    a broken link, a FIFO or device, a link to a folder (not followed, so a loop cannot run forever)."""
    files: list[Path] = []
    odd: list[Skipped] = []
    hidden: list[str] = []

    def unreadable(exc: OSError) -> None:
        odd.append(Skipped(str(exc.filename or root), f"cannot read the folder: {exc.strerror or exc}"))

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in dirs:
            if (here / d).is_symlink():
                odd.append(Skipped(str(here / d), "a link to a folder: not followed; name the folder itself"))
        for n in sorted(names):
            p = here / n
            if _hidden(p.relative_to(root)):
                hidden.append(str(p.relative_to(root)))
                continue
            if p.is_file():
                files.append(p)
            elif p.is_symlink() and not p.exists():
                odd.append(Skipped(str(p), "a broken link: what it points to does not exist"))
            else:
                odd.append(Skipped(str(p), "not a regular file (a FIFO, socket or device); nothing to read"))
    if hidden:
        shown = ", ".join(hidden[:HIDDEN_SHOWN]) + (
            f" and {len(hidden) - HIDDEN_SHOWN} more" if len(hidden) > HIDDEN_SHOWN else ""
        )
        what = "hidden file" if len(hidden) == 1 else "hidden files"
        odd.append(
            Skipped(
                str(root),
                f"{len(hidden)} {what} left out (a name starting with '.'): {shown}; name one to read it",
                note=True,
            )
        )
    return sorted(files), odd


HIDDEN_SHOWN = 5
"""A folder's note names at most this many of the hidden files it left out."""


def _hidden(rel: Path) -> bool:
    """Dot-files and anything in a dot-folder (.git, .cache) are not inputs."""
    return any(part.startswith(".") for part in rel.parts)


def read_local(name: str, options: IngestOptions) -> RawInput | Skipped:
    """Read a file or standard input, refusing what is over the size limit."""
    if name == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        label = "<stdin>"
    else:
        try:
            size = Path(name).stat().st_size
            if size > options.max_bytes:
                return Skipped(name, f"file is {size} bytes, over the {options.max_bytes}-byte limit (--max-mb)")
            data = Path(name).read_bytes()
        except OSError as exc:
            return Skipped(name, f"cannot read the file: {exc.strerror or exc}")
        label = name
    if len(data) > options.max_bytes:
        return Skipped(label, f"input is over the {options.max_bytes}-byte limit (--max-mb)")
    if not data.strip():
        return Skipped(label, "the input is empty")
    return RawInput(name=label, data=data)
