"""Recognition: the spans of a text that name places, found the way a reader finds them.

Capitalised word sequences (up to the gazetteer's longest name) are looked up by their folded key, longest
first. A match is kept unless the context says it is something else: a common word ("Police", "May"), part of
a person's name ("Jordan Smith", "Gen. Jackson", "Hillary Clinton"), or a word that is lowercase elsewhere in
the same text. Country adjectives and demonyms ("Iraqi", "Americans") are found from a table. Each
:class:`Candidate` records the cues a resolver and the role classifier need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gazetteer.folding import fold
from gazetteer.gazetteer import demonyms
from gazetteer.place import Place

DATA = Path(__file__).parent / "data"

# Lowercase words allowed inside a multi-word name ("Isle of Wight", "Trinidad and Tobago", "Rio de Janeiro").
CONNECTORS = {"of", "and", "de", "del", "la", "le", "du", "da", "do", "dos", "das", "upon", "on", "the", "sur",
              "al", "el", "bin", "ibn", "am", "an", "der", "den", "von", "y", "i", "e", "di"}
# Lowercase Arabic articles that may open a name ("al-Qaim", "al Anbar").
ARTICLES = {"al", "el", "as", "ash", "ad", "ar", "an", "at", "az", "ez", "ed", "es", "en", "er", "et"}
# Articles that are English words too: followed by a space they are the English word ("people at Zara" is not
# "Atzara"); glued by a hyphen they open a name ("at-Tall").
_ENGLISH_WORD_ARTICLES = {"as", "an", "at"}
# Words before a name that say a place follows.
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "on", "over", "past", "beyond", "outside", "inside",
                      "across", "throughout", "toward", "towards", "around", "via", "through", "between", "reach",
                      "reached", "entered", "captured", "seized", "visited", "village", "town", "city", "province",
                      "district", "capital", "governorate", "region", "county", "suburb", "outskirts", "north",
                      "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
                      "southern", "eastern", "western", "central"}
# Words after a name that say it is a place ("Anbar province", "the Ramadi area").
PLACE_TYPES = {"province", "provinces", "county", "counties", "city", "district", "districts", "governorate",
               "state", "region", "town", "village", "area", "parish", "borough", "township", "valley",
               "municipality", "prefecture", "oblast", "territory", "neighborhood", "neighbourhood", "suburb",
               "border", "river", "island", "islands", "airport", "port", "harbor", "harbour", "mountains",
               "police", "hospital", "sheriff", "school", "schools", "residents", "area's", "streets"}
# Capitalised words after a town's name that make a local institution of it ("Cottonport Fire Station"):
# the name is still the town.
FACILITIES = {"fire", "high", "middle", "elementary", "library", "church", "memorial", "regional", "municipal",
              "public", "community", "city", "town", "village", "township", "board", "station", "road", "street",
              "avenue", "mall", "park", "square", "bridge", "hall", "center", "centre", "campus", "jail",
              "prison", "zoo", "stadium", "market", "mosque", "cathedral", "court", "courthouse", "council",
              "county", "police", "sheriff", "hospital", "school", "airport", "port", "harbor", "harbour",
              "state", "district", "department", "office", "area", "metro", "international", "national"}
# Lowercase words after a place's name that make it the name of a pathogen or a disease.
DISEASE_WORDS = {"virus", "viruses", "fever", "disease", "strain", "flu", "influenza", "syndrome", "ebolavirus",
                 "variant", "encephalitis"}
# Capitalised words before a name that do not make it part of another name ("Western Iraq", "Greater London").
MODIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
             "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
             "southwestern", "upper", "lower", "greater", "downtown", "metro", "metropolitan", "rural", "inner",
             "outer", "old", "the", "in", "at", "from", "to", "of", "and", "near", "across", "for", "by", "on",
             "with", "into", "outside", "between", "after", "before", "since", "while", "when", "as", "but",
             "both", "all", "most", "many", "some", "meanwhile", "elsewhere", "residents", "and", "or", "nor",
             "where", "like", "including", "than", "that", "said", "says", "against", "over", "under",
             "through", "during", "until", "a", "an", "this", "its", "his", "her", "their", "our", "also",
             "neighboring", "neighbouring", "nearby", "mainland", "coastal", "southernmost", "northernmost"}
_ARTICLE_PREFIXES = tuple(article + "-" for article in ARTICLES)
# Lowercase words inside a hyphenated name ("Port-au-Prince", "Stratford-upon-Avon", "Aix-en-Provence").
_HYPHEN_CONNECTORS = {"au", "aux", "de", "du", "des", "la", "le", "les", "en", "sur", "sous", "upon", "on", "am",
                      "an", "der", "den", "von", "di", "da", "del",
                      "e", "i"}  # the Persian and Urdu ezafe: "Mazar-e-Sharif", "Mazar-i-Sharif"
_ARTICLE_GLUED = re.compile(r"^(?:" + "|".join(sorted(ARTICLES)) + r")[-'’][A-Z]")
_TOKEN = re.compile(r"(?:[A-Z][a-z]?\.){2,}|[^\W\d_](?:[\w-]*\w)?(?:['’](?!s\b)\w(?:[\w-]*\w)?)*")
_STATE_SCHOOL_AFTER = re.compile(r" State (?:University|College)\b")
_ARTICLE_NEXT = re.compile(r" (?:(?:" + "|".join(sorted(ARTICLES)) + r")-\s+|(?:al|el)\s+)[A-Z]")
_AYN_NEXT = re.compile(r" ['‘’][A-Z][a-z]+\b(?!['’])")
_WORK_BEFORE = re.compile(r"\b(?:movie|film|novel|book|song|album|play|opera|musical|submarine|ship|vessel|tanker|"
                          r"frigate|destroyer|cruiser|carrier|ferry|yacht|liner|freighter|trawler|flagship|warship|"
                          r"newspaper|magazine|daily|weekly|tabloid|broadcaster|airline|band)\s+[`'\"“‘]*$")
# Capitalised landforms that a demonym before them names ("the Turkmen Mountains", "the Libyan Desert"): the
# two words are the landform's name, not the country.
# "Alps" stays apart: "the French Alps" is the Alps, which the gazetteer places.
_LANDFORMS = {"mountains", "mountain", "desert", "plateau", "highlands", "hills", "plains", "steppe", "sea", "gulf",
              "peninsula"}
_ADJECTIVE_ENDING = re.compile(r"(?:ic|ical|ian|ern|oric)$")
_SCHOOLS = {"university", "college", "institute", "academy"}
_BEARINGS = {"northern", "southern", "eastern", "western"}
_NAMED_SITES = {"square", "bridge", "park", "hall", "mall", "stadium", "mosque", "church", "cathedral", "market",
                "center", "centre", "campus", "station", "hospital"}
_SITE_KIND_AFTER = re.compile(r" (?:hospital|mosque|hotel|school|university|church|shrine|market|prison|stadium)s?\b")
_OWNER_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w-]*['’]s\s+$")
_IDENTIFIED_AS_BEFORE = re.compile(r"\bidentified\s+(?:only\s+)?as\s+$")
_SPEAKS_AFTER = re.compile(r",?\s+(?:(?:has|had|have|also|later|then|earlier|again)\s+)?(?:said|says|told|tells|met|meets|"
                           r"added|asked|argued|wrote|explained|noted|insisted|stated|replied|recalled|spoke)\b")
_NUMBER_AFTER = re.compile(r" \d")
# A person's kin, lawyer, car, home town or visit, after the possessive of a name ("Kowalski's wife", "Morrison's
# car"): a person's name, whatever small town somewhere shares it.
_PERSONAL_POSSESSION_AFTER = re.compile(
    r"['’]s\s+(?:(?:own|new|late|former|elder|younger|eldest|youngest)\s+)?(?:wife|husband|widow|son|sons|daughter|"
    r"daughters|family|father|mother|brother|brothers|sister|sisters|lawyer|lawyers|attorney|car|jeep|"
    r"apartment|hometown|home\s+town|birthplace|visit|arrest|funeral|body|bodyguards|supporters|followers)\b")
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$")
_SENTENCE_END = re.compile(r"(?:[.!?:;]['\"”’)]*|\n)\s*[\"“‘'(\[]*\s*$")


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """Returns the recognition word lists of ``gazetteer/data`` by name (function, common, titles, ...)."""
    return {
        "function": _word_list("geoparse_function_words.txt"),
        "common": _word_list("geoparse_common_words.txt"),
        "titles": _word_list("geoparse_titles.txt"),
        "first_names": _word_list("geoparse_first_names.txt"),
        "org": _word_list("geoparse_org_words.txt"),
        "organisations": frozenset(fold(name) for name in _word_list("geoparse_organisations.txt")),
    }


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str | None]]:
    """Returns ``{abbreviation: (full name, country code or None)}`` ("Ga." -> ("Georgia", "US"))."""
    table = {}
    with open(DATA / "geoparse_abbreviations.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            abbreviation, name, country = (line.rstrip("\n").split("\t") + [""])[:3]
            table[abbreviation] = (name, country or None)
    return table


@dataclass(slots=True)
class Token:
    """A word of the text; ``capitalised`` is True for "Baghdad", "US" and "al-Qaim" (an Arabic article glued
    to a capitalised word)."""

    start: int
    end: int
    text: str
    capitalised: bool = False


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with the cues found around it.

    ``kind`` is ``"name"`` (looked up by its own spelling; ``country_code`` is the country a landform named
    after its demonym speaks for, "the Syrian Desert"), ``"abbreviation"`` (looked up as ``lookup_name`` within
    ``country_code``) or ``"demonym"`` (the country ``country_code``).
    """

    start: int
    end: int
    text: str
    key: str
    kind: str = "name"
    lookup_name: str = ""
    country_code: str | None = None
    sentence_initial: bool = False
    cue: bool = False
    possessive: bool = False
    hyphen_suffix: str = ""
    followed_by_org: bool = False
    tokens: int = 1


def tokenize(text: str) -> list[Token]:
    """Returns the word tokens of ``text``: possessive "'s" split off, "US-led" cut to "US"."""
    tokens = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        start, word = match.start(), match.group()
        if word == "s" and text[start - 1:start] in ("'", "’"):
            continue  # the possessive ending
        if "-" in word and (not word.startswith(_ARTICLE_PREFIXES) or word.count("-") > 1):
            parts = word.split("-")
            # Cut at the first lowercase part that is not an Arabic article before a capitalised one.
            for index in range(1, len(parts)):
                part = parts[index]
                nxt = parts[index + 1] if index + 1 < len(parts) else ""
                if part and part[0].islower() and not ((part in ARTICLES or part in _HYPHEN_CONNECTORS)
                                                       and nxt[:1].isupper()):
                    word = "-".join(parts[:index])
                    break
        first = word[0]
        capitalised = first.isupper() or (first in "ae" and "-" in word and bool(_ARTICLE_GLUED.match(word)))
        append(Token(start, start + len(word), word, capitalised))
    return tokens


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start]
    return start == 0 or not before.strip(" \t\"“‘'([") or bool(_SENTENCE_END.search(before))


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Returns the spans of lines written in title case (headlines), where capitals say nothing."""
    spans, offset = [], 0
    for line in text.split("\n"):
        words = re.findall(r"[^\W\d_]+", line)
        long_words = [w for w in words if len(w) > 3]
        if len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


class Recognizer:
    """Finds the candidate place spans of a text with a gazetteer's ``known`` and ``max_name_words``."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.max_words = max(1, min(int(getattr(gazetteer, "max_name_words", 6) or 6), 8))
        self.words = word_lists()
        self.abbreviations = abbreviations()
        self.demonyms = demonyms()

    def candidates(self, text: str) -> list[Candidate]:
        """Returns the candidate place spans of ``text`` in reading order, false friends removed."""
        tokens = tokenize(text)
        lowercase_words = {t.text for t in tokens if t.text.islower()}
        headline_spans = _title_case_lines(text)
        found: list[Candidate] = []
        person_words: set[str] = set()
        self._named_people = _after_titles(text, tokens, self.words["titles"])
        index = 0
        while index < len(tokens):
            if not tokens[index].capitalised and tokens[index].text not in ARTICLES:
                index += 1
                continue
            candidate, width = self._match_at(text, tokens, index)
            if candidate is None:
                index += 1
                continue
            if width > 1 and tokens[index].text.lower() in ("a", "an", "the"):
                # "A New Jersey woman": "A New" (Änew, Turkmenistan) gives way to the longer "New Jersey".
                later, _ = self._match_at(text, tokens, index + 1)
                if later is not None and later.end > candidate.end:
                    index += 1
                    continue
            in_headline = any(s <= candidate.start < e for s, e in headline_spans)
            verdict = self._judge(text, tokens, index, width, candidate, lowercase_words, in_headline)
            if verdict == "person":
                person_words.add(candidate.key)
                # The name before a surname is the given name, not a place: "Nadia Wilkinson".
                if (found and index > 0 and found[-1].end == tokens[index - 1].end and not found[-1].cue
                        and found[-1].tokens == 1 and not self._is_major(found[-1].key)):
                    person_words.add(found.pop().key)
            elif verdict == "place":
                found.append(candidate)
            index += width
        # A word once used as part of a person's name is that person elsewhere too ("Clinton said").
        return [c for c in found if not (c.tokens == 1 and c.kind == "name" and c.key in person_words
                                         and not c.cue and not self._is_major(c.key))]

    # -------------------------------------------------------------- matching

    def _match_at(self, text: str, tokens: list[Token], index: int) -> tuple[Candidate | None, int]:
        first = tokens[index]
        opens_with_article = (first.text.lower() in ARTICLES and first.text not in _ENGLISH_WORD_ARTICLES
                              and index + 1 < len(tokens)
                              and tokens[index + 1].capitalised and _joined(text, first, tokens[index + 1]))
        if not first.capitalised and not opens_with_article:
            return None, 1
        abbreviation = self._abbreviation_at(text, tokens, index)
        if abbreviation:
            return abbreviation, abbreviation.tokens
        limit = min(len(tokens), index + self.max_words)
        last = index
        # A possessive may sit inside a name ("People's Republic of China"); if the longer name is unknown, the
        # shorter one before it still matches ("Iraq's Anbar" -> "Iraq").
        while last + 1 < limit and (_joined(text, tokens[last], tokens[last + 1])
                                    or text[tokens[last].end:tokens[last + 1].start] in ("'s ", "’s ")):
            nxt = tokens[last + 1]
            if not nxt.capitalised and nxt.text not in CONNECTORS:
                break
            last += 1
        for end_index in range(last, index - 1, -1):
            end_token = tokens[end_index]
            if not end_token.capitalised:
                continue
            surface = text[first.start:end_token.end]
            key = fold(surface)
            # "Iraqi", "Sri Lankan"; a country's own name that is also a plural demonym ("Laos") is the country
            if not surface.isupper() and key in self.demonyms and not self._is_country_named(key):
                landform = self._landform_after(text, tokens, end_index)
                if landform is not None:
                    surface = text[first.start:landform.end]
                    # the demonym's country still speaks for the article's country ("the Syrian Desert near Palmyra")
                    return Candidate(first.start, landform.end, surface, fold(surface), lookup_name=surface,
                                     country_code=self.demonyms[key], tokens=end_index - index + 2), end_index - index + 2
                return Candidate(first.start, end_token.end, surface, key, kind="demonym",
                                 country_code=self.demonyms[key], tokens=end_index - index + 1), end_index - index + 1
            if key and self.gazetteer.known(key):
                return Candidate(first.start, end_token.end, surface, key, lookup_name=surface,
                                 tokens=end_index - index + 1), end_index - index + 1
        # "Paris-Henry County", "Watertown-ML": a known first part of an unknown hyphenated word.
        head = first.text.split("-")[0]
        if head != first.text and head[:1].isupper() and len(head) > 2 and self.gazetteer.known(fold(head)):
            return Candidate(first.start, first.start + len(head), head, fold(head), lookup_name=head), 1
        return None, 1

    @staticmethod
    def _landform_after(text: str, tokens: list[Token], index: int) -> Token | None:
        """Returns the capitalised landform right after the demonym ending at ``tokens[index]``, or None."""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (following is not None and following.capitalised and following.text.lower() in _LANDFORMS
                and _joined(text, tokens[index], following)):
            return following
        return None

    def _abbreviation_at(self, text: str, tokens: list[Token], index: int) -> Candidate | None:
        token = tokens[index]
        match = _abbreviation_pattern().match(text, token.start)
        if match is None:
            return None
        surface = match.group()
        entry = self.abbreviations[surface]
        # "Ga.", "Miss.", "Man." read as states only right after "Town, " (single-dot forms are also words).
        if surface.count(".") == 1:
            before = text[max(0, token.start - 40):token.start]
            if not re.search(r"[A-Z][\w.'’-]*,\s*$", before):
                return None
        name, country = entry
        width = sum(1 for t in tokens[index:index + 4] if t.start < match.end())
        return Candidate(token.start, match.end(), surface, fold(name), kind="abbreviation", lookup_name=name,
                         country_code=country, cue=True, tokens=width)

    # -------------------------------------------------------------- judging

    def _judge(self, text: str, tokens: list[Token], index: int, width: int, candidate: Candidate,
               lowercase_words: set[str], in_headline: bool) -> str:
        """Returns "place", "person" (part of a person's name) or "word" (something else)."""
        words = self.words
        previous = tokens[index - 1] if index > 0 else None
        following = tokens[index + width] if index + width < len(tokens) else None
        prev_joined = previous is not None and _joined(text, previous, tokens[index])
        next_joined = following is not None and _joined(text, tokens[index + width - 1], following)
        prev_word = previous.text.lower().rstrip(".") if previous else ""
        next_word = following.text.lower() if following else ""
        candidate.sentence_initial = _sentence_initial(text, candidate.start)
        candidate.possessive = text[candidate.end:candidate.end + 2] in ("'s", "’s")
        after = text[candidate.end:candidate.end + 20]
        suffix = re.match(r"-([a-z]+)", after)
        candidate.hyphen_suffix = suffix.group(1) if suffix else ""
        candidate.followed_by_org = self._opens_organisation(text, tokens, index + width)
        if candidate.kind == "abbreviation":
            return "place"
        surface_lower = candidate.text.lower()
        single = candidate.tokens == 1
        if candidate.key in words["organisations"] or _CONTRACTION.search(candidate.text):
            return "word"
        # Firms and partnerships: "Stevens & Wilkinson", "Johnson & Johnson".
        if re.match(r"\s*&\s*[A-Z]", text[candidate.end:candidate.end + 5]) or re.search(
                r"[A-Z][\w'’.-]*\s*&\s*$", text[max(0, candidate.start - 30):candidate.start]):
            return "word"
        if candidate.kind == "demonym":
            return "place"
        # "Ball State University": a common word before "State University" names the school, not a town
        # ("Youngstown State University" is in Youngstown)
        if (_STATE_SCHOOL_AFTER.match(text, candidate.end) and surface_lower in words["common"]
                and not self._is_province(candidate.key)):
            return "word"
        if single and not candidate.text.isupper() and (surface_lower in words["function"]
                                                        or surface_lower in words["titles"]):
            return "word"
        # A title before the name: "Gen. Jackson", "President Lincoln", "Prime Minister Nuri al-Maliki".
        if index in self._named_people:
            return "person"
        # Part of a longer capitalised name that is no place: "Hillary Clinton", "Nouri al-Maliki".
        if (prev_joined and previous.capitalised and prev_word not in MODIFIERS and not in_headline
                and prev_word not in words["function"]
                and fold(previous.text) not in self.demonyms and not candidate.sentence_initial
                and not previous.text.isupper()
                and (surface_lower in words["first_names"] or surface_lower in words["common"]
                     or not self._is_country(candidate.key))):
            # "ancient Islamic Cairo": an adjective before a city, not a given name
            if (_ADJECTIVE_ENDING.search(prev_word) and prev_word not in words["first_names"]  # "Brian Tyler"
                    and surface_lower not in words["common"] and self._is_major(candidate.key)
                    and not self.gazetteer.known(fold(previous.text))):  # "Pacific Coast" is one name
                return "place"
            return "person"  # ("Air Canada", "Statistics Canada" keep their country)
        # A given name before a surname: "Jordan Smith", "Paris Hilton", "Tim Allman" (a small "Tim" somewhere).
        if next_joined and _ARTICLE_GLUED.match(following.text) and not self.gazetteer.known(fold(following.text)):
            return "person"  # "Jamil al-Shimary": a given name before an Arabic family name
        # "Abo al- Dohur", "Abu al Duhur": an Arabic article and a capitalised word go on with the name, so its
        # first part alone names no place ("Abo" is Turku in Swedish)
        if _ARTICLE_NEXT.match(text, candidate.end) and not self._is_major(candidate.key):
            return "word"
        # "'Ayn 'Issa", "Dahret ‘Abd Rabo": an apostrophe written for an Arabic ayn opens the next word of a longer
        # transliterated name, which its first part does not name
        if _AYN_NEXT.match(text, candidate.end):
            return "word"
        if (single and next_joined and following.capitalised and not in_headline and not following.text.isupper()
                and next_word not in words["org"] and next_word not in PLACE_TYPES and next_word not in FACILITIES
                and next_word not in words["function"]  # "in Paris Sunday": a weekday is no surname
                and fold(following.text) not in self.demonyms
                and not self._is_province(candidate.key)  # "Georgia Power", "Victoria Police"
                and ((surface_lower in words["first_names"] and not self._is_major(fold(following.text)))
                     or not (self._is_major(candidate.key) or self.gazetteer.known(fold(following.text))))):
            return "person"
        # The subject of a verb of saying or meeting is a person ("Kerry said", "Uribe told reporters"); a
        # large place so used is a government, which the role classifier marks ("Washington said").
        if (single and prev_word not in PLACE_PREPOSITIONS and _SPEAKS_AFTER.match(text, candidate.end)
                and not self._is_major(candidate.key)):
            return "person"
        # "in Morrison's car", "Kowalski's hometown": what a name's possessive owns says it is a person's.
        if (single and candidate.possessive and _PERSONAL_POSSESSION_AFTER.match(text, candidate.end)
                and not self._is_major(candidate.key)):
            return "person"
        # The title of a work or the name of a ship: "the movie Patton", "the submarine Kursk".
        if _WORK_BEFORE.search(text, max(0, candidate.start - 30), candidate.start):
            return "word"
        # "identified only as Hamid": the name of a person.
        if single and _IDENTIFIED_AS_BEFORE.search(text, max(0, candidate.start - 30), candidate.start):
            return "person"
        # "Mecca's Al-Nur hospital", "Mogadishu's Madina hospital": after the possessive of the place that holds
        # it, a name before a kind of building is that building's, not a town's.
        if (single and _SITE_KIND_AFTER.match(text, candidate.end)
                and _OWNER_POSSESSIVE_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)):
            return "word"
        # A pathogen or disease named after a place: "Marburg virus", "Lyme disease", "Reston strain".
        if next_joined and next_word in DISEASE_WORDS:
            return "word"
        # Acronyms of organisations that spell some village's name ("UN", "AFP", "OAS").
        if single and candidate.text.isupper() and len(candidate.text) <= 5 and not self._is_major(candidate.key):
            return "word"
        # A capitalised bearing adjective is part of the name it opens ("the Northern Alliance"), no cue to a place
        # ("North Acton" is a place).
        bearing_in_name = prev_joined and previous.capitalised and prev_word in _BEARINGS
        candidate.cue = self._has_cue(text, candidate, prev_word if (prev_joined or previous) and not bearing_in_name
                                      else "", next_word if next_joined else "")
        common = single and (surface_lower in words["common"] or surface_lower in lowercase_words)
        given_name = single and surface_lower in words["first_names"]
        # "at Terminal 4", "through Gate 12": a common word before a number names a numbered part of a site.
        if common and _NUMBER_AFTER.match(text, candidate.end):
            return "word"
        # "to Freedom Square", "near Liberty Bridge": a common word names the site, not a town of that name.
        if common and next_joined and following.capitalised and next_word in _NAMED_SITES:
            return "word"
        # "the French Hill neighbourhood", "the British Council": a common word after a demonym ends that name.
        if common and prev_joined and previous.capitalised and fold(previous.text) in self.demonyms:
            return "word"
        if (common or given_name) and not candidate.cue:
            if common and (candidate.sentence_initial or in_headline or surface_lower in lowercase_words
                           or (next_joined and following.capitalised)):  # "First Baptist", "Metro Council"
                return "word"
            if not self._is_major(candidate.key):
                return "word"
        return "place"

    def _opens_organisation(self, text: str, tokens: list[Token], after: int) -> bool:
        """Returns True when the capitalised words after a name open with an organisation's word ("Washington
        Times") or end with a school's ("Middle East Technical University"); a kind of place or a police force
        among them keeps the name a place ("Mexico City Police Department")."""
        organisation_words = self.words["org"]
        run = []
        for token in tokens[after:after + 4]:
            if not (token.capitalised and _joined(text, tokens[after - 1 + len(run)], token)):
                break
            run.append(token.text.lower())
        if not run:
            return False
        if run[0] in organisation_words:
            return True
        # A school's word ends the run ("Marj Al-Sultan Military Airport" is an airport, and a country's "Premier
        # League" is the country's).
        return len(run) <= 3 and run[-1] in _SCHOOLS and not any(
            word in PLACE_TYPES or word in FACILITIES for word in run[:-1])

    def _has_cue(self, text: str, candidate: Candidate, prev_word: str, next_word: str) -> bool:
        if prev_word in PLACE_PREPOSITIONS or next_word in PLACE_TYPES:
            return True
        after = text[candidate.end:candidate.end + 40]
        before = text[max(0, candidate.start - 40):candidate.start]
        # "in a Ramallah house", "at a Kabul checkpoint": a preposition, "a", the name, then a place in it ("in a
        # Gallup poll", "in a Forbes interview" name no place)
        article = re.search(r"\b(\w+)\s+an?\s+$", before, re.IGNORECASE)
        if article and article.group(1).lower() in PLACE_PREPOSITIONS and _SITE_NOUN_AFTER.match(after):
            return True
        # "Srebrenica fell to the Serbs", "Vukovar was shelled": what is done only to places
        if _PLACE_DEED_AFTER.match(after):
            return True
        # "Split, Croatia" / "Ramadi, Iraq": a container follows; "Iraq's Mobile"-like chains are rare.
        container = re.match(r",\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w'’-]*)?)", after)
        if container and self.gazetteer.known(fold(container.group(1))):
            return True
        return bool(re.search(r"\b(?:town|city|village|province|district|capital|region|governorate|county"
                              r"|streets|outskirts|suburbs?|cent(?:re|er)|heart|edge|vicinity|residents|people)"
                              r"\s+(?:of|in)\s+(?:the\s+)?$", before))  # "the streets of Gettysburg"

    def _is_province(self, key: str) -> bool:
        """Returns True when ``key`` names a province of half a million people or more ("Georgia", not
        "Paul" in Cape Verde)."""
        places = self.gazetteer.lookup_key(key)
        return bool(places) and places[0].feature == "admin1" and (places[0].population or 0) >= 500_000

    def _country(self, key: str) -> Place | None:
        """Returns the country ``key`` names first, or None when its best place is no country."""
        places = self.gazetteer.lookup_key(key)
        return places[0] if places and places[0].feature == "country" else None

    def _is_country(self, key: str) -> bool:
        return self._country(key) is not None

    def _is_country_named(self, key: str) -> bool:
        """Returns True when ``key`` is a country's own name ("Laos"), not a short form of it ("Saudi")."""
        country = self._country(key)
        return country is not None and fold(country.name) == key

    def _is_major(self, key: str) -> bool:
        """Returns True when the best place for ``key`` is a country, a province or a city of 100,000+."""
        return _is_major(self.gazetteer, sources_signature(self.gazetteer), key)


_PLACE_DEED_AFTER = re.compile(r"\s+(?:(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:shelled|besieged|bombarded|overrun"
                               r"|encircled|liberated|recaptured|retaken)|fell\s+to)\b")
_SITE_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:house|home|village|market|neighbou?rhood|suburb|district|mosque|church|hospital|school|"
    r"checkpoint|street|road|camp|square|caf[eé]|restaurant|hotel|shop|compound|apartment|prison|jail|police\s+station|"
    r"bakery|clinic|farm|field|base|hideout|courthouse)s?\b")


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern:
    """Returns a regex matching any abbreviation of the table, longest first, not followed by a letter."""
    forms = sorted(abbreviations(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(form) for form in forms) + r")(?![\w])")


def sources_signature(gazetteer) -> tuple:
    """Returns what identifies the gazetteer's current sources, so that caches notice a source added later."""
    return tuple(id(source) for source in getattr(gazetteer, "sources", ()))


@lru_cache(maxsize=200_000)
def _is_major(gazetteer, signature: tuple, key: str) -> bool:
    for place in gazetteer.lookup_key(key)[:3]:
        if place.feature in ("country", "region"):
            return True
        # By its own name only: "First" is an alternate name of Aden, which does not make it a big place.
        if fold(place.name) == key and (place.feature == "admin1" or (
                place.feature != "admin2" and (place.population or 0) >= 100_000)):
            return True
    return False


def _after_titles(text: str, tokens: list[Token], titles: frozenset[str]) -> set[int]:
    """Returns the indices of the tokens that form a person's name after a title ("Gen. Ali Ghaidan Majeed")."""
    people = set()
    for index, token in enumerate(tokens[:-1]):
        if not token.capitalised or token.text.lower() not in titles:
            continue
        following = index + 1
        while following < len(tokens) and following - index <= 4:
            left, right = tokens[following - 1], tokens[following]
            gap = text[left.end:right.start]
            if not (gap in (" ", ". ") and (right.capitalised or right.text in ("al", "bin", "ibn", "el"))):
                break
            if right.text.lower() in titles:  # "Prime Minister Nuri": the name starts after the last title
                following += 1
                continue
            people.add(following)
            following += 1
    return people


def _joined(text: str, left: Token, right: Token) -> bool:
    """Returns True when only spaces (or "St. "-style full stops of abbreviations) separate two tokens."""
    gap = text[left.end:right.start]
    if gap == " " or gap == "  ":
        return True
    if gap == ". " and len(left.text) == 1 and left.text.isupper():
        return True  # a middle initial: "Matthew D. Flores"
    return gap in (". ", ".") and len(left.text) <= 3 and left.text[0].isupper() and left.text.lower() in {
        "st", "ste", "mt", "ft", "pt", "n", "s", "e", "w", "u"}
