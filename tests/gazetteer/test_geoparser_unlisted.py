"""Places no gazetteer lists, recognised by their context (sentences written for these tests)."""

import pytest

import gazetteer
from gazetteer.geoparser import Geoparser


@pytest.fixture(scope="module")
def gz():
    return gazetteer.default_gazetteer()


def by_text(gz, text):
    return {m.text: m for m in Geoparser(gz).find_places(text, unlisted=True)}


def test_a_named_village_is_kept_unresolved(gz):
    found = by_text(gz, "Gunmen killed four farmers in the village of Qarawel Zitun on Sunday.")
    assert found["Qarawel Zitun"].place is None
    assert found["Qarawel Zitun"].role == "literal"


def test_a_list_of_towns_after_a_kind_word(gz):
    found = by_text(gz, "Troops shelled the towns of Tell Barwaz, Umm Shifa and Kafr Duwala overnight.")
    assert {"Tell Barwaz", "Umm Shifa", "Kafr Duwala"} <= set(found)


def test_a_district_of_a_known_city_takes_its_point(gz):
    found = by_text(gz, "A mortar hit the Hawdal district of Mogadishu on Friday.")
    mogadishu = found["Mogadishu"].place
    assert found["Hawdal"].place.point == mogadishu.point
    assert found["Hawdal"].precision >= 2


def test_a_building_keeps_its_capitalised_kind(gz):
    found = by_text(gz, "Gunmen stormed the Zubeida Museum in central Tunis.")
    assert "Zubeida Museum" in found
    assert found["Zubeida Museum"].place.point == found["Tunis"].place.point


@pytest.mark.parametrize("text, name", [
    ("Talks resumed in March after a long pause.", "March"),
    ("The vote in Parliament was delayed.", "Parliament"),
    ("The film was shot in Tim Wallace's garden.", "Tim Wallace"),
])
def test_months_languages_organisations_and_people_are_not_places(gz, text, name):
    assert not any(name in m.text for m in Geoparser(gz).find_places(text, unlisted=True))


def test_find_places_leaves_unlisted_names_out(gz):
    text = "Gunmen killed four farmers in the village of Qarawel Zitun on Sunday."
    assert not any(m.text == "Qarawel Zitun" for m in gz.find_places(text))


def test_names_opening_with_a_place_word_are_places(gz):
    found = by_text(gz, "The brigade then moved on Jabal Al-Qurnah and Tal Sufayr before dawn.")
    assert {"Jabal Al-Qurnah", "Tal Sufayr"} <= set(found)


def test_a_title_may_open_a_village_name_after_a_strong_cue(gz):
    found = by_text(gz, "Jets bombed the village of Sheikh Ammar overnight.")
    assert "Sheikh Ammar" in found


def test_the_speaker_of_said_is_a_person_not_a_place(gz):
    assert any(m.text == "Rawa" for m in gz.find_places("The convoy reached Rawa and Kherson."))
    assert not any(m.text == "Rawa" for m in gz.find_places("Rawa said the convoy reached Kherson."))
    assert not any(m.text == "Rawa" for m in gz.find_places("Rawa told reporters the convoy reached Kherson."))


def test_a_village_of_a_district_is_the_village_but_the_modifier_of_a_city_is_not(gz):
    found = by_text(gz, "Gunmen killed six people in Kuburmbula village of Damboa district on Sunday.")
    assert "Kuburmbula" in found
    found = by_text(gz, "Protesters marched in the Industrial city of Gujrat on Sunday.")
    assert "Industrial" not in found


def test_villages_listed_after_a_colon_and_a_named_market_are_places(gz):
    found = by_text(gz, "Herdsmen raided three villages: Gumsuri, Wadama and Kuburvwa on Sunday.")
    assert {"Gumsuri", "Wadama", "Kuburvwa"} <= set(found)
    found = by_text(gz, "A car bomb went off at the outdoor market of Hayyaniyah on Monday.")
    assert "Hayyaniyah" in found


@pytest.mark.parametrize("text, name", [
    ("Fishermen rescued the gulls stranded on Korvanne Island last week.", "Korvanne Island"),
    ("The storm battered the Tavoran Islands overnight.", "Tavoran Islands"),
    ("Gang violence spread through the Bel Aranto shantytown on Friday.", "Bel Aranto"),
    ("Thousands of residents fled Qasmeen city overnight.", "Qasmeen"),
    ("Coast guards stopped two smugglers' boats on the Varnoth Sea.", "Varnoth Sea"),
    ("Troops took the Tarkal Pass after a week of fighting.", "Tarkal Pass"),
])
def test_islands_seas_passes_shantytowns_and_cities_are_places(gz, text, name):
    assert name in by_text(gz, text)


def test_a_lowercase_pass_is_no_place(gz):
    assert not any("Don't" in m.text for m in Geoparser(gz).find_places("Don't pass up the soup.", unlisted=True))


@pytest.mark.parametrize("text, name", [
    ("The patrol came under fire just north of Birkat Zenda.", "Birkat Zenda"),
    ("Rebels are now within 12 km of Umm Talwar.", "Umm Talwar"),
    ("The bus was hit by a mine while en route to Deh Sabzar.", "Deh Sabzar"),
])
def test_a_bearing_a_distance_or_a_road_to_a_name_makes_it_a_place(gz, text, name):
    assert name in by_text(gz, text)


@pytest.mark.parametrize("text, name", [
    ("A soldier died in clashes in the nearby troublespot of Sulbanah.", "Sulbanah"),
    ("Jets struck the eastern countryside of Marqadah overnight.", "Marqadah"),
    ("Troops reached the southern perimeter of Hirbat Zaytun.", "Hirbat Zaytun"),
    ("The army pressed on toward the rebel stronghold of Mashtal Haddad.", "Mashtal Haddad"),
])
def test_a_part_or_role_of_a_place_before_of_makes_a_name_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_a_name_opening_an_organisations_name_is_no_place(gz):
    found = by_text(gz, "A bomb went off at the entrance of the Rashidi Cement Company in the town of Tal Afar.")
    assert not any("Rashidi" in name for name in found)
    found = by_text(gz, "Rebels shelled the Kuweires Military Airport overnight.")
    assert "Kuweires Military Airport" in found


def test_what_troops_patrol_is_a_place(gz):
    assert "Gulshan Bagh" in by_text(gz, "Soldiers patrolled Gulshan Bagh after the riots.")
    assert "Tarvela" in by_text(gz, "Peacekeepers have been patrolling Tarvela since March.")


@pytest.mark.parametrize("text, name", [
    ("A bomb went off beside the Ruth Junction bus stop.", "Ruth Junction"),
    ("Smugglers moved their boats along the Amazon River last year.", "Amazon River"),
    ("Troops took back the Zahraa Rest Station from the militants.", "Zahraa Rest Station"),
    ("Two soldiers died defending the Qirbanat army base.", "Qirbanat"),
    ("A mortar landed beside the Tovrazi purification station.", "Tovrazi"),
])
def test_named_sites_are_places(gz, text, name):
    assert name in by_text(gz, text)


@pytest.mark.parametrize("text, name", [
    ("The statement was read by Angela Hill, a spokeswoman.", "Angela Hill"),
    ("Troops killed 20 Nusra Front fighters.", "Nusra Front"),
])
def test_a_person_or_a_count_before_a_kind_is_no_site(gz, text, name):
    assert not any(name in m.text for m in Geoparser(gz).find_places(text, unlisted=True))


@pytest.mark.parametrize("text, name", [
    ("Gunmen burned Tovuka, a village bordering the forest reserve.", "Tovuka"),
    ("Jets struck Al-Qirsh, a base built by the former government.", "Al-Qirsh"),
])
def test_a_name_described_as_a_kind_of_place_is_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_a_person_described_as_a_native_or_resident_is_no_place(gz):
    found = by_text(gz, "Police arrested Ortega, a native of Chiapas, on Sunday.")
    assert "Ortega" not in found


@pytest.mark.parametrize("text, name", [
    ("Jets struck the village of Rasm Al-‘Uwayd on Friday.", "Rasm Al-‘Uwayd"),
    ("Rebels overran the town of Qala-e-Naw Sufla overnight.", "Qala-e-Naw Sufla"),
])
def test_an_article_with_a_quote_or_a_joining_vowel_stays_in_the_name(gz, text, name):
    assert name in by_text(gz, text)


def test_places_named_as_examples_of_a_kind_are_places(gz):
    found = by_text(gz, "Militias burned homes in villages like Ulbaro and Tessimo.")
    assert {"Ulbaro", "Tessimo"} <= set(found)
    assert "Kurvesh" in by_text(gz, "Floods cut off towns such as Kurvesh last week.")


def test_a_capitalised_bearing_opens_a_name_after_a_strong_cue(gz):
    assert "Eastern Varzun" in by_text(gz, "Jets downed a drone in the Eastern Varzun region.")
    assert "Western Talvik" in by_text(gz, "The army advanced in the rebel bastion of Western Talvik.")
    assert not any(m.text == "West" for m in Geoparser(gz).find_places(
        "Soldiers were shot in the West Bank town of Qalvira.", unlisted=True))


def test_a_name_owning_a_part_of_a_place_is_a_place(gz):
    assert "Varnoskaya" in by_text(gz, "Rebels patrolled Varnoskaya's perimeter at dawn.")
    assert "Tolvenik" in by_text(gz, "Shells fell on Tolvenik’s northern outskirts overnight.")
    found = by_text(gz, "The army shelled the Varzun Governorate’s northern countryside.")
    assert "Varzun" in found and "Varzun Governorate" not in found


def test_a_name_before_a_part_word_after_a_possessive_place_is_a_place(gz):
    assert "Alice" in by_text(gz, "Police raided a warehouse in Manhattan's Alice section.")


@pytest.mark.parametrize("text, name", [
    ("Forty fighters died in the fight for Qorvesh last week.", "Qorvesh"),
    ("Troops seized the rebel headquarters of Talvenwe in March.", "Talvenwe"),
    ("The army advanced from the village of Urmesh to Kaldabri on Monday.", "Kaldabri"),
])
def test_a_name_a_battle_is_for_a_headquarters_of_or_a_move_goes_to_is_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_the_headquarters_of_the_named_body_is_no_place(gz):
    assert "Varnel Trade Council" not in by_text(gz, "Crowds marched to the headquarters of the Varnel Trade Council.")


def test_a_site_named_for_what_it_holds_is_a_place_with_its_kind(gz):
    assert "Temple of Ordavan" in by_text(gz, "Guards patrolled the street near the Temple of Ordavan on Friday.")
    assert "Church of the Velmarin" in by_text(gz, "A monk was shot outside the Church of the Velmarin at dawn.")


@pytest.mark.parametrize("text, name", [
    ("A bomb went off in the Al Qurvani district on Monday.", "Al Qurvani"),
    ("Gunmen shot a trader in Souq El Vorsa overnight.", "Souq El Vorsa"),
])
def test_a_separate_article_belongs_to_the_name_after_it(gz, text, name):
    assert name in by_text(gz, text)


def test_a_towns_old_core_is_a_place(gz):
    assert "Old City" in by_text(gz, "Border police patrolled the walled Old City on Friday.")
    association = Geoparser(gz).unlisted.find("Members of the Old Town Civic Association met on Friday.")
    assert not any(name.text == "Old Town" for name in association)


def test_what_is_captured_from_a_holder_is_a_place(gz):
    found = by_text(gz, "The army vowed to capture Orvashi and Telmuna from the rebels.")
    assert {"Orvashi", "Telmuna"} <= set(found)


def test_a_name_before_a_region_of_a_place_is_the_region(gz):
    assert "East Varduna" in by_text(gz, "Rebels launched an assault in the East Varduna region of rural Damascus.")


def test_a_sentences_capitalised_article_is_not_part_of_the_name(gz):
    assert "Varlousa" in by_text(gz, "A Varlousa resident said the rebels had left.")
    assert "Tembrin" in by_text(gz, "The Tembrin neighbourhood was shelled overnight.")


def test_a_capitalised_bearing_opens_a_name_after_a_locative_verb(gz):
    assert "South Varnetia" in by_text(gz, "Peacekeepers have been patrolling South Varnetia since 1992.")


def test_a_given_name_before_a_lowercase_kind_of_site_is_a_place(gz):
    assert "Alice" in by_text(gz, "A bomb went off at the Alice junction near the coast.")


def test_a_second_deed_shares_the_place_of_a_first_that_takes_only_places(gz):
    found = by_text(gz, "Troops stormed and captured Horvat Selim and Mirdal on Friday.")
    assert {"Horvat Selim", "Mirdal"} <= set(found)


@pytest.mark.parametrize("text, name", [
    ("Korvane was shelled by rebel artillery on Friday.", "Korvane"),
    ("Since the truce, Melvashi has been patrolled jointly by two armies.", "Melvashi"),
    ("Western Dravina, which borders the lake, was captured by militia fighters in 1993.", "Western Dravina"),
    ("Under the accord, Upper Korsk, captured by the militia in 1992, returns to the state.", "Upper Korsk"),
])
def test_the_subject_of_a_deed_done_to_places_is_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_a_captured_subject_without_a_bearing_may_be_a_person(gz):
    assert "Malkovic" not in by_text(gz, "Malkovic was captured by the militia in 2004.")


def test_a_name_after_a_lowercase_bearing_is_a_place(gz):
    found = by_text(gz, "The air campaign on eastern Varoshi and the suburb of southern Keldar went on.")
    assert {"Varoshi", "Keldar"} <= set(found)


@pytest.mark.parametrize("text, name", [
    ("Rebels overran the checkpoints outside of Marvosh at dawn.", "Marvosh"),
    ("Militiamen searched the villages surrounding Tuldara for weapons.", "Tuldara"),
    ("Fighting raged on the Kelbani and Sarouf axes overnight.", "Kelbani"),
])
def test_a_name_outside_of_around_or_as_an_axis_is_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_what_surrounds_a_person_is_no_place(gz):
    assert "Dravnik" not in by_text(gz, "The controversy surrounding Dravnik grew on Monday.")


def test_a_name_set_beside_a_kind_of_place_is_a_place(gz):
    found = by_text(gz, "In another Kalvane township, Dumisa, police patrolled overnight.")
    assert "Dumisa" in found
    found = by_text(gz, "Rebels took two villages in the same valley, Orvadi and Keshmal, on Friday.")
    assert {"Orvadi", "Keshmal"} <= set(found)


def test_a_person_set_beside_a_provinces_official_is_no_place(gz):
    found = by_text(gz, "The governor of the nearby Orvik province, Talmen Ruvash, was killed on Monday.")
    assert "Talmen Ruvash" not in found


@pytest.mark.parametrize("text, name", [
    ("Soldiers patrolled the dikes along the Vardessa overnight.", "Vardessa"),
    ("The fire spread through the hills above Korvallo on Sunday.", "Korvallo"),
    ("Marchers filled the main thoroughfare, Dalmatov Prospect, at noon.", "Dalmatov Prospect"),
    ("The mine went off on the road at Tesmuli of Korvat district on Friday.", "Tesmuli"),
    ("Workers at the company's Fennick site went on strike.", "Fennick"),
    ("A fire destroyed the Kelmore home of a local teacher.", "Kelmore"),
])
def test_a_name_along_above_or_owned_as_a_site_or_home_is_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_what_goes_along_with_a_name_is_no_place(gz):
    assert "Dravnik" not in by_text(gz, "The minister travelled along with Dravnik to the summit.")


def test_a_title_that_opens_arab_place_names_opens_one_after_a_preposition(gz):
    assert "Sheikh Tarbouni" in by_text(gz, "Clashes broke out inside Sheikh Tarbouni on Friday.")
    assert not any("Imam" in name for name in by_text(gz, "Crowds gathered near Imam Talvad on Friday."))


@pytest.mark.parametrize("text, word", [
    ("Unrest spread in the west African nation's capital on Friday.", "African"),
    ("Guards stood around Mullah Dadkhan Rostami on Friday.", "Mullah"),
    ("Police in Tarvan, Brigadier General Odra said, made arrests.", "Brigadier"),
    ("Yesterday Gorvash was shelled by the rebels.", "Yesterday"),
])
def test_continents_adjectives_clerics_officers_and_days_are_no_place(gz, text, word):
    assert not any(word in name for name in by_text(gz, text))


def test_a_faith_or_people_before_an_annexed_or_captured_place_is_not_its_name(gz):
    assert "West Talmir" in by_text(gz, "The state annexed Arab West Talmir in 1967.")
    assert "North Talmir" in by_text(gz, "Arab North Talmir was captured by the army in 1967.")


@pytest.mark.parametrize("text, word", [
    ("_ Terrified villagers near the river fled on Friday.", "Terrified"),
    ("Armed residents guarded the road at night.", "Armed"),
    ('The group, "Freedom" in Swahili, marched on Friday.', "Swahili"),
    ("Clashes broke out in a Coptic quarter on Friday.", "Coptic"),
    ("Gunmen fired at a Sufi shrine on Friday.", "Sufi"),
])
def test_a_participle_opening_a_sentence_a_language_or_a_faith_is_no_place(gz, text, word):
    assert word not in by_text(gz, text)


def test_a_language_opens_a_site_named_with_its_kind(gz):
    assert "Hebrew University" in by_text(gz, "A bomb went off at the Hebrew University on Friday.")


@pytest.mark.parametrize("text, word", [
    ("The gunmen fired from inside a Skoda van near the market.", "Skoda"),
    ("Commandos bombed the Seawatch flagship in the harbour.", "Seawatch"),
    ("Police raided Lyftro offices in three cities.", "Lyftro"),
])
def test_a_maker_or_owner_before_a_vehicle_a_vessel_or_offices_is_no_place(gz, text, word):
    assert word not in by_text(gz, text)


@pytest.mark.parametrize("text", [
    "Two traders were seized by Popular Liberation Front rebels on Friday.",
    "The head of the Civic Renewal Front was shot on Friday.",
])
def test_a_capitalised_front_is_a_movement(gz, text):
    assert not any("Front" in name or "Liberation" in name or "Renewal" in name for name in by_text(gz, text))


def test_a_front_line_is_lowercase_or_fought_on(gz):
    assert "Tarvik" in by_text(gz, "Heavy shelling hit the Tarvik front on Friday.")
    assert "Tarvik Front" in by_text(gz, "Troops regrouped on the Tarvik Front on Friday.")


@pytest.mark.parametrize("text, person", [
    ("A guard of the envoy in Gaza, Salim Hattari, 41, was shot on Friday.", "Salim Hattari"),
    ("Troops raided the town of Qarvash, Nadia Tamruni, the wife of the mayor, told reporters.", "Nadia Tamruni"),
])
def test_a_name_given_an_age_or_a_role_after_a_place_is_a_person(gz, text, person):
    assert person not in by_text(gz, text)


def test_a_list_of_villages_goes_on_after_commas(gz):
    found = by_text(gz, "Jets struck the villages of Tarvan, Ubeidiya, Kafr Sous and Mrak.")
    assert {"Tarvan", "Ubeidiya", "Kafr Sous", "Mrak"} <= set(found)


def test_a_name_before_a_news_agency_names_the_agency(gz):
    assert "Varta-Press" not in by_text(gz, "Troops entered Tarvan, the Varta-Press news agency reported.")


@pytest.mark.parametrize("text, name", [
    ("Forty people died in an army attack on Qarvadin on Friday.", "Qarvadin"),
    ("Rebels began their long-awaited assault on Tirzana overnight.", "Tirzana"),
    ("Upon entering Qarvadin, the troops set up checkpoints.", "Qarvadin"),
    ("Militiamen were raiding Dembolo when the police arrived.", "Dembolo"),
    ("Troops were fighting inside of the Marvesh District on Tuesday.", "Marvesh District"),
])
def test_what_an_assault_or_a_raid_enters_is_a_place(gz, text, name):
    assert name in by_text(gz, text)


@pytest.mark.parametrize("text, name", [
    ("Residents of Ubakwe fled after gunmen burned twenty houses.", "Ubakwe"),
    ("The villagers of Kolmari fled before dawn.", "Kolmari"),
    ("Gunmen took the whole community of Tembura hostage.", "Tembura"),
])
def test_the_people_of_a_name_make_it_a_place(gz, text, name):
    assert name in by_text(gz, text)


def test_a_place_set_off_by_a_comma_before_said_is_no_speaker(gz):
    found = by_text(gz, "Ten people died in an attack on the village of Bolamu, said local police.")
    assert "Bolamu" in found


def test_a_spanish_article_opens_a_place_name(gz):
    assert "La Petrina" in by_text(gz, "Fighters patrolled the roads near the town of La Petrina.")


def test_a_kind_of_place_may_stand_between_the_preposition_and_the_name(gz):
    assert "Lassimara" in by_text(gz, "The mine, laid at village Lassimara, blew up a truck.")


def test_a_name_ending_like_an_adjective_before_village_is_a_village_but_not_after_an(gz):
    assert "Butavian" in by_text(gz, "Troops patrolled around the Butavian village on Monday.")
    assert "Ossetian" not in by_text(gz, "Troops shelled an Ossetian village on Monday.")
