"""Fatalities the way ACLED counts them: sums, no double counts, lower bounds, vague words, never the wounded."""

import pytest

from timeline.events.fatalities import count_fatalities, number_value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("22 soldiers and 12 civilians were killed around the city", 34),
        ("the raid left 44 civilians and one policeman dead", 45),
        ("killing five family members, including a man, two women and two children", 5),
        ("more than 100 people were killed in the two cities", 100),
        ("a car bomb killed at least 13 people on Thursday", 13),
        ("shelling hit a bus, killing 8 people and wounding about 20", 8),
        ("Ten people died when troops moved against the camp", 10),
        ("dozens were killed in the fighting", 12),
        ("hundreds of people were killed", 100),
        ("the brigade commander was killed during the clashes", 1),
        ("troops managed to kill 15 attackers", 15),
        ("twenty-two people were killed", 22),
        ("at least 1,050 members of the security forces were killed", 1050),
    ],
)
def test_counts(text, expected):
    assert count_fatalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "58 people were wounded in the attack",
        "Dozens of militants attacked the base",
        "the town lies some 330 km northwest of the capital",
        "Police arrested 12 men",
    ],
)
def test_no_deaths_reported(text):
    assert count_fatalities(text) is None


def test_wounded_in_the_same_list_are_not_counted():
    assert count_fatalities("3 people were killed and 40 injured in the blast") == 3


def test_number_words():
    assert number_value("twenty-two") == 22
    assert number_value("a dozen") == 12
    assert number_value("1,050") == 1050
    assert number_value("three hundred") == 300
    assert number_value("tens") == 10


def test_a_death_toll_that_has_risen_is_the_new_figure():
    from timeline.events.fatalities import count_fatalities

    assert count_fatalities("The death toll from Friday's ambush on a convoy near the river has risen to 17 soldiers.") == 17
    assert count_fatalities("The death toll from the blast is still unknown, officials said.") is None
