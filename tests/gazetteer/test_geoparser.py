"""Geoparser behaviour on sentences written for these tests, and the seed articles when ../shared is present."""

from pathlib import Path

import pytest

import gazetteer
from gazetteer.relative import destination
from gazetteer.resolve import haversine_km

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


@pytest.fixture(scope="module")
def gz():
    return gazetteer.default_gazetteer()


def mentions(gz, text):
    return {m.text: m for m in gz.find_places(text)}


def test_finds_and_resolves_a_town_with_its_country_in_context(gz):
    found = mentions(gz, "Gunmen attacked a checkpoint near Tikrit on Tuesday, Iraqi officials said.")
    assert found["Tikrit"].place.country_code == "IQ"
    assert found["Tikrit"].is_location
    assert found["Tikrit"].precision == 2  # "near Tikrit"
    assert 0 < found["Tikrit"].score <= 1


def test_offsets_point_into_the_text(gz):
    text = "Rockets hit Kirkuk and Erbil overnight."
    for mention in gz.find_places(text):
        assert text[mention.start:mention.end] == mention.text


def test_common_words_months_and_person_names_are_not_places(gz):
    text = ("Police said on May 3 that Jordan Smith, a reading teacher, had moved. "
            "Most residents stayed home. Secretary Clinton met Hillary Clinton's aides.")
    found = mentions(gz, text)
    for word in ("Police", "May", "Jordan", "Most", "Clinton"):
        assert word not in found


def test_demonym_points_to_a_country_but_is_no_location(gz):
    found = mentions(gz, "Syrian troops shelled the outskirts of Idlib.")
    assert found["Syrian"].role == "demonym"
    assert found["Syrian"].place.country_code == "SY"
    assert not found["Syrian"].is_location
    assert found["Idlib"].is_location


def test_capital_standing_for_its_government_is_metonymic(gz):
    found = mentions(gz, "Moscow denied the claim, and Tehran's foreign ministry called it a lie.")
    assert found["Moscow"].role == "metonymic"
    assert found["Tehran"].role == "metonymic"


def test_place_where_something_was_said_is_a_speaker_location(gz):
    found = mentions(gz, "The envoy told reporters in Geneva that talks on Homs would resume.")
    assert found["Geneva"].role == "speaker"
    assert found["Homs"].role == "literal"


def test_explicit_container_chooses_between_namesakes(gz):
    found = mentions(gz, "The fire broke out in Alexandria, Virginia, late on Friday.")
    assert found["Alexandria"].place.country_code == "US"
    found = mentions(gz, "Protesters marched in Alexandria, Egypt, on Friday.")
    assert found["Alexandria"].place.country_code == "EG"


def test_runner_up_candidates_are_kept(gz):
    found = mentions(gz, "Fighting was reported in Tripoli.")
    assert found["Tripoli"].candidates
    assert found["Tripoli"].place not in found["Tripoli"].candidates


def test_relative_description_is_a_point_with_lower_precision(gz):
    text = "A bomb exploded in Hamra village, about 30 km southwest of Kirkuk, on Monday."
    found = mentions(gz, text)
    relative = found["Hamra"]
    assert relative.place.feature == "relative" and relative.precision == 2
    kirkuk = found["Kirkuk"].place
    expected = destination(kirkuk.point, 225, 30)
    assert haversine_km(relative.place.point, expected) < 1


def test_district_of_a_city_is_placed_in_that_city(gz):
    found = mentions(gz, "In Basra itself, a bomb went off in the busy district of Ashar Qadim.")
    basra = found["Basra"].place
    districts = [m for m in gz.find_places("In Basra itself, a bomb went off in the mainly Sunni district of Zubayrat.")
                 if m.text == "Zubayrat"]
    assert districts and haversine_km(districts[0].place.point, basra.point) < 30
    assert districts[0].precision == 2


def test_empty_and_odd_input_yield_nothing(gz):
    assert gz.find_places(None) == []
    with pytest.raises(TypeError, match="expects the text as a str"):
        gz.find_places(b"Baghdad")
    assert gz.find_places("") == []
    assert gz.find_places("   \n") == []
    assert gz.find_places("12345 !!! ---") == []


def _seed_text(name):
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed articles not available")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name,latitude,longitude", [
    ("Fallujah", 33.35, 43.78), ("Falluja", 33.35, 43.78), ("Ramadi", 33.42, 43.30), ("al-Qaim", 34.37, 41.09),
    ("Baquba", 33.75, 44.64), ("Baladruz", 33.70, 45.08), ("Hawija", 35.32, 43.77), ("Mosul", 36.34, 43.13),
    ("Shaab", 33.40, 44.42),
])
def test_seed_places_resolve_to_the_right_towns(gz, name, latitude, longitude):
    if not SEEDS.exists():
        pytest.skip("seed articles not available")
    hits = [m for path in sorted(SEEDS.glob("*.txt")) for m in gz.find_places(path.read_text(encoding="utf-8"))
            if m.text == name]
    assert hits, name
    for mention in hits:
        assert haversine_km(mention.place.point, (latitude, longitude)) < 25, (name, mention.place)


def test_seed_provinces_resolve_to_provinces(gz):
    if not SEEDS.exists():
        pytest.skip("seed articles not available")
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    provinces = {m.text: m for text in texts for m in gz.find_places(text) if m.text in ("Anbar", "Diyala")}
    assert provinces["Anbar"].place.feature == "admin1" and provinces["Anbar"].place.country_code == "IQ"
    assert provinces["Diyala"].place.feature == "admin1" and provinces["Diyala"].precision == 3


def test_seed_relative_place_lands_near_the_described_point(gz):
    text = _seed_text("002_267fff3a0a54e269.txt")
    found = gz.find_places(text)
    baquba = next(m.place for m in found if m.text == "Baquba")
    described = destination(baquba.point, 45, 50)
    relative = [m for m in found if m.place is not None and m.place.feature == "relative"
                and m.start < text.index("Baquba") and "Imam" in m.text]
    assert relative and haversine_km(relative[0].place.point, described) < 40


def test_seed_washington_and_jerusalem_are_not_event_locations(gz):
    if not SEEDS.exists():
        pytest.skip("seed articles not available")
    for path in sorted(SEEDS.glob("*.txt")):
        for mention in gz.find_places(path.read_text(encoding="utf-8")):
            if mention.text in ("Washington", "Jerusalem"):
                assert not mention.is_location, (path.name, mention)


def test_a_users_places_are_found_as_soon_as_they_are_added(tmp_path):
    from gazetteer.sources.csv_source import CSVSource

    text = "Shelling hit Tel Qarqur and nearby farms on Monday."
    gz = gazetteer.Gazetteer()
    assert "Tel Qarqur" not in {m.text for m in gz.find_places(text)}
    places = tmp_path / "mine.csv"
    places.write_text("name,latitude,longitude,country\nTel Qarqur,35.79,36.33,SY\n", encoding="utf-8")
    gz.add_source(CSVSource(places))
    found = {m.text: m for m in gz.find_places(text)}
    assert found["Tel Qarqur"].place.country_code == "SY"
    assert found["Tel Qarqur"].is_location


def test_a_small_namesake_in_a_province_the_article_names_is_a_candidate(gz):
    # A dozen bigger Hudsons come before Hudson, Illinois, in the gazetteer's order; the article names Illinois.
    text = "Officials in central Illinois say a body was found. Hudson police say the car was stolen."
    hudson = [m for m in gz.find_places(text) if m.text == "Hudson"]
    assert hudson and hudson[0].place.admin1 == "Illinois"


def test_a_bare_name_is_the_place_the_article_named_with_its_container(gz):
    text = ("Springfield, Ohio, will vote on the school levy in May. Teachers in Boston, Worcester and Holyoke "
            "said Springfield should wait.")
    springfields = [m.place.admin1 for m in gz.find_places(text) if m.text == "Springfield"]
    assert springfields == ["Ohio", "Ohio"]
