"""Actors: one name per actor whatever the alias, and who acted on whom."""

import pytest

from timeline.events.actors import actors_of, find_actors


@pytest.mark.parametrize(
    "alias",
    ["ISIL", "ISIS", "Islamic State", "the Islamic State of Iraq and the Levant", "AQI", "al-Qaeda-linked militants", "Daesh"],
)
def test_islamic_state_aliases(alias):
    names = {m.name for m in find_actors(f"Yesterday {alias} attacked the town.")}
    assert names == {"Islamic State (ISIL)"}


@pytest.mark.parametrize("alias", ["Iraqi security forces", "the Iraqi army", "Iraqi police"])
def test_state_forces_keep_their_country(alias):
    assert find_actors(f"{alias} entered the city.")[0].name == "Iraqi security forces"


def test_tribal_fighters_and_sahwa_are_one_actor():
    names = {m.name for m in find_actors("Sahwa militiamen and tribal fighters joined the tribesmen.")}
    assert names == {"Tribal fighters (Sahwa)"}


def test_active_voice_subject_acts():
    text = "ISIL fighters attacked Iraqi soldiers at the checkpoint."
    start = text.index("attacked")
    assert actors_of(text, (0, len(text)), (start, start + 8)) == ("Islamic State (ISIL)", "Iraqi security forces")


def test_passive_voice_agent_acts():
    text = "Five civilians were killed by militants in the village."
    start = text.index("killed")
    actor1, actor2 = actors_of(text, (0, len(text)), (start, start + 6))
    assert (actor1, actor2) == ("Unidentified armed group", "Civilians")


def test_generic_militants_take_the_named_group_of_the_sentence():
    names = {m.name for m in find_actors("ISIS said its militants seized the town.")}
    assert names == {"Islamic State (ISIL)"}
