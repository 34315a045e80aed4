"""The events component on hand-built documents: real places with real coordinates, written here, so these
tests measure the event logic alone, whatever the geoparser finds."""

import datetime as dt
import re

import pandas as pd
import pytest

from gazetteer import Place, PlaceMention
from timeline.document import Article, Doc
from timeline.events import annotate, extract_events
from timeline.events.extract import _clauses, event_id
from timeline.table import EVENT_COLUMNS, EXTRA_EVENT_COLUMNS
from timeline.text import split_sentences

PLACES = {
    "Fallujah": Place("Al Fallūjah", 33.34913, 43.78599, "IQ", "Al Anbār", "populated place", 190159, 99454),
    "Ramadi": Place("Ramadi", 33.42056, 43.30778, "IQ", "Al Anbār", "populated place", 223500, 98717),
    "Baladruz": Place("Baladrūz", 33.69631, 45.07782, "IQ", "Diyālá", "populated place", 0, 98109),
    "Baghdad": Place("Baghdad", 33.34058, 44.40088, "IQ", "Baghdād", "populated place", 7216000, 98182),
    "Anbar": Place("Al Anbār", 34.1113, 42.17184, "IQ", "Al Anbār", "admin1", 632674, 99592),
    "Iraq": Place("Iraq", 33.79765, 45.0692, "IQ", None, "country", 38433600, 99237),
    "Washington": Place("Washington", 38.89511, -77.03637, "US", "District of Columbia", "populated place", 689545, 4140963),
    "Jerusalem": Place("Jerusalem", 31.76904, 35.21633, "IL", "Al Quds", "populated place", 971800, 281184),
}
ROLES = {"Washington": "metonymic", "Jerusalem": "speaker"}
PUBLISHED = dt.date(2014, 1, 2)


def make_doc(text: str, published: dt.date | None = PUBLISHED) -> Doc:
    """Returns a Doc with sentences and every known place name marked, as the geoparser would."""
    mentions = []
    for name, place in PLACES.items():
        for match in re.finditer(rf"\b{name}\b", text):
            near = bool(re.search(r"near\s+(?:the\s+town\s+of\s+)?$", text[: match.start()]))
            mentions.append(
                PlaceMention(match.start(), match.end(), name, place, 1.0, ROLES.get(name, "literal"), 2 if near else 1)
            )
    mentions.sort(key=lambda m: m.start)
    doc = Doc(article=Article(id="a1.txt", text=text, published=published, title="T", url="http://example.org/a1"))
    doc.text = text
    doc.sentences = split_sentences(text)
    doc.places = mentions
    return annotate(doc)


def test_rows_have_every_column():
    doc = make_doc("A suicide car bomb in the town of Baladruz killed at least 13 people.")
    assert len(doc.events) == 1
    event = doc.events[0]
    assert set(event) == set(EVENT_COLUMNS) | set(EXTRA_EVENT_COLUMNS)
    assert event["sub_event_type"] == "Suicide bomb"
    assert event["location"] == "Baladrūz"
    assert event["fatalities"] == 13
    assert event["sources"] == "a1.txt"
    assert event["url"] == "http://example.org/a1"
    assert doc.text[event["trigger_start"] : event["trigger_end"]] == event["trigger"]
    assert doc.text[event["location_start"] : event["location_end"]] == "Baladruz"


def test_one_event_per_place():
    doc = make_doc("Special forces clashed with ISIS fighters in Fallujah and Ramadi.")
    assert sorted(e["location"] for e in doc.events) == ["Al Fallūjah", "Ramadi"]
    assert {e["sub_event_type"] for e in doc.events} == {"Armed clash"}


def test_deaths_reported_for_two_places_are_shared_between_them():
    doc = make_doc("More than 100 people were killed in Ramadi and Fallujah.")
    assert sum(e["fatalities"] for e in doc.events) == 100


def test_retelling_is_one_event():
    text = (
        "Militants seize Fallujah.\n\n"
        "Militants seized Fallujah after clashes with the army. "
        "Officials confirmed that militants had seized Fallujah, killing three policemen."
    )
    doc = make_doc(text)
    assert len(doc.events) == 1
    assert doc.events[0]["fatalities"] == 3
    assert doc.events[0]["evidence"].count("Fallujah") == 3


def test_the_town_described_is_the_location_not_the_reference_point():
    text = (
        "A suicide car bomb in the town of Baladruz killed at least 13 people. "
        "The bomb went off outside a car showroom in the town, which is 73km north-east of the capital Baghdad."
    )
    doc = make_doc(text)
    assert [e["location"] for e in doc.events] == ["Baladrūz"]


def test_speaker_and_metonymic_places_are_never_locations():
    text = (
        "Washington said it would help Baghdad in its battle against the militants. "
        '"We are not contemplating returning," Kerry told reporters in Jerusalem.'
    )
    assert make_doc(text).events == []


def test_background_and_statistics_are_not_events():
    text = (
        "The city was the target of two major assaults after the 2003 invasion. "
        "The UN says 2013 was the deadliest year in Iraq since 2008, with 7,818 civilians killed."
    )
    assert make_doc(text).events == []


def test_without_a_publication_date_history_keeps_its_own_date():
    text = "Militants captured Fallujah in 2004 after a long siege. The UN says 2013 was the deadliest year, with 7,818 civilians killed."
    assert make_doc(text).events == []  # a dated article: 2004 is background
    events = make_doc(text, published=None).events
    assert [(e["location"], e["date"], e["time_precision"]) for e in events] == [("Al Fallūjah", "2004-07-01", "year")]  # mid-year: the best single day


def test_clause_of_its_own_gets_its_own_place_and_deaths():
    text = "In Baghdad, a bomb killed four people, while two soldiers were killed in clashes in Ramadi."
    events = {e["location"]: e for e in make_doc(text).events}
    assert events["Baghdad"]["fatalities"] == 4
    assert events["Ramadi"]["fatalities"] == 2
    assert events["Ramadi"]["sub_event_type"] == "Armed clash"


def test_a_province_duplicate_of_a_town_event_is_dropped():
    text = "Militants seized parts of Fallujah. Militants have seized parts of a city in Anbar province."
    assert [e["location"] for e in make_doc(text).events] == ["Al Fallūjah"]


def test_near_a_town_is_precision_two():
    doc = make_doc("Gunmen ambushed an army patrol near Ramadi, killing two soldiers.")
    assert doc.events[0]["geo_precision"] == 2


def test_event_id_is_stable_and_distinct():
    first = make_doc("Militants seized Fallujah.").events[0]["event_id"]
    again = make_doc("Militants seized Fallujah.").events[0]["event_id"]
    assert first == again == event_id("a1.txt", (10, 16), "Al Fallūjah")
    assert event_id("a1.txt", (10, 16), "Ramadi") != first


def test_place_the_gazetteer_lacks_keeps_its_name_without_coordinates():
    doc = make_doc("Two soldiers were killed in clashes in the town of Latifiya.")
    event = doc.events[0]
    assert event["location"] == "Latifiya"
    assert event["latitude"] is None and event["geo_precision"] is None


def test_extract_events_returns_the_table():
    df = extract_events("Police arrested three men in Baghdad on Monday.", published=PUBLISHED)
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(EVENT_COLUMNS) + list(EXTRA_EVENT_COLUMNS)
    assert (df["sub_event_type"] == "Arrests").all()
    assert extract_events("").empty


def test_a_town_the_gazetteer_lacks_is_placed_near_the_town_it_is_described_from():
    doc = make_doc("A helicopter fired a rocket near the town of Saqlawiyah, just north of Fallujah, killing five.")
    event = doc.events[0]
    assert event["location"] == "Saqlawiyah"
    assert (event["latitude"], event["longitude"]) == (PLACES["Fallujah"].latitude, PLACES["Fallujah"].longitude)
    assert event["geo_precision"] == 2


def test_only_a_reference_point_named_gives_precision_two_there():
    doc = make_doc("A soldier was shot dead in an ambush north of Ramadi.")
    assert doc.events[0]["location"] == "Ramadi"
    assert doc.events[0]["geo_precision"] == 2


def test_parts_of_two_cities_are_two_events():
    doc = make_doc("Militants now control more than half of Fallujah and a portion of Ramadi.")
    assert sorted(e["location"] for e in doc.events) == ["Al Fallūjah", "Ramadi"]


def test_a_participle_that_names_a_town_is_an_event_there():
    events = make_doc("Militants launched an offensive in Anbar province on Monday, targeting Ramadi, which is under the control of the army.").events
    by_trigger = {e["trigger"]: e for e in events}
    assert by_trigger["targeting"]["location"] == "Ramadi"
    assert by_trigger["targeting"]["sub_event_type"] == "Attack"  # not the territory the aside mentions
    assert by_trigger["targeting"]["actor1"] == by_trigger["launched an offensive"]["actor1"]


def test_a_participle_naming_only_a_province_stays_with_its_clause():
    events = make_doc("Militants attacked Fallujah on Monday, striking army positions across Anbar.").events
    assert [e["location"] for e in events] == ["Al Fallūjah"]


def test_a_region_named_after_its_town_is_not_the_town():
    events = make_doc("In the province of Baghdad, militants shelled the settlements of Ramadi and Fallujah.").events
    assert sorted(e["location"] for e in events) == ["Al Fallūjah", "Ramadi"]


def test_part_of_a_city_ranks_below_a_place_named_in_it():
    from timeline.events.location import rank

    def mention_of(text: str) -> tuple[PlaceMention, str]:
        start = text.index("Baghdad")
        return PlaceMention(start, start + 7, "Baghdad", PLACES["Baghdad"], 1.0), text

    assert rank(*mention_of("Gunmen attacked a checkpoint in Baghdad.")) == 3.0
    assert rank(*mention_of("Gunmen attacked a checkpoint in southern Baghdad.")) == 2.0
    assert rank(*mention_of("Gunmen attacked a checkpoint in the western suburbs of Baghdad.")) == 2.0


def test_a_name_that_qualifies_a_noun_is_not_the_scene():
    events = make_doc("Tribal fighters were killed in Anbar on Monday by Baghdad-backed forces.").events
    assert [e["location"] for e in events] == ["Al Anbār"]
    events = make_doc("In Ramadi, the Iraq government forces shelled militant positions.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_place_read_as_metonymy_is_the_scene_when_introduced_as_one():
    events = make_doc("A car bomb exploded in Washington on Monday, killing two people.").events
    assert [e["location"] for e in events] == ["Washington"]
    assert make_doc("Washington said it would help Baghdad in its battle against the militants.").events == []


def test_a_place_name_inside_another_name_is_not_the_scene():
    events = make_doc("A reporter for Radio Baghdad International was shot dead on Monday.").events
    assert [e["location"] for e in events] == [None]
    events = make_doc("A reporter was shot dead in East Baghdad Market on Monday.").events
    assert [e["location"] for e in events] != [None]  # a place word before the name keeps it a place


def test_a_place_the_gazetteer_lacks_is_found_as_the_target_of_an_advance():
    events = make_doc("Army units stormed Najarah in eastern Baghdad on Monday.").events
    assert [e["location"] for e in events] == ["Najarah"]
    events = make_doc("Militants launched an assault on the Islamist defenses in Ramadi.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_name_that_was_shot_or_arrested_is_a_person_not_the_scene():
    events = make_doc("Ramadi was shot dead at a checkpoint in Anbar on Monday.").events  # a man named like the town
    assert [e["location"] for e in events] == ["Al Anbār"]
    events = make_doc("A man driving through Ramadi was shot dead on Monday.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_day_the_text_states_survives_a_headline_told_without_one():
    text = "Army launches assault on militants in Fallujah\n\nThe army launched an assault on militants in Fallujah on Sunday, officials said."
    events = make_doc(text, published=dt.date(2014, 1, 5)).events
    assert [(e["location"], e["date_text"]) for e in events] == [("Al Fallūjah", "Sunday")]


def test_a_building_in_a_town_is_coded_to_the_town():
    from dataclasses import replace

    from timeline.events.location import choose_locations

    text = "Protesters gathered outside the Al-Midan Theater in Ramadi on Monday."
    start = text.index("Al-Midan")
    theater = PlaceMention(start, start + len("Al-Midan Theater"), "Al-Midan Theater",
                           replace(PLACES["Ramadi"], name="Al-Midan Theater", feature="relative", population=None), 0.5)
    town = PlaceMention(text.index("Ramadi"), text.index("Ramadi") + 6, "Ramadi", PLACES["Ramadi"], 1.0)
    trigger = (text.index("gathered"), text.index("gathered") + 8)
    [location] = choose_locations(text, [theater, town], (0, len(text)), trigger)
    assert location.mention.text == "Ramadi"


def test_a_town_named_with_its_province_is_the_town_and_a_province_named_with_its_country_the_province():
    events = make_doc("Gunmen attacked villages around Fallujah town of Anbar on Monday.").events
    assert [e["location"] for e in events] == ["Al Fallūjah"]
    events = make_doc("Police in the central Iraq province of Anbar arrested ten men on Monday.").events
    assert [e["location"] for e in events] == ["Al Anbār"]


def test_a_district_named_after_a_possessive_town_is_the_scene():
    text = "The army detonated a tunnel in Deir El Zor’s Jabiliyah District on Monday."
    events = extract_events(text)
    assert [text[int(e.location_start) : int(e.location_end)] for e in events.itertuples()] == ["Jabiliyah"]


def test_a_second_event_joined_by_and_after_a_hyphenated_subject_is_its_own_event():
    events = make_doc("A boy was shot dead near Fallujah, and a rock-throwing clash broke out in Ramadi on Monday.").events
    assert sorted(e["location"] for e in events) == ["Al Fallūjah", "Ramadi"]


def test_a_persons_home_town_after_their_age_is_not_the_scene():
    events = make_doc("On Monday, Ahmed Saleh, 28, of Fallujah near Baghdad detonated a bomb in a cafe in Ramadi.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_the_place_a_raid_entered_is_the_scene_of_the_killing_that_followed():
    from timeline.events.location import choose_locations

    text = "Militants raided Kafr Hamra and Tal Sous villages in Ramadi on Monday, killing nine people."
    villages = [PlaceMention(text.index(name), text.index(name) + len(name), name, None, 0.0) for name in ("Kafr Hamra", "Tal Sous")]
    killing = (text.index("killing"), text.index("killing") + 7)
    locations = choose_locations(text, sorted(make_doc(text).places + villages, key=lambda m: m.start), (0, len(text)), killing)
    assert [location.mention.text for location in locations] == ["Kafr Hamra", "Tal Sous"]


def test_a_state_after_a_reference_point_is_part_of_the_reference():
    events = make_doc("A man was shot dead on a farm north of Fallujah, Anbar, on Monday.").events
    assert [(e["location"], e["geo_precision"]) for e in events] == [("Al Fallūjah", 2)]


def test_a_name_that_owns_an_apartment_is_a_person():
    events = make_doc("Police arrested two suspects in Ramadi's apartment in Baghdad on Monday.").events
    assert [e["location"] for e in events] == ["Baghdad"]


def test_a_named_suburb_of_a_much_larger_city_is_the_scene():
    events = make_doc("A car bomb exploded in the Ramadi suburb of Baghdad on Monday.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_relative_clause_saying_where_the_event_took_place_is_its_scene():
    events = make_doc("The attacks, which took place in Fallujah and Ramadi on Monday, left nine people dead.").events
    assert sorted(e["location"] for e in events) == ["Al Fallūjah", "Ramadi"]
    events = make_doc("Militants attacked a checkpoint in Ramadi, which lies in Anbar, on Monday.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_time_zone_is_not_a_scene():
    events = make_doc("The assault began at 10 A.M. (Baghdad Time) when militants stormed the army base.").events
    assert [e["location"] for e in events] == [None]


def test_an_attack_against_fighters_inside_a_village_is_in_the_village():
    events = make_doc("In Baghdad, troops launched an attack against militants hiding inside the village of Baladruz on Monday.").events
    assert [e["location"] for e in events] == ["Baladrūz"]
    events = make_doc("Protesters in Baghdad rallied on Monday against the shelling of Fallujah.").events
    assert [e["location"] for e in events] == ["Baghdad"]  # what a protest is against is not where it is


def test_a_small_place_named_as_a_district_of_a_big_city_is_the_scene():
    events = make_doc("A car bomb struck the Baladruz district of Baghdad on Monday, killing eight people.").events
    assert [e["location"] for e in events] == ["Baladrūz"]


def test_an_opening_setting_led_by_an_adverb_is_only_the_background():
    events = make_doc("Shortly after the coup, soldiers looted the governor's house in Ramadi on Monday.").events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Looting/property destruction", "Ramadi")]


def test_an_opening_place_with_its_day_is_only_the_setting():
    events = make_doc("In Baghdad Sunday, soldiers shot dead two gunmen near Ramadi.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_road_named_after_towns_is_not_the_scene_and_nor_is_the_owner_of_a_province():
    events = make_doc("Militants killed four farmers in Anbar along the Fallujah-Ramadi road on Monday.").events
    assert [e["location"] for e in events] == ["Al Anbār"]
    events = make_doc("Police defused a bomb found on Monday in Baghdad's neighbouring province of Anbar.").events
    assert [e["location"] for e in events] == ["Al Anbār"]


def test_undated_swathes_of_land_in_a_country_are_background_but_a_dated_or_located_taking_is_news():
    assert make_doc("In neighbouring Iraq, militants have grown strong, capturing vast swathes of land in the north.").events == []
    events = make_doc("Militants captured large parts of Ramadi on Monday.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_a_part_of_a_country_is_placed_in_that_part_as_a_region():
    [event] = make_doc("A roadside bomb killed two soldiers in northern Iraq on Monday.").events
    assert event["location"] == "northern Iraq" and event["geo_precision"] == 3
    assert event["latitude"] > PLACES["Iraq"].latitude + 0.5
    [event] = make_doc("A roadside bomb killed two soldiers in Iraq on Monday.").events
    assert event["location"] == "Iraq" and event["geo_precision"] == 4


def test_an_unlisted_name_opening_with_an_article_and_a_doubly_qualified_country_are_scenes():
    text = "A truck bomb exploded near the al-Quriyah police station on Monday, killing four."
    assert [text[int(e.location_start) : int(e.location_end)] for e in extract_events(text).itertuples()] == ["al-Quriyah"]
    text = "A bomb in a mosque in militant-infested northwest Pakistan killed at least 11 people on Friday."
    assert [e.location for e in extract_events(text).itertuples()] == ["northwest Pakistan"]


def test_a_number_word_is_not_a_place_and_nor_is_the_person_whose_home_town_is_named():
    text = "Sixteen persons have been feared killed and over 200 houses razed by gunmen in the Rim district of Riyom LGA on Wednesday."
    spans = [text[int(e.location_start) : int(e.location_end)] for e in extract_events(text).itertuples()]
    assert spans and "Sixteen" not in spans
    events = make_doc("In Fallujah's home town of Ramadi on Friday, militants attacked a checkpoint.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_of_two_unlisted_names_the_district_named_first_is_the_scene_and_a_preposition_is_no_name():
    text = "In the Sayid Karam district of Paktya, a roadside bomb was detonated under a bridge on Monday."
    assert [text[int(e.location_start) : int(e.location_end)] for e in extract_events(text).itertuples()] == ["Sayid Karam"]
    text = "In villages like Cailaco and Manapa, militias murdered and tortured independence supporters on Monday."
    spans = [text[int(e.location_start) : int(e.location_end)] for e in extract_events(text).itertuples() if pd.notna(e.location_start)]
    assert "In" not in spans


def test_what_a_victim_was_doing_where_is_the_scene_and_a_name_opening_with_al_is_a_name():
    events = make_doc("Gunmen shot dead a farmer, who was riding home from work in Ramadi, said police in Baghdad.").events
    assert [e["location"] for e in events] == ["Ramadi"]
    text = "A contractor was shot dead while driving his car in the al-Tarikh area of Jiddah."
    assert [text[int(e.location_start) : int(e.location_end)] for e in extract_events(text).itertuples()] == ["al-Tarikh"]


def test_two_events_joined_by_and_each_at_its_own_place_are_two_events():
    events = make_doc("Clashes in Ramadi and an air strike on Fallujah on Monday.").events
    assert sorted((e["sub_event_type"], e["location"]) for e in events) == [
        ("Air/drone strike", "Al Fallūjah"), ("Armed clash", "Ramadi")]
    events = make_doc("Clashes erupted in Fallujah and Ramadi on Monday.").events
    assert sorted((e["sub_event_type"], e["location"]) for e in events) == [("Armed clash", "Al Fallūjah"), ("Armed clash", "Ramadi")]


def test_an_abduction_told_again_with_its_dead_is_one_attack():
    text = ("Gunmen kill two, abduct 14 in Ramadi\n\n"
            "Gunmen abducted 14 shepherds in Ramadi on Wednesday. Two men who resisted were shot dead.")
    events = make_doc(text).events
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events] == [("Attack", "Ramadi", 2)]


def test_two_deeds_of_one_subject_each_at_its_own_place_are_two_events():
    events = make_doc("Gunmen killed three in Fallujah and wounded six in Ramadi on Monday.").events
    assert [(e["sub_event_type"], e["location"], e["fatalities"], e["date"]) for e in events] == [
        ("Attack", "Al Fallūjah", 3, "2013-12-30"), ("Attack", "Ramadi", None, "2013-12-30")]
    assert events[1]["actor1"] == events[0]["actor1"] != ""  # the second verb phrase has the sentence's subject
    events = make_doc("Militants seized a checkpoint near Ramadi and then kidnapped four drivers in Baghdad.").events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Non-state actor overtakes territory", "Ramadi"), ("Abduction/forced disappearance", "Baghdad")]


def test_two_deeds_at_one_place_or_one_deed_from_two_places_stay_one_event():
    assert len(make_doc("Gunmen killed and wounded people in Fallujah.").events) == 1
    assert len(make_doc("Gunmen killed three and wounded six in Fallujah.").events) == 1
    events = make_doc("Fighters from Fallujah and Ramadi attacked a convoy in Baghdad.").events
    assert [e["location"] for e in events] == ["Baghdad"]
    # the province holding the town is the same scene told less precisely
    assert len(make_doc("Gunmen raided a wedding in Fallujah and killed six guests in Anbar.").events) == 1


def test_a_second_clause_with_a_subject_of_its_own_at_its_own_place_is_a_second_event():
    events = make_doc("Insurgents ambushed a patrol near Fallujah and a roadside bomb killed two policemen in Baghdad.").events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Armed clash", "Al Fallūjah"), ("Remote explosive/landmine/IED", "Baghdad")]
    events = make_doc("Gunmen attacked a market in Ramadi and police arrested four suspects in Baghdad.").events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Attack", "Ramadi"), ("Arrests", "Baghdad")]
    # a subject naming a place continues the list of places: one event word, told at both
    events = make_doc("Clashes in Fallujah and Ramadi killed five people.").events
    assert {(e["sub_event_type"], e["trigger_start"]) for e in events} == {("Armed clash", 0)}


def test_people_counted_as_wounded_at_a_second_place_are_a_second_event_of_their_own():
    events = make_doc("Three civilians were killed in Baghdad and seven wounded in Ramadi.").events
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events] == [
        ("Attack", "Baghdad", 3), ("Attack", "Ramadi", None)]
    events = make_doc("Two soldiers died in Baghdad and 12 others were injured in Fallujah.").events
    assert [e["location"] for e in events] == ["Baghdad", "Al Fallūjah"]
    assert events[1]["actor2"] == ""  # the wounded are counted, not the soldiers of the first clause


def test_a_second_clause_is_split_off_only_with_a_deed_told_and_a_place_of_its_own():
    text = "Clashes in Fallujah left two dead and 14 others injured, sources in Ramadi said."
    assert [e["location"] for e in make_doc(text).events] == ["Al Fallūjah"]  # a toll; Ramadi is where it was told
    text = "Protesters marched in Baghdad and parallel rallies were planned in Ramadi."
    assert [e["location"] for e in make_doc(text).events] == ["Baghdad"]  # rallies planned are not held


def test_one_person_or_at_least_some_wounded_at_a_second_place_are_a_second_event():
    events = make_doc("Two policemen were killed in Fallujah and a soldier was wounded in Ramadi.").events
    assert [e["location"] for e in events] == ["Al Fallūjah", "Ramadi"]
    events = make_doc("Two were killed in Baghdad and at least five wounded in Fallujah.").events
    assert [e["location"] for e in events] == ["Baghdad", "Al Fallūjah"]


@pytest.mark.parametrize(
    "text",
    [
        "In addition to the clashes in Fallujah, insurgents attacked a police station in Ramadi on Monday.",
        "Once the assault on Fallujah had been repelled, the army launched an offensive in Ramadi on Monday.",
        "Just two hours after the shelling of Fallujah, militants attacked a checkpoint in Ramadi on Monday.",
        "In response to the bombing in Fallujah, the army launched an offensive in Ramadi on Monday.",
    ],
)
def test_an_opening_that_recalls_an_earlier_deed_is_only_the_setting(text):
    assert [e["location"] for e in make_doc(text).events] == ["Ramadi"]


def test_an_attack_claimed_by_a_group_took_place_where_it_is_said_to_have():
    events = make_doc("Insurgents claimed responsibility for the attack on a police checkpoint in Ramadi on Monday.").events
    assert [e["location"] for e in events] == ["Ramadi"]


def test_deeds_of_doers_placed_in_a_town_and_of_others_elsewhere_are_two_events():
    events = make_doc("Police in the city of Fallujah shot dead a smuggler on Monday and soldiers detained two men in Baghdad.").events
    assert [e["location"] for e in events] == ["Al Fallūjah", "Baghdad"]
    # "shot and killed": one deed with one object, wherever its object came from
    events = make_doc("On Monday, in Fallujah, soldiers shot and killed a smuggler who had crossed from Baghdad.").events
    assert [e["location"] for e in events] == ["Al Fallūjah"]


def _ramadi_and_an_unknown_village(text: str) -> Doc:
    """Returns a document of ``text`` whose places are Ramadi and the village Zuwayra, which no gazetteer lists."""
    doc = Doc(article=Article(id="a1.txt", text=text, published=PUBLISHED, title="T", url="http://example.org/a1"))
    doc.text, doc.sentences = text, split_sentences(text)
    ramadi, village = text.index("Ramadi"), text.index("Zuwayra")
    doc.places = [
        PlaceMention(ramadi, ramadi + 6, "Ramadi", PLACES["Ramadi"], 1.0, "literal", 1),
        PlaceMention(village, village + 7, "Zuwayra", None, 1.0, "literal", 1),
    ]
    return doc


def test_a_village_the_gazetteer_does_not_know_taken_after_an_attack_elsewhere_is_a_second_event():
    text = "Insurgents attacked army positions in Ramadi on Monday and then captured the village of Zuwayra."
    events = annotate(_ramadi_and_an_unknown_village(text)).events
    assert [e["location"] for e in events] == ["Ramadi", "Zuwayra"]


def test_a_deed_with_no_place_of_its_own_is_not_cut_from_the_participle_naming_its_places():
    text = "On Monday, militants began an offensive inside the province, striking army posts in Fallujah and Ramadi."
    doc = make_doc(text)
    assert _clauses(text, doc.sentences[0], doc.places) == [doc.sentences[0]]
    placed = "On Monday, militants attacked a checkpoint in Baghdad, striking army posts in Fallujah and Ramadi."
    doc = make_doc(placed)
    assert len(_clauses(placed, doc.sentences[0], doc.places)) == 2


def test_a_while_clause_of_a_participle_tells_where_the_deed_was_done():
    events = make_doc("In Anbar, a local judge was shot on Monday while driving through Ramadi.").events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Attack", "Ramadi")]


def test_forces_evacuating_a_town_while_fighting_goes_on_in_a_village_are_two_events():
    text = "Rebel forces evacuated Ramadi on Monday and fighting continued in Zuwayra."
    events = annotate(_ramadi_and_an_unknown_village(text)).events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Non-violent transfer of territory", "Ramadi"), ("Armed clash", "Zuwayra")
    ]


def test_an_offensive_is_told_by_the_verb_that_launched_or_continued_it():
    events = make_doc("The army continued their advance in Ramadi on Monday.").events
    assert [(e["trigger"], e["sub_event_type"], e["location"]) for e in events] == [("continued their advance", "Armed clash", "Ramadi")]
    events = make_doc("Rebels launched a new offensive in Fallujah on Monday.").events
    assert [e["trigger"] for e in events] == ["launched a new offensive"]
    # an advance planned, or one named with no verb of the deed, is no event
    assert make_doc("The army is expected to continue its advance in Ramadi.").events == []
    assert make_doc("Police in Ramadi were warned in advance of the visit.").events == []
    assert make_doc("The council in Ramadi continued to push for reforms.").events == []


def test_a_patrol_boat_is_no_patrol_done():
    assert make_doc("Two new patrol boats will patrol the waters off Ramadi.").events == []
    events = make_doc("Soldiers patrolled the streets of Ramadi on Monday.").events
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Change to group/activity", "Ramadi")]


def test_a_setting_after_a_wire_dateline_is_only_the_background():
    text = "BAGHDAD, Iraq (10:30 A.M.) – Just hours after being repelled in Fallujah, militants launched a new attack on Ramadi."
    events = make_doc(text).events
    assert [(e["trigger"], e["location"]) for e in events] == [("launched a new attack", "Ramadi")]
