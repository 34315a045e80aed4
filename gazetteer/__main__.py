"""Command line: ``python -m gazetteer build | lookup NAME | import-geonames DUMP``.

- ``build [--force]``: builds the embedded index into the cache folder (otherwise done on first use) and says where.
- ``lookup NAME [--country CC] [--limit N] [--csv FILE]``: prints the candidates for NAME, best first, as TSV.
- ``import-geonames DUMP [--output PATH]``: imports a GeoNames dump (see :mod:`gazetteer.sources.geonames`).
"""

from __future__ import annotations

import argparse
import sys

from gazetteer.build import build_embedded_index, embedded_index_path, ensure_embedded_index
from gazetteer.exc import GazetteerError
from gazetteer.folding import fold
from gazetteer.gazetteer import Gazetteer
from gazetteer.sources import import_geonames


def main(argv: list[str] | None = None) -> int:
    """Runs the command line; returns the exit status (0 ok, 1 nothing found, 2 error)."""
    parser = argparse.ArgumentParser(prog="python -m gazetteer", description="The offline gazetteer's index.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the embedded index into the cache folder")
    build.add_argument("--force", action="store_true", help="rebuild even when up to date")
    lookup = commands.add_parser("lookup", help="print the places called NAME, best first")
    lookup.add_argument("name")
    lookup.add_argument("--country", help="ISO 3166-1 alpha-2 code to keep")
    lookup.add_argument("--limit", type=int, default=10)
    lookup.add_argument("--csv", action="append", default=[], help="a CSV of your own places (repeatable)")
    geonames = commands.add_parser("import-geonames", help="import a GeoNames dump (allCountries.zip, cities500.zip)")
    geonames.add_argument("dump")
    geonames.add_argument("--output", help="index file to write (default: geonames.sqlite in the cache folder)")
    arguments = parser.parse_args(argv)
    try:
        return _run(arguments)
    except GazetteerError as error:
        print(f"gazetteer: {error}", file=sys.stderr)
        return 2


def _run(arguments: argparse.Namespace) -> int:
    if arguments.command == "build":
        path = build_embedded_index(embedded_index_path()) if arguments.force else ensure_embedded_index()
        print(path)
        return 0
    if arguments.command == "import-geonames":
        print(import_geonames(arguments.dump, arguments.output))
        return 0
    gazetteer = Gazetteer(extra_csv=arguments.csv)
    places = gazetteer.lookup(arguments.name, country_code=arguments.country, limit=arguments.limit)
    if not places:
        print(f"no place called {arguments.name!r} (key {fold(arguments.name)!r})", file=sys.stderr)
        return 1
    print("name\tlatitude\tlongitude\tcountry_code\tadmin1\tfeature\tpopulation\tgeonameid\tsource")
    for p in places:
        print("\t".join(str(v if v is not None else "") for v in (
            p.name, p.latitude, p.longitude, p.country_code, p.admin1, p.feature, p.population, p.geonameid, p.source)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
