"""Loading the shared scorers (../shared/bench/score/*.py) that every benchmark script runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCORE_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "score"


def load_scorer(name: str) -> ModuleType:
    """Returns the scorer module ``name`` ("timex", "events", "geoparse"); exits with a message when it is absent."""
    path = SCORE_DIR / f"{name}.py"
    if not path.exists():
        sys.exit(f"scorer not found: {path} (the benchmark data lives in ../shared beside the repository)")
    spec = importlib.util.spec_from_file_location(f"{name}_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
