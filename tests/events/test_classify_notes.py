"""Typing notes written for this test in the style of ACLED's event notes (several sentences, dates, counts)."""

import pytest

from timeline.events import classify

NOTES = [
    ('On 12 March 2019, Boko Haram militants attacked a military base in Gajiram, killing 5 soldiers. The troops repelled the attack.', 'Armed clash'),
    ('On 3 May 2018, unidentified armed men killed a civilian man in Ndele town.', 'Attack'),
    ('On 4 April 2020, Al Shabaab fighters ambushed an AMISOM convoy near Afgoye. Casualties unknown.', 'Armed clash'),
    ('On 10 June 2017, Taliban militants took control of the district centre of Jani Khel after government forces retreated following heavy fighting.', 'Non-state actor overtakes territory'),
    ('On 8 August 2016, the Syrian army regained control of the village of Kinsibba from rebel groups.', 'Government regains territory'),
    ('On 2 February 2021, an IED planted by suspected militants detonated against a police vehicle in Kunar, injuring two police officers.', 'Remote explosive/landmine/IED'),
    ('On 19 July 2019, a drone strike by the US forces targeted a vehicle carrying suspected AQAP members in Shabwah, killing 3.', 'Air/drone strike'),
    ('On 22 May 2018, regime forces fired artillery shells and mortar rounds on Kafr Zita, killing a woman.', 'Shelling/artillery/missile attack'),
    ('On 1 January 2020, a man on a motorbike threw a hand grenade at a shop in Bujumbura, injuring four people.', 'Grenade'),
    ('On 14 September 2019, a female suicide bomber detonated her explosive belt at a market in Konduga, killing 6 civilians.', 'Suicide bomb'),
    ('On 5 October 2018, members of the military raped a girl in Kasai.', 'Sexual violence'),
    ('On 7 March 2019, ADF militants kidnapped 7 civilians from a village near Beni.', 'Abduction/forced disappearance'),
    ("On 30 April 2019, residents of Goma held a sit-in in front of the governor's office to protest against insecurity.", 'Peaceful protest'),
    ('On 11 November 2019, students protested in Abidjan; police arrested 12 of them.', 'Protest with intervention'),
    ('On 16 January 2019, security forces opened fire on protesters in Khartoum, killing 3 demonstrators.', 'Excessive force against protesters'),
    ('On 9 August 2019, a group of villagers beat to death a suspected witch in Mbale.', 'Mob violence'),
    ('On 20 June 2019, the government and the rebel coalition signed a peace deal in Khartoum.', 'Agreement'),
    ('On 25 December 2018, police arrested a senior opposition leader in Harare.', 'Arrests'),
    ('On 3 March 2019, the militia announced the appointment of a new commander.', 'Change to group/activity'),
    ('On 6 July 2018, the army seized a weapons cache containing rifles and ammunition in a house in Mogadishu.', 'Disrupted weapons use'),
    ('On 15 May 2019, Al Shabaab established a base in the village of El Dheere.', 'Headquarters or base established'),
    ('On 8 January 2019, unidentified men set fire to a church in Kumba.', 'Looting/property destruction'),
    ('On 2 July 2017, Houthi forces withdrew from Hodeidah port and handed it over to the coast guard.', 'Non-violent transfer of territory'),
    ('On 12 April 2020, the military used chlorine gas in an attack on Saraqib.', 'Chemical weapon'),
    ('On 4 June 2019, Fulani militia attacked the village of Sobane, killing 35 villagers and burning houses.', 'Attack'),
    ('On 9 September 2019, fighting erupted between two rival armed groups in Kidal. 4 fatalities.', 'Armed clash'),
    ('On 2 December 2018, Russian warplanes bombed rebel positions in Idlib countryside.', 'Air/drone strike'),
    ('On 17 March 2019, Israeli forces fired missiles at a Hamas site in Gaza.', 'Shelling/artillery/missile attack'),
    ('On 1 May 2019, a landmine exploded under a civilian truck near Tessit, killing 2 passengers.', 'Remote explosive/landmine/IED'),
    ('On 11 March 2019, an armed group abducted a local chief near Bangassou.', 'Abduction/forced disappearance'),
    ("On 22 February 2019, hundreds of people demonstrated in Algiers against President Bouteflika's fifth term.", 'Peaceful protest'),
    ('On 23 August 2019, police used tear gas to disperse demonstrators in Kampala.', 'Protest with intervention'),
    ('On 5 May 2019, armed men looted cattle from herders in Mopti region.', 'Looting/property destruction'),
    ('On 9 April 2019, soldiers tortured and killed two detainees in a military camp.', 'Attack'),
    ('On 14 February 2019, a military court sentenced 10 militants. Other.', 'Other'),
    ('On 30 January 2019, police intercepted a truck carrying explosives in Kano.', 'Disrupted weapons use'),
    ('On 2 October 2019, gunmen stormed a police checkpoint in Tillaberi, killing 4 police officers.', 'Armed clash'),
    ('On 15 August 2019, the army launched an offensive and recaptured Khan Sheikhoun.', 'Government regains territory'),
    ('On 25 July 2019, rebels overran an army outpost and took control of the town of Kamanyola.', 'Non-state actor overtakes territory'),
    ('On 3 April 2019, traders went on strike and closed shops in Bamenda.', 'Peaceful protest'),
    ('On 13 June 2019, unknown gunmen shot and injured a journalist in Lagos.', 'Attack'),
    ('On 21 March 2019, a grenade was thrown into a crowd at a bus station, killing 1.', 'Grenade'),
    ('On 29 May 2019, protesters stoned vehicles and barricaded roads in Port-au-Prince.', 'Violent demonstration'),
    ('On 7 July 2019, the militants released 5 hostages following negotiations with local elders.', 'Agreement'),
]


@pytest.mark.parametrize("note, sub_event_type", NOTES)
def test_note(note, sub_event_type):
    result = classify(note)
    assert result is not None and result.sub_event_type == sub_event_type
