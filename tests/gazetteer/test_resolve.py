"""Resolution rules, on hand-made candidates: each test would pass the wrong place without its rule."""

from gazetteer.folding import fold
from gazetteer.place import Place
from gazetteer.recognize import Candidate
from gazetteer.resolve import Reading, resolve


def _reading(text: str, start: int, name: str, places: list[Place]) -> Reading:
    return Reading(Candidate(start, start + len(name), name, fold(name)), list(places))


GEORGIA_COUNTRY = Place("Georgia", 42.0, 43.5, "GE", None, "country", 3_700_000, 614540)
GEORGIA_STATE = Place("Georgia", 32.75, -83.5, "US", "Georgia", "admin1", 4_800_000, 4197000)
ATLANTA = Place("Atlanta", 33.75, -84.39, "US", "Georgia", "populated place", 510_000, 4180439)
ATLANTA_TX = Place("Atlanta", 33.11, -94.16, "US", "Texas", "populated place", 5_600, 4673482)


def test_a_name_does_not_vote_for_its_own_reading():
    # "Georgia" alone votes for the country it is best known as; next to "Atlanta", only Atlanta's votes count,
    # and they are for the state.
    text = "Officials in Georgia and Atlanta said so."
    readings = [_reading(text, 13, "Georgia", [GEORGIA_COUNTRY, GEORGIA_STATE]),
                _reading(text, 25, "Atlanta", [ATLANTA, ATLANTA_TX])]
    resolved = resolve(text, readings)
    assert resolved[0].best == GEORGIA_STATE
    assert resolved[1].best == ATLANTA


def test_a_country_called_by_its_own_name_gets_the_own_name_bonus():
    russia = Place("Russia", 60.0, 100.0, "RU", None, "country", 144_000_000, 2017370)
    russia_ohio = Place("Russia", 40.23, -84.41, "US", "Ohio", "populated place", 656, 4519926)
    chicago = Place("Chicago", 41.85, -87.65, "US", "Illinois", "populated place", 2_700_000, 4887398)
    text = "Flights from Chicago to Russia resumed."
    readings = [_reading(text, 13, "Chicago", [chicago]), _reading(text, 24, "Russia", [russia, russia_ohio])]
    assert resolve(text, readings)[1].best == russia


def test_a_province_named_like_its_town_counts_the_towns_people():
    # The province holds more people than its city, but the bare name is the city.
    province = Place("Al Başrah", 30.5, 47.5, "IQ", "Al Başrah", "admin1", 4_500_000, 99131)
    city = Place("Basrah", 30.51, 47.78, "IQ", "Al Başrah", "populated place", 1_300_000, 99532)
    text = "In Basra itself, a bomb went off."
    readings = [_reading(text, 3, "Basra", [city, province])]
    readings[0].candidate.key = fold("Basrah")
    assert resolve(text, readings)[0].best == city


def test_a_capital_comes_before_a_more_populous_namesake_province():
    dc = Place("Washington", 38.9, -77.04, "US", "District of Columbia", "populated place", 690_000, 4140963)
    state = Place("Washington", 47.5, -120.5, "US", "Washington", "admin1", 6_500_000, 5815135)
    text = "The diplomats met in Washington on Tuesday."
    readings = [_reading(text, 21, "Washington", [dc, state])]
    assert resolve(text, readings)[0].best == dc


def test_a_region_without_a_population_counts_as_a_big_place():
    region = Place("Middle East", 29.0, 41.0, None, None, "region", None, None)
    town = Place("Middle East", 39.29, -76.59, "US", "Maryland", "populated place", 5_000, 4362000)
    texas = Place("Texas", 31.25, -99.25, "US", "Texas", "admin1", 25_000_000, 4736286)
    text = "From Texas, he flew to the Middle East."
    readings = [_reading(text, 5, "Texas", [texas]), _reading(text, 26, "Middle East", [region, town])]
    assert resolve(text, readings)[1].best == region


def test_names_listed_before_counties_are_counties():
    from gazetteer import Gazetteer

    found = Gazetteer().find_places("The combined population of Douglas, Sarpy and Lancaster counties grew.")
    assert [(m.text, m.place.feature, m.place.admin1) for m in found] == [
        ("Douglas", "admin2", "Nebraska"), ("Sarpy", "admin2", "Nebraska"), ("Lancaster", "admin2", "Nebraska")]


def test_a_countrys_own_name_drops_places_for_which_it_is_only_an_alternate():
    # A Paris quarter also goes by "Luxembourg"; next to "France" its country vote would beat the country.
    luxembourg = Place("Luxembourg", 49.75, 6.17, "LU", None, "country", 600_000, 2960313)
    quarter = Place("Paris 06 Luxembourg", 48.85, 2.33, "FR", "Île-de-France", "populated place", 40_000, 6618612)
    france = Place("France", 46.0, 2.0, "FR", None, "country", 67_000_000, 3017382)
    text = "Farmers drove tractors into Luxembourg and France on Monday."
    readings = [_reading(text, 28, "Luxembourg", [luxembourg, quarter]), _reading(text, 43, "France", [france])]
    resolved = resolve(text, readings)
    assert resolved[0].best == luxembourg and quarter not in resolved[0].places


def test_a_cued_name_that_is_only_an_alternate_of_a_far_town_is_dropped():
    # "Karni" is an alternate spelling of an American town; after "near" in a report on Gaza it is a place the
    # gazetteer lacks, not that town.
    kearny = Place("Kearny", 40.77, -74.15, "US", "New Jersey", "populated place", 42_000, 5099738)
    gaza = Place("Gaza", 31.5, 34.47, "PS", None, "populated place", 410_000, 281133)
    text = "Gunmen opened fire near Karni in Gaza."
    karni = _reading(text, 24, "Karni", [kearny])
    karni.candidate.cue = True
    resolved = resolve(text, [karni, _reading(text, 33, "Gaza", [gaza])])
    assert [r.candidate.text for r in resolved] == ["Gaza"]
    # A transliteration that is only an alternate spelling of a village near the article's other places stays.
    village = Place("Beit Ula", 31.6, 35.0, "PS", "West Bank", "populated place", 12_000, 281001)
    hebron = Place("Hebron", 31.53, 35.1, "PS", "West Bank", "populated place", 160_000, 285066)
    text = "Gunmen opened fire near Beit Awla west of Hebron."
    awla = _reading(text, 24, "Beit Awla", [village])
    awla.candidate.cue = True
    assert len(resolve(text, [awla, _reading(text, 42, "Hebron", [hebron])])) == 2
