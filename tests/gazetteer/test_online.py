"""The opt-in online fallback, against a local server answering in Nominatim's format (never the internet)."""

import json
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders import Nominatim

from gazetteer import Gazetteer
from gazetteer.folding import fold
from gazetteer.sources import OnlineSource

SAQLAWIYAH = {
    "place_id": 1, "licence": "Data © OpenStreetMap contributors, ODbL 1.0", "osm_type": "node", "osm_id": 42,
    "lat": "33.3985", "lon": "43.6866", "class": "place", "type": "town", "place_rank": 16, "importance": 0.41,
    "addresstype": "town", "name": "Saqlawiyah",
    "display_name": "Saqlawiyah, Fallujah District, Anbar Governorate, Iraq",
    "address": {"town": "Saqlawiyah", "state": "Anbar Governorate", "country": "Iraq", "country_code": "iq"},
    "boundingbox": ["33.38", "33.41", "43.67", "43.70"],
}


class FakeNominatim(BaseHTTPRequestHandler):
    requests: list[dict] = []
    failing = False

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        type(self).requests.append(query)
        if type(self).failing:
            self.send_error(500, "overloaded")
            return
        answer = [SAQLAWIYAH] if "saqlawiy" in query.get("q", [""])[0].lower() else []
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    FakeNominatim.requests = []
    FakeNominatim.failing = False
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _source(server, tmp_path, delay=0.0):
    geocoder = Nominatim(domain=f"127.0.0.1:{server.server_address[1]}", scheme="http", user_agent="tests")
    return OnlineSource(geocoder, cache_path=tmp_path / "online.sqlite", min_delay_seconds=delay)


@pytest.fixture(scope="module")
def embedded():
    return Gazetteer().sources


def test_unknown_names_are_asked_online_once_then_cached(server, tmp_path, embedded):
    gz = Gazetteer(sources=[*embedded, _source(server, tmp_path)])
    assert not gz.known(fold("Saqlawiya"))  # the fallback never answers known(): it would be asked for every n-gram
    place = gz.lookup("Saqlawiyah")[0]
    assert (place.name, place.country_code, place.admin1, place.feature) == \
        ("Saqlawiyah", "IQ", "Anbar Governorate", "populated place")
    assert place.point == (33.3985, 43.6866) and place.source == "nominatim"
    assert FakeNominatim.requests[0]["q"] == ["Saqlawiyah"] and FakeNominatim.requests[0]["addressdetails"] == ["1"]
    assert gz.lookup("Saqlawiyah")[0] == place
    assert len(FakeNominatim.requests) == 1


def test_the_cache_persists_across_processes_and_outages(server, tmp_path, embedded):
    Gazetteer(sources=[_source(server, tmp_path)]).lookup("Saqlawiyah")
    assert Gazetteer(sources=[_source(server, tmp_path)]).lookup("Nowhere Qqx") == []
    server.shutdown()
    again = Gazetteer(sources=[_source(server, tmp_path)])
    assert again.lookup("Saqlawiyah")[0].name == "Saqlawiyah"
    assert again.lookup("Nowhere Qqx") == []  # "nothing found" is cached too
    assert len(FakeNominatim.requests) == 2


def test_offline_names_never_go_online(server, tmp_path, embedded):
    gz = Gazetteer(sources=[*embedded, _source(server, tmp_path)])
    assert gz.lookup("Fallujah")[0].source == "embedded"
    assert gz.lookup_key("qqxzzy") == []
    assert FakeNominatim.requests == []


def test_a_failing_geocoder_warns_and_the_lookup_goes_on(server, tmp_path):
    FakeNominatim.failing = True
    gz = Gazetteer(sources=[_source(server, tmp_path)])
    with pytest.warns(UserWarning, match="online geocoder skipped"):
        assert gz.lookup("Saqlawiyah") == []
    FakeNominatim.failing = False
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert gz.lookup("Saqlawiyah")[0].name == "Saqlawiyah"  # failures are not cached


def test_requests_are_rate_limited(server, tmp_path):
    source = _source(server, tmp_path, delay=0.3)
    start = time.monotonic()
    for name in ("Saqlawiyah", "Saqlawiya", "Saqlawiyya"):
        source.search(name, "")
    assert time.monotonic() - start >= 0.55
    assert len(FakeNominatim.requests) == 3
