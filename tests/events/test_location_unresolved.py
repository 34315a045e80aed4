"""Event locations at places no gazetteer lists (sentences written for these tests)."""

from timeline.events import extract_events
from timeline.events.location import unknown_places


def located(text):
    events = extract_events(text)
    assert len(events), text
    first = events.iloc[0]
    return text[int(first["location_start"]):int(first["location_end"])], first


def test_an_unlisted_village_is_the_event_location():
    name, event = located("Militants attacked the village of Qarawel Zitun on Sunday, killing three.")
    assert name == "Qarawel Zitun"
    assert event["location"] == "Qarawel Zitun"


def test_the_smaller_place_beats_the_city_that_holds_it():
    name, event = located("A car bomb exploded in the Hawdal district of Mogadishu, killing five people.")
    assert name == "Hawdal"
    assert event["geo_precision"] >= 2
    assert event["latitude"] is not None


def test_a_suburb_named_after_its_city_is_the_location():
    name, _ = located("Police shot dead two men in the Nairobi suburb of Kangemi on Monday.")
    assert name == "Kangemi"


def test_an_opening_in_sets_the_scene_for_a_more_precise_place():
    name, _ = located("In Helmand, a roadside bomb killed four soldiers in Nad Ali district on Monday.")
    assert name == "Nad Ali"


def test_an_unlisted_town_takes_the_point_of_its_description():
    name, event = located("Gunmen killed six soldiers near the town of Qarawel Zitun, south of Baghdad, on Monday.")
    assert name == "Qarawel Zitun"
    assert event["latitude"] is not None and event["geo_precision"] == 2


def test_the_events_take_the_unlisted_names_the_geoparser_finds():
    text = "Jets pounded Tal Qarvadin and the Zarvesh Tower overnight."
    assert [m.text for m in unknown_places(text, (0, len(text)))] == ["Tal Qarvadin", "Zarvesh Tower"]


def test_a_name_joined_to_a_participle_is_an_adjective_not_a_place():
    text = "Serb forces overran the UN-protected area of Zarvica on Tuesday."
    assert [m.text for m in unknown_places(text, (0, len(text)))] == ["Zarvica"]


def test_unlisted_villages_listed_in_a_known_region_are_placed_there():
    name, event = located("Government jets bombed Kafr Qarawel and Marj Zitun in southern rural Idlib on Monday.")
    assert name == "Kafr Qarawel"
    assert event["location"] == "Kafr Qarawel"
    assert abs(event["latitude"] - 35.9) < 0.6 and event["geo_precision"] >= 2


def test_an_unlisted_village_on_the_outskirts_of_a_city_is_placed_at_the_city():
    name, event = located("Gunmen invaded a farm in Qarawel, on the outskirts of the city of Santa Marta, killing five.")
    assert name == "Qarawel"
    assert abs(event["latitude"] - 11.2) < 0.3 and event["geo_precision"] == 2
