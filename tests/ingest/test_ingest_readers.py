import datetime as dt
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from timeline.ingest import read_articles
from timeline.ingest.htmlpage import read_html

STORY = "Gunmen attacked a police station in Baqubah on Tuesday, killing three officers."
PAGE = """<!doctype html><html><head><title>Clash in Baqubah - Some News</title>
<meta property="og:title" content="Gunmen attack police in Baqubah">
<meta property="article:published_time" content="2014-01-07T09:30:00+03:00">
<meta property="article:modified_time" content="2014-01-09T10:00:00+03:00">
<script>var tracking = "Militants seized Mosul";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World news: fighting in Aleppo</a></nav>
<article><h1>Gunmen attack police in Baqubah</h1><p>""" + STORY + """</p>
<p>The attackers fled after an hour, a police source said.</p>
<aside>Related: bombing in Kirkuk kills ten</aside></article>
<footer>Copyright 2014 Some News</footer></body></html>"""


def test_txt_file_id_title_and_text(tmp_path):
    (tmp_path / "001_abc.txt").write_text("A clash at a police station in Baqubah\n\n" + STORY, encoding="utf-8")
    [article] = read_articles(tmp_path / "001_abc.txt")
    assert article.id == "001_abc.txt"
    assert article.title == "A clash at a police station in Baqubah"
    assert STORY in article.text and article.status == "processed"
    assert article.published is None and article.published_source == ""


def test_html_main_text_title_and_metadata_date(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = read_articles(tmp_path / "page.html")
    assert article.title == "Gunmen attack police in Baqubah"
    assert article.published == dt.date(2014, 1, 7) and article.published_source == "metadata"
    assert STORY in article.text
    for furniture in ("tracking", "color", "Aleppo", "Kirkuk", "Copyright"):
        assert furniture not in article.text


def test_html_json_ld_and_time_element():
    page = read_html('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
                     '"headline": "H", "datePublished": "2015-03-02"}]}</script><p>' + STORY + "</p>")
    assert page.published == dt.date(2015, 3, 2) and page.title == "H"
    page = read_html('<p><time datetime="2016-05-04T10:00">4 May</time> ' + STORY + "</p>")
    assert page.published == dt.date(2016, 5, 4)


def test_html_modified_time_is_only_a_last_resort(tmp_path):
    (tmp_path / "a.html").write_text(
        '<meta property="article:modified_time" content="2014-01-09"><p>' + STORY + "</p>", encoding="utf-8"
    )
    [article] = read_articles(tmp_path / "a.html")
    assert article.published == dt.date(2014, 1, 9) and "upper bound" in article.reason
    [article] = read_articles(tmp_path / "a.html", published=dt.date(2014, 1, 8))
    assert article.published == dt.date(2014, 1, 8) and article.published_source == "option"


def test_jsonl_and_csv_columns_are_matched_case_insensitively_with_synonyms(tmp_path):
    rows = [{"Body": STORY, "Date": "2014-01-07", "Headline": "Clash", "Link": "https://example.org/1", "ID": "x1"},
            {"Body": STORY + " Again."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    pd.DataFrame(rows).to_csv(tmp_path / "b.csv", index=False)
    for name in ("a.jsonl", "b.csv"):
        first, second = read_articles(tmp_path / name)
        assert (first.id, first.title, first.url) == ("x1", "Clash", "https://example.org/1")
        assert first.published == dt.date(2014, 1, 7) and first.published_source == "input"
        assert second.id == (f"{name}#2" if name == "a.jsonl" else f"{name}#3")
        assert second.published is None


def test_malformed_lines_are_skipped_with_their_line_number_and_the_rest_read(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": STORY}) + '\n{"text": "broken\n[1, 2]\n' + json.dumps({"text": STORY}) + "\n", encoding="utf-8"
    )
    articles = read_articles(tmp_path / "a.jsonl")
    assert [a.status for a in articles] == ["processed", "skipped", "skipped", "processed"]
    assert articles[1].reason.startswith("line 2: malformed JSON")
    assert articles[2].reason == "line 3: not a JSON object"
    (tmp_path / "b.csv").write_text(f'text,title\n"{STORY}",ok\n"a,b,c",x,y\n"{STORY}",ok\n', encoding="utf-8")
    articles = read_articles(tmp_path / "b.csv")
    assert [a.status for a in articles] == ["processed", "skipped", "processed"]
    assert articles[1].reason.startswith("line 3: malformed CSV")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_saved_with_another_delimiter_is_read(tmp_path, delimiter):
    (tmp_path / "a.csv").write_text(f"Text{delimiter}Date\n\"{STORY}\"{delimiter}2014-01-07\n", encoding="utf-8")
    (article,) = read_articles(tmp_path / "a.csv")
    assert article.status == "processed" and article.text == STORY
    assert article.published == dt.date(2014, 1, 7)


@pytest.mark.parametrize("indent", [None, 2])
def test_a_json_array_saved_as_jsonl_is_one_skipped_file_that_says_what_to_do(tmp_path, indent):
    (tmp_path / "a.jsonl").write_text(json.dumps([{"text": STORY}, {"text": STORY}], indent=indent), encoding="utf-8")
    (article,) = read_articles(tmp_path / "a.jsonl")
    assert (article.id, article.status) == ("a.jsonl", "skipped")
    assert article.reason.startswith("a JSON array, not JSON lines: put one article object on each line")


def test_dataframe_and_list_of_strings():
    frame = pd.DataFrame({"TEXT": [STORY, ""], "published": ["2014-01-07", None]})
    first, second = read_articles(frame)
    assert first.id == "row-1" and first.published == dt.date(2014, 1, 7)
    assert second.status == "skipped" and second.reason == "no text"
    articles = read_articles([STORY, STORY], published=dt.date(2014, 1, 8))
    assert [a.id for a in articles] == ["text-1", "text-2"]
    assert all(a.published_source == "option" for a in articles)
    with pytest.raises(ValueError, match="no text column"):
        read_articles(pd.DataFrame({"words": ["x"]}))


def test_a_table_without_a_text_column_says_how_to_name_it(tmp_path):
    (tmp_path / "a.csv").write_text("headline,date\nClash,2015-01-01\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"headline": "Clash"}) + "\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text("file,published\na.txt,2015-01-01\n", encoding="utf-8")
    articles = {a.id: a.reason for a in read_articles(tmp_path)}
    assert articles["a.csv"] == ("no text column (columns: headline, date): "
                                 "name the column that holds the article text 'text' (or body, content, article)")
    assert articles["b.jsonl#1"].endswith("name the field that holds the article text 'text' (or body, content, article)")
    assert articles["m.csv"] == "a manifest (a 'file' column, no text): pass it with --manifest"
    with pytest.raises(ValueError, match="name the column that holds the article text"):
        read_articles(pd.DataFrame({"words": ["x"]}))


def test_folders_recursive_globs_and_lists(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    articles = {a.id: a for a in read_articles(tmp_path)}
    assert set(articles) == {"a.txt", "sub/a.txt", "b.txt", "notes.docx"}
    assert articles["notes.docx"].reason.startswith("unsupported file type (.docx): articles are read from .txt")
    assert [a.id for a in read_articles(str(tmp_path / "**" / "b.txt"))] == ["b.txt"]
    assert [a.id for a in read_articles([tmp_path / "a.txt", str(tmp_path / "sub" / "b.txt")])] == ["a.txt", "b.txt"]


def test_a_lone_text_is_taken_for_a_path_and_the_message_says_how_to_pass_texts():
    with pytest.raises(FileNotFoundError, match="pass a list of texts"):
        read_articles(STORY)


def test_missing_inputs(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        read_articles(tmp_path / "nowhere")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    articles = read_articles([tmp_path / "a.txt", tmp_path / "gone.txt"])
    assert articles[1].status == "skipped" and articles[1].reason == "not found"


def test_manifest_dates_win_and_its_faults_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Date created : 2014-01-05\n\n" + STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "m.csv").write_text(
        "file,published,title\na.txt,2014-01-04,Title A\nb.txt,2014-13-45,\ngone.txt,2014-01-01,\n", encoding="utf-8"
    )
    articles = {a.id: a for a in read_articles(tmp_path, manifest=tmp_path / "m.csv", published=dt.date(2014, 2, 1))}
    assert set(articles) == {"a.txt", "b.txt", "gone.txt"}
    assert (articles["a.txt"].published, articles["a.txt"].published_source) == (dt.date(2014, 1, 4), "manifest")
    assert articles["a.txt"].title == "Title A"
    assert articles["b.txt"].published_source == "option" and "is not a date" in articles["b.txt"].reason
    assert articles["gone.txt"].status == "skipped" and "manifest (line 4)" in articles["gone.txt"].reason


def test_text_date_beats_the_option_which_is_only_a_default(tmp_path):
    (tmp_path / "a.txt").write_text(STORY + "\n\nDate created : 2014-01-05\n", encoding="utf-8")
    [article] = read_articles(tmp_path / "a.txt", published=dt.date(2020, 1, 1))
    assert (article.published, article.published_source) == (dt.date(2014, 1, 5), "text")


SAFE_TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(SAFE_TEXT, st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))), min_size=1, max_size=8))
def test_jsonl_and_csv_round_trip_any_text(tmp_path, rows):
    frame = pd.DataFrame([{"text": text, "published": day.isoformat() if day else ""} for text, day in rows])
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_json(tmp_path / "t.jsonl", orient="records", lines=True, force_ascii=False)
    for name in ("t.csv", "t.jsonl"):
        articles = read_articles(tmp_path / name)
        assert len(articles) == len(rows)
        for article, (text, day) in zip(articles, rows):
            if text.strip():
                assert article.text == text and article.published == day
            else:
                assert article.status == "skipped"


@settings(deadline=None)
@given(st.text(max_size=500))
@example("<![0")
@example("<p>Before</p><![if !IE]><p>Shown</p><![endif]><![CDATA[x]]>")
def test_html_reader_never_raises(markup):
    page = read_html(markup)
    assert isinstance(page.text, str)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_skipped_with_a_reason(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("a.txt", "a.html", "a.csv", "a.jsonl"):
        (folder / name).write_bytes(data)
    for article in read_articles(folder):
        assert article.status == "processed" or article.reason


def test_missing_cells_of_any_kind_are_empty_values():
    frame = pd.DataFrame({
        "text": pd.array([STORY, pd.NA, STORY], dtype="string"),
        "date": pd.array([pd.NA, "2014-01-02", "soon"], dtype="string"),
        "id": [7, 8, None],
    })
    first, second, third = read_articles(frame)
    assert (first.id, first.published, first.status) == ("7", None, "processed")
    assert (second.status, second.reason) == ("skipped", "no text")
    assert third.id == "row-3" and "is not a date" in third.reason
