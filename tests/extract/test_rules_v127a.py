"""Rules added in extractor 1.27.0 for tallies and claims (mechanisms pooled over unseen18,
unseen19, unseen20 and unseen21, each seen with three or more authors): a ministry's total told
with its regions' shares is the country's row and the shares make no region rows; a count over a
span of weeks is no night's tally; a count joined to an interception ("and N", "along with N")
past a participle is downed too; a follow-up article's air force tally told "overnight" is the
night of the attack it follows; a sea the missiles were fired from is no claim over the sea. The
sentences are made up for these tests."""

from assets.extract.extractor import extract_mentions
from assets.extract.region_shares import out_of_total, share_span
from assets.extract.span_counts import many_days

from .probes import tallies


def _rows(text: str, published: str = "2025-06-11T10:00:00+03:00") -> list[dict]:
    return extract_mentions({"article_id": "v127a", "text": text, "published_at": published,
                             "title": None})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["country"], r["admin1"], r["location"], str(r["event_date"]), r["killed"],
             r["injured"], r["launched"], r["intercepted"], r["weapon"]) for r in rows]


# A ministry's total and its regions' shares

def test_a_total_with_one_regions_share_is_the_countrys_row_not_the_regions():
    rows = _rows("A man was hurt when Ukrainian drones attacked Novoshakhtinsk overnight, Rostov "
                 "region governor Yury Slyusar said on Wednesday.\n\n\"More than 15 drones were "
                 "destroyed over the region during the night,\" Slyusar wrote.\n\nRussia's defence "
                 "ministry said its air defences had destroyed 88 Ukrainian drones between 11 p.m. "
                 "and 6 a.m. Moscow time, 17 of them over the Rostov region.")
    assert _brief(rows) == [
        ("RUS", "Rostov Oblast", "Novoshakhtinsk", "2025-06-11", None, 1, None, None, "drone"),
        ("RUS", "Rostov Oblast", None, "2025-06-11", None, None, None, 15, "drone"),
        ("RUS", None, None, "2025-06-11", None, None, None, 88, "drone")]


def test_a_list_of_region_shares_after_the_total_makes_no_region_rows():
    rows = _rows("MOSCOW, June 11 - Russian air defence units destroyed 120 Ukrainian drones over "
                 "seven regions overnight, the Defence Ministry said on Wednesday.\n\nBy the "
                 "ministry's count, 50 of the drones were brought down over the Kursk Region, 30 "
                 "over the Oryol Region, 20 over the Tula Region, 10 over the Smolensk Region and "
                 "the rest over the Tver Region.\n\nIn the Tula Region, Governor Dmitry Milyaev "
                 "said debris had landed on a warehouse in Aleksin. There were no casualties, he "
                 "said.")
    assert _brief(rows) == [
        ("RUS", None, None, "2025-06-11", None, None, None, 120, "drone"),
        ("RUS", "Tula Oblast", "Aleksin", "2025-06-11", 0, 0, None, None, "drone")]


def test_a_regions_claim_out_of_a_total_keeps_its_row_beside_the_countrys():
    rows = _rows("A Ukrainian drone attack on the city of Kursk injured two people overnight, "
                 "governor Alexander Khinshtein said on Wednesday.\n\nRussia's defence ministry "
                 "said its air defences had destroyed 22 drones over the Kursk region, out of a "
                 "total of 70 brought down across six regions overnight.")
    assert _brief(rows) == [
        ("RUS", "Kursk Oblast", "Kursk", "2025-06-11", None, 2, None, None, "drone"),
        ("RUS", None, None, "2025-06-11", None, None, None, 70, "drone"),
        ("RUS", "Kursk Oblast", None, "2025-06-11", None, None, None, 22, "drone")]


def test_region_shares_with_no_total_told_still_sum_to_the_countrys_row():
    rows = _rows("Russia's defence ministry said on Wednesday that air defences had destroyed "
                 "nine drones over the Smolensk region and four over the Pskov region overnight.")
    assert _brief(rows) == [("RUS", None, None, "2025-06-11", None, None, None, 13, "drone")]


def test_share_span_and_out_of_total_read_the_claims_parts():
    text = "It said 61 drones were downed, 12 of them over the Tver region."
    assert text[slice(*share_span(text))] == "12 of them over the Tver region"
    assert share_span("It said 12 drones were downed over the Tver region.") is None
    assert out_of_total("It downed 9 drones over the Tver region, out of 40 shot down over "
                        "five regions.") == (39, 40)


# A count over a span of weeks

def test_a_count_over_recent_weeks_is_no_nights_tally():
    rows = _rows("Russia attacked Ukraine overnight with 64 drones, Ukraine's air force said on "
                 "Wednesday, adding that 41 had been shot down.\n\nThe raid was lighter than many "
                 "in recent weeks, when Russia has often sent more than 350 drones in one night.")
    assert _brief(rows) == [("UKR", None, None, "2025-06-11", None, None, 64, 41, "drone")]


def test_a_count_of_this_month_alone_or_the_first_weeks_of_a_month_is_no_nights_tally():
    assert many_days("Officials say this month alone has seen more than 900 drones.")
    assert many_days("More than 1,100 drones were launched in the first two weeks of May.")
    assert not many_days("Russia launched 300 drones, the largest raid in recent weeks.")
    rows = _rows("Russian air defences destroyed 57 Ukrainian drones overnight, the Defence "
                 "Ministry said on Wednesday.\n\nKyiv's drone campaign, which this month alone has "
                 "involved more than 700 drones, targets refineries.")
    assert _brief(rows) == [("RUS", None, None, "2025-06-11", None, None, None, 57, "drone")]


# A count joined to an interception past a participle

def test_a_count_along_with_a_downed_count_is_downed_too():
    assert tallies("The ministry said its air defences had destroyed seven Neptune missiles over "
                   "the Crimean peninsula, along with 11 drones.") == [
        ("intercepted", "missile", 7), ("intercepted", "drone", 11)]


def test_a_participle_after_a_count_does_not_give_the_next_count_its_field():
    assert tallies("Air defence systems shot down nine rockets fired from a multiple rocket "
                   "launcher and four drones over the region.") == [
        ("intercepted", "missile", 9), ("intercepted", "drone", 4)]


def test_along_with_after_a_relative_clause_joins_the_launch_count():
    assert tallies("The air force said Russia fired 61 cruise missiles, of which 40 were shot "
                   "down, along with 17 drones.")[::2] == [
        ("launched", "missile", 61), ("launched", "drone", 17)]


def test_a_claim_over_the_peninsula_along_with_drones_is_crimeas_row():
    rows = _rows("Russia's defence ministry said that overnight its air defences had destroyed "
                 "seven Neptune missiles over the Crimean peninsula, along with 11 drones.")
    assert _brief(rows) == [("UKR", "Crimea", None, "2025-06-11", None, None, None, 18, "mixed")]


# A follow-up's air force tally

def test_a_follow_ups_overnight_tally_of_the_leads_weapons_is_the_attacks_night():
    rows = _rows("The death toll from Monday's Russian missile strike on a hospital in Vinnytsia "
                 "rose to 14 on Tuesday, the regional governor said.\n\nRescuers worked through "
                 "the night.\n\nUkraine's air force said Russia had fired 12 cruise missiles "
                 "overnight and that eight of them had been shot down.",
                 "2025-06-10T18:00:00+03:00")
    assert _brief(rows) == [
        ("UKR", "Vinnytsia Oblast", "Vinnytsia", "2025-06-09", 14, None, None, None, "missile"),
        ("UKR", None, None, "2025-06-09", None, None, 12, 8, "missile")]


def test_a_follow_ups_overnight_tally_of_other_weapons_is_the_reports_night():
    rows = _rows("The death toll from Monday's Russian missile strike on a hospital in Vinnytsia "
                 "rose to 14 on Tuesday, the regional governor said.\n\nUkraine's air force said "
                 "Russia had launched 48 drones overnight, of which 30 were shot down.",
                 "2025-06-10T18:00:00+03:00")
    assert _brief(rows)[1] == ("UKR", None, None, "2025-06-10", None, None, 48, 30, "drone")


# A sea the weapons were launched from

def test_missiles_fired_from_ships_in_a_sea_are_counted_for_the_country():
    rows = _rows("Ukraine's air force said Russia had fired 16 cruise missiles from warships in "
                 "the Black Sea overnight, and that 12 of them had been shot down.")
    assert _brief(rows) == [("UKR", None, None, "2025-06-11", None, None, 16, 12, "missile")]


def test_missiles_launched_from_bombers_over_a_sea_are_counted_for_the_country():
    rows = _rows("Russia fired 33 missiles and 40 drones at Ukraine overnight, the air force said "
                 "on Wednesday.\n\nAir defences destroyed 25 of the missiles and 31 drones, the "
                 "air force said, adding that the missiles had been launched from bombers over "
                 "the Caspian Sea.")
    assert _brief(rows) == [("UKR", None, None, "2025-06-11", None, None, 73, 56, "mixed")]


def test_drones_downed_over_a_sea_alone_still_make_no_row():
    assert _rows("Russia's defence ministry said on Wednesday that it had shot down nine Ukrainian "
                 "drones over the Black Sea overnight.") == []
