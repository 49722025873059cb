"""Corrections as data: loading, schema checks and their application to mention rows."""

from __future__ import annotations

import datetime as dt

import pytest

from assets.curate.corrections import Correction, Problem, load_corrections, parse_entry
from assets.curate.curate import curate
from assets.curate.review import context
from assets.curate.review_page import render_html

BASE = {"reason": "Mayor's later statement", "curator": "A. Curator", "date": "2025-03-15"}
TEXT = "Sirens sounded at night. A drone hit a shop in Poltava, injuring two. Power was cut."


def entry(**kw) -> dict:
    return {**BASE, **kw}


def row(mention_id: str, incident_id: str, **kw) -> dict:
    base = {"mention_id": mention_id, "incident_id": incident_id, "article_id": "a-1",
            "kind": "impact", "event_date": dt.date(2025, 3, 4), "country": "UKR",
            "admin1": "Kharkiv Oblast", "location": "Kharkiv", "attacker": "RUS",
            "killed": 2, "injured": 5, "corrected_by": None}
    return {**base, **kw}


def test_parse_entry_types_a_set_correction():
    c = parse_entry(entry(target="mention:men-1", action="set",
                          set={"killed": 4, "event_date": "2025-03-05"}), "corrections/a.yaml", 1)
    assert isinstance(c, Correction)
    assert c.values == {"killed": 4, "event_date": dt.date(2025, 3, 5)}
    assert (c.name, c.kind, c.target_id, c.date) == ("a.yaml#1", "mention", "men-1",
                                                     "2025-03-15")


@pytest.mark.parametrize(("bad", "message"), [
    ({"set": {"kiled": 4}}, "unknown field 'kiled'"),
    ({"set": {"killed": "four"}}, "killed must be an integer"),
    ({"set": {"killed": -1}}, "killed must be in [0"),
    ({"set": {"weapon": "catapult"}}, "weapon must be one of"),
    ({"action": "delete"}, "unknown action 'delete'"),
    ({"reason": None}, "missing reason"),
    ({"curator": ""}, "missing curator"),
    ({"date": "March 15"}, "date must be a date"),
    ({"colour": "red"}, "unknown key 'colour'"),
    ({"target": "article:a-1"}, "action set needs a target of kind mention or incident"),
])
def test_parse_entry_reports_schema_conflicts(bad, message):
    e = entry(target="mention:men-1", action="set", set={"killed": 4})
    e.update(bad)
    if e.get("reason") is None:
        e.pop("reason")
    problems = parse_entry(e, "corrections/a.yaml", 3)
    assert isinstance(problems, list)
    assert any(message in p.message for p in problems), [p.message for p in problems]
    assert str(problems[0]).startswith(f"corrections/a.yaml entry 3 ({e['target']}): ")


def test_load_corrections_names_file_and_entry(tmp_path):
    (tmp_path / "corrections").mkdir()
    (tmp_path / "corrections" / "b.yaml").write_text(
        "- {target: 'incident:inc-1', action: reject, reason: dup, curator: X, "
        "date: 2025-03-15}\n"
        "- {target: 'mention:men-2', action: set, set: {kind: raid}, reason: r, curator: X, "
        "date: 2025-03-15}\n", encoding="utf-8")
    (tmp_path / "corrections" / "c.yaml").write_text("not: a list\n", encoding="utf-8")
    found, problems = load_corrections(tmp_path)
    assert [c.name for c in found] == ["b.yaml#1"]
    assert [(p.file, p.entry) for p in problems] == [("corrections/b.yaml", 2),
                                                    ("corrections/c.yaml", 0)]


def correction(n: int, target: str, action: str, values: dict | None = None) -> Correction:
    kind, _, target_id = target.partition(":")
    return Correction(name=f"t.yaml#{n}", file="corrections/t.yaml", entry=n, kind=kind,
                      target_id=target_id, action=action, values=values or {})


def test_curate_set_marks_row_and_reject_removes_it():
    rows = [row("men-1", "inc-1"), row("men-2", "inc-2", location="Izium")]
    out = curate(rows, [correction(1, "mention:men-1", "set", {"killed": 4}),
                        correction(2, "mention:men-2", "reject")], {})
    assert [(r["mention_id"], r["killed"], r["corrected_by"]) for r in out.rows] == \
        [("men-1", 4, "t.yaml#1")]
    assert [o.status for o in out.outcomes] == ["applied", "applied"]
    assert rows[0]["killed"] == 2  # the extracted rows are never changed


def test_curate_moves_mention_when_its_place_changes():
    out = curate([row("men-1", "inc-old")], [correction(1, "mention:men-1", "set",
                                                        {"location": "Chuhuiv"})], {})
    assert out.rows[0]["incident_id"].startswith("inc-")
    assert out.rows[0]["incident_id"] != "inc-old"


def test_curate_vanished_target_is_an_orphan_not_a_problem():
    out = curate([row("men-1", "inc-1")], [correction(1, "mention:men-gone", "set",
                                                      {"killed": 1}),
                                           correction(2, "incident:inc-gone", "reject"),
                                           correction(3, "incident:inc-1", "reject")], {})
    assert [o.status for o in out.outcomes] == ["orphan", "orphan", "pending"]
    assert out.problems == []
    assert out.rows[0]["corrected_by"] is None


def add_values(sentence: str, start: int) -> dict:
    return {"kind": "impact", "date_precision": "day", "country": "UKR",
            "geo_precision": "settlement", "attacker": "RUS", "weapon": "drone",
            "target_type": "commercial", "location": "Poltava", "injured": 2,
            "evidence": sentence, "evidence_start": start, "evidence_end": start + len(sentence)}


def test_curate_add_checks_evidence_against_article_text():
    sentence = "A drone hit a shop in Poltava, injuring two."
    good = correction(1, "article:a-9", "add", add_values(sentence, TEXT.index(sentence)))
    bad = correction(2, "article:a-9", "add", add_values(sentence, TEXT.index(sentence) + 3))
    out = curate([], [good, bad], {"a-9": TEXT})
    assert len(out.rows) == 1
    added = out.rows[0]
    assert (added["article_id"], added["corrected_by"], added["extractor_version"]) == \
        ("a-9", "t.yaml#1", "manual")
    assert TEXT[added["evidence_start"]:added["evidence_end"]] == added["evidence"]
    assert [(p.entry, "do not slice" in p.message) for p in out.problems] == [(2, True)]
    assert isinstance(out.problems[0], Problem)


def test_context_gives_whole_neighbouring_sentences():
    start = TEXT.index("A drone")
    end = TEXT.index("Power") - 1
    before, after = context(TEXT, start, end, chars=30)
    assert before == "Sirens sounded at night. "
    assert after == " Power was cut."


def test_render_html_escapes_every_value():
    item = {"rank": 1, "correct_with": "mention:<b>x</b>", "incident": "incident:i",
            "reasons": "low <script>", "kind": "impact", "event_date": None, "place": "A & B",
            "attacker": "RUS", "weapon": "drone", "confidence": 0.5, "article_id": "a",
            "evidence": "<img src=x onerror=alert(1)>", "_before": "<", "_after": ">"}
    page = render_html([item])
    assert "<script>" not in page and "<img" not in page and "<b>x</b>" not in page
    assert "mention:&lt;b&gt;x&lt;/b&gt;" in page and "A &amp; B" in page
