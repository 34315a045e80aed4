from timeline.text import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_splits_on_full_stops_and_keeps_offsets():
    text = "Rebels took the town on Monday. The army withdrew.  Residents fled!"
    assert sentences(text) == ["Rebels took the town on Monday.", "The army withdrew.", "Residents fled!"]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Gen. Ali Majeed met Mr. Smith in the U.S. capital on Jan. 5 and left. Then he spoke."
    assert sentences(text) == ["Gen. Ali Majeed met Mr. Smith in the U.S. capital on Jan. 5 and left.", "Then he spoke."]


def test_a_mountain_or_a_fort_abbreviated_does_not_end_a_sentence():
    text = "Troops fought on the slopes of Mt. Kenya and near Ft. Portal. Then they withdrew."
    assert sentences(text) == ["Troops fought on the slopes of Mt. Kenya and near Ft. Portal.", "Then they withdrew."]


def test_headline_lines_and_paragraphs_are_separate_sentences():
    text = "Army retakes city\n\nTroops entered the city on Sunday, officials said."
    assert sentences(text) == ["Army retakes city", "Troops entered the city on Sunday, officials said."]


def test_closing_quote_stays_with_its_sentence():
    text = '"We will win," he said. "The siege could take days."'
    assert sentences(text) == ['"We will win," he said.', '"The siege could take days."']


def test_empty_text_has_no_sentences():
    assert split_sentences("   \n ") == []


def test_a_clock_time_glossed_in_brackets_does_not_end_a_sentence():
    text = "The bomb went off at 10:30 a.m. (0830 GMT) near the base in Arish. Police said five died."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The bomb went off at 10:30 a.m. (0830 GMT) near the base in Arish.", "Police said five died."]
    text = "The bomb went off at 8 a.m. Police said five died."
    assert len(split_sentences(text)) == 2
