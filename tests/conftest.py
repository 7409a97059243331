from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared is not beside the project ({SHARED}); the shared-data tests need it")
    return SHARED


@pytest.fixture
def store(tmp_path: Path):
    from storyline.store import Store

    with Store(tmp_path / "t.db") as s:
        yield s
