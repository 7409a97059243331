"""One table of settings: name, default, help. The CLI, the API and the docs read it."""

from __future__ import annotations

from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    """Limits and switches for ingestion (keyword-only value object)."""

    max_bytes: int = 20 * MB
    """Inputs larger than this (after decompression) are skipped."""
    max_decompressed_ratio: int = 100
    """A compressed input that inflates more than this many times is treated as a bomb."""
    max_warc_bytes: int = 1024 * MB
    """A WARC archive stops being read once this many bytes of records were decompressed."""
    batch_size: int = 100
    """Articles committed per store transaction (a crash loses at most this many; a re-run adds them)."""
    batch_seconds: float = 0.5
    """A batch is committed after this many seconds even when it is not full."""
    workers: int = 0
    """Processes that extract and clean articles in parallel (0: one per core, at most 4; 1: none)."""
    allow_private: bool = False
    """Allow URLs that resolve to private, loopback or link-local addresses."""
    fetch_timeout: float = 15.0
    """Seconds before a URL fetch gives up."""
    max_redirects: int = 5
    """Redirects followed per URL."""
    fetch_pages: bool = True
    """Fetch an RSS entry's page when the feed carries only a summary."""
    user_agent: str = "storyline/0.1 (+https://example.invalid/storyline; news provenance research)"
    """User agent sent with every request."""
    file_versions: bool = True
    """A local file read whole (text, HTML) is known by its path: ingested again with an edited text, it is a new
    version of its article (off for uploads, whose paths are temporary)."""


def settings_table() -> list[tuple[str, object, str]]:
    """(name, default, help) for every setting, for docs and `--help`; the help is the attribute's docstring."""
    docs = _attribute_docs(IngestOptions)
    return [(f.name, f.default, docs.get(f.name, "")) for f in fields(IngestOptions)]


def _attribute_docs(cls: type) -> dict[str, str]:
    import ast
    import inspect

    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for node, nxt in zip(body, body[1:], strict=False):
        named = isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        documented = isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant)
        if named and documented and isinstance(nxt.value.value, str):  # type: ignore[attr-defined]
            docs[node.target.id] = " ".join(nxt.value.value.split())  # type: ignore[attr-defined]
    return docs
