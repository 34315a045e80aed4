"""Typing snippets into ACLED's taxonomy: one written example per sub-event type, and the rules between them."""

import pytest

from timeline.events import EventType, classify
from timeline.events.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

# Snippets written for these tests in the style of ACLED's notes (not taken from any data set).
EXAMPLES = [
    ("Army units clashed with rebels near the river crossing for three hours.", "Armed clash"),
    ("Government troops recaptured the town of Tikrit from the militants.", "Government regains territory"),
    ("Insurgents seized the town of Qaim after the garrison fled.", "Non-state actor overtakes territory"),
    ("Witnesses reported a chlorine attack on a neighbourhood of the city.", "Chemical weapon"),
    ("Warplanes struck a market in the rebel-held district, killing nine.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing four police officers.", "Suicide bomb"),
    ("Government forces shelled the village with artillery overnight.", "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a minibus on the highway, killing three passengers.", "Remote explosive/landmine/IED"),
    ("An unknown man threw a grenade into a crowded bar, wounding six.", "Grenade"),
    ("Soldiers raped two women at a water point outside the camp.", "Sexual violence"),
    ("Unidentified gunmen shot dead a farmer in his field.", "Attack"),
    ("Gunmen abducted 12 students from their school dormitory.", "Abduction/forced disappearance"),
    ("Hundreds of teachers marched to the ministry to demand higher salaries.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters outside parliament.", "Protest with intervention"),
    ("Security forces shot dead three protesters during a march.", "Excessive force against protesters"),
    ("Demonstrators threw stones at police and burned tyres on the main road.", "Violent demonstration"),
    ("A mob lynched a man accused of theft at the market.", "Mob violence"),
    ("The two factions signed a ceasefire agreement in the capital.", "Agreement"),
    ("Police arrested five men at a house in the old city.", "Arrests"),
    ("Two armed groups announced they had merged to form a new coalition.", "Change to group/activity"),
    ("Bomb disposal experts defused an IED planted under a bridge.", "Disrupted weapons use"),
    ("The militia established a new base in the hills above the town.", "Headquarters or base established"),
    ("Fighters looted shops and set fire to houses in the village.", "Looting/property destruction"),
    ("Rebels withdrew from the town without a fight, handing it to a local council.", "Non-violent transfer of territory"),
]


def test_taxonomy_has_six_types_and_25_sub_types():
    assert len(SUB_EVENT_TYPES) == 25
    assert len(EVENT_TYPES) == 6
    assert EventType.of("Grenade") == EventType("Explosions/Remote violence", "Grenade")
    with pytest.raises(ValueError):
        EventType.of("Skirmish")


@pytest.mark.parametrize("snippet, sub_event_type", EXAMPLES)
def test_each_sub_event_type(snippet, sub_event_type):
    result = classify(snippet)
    assert result is not None
    assert result.sub_event_type == sub_event_type
    assert result.event_type == SUB_EVENT_TYPES[sub_event_type]


def test_every_sub_type_except_other_is_exercised():
    assert {sub for _, sub in EXAMPLES} == set(SUB_EVENT_TYPES) - {"Other"}


@pytest.mark.parametrize(
    "statement",
    [
        "Washington said it would help Baghdad in its fight against the militants.",
        "The minister vowed to eliminate all terrorist groups in the province.",
        "Officials fear the militants could attack the city within days.",
        "",
    ],
)
def test_statements_and_intentions_are_not_events(statement):
    assert classify(statement) is None


def test_weapon_decides_among_explosions():
    assert classify("A helicopter fired a rocket at a car, killing five.").sub_event_type == "Air/drone strike"
    assert classify("A suicide car bomb exploded near the mosque.").sub_event_type == "Suicide bomb"
    assert classify("A car bomb exploded near the mosque.").sub_event_type == "Remote explosive/landmine/IED"


def test_victims_decide_between_battle_and_attack():
    assert classify("Gunmen killed three soldiers at a checkpoint.").sub_event_type == "Armed clash"
    assert classify("Gunmen killed three villagers at a checkpoint.").sub_event_type == "Attack"


def test_the_reason_for_an_arrest_is_not_the_event():
    assert classify("Police arrested a man suspected of planting a bomb.").sub_event_type == "Arrests"


def test_what_a_protest_is_about_is_not_the_event():
    snippet = "Relatives marched to demand justice for the killing of two activists."
    assert classify(snippet).sub_event_type == "Peaceful protest"


def test_road_blocked_with_burning_tyres_is_a_violent_demonstration():
    # ACLED's codebook counts barricades and burning tyres as violence by demonstrators.
    snippet = "Workers protested over unpaid wages and blocked the highway with burning tyres."
    assert classify(snippet).sub_event_type == "Violent demonstration"


def test_who_took_the_ground_decides_the_territory_type():
    assert classify("Militants captured the town of Ramadi.").sub_event_type == "Non-state actor overtakes territory"
    assert classify("Troops captured the town of Ramadi.").sub_event_type == "Government regains territory"
    assert classify("The army lost the city of Mosul to insurgents.").sub_event_type == "Non-state actor overtakes territory"


def test_force_short_of_killing_on_a_protest_is_an_intervention():
    assert classify("Police assaulted protesters during a march.").sub_event_type == "Protest with intervention"
    assert classify("Police dispersed the crowd by firing tear gas at protesters.").sub_event_type == "Protest with intervention"


def test_fighting_reported_before_the_protest_is_the_event():
    snippet = "Fighting erupted in the city when troops broke up a protest camp."
    assert classify(snippet).sub_event_type == "Armed clash"
