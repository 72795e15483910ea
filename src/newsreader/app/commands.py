"""The command palette's providers: every action of the main screen, and every view."""

from __future__ import annotations

from collections import Counter
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from newsreader.app.keymap import KEYS, KeySpec, display_keys
from newsreader.app.text import plain

if TYPE_CHECKING:
    from textual.fuzzy import Matcher

    from newsreader.app.widgets.feed_list import FeedEntry


class ActionCommands(Provider):
    """Offers each palette-worthy binding (with its keys as help) on the main screen."""

    def _specs(self) -> list[KeySpec]:
        return [spec for spec in KEYS if spec.palette]

    def _help(self, spec: KeySpec) -> str:
        overrides = getattr(self.app, "keymap_overrides", {})
        return f"Key: {display_keys(spec, overrides)}"

    async def _run(self, action: str) -> None:
        from newsreader.app.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                await screen.run_action(action)
                return

    async def discover(self) -> Hits:
        for spec in self._specs():
            yield DiscoveryHit(
                spec.description, partial(self._run, spec.action), help=self._help(spec)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for spec in self._specs():
            score = matcher.match(spec.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(spec.description),
                    partial(self._run, spec.action),
                    help=self._help(spec),
                )


def _safe_highlight(matcher: Matcher, text: str) -> Content:
    """The candidate with its matched letters marked, never parsed as markup (feed titles
    are untrusted; Textual's own `Matcher.highlight` reads its candidate as markup)."""
    content = plain(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize("bold $text-accent", offset, offset + 1)
    return content


def _distinct(entry: FeedEntry, labels: Counter[str]) -> str:
    """A feed's label, with its address when another row has the same label."""
    if entry.feed is None or labels[entry.label] < 2:
        return entry.label
    address = entry.feed.url.split("://", 1)[-1]
    return f"{entry.label} · {address}"


class ViewCommands(Provider):
    """ "Go to …" every view of the feeds pane: Unread, Saved, Bookmarks, saved searches, feeds."""

    def _entries(self) -> list[tuple[str, FeedEntry]]:
        from newsreader.app.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                entries = screen.feed_list.entries
                labels = Counter(entry.label for entry in entries)
                return [(f"Go to {_distinct(entry, labels)}", entry) for entry in entries]
        return []

    async def _go(self, entry: FeedEntry) -> None:
        from newsreader.app.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                screen.go_to_view(entry)
                return

    async def discover(self) -> Hits:
        for text, entry in self._entries():
            yield DiscoveryHit(plain(text), partial(self._go, entry), text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, entry in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score, _safe_highlight(matcher, text), partial(self._go, entry), text=text
                )
