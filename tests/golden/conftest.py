"""Golden briefs of the team's examples. Regenerate with ``STORYLINE_UPDATE_GOLDEN=1 pytest tests/golden``."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def update_golden() -> bool:
    return os.environ.get("STORYLINE_UPDATE_GOLDEN", "") not in ("", "0", "false")
