"""People only talked about are no rival that leaves a reporting "he"/"she" a guess: a name
in the words the pronoun's own clause reports (`Moss's appeal bore "…," he said`, `Moss's
fans, he writes, are …`) or in the apposition or relative clause that describes the person
chosen (`Lund, who met Moss twice, said …`, `Lund, of the Moss Society, said …`). A
sentence's own reporting clause (`Lund declared: "…," she said`), someone addressed, and a
rival whose sex the text gives when the chosen one's is unknown keep the pronoun a guess; a
word run into "’t" (`Don’t`) is nobody."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import QUOTE, sure_speakers

CASES = [
    # (text, the speaker shown for the last quote: the name when sure, else None)
    # a possessive in the words the pronoun's clause reports, before the quotation
    (
        "“The levy was never meant to last,” Judge Arvid Rennick said.\n\n"
        f"Holloway's appeal bore {QUOTE} he said.",
        "Arvid Rennick",
    ),
    # a clause set into the words it reports
    (
        "Critics mocked Hugo Tallis for weeks.\n\n"
        "The harbour plan divides the town, Pavel Osterman argues in the Courier. "
        "Tallis's supporters, he writes, are “hoping for a road that nobody will build.”",
        "Pavel Osterman",
    ),
    # the subject of words a clause set into them reports is no main subject in play
    (
        "“Most of them are decent people,” Jorgen Lindqvist said.\n\n"
        "Peter Varga, Lindqvist said, has built a movement of the angry.\n\n"
        "“So afterwards, his fans feel free to shout,” he said.",
        "Jorgen Lindqvist",
    ),
    # the sentence's own reporting clause names the speaker: no words reported by the pronoun
    (
        "At the meeting, Ingrid Sollberg declared the need for patience: "
        "“Wait, and then wait again,” she said.",
        "Ingrid Sollberg",
    ),
    # a name in the relative clause that describes the speaker
    (
        "Victor Amberley, who met Tomas Ferreira twice, said the visit had gone well.\n\n"
        "“There was no ceremony at all, none,” he said.",
        "Victor Amberley",
    ),
    # … or in the apposition after the name
    (
        "Harold Finch, of the Association of Chief Harbour Masters, said the road was a "
        "mistake.\n\n“The market is still cooling,” he added.",
        "Harold Finch",
    ),
    # a sentence opening after a bracketed one (`… map.) Marchetti tried`): its subject is
    # in focus
    (
        "The forecaster called every state correctly.\n\nDirk Halloway posts two maps. (You "
        "can also view a drawn map.) Ansel Marchetti tried to put a number on it: “There is "
        "a ninety percent chance that tonight caps the best weeks of the year,” he wrote.",
        "Ansel Marchetti",
    ),
    # a name inside the quotation itself is never the antecedent of its reporting pronoun
    (
        "“I see this as my time,” said goalkeeper Danny Okafor.\n\n"
        "Coach Rudi Vermeer has watched him all season. Okafor says the new coach works in "
        "his favour.\n\n“Having [Vermeer] here definitely helps,” he says.",
        "Danny Okafor",
    ),
    # no guess: someone addressed may answer
    (
        f"Prosecutor Samuel Okoro spoke to Rajan Mehta about the money.\n\n{QUOTE} he said.",
        None,
    ),
    # no guess: the text gives the man in the relative clause the pronoun's sex, and not the
    # one chosen
    (
        "Kerry Ashdown, who came with Robert Linney, a delegate from the north, waved.\n\n"
        "“I thought it would be funny to come in costume,” he said.",
        None,
    ),
    # "Don’t" opening a question is no person "Don" in play
    (
        "“Nobody in the valley wants the road,” Tobias Wren said.\n\n"
        "But what if the council wins? Don’t the farmers risk losing the bridge?\n\n"
        "“They should just do whatever they want to do,” he said.",
        "Tobias Wren",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_talked_about_is_no_rival(text: str, expected: str | None) -> None:
    assert sure_speakers(text)[-1] == expected
