"""Panels beside the article: who/what it is about, and what was said."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.app import keymap
from newsreader.app.text import ENTITY_LABELS, entity_style, plain

if TYPE_CHECKING:
    from newsreader.analysis.grouping import EntityGroup
from newsreader.models import Quote

KIND_HEADINGS = (
    ("person", "People"),
    ("organization", "Organisations"),
    ("place", "Places"),
    ("other", "Other"),
)


class EntityPanel(OptionList):
    """Entities of the open article with mention counts.

    Enter jumps to the entity's next mention (cycling); `f` lists every article
    mentioning it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *keymap.bindings("list"),
        Binding("f", "show_mentions", "Articles mentioning", id="show_mentions"),
    ]

    class MentionChosen(Message):
        """Jump to one mention (offsets into the article text)."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    class MentionsWanted(Message):
        """List all articles mentioning this entity key."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups: list[EntityGroup] = []
        self._cursor: dict[str, int] = {}
        self.border_title = "Entities"

    def show(self, groups: list[EntityGroup]) -> None:
        """List the entities under a heading per kind (people first), most mentioned first."""
        self.groups = groups
        self._cursor = {}
        if not groups:
            self.set_options(
                [Option(Content.styled("No named entities found.", "italic"), disabled=True)]
            )
            return
        rows: list[Option] = []
        for kind, label in KIND_HEADINGS:
            members = [
                (i, g)
                for i, g in enumerate(groups)
                if (g.kind if g.kind in ENTITY_LABELS else "other") == kind
            ]
            if not members:
                continue
            rows.append(Option(Content.styled(label, "bold $text-muted"), disabled=True))
            rows.extend(Option(self._row(group), id=str(index)) for index, group in members)
        self.set_options(rows)
        self.highlighted = 1

    @staticmethod
    def _row(group: EntityGroup) -> Content:
        return Content.assemble(
            " ",
            plain(group.key, entity_style(group.kind)),
            Content.styled(f" ×{group.count}", "$text-muted"),
        )

    @property
    def current(self) -> EntityGroup | None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return self.groups[int(option.id)]

    def action_open(self) -> None:
        self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        group = self.current
        if group is None or not group.mentions:
            return
        position = self._cursor.get(group.key, -1) + 1
        if position >= len(group.mentions):
            position = 0
        self._cursor[group.key] = position
        start, end = group.mentions[position]
        self.post_message(self.MentionChosen(start, end))
        self.app.notify(
            f"{group.key}: mention {position + 1} of {group.count}", markup=False, timeout=2
        )

    def action_show_mentions(self) -> None:
        group = self.current
        if group is not None:
            self.post_message(self.MentionsWanted(group.key))


class QuotePanel(OptionList):
    """Key quotes of the open article with their speakers; Enter jumps to the quote."""

    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings("list")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: list[Quote] = []
        self.border_title = "Quotes"

    def show(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        if not quotes:
            self.set_options([Option(Content.styled("No quotes found.", "italic"), disabled=True)])
            return
        rows: list[Option | None] = []
        for quote in quotes:
            rows.extend((Option(self._row(quote)), None))
        self.set_options(rows[:-1])
        self.highlighted = 0

    @staticmethod
    def _row(quote: Quote) -> Content:
        text = quote.text.strip('“”"')
        said = plain(f"“{text}”", "italic")
        if quote.speaker_sure:
            speaker = plain(f"\n— {quote.speaker}", "$text-accent")
        elif quote.speaker:
            # A guess is marked as one: a wrong name would put words in someone's mouth.
            speaker = plain(f"\n— unsure: perhaps {quote.speaker}", "$text-muted italic")
        else:
            speaker = plain("\n— unattributed", "$text-accent")
        return Content.assemble(said, speaker)

    def action_open(self) -> None:
        self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.quotes):
            quote = self.quotes[event.option_index]
            self.post_message(EntityPanel.MentionChosen(quote.start, quote.end))
