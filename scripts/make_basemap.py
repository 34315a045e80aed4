"""Writes the page's offline basemap: Natural Earth 1:110m country borders and populated places.

Natural Earth (https://www.naturalearthdata.com) is in the public domain. Its 1:110m countries and
populated places come ready-made inside the geopandas 0.14 wheel on PyPI (``geopandas/datasets``),
so the build needs only a package registry. To rerun (pyshp is needed here only, not at run time)::

    pip download --no-deps "geopandas<1" -d /tmp/ne
    pip install pyshp
    python scripts/make_basemap.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The result, ``timeline/render/assets/basemap.geojson``, is committed: one FeatureCollection whose
features have ``kind`` "country" (with ``name``) or "city" (with ``name``), coordinates rounded to
0.01 degree (about 1 km, finer than the 1:110m source).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

OUTPUT = Path(__file__).resolve().parents[1] / "timeline" / "render" / "assets" / "basemap.geojson"
COUNTRIES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
CITIES = "geopandas/datasets/naturalearth_cities/naturalearth_cities"
# The .dbf files are ISO-8859-1, which lost these letters ("?") in the packaged copy.
SPELLING_FIXES = {"Chi?in?u": "Chișinău", "?saka": "Ōsaka"}


def read_layer(wheel: zipfile.ZipFile, stem: str) -> shapefile.Reader:
    """Returns a shapefile reader over the .shp/.shx/.dbf members named ``stem`` inside the wheel."""
    parts = {ext: io.BytesIO(wheel.read(f"{stem}.{ext}")) for ext in ("shp", "shx", "dbf")}
    return shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding=_encoding(wheel, stem))


def _encoding(wheel: zipfile.ZipFile, stem: str) -> str:
    # The .cpg member names the text encoding of the .dbf (Natural Earth's is ISO-8859-1).
    try:
        return wheel.read(f"{stem}.cpg").decode("ascii").strip() or "utf-8"
    except KeyError:
        return "utf-8"


def rounded(coordinates, digits: int = 2):
    """Returns the nested coordinate lists with every number rounded, dropping repeated points."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [round(coordinates[0], digits), round(coordinates[1], digits)]
    items = [rounded(c, digits) for c in coordinates]
    if items and isinstance(items[0][0], (int, float)):
        items = [p for i, p in enumerate(items) if i == 0 or p != items[i - 1]]
    return items


def features(reader: shapefile.Reader, kind: str) -> list[dict]:
    """Returns the GeoJSON features of one layer, tagged with ``kind`` and the record's name."""
    out = []
    for shape_record in reader.iterShapeRecords():
        geometry = shape_record.shape.__geo_interface__
        geometry = {"type": geometry["type"], "coordinates": rounded(geometry["coordinates"])}
        name = SPELLING_FIXES.get(shape_record.record["name"], shape_record.record["name"])
        out.append({"type": "Feature", "properties": {"kind": kind, "name": name}, "geometry": geometry})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="the geopandas 0.14.x wheel")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with zipfile.ZipFile(args.wheel) as wheel:
        collection = {
            "type": "FeatureCollection",
            "attribution": "Natural Earth 1:110m (public domain)",
            "features": features(read_layer(wheel, COUNTRIES), "country") + features(read_layer(wheel, CITIES), "city"),
        }
    args.output.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.output}: {len(collection['features'])} features, {args.output.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
