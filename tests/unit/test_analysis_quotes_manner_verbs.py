"""Verbs of the manner of speaking (laughed, scoffed, groaned …) report the quotation they
follow, but before a quotation they are what someone did: the words belong to the verb of
saying next to them."""

from __future__ import annotations

from newsreader.analysis import find_quotes

INTRO = "Report\n\nTom Reyes faced the voters in the town hall on Monday.\n\n"


def test_after_a_quotation_a_manner_verb_reports_it() -> None:
    (quote,) = find_quotes(
        INTRO + "“We will build the bridge before the winter comes,” Reyes laughed."
    )
    assert quote.speaker == "Tom Reyes"
    assert quote.speaker_sure


def test_before_a_quotation_it_is_what_someone_did() -> None:
    text = (
        "Audience members laughed when he urged voters, “Look at what I said I would do and did.”"
    )
    (quote,) = find_quotes(INTRO + text)
    assert quote.speaker != "Audience members"
