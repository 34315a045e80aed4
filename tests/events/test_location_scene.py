"""Which named place is an event's scene, on sentences written for these tests and read by the real geoparser."""

import pandas as pd

from timeline.events import extract_events


def scenes(text: str) -> list[str]:
    """Returns the text of each event's location mention, in the table's order (events without one left out)."""
    return [text[int(e.location_start) : int(e.location_end)] for e in extract_events(text).itertuples()
            if pd.notna(e.location_start)]


def test_a_time_or_a_number_after_the_deed_is_no_topic():
    assert scenes("A group loyal to a chief in southern Congo blamed for a murder has killed eight people over the weekend in Luebo.") == ["Luebo"]
    assert scenes("Gunmen loyal to a warlord in northern Iraq blamed for a murder killed about 20 people in Tikrit.") == ["Tikrit"]


def test_a_capital_a_minority_seeks_independence_from_is_a_government_not_the_scene():
    assert scenes("NATO bombed Yugoslavia for 78 days, seeking to stop a crackdown on a minority seeking "
                  "independence from Belgrade.") == ["Yugoslavia"]


def test_where_a_captive_was_taken_afterwards_is_not_the_scene():
    assert scenes("Ahmed was captured in Afghanistan in 2001 and held by Pakistani authorities for about four "
                  "months before being transferred to Guantanamo.") == ["Afghanistan"]


def test_a_building_the_gazetteer_lacks_is_coded_to_the_town_it_stands_in():
    assert scenes("He was shot twice and died later at Hartwell Medical Center in Nashville.") == ["Nashville"]
    assert scenes("A gunman was killed at National Hospital in the capital, Colombo, on Monday.") == ["Colombo"]


def test_places_describing_where_another_lies_are_references_too():
    assert scenes("Militants attacked army positions west of Tal Afar, a town located on the road between Mosul "
                  "and Sinjar.") == ["Tal Afar"]


def test_a_name_that_was_captured_is_a_person_when_it_only_fits_a_hamlet():
    assert scenes("Rossi was captured and shot by partisans as he tried to flee northern Italy.") == ["northern Italy"]


def test_a_name_qualifying_a_person_is_no_container_of_the_scene():
    assert scenes("The Toronto-born Khadr was captured in Afghanistan in 2002 and was shifted to Guantanamo "
                  "four months later.") == ["Afghanistan"]


def test_a_protests_topic_ends_where_a_second_deed_begins():
    assert scenes("About 200 students demonstrated against the air offensive in Gaza on Monday and burned a flag "
                  "outside the consulate in Auckland.") == ["Auckland"]


def test_a_name_qualifying_a_tribe_is_not_the_scene():
    assert scenes("Four people were killed in clashes between the Al-Hadid and Al-Saida tribes in Yemen's Maarib "
                  "province.") == ["Maarib"]


def test_a_given_name_before_a_family_name_that_was_killed_is_a_person():
    assert scenes("Hassan al-Haj was killed in Idlib province on Monday.") == ["Idlib"]
    assert scenes("Last month the owner of a Sofia restaurant was shot dead.") == ["Sofia"]


def test_a_named_township_of_a_city_is_the_scene():
    assert scenes("A teacher was shot dead on Monday in the Harare township of Mbare.") == ["Mbare"]



def test_the_village_gunmen_invaded_is_the_scene():
    assert scenes("Armed men on Monday invaded Dantsauni village in Zurmi local government area of Zamfara State.") == ["Dantsauni"]


def test_a_captives_home_is_not_the_scene_nor_the_container_of_it():
    assert scenes("Lindqvist, from a working-class family in Sacramento, California, was captured with other "
                  "fighters in Afghanistan in December.") == ["Afghanistan"]


def test_a_place_the_gazetteer_lacks_beats_one_every_rule_speaks_against():
    assert scenes("Rebels have captured Kilwamba on the border with Zambia, rebel radio reported Monday.") == ["Kilwamba"]


def test_a_sentence_opening_article_is_not_part_of_an_unlisted_name():
    assert scenes("The Tel Hadash neighborhood was captured by Israel in the 1967 war.") == ["Tel Hadash"]


def test_the_swat_valley_is_no_police_team():
    assert scenes("Taliban fighters overran two police posts in Swat on Monday.") == ["Swat"]


def test_a_military_airport_is_a_place_not_the_military():
    assert scenes("Rebels launched a new assault on the Kuweires Military Airport on Monday.") == ["Kuweires Military Airport"]


def test_an_unlisted_name_after_a_is_a_noun_or_its_qualifier():
    assert scenes("Militants set off bombs at a Mosque in the northern Pakistani city of Peshawar, killing nine.") == ["Peshawar"]


def test_a_town_naming_a_road_is_not_the_scene():
    assert scenes("Gunmen killed six bus passengers on the Kandahar-Herat main road in Delaram district.") == ["Delaram"]


def test_what_protesters_said_is_an_aside():
    assert scenes("Hundreds of students protested the minister's visit in Karbala on Friday, saying the deal would "
                  "make Iraq dependent on Iran.") == ["Karbala"]


def test_who_a_victim_was_is_an_aside():
    assert scenes("Nowak, 44, an officer with a brigade in the Gdansk port, was shot in an ambush north of Hillah "
                  "on Thursday.") == ["Hillah"]


def test_a_town_a_village_is_near_only_says_where_the_village_lies():
    assert scenes("Gunmen stormed the village of Albu Ajil near Tikrit and killed 12 people.") == ["Albu Ajil"]


def test_towns_troops_encircled_or_assailed_are_scenes_of_fighting():
    assert scenes("Russian troops encircled Samashki and Bamut on Sunday night.") == ["Samashki", "Bamut"]
    assert scenes("At dawn rebel forces assailed Kisangani from three sides.") == ["Kisangani"]


def test_the_land_a_capture_took_is_the_scene_however_large():
    assert scenes("The rebels captured eastern Chad in March and are now advancing on the capital Ndjamena.") == ["eastern Chad"]
    assert scenes("Separatist fighters have captured more than a third of Mali, including the city of Gao.") == ["Mali"]


def test_a_name_qualifying_the_object_is_not_the_object():
    assert scenes("Insurgents stormed Iraq army posts in Tikrit on Tuesday.") == ["Tikrit"]


def test_where_a_captive_was_moved_after_the_capture_is_not_the_scene():
    assert scenes("Salem was captured in Yemen in 2002, hauled in a cargo plane to Cairo and tried two years later.") == ["Yemen"]
    assert scenes("Ortiz was arrested in Peru and returned to Santiago, where he awaits trial.") == ["Peru"]


def test_the_seat_of_a_government_is_not_the_scene():
    assert scenes("Rebels have captured two towns in Kasai from a militia allied with the government in Kinshasa.") == ["Kasai"]


def test_a_second_setting_opens_a_deed_of_its_own():
    assert scenes("In Tuzla, east of Sarajevo, a man was shot and wounded, police said, and in Zenica, north of "
                  "Sarajevo, a teacher has been arrested.")[0] == "Tuzla"


def test_a_dashed_aside_is_not_the_scene():
    assert scenes("Planes sent by the coalition -- which is led from Riyadh -- bombed a bridge in Hodeidah province.") == ["Hodeidah"]


def test_where_troops_come_from_is_not_the_scene():
    assert scenes("Soldiers from Kano opened fire on protesters in Jigawa State, killing four.") == ["Jigawa State"]


def test_a_name_followed_by_its_own_district_kind_holds_the_part_before_it():
    assert scenes("Bandits killed 12 villagers in the Gora district of Ringim LGA of Jigawa State on Tuesday.") == ["Gora"]


def test_what_was_invaded_is_the_scene():
    assert scenes("Gunmen invaded Kadisau village in Faskari LGA of Katsina State, killing 18 people.") == ["Kadisau"]


def test_a_place_no_gazetteer_lists_that_was_captured_is_still_a_place():
    assert scenes("Western Brandovia was captured by rebel forces in 1993.") == ["Western Brandovia"]


def test_the_state_that_acted_is_not_the_scene():
    assert scenes("Kuwait was invaded and annexed by Iraq in August 1990.") == ["Kuwait"]
    assert scenes("Guam, Cuba and the Philippines were ceded by Spain in 1898.") == ["Guam", "Cuba", "Philippines"]


def test_a_belonging_of_a_person_named_like_a_hamlet_is_not_a_place():
    assert scenes("Police fired tear gas outside Patten's hotel, where protesters had gathered.") == []


def test_a_borough_of_a_city_is_the_smaller_place():
    assert scenes("Agents arrested him in the New York borough of Queens, where he lived.") == ["Queens"]


def test_a_capital_whose_control_is_spoken_of_stands_for_its_government():
    assert scenes("The vote, the first since Western Krajina was captured by the Serbs in 1991, will return the "
                  "region to Zagreb's control.") == ["Western Krajina"]


def test_a_name_with_a_surname_right_after_the_deed_is_a_person():
    assert scenes("Police captured Fernando Ruiz at a shelter in Tijuana.") == ["Tijuana"]
    assert scenes("Truckloads of police patrolled Harare Saturday after gunmen killed two.") == ["Harare"]


def test_a_place_named_after_a_possessive_is_the_smaller_place_in_it():
    assert scenes("The other victim was shot at an entrance to Jerusalem's Old City in July.") == ["Old City"]


def test_who_did_a_deed_to_himself_is_a_person():
    assert scenes("Hours after the shooting, Barton fatally shot himself at a store northwest of Atlanta.") == ["Atlanta"]


def test_the_land_taken_named_before_the_deed_is_the_scene_not_a_party_to_a_deal():
    assert scenes("Under the accord between Belgrade and the rebels, Western Krajina, captured by the Serbs in 1991, "
                  "returns to Croatian control.") == ["Western Krajina"]


def test_where_someone_is_held_told_in_passing_is_not_the_scene():
    assert scenes("Relatives of the men held by the United States at Bagram protested outside Parliament Square in "
                  "London on Saturday.") == ["London"]


def test_a_place_said_to_hold_the_one_acted_on_is_not_the_scene():
    assert scenes("Troops liberated the Zahra factories located inside the Handarat Refugee Camp on Monday.") == ["Zahra"]


def test_where_businessmen_or_pilgrims_come_from_is_not_the_scene():
    assert scenes("Two businessmen from Chennai, reported missing in Fiji since December, were found murdered on the island.") == ["Fiji"]


def test_a_later_said_of_the_doers_is_no_attribution_of_the_place():
    assert scenes("Hezbollah captured two soldiers along Lebanon's border with Israel and said it wanted to swap "
                  "them for prisoners held in Israel.") == ["Lebanon"]


def test_the_town_taken_is_the_scene_after_its_description():
    assert scenes("Bunia, the main town in the gold-producing Eastern Ituri province, was captured by the rebels "
                  "ten days ago.") == ["Bunia"]


def test_a_relative_clause_on_the_doers_names_no_scene():
    assert scenes("About 50 members of a Kurdish group which held its congress in Geneva, demonstrated in Munich "
                  "on Tuesday.") == ["Munich"]


def test_a_place_before_the_deed_word_holds_no_place_after_it():
    assert scenes("Exiles from Benghazi who once lived in Cairo, marched in Tunis on Friday.") == ["Tunis"]


def test_where_an_advance_is_heading_is_not_the_scene_unless_it_was_beaten_back():
    assert scenes("Soldiers ambushed a rebel column in Kidal region heading towards Gao.") == ["Kidal"]
    assert scenes("Jets bombed an Islamic State convoy in Anbar province that was moving toward Ramadi.") == ["Anbar"]
    assert scenes("Troops repelled the militants who were trying to advance on the Kuweires airbase, killing "
                  "twelve of them.")[:1] == ["Kuweires"]


def test_an_unnamed_town_taken_in_a_named_region_puts_the_event_in_the_region():
    assert scenes("Islamic State fighters seized a town in western Anbar on Friday, three days after their attack "
                  "on Ramadi.") == ["Anbar"]


def test_off_a_coast_is_at_sea_beside_the_place():
    assert scenes("Warships patrolled the waters off Yemen after the defeat of the rebels in Eritrea.") == ["Yemen"]
    assert scenes("A freighter was bombed off the coast of Cyprus in 1986 by a group with its base in Syria.") == ["Cyprus"]


def test_a_place_the_deed_was_done_to_is_the_scene_before_the_passive_verb():
    assert scenes("Grozny was heavily shelled by Russian artillery overnight and refugees streamed towards Nazran.") == ["Grozny"]
    assert scenes("Kunduz and Baghlan were encircled by Taliban fighters on Sunday, and families were fleeing towards Kabul.") == ["Kunduz", "Baghlan"]


def test_a_name_before_a_unit_of_armed_men_or_police_says_whose_unit_it_is():
    assert scenes("A Fijian soldier was shot dead by a comrade days before the Pacific contingent was due to leave Lebanon.") == ["Lebanon"]
    assert scenes("Two men were shot on Friday as Kandahar police patrolled a market in Helmand.") == ["Helmand"]
    assert scenes("A bomb killed four guards outside Kirkuk police headquarters on the road to Erbil.") == ["Kirkuk"]


def test_a_part_named_after_its_city_and_kind_is_the_scene():
    assert scenes("Two policemen were shot on Monday in a crowded Nairobi suburb, Kangemi.") == ["Kangemi"]
    assert scenes("Soldiers patrolled overnight in a Karachi neighbourhood called Lyari.") == ["Lyari"]


def test_a_village_of_a_sub_division_or_tehsil_is_the_smaller_place():
    assert scenes("A man murdered his brother at Kheri village of Jagraon sub-division on Monday.") == ["Kheri"]
    assert scenes("A landlord was shot dead at Bhikhi village of Mansa tehsil on Friday night.") == ["Bhikhi"]


def test_the_agent_of_a_passive_is_no_scene():
    assert scenes("A winger was shot dead in Bolivia in 2004 shortly after being cut by Chicago.") == ["Bolivia"]
    assert scenes("Two bombers were captured in Yemen last month with the help of information given by Nairobi.") == ["Yemen"]


def test_a_name_the_police_captured_is_a_person():
    assert scenes("Detectives arrested Marsala on Friday at a farmhouse outside Catania.") == ["Catania"]
    assert scenes("Police captured Florence after a chase through the port of Naples.") == ["Naples"]


def test_a_where_clause_set_apart_by_commas_is_an_aside_on_the_place():
    assert scenes("In Lagos, where the festival centred on the beaches of Lekki, soldiers patrolled the streets.") == ["Lagos"]
    assert scenes("Militants were killed in Kunduz, where the river meets the road to Baghlan, on Sunday.") == ["Kunduz"]
