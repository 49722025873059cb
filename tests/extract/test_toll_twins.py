"""The two toll folds of toll_twins and their one loop. Sentences, places and figures are invented
for these tests."""

from datetime import date

from assets.extract.casualties import Figure
from assets.extract.rows import Draft
from assets.extract.sentences import Sentence
from assets.extract.toll_twins import fold_reported, fold_toll_twins

_PUB = date(2024, 11, 24)     # a Sunday


def _town(day: date, strength: int, sent: int, killed: int | None = None) -> Draft:
    d = Draft("impact", "Ukraine", "Poltava Oblast", "UA", "Poltava", 49.59, 34.55, "settlement",
              day, "day", strength, "Russia", sents=[sent])
    if killed is not None:
        d.figures.append((sent, Figure("killed", killed, 0, "update")))
    return d


def _sents(*texts: str) -> list[Sentence]:
    return [Sentence(0, len(t), t, i) for i, t in enumerate(texts)]


_TEXTS = ("The death toll from the strike on Poltava rose to 9 on Sunday.",
          "A missile hit Poltava on Friday.")


def _pair(twin_strength: int, days_before: int) -> list[Draft]:
    return [_town(date(2024, 11, 24 - days_before), twin_strength, 1),
            _town(_PUB, 0, 0, killed=9)]


def test_fold_reported_merges_the_report_day_row_into_any_twin_up_to_three_days_earlier():
    drafts = _pair(twin_strength=1, days_before=2)
    fold_reported(drafts, _sents(*_TEXTS), _PUB)
    assert [(d.event_date, d.sents, len(d.figures)) for d in drafts] == [
        (date(2024, 11, 22), [0, 1], 1)]


def test_fold_toll_twins_asks_for_a_twin_dated_by_a_named_day():
    weak = _pair(twin_strength=1, days_before=2)
    fold_toll_twins(weak, _sents(*_TEXTS))
    assert len(weak) == 2
    named = _pair(twin_strength=2, days_before=2)
    fold_toll_twins(named, _sents(*_TEXTS))
    assert [d.event_date for d in named] == [date(2024, 11, 22)]


def test_neither_fold_reaches_a_twin_four_days_earlier():
    for fold in (lambda ds: fold_reported(ds, _sents(*_TEXTS), _PUB),
                 lambda ds: fold_toll_twins(ds, _sents(*_TEXTS))):
        drafts = _pair(twin_strength=2, days_before=4)
        fold(drafts)
        assert len(drafts) == 2
