"""Roles of place mentions: literal, metonymic, demonym, speaker."""

import pytest

from gazetteer.metonymy import classify
from gazetteer.place import Place

CAPITAL = Place("Ankara", 39.92, 32.85, "TR", population=3_500_000)
COUNTRY = Place("Turkey", 39.0, 35.0, "TR", feature="country")
TOWN = Place("Cizre", 37.33, 42.19, "TR", population=90_000)


def role(text, name, place, **kwargs):
    start = text.index(name)
    return classify(text, start, start + len(name), place, **kwargs)


@pytest.mark.parametrize("text", ["Ankara denied the report.", "Ankara has repeatedly warned rebels.",
                                  "Ankara's decision surprised allies.", "Washington urged Ankara to stop.",
                                  "talks with Ankara stalled.", "Ankara has been shelling rebel positions.",
                                  "a minority seeking independence from Ankara.", "Ankara captured the border town in 1939."])
def test_government_uses_are_metonymic(text):
    assert role(text, "Ankara", CAPITAL) == "metonymic"


@pytest.mark.parametrize("text", ["A bomb exploded in Ankara on Monday.", "Ankara is a large city.",
                                  "Fighting in Ankara said little about the war.", "Ankara has been bracing for protests.",
                                  "An explosion at a bureau in downtown Ankara destroyed an annex.",
                                  "Ankara captured by rebels, officials say."])
def test_the_city_itself_is_literal(text):
    assert role(text, "Ankara", CAPITAL) == "literal"


def test_small_towns_are_not_personified():
    assert role("Cizre said nothing.", "Cizre", TOWN) == "literal"


def test_possessive_of_a_place_part_stays_literal():
    assert role("Turkey's eastern provinces were hit.", "Turkey", COUNTRY) == "literal"
    assert role("Turkey's government resigned.", "Turkey", COUNTRY) == "metonymic"


def test_speaker_location():
    assert role("The minister told reporters in Cizre that aid was coming.", "Cizre", TOWN) == "speaker"


def test_demonym_and_organisation_names():
    assert role("Turkish troops crossed.", "Turkish", COUNTRY, is_demonym=True) == "demonym"
    assert role("the Ankara-backed group", "Ankara", CAPITAL, hyphen_suffix="backed") == "metonymic"
    assert role("the Ankara Times reported", "Ankara", CAPITAL, followed_by_org=True) == "metonymic"


@pytest.mark.parametrize("text,expected", [("Turkey on Sunday also offered help.", "metonymic"),
                                           ("Turkey yesterday rejected the plan.", "metonymic"),
                                           ("Turkey on Sunday was hit by a quake.", "literal")])
def test_time_adverbials_between_name_and_verb(text, expected):
    assert role(text, "Turkey", COUNTRY) == expected


def test_second_place_in_an_organisation_name():
    text = "fighters of the Islamic Front of Syria and the Levant"
    assert role(text, "Levant", Place("Levant", 33.5, 36.0, feature="region")) == "metonymic"


def test_a_bare_apostrophe_possessive_is_no_verb():
    paris = Place("Paris", 48.85, 2.35, "FR", population=2_100_000)
    assert role("Police patrolled Paris' troubled suburbs on Wednesday.", "Paris", paris) == "literal"


@pytest.mark.parametrize("text,name,place", [("An Ankara Air jet landed.", "Ankara", CAPITAL),
                                             ("a reporter for the Ankara Globe", "Ankara", CAPITAL),
                                             ("a lieutenant of the Cizre cartel was held", "Cizre", TOWN)])
def test_airlines_newspapers_and_cartels_named_after_places_are_metonymic(text, name, place):
    assert role(text, name, place) == "metonymic"


@pytest.mark.parametrize("text", ["Jets landed at Cizre Air Base.", "Cizre Air Force Station closed in 1990."])
def test_an_air_base_is_a_place(text):
    assert role(text, "Cizre", TOWN) == "literal"


@pytest.mark.parametrize("text,name,place", [("the Revolutionary Armed Forces of Turkey seized him", "Turkey", COUNTRY),
                                             ("the Popular Front for the Liberation of Turkey claimed it", "Turkey",
                                              COUNTRY)])
def test_the_place_ending_an_armed_groups_name_is_metonymic(text, name, place):
    assert role(text, name, place) == "metonymic"


@pytest.mark.parametrize("text,expected", [("Jets bombed the city of Ankara's military and civilian airport.", "literal"),
                                           ("Ankara's military said it had shelled the town.", "metonymic")])
def test_a_military_airport_of_a_city_is_a_place_in_it(text, expected):
    assert role(text, "Ankara", CAPITAL) == expected


def test_the_countryside_of_a_city_is_the_land_itself():
    assert role("Shelling on rural Ankara coupled with raids drove families out.", "Ankara", CAPITAL) == "literal"


@pytest.mark.parametrize("text", ["Police clashed with protesters outside the summit in Cizre.",
                                  "Two delegates were shot after the meeting in Cizre.",
                                  "Rebels were not invited to the peace talks in Cizre."])
def test_a_meeting_is_held_where_it_is_named(text):
    assert role(text, "Cizre", TOWN) == "literal"


@pytest.mark.parametrize("text,name,place", [("The vote returned the province to Ankara's control.", "Ankara", CAPITAL),
                                             ("The enclave broke away from Turkey's rule in 1992.", "Turkey", COUNTRY)])
def test_control_and_rule_after_a_possessive_are_the_states(text, name, place):
    assert role(text, name, place) == "metonymic"


def test_a_control_tower_is_a_place_in_the_city():
    assert role("Fire broke out in Ankara's control tower.", "Ankara", CAPITAL) == "literal"


@pytest.mark.parametrize("text,name,place,expected", [
    ("The island was occupied by Turkey in 1974.", "Turkey", COUNTRY, "metonymic"),
    ("The border post was captured by Ankara within hours.", "Ankara", CAPITAL, "metonymic"),
    ("The valley is surrounded by Turkey on three sides.", "Turkey", COUNTRY, "literal"),
    ("Crowds were undeterred by the Ankara bombings.", "Ankara", CAPITAL, "literal"),
    ("Two sailors were captured by Turkey's coast guard.", "Turkey", COUNTRY, "literal")])
def test_the_agent_of_a_passive_is_the_state(text, name, place, expected):
    assert role(text, name, place) == expected
