"""Filter rules from the config, applied to what a refresh brings in (newsboat's ignores).

A rule tests one field (title, author, feed, text, or any of them) for a substring or a
regular expression, case-insensitively, and either hides the article (read, and in no
view) or only marks it read. Bookmarked and saved articles are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsreader.config import FilterRule
from newsreader.store import Store

_FIELDS = ("title", "author", "feed", "text")


@dataclass(frozen=True, slots=True)
class FilterOutcome:
    hidden: int = 0
    marked_read: int = 0

    def describe(self) -> str:
        """One line for the log ("" when no rule matched)."""
        parts = [
            f"hid {self.hidden}" if self.hidden else "",
            f"marked {self.marked_read} read" if self.marked_read else "",
        ]
        done = ", ".join(part for part in parts if part)
        return f"Filters {done}" if done else ""


@lru_cache(maxsize=256)
def _pattern(expression: str) -> re.Pattern[str]:
    return re.compile(expression, re.IGNORECASE)


def rule_matches(rule: FilterRule, fields: Mapping[str, object]) -> bool:
    """Whether the article whose `fields` (title, author, feed, text) are given matches."""
    names = _FIELDS if rule.field == "any" else (rule.field,)
    for name in names:
        value = str(fields.get(name) or "")
        if rule.contains is not None and rule.contains.casefold() in value.casefold():
            return True
        if rule.matches is not None and _pattern(rule.matches).search(value):
            return True
    return False


def apply_filters(store: Store, rules: Sequence[FilterRule], after_id: int) -> FilterOutcome:
    """Apply `rules` to the unread articles stored after `after_id` (this refresh's).

    A `hide` rule wins over a `read` rule for an article both match.
    """
    if not rules:
        return FilterOutcome()
    hide: list[int] = []
    read: list[int] = []
    for candidate in store.filter_candidates(after_id):
        matched = [rule.action for rule in rules if rule_matches(rule, candidate)]
        if "hide" in matched:
            hide.append(int(candidate["id"]))
        elif matched:
            read.append(int(candidate["id"]))
    if hide:
        store.hide(hide)
    if read:
        store.set_read(read, True)
    return FilterOutcome(len(hide), len(read))
