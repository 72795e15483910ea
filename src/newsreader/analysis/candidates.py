"""Everyone who could have said a quotation, with what the text says about each.

The hand-written rules pick one speaker per quotation; on text they were not tuned on over
half of their unsure picks name the wrong person. This module lists the other people and
bodies in reach instead (the rules' pick, the previous quotation's speaker, every person or
organisation named in the quotation's paragraph, the two before it and the sentence after
it, the subjects and reported speakers the salience model saw there), each with features
that describe the structure around it, not its words: where it stands relative to the
quotation, whether it is the subject of a reporting verb, how often it is named, whether a
pronoun cue agrees with its sex. `ranker.py` scores them with weights learned offline.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from newsreader.analysis.attribution import ANY_VERB
from newsreader.analysis.given_names import gender_of
from newsreader.analysis.sentences import paragraph_bounds, previous_paragraph_start

if TYPE_CHECKING:
    from newsreader.analysis.quotes import RulePass
    from newsreader.analysis.salience import Event

_REACH_AFTER = 600
"""Characters after a quotation's sentence the window may reach (one sentence at most)."""
_REACH_BEFORE = 2500
"""Characters before a quotation the window may reach: three paragraphs of news, and a
bound on the work for a text without paragraphs."""
_MOST_MENTIONS = 60
"""Mentions read per window at most (the nearest ones), for the same reason."""
_VERB_AFTER = re.compile(r"[^.!?\"“”\n]{0,60}?")
"""What may stand between a name and its reporting verb: an apposition, no sentence end."""
_VERB_BEFORE = 25
"""Characters before a name where an inverted reporting verb (`said Smith`) may stand."""
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_DETERMINERS = (
    ("possessive", re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]")),
    ("indefinite", re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Aa][ \t]+third)[ \t]")),
    ("definite", re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]")),
)
"""How the words of an attribution open: `her son` describes someone by their tie to
another (not that other), `a user`/`one reporter` brings in someone new, `the official`
points back to someone described before."""
_KINDS = {"person": "person", "organization": "org"}
_HOW_HEADS = (
    "after",
    "before",
    "late",
    "according",
    "previous",
    "span",
    "carry-same",
    "carry-next",
    "carry-prose-pronoun",
    "carry-prose-spoke",
    "carry-prose-subject",
)
"""The rule paths named in features; any other (`turn-…`, a new one) counts as "other"."""


@dataclass(slots=True)
class Candidate:
    """One possible speaker of one quotation and the features the ranker reads."""

    name: str
    start: int | None = None
    end: int | None = None
    """The mention nearest the quotation (the words naming them), when there is one."""
    how: str = ""
    """The rule path that proposed it, or the sources that did ("entity", "previous")."""
    features: dict[str, float] = field(default_factory=dict)


def _position(event: Event) -> int:
    return event.position


def _rule_how(how: str) -> tuple[str, str]:
    """(path, kind of words read) of a rule's `speaker_how` ("after:name-body")."""
    path, _, kind = how.partition(":")
    path = next((h for h in _HOW_HEADS if path == h), "other")
    kind = kind.split("-", 1)[0] if kind else "none"
    return path, kind


def _tokens(name: str) -> list[str]:
    return name.lower().replace("’", "'").split()


def _same(one: str, other: str) -> bool:
    """Whether two names are one person: equal, or one a run of the other's words."""
    mine, theirs = _tokens(one), _tokens(other)
    if not mine or not theirs:
        return False
    shorter, longer = sorted((mine, theirs), key=len)
    return any(
        longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)
    )


class _Window:
    """Offsets around one quotation: its paragraph, its sentence, the reach of the window."""

    def __init__(self, found: RulePass, index: int) -> None:
        text, raw = found.text, found.raws[index]
        self.open_at, self.close_at = raw.open_at, raw.close_at
        self.para_start, self.para_end = paragraph_bounds(text, raw.open_at)
        self.prev1 = previous_paragraph_start(text, self.para_start)
        self.prev2 = previous_paragraph_start(text, self.prev1) if self.prev1 else 0
        if self.prev1 == self.para_start:
            self.prev1 = self.prev2 = self.para_start
        close_para_end = paragraph_bounds(text, raw.close_at)[1]
        self.sentence_start = found.sentences.start_before(raw.open_at, self.para_start)
        self.sentence_end = found.sentences.end_after(raw.close_at, close_para_end)
        if self.sentence_end < close_para_end:
            after = found.sentences.end_after(self.sentence_end + 1, close_para_end)
        else:
            following = close_para_end
            while following < len(text) and text[following] in "\n \t":
                following += 1
            after = found.sentences.end_after(following, paragraph_bounds(text, following)[1])
        self.end = min(after, self.sentence_end + _REACH_AFTER)
        self.start = max(self.prev2, raw.open_at - _REACH_BEFORE)

    def place(self, position: int) -> str:
        """Where a mention stands relative to the quotation."""
        if self.sentence_start <= position < self.open_at:
            return "sent_before"
        if self.close_at <= position < self.sentence_end:
            return "sent_after"
        if self.open_at <= position < self.close_at:
            return "inside"
        if position >= self.sentence_end:
            return "next_sentence"
        if position >= self.para_start:
            return "same_para"
        if position >= self.prev1:
            return "prev_para"
        return "prev2_para"

    def distance(self, start: int, end: int) -> int:
        if end <= self.open_at:
            return self.open_at - end
        return max(0, start - self.close_at)


_ASKING = r"(?:asked|asks|pressed|presses|questioned|quizzed|challenged|confronted|put[ \t]+it[ \t]+to|spoke[ \t]+to|told|tells)"
_ASKED_OBJECT = re.compile(rf"\b{_ASKING}[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?\Z")
"""Words before a mention that make it the one asked or spoken to (`asked Hale`)."""
_ASKER = re.compile(rf"[^.!?\"“”\n]{{0,40}}?\b{_ASKING}\b")
"""Words after a mention that make it the one asking (`Moore, who chairs it, asked`)."""
_COORDINATED_AFTER = re.compile(r"[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+)?[\w]")
_COORDINATED_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+\w+[ \t]+)?\Z"
)
"""`Ann Lee and Bo Park`, `Gary Blake and his deputy Tom Reid`: one of two subjects."""


def _roles(text: str, start: int, end: int, f: dict[str, float], place: str) -> None:
    """Who asks whom, and who shares a subject with someone else, around a mention."""
    if _ASKED_OBJECT.search(text, max(0, start - 40), start):
        f["asked_object"] = 1.0
    if _ASKER.match(text, end):
        f["asker"] = 1.0
    if _COORDINATED_AFTER.match(text, end) or _COORDINATED_BEFORE.search(
        text, max(0, start - 60), start
    ):
        f["coordinated"] = 1.0
        f[f"coordinated_{place}"] = 1.0


def _reporting(text: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end) is the subject of a reporting verb: `X said`,
    `X, a spokesman, told`, or inverted `said X`."""
    gap = _VERB_AFTER.match(text, end)
    stop = gap.end() if gap is not None else end
    verb = ANY_VERB.search(text, end, min(len(text), stop + 16))
    if verb is not None and verb.start() <= stop + 1:
        return True
    before = text[max(0, start - _VERB_BEFORE) : start]
    return ANY_VERB.search(before) is not None and not re.search(r"[.!?\"“”]", before)


def candidates(found: RulePass, index: int, article: Article) -> list[Candidate]:
    """Every candidate speaker of quotation `index` of a rule pass, with its features.

    `article` holds what is counted once per article (`read_article`)."""
    text, quote, raw = found.text, found.quotes[index], found.raws[index]
    resolver = found.resolver
    window = _Window(found, index)
    found_by_name: dict[str, Candidate] = {}
    order: list[Candidate] = []

    def get(name: str) -> Candidate:
        for candidate in order:
            if candidate.name == name or _same(candidate.name, name):
                if len(_tokens(name)) > len(_tokens(candidate.name)) and "rule" not in (
                    candidate.features
                ):
                    candidate.name = name
                return candidate
        candidate = Candidate(name)
        found_by_name[name] = candidate
        order.append(candidate)
        return candidate

    # the rules' own pick, sure or not
    if quote.speaker is not None:
        pick = get(quote.speaker)
        pick.start, pick.end, pick.how = quote.speaker_start, quote.speaker_end, quote.speaker_how
        path, kind = _rule_how(quote.speaker_how)
        f = pick.features
        f["rule"] = 1.0
        f["rule_conf"] = quote.speaker_confidence
        # the rules' lowest tiers: two people in play, a coordinated subject
        f["rule_doubt"] = float(quote.speaker_confidence < 0.45)
        f["rule_sure"] = float(quote.speaker_sure)
        f[f"rule_path={path}"] = 1.0
        f[f"rule_kind={kind}"] = 1.0
        if quote.speaker_how.endswith("-body"):
            f["rule_body"] = 1.0
        if "-contested" in quote.speaker_how:
            f["rule_contested"] = 1.0
    # the previous quotation's speaker (as the rules gave it)
    if index > 0 and found.quotes[index - 1].speaker is not None:
        before = found.quotes[index - 1]
        previous_raw = found.raws[index - 1]
        assert before.speaker is not None
        prev = get(before.speaker)
        prev.features["prev"] = 1.0
        prev.features["prev_sure"] = float(before.speaker_sure)
        gap = raw.paragraph - previous_raw.last_paragraph
        prev.features["prev_same_para"] = float(gap == 0)
        prev.features["prev_adjacent_para"] = float(gap == 1)
        if not prev.how:
            prev.how = "previous"
    # people and bodies named around it, outside quotations
    entities = resolver.entities
    at = max(
        bisect_left(resolver.entity_starts, window.start),
        bisect_left(resolver.entity_starts, window.open_at) - _MOST_MENTIONS // 2,
    )
    last = min(
        bisect_left(resolver.entity_starts, window.end),
        bisect_left(resolver.entity_starts, window.close_at) + _MOST_MENTIONS // 2,
    )
    while at < last:
        entity = entities[at]
        at += 1
        entity_kind = _KINDS.get(entity.kind)
        if entity_kind is None or found.sentences.inside(entity.start):
            continue
        candidate = get(entity.key or entity.text)
        f = candidate.features
        f[f"is_{entity_kind}"] = 1.0
        f["mentions_window"] = f.get("mentions_window", 0.0) + 1.0
        place = window.place(entity.start)
        f[f"at_{place}"] = 1.0
        if entity.end <= window.open_at:
            f["_last_before"] = entity.start
        elif entity.start >= window.close_at and "_first_after" not in f:
            f["_first_after"] = entity.start
        distance = window.distance(entity.start, entity.end)
        if distance < f.get("_distance", math.inf):
            f["_distance"] = distance
            if candidate.start is None or "rule" not in f:
                candidate.start, candidate.end = entity.start, entity.end
        if place != "inside":
            _roles(text, entity.start, entity.end, f, place)
        if _reporting(text, entity.start, entity.end):
            f["reports"] = 1.0
            f[f"reports_{place}"] = 1.0
        if not candidate.how:
            candidate.how = "entity"
    # who the salience model saw in focus there: subjects and reported speakers (not the
    # rules' own picks for quotations, which it also records)
    picked = article.picked
    events = resolver.salience.events_until(window.end)
    first = bisect_left(events, window.start, key=_position)
    for event in events[first : bisect_left(events, window.end, key=_position)]:
        if id(event) in picked:
            continue
        if not event.person and event.name not in found_by_name:
            continue
        candidate = get(event.name)
        f = candidate.features
        place = window.place(event.position)
        if event.spoke:
            f["spoke_window"] = 1.0
            f[f"spoke_{place}"] = 1.0
        else:
            f["subject_window"] = 1.0
            f[f"subject_{place}"] = 1.0
        if not candidate.how:
            candidate.how = "salience"
    _relative(found, index, order, article.mentions, window)
    return order


def _relative(
    found: RulePass, index: int, order: list[Candidate], mentions: dict[str, int], window: _Window
) -> None:
    """Features that compare a candidate with the others and with the quotation."""
    raw = found.raws[index]
    quote_rule = found.quotes[index].speaker
    cue = (raw.speaker_text or "").lower()
    pronoun = _PRONOUN_GENDER.get(cue)
    persons = [c for c in order if "is_person" in c.features]
    distances = [c.features.get("_distance", math.inf) for c in order]
    nearest = min(distances, default=math.inf)
    person_distances = [c.features.get("_distance", math.inf) for c in persons]
    nearest_person = min(person_distances, default=math.inf)
    quote_only = not found.text[window.para_start : window.open_at].strip(" \t\"“”'‘’") and (
        not found.text[window.close_at + 1 : window.para_end].strip(" \t\"“”'‘’.,")
    )
    context = {
        "bias": 1.0,
        "q_quote_only": float(quote_only),
        "q_own_clause": float(raw.speaker_text is not None),
        "q_pronoun_cue": float(pronoun is not None),
        "q_persons": math.log1p(len(persons)),
        "q_one_person": float(len(persons) == 1),
        "q_candidates": math.log1p(len(order)),
        "q_rule_none": float(found.quotes[index].speaker is None),
        "q_question": float(found.quotes[index].text.rstrip(" '\"’”").endswith("?")),
    }
    previous_question = index > 0 and found.quotes[index - 1].text.rstrip(" '\"’”").endswith("?")
    salience = found.resolver.salience
    before = sorted(
        (c for c in order if "_last_before" in c.features),
        key=lambda c: -c.features["_last_before"],
    )
    after = sorted(
        (c for c in order if "_first_after" in c.features),
        key=lambda c: c.features["_first_after"],
    )
    for rank, candidate in enumerate(before[:3]):
        candidate.features[f"recent_{rank}"] = 1.0
    for rank, candidate in enumerate([c for c in before if "is_person" in c.features][:3]):
        candidate.features[f"recent_person_{rank}"] = 1.0
    for rank, candidate in enumerate(after[:2]):
        candidate.features[f"next_{rank}"] = 1.0
    rule_kind = next(
        (
            name.split("=", 1)[1]
            for c in order
            for name in c.features
            if name.startswith("rule_kind=")
        ),
        "none",
    )
    determiner = next(
        (name for name, pattern in _DETERMINERS if pattern.match(raw.speaker_text or "")), ""
    )
    genders = {c.name: salience.gender.get(c.name) or gender_of(c.name) for c in persons}
    fitting = [c for c in persons if pronoun is None or genders[c.name] in (None, pronoun)]
    if len(fitting) >= 2:
        context["q_rivals"] = 1.0
    recent_fitting = [c for c in before if c in fitting]
    for candidate in order:
        f = candidate.features
        if "rule" not in f and quote_rule is not None:
            f[f"other&rule_kind={rule_kind}"] = 1.0
            if determiner:
                f[f"other&cue_{determiner}"] = 1.0
                f["cue_described"] = 1.0
        if "prev" in f:
            if previous_question:
                f["prev&prev_question"] = 1.0
            if context["q_question"]:
                f["prev&q_question"] = 1.0
        if candidate in fitting and recent_fitting and recent_fitting[0] is not candidate:
            f["rival_more_recent"] = 1.0
        distance = f.pop("_distance", math.inf)
        last_before = f.pop("_last_before", None)
        first_after = f.pop("_first_after", None)
        if last_before is not None:
            f["log_distance_before"] = math.log1p(window.open_at - last_before) / 8
        if first_after is not None:
            f["log_distance_after"] = math.log1p(first_after - window.close_at) / 8
        if distance < math.inf:
            f["log_distance"] = math.log1p(distance) / 8
            if distance == nearest:
                f["nearest"] = 1.0
            if "is_person" in f and distance == nearest_person:
                f["nearest_person"] = 1.0
        else:
            f["no_mention"] = 1.0
        if "is_person" not in f and "is_org" not in f:
            f["is_description"] = 1.0
        count = mentions.get(candidate.name, 0)
        f["log_mentions"] = math.log1p(count) / 3
        f["mentions_window"] = math.log1p(f.get("mentions_window", 0.0))
        if pronoun is not None:
            gender = salience.gender.get(candidate.name) or gender_of(candidate.name)
            if gender is None:
                f["gender_unknown"] = 1.0
            elif gender == pronoun:
                f["gender_agrees"] = 1.0
            else:
                f["gender_disagrees"] = 1.0
        for name, value in context.items():
            if value:
                f[name] = value
        if "rule" in f:
            for name in ("q_quote_only", "q_one_person", "q_pronoun_cue"):
                if context.get(name):
                    f[f"rule&{name}"] = 1.0


class Article(NamedTuple):
    """What candidates of every quotation share, counted once per article."""

    mentions: dict[str, int]
    """How often each person or body is named, by canonical name."""
    picked: frozenset[int]
    """Identities of the salience events that are the rules' own picks for quotations."""


def read_article(found: RulePass) -> Article:
    """Mention counts and the rules' picks of a rule pass, for `candidates`."""
    counts: dict[str, int] = {}
    for entity in found.resolver.entities:
        if entity.kind in _KINDS:
            name = entity.key or entity.text
            counts[name] = counts.get(name, 0) + 1
    return Article(counts, frozenset(id(event) for event in found.resolver.salience.quoted))
