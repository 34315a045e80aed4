"""The offline gazetteer behind geopy's Geocoder interface."""

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer import Gazetteer
from gazetteer.geocoder import OfflineGeocoder


@pytest.fixture(scope="module")
def geocoder():
    return OfflineGeocoder(Gazetteer())


def test_is_a_geopy_geocoder(geocoder):
    assert isinstance(geocoder, Geocoder)


def test_geocode_returns_the_best_location(geocoder):
    location = geocoder.geocode("Falluja")
    assert isinstance(location, Location)
    assert location.address == "Al Fallūjah, Al Anbār, Iraq"
    assert abs(location.latitude - 33.349) < 0.01 and abs(location.longitude - 43.786) < 0.01
    assert location.raw["geonameid"] == 99454 and location.raw["feature"] == "populated place"


def test_geocode_many_and_nothing(geocoder):
    locations = geocoder.geocode("Springfield", exactly_one=False, limit=4)
    assert len(locations) == 4 and all(isinstance(loc, Location) for loc in locations)
    assert geocoder.geocode("Qqxzzy") is None
    assert geocoder.geocode("Qqxzzy", exactly_one=False) is None


def test_container_after_a_comma_and_country_codes(geocoder):
    assert geocoder.geocode("Paris, Texas").raw["country_code"] == "US"
    assert geocoder.geocode("Paris").raw["country_code"] == "FR"
    assert geocoder.geocode("Hit, Anbar").raw["country_code"] == "IQ"
    assert geocoder.geocode("Paris", country_codes=["us"]).raw["country_code"] == "US"
    assert geocoder.geocode("Paris", country_codes="CA").raw["country_code"] == "CA"


def test_default_gazetteer_is_used_when_none_given():
    assert OfflineGeocoder().geocode("Mosul").raw["country_code"] == "IQ"
