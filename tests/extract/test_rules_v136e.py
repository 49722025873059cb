"""Name rules added in extractor 1.36.0 (the fifth place round: how a name resolves).
Sentences, places and figures are invented for these tests."""

from assets.extract.places import find_places


def _places(text: str, context: list[str] | None = None) -> list[tuple]:
    return [(m.admin1, m.location) for m in find_places(text, context)]


def test_a_village_listed_among_one_regions_places_is_of_that_region():
    assert _places("Artillery hit houses in Orikhiv, Novoandriivka and Huliaipole on Tuesday.") \
        == [("Zaporizhzhia Oblast", "Orikhiv"), ("Zaporizhzhia Oblast", "Novoandreyevka"),
            ("Zaporizhzhia Oblast", "Huliaipole")]


def test_a_village_beside_a_city_region_is_of_the_city():
    assert _places("A drone downed over Sevastopol fell on a garage in the village of "
                   "Lyubimovka.") == [("Sevastopol", "Sevastopol"), ("Sevastopol", "Liubymivka")]


def test_guard_two_villages_do_not_trade_regions():
    assert _places("Shelling hit the villages of Gordeyevka and Popovo-Lezhachi overnight.") == [
        ("Bryansk Oblast", "Gordeyevka"), ("Kursk Oblast", "Popovo-Lezhachi")]


def test_guard_a_region_the_article_named_keeps_its_village():
    assert ("Crimea", "Novoandreyevka") in _places(
        "Artillery hit houses in Orikhiv, Novoandriivka and Huliaipole on Tuesday.", ["Crimea"])


def test_guard_a_namesake_near_the_other_place_stays():
    assert _places("A drone hit a warehouse in Rzhyshchiv, south of Kyiv.") == [
        ("Kyiv Oblast", "Rzhyshchiv"), ("Kyiv City", "Kyiv")]


def test_guard_villages_many_regions_share_move_no_town():
    assert ("Zaporizhzhia Oblast", "Orikhiv") in _places(
        "Shells hit a shop in Dolynka and a school in Zaliznychne, near Orikhiv.")


def test_guard_places_of_two_regions_move_nothing():
    assert ("Crimea", "Novoandreyevka") in _places(
        "Guided bombs fell on Stepnohirsk, Novoandriivka and Kamianske overnight.")


def test_guard_a_town_of_ten_thousand_keeps_its_region():
    assert ("Mykolaiv Oblast", "Ochakiv") in _places(
        "Shells fell on Ochakiv, Stepnohirsk and Huliaipole during the night.")


def test_a_russian_name_with_yo_is_found_spelled_with_e():
    assert _places("A mortar round hit a barn in Tetkino on Sunday.") == [
        ("Kursk Oblast", "Tetkino")]


def test_a_city_with_yo_has_one_canonical_name():
    assert ("Oryol Oblast", "Oryol") in _places(
        "Oryol Region Governor Ivan Petrov said debris had fallen on a depot in the regional "
        "center.")


def test_a_surname_the_article_gave_a_person_is_no_town():
    assert _places("Governor Alexander Gusev spoke first; Gusev later said a shed burned.") == []


def test_guard_a_city_named_like_a_person_stays_the_city():
    assert ("Mykolaiv Oblast", "Mykolaiv") in _places(
        "Oleg Nikolayev spoke in Cheboksary, and a missile later hit Nikolayev.")


def test_an_air_defence_system_is_no_town():
    assert _places("Pantsir units destroyed four drones over the Tula region at night.") == [
        ("Tula Oblast", None)]


def test_a_surname_listed_as_an_old_town_name_is_no_town():
    assert _places("Mayor Trukhanov said the shelter had stood since Stalin's time.") == []
