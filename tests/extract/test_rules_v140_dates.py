"""Rules added in extractor 1.40.0 for event_date (mechanisms pooled over unseen14-unseen31).
Sentences, places and figures are invented for these tests. Each rule test fails on the
extractor before its rule; the guards pass on both."""

from assets.extract.extractor import extract_mentions
from assets.extract.follow_ups import lead_weapons, tally_of_lead, toll_lead


def _rows(text: str, published: str) -> list[dict]:
    return extract_mentions({"article_id": "v140d", "text": text, "published_at": published,
                             "title": None})


def _dated(rows: list[dict]) -> list[tuple]:
    return sorted((str(r["event_date"]), r["location"] or r["admin1"] or r["country"])
                  for r in rows)


# -- a toll update's air force tally told by a relative night: the lead's attack ---------------

def test_a_mixed_tally_during_the_night_after_a_missile_toll_lead_is_the_strike_s_night():
    text = ("Rescuers in Vinnytsia on Monday recovered the last bodies from an office block struck "
            "by a Russian cruise missile a day earlier, bringing the death toll to 14.\n\n"
            "The air force said Russia fired 12 Kalibr cruise missiles and three drones during the "
            "night, and that nine of the missiles were shot down.")
    assert _dated(_rows(text, "2024-02-12")) == [("2024-02-11", "UKR"),
                                                  ("2024-02-11", "Vinnytsia")]


def test_an_overnight_tally_after_a_toll_lead_raised_by_a_recovery_is_the_strike_s_night():
    text = ("Rescuers in Rivne recovered the body of a man from a collapsed hostel on Thursday, "
            "raising the toll from Wednesday's Russian missile strike to six.\n\n"
            "According to the air force, eight Kh-101 missiles were fired from bombers overnight; "
            "five were shot down.")
    assert _dated(_rows(text, "2024-05-09")) == [("2024-05-08", "Rivne"),
                                                  ("2024-05-08", "UKR")]


def test_a_night_tally_after_a_lead_redated_to_the_strike_day_follows_it():
    text = ("The death toll from Russia's missile strike on a hostel in Rivne has risen to 11, "
            "the emergency service said on Saturday.\n\n"
            "The missile hit the five-storey hostel before dawn on Thursday.\n\n"
            "The air force said Russia had launched 14 cruise missiles and four drones in the "
            "overnight attack, and that 10 missiles were shot down.")
    assert _dated(_rows(text, "2024-05-11")) == [("2024-05-09", "Rivne"),
                                                  ("2024-05-09", "UKR")]


def test_a_drones_only_tally_after_a_missile_lead_keeps_the_report_s_night():
    # guard: drones alone after a missile strike are another night's attack
    text = ("The death toll from Russia's missile strike on a hostel in Rivne has risen to 11, "
            "the emergency service said on Saturday.\n\n"
            "The missile hit the five-storey hostel before dawn on Thursday.\n\n"
            "The air force said Russia had launched 20 Shahed drones overnight, and that all of "
            "them were destroyed.")
    assert _dated(_rows(text, "2024-05-11")) == [("2024-05-09", "Rivne"),
                                                  ("2024-05-11", "UKR")]


def test_a_tally_told_that_night_after_a_dated_toll_takes_the_strike_s_day():
    text = ("The number of people killed by the Russian missile strike on Lutsk on 3 March has "
            "risen to 9, the emergency service said on Wednesday.\n\n"
            "That night Russia attacked Ukraine with 90 drones and 12 missiles, the air force "
            "said, and air defence shot down 70 drones and 8 missiles.")
    assert _dated(_rows(text, "2025-03-05")) == [("2025-03-03", "Lutsk"),
                                                  ("2025-03-03", "UKR")]


def test_raising_the_toll_is_a_toll_lead():
    assert toll_lead("Rescuers found a body on Friday, raising the death toll to seven.")
    assert not toll_lead("Rescuers found a body on Friday, raising fears of more victims.")


def test_a_tally_of_the_lead_s_weapons_with_another_class_is_the_lead_s_wave():
    assert tally_of_lead({"missile", "drone"}, {"missile"})
    assert tally_of_lead({"missile"}, {"missile"})
    assert not tally_of_lead({"drone"}, {"missile"})
    assert not tally_of_lead(set(), {"missile"})


# -- a toll update's lead dated first by the report: the later paragraphs tell the attack's day --

def test_undated_paragraphs_under_a_toll_raised_from_an_earlier_attack_take_its_day():
    text = ("Ukraine on Monday raised the death toll from Saturday's Russian air assault to 31, "
            "as rescuers in Kyiv finished clearing a collapsed office block.\n\n"
            "Poltava was among the worst-hit cities: four people were killed there, the regional "
            "governor said.\n\n"
            "In Sumy, two people were wounded when debris fell on a school.")
    assert _dated(_rows(text, "2024-03-11")) == [("2024-03-09", "Kyiv"),
                                                  ("2024-03-09", "Poltava"),
                                                  ("2024-03-09", "Sumy")]


def test_paragraphs_under_a_lead_that_updates_no_toll_keep_the_report_s_day():
    # guard: a lead dated by the report that tells no new toll leaves later paragraphs alone
    text = ("Ukraine on Monday mourned the victims of Saturday's Russian air assault on Kyiv, "
            "where a collapsed office block was still smouldering.\n\n"
            "In Sumy, two people were wounded when a drone hit a school.")
    assert _dated(_rows(text, "2024-03-11")) == [("2024-03-09", "Kyiv"), ("2024-03-11", "Sumy")]


# -- a night told as a span of clock times without "on" dates the later day (night_spans) -----

def test_a_night_span_of_clock_times_without_on_takes_the_later_day():
    text = ("Russia's defence ministry said air defences had destroyed 64 Ukrainian drones over "
            "six regions between 23:00 Friday and 06:00 Saturday.")
    assert _dated(_rows(text, "2025-04-12")) == [("2025-04-12", "RUS")]


# -- a toll lead naming no weapon; an attack that "began shortly after midnight" -----------------

def test_a_tally_of_an_attack_begun_after_midnight_under_a_weaponless_toll_lead_is_its_night():
    text = ("Rescuers in Odesa have finished searching a hotel hit in Tuesday's Russian attack, "
            "and the death toll in the city has risen to 8, officials said on Wednesday.\n\n"
            "The attack, which began shortly after midnight and lasted into the morning, involved "
            "40 drones and three Kalibr missiles, Ukraine's air force said.")
    assert _dated(_rows(text, "2024-10-16")) == [("2024-10-15", "Odesa"), ("2024-10-15", "UKR")]


def test_a_weaponless_toll_lead_fits_any_tally_and_no_toll_fits_none():
    assert lead_weapons("The death toll from Tuesday's attack has risen to 8.") == {"missile",
                                                                                    "drone"}
    assert lead_weapons("The death toll from Tuesday's missile strike rose to 8.") == {"missile"}
    assert lead_weapons("A missile struck the city on Tuesday.") == set()


def test_an_overnight_tally_under_a_lead_told_after_the_rescue_ended_is_the_strike_s_night():
    text = ("A Russian missile destroyed part of a hostel in Sumy early on Tuesday, killing 9 "
            "people, officials said on Wednesday after rescuers finished clearing the rubble.\n\n"
            "Ukraine's air force said Russia had launched 60 drones and four missiles against "
            "Ukraine overnight, and that 41 drones and two missiles were shot down.")
    assert _dated(_rows(text, "2024-10-16")) == [("2024-10-15", "Sumy"), ("2024-10-15", "UKR")]
    assert toll_lead("The toll stood at 9 after crews completed searching the ruins.")
