from hypothesis import given, settings, strategies as st

from timeline.document import Article, Doc
from timeline.ingest import clean
from timeline.ingest.furniture import remove_furniture as blank_furniture


def remove_furniture(text: str) -> str:
    """Returns what a reader sees of the cleaned text: kept lines stripped, blank lines dropped."""
    cleaned = blank_furniture(text)
    assert len(cleaned) == len(text), "furniture is blanked, not cut: offsets stay valid"
    return squash(cleaned)


def squash(text: str) -> str:
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())

STORY = (
    "Gunmen attacked a police station in the town of Baqubah on Tuesday, killing three officers.\n\n"
    "The attackers fled after a gunfight lasting an hour, a police source said."
)


def test_link_list_with_read_more_lines_is_removed():
    page = (
        "Editors' picks\n\nStorm batters coastal villages\n\nRead more\n\n"
        "Rebels shell border town overnight\n\nRead more\n\n" + STORY
    )
    cleaned = remove_furniture(page)
    assert "Rebels shell" not in cleaned and "Read more" not in cleaned
    assert cleaned.endswith("a police source said.")


def test_related_items_after_the_story_with_category_tags_are_removed():
    page = STORY + "\n\n  • SYRIA\n\n    Car bomb kills dozens in market\n\n    Read more\n"
    assert remove_furniture(page) == squash(STORY)


def test_section_headings_copyright_credits_and_notices_are_removed():
    page = (
        "© Photo: Some Agency\n\nText by A NEWSROOM\n\nLatest update : 2019-03-02\n\n" + STORY + "\n\n"
        "More From This Section\n\nMost Read\n\nShare this article\n\n"
        "Copyright © 2020 A Broadcaster. All rights reserved.\n\n"
        "Please upgrade your browser or enable JavaScript to view this page properly."
    )
    assert remove_furniture(page) == squash(STORY)


def test_author_box_and_biography_are_removed():
    page = STORY + "\n\nAuthor: Jane Roe\n\nJane Roe is a correspondent who has covered the region for ten years."
    assert remove_furniture(page) == squash(STORY)


def test_subheadings_between_paragraphs_are_kept():
    page = "A headline about a clash\n\n" + STORY + "\n\nTribes join the fight\n\n" + STORY
    assert remove_furniture(page) == squash(page)


def test_clean_sets_doc_text_for_offsets():
    text = STORY + "\n\nRead more"
    doc = clean(Doc(article=Article(id="a", text=text)))
    assert doc.text.rstrip() == STORY
    start = text.index("Baqubah")
    assert doc.text[start : start + len("Baqubah")] == "Baqubah", "offsets into doc.text are offsets into the article"


@settings(deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80), max_size=40))
def test_only_whole_lines_are_removed(lines):
    text = "\n".join(lines)
    kept = [line for line in remove_furniture(text).split("\n") if line.strip()]
    stripped = [line.strip() for line in text.split("\n")]
    for line in kept:
        assert line.strip() in stripped


def test_hard_wrapped_paragraphs_are_kept():
    page = (
        "The press conference will be held at the fuel station on South\n"
        "Main Street where the mayor will announce a new programme for\n"
        "Local businesses that remove items from their shelves, officials\n"
        "said on Monday.\n\nImage copyright Some Agency\n\n" + STORY
    )
    assert remove_furniture(page) == squash(page.replace("Image copyright Some Agency\n\n", ""))


def test_a_more_line_after_a_paragraph_drops_no_part_of_the_paragraph():
    page = "Rebels shelled the town\nof Idlib overnight, a monitor said\nMore\n\n" + STORY
    assert remove_furniture(page) == squash(page.replace("\nMore\n", "\n"))
