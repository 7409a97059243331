"""Turn what the user named (paths, directories, globs, '-', URLs) into raw inputs."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..models import Skipped
from ..settings import IngestOptions
from .drafts import RawInput


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def expand_inputs(names: list[str]) -> Iterator[str | Skipped]:
    """Each name as files (recursing into directories, expanding globs), URLs, or '-'."""
    for name in names:
        if name == "-" or is_url(name):
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            files, odd = _walk(path)
            if not files and not odd:
                yield Skipped(name, "the directory holds no files")
            yield from odd
            yield from map(str, files)
        elif path.is_file():
            yield str(path)
        elif path.is_symlink() and not path.exists():
            yield Skipped(name, "a broken link: what it points to does not exist")
        elif path.exists():
            yield Skipped(name, "not a regular file (a FIFO, socket or device); nothing to read")
        elif any(ch in name for ch in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            found = [m for m in matches if Path(m).is_file()]
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
                continue
            if p.is_file():
                files.append(p)
            elif p.is_symlink() and not p.exists():
                odd.append(Skipped(str(p), "a broken link: what it points to does not exist"))
            else:
                odd.append(Skipped(str(p), "not a regular file (a FIFO, socket or device); nothing to read"))
    return sorted(files), odd


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
                return Skipped(name, f"file is {size} bytes, over the {options.max_bytes}-byte limit (--max-bytes)")
            data = Path(name).read_bytes()
        except OSError as exc:
            return Skipped(name, f"cannot read the file: {exc.strerror or exc}")
        label = name
    if len(data) > options.max_bytes:
        return Skipped(label, f"input is over the {options.max_bytes}-byte limit (--max-bytes)")
    if not data.strip():
        return Skipped(label, "the input is empty")
    return RawInput(name=label, data=data)
