"""Pronoun speakers ("…," he said) that the text itself decides, though someone else was
named between the antecedent and the pronoun: a person named only inside a parenthesis
between dashes that describes the antecedent (`Varga - a former adviser to Lindqvist -
said he …`), and a person talked about in a reporting sentence whose words run on over a
full stop inside the quotation (`because “… president. We need a leader.” He also said`),
one beside whom the antecedent stood (`But standing next to Mr Blair he added`), and one
after a preposition of topic and an owner (`his defeat at the hands of Ferrari's Raikkonen`).
A "person" the recogniser found in a list of places only is not one (`linked with trio Real
Madrid, Barcelona and Valencia`). A name opening the that-clause of the antecedent's words is talked about (`Khan alleged that
Munir was behind it, stating: "…". He also accused Munir`). A one-word name before a plural for people (`Black residents`) describes a group.
A pair as the subject (`Okafor and Brandt sit …`) is told apart by the pronoun's sex when the
text gave both theirs. An antecedent whose own quotation was unsure is still sure as the subject of its sentence.
The no-guess cases beside them keep two people in play."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    # a name inside the dashes describes the one before them
    (
        "Fund manager Karl Varga - a former adviser to Peter Lindqvist - said he would "
        "only invest more if he got a say in the club.\n\n"
        "“I demand better answers,” he said.",
        "Karl Varga",
        True,
    ),
    (
        "Lawyer Anna Keller — a close friend of Maria Novak — said she would appeal.\n\n"
        "“The ruling cannot stand,” she said.",
        "Anna Keller",
        True,
    ),
    # a full stop inside the quotation does not end the reporting sentence
    (
        "Karl Varga told reporters that he backed Peter Lindqvist because “the club needs "
        "a steady hand. We need a leader.” He also said he had “trusted him from the start”.",
        "Karl Varga",
        True,
    ),
    # an opening participle phrase with no comma: the one stood beside is not "he"
    (
        "Karl Varga said the talks had gone well.\n\n"
        "But standing next to Mr Peter Lindqvist he added that the hard part was to come. "
        "“We have only started,” he said.",
        "Karl Varga",
        True,
    ),
    # the object of a preposition, with its owner between (`at the hands of X's Y`)
    (
        "Karl Varga won the race in Monaco last year.\n\n"
        "With Lindqvist now gone, Karl Varga is confident that he is well placed to avenge "
        "his defeat at the hands of Ferrari's Peter Rosberg.\n\n"
        "“I feel stronger than ever, mentally and physically,” he said.",
        "Karl Varga",
        True,
    ),
    # whose words a called-it quotation holds is unsure; who the sentence is about is not
    (
        '"We did not expect such a fall," said bank economist Anna Keller. Trade and '
        'Industry Minister Karl Varga called the drop in the sentiment reading "a rather '
        'small dip". He said that the reading stayed high and that he expected "a gentle '
        'economic recovery" to go on.',
        "Karl Varga",
        True,
    ),
    # a "person" listed with places only is one of them: a club, not a rival
    (
        "Porto's Brazilian striker Tavo has criticised the club for delaying a new deal.\n\n"
        "Tavo's contract ends in June and he has been linked with Italian trio Inter Milan, "
        'Turin and Genoa. He told reporters: "I do not know if I will stay, because the '
        'club waited far too long to talk to me."',
        "Tavo",
        True,
    ),
    # no guess: a given name says a person, whatever the list holds
    (
        "Porto's Brazilian striker Tavo has criticised the club for delaying a new deal.\n\n"
        "Tavo's contract ends in June and he has been linked with Italian coach Marco "
        'Belli, Turin and Genoa. He told reporters: "I do not know if I will stay, because '
        'the club waited far too long to talk to me."',
        "Tavo",
        False,
    ),
    # a name opening the that-clause of the subject's words, whatever the verb
    (
        "Karl Varga has long blamed the board for his removal.\n\n"
        "Varga also alleged that Peter Lindqvist was behind the move against his allies, "
        "stating: “It is personal. It has nothing to do with the club”. He also accused "
        "Lindqvist of “wrecking the future of this club to protect himself”.",
        "Karl Varga",
        True,
    ),
    # a capitalised word before a plural for people describes a group: nobody in play
    (
        "Karl Varga ran the late show in Leeds for thirty years.\n\n"
        "Not every caller was kind. Mr. Varga received threats in the 1980s after he "
        "invited police officers and Black residents to debate the force's stop-and-search "
        "unit on air. He refused to stop the show.\n\n"
        "“If I am scared, I am in the wrong job,” he said in a 2010 interview.",
        "Karl Varga",
        True,
    ),
    # a pair as the subject: the pronoun's sex picks the one the text gave that sex
    (
        "Senator Anna Keller and Senator Peter Lindqvist have clashed over the bill.\n\n"
        "“It is the wrong bill at the wrong time,” Mr Lindqvist said on Monday.\n\n"
        "Keller and Lindqvist sit on the same committee. Asked about his words, she said: "
        "“Peter is a friend, and he means well. He is wrong about this one.”",
        "Anna Keller",
        True,
    ),
    # no guess: the one joined to them has no sex the text gave
    (
        "Anna Keller and Robin Lindqvist sit on the same committee. Asked about the bill, "
        "she said: “It is the wrong bill at the wrong time, and we both know it.”",
        "Anna Keller",
        False,
    ),
    # no guess: a name opening the main clause after the phrase is a second subject
    (
        "Karl Varga said the talks had gone well.\n\n"
        "But standing next to him, Peter Lindqvist said the hard part was to come. "
        "“We have only started,” he said.",
        "Peter Lindqvist",
        True,
    ),
    # no guess: the second person opens a sentence of their own after the dashes
    (
        "Karl Varga - a former adviser - left early. Peter Lindqvist stayed on.\n\n"
        "“I demand better answers,” he said.",
        "Peter Lindqvist",
        True,
    ),
    # no guess: a sentence of prose between the reporting one and the pronoun
    (
        "Karl Varga told reporters that he backed Peter Lindqvist because “the club needs "
        "a steady hand. We need a leader.” The vote is on Friday. He also said he had "
        "“trusted him from the start”.",
        "Karl Varga",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_pronoun_speaker_is_sure_only_where_the_text_decides(
    text: str, speaker: str, sure: bool
) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def test_a_name_inside_dashes_gets_no_sex_from_the_pronoun_after_them() -> None:
    """`Varga - Lindqvist's adviser - said he …`: "he" is Varga, so a later "she" may not
    be taken for Lindqvist as if the text had called Lindqvist "he"."""
    text = (
        "Karl Varga - Robin Lindqvist's adviser - said he would stay.\n\n"
        "Robin Lindqvist did not comment on Monday.\n\n"
        "“We will see what the board decides next week,” she said."
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker == "Robin Lindqvist"
