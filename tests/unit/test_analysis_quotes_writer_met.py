"""Someone the writer met (`I met Maren Castellane in Dover`) is who the next sentences are
about, as a sentence's subject would be: a later "she said" stands for them, not for a
subject named before."""

from __future__ import annotations

from tests.unit.quote_shapes import sure_speakers


def test_the_one_the_writer_met_is_in_focus() -> None:
    text = (
        "Poor voters often back the party that cuts their benefits, Jorik Vandam says.\n\n"
        "Shortly before the last election I met Maren Castellane in Dover. She was sixty "
        "then, with no insurance and a bad hip. She was torn between the two parties. "
        "“They don't care about people like us at all,” she said."
    )
    assert sure_speakers(text)[-1] == "Maren Castellane"


def test_a_name_after_another_verb_is_no_new_focus() -> None:
    text = (
        "Maren Castellane said the clinic had closed in March.\n\n"
        "I thanked Anna Vandam for the lift. “We will have to drive an hour now,” she said."
    )
    assert sure_speakers(text)[-1] is None  # either woman: a guess, never Anna Vandam sure
