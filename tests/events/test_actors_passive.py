"""Actors of headlines whose victims come first: the subject of a passive or intransitive death verb is acted upon
(actor 2); the agent after "by" or the group named with the attack is actor 1."""

import pytest

from timeline.events.actors import actors_of, find_actors, victim_categories


def _actors(text: str, trigger: str) -> tuple[str, str]:
    start = text.index(trigger)
    return actors_of(text, (0, len(text)), (start, start + len(trigger)))


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("At least 25 Taliban killed, 9 injured in southern province", "killed", ("", "Taliban")),
        ("Eight Houthis die in clashes near the port", "die", ("", "Houthis")),
        ("Four Iraqi soldiers killed in Kurdish militant attack", "killed", ("Unidentified armed group", "Iraqi security forces")),
        ("Four Iraqi soldiers killed in Kurdish militant attack", "attack", ("Unidentified armed group", "Iraqi security forces")),
        ("Two Hamas commanders killed in Gaza by coalition air strikes", "killed", ("Coalition forces", "Hamas")),
        ("Two Hamas commanders killed in Gaza by coalition air strikes", "air strikes", ("Coalition forces", "Hamas")),
        ("Three policemen die in Taliban ambush in Helmand", "ambush", ("Taliban", "Security forces")),
        ("Three policemen die in Taliban ambush in Helmand", "die", ("Taliban", "Security forces")),
        ("Army soldier killed in Boko Haram raid near the border", "raid", ("Boko Haram", "Security forces")),
        ("In a Taliban attack on Monday, four soldiers were killed", "killed", ("Taliban", "Security forces")),
        ("At least five Malian soldiers killed in ambush by jihadists", "ambush", ("Unidentified armed group", "Malian security forces")),
        ("Death toll climbs to 11 in rebel attack on a bus of pilgrims", "Death", ("Unidentified armed group", "Civilians")),
        ("52 died on Friday, including 30 soldiers", "died", ("", "Security forces")),
        ("Twelve soldiers were killed in battles with the people's militia", "battles", ("Unidentified armed group", "Security forces")),
        ("Hamas kills 4 soldiers in border ambush", "ambush", ("Hamas", "Security forces")),  # the object of "kills" died
        ("Clashes flare in the valley, 14 Taliban fighters killed", "Clashes", ("", "Taliban")),
    ],
)
def test_the_victims_of_a_death_verb_are_actor2(text, trigger, expected):
    assert _actors(text, trigger) == expected


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Taliban killed 12 policemen in Kunduz", "killed", ("Taliban", "Security forces")),
        ("Militants killed civilians in the village", "killed", ("Unidentified armed group", "Civilians")),
        ("Five civilians were killed by militants in the village.", "killed", ("Unidentified armed group", "Civilians")),
        ("ISIL fighters attacked Iraqi soldiers at the checkpoint.", "attacked", ("Islamic State (ISIL)", "Iraqi security forces")),
    ],
)
def test_the_active_voice_is_unchanged(text, trigger, expected):
    assert _actors(text, trigger) == expected


def test_the_victims_of_a_headline_passive_come_before_it():
    text = "Four Iraqi soldiers killed in Kurdish militant attack"
    start = text.index("killed")
    assert victim_categories(text, (0, len(text)), (start, start + 6)) == {"state"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Saudi-led coalition jets struck the port", "Saudi-led coalition"),
        ("coalition warplanes struck the port", "Coalition forces"),
        ("the US-led coalition struck the port", "US forces"),
    ],
)
def test_coalitions(text, name):
    assert find_actors(text)[0].name == name


def test_a_political_coalition_is_no_actor():
    assert find_actors("The ruling coalition won the vote.") == []
