"""How well the gazetteer's index and ranking can place the gold toponyms, gold spans given.

    nice python benchmarks/gazetteer_lookup.py            # writes benchmarks/results/gazetteer_lookup.md
    nice python benchmarks/gazetteer_lookup.py --limit 50 # the first 50 documents of each corpus

For every gold toponym with coordinates in the corpora of ``../shared/bench/geoparsing`` (read with the scorer's own
readers), the surface text is looked up with :meth:`gazetteer.Gazetteer.lookup`: ``known`` is the share the index
knows at all, ``any@161`` the share with some candidate within 161 km of the gold point (the ceiling of any
resolver on this index), ``top1@161`` the share whose best-ranked candidate is within 161 km (the index's own
ranking, no context: compare with the published population-only baselines, LGL .70, GeoVirus .80, WikToR .22).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import gazetteer
from gazetteer.folding import fold
from scorers import load_scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "bench"
RESULTS = ROOT / "benchmarks" / "results" / "gazetteer_lookup.md"
CORPORA = ["lgl.xml", "TR-News.xml", "GeoVirus.xml", "wiktor.jsonl", "wotr-topo-test.json"]
BASELINES = {"lgl.xml": ".70", "GeoVirus.xml": ".80", "wiktor.jsonl": ".22"}




def _read_wotr(path: str):
    """Yields WOTR documents like the scorer's reader, but reads ``geo`` as stored in this file: JSON text of one or
    more geometries joined by "@@" (the scorer's reader expects an object and fails here)."""
    with open(path, encoding="utf-8") as handle:
        documents = json.load(handle)
    for number, document in enumerate(documents):
        gold = []
        for entity in document["named_entities"]:
            if entity.get("entity_type") != "place":
                continue
            geo = entity.get("geo")
            # Text holds one or more GeoJSON geometries joined by "@@"; the first Point is the gold point.
            parts = [json.loads(p) for p in geo.split("@@") if p.strip()] if isinstance(geo, str) else [geo]
            points = [p for p in parts if isinstance(p, dict) and p.get("type") == "Point"]
            lat = lon = None
            if points:
                lon, lat = points[0]["coordinates"][:2]
            gold.append({"start": entity["char_start"], "end": entity["char_end"], "lat": lat, "lon": lon})
        yield str(number), document["text"], gold


def measure(gz: gazetteer.Gazetteer, corpus: Path, limit: int | None, scorer) -> dict:
    """Returns counts for one corpus: toponyms, known, any@161, top1@161, and the seconds spent looking up."""
    reader, _ = scorer.reader_for(str(corpus))
    if corpus.name.startswith("wotr"):
        reader = _read_wotr
    counts = {"toponyms": 0, "known": 0, "any161": 0, "top161": 0}
    spent = 0.0
    for number, (_doc, text, gold) in enumerate(reader(str(corpus))):
        if limit is not None and number >= limit:
            break
        for toponym in gold:
            if toponym["lat"] is None:
                continue
            name = text[toponym["start"]:toponym["end"]]
            start = time.perf_counter()
            places = gz.lookup(name)
            spent += time.perf_counter() - start
            counts["toponyms"] += 1
            counts["known"] += gz.known(fold(name))
            distances = [scorer.haversine_km(p.latitude, p.longitude, toponym["lat"], toponym["lon"]) for p in places]
            counts["any161"] += any(d <= 161 for d in distances)
            counts["top161"] += bool(distances) and distances[0] <= 161
    counts["seconds"] = spent
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="documents per corpus")
    arguments = parser.parse_args()
    if not (SHARED / "score" / "geoparse.py").is_file():
        raise SystemExit(f"{SHARED} is not available")
    scorer, gz = load_scorer("geoparse"), gazetteer.Gazetteer()
    rows = []
    for corpus in CORPORA:
        try:
            c = measure(gz, SHARED / "geoparsing" / corpus, arguments.limit, scorer)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            rows.append(f"| {corpus} | the scorer's reader failed: {type(error).__name__}: {error} | | | | | |")
            continue
        n = max(c["toponyms"], 1)
        rows.append(f"| {corpus} | {c['toponyms']:,} | {c['known'] / n:.3f} | {c['any161'] / n:.3f} | "
                    f"{c['top161'] / n:.3f} | {BASELINES.get(corpus, '-')} | {c['seconds'] / n * 1e6:.0f} |")
    command = "nice python benchmarks/gazetteer_lookup.py" + (f" --limit {arguments.limit}" if arguments.limit else "")
    table = "\n".join([
        "# Gazetteer lookup of gold toponyms (gold spans given, no context)", "",
        f"Command: `{command}`. Columns: share of gold toponyms (with coordinates) that the index knows, that have "
        "some candidate within 161 km, and whose best-ranked candidate is within 161 km; the published "
        "population-only baseline; mean lookup time.", "",
        "| corpus | toponyms | known | any@161 | top1@161 | population baseline (published) | µs/lookup |",
        "|---|---|---|---|---|---|---|", *rows, ""])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
