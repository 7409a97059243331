"""Sentence embeddings (all-MiniLM-L6-v2), computed once per sentence and kept in the store as float16."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .claims import Claim

if TYPE_CHECKING:
    from ..store.sqlite import Store

MODEL = "all-MiniLM-L6-v2"
BATCH = 64


def embed_claims(claims: list[Claim], *, store: Store | None = None, embedder: Any = None) -> Any:
    """Unit-length embeddings of ``claims`` (a float32 array, one row per claim).

    With a ``store``, vectors already stored for the same (article, start, end) are reused and new ones
    are saved; without one they are computed every time.
    """
    import numpy as np

    if not claims:
        return np.zeros((0, 384), dtype=np.float32)
    cached = load_embeddings(store, claims) if store is not None else {}
    missing = [c for c in claims if (c.article, c.start, c.end) not in cached]
    if missing:
        if embedder is None:
            from ..nlp import load_embedder

            embedder = load_embedder()
        texts = sorted({c.text for c in missing}, key=len)  # each distinct text once (syndicated copies)
        vecs = embedder.encode(texts, batch_size=BATCH, convert_to_numpy=True, normalize_embeddings=True)
        by_text = dict(zip(texts, vecs, strict=True))
        fresh = {(c.article, c.start, c.end): by_text[c.text].astype(np.float32) for c in missing}
        if store is not None and not store.readonly:
            save_embeddings(store, fresh)
        cached.update(fresh)
    matrix = np.stack([cached[(c.article, c.start, c.end)] for c in claims]).astype(np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)


def load_embeddings(store: Store, claims: list[Claim]) -> dict[tuple[str, int, int], Any]:
    """Stored vectors for the claims' articles, keyed by (article, start, end)."""
    import numpy as np

    out: dict[tuple[str, int, int], Any] = {}
    wanted = {(c.article, c.start, c.end) for c in claims}
    for article in sorted({c.article for c in claims}):
        rows = store.conn.execute(
            "SELECT start, end, vector FROM sentence_embeddings WHERE article = ? AND model = ?", (article, MODEL)
        )
        for row in rows:
            key = (article, int(row[0]), int(row[1]))
            if key in wanted:
                out[key] = np.frombuffer(row[2], dtype=np.float16).astype(np.float32)
    return out


def save_embeddings(store: Store, vectors: dict[tuple[str, int, int], Any]) -> None:
    import numpy as np

    rows = [
        (a, s, e, MODEL, int(v.shape[0]), np.asarray(v, dtype=np.float16).tobytes()) for (a, s, e), v in vectors.items()
    ]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO sentence_embeddings (article, start, end, model, dim, vector) VALUES (?,?,?,?,?,?)",
            rows,
        )
