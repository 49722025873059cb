"""Rules added in extractor 1.36.0, tallies (launched / intercepted / weapon errors and tally rows
pooled over unseen24, unseen25, unseen26 and unseen27, sixteen authors).
Sentences, places and figures are invented for these tests. The rule tests fail without the
rule's hook; the guards pass with and without it."""

from assets.extract.attack_parts import attack_start
from assets.extract.extractor import extract_mentions
from assets.extract.tallies import find_tallies


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v136c", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["location"] or "", str(r["event_date"]), r["weapon"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_the_attack_a_named_strike_was_part_of_is_the_countrys_tally():
    text = ("The number of people killed by Tuesday's Russian missile strike on Vinnytsia has "
            "risen to 12, the regional governor said on Thursday.\n\n"
            "Two cruise missiles hit an office block in the city centre before dawn.\n\n"
            "The strike on Vinnytsia was part of a combined attack in which Russia launched 130 "
            "drones and 17 missiles, the air force said on Tuesday. Air defences downed 120 "
            "drones and 11 missiles, it said.")
    assert _rows(text, "2025-06-12") == [
        ("country", "", "2025-06-10", "mixed", 147, 131),
        ("settlement", "Vinnytsia", "2025-06-10", "missile", 2, None)]


def test_an_overnight_attack_a_strike_was_part_of_is_the_strikes_night():
    text = ("The death toll from Monday's Russian missile strike on Poltava has risen to nine, "
            "officials said on Wednesday.\n\n"
            "The strike was part of a wider overnight assault in which Russia fired 90 drones "
            "and eight missiles at Ukraine, according to the air force. Air defences shot down "
            "81 drones and five missiles.")
    assert _rows(text, "2025-04-16") == [
        ("country", "", "2025-04-14", "mixed", 98, 86),
        ("settlement", "Poltava", "2025-04-14", "missile", None, None)]


def test_attack_start_needs_in_which_before_the_counts():
    text = ("The strike on Sumy was part of a massive attack in which Russia launched 40 drones "
            "at Ukraine.")
    assert attack_start(text, find_tallies(text)) == text.index(" Russia launched")
    other = "The strike on Sumy was part of a wave of attacks on Saturday."
    assert attack_start(other, find_tallies(other)) is None


def test_a_tally_after_part_of_with_no_in_which_keeps_its_own_date():
    text = ("Russian drones hit a warehouse in Sumy on Friday night, injuring two people, the "
            "governor said on Saturday.\n\n"
            "The attack was part of a wider barrage on Friday: the air force said Russia "
            "launched 60 drones at Ukraine that night, and 52 of them were shot down.")
    assert _rows(text, "2025-02-08") == [
        ("country", "", "2025-02-07", "drone", 60, 52),
        ("settlement", "Sumy", "2025-02-07", "drone", None, None)]
