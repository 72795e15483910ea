"""A verb's form right after a possessive is a noun: in `saying Trump's comments are "…"` the
words are the sayer's, not Trump's. And words a sentence introduces with a colon belong to
their owner when its subject is someone's words (`Carter's comments about the fans focused
on the data:` ¶ `"…"`)."""

from __future__ import annotations

from newsreader.analysis import find_quotes

INTRO = "Report\n\nDonald Trump, Troy Carter and Mayor Jo Reyes spoke on Monday.\n\n"


def test_a_possessive_before_a_verb_form_names_no_speaker() -> None:
    text = (
        "The party released a statement on Wednesday, saying Trump’s comments are “another"
        " example of his dangerous and divisive race-baiting.”"
    )
    (quote,) = find_quotes(INTRO + text)
    assert quote.speaker != "Donald Trump"


def test_the_sayer_of_a_fragment_about_someone_s_comments() -> None:
    text = "Reyes said Trump’s comments were “another example of his divisive race-baiting.”"
    (quote,) = find_quotes(INTRO + text)
    assert quote.speaker == "Jo Reyes"
    assert quote.speaker_sure


def test_owned_words_before_a_colon_are_the_owner_s() -> None:
    text = (
        "The singer got the idea while watching a film. Carter's comments about the fans"
        " focused on the direct connection and the data:\n\n“We have never had a direct"
        " relationship with the audience before, never.”"
    )
    (quote,) = find_quotes(INTRO + text)
    assert quote.speaker == "Troy Carter"
    assert quote.speaker_sure
