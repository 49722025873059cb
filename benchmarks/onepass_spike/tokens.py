"""Tokens of an article with their offsets and one type character each (the spike's one pass).

An article's sentences are cut into tokens once (whitespace-separated chunks, punctuation marks
standing apart); each token gets a type code from the lexicon table (lexicon.csv: killed -> K,
people -> p, two -> n, ...), else a code by its shape (a capitalized word C, any other word x, a
digit run n, a digit compound such as "13-year-old" g, punctuation by kind).
The codes joined give the article's type string, one character per token, so that a rule is a
regex over that string and a match's offsets are token indexes. A sentence boundary is a
pseudo-token "|" of its own (empty span), so no rule runs across two sentences.

Written here rather than with an NLP tokenizer (spaCy, NLTK) because the point of the spike is
the cost of one split and one dict lookup per token, which those libraries' pipelines exceed.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicon.csv")

# marks that stand apart as tokens: always ("(", quotes, dashes), or before a space (",", "."), so
# that "1,200", "3.5", "Kyiv's" and "13-year-old" stay one token each
_APART = ('"', "(", ")", "“", "”", "—", "–", "[", "]")
_BEFORE_SPACE = (", ", ". ", "; ", ": ", "? ", "! ")
_ENDS = ".!?;:,"
_QUOTES = "\"'’‘“”()[]"
BOUNDARY = " \x00 "     # joins sentences: its NUL is the boundary token
_PUNCT = {"\x00": "|", ",": ",", ";": ";", ":": ";", ".": ".", "!": ".", "?": ".", "-": "-",
          "–": "-", "—": "-", "(": "(", ")": ")", "[": "(", "]": ")", '"': '"', "“": '"', "”": '"',
          "'": '"', "‘": '"', "’": '"'}


def _load() -> tuple[dict[str, str], dict[str, int]]:
    codes: dict[str, str] = {}
    values: dict[str, int] = {}
    with LEXICON.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for row in rows:
            codes[row["word"]] = row["code"]
            if row["value"]:
                values[row["word"]] = int(row["value"])
    return codes, values


class CodeMemo:
    """A coding of tokens as written, each token's code remembered (the vocabulary is small:
    up to MEMO_SIZE tokens). A token with a quote or bracket at either end ("killed’", "‘Kyiv")
    codes as the token without them."""

    MEMO_SIZE = 200_000

    def __init__(self, code: Callable[[str], str]) -> None:
        self.code = code
        self.memo: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """The code of one token as written."""
        code = self.memo.get(word)
        if code is None:
            if len(word) > 1 and (word[0] in _QUOTES or word[-1] in _QUOTES):
                code = self(word.strip(_QUOTES) or word[0])
            else:
                code = self.code(word)
            if len(self.memo) < self.MEMO_SIZE:
                self.memo[word] = code
        return code

    def types(self, words: list[str]) -> str:
        """The type string of tokens as written: one code each."""
        codes = list(map(self.memo.get, words))
        if None in codes:
            codes = [c or self(w) for c, w in zip(codes, words, strict=True)]
        return "".join(codes)     # type: ignore[arg-type]


def article_words(sentences: list[str],
                  starts: list[int] | None = None) -> tuple[list[int], list[str]]:
    """The start offsets of an article's sentences (by default one after the other) and its
    tokens as written, the sentences cut in one go, joined by a NUL that is the boundary."""
    if starts is None:
        starts = [0]
        for s in sentences[:-1]:
            starts.append(starts[-1] + len(s) + 1)
    return starts, words_of(BOUNDARY.join(sentences))


CODES, VALUES = _load()


def _code(word: str) -> str:
    """The type code of one token as written, unquoted (code_of remembers it)."""
    c = word[0]
    low = word.lower()
    if c.isdigit():
        code = "g" if "-" in word else "n"
    elif low in CODES:
        code = CODES[low]
    elif "-" in low and all(part in VALUES for part in low.split("-")):
        code = "n"      # "twenty-three"
    elif "-" in low and low.split("-", 1)[0] in VALUES:
        code = "g"      # "five-storey", "two-year-old": a number inside a compound, no count
    else:
        code = shape_code(c)
    return code


def shape_code(c: str) -> str:
    """The code of a token by the shape of its first character c: C a capitalized word, x any
    other word, a mark by kind."""
    if c.isalpha():
        return "C" if c.isupper() else "x"
    return _PUNCT.get(c, "x")


code_of = CodeMemo(_code)


def words_of(sentence: str) -> list[str]:
    """The tokens of one sentence as written: its whitespace-separated chunks once the marks of
    _APART, and those of _BEFORE_SPACE before a space or at the end, stand apart. (str.replace
    and str.split: a third of the cost of one regex findall over the same text.)"""
    for p in _APART:
        if p in sentence:
            sentence = sentence.replace(p, f" {p} ")
    for p in _BEFORE_SPACE:
        if p in sentence:
            sentence = sentence.replace(p, f" {p}")
    if sentence and sentence[-1] in _ENDS:
        sentence = f"{sentence[:-1]} {sentence[-1]}"
    return sentence.split()


@dataclass(slots=True)
class Tokens:
    """An article's tokens: the sentences' start offsets and texts, the words as written (a
    boundary's is NUL) and the type string (one code per token)."""

    starts: list[int]
    sentences: list[str]
    words: list[str]
    types: str

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) offset of each token in the article; a boundary's span is empty, at
        the start of the sentence after it. Computed on demand (the rules need only indexes
        and words): each word is found after the one before, as words_of keeps their order."""
        out: list[tuple[int, int]] = []
        for k, (base, text) in enumerate(zip(self.starts, self.sentences, strict=True)):
            if k:
                out.append((base, base))
            pos = 0
            for w in words_of(text):
                pos = text.index(w, pos)
                out.append((base + pos, base + pos + len(w)))
                pos += len(w)
        return out


def tokenize(sentences: list[str], starts: list[int] | None = None) -> Tokens:
    """Tokens of an article's sentences (texts, with their start offsets in the article: by
    default one after the other), a "|" boundary token between two sentences. The sentences
    are cut in one go, joined by a NUL that becomes the boundary token."""
    starts, words = article_words(sentences, starts)
    return Tokens(starts, sentences, words, code_of.types(words))


def value(tokens: Tokens, i: int) -> int | None:
    """The number token i stands for: digits ("1,200" = 1200), a number word or a hyphenated
    pair of them ("twenty-three"); None for a decimal or anything else."""
    w = tokens.words[i]
    if w[0].isdigit():
        digits = w.replace(",", "")
        return int(digits) if digits.isdigit() else None
    low = w.lower()
    if low in VALUES:
        return VALUES[low]
    parts = low.split("-")
    if all(p in VALUES for p in parts):
        return sum(VALUES[p] for p in parts)
    return None
