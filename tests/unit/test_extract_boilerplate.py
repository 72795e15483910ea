"""Boilerplate sentences are recognised; article sentences that resemble them are not."""

from __future__ import annotations

import pytest

from newsreader.extract.boilerplate import clean_caption, is_ad_marker, is_boilerplate
from newsreader.extract.clutter import clutter_family


@pytest.mark.parametrize(
    "text",
    [
        "ADVERTISEMENT",
        "Advertisement - Continue Reading Below",
        "Story continues below advertisement",
        "We use cookies on our website to give you a better experience. By clicking "
        "“Accept” you agree to our use of cookies.",
        "By continuing to use this site you agree to our use of cookies.",
        "Accept all cookies",
        "Sign up for our newsletter",
        "Subscribe to our daily newsletter for the latest news.",
        "Read More",
        "Read more: Council approves new car park plans",
        "Related stories",
        "Related Coverage: The bridge vote",
        "Most popular",
        "Click here to get more information or download this game.",
        "Share this article",
        "Share this:",
        "Реклама",
        "You have reached your limit of free articles this month.",
        "Leave a Reply",
        "12 Comments",
        "Skip to main content",
        "© 2024 Millbrook Gazette. All rights reserved.",
        "Media playback is unsupported on your device",
        "Caption",
        "DON'T MISS",
        "Image copyright\nEPA",
        "Protesters have worn masks to protect their identities (Image: GETTY )",
        "Need more space? Subscribe to our sister title for the latest news!",
        "Follow him on Twitter @someone.",
        "Sonu Mehta/Hindustan Times/Getty Images",
        "Reuters",
    ],
)
def test_boilerplate(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cookies are a privacy problem, regulators said on Tuesday.",
        "More news is expected on Monday, when the council meets again.",
        "Most popular among voters was the plan to rebuild the bridge.",
        "Copyright law changes are coming next year.",
        "Advertising revenue fell by a third in the last quarter, the company said.",
        "Read the full report, which runs to 300 pages, before the vote. " * 8,
        "The group urged people to subscribe to the service before Friday.",
        "Reuters reported the talks had ended without agreement on Friday night.",
        "Recommended doses were halved after the trial, the agency said.",
    ],
)
def test_article_sentences_are_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "The plague wiped out half of Europe (Image: GETTY)",
            "The plague wiped out half of Europe",
        ),
        ("A module for Mars. Credit: ESA", "A module for Mars."),
        ("Two men pose. (Photo by Kevin Mazur/Getty Images)", "Two men pose."),
        ("Media caption Who is Julian Assange?", "Who is Julian Assange?"),
        ("A plain caption", "A plain caption"),
        ("A woman holds a joint. Getty", "A woman holds a joint."),
        ("A map of the states. Statista", "A map of the states."),
    ],
)
def test_caption_credits_removed(caption: str, expected: str) -> None:
    assert clean_caption(caption) == expected


@pytest.mark.parametrize(
    ("hints", "family"),
    [
        ("onetrust-banner-sdk", "consent"),
        ("cybotcookiebotdialog", "consent"),
        ("didomi-popup", "consent"),
        ("qc-cmp2-container", "consent"),
        ("truste-consent-track", "consent"),
        ("ad-slot ad-slot--mpu", "ads"),
        ("article-share-bar", "social"),
        ("newsletter-signup", "newsletter"),
        ("paywall-prompt", "newsletter"),
        ("related-articles", "related"),
        ("most-popular", "related"),
        ("comments-area", "comments"),
        ("site-header", "chrome"),
        ("article-body", None),
        ("field--label-hidden", None),
        ("header-image lead", "chrome"),
        ("reading-time", None),
        ("shadow loaded", None),
    ],
)
def test_clutter_family(hints: str, family: str | None) -> None:
    """Class names map to families; short words only match as whole tokens."""
    assert clutter_family(hints) == family


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("ADVERTISEMENT", True),
        ("Story continues below advertisement", True),
        ("Anzeige", True),
        ("Related stories", False),
        ("More:", False),
    ],
)
def test_ad_markers_are_told_from_labels(text: str, marker: bool) -> None:
    """An ad slot's place holder interrupts; a label introduces what follows."""
    assert is_ad_marker(text) is marker
