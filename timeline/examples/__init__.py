"""A small example corpus the project ships: fictional reports written for this project, free to reuse.

SKELETON: the corpus files are added with the worked notebook.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def example_corpus() -> Path:
    """Returns the folder holding the example articles and their manifest."""
    return Path(str(resources.files("timeline.examples") / "corpus"))
