"""Claim alignment across outlets: claims, their embeddings, facts, conflicts and omissions."""

from __future__ import annotations

from .align import Alignment, Conflict, Fact, align, omissions
from .claims import Claim, Figure, split_claims
from .embed import embed_claims

__all__ = ["Alignment", "Claim", "Conflict", "Fact", "Figure", "align", "embed_claims", "omissions", "split_claims"]
