"""Unit tests of the extractor's parts, on short made-up sentences."""

from datetime import date

from assets.extract.casualties import find_casualties
from assets.extract.dates import find_dates, parse_published
from assets.extract.numbers import find_numbers, parse_number
from assets.extract.places import find_places
from assets.extract.sentences import split_sentences
from assets.extract.tallies import find_tallies
from assets.extract.weapons import find_weapons, weapon_class


def _cas(text: str) -> dict:
    out: dict = {}
    for f in find_casualties(text):
        out[f.field] = max(out.get(f.field, -1), f.value)
    return out


def test_numbers_words_and_qualifiers():
    assert parse_number("two") == 2
    assert parse_number("at least 60") == 60
    assert parse_number("more than 40") == 40
    assert parse_number("a dozen") == 12
    assert parse_number("three dozen") == 36
    assert parse_number("almost 20") is None
    assert [v for *_, v in find_numbers("aged 65-year-old on the 24th floor")] == []


def test_casualties_killing_one_and_injuring_four():
    got = _cas("A rocket hit a shop, killing one and injuring four.")
    assert got == {"killed": 1, "injured": 4}


def test_casualties_at_least_and_words():
    assert _cas("Shelling killed at least 12 people and wounded thirty.") == {
        "killed": 12, "injured": 30}


def test_casualties_update_rose_to():
    figs = find_casualties("The death toll rose to 10 on Monday.")
    assert [(f.field, f.value, f.kind) for f in figs] == [("killed", 10, "update")]


def test_casualties_no_casualties_gives_zero():
    assert _cas("The governor said there were no casualties.") == {"killed": 0, "injured": 0}


def test_casualties_ignore_ages_and_floors():
    assert _cas("A 72-year-old man was hurt on the 9th floor of a 16-storey block.") == {
        "injured": 1}


def test_dates_weekday_and_overnight():
    pub = date(2025, 3, 14)  # a Friday
    assert find_dates("on Tuesday a drone hit", pub)[0].value == date(2025, 3, 11)
    assert find_dates("late Sunday night", pub)[0].value == date(2025, 3, 9)
    assert find_dates("an overnight raid", pub)[0].value == pub


def test_dates_night_range_and_report():
    pub = date(2024, 5, 3)
    d = find_dates("during the night of 2-3 May", pub)
    assert date(2024, 5, 3) in [x.value for x in d]
    assert find_dates("officials said on Friday", pub)[0].report


def test_dates_published_with_offset():
    assert parse_published("2024-08-10T23:40:00+08:00") == date(2024, 8, 10)
    assert parse_published("garbage") is None


def test_places_kyiv_city_vs_oblast():
    city = find_places("Debris fell in Kyiv overnight.")[0]
    oblast = find_places("Debris fell in the Kyiv region overnight.")[0]
    assert (city.admin1, city.location, city.level) == ("Kyiv City", "Kyiv", "settlement")
    assert (oblast.admin1, oblast.location, oblast.level) == ("Kyiv Oblast", None, "admin1")


def test_places_russian_spellings():
    got = [(m.admin1, m.location) for m in find_places("Drones hit Kharkov and Odessa.")]
    assert got == [("Kharkiv Oblast", "Kharkiv"), ("Odesa Oblast", "Odesa")]


def test_places_region_list():
    got = [m.admin1 for m in find_places("Strikes hit the Nikolayev and Zaporozhye regions.")]
    assert got == ["Mykolaiv Oblast", "Zaporizhzhia Oblast"]


def test_places_russian_region_and_iso():
    m = find_places("A drone fell in the Belgorod region.")[0]
    assert (m.country, m.admin1, m.iso) == ("RUS", "Belgorod Oblast", "RU-BEL")


def test_weapons_classes_and_models():
    classes, models = find_weapons("It used Kh-101 cruise missiles and Shahed drones.")
    assert weapon_class(classes) == "mixed"
    assert models == ["Kh-101", "Shahed"]
    assert weapon_class(find_weapons("guided aerial bombs hit")[0]) == "glide_bomb"
    assert weapon_class(find_weapons("Shelling damaged a school")[0]) == "artillery"


def test_tallies_launched_and_shot_down():
    text = "Russia launched 315 drones, 277 were shot down."
    got = [(c.field, c.value) for c in find_tallies(text)]
    assert got == [("launched", 315), ("intercepted", 277)]


def test_tallies_of_total_and_mixed():
    got = {(c.field, c.wtype): c.value for c in find_tallies(
        "Air defences downed 40 of the 50 drones and three of five missiles.")}
    assert got == {("intercepted", "drone"): 40, ("launched", "drone"): 50,
                   ("intercepted", "missile"): 3, ("launched", "missile"): 5}


def test_tallies_ignore_production_figures():
    assert find_tallies("The plant can make 5,000 drones a year.") == []


def test_sentences_offsets_and_abbreviations():
    text = "Gov. Ivan Petrov spoke on Oct. 5. A drone hit.\n\nNew paragraph."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Gov. Ivan Petrov spoke on Oct. 5.", "A drone hit.",
                                       "New paragraph."]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_places_siberia_and_far_east_have_their_own_regions():
    # every Russian federal subject is in data/regions.csv: a Siberian city is no longer filed
    # under the nearest region the table happened to list (Irkutsk used to land in Tyumen Oblast)
    got = [(m.admin1, m.iso, m.location) for m in find_places(
        "Drones were seen over Irkutsk, Novosibirsk and Khabarovsk.")]
    assert got == [("Irkutsk Oblast", "RU-IRK", "Irkutsk"),
                   ("Novosibirsk Oblast", "RU-NVS", "Novosibirsk"),
                   ("Khabarovsk Krai", "RU-KHA", "Khabarovsk")]
    regions = [(m.admin1, m.iso) for m in find_places(
        "Airfields in the Amur and Murmansk regions were attacked; Yakutia was quiet.")]
    assert regions == [("Amur Oblast", "RU-AMU"), ("Murmansk Oblast", "RU-MUR"),
                       ("Sakha", "RU-SA")]


def test_every_russian_region_has_an_iso_code_and_settlements():
    import csv

    from assets.extract.gazetteer import DATA

    def rows(name: str) -> list[dict]:
        with (DATA / name).open(encoding="utf-8") as f:
            return list(csv.DictReader(line for line in f if not line.startswith("#")))

    russian = [r for r in rows("regions.csv") if r["country"] == "RUS"]
    assert len(russian) == 83  # 85 federal subjects Russia claims, less Crimea and Sevastopol
    assert len({r["iso"] for r in russian}) == 83
    used = {r["admin1"] for r in rows("settlements.csv") if r["country"] == "RUS"}
    assert {r["admin1"] for r in russian} <= used
