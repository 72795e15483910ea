"""What a text tells of the people it names, read once for the speaker resolver.

Which mentions are nobody (a photographer in a picture credit), which names the recogniser
joined or ran on (two people keyed as one, a sentence's plain first word), the age the text
gave someone ("Lena Moss, 43,") and the title or person noun right before a name ("Sen. Ruth
Calloway", "quarterback Matt Hasselbeck"): what a later description ("the 43-year-old",
"the senator") must agree with to stand for that person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from newsreader.analysis.entities import UPPER
from newsreader.analysis.gazetteer import load as load_gazetteer
from newsreader.analysis.lexicon import COMMON_WORDS
from newsreader.analysis.speech import PERSON_FORM
from newsreader.models import Entity

_CAPITALISED = rf"[{UPPER}][\w.’'&-]*(?:[ \t]+(?:of[ \t]+)?[{UPPER}][\w.’'&-]*)*"
CREDIT_LINE = re.compile(
    rf"^[ \t]*\(?(?:(?:Photo|Photograph|Image|Picture|Credit)s?(?:[ \t]+by)?[ \t]*:?[ \t]*)?"
    rf"(?:{_CAPITALISED}(?:[ \t]*(?:/|\||\bvia\b|\bfor\b)[ \t]*{_CAPITALISED})+"
    rf"|(?<![\w(])(?:Photo|Photograph|Image|Picture)s?[ \t]+(?:by[ \t]+|:[ \t]*){_CAPITALISED})"
    r"[ \t]*\)?\.?[ \t]*$",
    re.MULTILINE,
)
"""A paragraph crediting a picture: `Neilson Barnard via Getty Images.`, `Carlos Barria /
Reuters.`, `Photo: Ana Ruiz/AP`: the photographer named there is nobody the story speaks of."""
TWO_PEOPLE = re.compile(r"[ \t](?:and|And|&)[ \t]")
"""Names joined into one: no one person a description can stand for."""
AGE_DESCRIBED = re.compile(r"\b(?P<age>\d{1,3})-year-old\b")
"""An age in a description: "the 43-year-old"."""
_OPENING_WORD = re.compile(r"([A-Z][a-z]+)[ \t]+(?=The[ \t]+[A-Z])")
"""A capitalised word before "The" and a name: `Enter The Washington Post`."""
_AGE_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]*\()(?:aged[ \t]+)?(?P<age>\d{1,3})(?:[,)]|[ \t]*[.;]|[ \t]+(?:of|from)\b)"
)
"""An age right after a name: "Lena Moss, 43,", "Ruth Kell (61)"."""
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+\Z")
"""An age right before a name: "43-year-old Lena Moss", "the 43-year-old actor Lena Moss"."""
_TITLES = {
    "Sen": ("senator",),
    "Gov": ("governor",),
    "Rep": ("congressman", "congresswoman", "representative", "lawmaker"),
    "Gen": ("general",),
    "Sgt": ("sergeant",),
    "Det": ("detective",),
    "Capt": ("captain",),
    "Col": ("colonel",),
    "Amb": ("ambassador",),
    "Insp": ("inspector",),
    "Prof": ("professor",),
}
"""Abbreviated titles before a name and the role nouns a later description uses for them:
"Sen. Joan Whitaker" … "the senator"."""
_PERSON_FORM = re.compile(PERSON_FORM)
"""A noun naming a person by its form, right before their name: "quarterback Matt
Hasselbeck", "the finalist Nikos Varelas"."""


def plain_word(word: str) -> bool:
    """A capitalised word that is an everyday English word and no given name or surname
    ("Shortly", "Late"): opening a sentence, it is capitalised for that, not a name."""
    if word in COMMON_WORDS:
        return True
    gazetteer = load_gazetteer()
    return (
        word.lower() in gazetteer.common_words
        and word not in gazetteer.first_names
        and word not in gazetteer.surnames
    )


def first_of_sentence(text: str, position: int) -> bool:
    """Whether the word at `position` is the first of its sentence or paragraph (its place
    only; `salience.opens_sentence` also reads past an opening phrase and titles)."""
    before = text[max(0, position - 4) : position].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n"


def cleaned(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities as a speaker's name may be read. People named only in a picture credit are
    no mention: a description after it ("the 43-year-old asked") never stands for the
    photographer. A name the recogniser keyed to two people joined ("Rubio" to "Donald
    Trump And Marco Rubio") is its own; a sentence's plain first word is no part of a name."""
    kept = []
    for entity in entities:
        if entity.key and TWO_PEOPLE.search(entity.key) and not TWO_PEOPLE.search(entity.text):
            entity = replace(entity, key=entity.text)
        opening = _OPENING_WORD.match(entity.text) if " The " in entity.text else None
        if (
            opening is not None
            and plain_word(opening.group(1))
            and first_of_sentence(text, entity.start)
        ):
            # "Enter The Washington Post.": a sentence's first word, capitalised for that
            cut = opening.end()
            key = entity.key or entity.text
            key = key[cut:] if key.startswith(opening.group()) else key
            entity = replace(entity, start=entity.start + cut, text=entity.text[cut:], key=key)
        kept.append(entity)
    credits = [(found.start(), found.end()) for found in CREDIT_LINE.finditer(text)]
    if not credits:
        return kept
    starts = [start for start, _ in credits]
    return [
        entity
        for entity in kept
        if entity.kind != "person"
        or (index := bisect_right(starts, entity.start) - 1) < 0
        or entity.end > credits[index][1]
    ]


def age_given(text: str, entity: Entity) -> str | None:
    """The age the text gives a person at this mention ("Lena Moss, 43,", "Ruth Kell (61)",
    "43-year-old Lena Moss"), if any."""
    found = _AGE_AFTER.match(text, entity.end, entity.end + 12)
    if found is None:
        start = max(0, entity.start - 50)
        if "-year-old" not in text[start : entity.start]:
            return None
        found = _AGE_BEFORE.search(text, start, entity.start)
    return found.group("age") if found is not None else None


def roles_given(text: str, entity: Entity) -> tuple[str, ...]:
    """Role nouns an abbreviated title or a person noun right before this mention gives
    the person ("Sen. Ruth Calloway": senator; "quarterback Matt Hasselbeck": quarterback),
    beyond the role lexicon's own ("spokeswoman Lee Soo-jin", read by the resolver)."""
    before = text[max(0, entity.start - 24) : entity.start]
    if not before or before[-1] not in " \t":
        return ()
    words = before.split()
    if not words:
        return ()
    last = words[-1]
    title = _TITLES.get(last.removesuffix("."))
    if title is not None:
        return title  # "Sen. Ruth Calloway"
    return (last,) if _PERSON_FORM.fullmatch(last) else ()
