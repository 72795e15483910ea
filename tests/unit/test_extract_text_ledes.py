"""Plain text without markup: ledes, briefs, captions and lists that follow the body.

Hand-made texts in the shapes a copy-paste from a news page takes; none is a copy of a
real page.
"""

from __future__ import annotations

import pytest

from newsreader.extract import NotAnArticle, extract_text

LEDE = (
    "WASHINGTON (AP) — The Senate voted 61-38 on Thursday to extend the program for two "
    "more years, sending the measure to the president after a week of late-night sessions."
)
SECOND = (
    "The vote came after negotiators agreed to drop a provision that would have required "
    "new reporting rules for the agencies that run the program, aides said."
)
THIRD = (
    "The president is expected to sign the bill on Friday, the White House said in a "
    "statement released shortly after the vote."
)
WIRE = f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n"


def test_dateline_lede_without_headline_stays_in_body() -> None:
    """No headline line: the dateline lede is the first paragraph, not the title."""
    article = extract_text(WIRE)
    assert article.title == ""
    assert article.text.startswith("WASHINGTON (AP) — The Senate voted")
    assert article.text.endswith("shortly after the vote.")
    assert article.dateline == "WASHINGTON (AP)"


def test_dateline_lede_with_headline_line() -> None:
    """With a headline line, the headline is the title and the lede opens the body."""
    article = extract_text(f"Senate extends program for two years\n\n{WIRE}")
    assert article.title == "Senate extends program for two years"
    assert article.text.startswith("WASHINGTON (AP) — The Senate voted")
    assert article.dateline == "WASHINGTON (AP)"


@pytest.mark.parametrize(
    "first",
    [
        "(Reuters) — Shares of the carmaker fell 8% on Tuesday after it cut its forecast.",
        "(CNN) The city will close three of its bridges for repairs starting next month.",
        "The mayor said on Monday that the city would close three of its bridges for "
        "repairs starting next month, a decision that is expected to snarl traffic.",
    ],
)
def test_first_sentence_is_never_the_title(first: str) -> None:
    """A lede sentence (agency in brackets, or a long line ending in a full stop) is body."""
    article = extract_text(f"{first}\n\n{SECOND}\n\n{THIRD}")
    assert article.title == ""
    assert article.text.startswith(first)


def test_short_wire_brief_is_returned() -> None:
    """A three-paragraph, 400-character brief is an article, not a refusal."""
    brief = (
        "BERLIN (dpa) — Police closed the main station for two hours on Sunday.\n\n"
        "A suitcase left on a platform was found to hold clothes and books.\n\n"
        "Trains were diverted and services were back to normal by the evening, "
        "the operator said."
    )
    article = extract_text(brief)
    assert article.text.startswith("BERLIN (dpa) — Police closed")
    assert "back to normal" in article.text


def test_refusal_says_how_much_text_there_was() -> None:
    """A refusal is specific: it says how much body text was found."""
    with pytest.raises(NotAnArticle, match=r"only \d+ characters"):
        extract_text("Breaking news\n\nMore soon.")


def test_caption_lines_with_photo_credits_are_dropped() -> None:
    """A caption line ending in a photo credit, and a bare "Image" line, are not body."""
    text = (
        f"Leaders meet in Hanoi\n\n{LEDE}\n\nImage\n\n"
        "The two leaders shake hands before their talks in Hanoi. (AP Photo/Jane Roe)\n\n"
        f"{SECOND}\n\n{THIRD}"
    )
    article = extract_text(text)
    assert "AP Photo" not in article.text
    assert "shake hands" not in article.text
    assert "\nImage\n" not in f"\n{article.text}\n"
    assert SECOND in article.text


def test_related_list_after_body_is_dropped() -> None:
    """A label after the body ("Related stories", "More:") takes its headline list along."""
    text = (
        f"Senate extends program\n\n{WIRE}\n"
        "More:\n\n"
        "Storm leaves thousands without power\n\n"
        "Markets rally as inflation cools for a third month in a row\n\n"
        "Sources: News agencies\n"
    )
    article = extract_text(text)
    assert article.text.endswith("shortly after the vote.")
    for clutter in ("Storm leaves", "Markets rally", "News agencies", "More"):
        assert clutter not in article.text


def test_unlabelled_list_at_the_end_is_kept() -> None:
    """A list closing the article without a label is the article's own (features, steps)."""
    text = (
        f"{WIRE}\nFull fibre broadband for every village in the county by next year\n\n"
        "A new bus line from the town centre to the airport every ten minutes\n"
    )
    article = extract_text(text)
    assert article.text.endswith("to the airport every ten minutes")


def test_promotions_in_the_body_are_dropped() -> None:
    """DON'T MISS with bracketed headline links, SUBSCRIBE lines, listen prompts."""
    text = (
        f"Senate extends program\n\nListen to this article\n\n{LEDE}\n\n"
        "DON'T MISS\n\n[INSIGHT] Why the vote matters for small towns\n\n"
        "[NEWS] Five things to know about the program\n\n"
        f"{SECOND}\n\nSUBSCRIBE\n\nSubscribe to The Capitol Brief and stay smart\n\n{THIRD}"
    )
    article = extract_text(text)
    for clutter in ("Listen", "MISS", "INSIGHT", "[NEWS]", "SUBSCRIBE", "Subscribe"):
        assert clutter not in article.text
    assert [b.text for b in article.blocks] == [LEDE, SECOND, THIRD]


def test_cjk_paragraphs_are_not_headlines() -> None:
    """Unspaced scripts: a long line is a paragraph even with one "word"."""
    para = "東京都は新しい規則を発表し、夏の営業に影響が出ると述べた" * 3
    text = f"新しい規則\n\n{para}。\n\n{para}\n\n関連記事\n\n{para}。"
    article = extract_text(text)
    assert article.title == "新しい規則"
    assert article.text.count("東京都") == 9


@pytest.mark.parametrize(
    "first",
    [
        "Prices rose again.",  # short, but a sentence: the body's first line
        "The council met on Tuesday.”",
    ],
)
def test_short_first_sentence_of_untitled_text_stays_in_body(first: str) -> None:
    """A title has no final full stop: a short first sentence is the body's start."""
    article = extract_text(f"{first}\n\n{WIRE}")
    assert article.title == ""
    assert article.blocks[0].text == first


def test_headline_ending_in_question_or_ellipsis_is_the_title() -> None:
    """Headlines may end in "?" or "...": those are still titles."""
    for headline in ("Will the program survive?", "Senate votes... again"):
        assert extract_text(f"{headline}\n\n{WIRE}").title == headline


def test_ad_marker_inside_a_list_does_not_cut_it() -> None:
    """An ad slot left in the middle of the article's own list of short lines interrupts
    it; the lines under the marker are the article's, not a list of other stories."""
    rows = [
        f"Team {name} (Group {group}): {n}th appearance"
        for name, group, n in (
            ("Alpha", "A", 4),
            ("Bravo", "B", 5),
            ("Charlie", "C", 6),
            ("Delta", "D", 7),
        )
    ]
    text = (
        f"{WIRE}\nQualified teams\n\n{rows[0]}\n\n{rows[1]}\n\n"
        f"Story continues below advertisement\n\n{rows[2]}\n\n{rows[3]}\n"
    )
    article = extract_text(text)
    assert article.text.endswith(rows[3])
    for row in rows:
        assert row in article.text
    assert "advertisement" not in article.text
    assert "Qualified teams" in article.text


def test_related_with_its_own_headline_is_one_link_not_a_label() -> None:
    """ "Related: <headline>" is one link; the article's list under it stays."""
    text = (
        f"{WIRE}\nRelated: Senate passed a similar bill two years ago\n\n"
        "1. Finland\n\n2. Norway\n\n3. Australia\n"
    )
    article = extract_text(text)
    assert [b.text for b in article.blocks[-3:]] == ["Finland", "Norway", "Australia"]
    assert "Related" not in article.text


def test_hard_wrapped_chinese_paragraph_joins_without_spaces() -> None:
    """A Chinese paragraph wrapped at a fixed width is one run of text again: no space
    is put where the line broke (Latin text still gets one)."""
    sentence = "国际空间站上的宇航员不允许喝酒，因为酒精的挥发物可能影响水回收系统。"
    paragraph = sentence * 6
    wrapped = "\n".join(paragraph[i : i + 60] for i in range(0, len(paragraph), 60))
    article = extract_text(f"{wrapped}\n\n{WIRE}")
    assert article.blocks[0].text == paragraph


def test_long_line_cut_with_an_ellipsis_is_not_the_title() -> None:
    """A long sentence cut off with "…" is the start of the body, not a headline."""
    cut = "The Senate voted on Thursday to extend the program for two more years after a long…"
    article = extract_text(f"{cut}\n\n{WIRE}")
    assert article.title == ""
    assert article.blocks[0].text == cut
