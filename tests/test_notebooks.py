"""The notebooks in notebooks/ run from top to bottom without error (kernel: this Python)."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, tmp_path: Path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(path, as_version=4)
    # ipykernel's own "python3" kernel spec runs on this interpreter (jupyter_client starts sys.executable).
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    errors = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])
              if output.get("output_type") == "error"]
    assert errors == []
    # The inline view of a Timeline is the page in an iframe.
    html_outputs = [output["data"]["text/html"] for cell in notebook.cells if cell.cell_type == "code"
                    for output in cell.get("outputs", []) if "text/html" in output.get("data", {})]
    assert any(text.startswith("<iframe srcdoc=") for text in html_outputs)
