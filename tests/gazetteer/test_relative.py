"""Distances and bearings: the point a description like "50 km northeast of X" names."""

import pytest

from gazetteer.place import Place
from gazetteer.relative import bearing_of, destination, find_relative, parse_number
from gazetteer.resolve import haversine_km

ANCHOR = Place("Kirkuk", 35.4681, 44.3922, "IQ")


@pytest.mark.parametrize("word,bearing", [("north", 0), ("North-East", 45), ("south west", 225),
                                          ("western", 270), ("northwest", 315)])
def test_bearing_words(word, bearing):
    assert bearing_of(word) == bearing


def test_unknown_bearing_is_none():
    assert bearing_of("upward") is None


@pytest.mark.parametrize("word,value", [("50", 50), ("2.5", 2.5), ("1,200", 1200), ("five", 5), ("x", None)])
def test_numbers(word, value):
    assert parse_number(word) == value


def test_destination_keeps_distance_and_direction():
    point = destination(ANCHOR.point, 90, 100)
    assert haversine_km(ANCHOR.point, point) == pytest.approx(100, abs=0.5)
    assert point[1] > ANCHOR.longitude and abs(point[0] - ANCHOR.latitude) < 0.1


def test_description_with_a_name_before_it():
    text = "Clashes hit the Tal Ward area, some 25 kilometres south of Kirkuk, at dawn."
    found = find_relative(text, text.index("Kirkuk"), text.index("Kirkuk") + 6, ANCHOR)
    assert found.text == "Tal Ward"
    assert found.place.feature == "relative" and found.place.geo_precision == 2
    assert haversine_km(found.place.point, destination(ANCHOR.point, 180, 25)) < 0.5


def test_description_in_miles_without_a_name():
    text = "a convoy was ambushed 12 miles northwest of Kirkuk."
    start = text.index("Kirkuk")
    found = find_relative(text, start, start + 6, ANCHOR)
    assert found.text == "12 miles northwest of Kirkuk"
    assert haversine_km(ANCHOR.point, found.place.point) == pytest.approx(12 * 1.609344, abs=0.3)


def test_description_of_a_known_place_adds_nothing():
    text = "Hawija, 50 km southwest of Kirkuk, fell."
    start = text.index("Kirkuk")
    assert find_relative(text, start, start + 6, ANCHOR, known_ends={len("Hawija")}) is None


def test_no_description_no_place():
    text = "Troops entered Kirkuk."
    assert find_relative(text, text.index("Kirkuk"), len(text) - 1, ANCHOR) is None
