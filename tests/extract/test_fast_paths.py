"""Fast paths of the third speed pass give what the plain definitions they stand in for give."""

import json
import re
from datetime import date
from pathlib import Path

from assets.extract import dates, lowtext, places, scan, weapons
from assets.extract.gazetteer import load, norm
from assets.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _articles(n: int = 12) -> list[str]:
    path = ROOT / "data" / "eval" / "extra" / "articles.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:n]]


def _plain_norm(name: str) -> str:
    s = name.lower().replace("\u2019", "'")
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", s.replace("'", "")).strip()


def test_norm_one_word_fast_path_equals_plain_norm():
    g = load()
    names = [s.name for v in g.settlements.values() for s in v][:5000]
    names += ["Kyiv's", "Kyiv’s", " Kryvyi  Rih ", "ſumy", "KHARKIV", "", "Bila Tserkva"]
    for name in names:
        assert norm(name) == _plain_norm(name)


def test_raw_token_head_is_norm1_without_apostrophes():
    for tok in ("Kharkiv", "Kryvyi", "Huliai-Pole", "Odesa's", "Kyiv’s", "O'Brien"):
        if "'" not in tok and "\u2019" not in tok:
            assert tok.lower() == places._norm1(tok)


def test_number_starts_same_with_any_whitespace():
    for text in ("killed two\tpeople and\u00a0three more", "at least 5 drones", "a\u2028few of 12"):
        low = text.lower()
        spaced = re.sub(r"\s", " ", low)
        want = {m.start() for m in re.finditer(r"\d+", text)}
        for lit in scan._literals():
            want |= {m.start() for m in re.finditer(re.escape(lit), spaced)}
        assert scan.number_starts(text) == sorted(want)


def _plain_weapons(text: str) -> tuple[set[str], list[str]]:
    """find_weapons as it was: every entry whose keys occur, in vocabulary order."""
    low = text.lower()
    classes: set[str] = set()
    models: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for (rx, cls, model), row in zip(weapons._vocab(), weapons._table(), strict=True):
        if not any(k in low for k in row["key"].split("|")):
            continue
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            classes.add(cls)
            if model:
                models.append((m.start(), model.format(*m.groups())))
    seen: list[str] = []
    for _, name in sorted(models):
        if name not in seen and not any(s.startswith(name) for s in seen):
            seen.append(name)
    return classes, seen


def test_weapons_by_key_index_equals_scan_of_every_entry():
    for text in _articles():
        for s in split_sentences(text):
            assert weapons.find_weapons(s.text) == _plain_weapons(s.text)


def test_dates_and_unlisted_places_same_inside_and_outside_an_article():
    pub = date(2024, 5, 5)
    for text in _articles():
        sents = [s.text for s in split_sentences(text)]
        alone = [(dates.find_dates(s, pub), places.find_places(s, ["Kharkiv Oblast"]))
                 for s in sents]
        lowtext.begin(text, sents)
        try:
            scoped = [(dates.find_dates(s, pub), places.find_places(s, ["Kharkiv Oblast"]))
                      for s in sents]
        finally:
            lowtext.end()
        assert scoped == alone


def _plain_parse_number(text: str) -> int | None:
    """numbers.parse_number as it was (qualifiers sorted on every call)."""
    from assets.extract.numbers import vocab

    v = vocab()
    s = re.sub(r"\s+", " ", text.strip().lower())
    for q in sorted(v["null_qualifiers"], key=len, reverse=True):
        if s.startswith(q + " "):
            return None
    for q in sorted(v["exact_qualifiers"], key=len, reverse=True):
        if s.startswith(q + " "):
            s = s[len(q) + 1:]
            break
    if s in v["vague"]:
        return None
    if re.fullmatch(r"[\d,]+", s):
        return int(s.replace(",", ""))
    total, current = 0, 0
    for part in re.split(r"[\s-]+", s):
        if part in v["units"]:
            current += v["units"][part]
        elif part in v["tens"]:
            current += v["tens"][part]
        elif part in v["multipliers"]:
            current = max(current, 1) * v["multipliers"][part]
            if v["multipliers"][part] >= 1000:
                total, current = total + current, 0
        elif part in ("a", "an"):
            current += 1
        else:
            return None
    return total + current if (total + current) or s == "zero" else None


def test_parse_number_equals_plain_definition():
    from assets.extract.numbers import num_re, parse_number

    phrases = ["almost  20", "at least 60", "a dozen", "three dozen", "1,200", "", "zero",
               "two-thousand", "an", "nearly\t5", "more than 40", "over a hundred"]
    for text in _articles(30):
        phrases += [m.group() for m in num_re().finditer(text)]
    for p in phrases:
        assert parse_number(p) == _plain_parse_number(p), p


def test_sentences_trimmed_like_isspace():
    from assets.extract.sentences import split_sentences

    for text in _articles(5) + ["\u3000 Drones hit Kyiv.\u2028 Two died. \x1c", " \t\n \n"]:
        for s in split_sentences(text):
            assert s.text == text[s.start:s.end]
            assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
            assert not text[s.start - 1:s.start].strip() and not text[s.end:s.end + 1].strip()


def test_clause_weapons_with_sentence_keys_equal_plain_scan():
    odd = ["Kh-101 and Shahed drones hit Odesa, while a KAB struck İzium; an FPV drone burned it.",
           "The \u212aalibr missiles, ſhahed drones and Iskander-M: all downed, the air force said",
           "Ракета hit Kharkiv, ΣΟΦΙΑ SAID; a DRONE and a Kh-59 were downed."]
    for text in [*_articles(), *odd]:
        for sent in [*(s.text for s in split_sentences(text)), *odd]:
            keys = weapons.present_keys(sent)
            for cut in re.split(r"[,;:]", sent):
                assert weapons.find_weapons(cut, keys) == _plain_weapons(cut)


def test_raw_early_return_equals_token_loop():
    # a trailing " ’" (no token, no name) sends a sentence down the token loop of _raw
    for text in _articles(20):
        for sent in (s.text for s in split_sentences(text)):
            for t in (sent, sent.upper(), sent.title()):
                if "'" not in t and "\u2019" not in t:
                    assert places._raw(t, set()) == places._raw(t + " \u2019", set())
    assert [m.location for m, _ in places._raw("Kharkiv was hit.", set())] == ["Kharkiv"]


# --- seventh pass (figures) -----------------------------------------------------------------

def _plain_number_starts(text: str) -> list[int]:
    """number_starts by its definition: digit runs, and every (overlapping) literal occurrence
    in the lowercased text with each whitespace character read as a space."""
    spaced = re.sub(r"\s", " ", text.lower())
    want = {m.start() for m in re.finditer(r"\d+", text)}
    for lit in scan._literals():
        want |= {m.start() for m in re.finditer(f"(?={re.escape(lit)})", spaced)}
    return sorted(want)


def test_number_starts_one_scan_equals_definition():
    texts = ["Someone saw twenty-one drones; often ten or eleven, 12,000 in 2024.",
             "AT LEAST FIVE\tPEOPLE, alone at\u00a0home, were hurt", "cover 5 up\nto 7 a  dozen",
             "\u0663 drones and 4\u0664 missiles", "1 22 333 a1b2", "x", ""]
    texts += [s.text for a in _articles(6) for s in split_sentences(a)]
    for text in texts:
        assert scan.number_starts(text) == _plain_number_starts(text), text
    art = "Two drones hit Sumy. Someone said 14 were downed."
    parts = [s.text for s in split_sentences(art)]
    lowtext.begin(art, parts)
    try:    # (memoized per sentence within an article: the same answer twice)
        for part in parts:
            assert scan.number_starts(part) == scan.number_starts(part) == \
                _plain_number_starts(part)
    finally:
        lowtext.end()


def test_scan_finditer_relaxed_pattern_checks_its_capitals():
    from assets.extract import casualties, tallies
    for rx, text in ((casualties._PASSIVE["killed"], "Three residents of Druzhkivka died."),
                     (casualties._PASSIVE["killed"], "Three residents of druzhkivka died."),
                     (tallies._MORE_OVER, "two drones over Kursk and one over the Bryansk area"),
                     (tallies._MORE_OVER, "two drones over Kursk and one over the bryansk area")):
        # (the starts each caller hands it: number phrases; "," and "and" for _more)
        starts = (scan.number_starts(text) if rx is not tallies._MORE_OVER
                  else scan.literal_starts(text, (",", "and")))
        assert [m.span() for m in scan.finditer(rx, text, starts)] == [
            m.span() for m in rx.finditer(text)]
    # the capital is what makes the match: lowercased, the twin alone would have matched
    assert [m.group("n") for m in scan.finditer(
        casualties._PASSIVE["killed"], "Three residents of Druzhkivka died.",
        scan.number_starts("Three residents of Druzhkivka died."))] == ["Three"]


def test_literal_gates_keep_the_literals_holding_no_other():
    from assets.extract.literal_gates import fewest
    assert fewest(frozenset({"kill", "killed", "killing", "dead", "deaths", "death"})) == (
        "dead", "death", "kill")


def test_mask_literal_skips_equal_every_mask_applied():
    from assets.extract import casualties

    def plain(text: str) -> str:
        for k, rx in enumerate(casualties._MASKS):
            fill = "§" if k < 2 else " "
            text = rx.sub(lambda m, c=fill: c * len(m.group()), text)
        return text

    texts = ["A 9-year-old girl and a woman aged 70 were killed at 10:30 in a 9-storey block.",
             "Three people were injured, not four as initially reported, in December 2023.",
             "The strike, including two drones, hit 5 km away; 30 percent of homes, born in 1950."]
    texts += [s.text for a in _articles(12) for s in split_sentences(a)]
    for text in texts:
        assert casualties.mask(text) == plain(text), text

def test_draft_figure_and_count_of_nothing_are_none():
    from assets.extract.casualties import Figure
    from assets.extract.rows import Draft
    from assets.extract.tallies import Count

    d = Draft("impact", "UKR", "Kyiv", "UA-30", "Kyiv", 50.45, 30.52, "settlement", None,
              "unknown", 0, "RUS")
    assert [d.figure(f) for f in ("killed", "injured")] == [None, None]
    assert [d.count(f) for f in ("launched", "intercepted", "hit")] == [None, None, None]
    d.figures.append((3, Figure("killed", 2, 3, "plain")))
    assert [d.figure(f) for f in ("killed", "injured")] == [2, None]
    d.counts.append(Count("hit", "missile", 3, 0))
    assert [d.count(f) for f in ("launched", "intercepted")] == [3, None]   # hits as launched
