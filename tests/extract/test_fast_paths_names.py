"""Fast paths of the 1.36.0 speed pass (article surnames) give what they stand in for."""

import re

from assets.extract import article_surnames, lowtext, places
from assets.extract.gazetteer import norm

# the pair pattern as 1.36.0 wrote it, with the word-start test inside the pattern
_BOUNDED_PAIR = re.compile(r"\b([A-Z][a-z]+) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")

_ARTICLE = ("Governor Alexander Gusev said a drone fell near Tetkino. xOleg Zolochiv, _Ivan "
            "Tetkino, 4Dmitry Lyubimovka and ÖAnton Gusev are no names; Boris Zolochiv is. "
            "Mayor Oleg Nikolayev and Andrii Kupiansk-Vuzlovyi spoke, Denis Sumy too.")


def _bounded(text: str, given: frozenset[str]) -> frozenset[str]:
    """What `_surnames` gave with the pattern above."""
    return frozenset(
        key for m in _BOUNDED_PAIR.finditer(text) if m.group(1).lower() in given
        for key in [norm(m.group(2))] if (cands := places.load().settlements.get(key))
        and max(c.population for c in cands) < 100_000)


def test_surnames_read_as_with_the_word_boundary():
    given = places._given_names()
    got = article_surnames._surnames(_ARTICLE, given)
    assert got == _bounded(_ARTICLE, given)
    # no Tetkino, Lyubimovka (no word start before the given name); Nikolayev, Sumy are cities
    assert got == {"gusev", "zolochiv", "kupiansk-vuzlovyi"}


def test_is_article_surname_answers_as_the_article_set():
    sents = [_ARTICLE]
    lowtext.begin(_ARTICLE, sents)
    try:
        whole = article_surnames.article_surnames(_ARTICLE, places._given_names)
        for word in re.findall(r"[A-Z][\w\-]+", _ARTICLE):
            key = norm(word)
            assert article_surnames.is_article_surname(key, _ARTICLE, places._given_names) \
                is (key in whole), word
    finally:
        lowtext.end()
    assert whole == {"gusev", "zolochiv", "kupiansk-vuzlovyi"}
