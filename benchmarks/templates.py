"""Sentence templates and vocabulary of the synthetic benchmark corpus (written for the project).

Places come from the extractor's gazetteer (assets/extract/data), so every article names real
settlements and regions; the rest (weapons, outlets, officials, damage) is listed here. Templates
use str.format fields filled by benchmarks/generate.py.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "assets" / "extract" / "data"
BORDER_REGIONS = ("Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Krasnodar")


@dataclass(frozen=True)
class Place:
    """A settlement and the region stem an article would name it with."""

    name: str
    country: str
    region: str


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def load_places(min_population: int = 30000) -> tuple[list[Place], list[Place]]:
    """(Ukrainian, Russian border-region) settlements of at least min_population people."""
    stems = {}
    for r in _rows(DATA / "regions.csv"):
        alias = (r["aliases"].split("|")[0] if r["aliases"] else r["admin1"]).rstrip("*")
        stems[r["admin1"]] = alias
    ukr, rus = [], []
    for r in _rows(DATA / "settlements.csv"):
        if int(r["population"] or 0) < min_population or r["admin1"] not in stems:
            continue
        place = Place(r["name"], r["country"], stems[r["admin1"]])
        if r["country"] == "UKR":
            ukr.append(place)
        elif r["admin1"].split()[0] in BORDER_REGIONS:
            rus.append(place)
    return ukr, rus


OUTLETS = ["Kyiv Morning Wire", "Dnipro Evening Post", "Black Sea Monitor", "Eastern Front Daily",
           "Continental Newsdesk", "Harbour City Courier", "Steppe Report", "Frontline Digest",
           "North Atlantic Observer", "Danube Herald"]
AGENCIES = ["", "", " (AFP)", " (Reuters)", " (AP)"]
OFFICIALS = ["the regional governor", "the head of the regional military administration",
             "the mayor", "the State Emergency Service", "local officials", "the police",
             "the prosecutor's office", "the city council"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (plural phrase, singular phrase) of what Russia fired at a Ukrainian place.
RU_WEAPONS = [("Shahed drones", "a Shahed drone"), ("attack drones", "an attack drone"),
              ("Iskander-M ballistic missiles", "an Iskander-M ballistic missile"),
              ("Kh-101 cruise missiles", "a Kh-101 cruise missile"),
              ("guided aerial bombs", "a guided aerial bomb"),
              ("S-300 missiles", "an S-300 missile"),
              ("Kalibr missiles", "a Kalibr missile"), ("glide bombs", "a glide bomb"),
              ("Geran-2 drones", "a Geran-2 drone"), ("Kinzhal missiles", "a Kinzhal missile")]
UA_WEAPONS = [("Ukrainian drones", "a Ukrainian drone"),
              ("fixed-wing drones", "a long-range drone")]
TARGETS = ["an apartment block", "a five-storey residential building", "a school",
           "an energy facility", "a railway station", "a grain warehouse", "private houses",
           "a shopping centre", "a hospital", "a substation", "port infrastructure",
           "an industrial enterprise"]
RU_TARGETS = ["an oil depot", "an oil refinery", "an electrical substation", "a fuel storage site",
              "an ammunition depot", "an airfield"]
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve"]

STRIKE_LEADS = [
    "Russian {weapons} struck {place} in the {region} region {when}, killing {killed} and "
    "injuring {injured}, {official} said.",
    "{Killed} were killed and {injured} wounded when {weapon} hit {target} in {place} {when}, "
    "{official} said.",
    "A Russian attack on {place} {when} killed {killed}, {official} said on {weekday}, adding "
    "that {injured} were injured.",
    "Russian forces hit {place}, a city in the {region} region, with {weapons} {when}. "
    "{Killed} died and {injured} were hurt, according to {official}.",
]
UA_LEADS = [
    "{Weapons} attacked {place} in Russia's {region} region {when}, setting {target} on fire, "
    "{official} said. Nobody was hurt, officials added.",
    "The governor of Russia's {region} region said {weapon} hit {target} near {place} {when}, "
    "injuring {injured}.",
]
TALLIES = [
    "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the air "
    "force said. Air defences shot down {down} of the drones.",
    "Ukraine's air force said it had destroyed {down} of the {drones} Shahed-type drones "
    "launched by Russia {when}.",
]
DETAILS = [
    "{Target_} was damaged and several cars caught fire.",
    "Rescuers worked through the night to pull people from the rubble of {target}.",
    "Windows were blown out in nearby buildings, and {target} lost power.",
    "The attack damaged {target} and {target2}, {official} said.",
    "Among the injured was a {age}-year-old {person}, who was taken to hospital.",
    "Emergency crews put out a fire that covered {area} square metres.",
    "{Official_} declared a day of mourning in {place}.",
]
FOLLOW_UPS = [
    "Officials said the number of casualties could still rise.",
    "Utility crews were restoring water and electricity to the district by the evening.",
    "Police opened a criminal investigation into the attack as a possible war crime.",
    "Psychologists and volunteers were helping residents at a temporary aid point nearby.",
    "Several families were moved to temporary housing while engineers inspected the damage.",
    "Schools in the district switched to remote lessons for the rest of the week.",
]
CONTEXT = [
    "Russia has repeatedly struck Ukrainian cities far from the front line.",
    "Moscow denies targeting civilians.",
    "Ukraine has been asking its allies for more air defence systems.",
    "The {region} region has come under frequent attack in recent weeks.",
    "Air raid alerts sounded across much of eastern Ukraine during the night.",
    "Russia's Defence Ministry said its forces had hit military targets.",
    "Since the start of the full-scale invasion, Russian strikes have damaged or destroyed "
    "thousands of homes, schools and hospitals across the country, according to Ukrainian "
    "authorities.",
    "Ukraine, for its part, has stepped up long-range drone attacks on Russian oil refineries "
    "and military airfields, which Kyiv says are legitimate targets.",
]
QUOTES = [
    '"This is pure terror against civilians," {official} wrote on Telegram.',
    '"Everyone who was under the rubble has been found," a rescuer told reporters.',
    '"We heard two explosions, then the windows came in," one resident said.',
]
OTHER_LEADS = [
    "Delegations met in {city} on {weekday} to discuss a ceasefire, but no agreement was "
    "announced.",
    "Allies pledged a new package of military aid to Ukraine on {weekday}, including air "
    "defence systems and ammunition.",
    "Russia and Ukraine exchanged {count} prisoners of war on {weekday}, with mediation by "
    "the United Arab Emirates.",
    "Ukraine's parliament approved a new budget on {weekday} that puts defence spending first.",
]
OTHER_DETAILS = [
    "Officials said further talks were planned for next month.",
    "The package follows months of debate among allied governments.",
    "Families of the released soldiers gathered at the border to meet them.",
    "Analysts said the decision was unlikely to change the situation on the front line soon.",
]
CITIES = ["Geneva", "Istanbul", "Riyadh", "Brussels", "Vienna", "Doha"]
PEOPLE = ["man", "woman", "boy", "girl"]
