"""A small example corpus shipped with the project: fictional reports written for it, free to reuse.

The articles describe invented events in real places (Mali, Burkina Faso, Nigeria, Kenya) so that the
map has something to show offline; none of them reports a real event.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def example_corpus() -> Path:
    """Returns the folder holding the example articles (.txt and .html) and their ``manifest.csv``."""
    return Path(str(resources.files("timeline.examples") / "corpus"))


def example_manifest() -> Path:
    """Returns the manifest of the example corpus (file, published, publisher, title)."""
    return example_corpus() / "manifest.csv"
