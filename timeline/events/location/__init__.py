"""The event's location: the place where it happened, chosen among the place mentions of its clause.

Not every place in a sentence is where the event happened. A place named as a reference point ("73 km
north-east of the capital Baghdad", "west of Baghdad") only says where the real place lies; a place in the
attribution ("a medical source from Fallujah hospital told Xinhua") is where someone spoke. Among the rest,
a place introduced by a locative preposition ("in", "near", "outside") close to the event word wins, and a
town beats the province and the province the country (ACLED codes the most precise place reported).
Places joined by "and" under the same preposition ("clashes in Fallujah and Ramadi") are all locations:
one event each. A clause naming no place but pointing back to one ("in the town", "there") takes the
place of the event before it. A place the gazetteer lacks but the text names unmistakably ("the town of
Latifiya, south of the capital") keeps its name and takes the point its description or its containing place
gives, at geo_precision 2; with neither it keeps its name without coordinates, so nothing is lost.
The geoparser's unlisted places (:mod:`gazetteer.unlisted`: "the Heart Hospital", "Yaqshid district of
Mogadishu") compete like any other, ranked by the kind the text gives them (a village as a town, a district
below it), and a place named as lying in another ("Hawdal district of Mogadishu", "the Nairobi suburb of
Kangemi") beats the place holding it. An opening "In X," only sets the scene when the clause names another place.
"""

from timeline.events.location.choose import Location, choose_locations, precision_of, refers_back
from timeline.events.location.named import unknown_places
from timeline.events.location.rank import rank, stated_rank
from timeline.events.location.scene import is_description

__all__ = [
    "Location", "choose_locations", "is_description", "precision_of", "rank", "refers_back", "stated_rank", "unknown_places",
]
