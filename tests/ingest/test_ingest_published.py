import datetime as dt

from hypothesis import given, settings, strategies as st

from timeline.ingest.published import date_problem, find_text_dates, parse_date

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


@given(DAYS)
def test_iso_forms_round_trip(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.isoformat()}T23:59:00-05:00") == day  # the writer's own calendar day
    assert parse_date(day.strftime("%Y%m%d")) == day


@given(DAYS, st.booleans())
def test_english_forms_round_trip(day, abbreviate):
    month = MONTH_NAMES[day.month - 1][:3] if abbreviate else MONTH_NAMES[day.month - 1]
    assert parse_date(f"{day.day} {month} {day.year}") == day
    assert parse_date(f"{month} {day.day}, {day.year}") == day
    assert parse_date(day.strftime("%a, %d %b %Y 10:00:00 +0000")) == day


@given(st.text(max_size=300))
def test_never_raises_and_returns_a_plausible_date(text):
    found = parse_date(text)
    assert found is None or 1800 <= found.year <= 2200


@settings(deadline=None)
@given(st.text(max_size=2000))
def test_text_dates_never_raise(text):
    stated = find_text_dates(text)
    assert stated.published is None or isinstance(stated.published, dt.date)


def test_ambiguous_and_impossible_dates_are_refused():
    assert parse_date("05/01/2014") is None
    assert parse_date("2014-02-30") is None
    assert parse_date("not a date") is None
    assert parse_date(None) is None


def test_created_label_is_the_publication_date_and_latest_update_only_a_modification():
    stated = find_text_dates("Some headline\n\nLatest update : 2014-01-06\n\nBody text.\n\nDate created : 2014-01-05\n")
    assert stated.published == dt.date(2014, 1, 5)
    assert stated.modified == dt.date(2014, 1, 6)


def test_copyright_year_is_not_a_date_of_writing():
    stated = find_text_dates("Body of the story.\n\nCopyright © 2015 Some Broadcaster. All rights reserved.")
    assert stated == find_text_dates("")


def test_datelines_with_a_year():
    assert find_text_dates("BAGHDAD, Jan. 5, 2014 (Reuters) - Gunmen attacked ...").published == dt.date(2014, 1, 5)
    assert find_text_dates("MOSUL, Iraq, 12 June 2014 - Militants ...").published == dt.date(2014, 6, 12)


def test_dateline_without_a_year_gives_no_date():
    # Guessing the year would need a clock or an anchor: neither is available here.
    assert find_text_dates("BAGHDAD, Jan 5 (Reuters) - Gunmen attacked ...").published is None


def test_dates_deep_in_the_body_are_not_the_publication_date():
    text = "Intro line.\n" + "A paragraph.\n" * 10 + "On 4 January 2014 fighting broke out.\n"
    assert find_text_dates(text).published is None


def test_published_label_variants():
    assert find_text_dates("Published: Sunday 5 January 2014").published == dt.date(2014, 1, 5)
    assert find_text_dates("Posted on January 5, 2014 by admin").published == dt.date(2014, 1, 5)
    assert find_text_dates("Title\n5 January 2014 10:31 GMT\n\nText.").published == dt.date(2014, 1, 5)


@given(DAYS, st.sampled_from(["Latest update : {}", "Last updated: {}", "Updated {}"]))
def test_update_labels_give_only_a_modification_date(day, label):
    stated = find_text_dates(f"Gunmen attacked a checkpoint.\n\n{label.format(day.isoformat())}\n")
    assert stated.published is None and stated.modified == day


@given(DAYS, st.sampled_from(["Date created : {}", "Published: {}", "Posted on {}"]))
def test_publication_labels_anywhere_give_the_publication_date(day, label):
    body = "Gunmen attacked a checkpoint.\n\n" * 20
    assert find_text_dates(body + label.format(day.strftime("%d %B %Y")) + "\n").published == day


@given(st.integers(1900, 2100))
def test_copyright_years_are_never_publication_dates(year):
    assert find_text_dates(f"Gunmen attacked a checkpoint.\n\nCopyright © {year} Some Network\n© {year}") == find_text_dates("")


def test_an_unread_date_is_explained_with_how_to_write_one():
    assert date_problem("03/02/2015") == (
        "'03/02/2015' could be day/month or month/day, so it is not guessed: write dates as YYYY-MM-DD"
    )
    assert date_problem(" soon ") == "'soon' is not a date: write dates as YYYY-MM-DD"
