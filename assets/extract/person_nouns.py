"""Which nouns a casualty verb's subject or object can be and still name people (1.27.0-1.31.0).

The rules that let the verb decide, whatever the noun (`one_person`, `casualty_subjects`,
`wound_phrasings`, `people_pairs`), share two word lists: the words that, in the slot of one
person's noun, are a count, a collective, a thing or a joint instead (`NOT_ONE_PERSON`), and the
plural nouns that count no people (`PLURAL_THINGS`).
"""

from __future__ import annotations

# what makes the noun a count, a thing or not one person
NOT_ONE_PERSON = frozenset((
    "dozen", "number", "total", "further", "handful", "group", "couple", "few", "lot", "score",
    "family", "crowd", "convoy", "unit", "team", "brigade", "battalion", "building", "house",
    "car", "vehicle", "bus", "train", "tank", "drone", "missile", "bomb", "shell", "aircraft",
    "ship", "boat", "plant", "site", "facility", "area", "city", "town", "village", "region",
    "district", "street", "rest", "other", "another", "one", "two", "three", "third",
    "fourth", "fifth", "second", "same", "toll", "figure", "count", "people", "who", "which",
    "that", "after", "when", "while", "and", "but", "or", "in", "at", "on", "by", "as", "nobody",
    "none", "anyone", "everyone", "someone", "no"))
# plural nouns that count no people
PLURAL_THINGS = frozenset((
    "cows", "pigs", "goats", "horses", "dogs", "cats", "animals", "chickens", "hens", "birds",
    "buildings", "houses", "homes", "cars", "vehicles", "buses", "trains", "drones", "missiles",
    "bombs", "shells", "rockets", "sites", "facilities", "areas", "cities", "towns", "villages",
    "regions", "districts", "streets", "others", "times", "days", "hours", "years", "months",
    "weeks", "minutes", "dozens", "hundreds", "thousands", "tens", "attacks", "strikes"))


def is_one_person(noun: str) -> bool:
    """Whether a lowercase noun after an article or a possessive names one person: not a word of
    `NOT_ONE_PERSON`, not a plural (a final "s", except "ss": "actress" is one)."""
    return noun not in NOT_ONE_PERSON and not (noun.endswith("s") and not noun.endswith("ss"))
