"""Synthetic events tables for the render tests and the benchmark (no real reports: made-up values)."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from timeline.render.style import EVENT_TYPE_COLORS
from timeline.table import events_frame

SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Looting/property destruction", "Headquarters or base established"],
}
ACTORS = ["Military Forces of Iraq", "ISIS", "Police Forces", "Tribal militia", "Civilians", "Protesters", "Rebels", ""]
TOWNS = [("Aleppo", 36.20, 37.16, "SY", "Aleppo"), ("Homs", 34.73, 36.71, "SY", "Homs"),
         ("Mosul", 36.34, 43.13, "IQ", "Nineveh"), ("Ramadi", 33.42, 43.30, "IQ", "Anbar"),
         ("Sanaa", 15.35, 44.21, "YE", "Sanaa"), ("Benghazi", 32.12, 20.07, "LY", "Benghazi"),
         ("Kabul", 34.53, 69.17, "AF", "Kabul"), ("Gao", 16.27, -0.04, "ML", "Gao")]


WORDS = ("the army said fighters from the group attacked a checkpoint near market after morning prayers while "
         "residents fled toward river villages and officials reported wounded civilians in hospital").split()


def synthetic_events(n: int, seed: int = 1, start: dt.date = dt.date(2013, 1, 1), days: int = 730,
                     extra_words: int = 0) -> pd.DataFrame:
    """Returns ``n`` made-up events spread over ``days`` days and a few towns, with mixed precisions.

    ``extra_words`` random words lengthen each evidence sentence (about 6 characters a word), to
    measure pages whose evidence is long and never repeats.
    """
    rng = random.Random(seed)
    types = list(EVENT_TYPE_COLORS)
    rows = []
    for k in range(n):
        event_type = rng.choice(types)
        town, lat, lon, cc, admin1 = rng.choice(TOWNS)
        precision = rng.choices(["day", "week", "month"], weights=[8, 1, 1])[0]
        day = start + dt.timedelta(days=rng.randrange(days))
        first, last = day, day
        if precision == "week":
            first = day - dt.timedelta(days=day.weekday())
            last = first + dt.timedelta(days=6)
        elif precision == "month":
            first = day.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        geo_precision = rng.choices([1, 2, 3], weights=[6, 2, 2])[0]
        trigger = rng.choice(["clashed", "struck", "attacked", "protested"])
        evidence = f"Report {k}: forces {trigger} near {town} on that day, leaving {k % 7} dead."
        if extra_words:
            evidence += " " + " ".join(rng.choice(WORDS) for _ in range(extra_words)) + "."
        rows.append({
            "event_id": f"ev{k:06d}", "article_id": f"article{k % 997}.txt", "sources": f"article{k % 997}.txt",
            "date": day.isoformat(), "date_start": first.isoformat(), "date_end": last.isoformat(),
            "time_precision": precision, "event_type": event_type, "sub_event_type": rng.choice(SUB_TYPES[event_type]),
            "actor1": rng.choice(ACTORS), "actor2": rng.choice(ACTORS), "fatalities": k % 7 if k % 5 else None,
            "location": town, "latitude": lat + rng.uniform(-0.8, 0.8), "longitude": lon + rng.uniform(-0.8, 0.8),
            "geo_precision": geo_precision, "country_code": cc, "admin1": admin1,
            "location_start": None, "location_end": None, "trigger_start": None, "trigger_end": None,
            "evidence": evidence, "trigger": trigger, "date_source": "the date stated in the sentence",
            "place_source": "the town named in the sentence", "title": f"Article {k % 997}",
            "url": f"https://news.example.org/{k % 997}", "publisher": "Example News",
        })
    return events_frame(rows)
