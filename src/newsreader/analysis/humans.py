"""Which undecided lone words the article treats as people.

A capitalised word no list knows ("Brinkov", a footballer's one name, a surname whose
full name was never given) becomes an organisation by default. News prose says when it is
a person instead, and says it the same way every time: a verb only a person does
(`Brinkov shrugged`), a person's role right before the name (`striker Brinkov`, `Coach
Halloran`), the subject saying something of itself as "he" or "she" (`Brinkov said he
would stay`), or the next sentence, or the quotation after it, going on with "he"/"she"
(`Brinkov scored twice. "…," he said.`). One
such use types every undecided mention of the word; a word that also speaks of itself as
"it" (`Brinkov said it would cut jobs`) is left to the default.
"""

from __future__ import annotations

import re

from newsreader.analysis import lexicon

_ROLES = sorted(
    (
        lexicon.PERSON_ROLES
        | {"forward", "winger", "keeper", "boss", "skipper", "quarterback", "pitcher"}
        | {"batsman", "bowler", "jockey", "golfer", "boxer", "cyclist", "sprinter"}
    )
    - {"general", "member", "fellow", "owner", "worker", "driver", "player", "executive"}
)
"""Role nouns that, right before a lone name, make it a person (`striker Brinkov`). Left
out: words that also qualify a body or a thing (`general Motors`, `owner Acme`)."""
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(\"“])(?:" + "|".join(f"[{r[0]}{r[0].upper()}]{r[1:]}" for r in _ROLES) + r")[ \t]+\Z"
)
_OPENING = re.compile(r"(?:\A|[.!?][\"”’]?[ \t]+|\n[ \t]*|(?:But|And|Yet|So)[ \t]+)\Z")
"""A sentence's start before a word (also after an opening conjunction)."""
_SAYS = "|".join(sorted(lexicon.SPEECH_VERBS))
_SELF = re.compile(
    rf"[ \t]+(?:also[ \t]+)?(?:{_SAYS})(?:[ \t]+(?!(?:he|she|his|her|it|its|the|an?|this|their|our)\b)[a-z]+){{0,2}}"
    rf"[ \t]+(?:(?P<pronoun>he|she|his|her)|it|its)\b"
)
"""`Brinkov said he …`, `Brinkov told reporters he …`, `Brinkov insisted his …` (a
person) or `Brinkov said it …`, `told investors its …` (a body); not after an object with
a determiner, whom the pronoun may mean (`told the minister she …`)."""
_HUMAN_VERB = re.compile(
    r"[ \t]+(?:smiled|smiles|laughed|laughs|joked|jokes|shrugged|shrugs|nodded|nods|grinned"
    r"|grins|sighed|sighs|wept|weeps|winked|winks|frowned|frowns|chuckled|chuckles)\b"
)
"""Verbs only a person does (`Brinkov shrugged`)."""
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{2,}\b")
"""The subject's verb right after it (`Brinkov scored`, `Brinkov quickly agreed`)."""
_APPOSITION = re.compile(r"[ \t]*,[ \t]+(?:a|an|the)[ \t]+[^,.;:!?\"“”\n]{1,60}?,(?=[ \t]+[a-z])")
"""A description in commas between a subject and its verb: `Brinkov, a student at Leeds,
said …` (the subject still goes on as "he"/"she")."""
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:[ \t]+|\n+)")
_GOES_ON = re.compile(
    rf"(?:(?:He|She)[ \t]+[a-z]"
    rf"|[\"“][^\"“”\n]{{1,400}}?[,.!?][\"”][ \t]+(?:he|she)[ \t]+(?:{_SAYS})\b)"
)
"""The next sentence goes on with "he"/"she": `He added …`, `"…," she said.`"""
_REACH = 600
_QUOTED = re.compile(r"[\"“”]")
_OWN_PRONOUN = re.compile(r"\b(?:(?P<person>he|she|his|her|him)|it|its|they|their|them)\b")
"""The first personal pronoun after a subject in its own sentence: `Brinkov gave the ball
away and people moaned, but he …` (a person), `… raised its forecast` (a body)."""
_SOMEONE = re.compile(
    r"\b(?:"
    + "|".join(sorted(lexicon.PERSON_ROLES | lexicon.ROLE_NOUNS | lexicon.KIN_NOUNS))
    + r"|man|woman|boy|girl|people|player|someone|anyone|everyone|nobody|who|which|"
    + _SAYS
    + r")\b"
)
"""Someone else the pronoun may stand for, named by a noun (`the manager … his`), or
words after which it may (reported words, a relative clause: `said the plan, which he
called unfair`)."""


def human_forms(
    text: str, undecided: list[tuple[int, int, str]], next_starts: list[int]
) -> set[str]:
    """The lone words among `undecided` (start, end, text) that the text treats as people.

    Args:
        text: The article.
        undecided: Mentions of one capitalised word no list or cue typed, in text order.
        next_starts: For each, where the next mention of any kind starts (or the text's
            end): a "he" after another name is that name's.
    """
    human: set[str] = set()
    body: set[str] = set()
    for (start, end, word), stop in zip(undecided, next_starts, strict=True):
        said = _SELF.match(text, end, min(stop, end + 80))
        if said is not None:
            (human if said.group("pronoun") else body).add(word)
            continue
        if _HUMAN_VERB.match(text, end) is not None:
            human.add(word)  # "Brinkov shrugged off the question"
            continue
        before = text[max(0, start - 30) : start]
        if _ROLE_BEFORE.search(before) is not None:
            human.add(word)  # "striker Brinkov", "Coach Halloran said"
            continue
        if _OPENING.search(before) is None:
            continue  # only a sentence's subject goes on as "he"
        described = _APPOSITION.match(text, end, end + 80)
        if described is not None:
            # "Brinkov, a student at Leeds, said he …": a name inside the description is
            # part of it, so the subject's own sentence reaches on past it
            end = described.end()
            stop = max(stop, min(len(text), end + 200))
            said = _SELF.match(text, end, min(stop, end + 80))
            if said is not None:
                (human if said.group("pronoun") else body).add(word)
                continue
        if _VERB_AFTER.match(text, end) is None:
            continue
        ended = _SENTENCE_END.search(text, end, min(stop, end + _REACH))
        if ended is not None and _GOES_ON.match(text, ended.end(), ended.end() + 420):
            human.add(word)  # "Brinkov scored twice. "…," he said."
            continue
        close = ended.start() if ended is not None else min(stop, end + 200)
        pronoun = _OWN_PRONOUN.search(text, end, close)
        if (
            pronoun is not None
            and pronoun.group("person")
            and _SOMEONE.search(text, end, pronoun.start()) is None
            and not _QUOTED.search(text, end, pronoun.start())
        ):
            human.add(word)  # "Brinkov gave the ball away, but he …"
    return human - body
