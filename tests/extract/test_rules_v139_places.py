"""Rules of 1.39.0 on places (places round). Sentences, places and figures are invented for
these tests."""

from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str = "2024-11-20T09:00:00Z", title: str | None = None
          ) -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": title})
    return sorted((r["admin1"] or "", r["location"] or "", r["geo_precision"],
                   str(r["event_date"]), r["killed"], r["injured"]) for r in rows)


_TALLY = "Russia fired 60 missiles at Ukraine early on Wednesday, the air force said. "
_COUNTRY = ("", "", "country", "2024-11-20", None, None)


def test_a_town_that_lost_power_after_strikes_behind_an_aside_or_adverb():
    for told in ("Rivne, in the north-west, lost electricity and water after strikes on energy "
                 "facilities, the mayor said.",
                 "Lutsk, near the Volyn border, lost power after missiles hit a substation.",
                 "Rivne was left mostly without power after missile strikes on a substation, the "
                 "city council said."):
        town = "Lutsk" if "Lutsk" in told else "Rivne"
        region = "Volyn Oblast" if town == "Lutsk" else "Rivne Oblast"
        assert _rows(_TALLY + told) == [_COUNTRY, (region, town, "settlement", "2024-11-20",
                                                   None, None)], told


def test_a_town_that_lost_power_with_no_strike_told_has_no_row():
    assert _rows(_TALLY + "Rivne, in the north-west, lost electricity for six hours on "
                 "Wednesday, the mayor said.") == [_COUNTRY]
