"""Shared fixtures: where the shared seeds and benchmarks live (beside the checkout), skipped when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """Returns ../shared/seeds, or skips the test when it is not beside the checkout."""
    path = SHARED / "seeds"
    if not (path / "manifest.csv").is_file():
        pytest.skip("../shared/seeds is not available")
    return path
