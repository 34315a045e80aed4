"""Fatalities in the forms real reports and headlines use: subsets, present tense, bare headlines, hashtags,
bodies found, and running totals that are not one event's toll."""

import pytest

from timeline.events.fatalities import count_fatalities


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three policemen among eleven killed in highway ambush", 11),
        ("Four aid workers among 19 dead after convoy is shelled", 19),
        ("At least 56 including 9 children killed in market bombing", 56),
        ("More than 120, including 30 women, killed in the raid", 120),
        ("the strike killed 40 including 12 fighters", 40),
    ],
)
def test_a_subset_is_not_added_to_its_total(text, expected):
    assert count_fatalities(text) == expected


def test_a_wounded_group_after_the_list_is_not_counted():
    assert count_fatalities("the blast killed 3 and 40 were injured") == 3
    assert count_fatalities("the blast killed 3, 40 injured") == 3
    assert count_fatalities("Twelve wounded and 3 killed in the crossfire") == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4 Policemen die in roadside blast", 4),
        ("Six villagers dies as gunmen open fire", 6),
        ("Rebel commander killed in Kivu", 1),
        ("Police officer shot dead in Karachi", 1),
        ("Journalist dies, two hurt in shelling", 1),
        ("the killing of a journalist outside his home", 1),
        ("At least six displaced persons killed in camp raid", 6),
        ("five wounded soldiers killed when the ambulance was hit", 5),
        ("9 Bodies Found near the river", 9),
        ("police recovered 14 bodies from the well", 14),
        ("the bodies of 12 men were found in a ditch", 12),
        ("Killing of 15 in Y village condemned", 15),
        ("the deaths of 3 soldiers at the post", 3),
        ("30 #ISIS militants were killed in the operation", 30),
    ],
)
def test_headline_and_present_tense_forms(text, expected):
    assert count_fatalities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Army officer killed two suspects", 2),  # the officer acted: the two suspects died
        ("The officer killed his wife", 1),  # one victim, the wife
        ("Four soldiers will die if the bridge falls", None),
        ("Dockworkers found a crate of rifles", None),
    ],
)
def test_the_subject_of_an_active_or_future_verb_is_not_a_victim(text, expected):
    assert count_fatalities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shelling raised the death toll to 180 in 10 days", None),
        ("150 dead so far in the clashes", None),
        ("Violence leaves 95 dead to date", None),
        ("Fighting has killed 300 people since the truce collapsed", None),
        ("Since 2011, more than 300,000 people have been killed", None),
        ("Gunmen killed 12 villagers, raising the death toll to 270 in 13 days", 12),
        ("A bomb killed 7 people, bringing the death toll from the week's attacks to 41", 7),
        ("A soldier was killed on Monday, bringing the death toll to 40 since January", 1),
        ("The blast toll rises to 80", 80),
        ("The bombing has killed 30 people so far", 30),
        ("The attack, the deadliest since 2015, killed 12", 12),
    ],
)
def test_a_running_total_is_not_the_events_toll(text, expected):
    assert count_fatalities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A policeman and three soldiers were killed at the gate", 4),
        ("Teacher, two pupils killed in shelling", 3),
        ("Farmer, wife and daughter killed in night raid", 3),
        ("the gunmen shot dead a shopkeeper", 1),
        ("Five ‘commanders’ killed in the north", 5),
        ("Troops find 6 bodies in the forest", 6),
        ("Rebel with a Rs 5 lakh bounty was killed in an encounter", 1),
    ],
)
def test_singular_victims_in_a_list_and_odd_spellings(text, expected):
    assert count_fatalities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("5 gunmen killed 3 policemen at a checkpoint", 3),  # the subject of an active verb is not a victim
        ("The attackers left 3 vehicles burning", None),  # "left" reports deaths only with "dead"
        ("The raid left 3 vehicles and 2 guards dead", 5),
    ],
)
def test_who_killed_is_not_counted(text, expected):
    assert count_fatalities(text) == expected
