"""A user's CSV of places and an imported GeoNames dump, behind the same lookup."""

import zipfile

import pytest

from gazetteer import Gazetteer, SourceFormatError
from gazetteer.__main__ import main
from gazetteer.folding import fold
from gazetteer.sources import CSVSource, IndexSource, import_geonames

USER_CSV = """name,alternate_names,latitude,longitude,country,admin1,feature
Saqlawiyah,Saqlawiya|As Saqlawiyah;Saqlawiyya,33.3985,43.6866,IQ,Anbar,populated place
Imam Weis,,33.96,44.99,Iraq,Diyala,
Ramadi,,10.0,10.0,IQ,,
"""


@pytest.fixture()
def user_csv(tmp_path):
    path = tmp_path / "my_places.csv"
    path.write_text(USER_CSV, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def embedded():
    return Gazetteer().sources


def test_user_places_resolve_without_rebuilding(user_csv, embedded):
    gz = Gazetteer(sources=embedded, extra_csv=user_csv)
    for spelling in ("Saqlawiyah", "Saqlawiya", "al-Saqlawiyah", "Saqlawiyya"):
        best = gz.lookup(spelling)[0]
        assert (best.name, best.country_code, best.source) == ("Saqlawiyah", "IQ", "user"), spelling
    assert gz.known(fold("Saqlawiya")) and gz.lookup("Imam Weis")[0].country_code == "IQ"
    assert gz.lookup("Imam Weis")[0].feature == "user"
    assert gz.lookup("Saqlawiyah")[0].admin1 == "Anbar"


def test_user_places_take_precedence_for_exact_names(user_csv, embedded):
    gz = Gazetteer(sources=embedded)
    assert gz.lookup("Ramadi")[0].country_code == "IQ" and gz.lookup("Ramadi")[0].source == "embedded"
    gz.add_source(CSVSource(user_csv))
    ramadis = gz.lookup("Ramadi")
    assert ramadis[0].source == "user" and ramadis[0].latitude == 10.0
    assert any(p.source == "embedded" for p in ramadis[1:])


def test_user_places_from_the_environment(user_csv, monkeypatch):
    monkeypatch.setenv("GAZETTEER_PLACES_CSV", str(user_csv))
    assert Gazetteer().lookup("Saqlawiya")[0].source == "user"
    monkeypatch.setenv("GAZETTEER_PLACES_CSV", str(user_csv.with_name("absent.csv")))
    with pytest.raises(SourceFormatError, match="absent.csv"):
        Gazetteer()


def test_csv_accepts_semicolons_tabs_and_a_bom(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text("\ufeffName\tLatitude\tLongitude\tCountry\nTell Tamer\t36.65\t40.37\tSyria\n", encoding="utf-8")
    (place,) = CSVSource(path).places()
    assert (place.name, place.country_code) == ("Tell Tamer", "SY")


@pytest.mark.parametrize("row, message", [
    ("Nowhere,,95,10,IQ,,", "latitude 95.0 is outside"),
    ("Nowhere,,north,10,IQ,,", "latitude 'north' is not a number"),
    ("Nowhere,,30,10,Atlantis,,", "unknown country 'Atlantis'"),
    (",,30,10,IQ,,", "empty name"),
])
def test_bad_rows_are_reported_with_file_and_line(tmp_path, row, message):
    path = tmp_path / "bad.csv"
    path.write_text(USER_CSV + row + "\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match=message) as error:
        CSVSource(path)
    assert "bad.csv:5: " in str(error.value)


def test_missing_columns_and_files_are_reported(tmp_path):
    path = tmp_path / "cols.csv"
    path.write_text("name,lat,lon\nX,1,2\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match="missing column.*latitude, longitude, country"):
        CSVSource(path)
    with pytest.raises(SourceFormatError, match="cannot read"):
        CSVSource(tmp_path / "absent.csv")


# GeoNames' "geoname" table: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
# feature code, country code, cc2, admin1..admin4 codes, population, elevation, dem, timezone, modification date.
GEONAMES_ROWS = [
    ["99454", "Al Fallūjah", "Al Fallujah", "Falluja,Fallujah,XQV,الفلوجة", "33.34913", "43.78599", "P", "PPLA2",
     "IQ", "", "01", "", "", "", "190159", "", "45", "Asia/Baghdad", "2020-01-01"],
    ["9999001", "Zaydan", "Zaydan", "Zaidan,Zeidan", "33.2", "43.9", "P", "PPL", "IQ", "", "01", "", "", "", "0",
     "", "40", "Asia/Baghdad", "2020-01-01"],
    ["99592", "Al Anbār", "Al Anbar", "Anbar,Anbar Province", "33.0", "42.0", "A", "ADM1", "IQ", "", "01", "", "",
     "", "1561407", "", "200", "Asia/Baghdad", "2020-01-01"],
    ["99237", "Republic of Iraq", "Republic of Iraq", "Iraq", "33.0", "44.0", "A", "PCLI", "IQ", "", "00", "", "",
     "", "38433600", "", "100", "Asia/Baghdad", "2020-01-01"],
    ["9999002", "Wadi Horan", "Wadi Horan", "", "33.0", "40.0", "H", "WAD", "IQ", "", "01", "", "", "", "0", "",
     "300", "Asia/Baghdad", "2020-01-01"],
]


@pytest.fixture()
def geonames_dump(tmp_path):
    folder = tmp_path / "geonames"
    folder.mkdir()
    with zipfile.ZipFile(folder / "IQ.zip", "w") as archive:
        archive.writestr("readme.txt", "GeoNames readme")
        archive.writestr("IQ.txt", "".join("\t".join(row) + "\n" for row in GEONAMES_ROWS))
    (folder / "admin1CodesASCII.txt").write_text("IQ.01\tAl Anbār\tAl Anbar\t99592\n", encoding="utf-8")
    # alternateNames: alternateNameId, geonameid, isolanguage, alternate name, isPreferred, isShort, ...
    with zipfile.ZipFile(folder / "alternateNamesV2.zip", "w") as archive:
        # The real archive holds the language table too, before the names.
        archive.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\nara\tara\tar\tArabic\n")
        archive.writestr("alternateNamesV2.txt",
                         "1\t9999001\ten\tZaidan Village\t\t\t\t\t\t\n2\t9999001\tiata\tZZZ\t\t\t\t\t\t\n"
                         "3\t9999001\tlink\thttps://en.wikipedia.org/wiki/Zaydan\t\t\t\t\t\t\n"
                         "4\t9999002\ten\tHoran Valley\t\t\t\t\t\t\n")
    return folder / "IQ.zip"


def test_geonames_dump_is_imported_into_an_index(geonames_dump, tmp_path):
    path = import_geonames(geonames_dump, tmp_path / "geonames.sqlite")
    gz = Gazetteer(sources=[IndexSource(path)])
    falluja = gz.lookup("Fallujah")[0]
    assert (falluja.geonameid, falluja.admin1, falluja.source, falluja.population) == (99454, "Al Anbār", "geonames", 190159)
    assert gz.lookup("Zaidan Village")[0].geonameid == 9999001
    assert gz.lookup("Anbar Province")[0].feature == "admin1"
    assert gz.country("IQ").point == (33.0, 44.0)
    assert gz.lookup("XQV") == [] and gz.lookup("ZZZ") == [] and gz.lookup("Wadi Horan") == []
    assert gz.lookup("Horan Valley") == []  # alternate names of skipped features are not kept either


def test_imported_places_come_before_embedded_duplicates(geonames_dump, tmp_path, embedded):
    imported = IndexSource(import_geonames(geonames_dump, tmp_path / "geonames.sqlite"))
    gz = Gazetteer(sources=[imported, *embedded])
    fallujas = [p for p in gz.lookup("Falluja") if p.geonameid == 99454]
    assert [p.source for p in fallujas] == ["geonames"]


def test_the_default_gazetteer_uses_an_imported_dump(geonames_dump, tmp_path, monkeypatch):
    monkeypatch.setenv("GAZETTEER_GEONAMES_INDEX", str(import_geonames(geonames_dump, tmp_path / "imported.sqlite")))
    gz = Gazetteer()
    assert [s.label for s in gz.sources] == ["geonames", "embedded"]
    assert gz.lookup("Zaidan Village")[0].source == "geonames"
    assert gz.lookup("Mosul")[0].source == "embedded"


def test_import_from_the_command_line(geonames_dump, tmp_path, capsys):
    output = tmp_path / "cli.sqlite"
    assert main(["import-geonames", str(geonames_dump), "--output", str(output)]) == 0
    assert output.is_file() and str(output) in capsys.readouterr().out


def test_malformed_dump_is_reported_with_file_and_line(tmp_path, capsys):
    dump = tmp_path / "cities500.txt"
    dump.write_text("\t".join(GEONAMES_ROWS[0]) + "\n" + "1\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match=r"cities500.txt:2: 3 columns, expected 19"):
        import_geonames(dump, tmp_path / "out.sqlite")
    assert main(["import-geonames", str(dump), "--output", str(tmp_path / "out.sqlite")]) == 2
    assert "cities500.txt:2" in capsys.readouterr().err


def test_lookup_from_the_command_line(user_csv, capsys):
    assert main(["lookup", "Saqlawiya", "--csv", str(user_csv), "--limit", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("name\tlatitude") and lines[1].startswith("Saqlawiyah\t33.3985")
    assert main(["lookup", "Qqxzzy"]) == 1
