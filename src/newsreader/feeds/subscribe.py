"""Adding a subscription: fetch, check it parses, discover the feed behind a web page."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx

from newsreader.feeds.discover import FeedLink, describe_candidates, find_feed_links
from newsreader.feeds.fetch import FetchedResponse, FetchError, FetchLimits, fetch_url, make_client
from newsreader.feeds.parse import NotAFeed, ParseError, parse_feed
from newsreader.models import Feed, ParsedFeed
from newsreader.sanitize import sanitize_url
from newsreader.store import DuplicateFeed, FetchOutcome, Store


class FeedChoiceNeeded(FetchError):
    """The page links to several feeds; `candidates` lists them (also in the message)."""

    def __init__(self, message: str, candidates: list[FeedLink]) -> None:
        super().__init__(message)
        self.candidates = candidates


def normalise_url(url: str) -> str:
    """Accept `example.com/feed` as `https://example.com/feed`; refuse other schemes."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    clean = sanitize_url(text)
    if clean is None:
        raise FetchError(f"{url!r} is not an http(s) address")
    try:
        host = urlsplit(clean).hostname or ""
    except ValueError:  # `http://[::1`, a port out of range
        host = ""
    if (
        any(character.isspace() for character in clean)
        or not host
        or ("." not in host and host != "localhost" and ":" not in host)
    ):
        raise FetchError(f"{url!r} is not a web address (expected e.g. example.com/feed.xml)")
    return clean


async def _fetch_and_parse(
    client: httpx.AsyncClient, url: str, limits: FetchLimits | None
) -> tuple[FetchedResponse, ParsedFeed]:
    try:
        response = await fetch_url(client, url, limits=limits)
    except FetchError as error:
        raise FetchError(f"{url}: {error}", status=error.status) from None
    parsed = await asyncio.to_thread(
        parse_feed, response.content, response.url, response.content_type
    )
    return response, parsed


async def subscribe(
    store: Store,
    url: str,
    title: str | None = None,
    folder: str | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: FetchLimits | None = None,
) -> Feed:
    """Subscribe to the feed at `url`, or to the one feed a web page at `url` links to.

    Its articles arrive with the next refresh (nothing is stored here but the feed).

    Raises:
        FetchError: unreachable, or not a feed and linking to none.
        FeedChoiceNeeded: a web page linking to several feeds (listed in the message).
        DuplicateFeed: already subscribed.
    """
    wanted = normalise_url(url)
    known = await asyncio.to_thread(store.feed_urls)
    if wanted in known:
        raise DuplicateFeed(f"already subscribed to {wanted}")
    typed_scheme = "://" in url
    async with make_client(transport) as client:
        try:
            try:
                response, parsed = await _fetch_and_parse(client, wanted, limits)
            except FetchError as first_error:
                # "example.org:8080/rss" was tried as https; a plain-http server (a local
                # one, an old one) answers only on http, so try that before giving up.
                if typed_scheme or first_error.status is not None:
                    raise
                plain = "http://" + wanted.removeprefix("https://")
                try:
                    response, parsed = await _fetch_and_parse(client, plain, limits)
                except FetchError:
                    raise first_error from None
                wanted = plain
        except NotAFeed as error:
            page_url = wanted
            links = find_feed_links(error.page, page_url)
            if not links:
                raise FetchError(f"{wanted} is a web page that links to no feed") from None
            if len(links) > 1:
                raise FeedChoiceNeeded(
                    f"{wanted} links to {len(links)} feeds; add one of: "
                    + describe_candidates(links),
                    links,
                ) from None
            try:
                response, parsed = await _fetch_and_parse(client, links[0].url, limits)
            except ParseError as inner:
                raise FetchError(f"{links[0].url} (linked from {wanted}): {inner}") from None
            wanted = links[0].url
        except ParseError as error:
            raise FetchError(f"{wanted}: {error}") from None
    feed_url = sanitize_url(response.permanent_redirect_to) or wanted
    if feed_url != wanted and feed_url in known:
        raise DuplicateFeed(f"already subscribed to {feed_url}")
    feed = await asyncio.to_thread(store.add_feed, feed_url, title or "", folder)
    # Validators are not kept yet: the first refresh must fetch the entries in full.
    outcome = FetchOutcome(title=parsed.title, site_url=sanitize_url(parsed.site_url))
    await asyncio.to_thread(store.record_fetch, feed.id, outcome)
    return await asyncio.to_thread(store.get_feed, feed.id)
