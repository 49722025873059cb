"""`benchmarks.finder_recording` and `benchmarks.finder_residual`: replayed finder answers give the
plain extractor's rows, a diverging call sequence raises, and the sampler charges `_extract`'s
callees."""

from __future__ import annotations

import copy
import sys
from collections import Counter

import pytest

from assets.extract import extractor
from assets.extract.extractor import extract_mentions
from benchmarks import finder_recording as fr
from benchmarks import finder_residual as res
from benchmarks.residual_calls import _charge, group_of, module_of, python_calls, split_own_lines

_DEV = res.load(res.DEFAULT)


@pytest.fixture(scope="module")
def few() -> list[dict]:
    """Four dev articles that give rows (figures, tallies, places)."""
    picked = [a for a in _DEV if len(extract_mentions(a)) >= 2][:4]
    assert len(picked) == 4
    return picked


@pytest.fixture(scope="module")
def recorded(few):
    return fr.record(lambda: res.extract_all(few))


def test_recording_leaves_rows_alone_and_logs_outermost_calls(few, recorded):
    rec, rows = recorded
    assert rows == res.extract_all(few)
    assert rec.count("split_sentences") == 4
    # one call of each per-sentence finder per sentence, from _extract
    sentences = sum(len(got) for _, got in rec.calls["split_sentences"])
    assert rec.count("find_casualties") >= sentences
    assert rec.count("settle") == rec.count("_rows") == 4
    # find_targets asks find_places itself: those inner calls are not logged
    assert rec.count("find_places") < rec.count("find_targets")
    assert len(rec.order) == sum(rec.count(k) for k in fr.RECORDED)


def test_replay_of_every_finder_gives_the_plain_rows(few, recorded):
    rec, rows = recorded
    for check in (True, False):
        rp = fr.Replay(rec, list(fr.FINDERS), check=check)
        with fr.installed(rp.wrappers()) as swapped:
            assert swapped >= len(fr.FINDERS)
            got = res.extract_all(few)
        rp.finish()
        assert got == rows


def test_each_finder_replayed_alone_gives_the_plain_rows(few, recorded):
    rec, rows = recorded
    for name in list(fr.FINDERS) + list(fr.ASSEMBLY):
        rp = fr.Replay(rec, [name], check=True)
        with fr.installed(rp.wrappers()):
            assert res.extract_all(few) == rows, name
        rp.finish()


def test_replayed_answers_are_fresh_copies(few, recorded):
    rec, _ = recorded
    rp = fr.Replay(rec, ["find_targets"])
    stub = rp.wrappers()["find_targets"]
    args, logged = next((a, g) for a, g in rec.calls["find_targets"] if g)
    first = stub(*args)
    assert first == logged and first is not logged
    first.clear()       # a caller changing its answer does not change the recording
    assert logged


def test_replay_raises_when_the_arguments_differ(few, recorded):
    rec, _ = recorded
    other = copy.deepcopy(few)
    other[0]["text"] = other[0]["text"].replace(".", ";", 1)
    rp = fr.Replay(rec, ["split_sentences", "find_casualties"], check=True)
    with fr.installed(rp.wrappers()), pytest.raises(fr.Diverged, match="arguments differ"):
        res.extract_all(other)


def test_replay_raises_when_another_article_comes_first(few, recorded):
    rec, _ = recorded
    rp = fr.Replay(rec, list(fr.FINDERS), check=True)
    with fr.installed(rp.wrappers()), pytest.raises(fr.Diverged, match="split_sentences call 0"):
        res.extract_all(few[1:] + few[:1])


def test_replay_raises_when_the_finders_interleave_otherwise(few, recorded):
    rec = copy.deepcopy(recorded[0])
    first = rec.order.index("find_dates")
    after = rec.order.index("is_strike_sentence", first)
    assert after > first
    rec.order[first], rec.order[after] = rec.order[after], rec.order[first]
    rp = fr.Replay(rec, list(fr.FINDERS), check=True)
    with fr.installed(rp.wrappers()), pytest.raises(
            fr.Diverged, match=f"call {first}: find_dates asked where the recording has "
                               "is_strike_sentence"):
        res.extract_all(few)


def test_finish_raises_when_answers_are_left(few, recorded):
    rec, _ = recorded
    rp = fr.Replay(rec, ["find_dates"])
    with fr.installed(rp.wrappers()):
        res.extract_all(few[:2])
    with pytest.raises(fr.Diverged, match="find_dates: .* of"):
        rp.finish()


def test_installed_restores_every_binding():
    real = fr.originals()
    with fr.installed(fr.live_wrappers()):
        assert extractor.find_casualties is not real["find_casualties"]
        assert extractor._rows is not real["_rows"]
    assert extractor.find_casualties is real["find_casualties"]
    assert extractor._rows is real["_rows"]
    assert extractor.cx.nationwide is real["nationwide"]


def test_timed_pass_rejects_rows_that_differ(few, recorded):
    rec, rows = recorded
    v = res.Variant("residual", rec, list(fr.FINDERS))
    cpu, wall = v.timed_pass(few, rows)
    assert cpu > 0 and wall > 0
    wrong = copy.deepcopy(rows)
    wrong[0][0]["killed"] = 999
    with pytest.raises(fr.Diverged, match="rows differ"):
        v.timed_pass(few, wrong)


def test_call_counts_and_own_line_split():
    def three() -> None:
        for _ in range(3):
            fr.originals()
    calls, c_calls = python_calls(three)
    assert calls["benchmarks"] >= 3 and c_calls > 0
    source = ["x = 1", "m = _RX.search(text)", "y = text.startswith('a')"]
    assert split_own_lines(Counter({1: 2, 2: 5, 3: 1}), source) == (5, 3)


def test_modules_are_grouped_for_the_summary():
    assert module_of(extractor.__file__) == "extract/extractor.py"
    assert module_of(fr.__file__) == "benchmarks"
    assert module_of(copy.__file__) == "other"
    assert group_of("extract/caseless.py") == "pattern machinery"
    assert group_of("ids.py") == group_of("extract/settle.py") == "drafts and rows"
    assert group_of("extract/part_interceptions.py") == "rule modules"
    assert group_of("other") == "other"


def _caller() -> tuple[str, str, int]:
    return _callee()


def _callee() -> tuple[str, str, int]:
    return _charge(sys._getframe(), _caller.__code__)


def _own() -> tuple[str, str, int]:
    return [_charge(sys._getframe(), _own.__code__) for _ in (0,)][0]   # (from a comprehension)


def test_a_sample_is_charged_to_the_callee_or_to_the_own_line():
    assert _caller() == ("other", "_callee", 0)
    module, callee, line = _own()
    assert (module, callee) == ("other", "_extract (own lines)")
    assert line == _own.__code__.co_firstlineno + 1
