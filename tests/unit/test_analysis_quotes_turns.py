"""Question and answer turns (issue 10, round 9): the answer to a question belongs to the
one asked, not the asker; a speaker's own rhetorical question and "she added" keep the
speaker; a follow-up after the reply is either person's turn, so no speaker is shown."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def shown(text: str) -> list[str | None]:
    """The speaker shown for each key quote (None: none, or not sure enough to show)."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]


ANSWERS = [
    # the one asked, named by the asker's earlier question, over the one who spoke last
    (
        "The moderator, Tom Becker, asked Wade Kessler whether he would sign the bill.\n\n"
        '"I am not going to deal in hypotheticals tonight," Kessler said.\n\n'
        '"It is not a hypothetical at all, Wade," Alicia Dunbar shot back.\n\n'
        '"Would you sign it or not?" Becker asked.\n\n'
        '"I would look at it like any other bill," he said.',
        ["Wade Kessler", "Alicia Dunbar", "Tom Becker", "Wade Kessler"],
    ),
    # a reporter's question is put to whoever was speaking
    (
        "Transportation Secretary Douglas Reiner spoke at the airport on Monday.\n\n"
        '"We are hiring faster than at any point in thirty years," Reiner said.\n\n'
        '"How long will passengers have to put up with this?" one reporter asked.\n\n'
        '"Through the holidays, probably. I will not lie to you," he said.',
        ["Douglas Reiner", "one reporter", "Douglas Reiner"],
    ),
    # a paragraph that is only the answer
    (
        "Naomi Fairweather, the chief scientist, spoke to reporters in Townsville.\n\n"
        '"Corals can survive if the heat passes quickly," she said.\n\n'
        '"Is the government doing enough to stop it?" one reporter asked.\n\n'
        '"That is a question for the government, not for me."',
        ["Naomi Fairweather", "one reporter", "Naomi Fairweather"],
    ),
    # the one questioned opens the sentence after "Questioned by …"; "replied" answers
    (
        "Questioned by his barrister, Anthony Blake, about what happened next, Liam"
        " Corrigan began to cry.\n\n"
        '"Did you intend to kill him that night?" Mr Blake asked.\n\n'
        '"No. Never. I just wanted him to stop," he replied.',
        ["Anthony Blake", "Liam Corrigan"],
    ),
    # "put it to" names the one asked
    (
        "The defendant, Liam Corrigan, gave evidence on Tuesday.\n\n"
        "Under cross-examination, Mark Pennington, prosecuting, put it to Mr Corrigan that"
        " his account had changed.\n\n"
        '"Now you remember it in great detail. Which is it?" he asked.\n\n'
        '"I was in shock and not thinking straight," he said.',
        # the one put to is named in passing in the sentence straight before the question,
        # so "he asked" is the one who put it (with straight marks this went unseen before)
        ["Mark Pennington", "Liam Corrigan"],
    ),
    # "pressed him": the one who spoke before
    (
        '"We have reduced the number of homes on the site," James Whitcombe said.\n\n'
        "Councillor Tom Pemberton then pressed him on when the homes would be built.\n\n"
        '"Can you tell us today when they will be built?" he asked.\n\n'
        '"I can tell you that it is our intention to build them," he replied.',
        ["James Whitcombe", "Tom Pemberton", "James Whitcombe"],
    ),
]

STAYS = [
    # a speaker's own rhetorical question: nobody is asked
    (
        '"The levy hits every family in the city," Ann Lee said.\n\n'
        '"Is that fair to them?" she asked. "No, it is not fair at all," she said.',
        ["Ann Lee", "Ann Lee"],
    ),
    # "she added" goes on with the asker
    (
        "Ann Lee, the council leader, spoke on Monday.\n\n"
        '"Who pays for all of this in the end?" she asked.\n\n'
        '"Not the people who made the mess in the first place," she added.',
        ["Ann Lee", "Ann Lee"],
    ),
    # a rhetorical question speaking to "you" by someone introduced since: hers
    (
        '"The rent has doubled in two years," Ann Lee said.\n\n'
        'Mary Jones, a nurse, was angrier. "What do you expect us to do now?" she asked.\n\n'
        '"We cannot pay these bills any more," she said.',
        ["Ann Lee", "Mary Jones", "Mary Jones"],
    ),
    # a follow-up after the reply may be the asker's turn: no speaker shown
    (
        "RBC analyst Tom Gagnon pressed the executives on the cuts.\n\n"
        '"Are you confident you can keep churn where it is?" Gagnon asked.\n\n'
        '"We are confident of that," Sarah Lindqvist replied.\n\n'
        '"And what if the software gets them wrong?"',
        ["Tom Gagnon", "Sarah Lindqvist", None],
    ),
    # an answer named in its own attribution stays with that name
    (
        '"Ms. Brooks, you approved those payments, correct?" Gershwin asked.\n\n'
        '"Yes, that is right, I did," Brooks said.',
        ["Gershwin", "Brooks"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ANSWERS + STAYS)
def test_answer_belongs_to_the_one_asked(text: str, speakers: list[str | None]) -> None:
    assert shown(text) == speakers


BODIES = [
    # the body the paragraph before was about, when the description fits it
    (
        "Prairie Star Beef, which employs about 1,100 people at the plant, said it was"
        " cooperating with the federal E-Verify system.\n\n"
        '"We were shocked to learn that documents may have been false," the company said.',
        ["Prairie Star Beef"],
    ),
    (
        "Fossils on the island are protected. NatureScot, the government's nature agency,"
        " praised the walker for reporting the find.\n\n"
        '"Anyone who finds a fossil should photograph it and report it," the agency said.',
        ["NatureScot"],
    ),
    (
        "The Great Barrier Reef Marine Park Authority said in a statement that bleaching had"
        " been recorded on most reefs.\n\n"
        '"This is a reef under sustained pressure, and time is short," the authority said.',
        ["Great Barrier Reef Marine Park Authority"],
    ),
    # "the statement said" speaks for whoever issued it, named in the paragraph before;
    # a paragraph that only goes on with the statement is theirs too
    (
        "In a statement released through police, Mr Ellis's family said they were"
        " heartbroken.\n\n"
        '"Jordan was the kindest boy you could ever meet," the statement said.\n\n'
        '"We ask that people give us the space to grieve at this time."',
        ["Mr Ellis's family", "Mr Ellis's family"],
    ),
    # a subject that speaks of itself as "it" is a body; a charity is neither public nor
    # a business by its name
    (
        "Medecins Sans Frontieres said its teams at a clinic had treated more than 120"
        " wounded people since Friday.\n\n"
        '"Many of the patients we are seeing are women and children," the medical charity'
        " said in a statement.",
        ["Medecins Sans Frontieres"],
    ),
    # no guess: a business by its name is no charity
    (
        "Apex Holdings Ltd said it had treated its workers fairly.\n\n"
        '"We have always paid above the living wage," the charity said.',
        [None],
    ),
    # the body whose officer just spoke, under its fullest name
    (
        "Retailers struggled. Carrow Stores sank 14% after the chain cut its forecast.\n\n"
        '"Shoppers are being choosier than we expected this year," Carrow chief executive'
        " Brian Dalton said.\n\n"
        'The company said in a statement that it was "taking decisive action on inventory'
        ' across the chain."',
        ["Brian Dalton", "Carrow Stores"],
    ),
    # no guess: the officers of two companies spoke
    (
        '"We will keep every store open this year," Carrow chief executive Brian Dalton'
        " said, while Lumen Retail chief executive Ann Lee said she would close ten.\n\n"
        '"Closing stores is the only way to protect the business," the company said.',
        ["Brian Dalton", None],
    ),
    # no guess: two companies, and the nearer one is not the subject
    (
        "Acme agreed to buy Beta on Monday.\n\n"
        '"We are delighted to join forces with a great team," the company said.',
        [None],
    ),
    # no guess: the body is a public one, not a company
    (
        "The Department of Transport said the line would reopen in May.\n\n"
        '"Passengers will see faster trains on every route," the company said.',
        [None],
    ),
    # no guess: a statement introduced without its issuer
    (
        "A statement was read out at the start of the hearing.\n\n"
        '"We will not comment further while the case goes on," the statement said.',
        [None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), BODIES)
def test_a_body_described_by_its_kind_is_the_one_just_named(
    text: str, speakers: list[str | None]
) -> None:
    assert shown(text) == speakers


PROSE_BETWEEN = [
    # a prose paragraph opening on a pronoun for the last speaker keeps them in focus
    (
        '"People are leaving with whatever they can carry," Olga Marchetti, a spokeswoman'
        " for the agency, told a briefing.\n\n"
        "She said aid convoys had been unable to reach the city for three weeks.\n\n"
        '"We are calling on all parties to allow safe and unimpeded access."',
        ["Olga Marchetti", "Olga Marchetti"],
    ),
    (
        '"Let us not get carried away. Ask me that in April," Neil Ashworth said.\n\n'
        "He reserved his warmest words for the home supporters.\n\n"
        '"When we went behind, I thought the crowd might turn on us. They got louder."',
        ["Neil Ashworth", "Neil Ashworth"],
    ),
    # no guess: the pronoun stands for someone else than the last speaker
    (
        "Ann Lee has run the shelter for a decade.\n\n"
        '"We have never seen demand like this before," Tom Hale said.\n\n'
        "She disagreed with him about the causes.\n\n"
        '"It is the rents, and it has been the rents for years."',
        ["Tom Hale", None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), PROSE_BETWEEN)
def test_a_pronoun_paragraph_for_the_last_speaker_carries_them(
    text: str, speakers: list[str | None]
) -> None:
    assert shown(text) == speakers


CLAUSES = [
    # two reporting clauses joined by "and": each quotation is its own clause's
    (
        'Alicia Dunbar said she would ask the commission to make sure "the companies using'
        ' the power are the ones paying for it," and Wade Kessler said that was "one of the'
        ' few things she has said tonight I do not disagree with."',
        ["Alicia Dunbar", "Wade Kessler"],
    ),
    # one quotation interrupted by its own attribution stays one, the speaker's
    (
        '"We are not going to deal in hypotheticals," Wade Kessler said, "and we never'
        ' have in this campaign."',
        ["Wade Kessler"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CLAUSES)
def test_each_quotation_belongs_to_its_own_clause(text: str, speakers: list[str | None]) -> None:
    assert shown(text) == speakers


VOCATIVES = [
    # the question calls the one asked by name: theirs, not the last speaker's
    (
        '"We will not raise taxes this year," Tom Hale said.\n\n'
        '"Mr Jones, will you resign over the audit?" one reporter asked.\n\n'
        '"No, I will not resign, and I have done nothing wrong," he said.',
        ["Tom Hale", "one reporter", "Jones"],
    ),
    # a bare question after a question is the asker's follow-up as likely: no guess
    (
        '"We will not raise taxes this year," Tom Hale said.\n\n'
        '"Why are you cutting the library budget then?" one reporter asked.\n\n'
        '"Is it only about the money this time?"',
        ["Tom Hale", "one reporter", None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), VOCATIVES)
def test_no_answer_given_to_someone_not_asked(text: str, speakers: list[str | None]) -> None:
    assert shown(text) == speakers


def test_added_after_a_question_in_one_quotation_keeps_the_asker() -> None:
    text = (
        '"The levy hits every family in the city," Ann Hale said.\n\n'
        '"Who will pay for all of this in the end?" one reporter asked.\n\n'
        '"Not us, I can tell you that," she added. "Not this year and not next year."'
    )
    assert shown(text) == ["Ann Hale", "one reporter", "one reporter"]
