"""The seed articles (../shared/seeds, skipped when absent): every day-level event reported with a weekday
gets the right calendar day. The expectations were read by hand from the articles and their manifest."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from timeline.dates import find_dates
from timeline.dates.event_date import event_date
from timeline.document import Article, Doc
from timeline.text import split_sentences

# (article, words of the sentence's event, expected day)
WEEKDAY_EVENTS = [
    ("000_462733b91690728a.txt", "has lost Fallujah", "2014-01-04"),  # "said Saturday", published Saturday
    ("000_462733b91690728a.txt", "Fighting erupted in the Ramadi area", "2013-12-30"),  # "Monday"
    ("000_462733b91690728a.txt", "people were killed in Ramadi", "2014-01-03"),  # "On Friday alone"
    ("001_845a50dc352f86b2.txt", "killed at least 13 people", "2014-01-02"),  # "Thursday", published Thursday
    ("002_267fff3a0a54e269.txt", "took control of the border crossing", "2014-06-20"),  # "On Friday"
    ("003_3d02cc06ebd6338a.txt", "ordered a violent crackdown", "2013-12-30"),  # "Monday"
    ("004_1601a2bcdfb07497.txt", "killed more than 34 people", "2014-01-05"),  # "on Sunday"
]


@pytest.fixture(scope="module")
def seed_docs(seeds_dir):
    docs = {}
    with open(seeds_dir / "manifest.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = (seeds_dir / row["file"]).read_text(encoding="utf-8")
            published = dt.date.fromisoformat(row["published"])
            doc = Doc(Article(id=row["file"], text=text, published=published), text=text)
            doc.sentences = split_sentences(text)
            doc.dates = find_dates(text, published)
            docs[row["file"]] = doc
    return docs


@pytest.mark.parametrize("article, words, day", WEEKDAY_EVENTS)
def test_weekday_events_get_their_calendar_day(seed_docs, article, words, day):
    doc = seed_docs[article]
    start = doc.text.index(words)
    date = event_date(doc, doc.sentence_at(start), (start, start + len(words)))
    assert date.date == dt.date.fromisoformat(day), date.source
    assert date.precision == "day"


def test_no_seed_date_after_publication_unless_future(seed_docs):
    for doc in seed_docs.values():
        for expression in doc.dates:
            if expression.earliest is not None and expression.precision == "day" and expression.relative:
                assert expression.earliest <= doc.published, (doc.article.id, expression.text)


def test_background_years_in_seeds_are_flagged(seed_docs):
    doc = seed_docs["000_462733b91690728a.txt"]
    start = doc.text.index("two major assaults")
    date = event_date(doc, doc.sentence_at(start), (start, start + 20))
    assert date.is_background and date.text == "2003"
