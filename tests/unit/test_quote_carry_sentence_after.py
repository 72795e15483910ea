"""A quotation that opens a paragraph as a whole sentence, another sentence after it
(`"…." The community bought the church …`), continues the last speaker as a quotation
alone in its paragraph would: the paragraph break was lost, or narrative follows."""

from __future__ import annotations

from newsreader.analysis import find_quotes


def test_a_quotation_opening_a_paragraph_continues_the_speaker() -> None:
    text = (
        "Tom Idris, director of the council, said police had been called. "
        "“I am quite shocked to see this sort of leaflet in our town,” he said.\n\n"
        "“The people of this town will not put up with it, not now and not ever.” "
        "The community bought the old church in the late 1990s."
    )
    quotes = find_quotes(text)
    assert [(q.speaker, q.speaker_sure) for q in quotes] == [
        ("Tom Idris", True),
        ("Tom Idris", True),
    ]


def test_a_pronoun_after_it_is_no_new_sentence_of_narrative() -> None:
    text = (
        "Tom Idris, director of the council, said police had been called. "
        "“I am quite shocked to see this sort of leaflet in our town,” he said.\n\n"
        "“The people of this town will not put up with it, not now and not ever.” She "
        "shook her head."
    )
    assert [q.speaker for q in find_quotes(text)][1] is None
