"""A name with a particle (`Inzamam-ul Haq`) is one name, and its first part alone refers
back to it."""

from __future__ import annotations

from newsreader.analysis import find_entities, find_quotes


def test_name_with_a_particle_is_one_person() -> None:
    text = (
        "The match went to England after Pakistan captain Inzamam-ul Haq refused to play.\n\n"
        "“Pakistan should take the lead from the Indian board and press for it,” Inzamam said."
    )
    people = [e.key for e in find_entities(text) if e.kind == "person"]
    assert people[0] == "Inzamam-ul Haq"
    (quote,) = find_quotes(text)
    assert quote.speaker == "Inzamam-ul Haq" and quote.speaker_sure


def test_lower_case_al_joins_a_person_name() -> None:
    text = (
        "Sydney mother Maha al Musa took up where American mother Jane Grant left off.\n\n"
        "Al Musa posed for a magazine, reasoning that it helps other women.\n\n"
        "“It is fine to follow your instincts and to be proud of it,” she said."
    )
    people = [e.key for e in find_entities(text) if e.kind == "person"]
    assert people == ["Maha al Musa", "Jane Grant", "Maha al Musa"]
    (quote,) = find_quotes(text)
    assert quote.speaker == "Maha al Musa"


def test_an_everyday_word_after_an_honorific_is_a_surname() -> None:
    text = (
        "President Bush announced an alliance of four countries. But Ms Short said it would "
        "undermine the UN.\n\n"
        "“I think this sounds like yet another attempt to undermine the UN,” she said."
    )
    people = [e.text for e in find_entities(text) if e.kind == "person"]
    assert people == ["Bush", "Short"]
    (quote,) = find_quotes(text)
    assert quote.speaker == "Short" and quote.speaker_sure


def test_an_everyday_word_without_an_honorific_stays_a_word() -> None:
    text = "The rules cut short the debate. Long queues formed at the polls."
    assert [e.text for e in find_entities(text)] == []


def test_a_headline_participle_before_a_surname_is_no_given_name() -> None:
    text = (
        "Fuming Webb blasts officials\n\n"
        "England coach Andy Webb said he was livid after the defeat. “We have been cost two "
        "tries today,” Webb told reporters.\n\n"
        "“I think the try was perfectly legal and he should have gone to the video referee,” "
        "said Webb."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Andy Webb", "Andy Webb"]
