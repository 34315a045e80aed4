"""Import of a GeoNames dump the user downloaded (https://download.geonames.org/export/dump/) into an index file.

Accepted: ``allCountries.zip``, ``cities500.zip`` (or any ``cities*.zip``/``XX.zip`` country file) or the ``.txt``
inside them, in GeoNames' 19-column tab-separated "geoname" format. Next to the dump, when present, ``admin1CodesASCII.txt``
gives province names (else ``admin1`` stays empty except for the provinces themselves) and
``alternateNamesV2.zip``/``alternateNames.zip`` (or the ``.txt``) adds more spellings. Kept features: populated places
(class P), first- and second-level divisions (ADM1, ADM2), countries (PCL*) and, from class L/T/H/S, nothing: those
are rarely event locations and would flood the index. Places are streamed into the index; alternate names are held
in memory for the kept places only (allCountries with alternateNamesV2 takes a few GB and several minutes).
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gazetteer.build import ADMIN1_DISCOUNT, ADMIN2_DISCOUNT, COUNTRY_BONUS, is_useful_alternate
from gazetteer.exc import SourceFormatError
from gazetteer.index import IndexedPlace, cache_dir, write_index
from gazetteer.place import Place

GEONAME_COLUMNS = 19
_FEATURES = {"ADM1": ("admin1", ADMIN1_DISCOUNT), "ADM2": ("admin2", ADMIN2_DISCOUNT)}


def import_geonames(dump: str | Path, output: str | Path | None = None) -> Path:
    """Imports a GeoNames dump into an index file (default ``geonames.sqlite`` in the cache folder, which the
    default :class:`~gazetteer.Gazetteer` then uses before the embedded index); returns the index's path."""
    dump = Path(dump)
    if not dump.exists():
        raise SourceFormatError(f"{dump}: no such file")
    output = Path(output) if output else cache_dir() / "geonames.sqlite"
    folder = dump.parent
    admin1_names = _read_admin1_names(folder / "admin1CodesASCII.txt")
    alternates = _read_alternate_names(folder, _kept_ids(dump) if _alternate_names_file(folder) else set())
    places = _read_places(dump, admin1_names, alternates)
    first = next(places, None)
    if first is None:
        raise SourceFormatError(f"{dump}: no populated places, provinces or countries found")
    stat = dump.stat()
    # Streamed into the index: allCountries holds millions of places.
    stamp = f"geonames:{dump.name}:{stat.st_size}:{int(stat.st_mtime)}"
    return write_index(output, itertools.chain([first], places), stamp)


@contextmanager
def _open_text(path: Path, member_suffix: str = ".txt") -> Iterator[io.TextIOBase]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(member_suffix) and "readme" not in m.lower()]
            # alternateNamesV2.zip also holds iso-languagecodes.txt: prefer the file named like the archive.
            members.sort(key=lambda member: Path(member).stem != path.stem)
            if not members:
                raise SourceFormatError(f"{path}: no {member_suffix} file inside the archive")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as handle:
            yield handle


def _read_admin1_names(path: Path) -> dict[str, str]:
    """Returns province names by "CC.code" from admin1CodesASCII.txt (code, name, ascii name, geonameid)."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {columns[0]: columns[1] for columns in (line.rstrip("\n").split("\t") for line in handle)
                if len(columns) >= 2}


def _alternate_names_file(folder: Path) -> Path | None:
    for name in ("alternateNamesV2.zip", "alternateNames.zip", "alternateNamesV2.txt", "alternateNames.txt"):
        if (folder / name).is_file():
            return folder / name
    return None


def _kept_ids(dump: Path) -> set[int]:
    """Returns the geonameids of the places the import keeps, so that only their alternate names are held."""
    kept = set()
    with _open_text(dump) as handle:
        for line in handle:
            columns = line.split("\t", 8)
            if len(columns) > 7 and _feature(columns[6], columns[7]) and columns[0].isdigit():
                kept.add(int(columns[0]))
    return kept


def _read_alternate_names(folder: Path, kept: set[int]) -> dict[int, list[str]]:
    """Returns extra spellings of the ``kept`` places from alternateNames(V2): id, geonameid, language, name, ..."""
    path = _alternate_names_file(folder)
    names: dict[int, list[str]] = defaultdict(list)
    if path is None:
        return names
    with _open_text(path) as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            # Language codes such as "iata", "link", "post" or "wkdt" mark codes and URLs, not names.
            if len(columns) < 4 or len(columns[2]) > 3 or not columns[1].isdigit():
                continue
            geonameid = int(columns[1])
            if geonameid in kept and is_useful_alternate(columns[3]):
                names[geonameid].append(columns[3])
    return names


def _feature(feature_class: str, feature_code: str) -> tuple[str, float] | None:
    """Returns the gazetteer's feature and importance factor for a GeoNames class and code, None to skip it."""
    if feature_class == "P":
        return "populated place", 1.0
    if feature_code in _FEATURES:
        return _FEATURES[feature_code]
    if feature_code.startswith("PCL"):
        return "country", COUNTRY_BONUS
    return None


def _read_places(dump: Path, admin1_names: dict[str, str], alternates: dict[int, list[str]]) -> Iterator[IndexedPlace]:
    with _open_text(dump) as handle:
        for line_number, line in enumerate(handle, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) != GEONAME_COLUMNS:
                raise SourceFormatError(f"{dump}:{line_number}: {len(columns)} columns, expected {GEONAME_COLUMNS} "
                                        "(GeoNames' tab-separated geoname format)")
            (geonameid, name, _ascii, alternatenames, latitude, longitude, feature_class, feature_code,
             country_code, _cc2, admin1_code, *_rest) = columns
            population = columns[14]
            kept = _feature(feature_class, feature_code)
            if kept is None:
                continue
            feature, importance_factor = kept
            try:
                place = Place(name, float(latitude), float(longitude), country_code or None,
                              admin1_names.get(f"{country_code}.{admin1_code}", name if feature == "admin1" else None),
                              feature, int(population or 0), int(geonameid), "geonames")
            except ValueError:
                raise SourceFormatError(f"{dump}:{line_number}: bad number in geonameid, coordinates or "
                                        "population") from None
            spellings = [n for n in alternatenames.split(",") if n and n != name and is_useful_alternate(n)]
            spellings += alternates.get(place.geonameid, ())
            yield IndexedPlace(place, (name, *dict.fromkeys(spellings)), importance_factor * (place.population or 0))
