"""The word lists the name patterns ask at every word are tries (`alternation`), for
speed; each must accept exactly what the flat list of its words accepts, in the ways the
patterns use it: a whole word before a word boundary, never a longer word it opens."""

from __future__ import annotations

import re

import pytest

from newsreader.analysis import lexicon, speech

_NOT_NAME_WORDS = speech._NOT_NAME_WORDS.split("|")
_FLAT_NOT_NAME = re.compile(rf"(?:{speech._NOT_NAME_WORDS})\b")
_TRIE_NOT_NAME = re.compile(rf"{speech.NOT_NAME}\b")
_NOT_INSIDE_WORDS = speech._NOT_INSIDE_WORDS.split("|")
_FLAT_NOT_INSIDE = re.compile(rf"(?:{speech._NOT_INSIDE_WORDS})\b")
_TRIE_NOT_INSIDE = re.compile(rf"{speech.NOT_INSIDE}\b")
_FLAT_TITLE = re.compile(rf"(?:{'|'.join(lexicon.TITLE_ABBREVIATIONS)})\.")
_TRIE_TITLE = re.compile(speech._TITLE)


def _probes(words: list[str] | tuple[str, ...]) -> list[str]:
    """Each word alone, before punctuation, before more letters, cut short, and in lower case."""
    found: list[str] = []
    for word in words:
        found += [word, f"{word}.", f"{word} x", f"{word}s", f"{word}ly", word[:-1], word.lower()]
    return [*found, "", "Anna", "Mr.", "Mrs.", "Ms", "Its", "It's", "Sr.", "St. Louis"]


@pytest.mark.parametrize(
    ("flat", "trie", "words"),
    [
        (_FLAT_NOT_NAME, _TRIE_NOT_NAME, _NOT_NAME_WORDS),
        (_FLAT_NOT_INSIDE, _TRIE_NOT_INSIDE, _NOT_INSIDE_WORDS),
        (_FLAT_TITLE, _TRIE_TITLE, lexicon.TITLE_ABBREVIATIONS),
    ],
    ids=["not-name", "not-inside", "title"],
)
def test_trie_accepts_what_the_flat_list_does(
    flat: re.Pattern[str], trie: re.Pattern[str], words: list[str] | tuple[str, ...]
) -> None:
    for probe in _probes(words):
        by_list, by_trie = flat.match(probe), trie.match(probe)
        assert (by_list and by_list.span()) == (by_trie and by_trie.span()), probe


def test_the_words_are_plain_words() -> None:
    """The order of a flat list matters only if a word holds more than letters."""
    assert all(re.fullmatch(r"[A-Za-z]+", word) for word in _NOT_NAME_WORDS)
    assert all(re.fullmatch(r"[a-z]+", word) for word in _NOT_INSIDE_WORDS)
    assert all(re.fullmatch(r"[A-Za-z]+", word) for word in lexicon.TITLE_ABBREVIATIONS)
