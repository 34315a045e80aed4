"""Representative points of big provinces: the middle of their land, not of their towns."""

import pytest

from gazetteer import Gazetteer
from gazetteer.areas import MIN_CELLS, land_cells, province_points
from gazetteer.resolve import haversine_km

# A square "country" of 20 x 20 degrees whose towns all crowd in its southern strip, with a province boundary
# running north-south through its middle.
SQUARE = {"XX": [[[(0.0, 0.0), (20.0, 0.0), (20.0, 20.0), (0.0, 20.0), (0.0, 0.0)]]]}


def _towns():
    for lon in range(1, 20):
        for lat in (0.5, 1.0, 1.5):
            yield ("XX", "XX.W" if lon < 10 else "XX.E", lat, lon + 0.1)


def test_land_cells_fill_the_outline_and_leave_out_holes():
    square = land_cells(SQUARE["XX"][0:1], size=1.0)
    assert len(square) == 400
    with_hole = [[[(0.0, 0.0), (20.0, 0.0), (20.0, 20.0), (0.0, 20.0), (0.0, 0.0)],
                  [(5.0, 5.0), (10.0, 5.0), (10.0, 10.0), (5.0, 10.0), (5.0, 5.0)]]]
    assert len(land_cells(with_hole, size=1.0)) == 400 - 25


def test_a_province_point_is_the_middle_of_its_land_not_of_its_towns():
    points = province_points(_towns(), outlines=SQUARE)
    west, east = points["XX.W"], points["XX.E"]
    assert 8 < west[0] < 12 and 3 < west[1] < 7   # the middle of the western half, not its towns' 1 degree N
    assert 8 < east[0] < 12 and 13 < east[1] < 17


def test_a_misfiled_town_does_not_drag_the_point():
    # The west is full of towns, the east has a few; one "western" town is filed in the empty east, where it
    # would claim a piece of land of its own.
    towns = [("XX", "XX.W", lat + 0.5, lon + 0.5) for lat in range(20) for lon in range(10)]
    towns += [("XX", "XX.E", lat + 0.5, lon + 0.5) for lat in range(0, 20, 6) for lon in range(10, 20, 6)]
    clean = province_points(towns, outlines=SQUARE)["XX.W"]
    towns.append(("XX", "XX.W", 15.5, 18.5))
    west = province_points(towns, outlines=SQUARE)["XX.W"]
    assert haversine_km(west, clean) < 10


def test_small_provinces_are_left_to_their_towns():
    tiny = {"XX": [[[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]]]}
    assert len(land_cells(tiny["XX"])) < MIN_CELLS
    assert province_points([("XX", "XX.A", 1.0, 1.0)], outlines=tiny) == {}


@pytest.mark.parametrize("name, country, near", [
    ("Ontario", "CA", (49.25, -84.5)),        # towns crowd along the Great Lakes, 300 km south
    ("British Columbia", "CA", (54.0, -125.0)),
    ("New South Wales", "AU", (-32.2, 147.0)),  # towns crowd along the coast
    ("Western Australia", "AU", (-25.0, 122.0)),
])
def test_big_provinces_of_the_index_lie_at_the_middle_of_their_land(name, country, near):
    province = next(p for p in Gazetteer().lookup(name) if p.feature == "admin1" and p.country_code == country)
    assert haversine_km(province.point, near) < 150


@pytest.mark.parametrize("code, references", [
    ("CN", [(35.0, 105.0), (35.0, 103.0)]),   # GeoNames, Wikipedia
    ("AU", [(-25.0, 135.0), (-25.0, 133.0)]),
    ("IN", [(22.0, 79.0), (21.0, 78.0)]),
    ("SD", [(16.0, 30.0), (15.0, 30.0), (15.0, 32.0)]),
    ("NG", [(10.0, 8.0), (8.0, 10.0)]),
    ("JP", [(35.68536, 139.75309), (36.0, 138.0)]),   # GeoNames (Tokyo), the World Factbook
])
def test_a_country_point_suits_both_common_references(code, references):
    country = Gazetteer().country(code)
    assert all(haversine_km(country.point, reference) < 161 for reference in references)


def test_myanmar_is_not_placed_at_its_capital():
    myanmar = Gazetteer().country("MM")
    assert haversine_km(myanmar.point, (19.75, 96.1)) > 161   # Naypyidaw, countryinfo's point
    assert haversine_km(myanmar.point, (22.0, 98.0)) < 161    # the World Factbook's


def test_congo_alone_is_the_bigger_congo():
    gz = Gazetteer()
    assert gz.lookup("Congo")[0].country_code == "CD"
    found = gz.find_places("Ebola spread in the Democratic Republic of Congo and Congo-Brazzaville.")
    assert [(m.text, m.place.country_code) for m in found] == [
        ("Democratic Republic of Congo", "CD"), ("Congo-Brazzaville", "CG")]


def test_a_part_of_a_country_lies_that_way_from_its_middle():
    from gazetteer.areas import part_point

    north, south, west, east = (part_point("IQ", word) for word in ("northern", "South", "west", "eastern"))
    middle = part_point("IQ", "central")
    assert north[0] > middle[0] > south[0] and west[1] < middle[1] < east[1]
    northwest = part_point("PK", "north-west")
    southeast = part_point("PK", "southeast")
    assert northwest[0] > southeast[0] and northwest[1] < southeast[1]  # a diagonal country keeps both parts
    assert part_point("IQ", "upstream") is None and part_point("XX", "north") is None
