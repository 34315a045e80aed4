"""Typing snippets into ACLED's taxonomy: one written example per sub-event type, and the rules between them."""

import pytest

from timeline.events import EventType, classify
from timeline.events.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

# Snippets written for these tests in the style of ACLED's notes (not taken from any data set).
EXAMPLES = [
    ("Army units clashed with rebels near the river crossing for three hours.", "Armed clash"),
    ("Government troops recaptured the town of Tikrit from the militants.", "Government regains territory"),
    ("Insurgents seized the town of Qaim after the garrison fled.", "Non-state actor overtakes territory"),
    ("Witnesses reported a chlorine attack on a neighbourhood of the city.", "Chemical weapon"),
    ("Warplanes struck a market in the rebel-held district, killing nine.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing four police officers.", "Suicide bomb"),
    ("Government forces shelled the village with artillery overnight.", "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a minibus on the highway, killing three passengers.", "Remote explosive/landmine/IED"),
    ("An unknown man threw a grenade into a crowded bar, wounding six.", "Grenade"),
    ("Soldiers raped two women at a water point outside the camp.", "Sexual violence"),
    ("Unidentified gunmen shot dead a farmer in his field.", "Attack"),
    ("Gunmen abducted 12 students from their school dormitory.", "Abduction/forced disappearance"),
    ("Hundreds of teachers marched to the ministry to demand higher salaries.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters outside parliament.", "Protest with intervention"),
    ("Security forces shot dead three protesters during a march.", "Excessive force against protesters"),
    ("Demonstrators threw stones at police and burned tyres on the main road.", "Violent demonstration"),
    ("A mob lynched a man accused of theft at the market.", "Mob violence"),
    ("The two factions signed a ceasefire agreement in the capital.", "Agreement"),
    ("Police arrested five men at a house in the old city.", "Arrests"),
    ("Two armed groups announced they had merged to form a new coalition.", "Change to group/activity"),
    ("Bomb disposal experts defused an IED planted under a bridge.", "Disrupted weapons use"),
    ("The militia established a new base in the hills above the town.", "Headquarters or base established"),
    ("Fighters looted shops and set fire to houses in the village.", "Looting/property destruction"),
    ("Rebels withdrew from the town without a fight, handing it to a local council.", "Non-violent transfer of territory"),
]


def test_taxonomy_has_six_types_and_25_sub_types():
    assert len(SUB_EVENT_TYPES) == 25
    assert len(EVENT_TYPES) == 6
    assert EventType.of("Grenade") == EventType("Explosions/Remote violence", "Grenade")
    with pytest.raises(ValueError):
        EventType.of("Skirmish")


@pytest.mark.parametrize("snippet, sub_event_type", EXAMPLES)
def test_each_sub_event_type(snippet, sub_event_type):
    result = classify(snippet)
    assert result is not None
    assert result.sub_event_type == sub_event_type
    assert result.event_type == SUB_EVENT_TYPES[sub_event_type]


def test_every_sub_type_except_other_is_exercised():
    assert {sub for _, sub in EXAMPLES} == set(SUB_EVENT_TYPES) - {"Other"}


@pytest.mark.parametrize(
    "statement",
    [
        "Washington said it would help Baghdad in its fight against the militants.",
        "The minister vowed to eliminate all terrorist groups in the province.",
        "Officials fear the militants could attack the city within days.",
        "",
    ],
)
def test_statements_and_intentions_are_not_events(statement):
    assert classify(statement) is None


def test_weapon_decides_among_explosions():
    assert classify("A helicopter fired a rocket at a car, killing five.").sub_event_type == "Air/drone strike"
    assert classify("A suicide car bomb exploded near the mosque.").sub_event_type == "Suicide bomb"
    assert classify("A car bomb exploded near the mosque.").sub_event_type == "Remote explosive/landmine/IED"


def test_victims_decide_between_battle_and_attack():
    assert classify("Gunmen killed three soldiers at a checkpoint.").sub_event_type == "Armed clash"
    assert classify("Gunmen killed three villagers at a checkpoint.").sub_event_type == "Attack"


def test_the_reason_for_an_arrest_is_not_the_event():
    assert classify("Police arrested a man suspected of planting a bomb.").sub_event_type == "Arrests"


def test_what_a_protest_is_about_is_not_the_event():
    snippet = "Relatives marched to demand justice for the killing of two activists."
    assert classify(snippet).sub_event_type == "Peaceful protest"


def test_road_blocked_with_burning_tyres_is_a_violent_demonstration():
    # ACLED's codebook counts barricades and burning tyres as violence by demonstrators.
    snippet = "Workers protested over unpaid wages and blocked the highway with burning tyres."
    assert classify(snippet).sub_event_type == "Violent demonstration"


def test_who_took_the_ground_decides_the_territory_type():
    assert classify("Militants captured the town of Ramadi.").sub_event_type == "Non-state actor overtakes territory"
    assert classify("Troops captured the town of Ramadi.").sub_event_type == "Government regains territory"
    assert classify("The army lost the city of Mosul to insurgents.").sub_event_type == "Non-state actor overtakes territory"


def test_force_short_of_killing_on_a_protest_is_an_intervention():
    assert classify("Police assaulted protesters during a march.").sub_event_type == "Protest with intervention"
    assert classify("Police dispersed the crowd by firing tear gas at protesters.").sub_event_type == "Protest with intervention"


def test_fighting_reported_before_the_protest_is_the_event():
    snippet = "Fighting erupted in the city when troops broke up a protest camp."
    assert classify(snippet).sub_event_type == "Armed clash"


# One written snippet per rule added for the ACLED sub-type benchmark; each fails without its rule.
RULES = [
    # protests: the gathering's forms, a crowd dispersing of itself, tear gas is not lethal force
    ("Hundreds of students formed a human chain around the university to oppose the fee rise.", "Peaceful protest"),
    ("Taxi drivers held a rally at the terminal and dispersed peacefully after two hours.", "Peaceful protest"),
    ("Police fired tear gas at demonstrators outside the ministry.", "Protest with intervention"),
    # excessive force: live fire or grave harm on a gathering, named by its own words
    ("Soldiers opened fire on a peaceful march of farmers, killing four.", "Excessive force against protesters"),
    ("Police shot a teacher dead during a sit-in outside the ministry.", "Excessive force against protesters"),
    ("Riot police fired metal pellets at women protesting in the square.", "Excessive force against protesters"),
    ("Troops used live rounds against a funeral procession of mourners, killing three.", "Excessive force against protesters"),
    ("Police beat nurses protesting over pay, leaving five seriously injured.", "Excessive force against protesters"),
    ("A marcher was killed when soldiers fired live rounds to break up a sit-in by farmers.", "Excessive force against protesters"),
    ("Relatives of a student who was killed in 2019 marched to demand justice.", "Peaceful protest"),
    # a violent crowd is a riot, whatever force met it
    ("Protesters threw stones at police; one protester was killed when police fired.", "Violent demonstration"),
    ("Demonstrators against the tax rise looted and burned a supermarket.", "Violent demonstration"),
    # mob violence: crowds with crude weapons, gangs of youths, no armed group
    ("A gang of youths chased and beat traders at a bus park.", "Mob violence"),
    ("Villagers fought with sticks and machetes over grazing land, leaving two dead.", "Mob violence"),
    ("Residents armed with machetes attacked a police post to free a detained man.", "Mob violence"),
    ("Militants fired mortar rounds at the town, a vigilante commander said.", "Shelling/artillery/missile attack"),
    ("A grenade thrown from the crowd exploded at an opposition rally, wounding 12.", "Grenade"),
    # explosions: chemical agents, signs of a suicide attack, weapons found before use
    ("Drones dropped munitions containing chloropicrin on trenches near the front.", "Chemical weapon"),
    ("An attacker wearing an explosive vest detonated it at a wedding hall, killing 11.", "Suicide bomb"),
    ("A militant drove a truck packed with explosives into an army camp; nine died including the bomber.", "Suicide bomb"),
    ("Soldiers intercepted a suicide bomber at the gate of the mosque before she could detonate her device.", "Disrupted weapons use"),
    ("Police seized suicide vests and detonators during a raid on a safe house.", "Disrupted weapons use"),
    ("Army engineers found and destroyed two landmines on the road to the border.", "Disrupted weapons use"),
    ("Warplanes struck an ammunition depot of the rebels outside the city.", "Air/drone strike"),
    ("Heavy fighting between the two armies went on in Luhansk oblast.", "Armed clash"),
    ("Militants blew up a bridge on the main road; nobody was hurt.", "Looting/property destruction"),
    # violence against civilians: a disappearance; a sexual assault reported as an accusation
    ("A journalist was picked up by men in plain clothes and his whereabouts remain unknown.", "Abduction/forced disappearance"),
    ("Soldiers were accused of raping two girls during a search operation.", "Sexual violence"),
    # battles: named rebel armies, returned fire, plural places, fighting "under fire"
    ("The Kachin Independence Army seized a military outpost near the border.", "Non-state actor overtakes territory"),
    ("Soldiers came under fire from guerrillas near the border and returned fire.", "Armed clash"),
    ("Rebels captured several villages after fierce fighting.", "Non-state actor overtakes territory"),
    ("Rebels have taken the town of Kiwanja after the army fled.", "Non-state actor overtakes territory"),
    ("Rebels took the town after government militias withdrew under fire.", "Non-state actor overtakes territory"),
    # territory changing hands without a fight; a withdrawal that is a troop movement; an arrest without a shot
    ("Militiamen took control of the town after the army withdrew. No clashes were reported.", "Non-violent transfer of territory"),
    ("Government troops took over the base vacated by the peacekeepers.", "Non-violent transfer of territory"),
    ("The rebels withdrew from the port and handed control to the coast guard under a monitored redeployment.", "Non-violent transfer of territory"),
    ("Foreign troops withdrew from their base in the north and redeployed to the capital.", "Change to group/activity"),
    ("Marines captured an alleged cartel leader at his ranch without a shot being fired.", "Arrests"),
    ("Security officers picked up three opposition members from their homes overnight.", "Arrests"),
    # agreements: truces with compensation, cessation of hostilities, brokered settlements
    ("The two clans agreed to a truce and to pay compensation for the dead.", "Agreement"),
    ("Officials and the militia signed a cessation of hostilities agreement.", "Agreement"),
    ("The government and the rebels reached a Qatari-brokered settlement.", "Agreement"),
    # bases
    ("Bandits set up a camp in the forest as a base for raids on farms.", "Headquarters or base established"),
    ("The rebels opened a command post in the old school.", "Headquarters or base established"),
    # looting
    ("Gunmen carried off cattle and burned granaries in the village.", "Looting/property destruction"),
    # change to group/activity: troops sent, curfews, recruitment, with the violence they answer as background
    ("The government sent two battalions to the province after a spate of killings.", "Change to group/activity"),
    ("Authorities imposed a dusk-to-dawn curfew following attacks on villages.", "Change to group/activity"),
    ("The army deployed police reservists to the county to curb cattle rustling.", "Change to group/activity"),
    ("The government recruited militias to join the offensive against the insurgents.", "Change to group/activity"),
    # Other: coups, shows of force, displacement
    ("Soldiers seized power in the capital and suspended the constitution.", "Other"),
    ("Mutinous officers took over the state broadcaster in the capital.", "Other"),
    ("The army test-fired a cruise missile from a coastal range.", "Other"),
    ("The rebels staged a military parade with tanks and rocket launchers.", "Other"),
    ("Thousands of families fled their villages fearing new attacks.", "Other"),
    ("About 3,000 people were displaced after rumours of an imminent offensive.", "Other"),
    ("The junta dissolved the government and the national assembly.", "Other"),
    # protests: streets, strikes of any length, walkouts and shutdowns; a ban on protests is no protest
    ("Thousands of opposition supporters took to the streets of the capital on Friday.", "Peaceful protest"),
    ("Doctors went on a three-day strike to press for better pay.", "Peaceful protest"),
    ("Dock workers walked out over unpaid wages, halting the port.", "Peaceful protest"),
    ("Shops stayed shut during a shutdown called by traders' unions over new taxes.", "Peaceful protest"),
    ("The authorities banned all demonstrations in the capital for a month.", "Change to group/activity"),
    # mob violence: kidnappers are not a kidnapping
    ("Residents set ablaze two suspected kidnappers in the market.", "Mob violence"),
    # weapons: more found, downed, safely detonated, foiled
    ("Soldiers recovered an AK-47 and 200 rounds of ammunition during a search of the house.", "Disrupted weapons use"),
    ("Air defence systems downed two drones over the capital overnight.", "Disrupted weapons use"),
    ("Soldiers discovered and safely detonated an IED on the road to the market.", "Disrupted weapons use"),
    ("Troops foiled an attempt by militants to plant explosives on a bridge.", "Disrupted weapons use"),
    ("An unmanned aerial vehicle targeted a car near the town, killing two commanders.", "Air/drone strike"),
    ("A military truck ran over an explosive device near the border, wounding four soldiers.", "Remote explosive/landmine/IED"),
    # territory: fighting for control, expulsions of diplomats, handing back, abandoned by, allowed in
    ("Rival militias battled for control of the market.", "Armed clash"),
    ("The junta expelled the French ambassador from the country.", None),
    ("The militia peacefully handed the airport back to government forces.", "Non-violent transfer of territory"),
    ("Militias took over positions abandoned by the army in the town.", "Non-violent transfer of territory"),
    ("The rebels allowed government troops to enter the city under a Russian-brokered deal.", "Non-violent transfer of territory"),
    ("The army moved heavy weapons and tanks to the border region.", "Change to group/activity"),
    # violence: gun duels, one-sided assaults on civilians, floggings; robbers raiding a bank
    ("Police engaged bandits in a gun duel, killing three of them.", "Armed clash"),
    ("Ruling party militiamen assaulted an opposition member at his home.", "Attack"),
    ("Police officers whipped traders for violating the lockdown.", "Attack"),
    ("Armed robbers raided a bank and took cash.", "Looting/property destruction"),
    ("An activist was forcibly disappeared by state agents, his family said.", "Abduction/forced disappearance"),
    ("Police held three journalists overnight for questioning.", "Arrests"),
    # agreements: exchanges of bodies, ceasefires ending fighting, accords to end clashes, ransoms, amnesties
    ("The two sides exchanged the bodies of fallen soldiers under a Red Cross deal.", "Agreement"),
    ("The rebels and the government agreed on a ceasefire ending weeks of fighting.", "Agreement"),
    ("Elders signed a peace accord to end clashes between herders and farmers that killed dozens.", "Agreement"),
    ("The kidnappers freed the pupils after a ransom was paid.", "Agreement"),
    ("The government granted amnesty to 300 fighters.", "Agreement"),
    # crowds fighting crowds; armed factions fighting; victims before "dead"
    ("Supporters of rival candidates clashed in the port city, leaving one person dead.", "Mob violence"),
    ("Two rival factions fought with automatic weapons overnight, leaving several dead, residents said.", "Armed clash"),
    # a raid that ends in detention is an arrest
    ("Police raided the home of a journalist and took him into detention.", "Arrests"),
    # change to group/activity: new groups formed, positions reinforced or taken up; a vigilante group is no mob
    ("The state government set up a new vigilante group to fight bandits.", "Change to group/activity"),
    ("The army reinforced its positions around the city with additional troops.", "Change to group/activity"),
    ("Foreign mercenaries took up positions at the former airbase.", "Change to group/activity"),
    ("The military staged a show of force in the capital with tanks.", "Other"),
    # interventions: warning shots, cordons, gatherings prevented; a banner is not a ban; clashing with protesters
    ("Police fired warning shots in the air to disperse a crowd of protesters.", "Protest with intervention"),
    ("Police cordoned off the square and prevented opposition supporters from holding a rally.", "Protest with intervention"),
    ("Police arrested a man for holding a banner in a one-man protest.", "Protest with intervention"),
    ("Police clashed with protesters in the capital and used tear gas.", "Violent demonstration"),
    # agreements and changes: prisoner swaps, leaders replaced
    ("The two sides swapped 50 prisoners under UN auspices.", "Agreement"),
    ("The group's leader was replaced by his deputy after an internal dispute.", "Change to group/activity"),
    ("A prison break freed 800 inmates after militants attacked the facility.", "Other"),
    # ground taken after the strikes that preceded it; villagers' youths fighting; robbery with violence on people
    ("The army took over three villages abandoned by the militants after heavy airstrikes.", "Government regains territory"),
    ("Youths from the two villages fought over a piece of land, killing one person.", "Mob violence"),
    ("Soldiers beat and robbed travellers at a checkpoint.", "Attack"),
    ("The military was accused of using toxic chemicals on civilians.", "Chemical weapon"),
    ("Witnesses described a gas attack on the suburb.", "Chemical weapon"),
    ("The attacker detonated his vest at the gate of the base, killing four guards.", "Suicide bomb"),
    ("The pastor was taken to an unknown location by armed men.", "Abduction/forced disappearance"),
    ("Security agents seized an activist from his home; his family has not heard from him since.", "Abduction/forced disappearance"),
    ("Soldiers arrested a man and later tortured him to death.", "Attack"),
    ("Militiamen stripped two women naked in the market.", "Sexual violence"),
    ("The group relocated its headquarters to the border town.", "Headquarters or base established"),
    ("Troops restored state authority in the district after the rebels fled.", "Government regains territory"),
    ("Rebels hoisted their flag over the town hall.", "Non-state actor overtakes territory"),
    ("Government troops left the town and allied militias moved in unopposed.", "Non-violent transfer of territory"),
    ("A suspected thief was set upon by a crowd in the market.", "Mob violence"),
    ("Both militias accepted a proposal from the governor.", "Agreement"),
    ("Martial law was imposed in the province.", "Change to group/activity"),
    ("Students marched in the capital denouncing the killing of a classmate.", "Peaceful protest"),
    ("Residents protested after the killing of a boy by police.", "Peaceful protest"),
    ("Residents demonstrated against insecurity and burned tyres on the main road.", "Violent demonstration"),
    ("Police confiscated placards from demonstrators outside parliament.", "Protest with intervention"),
    ("Fighters damaged a power line near the town.", "Looting/property destruction"),
    ("Militants blew up a school; no one was hurt.", "Looting/property destruction"),
    ("A mass grave with 20 bodies was found near the town.", "Other"),
    # a strike launched by missiles is no labour strike; armed men marching or setting up roadblocks are no protest
    ("The army launched a missile strike on the rebel headquarters.", "Shelling/artillery/missile attack"),
    ("Gunmen set up a roadblock and killed five passengers.", "Attack"),
    ("Rebels marched into the city unopposed.", "Non-violent transfer of territory"),
    ("Demobilised fighters blocked the main road to demand their unpaid allowances.", "Peaceful protest"),
    # people returning home after fighting are no mob; leaving a peace process is no ground given up
    ("Around 300 families returned to their villages after the fighting ended.", "Other"),
    ("The rebels announced a unilateral withdrawal from the peace process.", "Change to group/activity"),
]


@pytest.mark.parametrize("snippet, sub_event_type", RULES)
def test_rule(snippet, sub_event_type):
    result = classify(snippet)
    assert (result and result.sub_event_type) == sub_event_type


def test_what_a_march_denounces_is_not_a_cue():
    from timeline.events.triggers import find_cues

    cues = find_cues("Students marched in the capital denouncing the killing of a classmate.")
    assert [c.kind for c in cues] == ["protest"]


def test_a_clause_whose_only_cue_is_an_armed_march_reports_nothing():
    from timeline.events.classify import decide
    from timeline.events.triggers import find_cues

    text = "Troops marched through the town."
    assert decide(text, (0, len(text)), find_cues(text)) is None


def test_ground_taken_while_clashes_broke_out_was_not_given_up():
    text = ("Clashes broke out when militants took control of the town and seized the base after the army withdrew "
            "from its posts.")
    assert classify(text).sub_event_type == "Non-state actor overtakes territory"
    assert classify("Rebels took control of the town after the army withdrew; no clashes were reported.").sub_event_type == (
        "Non-violent transfer of territory"
    )


@pytest.mark.parametrize(
    ("snippet", "sub_event_type"),
    [
        ("Government troops are now storming Kafr Nasr from two sides.", "Armed clash"),
        ("A provincial council candidate was assassinated in Hilla on Tuesday.", "Attack"),
        ("A gunman shoots a shopkeeper dead in Mosul.", "Attack"),
        ("Rebels burned down three granaries and a school in the village.", "Looting/property destruction"),
        ("Twelve villagers are feared killed after gunmen raided Dogo on Sunday.", "Attack"),
    ],
)
def test_progressive_present_and_hedged_reports_are_events(snippet, sub_event_type):
    assert classify(snippet).sub_event_type == sub_event_type


def test_a_feared_attack_is_still_not_an_event():
    assert classify("Residents feared attacks on the village after the warning.") is None


def test_a_firefight_is_fought_with_guns_not_by_a_mob():
    assert classify("A young man was shot dead in a gun battle in the village.").sub_event_type != "Mob violence"
    assert classify("Rival supporters fought in the streets of the town, leaving two dead.").sub_event_type == "Mob violence"


def test_the_crime_a_captive_is_held_responsible_for_is_not_the_event_even_across_a_dates_comma():
    text = "The commander was captured in Ramadi on Monday, held responsible for the Sept. 11, 2001 attacks."
    assert classify(text).sub_event_type == "Arrests"


def test_managing_to_enter_a_town_is_taking_it():
    assert classify("The SAA has managed to enter the town of Kafr Nasr.").sub_event_type == "Government regains territory"
    assert classify("The SAA plans to enter the town of Kafr Nasr.") is None


@pytest.mark.parametrize(
    ("snippet", "sub_event_type"),
    [
        ("IS claims killing six soldiers near the border.", "Armed clash"),
        ("Gunmen gun down a tribal elder in the market.", "Attack"),
        ("Militants execute a shepherd outside the village.", "Attack"),
        ("Warplanes shell the northern districts overnight.", "Shelling/artillery/missile attack"),
        ("Tijuana: 3 alleged hitmen captured after a shootout.", "Arrests"),
    ],
)
def test_headline_forms_of_deeds(snippet, sub_event_type):
    assert classify(snippet).sub_event_type == sub_event_type


@pytest.mark.parametrize("statement", ["Residents feared attacks on the village.", "The company executive said the plant was shut.",
                                       "He claims the army will attack the city."])
def test_hedges_and_lookalikes_are_not_deeds(statement):
    assert classify(statement) is None


def test_planes_that_bombed_are_an_air_strike_not_a_plan():
    assert classify("US planes bombed a wedding in the central province of Uruzgan.").sub_event_type == "Air/drone strike"
    assert classify("Rebels planned to attack the town.") is None


def test_what_forces_were_able_to_do_they_did():
    assert classify("Security forces were able to apprehend two of the gunmen in Kirkuk.").sub_event_type == "Arrests"


@pytest.mark.parametrize("snippet", [
    "Insurgents ambush lorries, kill 7, abduct 40",
    "Bandits raided a hamlet, killing four farmers and kidnapping eleven.",
    "Gunmen kidnap 25 travellers, kill bus driver",
    "Armed men abducted a dozen traders on the highway and killed two of them.",
])
def test_an_abduction_in_which_people_were_killed_is_an_attack(snippet):
    assert classify(snippet).sub_event_type == "Attack"


def test_an_abduction_without_deaths_stays_an_abduction():
    assert classify("Gunmen kidnap 25 travellers on the highway").sub_event_type == "Abduction/forced disappearance"


def test_soldiers_killed_and_captured_in_an_ambush_are_a_battle_not_an_attack_on_civilians():
    snippet = "Rebels ambushed an army patrol, killing six soldiers and abducting two."
    assert classify(snippet).sub_event_type == "Armed clash"


@pytest.mark.parametrize("snippet, sub_event_type", [
    ("A sniper injured a boy near the bridge.", "Attack"),
    ("Gunmen wounded four policemen at a checkpoint.", "Armed clash"),
])
def test_wounding_someone_is_violence(snippet, sub_event_type):
    assert classify(snippet).sub_event_type == sub_event_type


@pytest.mark.parametrize("snippet", ["Helicopters evacuated wounded soldiers from the front.",
                                     "Two soldiers were wounded two days ago."])
def test_the_wounded_and_being_wounded_are_no_deed(snippet):
    assert classify(snippet) is None


@pytest.mark.parametrize("snippet", [
    "Commandos raided the kidnappers' camp, killing four of them and freeing nine hostages.",
    "Soldiers rescued 14 abducted farmers after a gunfight with their captors in the forest.",
])
def test_security_forces_freeing_captives_by_force_is_an_armed_clash(snippet):
    assert classify(snippet).sub_event_type == "Armed clash"


def test_captives_freed_by_their_own_captors_after_a_killing_stay_an_attack():
    assert classify("The gunmen freed two hostages after killing a third.").sub_event_type == "Attack"


@pytest.mark.parametrize("snippet, sub_event_type", [
    ("Bandits seized a dozen traders on the highway.", "Abduction/forced disappearance"),
    ("Police seized scores of motorists at the checkpoint.", "Arrests"),
    ("Militants seized an outpost from government troops.", "Non-state actor overtakes territory"),
])
def test_people_seized_are_taken_captive_not_ground(snippet, sub_event_type):
    assert classify(snippet).sub_event_type == sub_event_type


@pytest.mark.parametrize("snippet", ["Doctors treated 40 wounded at the city hospital.",
                                     "Several wounded people were admitted overnight."])
def test_the_wounded_someone_treated_and_wounded_as_an_adjective_are_no_deed(snippet):
    assert classify(snippet) is None


def test_people_hurt_in_a_mishap_are_no_deed():
    assert classify("Twelve people were injured when their bus crashed on the highway.") is None
    assert classify("A driver and three passengers were injured in a collision near the market.") is None


@pytest.mark.parametrize(
    "snippet",
    [
        "Rebels launched an assault on army posts near the river to win back the positions they lost to the army.",
        "The militia stormed a checkpoint in an attempt to reach the villages that it had lost to the rebels.",
    ],
)
def test_ground_lost_before_and_wanted_back_is_no_taking(snippet):
    assert classify(snippet).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "snippet",
    [
        "Rebels launched a counter-offensive in the valley on Saturday after their rivals seized the village of Kafr Ali.",
        "The army continued its offensive in the eastern countryside following the capture of the dam the day before.",
        "Troops launched an assault on the northern districts, targeting several areas under the control of the rebels.",
    ],
)
def test_a_fight_told_first_is_the_event_not_the_ground_taken_before_it_or_held(snippet):
    assert classify(snippet).sub_event_type == "Armed clash"


def test_building_blocks_are_ground():
    assert classify("Government troops captured several building blocks from the rebels.").sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    "snippet, sub_event_type",
    [
        ("Militiamen loyal to Gen. Denis Okello captured the town of Kitgum on Monday.", "Non-state actor overtakes territory"),
        ("Rebel forces have captured more than a third of the country since October.", "Non-state actor overtakes territory"),
        ("Militia fighters captured the provincial capital on Sunday.", "Non-state actor overtakes territory"),
        ("Police captured the suspect near the capital on Sunday.", "Arrests"),
        ("Police captured a smuggler in the market and turned him over to the army.", "Arrests"),
        ("Rebels captured a soldier in the market and later handed over both of the men to the Red Cross.", "Abduction/forced disappearance"),
    ],
)
def test_ground_taken_is_a_share_or_a_capital_and_people_handed_over_are_no_ground(snippet, sub_event_type):
    assert classify(snippet).sub_event_type == sub_event_type


def test_bodies_taken_back_to_a_village_are_no_ground_regained():
    assert classify("Their bodies were taken back to the village for burial.").sub_event_type != "Government regains territory"


@pytest.mark.parametrize(
    "snippet, sub_event_type",
    [
        ("The former general, who seized power in a coup in 1999, was shot dead outside his home.", "Attack"),
        ("Hundreds of students angered by the footage marched to the governor's office.", "Peaceful protest"),
    ],
)
def test_who_a_victim_is_and_what_moved_a_crowd_are_not_the_event(snippet, sub_event_type):
    assert classify(snippet).sub_event_type == sub_event_type


def test_a_second_infinitive_after_and_is_no_deed():
    assert classify("The lull gave the army a chance to rearm its units and retake the villages.") is None


def test_a_deed_a_party_claims_was_done_is_reported():
    assert classify("The ministry claimed on Friday that its jets killed 40 insurgents near the border.").event_type == "Battles"
    assert classify("Opposition activists claim that rebel fighters have captured the hill.").sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "snippet",
    [
        "A group of armed insurgents attacked soldiers manning a checkpoint on the main road.",
        "There were armed confrontations between the army and the rebels near the border in March.",
        "The airborne battalion was engaged by guerrillas north of the air base.",
    ],
)
def test_armed_men_attacking_or_confronting_soldiers_fight_a_battle_not_a_mob(snippet):
    assert classify(snippet).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "snippet",
    [
        "Government troops fully secured the old market district after a two-day offensive.",
        "Soldiers captured a five-kilometre stretch of road between the two villages after a battle with the rebels.",
    ],
)
def test_a_district_secured_or_a_stretch_of_road_captured_after_a_fight_is_ground_taken(snippet):
    assert classify(snippet).sub_event_type == "Government regains territory"
    # an area secured after a blast is no ground taken
    assert classify("Police secured the area after the blast.").sub_event_type == "Remote explosive/landmine/IED"


def test_an_assault_rifle_is_a_weapon_not_a_fight():
    assert classify("Soldiers carrying assault rifles patrolled the market on Monday.").sub_event_type != "Armed clash"


def test_planes_told_of_at_length_before_the_bombing_strike_from_the_air():
    assert classify("Planes sent by the coalition bombed a bridge in Hodeidah province.").sub_event_type == "Air/drone strike"


def test_an_election_rally_where_a_candidate_was_shot_is_no_protest():
    assert classify("A candidate was shot dead while addressing a campaign rally.").sub_event_type == "Attack"
    assert classify("Gunmen fired on an election rally, killing four.").sub_event_type == "Attack"


def test_a_named_person_captured_at_a_house_is_arrested():
    assert classify("Police captured Pedro Alvarez at a safe house near the border.").sub_event_type == "Arrests"


def test_land_named_before_captured_by_is_territory_taken():
    assert classify("Eastern Slavonia, captured by the rebels last year, was quiet.").sub_event_type == "Non-state actor overtakes territory"
    assert classify("The town of Kivu, seized by militias on Monday, was quiet.").sub_event_type == "Non-state actor overtakes territory"


def test_offensive_plans_are_no_fight():
    assert classify("The army's offensive planning was slowed by a new budget law.") is None


def test_a_crowd_marching_with_police_around_it_is_a_protest_and_troops_marching_are_not():
    assert classify("The crowd, surrounded by police officers on bicycles, marched to the town hall.").sub_event_type == "Peaceful protest"
    assert getattr(classify("Troops marched into the town at dawn."), "sub_event_type", None) != "Peaceful protest"


def test_a_deed_done_in_a_show_of_force_is_the_deed_and_a_show_of_force_staged_is_one():
    assert classify("Troops patrolled the capital in a show of force.").sub_event_type == "Change to group/activity"
    assert classify("The army staged a show of force in the capital.").sub_event_type == "Other"


def test_what_a_deed_was_done_in_spite_of_is_not_the_event():
    snippet = "Thousands of protesters marched in the capital on Thursday, undeterred by the suicide bombings in the north."
    assert classify(snippet).sub_event_type == "Peaceful protest"
    # the concession ends at its comma: what follows is reported
    assert classify("Protesters marched despite the ban, and police fired tear gas.").sub_event_type == "Protest with intervention"


def test_what_a_place_has_seen_before_is_not_the_event_but_a_deed_done_there_is():
    snippet = "Police patrolled the old district of the city, where more than 80 attacks have occurred this year."
    assert classify(snippet).sub_event_type == "Change to group/activity"
    assert classify("Soldiers patrolled the village, where they shot dead two farmers.").sub_event_type == "Attack"


def test_a_protestant_is_no_protester():
    assert classify("Gunmen shot dead six Protestant men in the city last week.").sub_event_type == "Attack"


@pytest.mark.parametrize("text", ["Gunmen attacked a police station in Kandahar on Monday, killing four officers.",
                                  "Militants stormed an army checkpoint near Mosul overnight."])
def test_an_attack_on_a_police_station_or_army_post_is_a_fight(text):
    assert classify(text).sub_event_type == "Armed clash"


def test_an_attack_on_a_bus_stays_an_attack_on_civilians():
    assert classify("Gunmen attacked a bus in Kandahar, killing four passengers.").sub_event_type == "Attack"
