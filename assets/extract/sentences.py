"""Split clean article text into sentences with character offsets into the text.

Paragraphs (line breaks) always end a sentence; inside a paragraph a sentence ends at . ! or ?
followed by space and a capital, digit, quote or dash, unless the period closes a known
abbreviation ("Gov.", "Oct.", "U.S.", "a.m."). A hand-written splitter: the offsets must be exact
and news abbreviations are few.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gov", "gen", "lt", "col", "maj", "sgt", "st", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "u.s", "u.k",
    "a.m", "p.m", "e.g", "i.e", "jr", "sr", "rep", "sen", "prof", "approx", "est", "inc", "co",
}
_PARA = re.compile(r"[^\n]+")
_OPENER = re.compile(r"(?:The|A|An|It|He|She|They|In|On|At|Air|Russia|Ukraine|Officials|"
                     r"Authorities|Earlier|Later)\b")
_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9\"'“‘(\-–—])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# a match of _LAST_WORD lies in the text's trailing run of these characters: search from there
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the article text, paragraph number and text."""

    start: int
    end: int
    text: str
    para: int


def sentence_at(sents: list[Sentence], pos: int) -> int | None:
    """Index of the sentence of sents whose span holds article offset pos (None: none does)."""
    return next((k for k, s in enumerate(sents) if s.start <= pos < s.end), None)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of text in order; text[s.start:s.end] == s.text for each."""
    out: list[Sentence] = []
    for p_no, para in enumerate(_PARA.finditer(text or "")):
        base, body = para.start(), para.group()
        start = 0
        for m in _END.finditer(body):
            head = body[start:m.start() + 1]
            w = _LAST_WORD.search(head, len(head.rstrip(_WORD_CHARS)))
            if w and (w.group(1).lower() in _ABBREV or len(w.group(1)) == 1) and not (
                    w.group(1).lower() in ("a.m", "p.m") and _OPENER.match(body, m.end())):
                continue    # ("explosions shook the capital from about 6:35 a.m. The air force
                # said ...": a time closing the sentence before a new one's opener, 1.23.0)
            _add(out, text, base + start, base + m.end(), p_no)
            start = m.end()
        _add(out, text, base + start, base + len(body), p_no)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    span = text[start:end]
    body = span.strip()     # (strip() drops exactly the characters isspace() is true of)
    if body:
        start += len(span) - len(span.lstrip())
        out.append(Sentence(start, start + len(body), body, para))
