"""Quote-speaker benchmark on real news: the PolNeAR attribution corpus (evaluation only).

    .venv/bin/python benchmarks/quotes_polnear.py [--split train|dev|test] [--errors N]
        [--limit-docs N] [--kinds] [--validate N --seed S] [--polnear DIR]
        [--half first|second] [--kind KIND] [--verdict VERDICT]

PolNeAR (Political News Attribution Relations: 2016 US election news from NYT, WaPo,
Politico, USA Today, HuffPost, Breitbart, Western Journalism) annotates every attribution
(Source, Cue, Content) in brat standoff. The data has no licence: it is read from
`--polnear DIR` (default /work/ext-data/polnear/data), never copied into the repository,
never used to train anything. Dev and test are blind: `--errors`, `--kinds` and
`--validate` work on train only.

Gold, built automatically:

- one annotation file per text: the first `<name>_<annotator>.ann` by sorted filename;
- quotations: spans inside double quotation marks (curly or straight, paired per
  paragraph; a quote left open at a paragraph's end is closed there, its next paragraph's
  piece is a span of its own). A span belongs to the attribution whose Content (all its
  pieces) covers at least half of its characters, the smallest such Content when several
  nest. The spans of one attribution are one gold item, pieces joined as in
  benchmarks/quotes.py (`"X," he said, "Y."` is one item); items of fewer than four words
  are left out (`MIN_WORDS`). Spans of four words or more under no Content are counted
  ("no attribution": scare quotes, titles), not scored;
- the first line of each text is the headline (PolNeAR adds a full stop to it); the
  analysis reads the body after it, as the app does, and items in the headline are left out;
- the speaker is the attribution's Source mention, classified by `classify_source`:
  `name` (a capitalised person name heads it, or one is in apposition: "Clinton campaign
  spokesman Brian Fallon" -> "Brian Fallon"; titles dropped), `organisation` (a
  capitalised body, "the FBI", or a common organisation noun with a capitalised modifier,
  "The Trump campaign"), `description` ("a senior aide"; matched by its head noun),
  `pronoun`, `none` (no Source). A relative pronoun ("Trump, who said ...") takes the kind of
  the noun phrase right before it.
- a `pronoun` he/she (him/his/her) is resolved by a chain rule: walk back over the Sources of
  the earlier attributions outside quotation marks, within `CHAIN_PARAGRAPHS` paragraphs;
  the same pronoun continues the chain, the first other Source ends it: a person name
  resolves it ("pronoun->name", scored like `name`) unless another capitalised name stands
  between them outside quotation marks ("Clinton writes to Sullivan. He responds");
  anything else leaves it unresolved.
  Unresolved pronouns ("pronoun (loose)") are scored loosely: a speaker of ours is right
  when it matches any Source (name, organisation, description) of the same paragraph or the
  previous `CHAIN_PARAGRAPHS` (else of the last two Sources before it), wrong otherwise.

A text whose analysis runs over `DOC_SECONDS` is reported as timed out and left out (one
train text does: an exponential regex in newsreader's salience `_TITLE_LEAD`).

Scoring reuses benchmarks/quotes.py: a gold item is found when one predicted quote
covers half its characters (`coverage`); names match by `same_speaker` (surname-only or
fuller form, case, acronym) after dropping titles on both sides. RIGHT: our speaker is
sure and matches; WRONG: sure and does not; UNSURE: a speaker below the sure threshold
("right incl. unsure" counts its guesses that match); NONE: no speaker. A `description`
gold is matched by the same description or its head noun, or by a name our analysis gives
when the text sets that name beside the description ("Fallon, a spokesman",
"spokesman Brian Fallon"). For `none` gold, no speaker or an unsure one is right.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsreader.analysis import find_entities, find_quotes  # noqa: E402
from newsreader.models import Quote  # noqa: E402
from quotes import MIN_WORDS, coverage, same_speaker  # noqa: E402

DEFAULT_DATA = Path("/work/ext-data/polnear/data")
DOC_SECONDS = 30
"""A text whose analysis takes longer is reported as timed out and left out of the figures."""
CHAIN_PARAGRAPHS = 3
"""How far back (in paragraphs) a he/she chain and the loose pronoun match may reach."""
KINDS = ("name", "organisation", "description", "pronoun->name", "pronoun (loose)", "none")
RESOLVABLE = ("name", "organisation", "description")

TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "govs",
        "lt",
        "gen",
        "col",
        "capt",
        "sgt",
        "adm",
        "rev",
        "fr",
        "prof",
        "president",
        "presidents",
        "vice",
        "senator",
        "senators",
        "representative",
        "governor",
        "secretary",
        "speaker",
        "mayor",
        "judge",
        "justice",
        "chairman",
        "chairwoman",
        "chair",
        "former",
        "candidate",
        "nominee",
        "pope",
        "leader",
        "majority",
        "minority",
        "house",
        "senate",
        "state",
        "attorney",
        "general",
        "sheriff",
        "chief",
        "director",
        "ambassador",
        "minister",
        "prime",
        "u.s",
        "us",
        "sir",
        "lord",
        "lady",
    ]
)
"""Words dropped from the front of a name ("Sen. Ted Cruz" -> "Ted Cruz")."""
FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "many",
        "most",
        "several",
        "few",
        "both",
        "all",
        "these",
        "those",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "one",
        "two",
        "three",
        "four",
        "five",
        "other",
        "another",
        "each",
        "every",
        "any",
        "such",
        "no",
    ]
)
BREAKS = frozenset(
    [
        "of",
        "for",
        "at",
        "from",
        "with",
        "in",
        "on",
        "to",
        "who",
        "that",
        "which",
        "whose",
        "whom",
        "during",
        "after",
        "before",
        "by",
        "as",
        "when",
        "while",
        "because",
        "about",
        "than",
        "since",
        "under",
        "over",
        "like",
        "including",
    ]
)
"""Lower-case words that end a source's head phrase ("a spokesman for Cruz")."""
ORG_NOUNS = frozenset(
    [
        "campaign",
        "campaigns",
        "committee",
        "administration",
        "department",
        "company",
        "agency",
        "group",
        "organization",
        "organisation",
        "party",
        "office",
        "government",
        "newspaper",
        "network",
        "team",
        "firm",
        "website",
        "site",
        "paper",
        "magazine",
        "outlet",
        "court",
        "panel",
        "board",
        "commission",
        "union",
        "council",
        "staff",
        "corporation",
        "foundation",
        "institute",
        "center",
        "centre",
        "coalition",
        "association",
        "bureau",
        "ministry",
        "caucus",
        "station",
        "channel",
        "show",
        "program",
        "programme",
        "poll",
        "survey",
        "report",
        "study",
    ]
)
ORG_WORDS = frozenset(
    [
        "committee",
        "campaign",
        "party",
        "department",
        "administration",
        "news",
        "times",
        "post",
        "journal",
        "network",
        "foundation",
        "institute",
        "center",
        "centre",
        "council",
        "association",
        "union",
        "agency",
        "bureau",
        "office",
        "service",
        "house",
        "senate",
        "congress",
        "court",
        "university",
        "college",
        "inc",
        "corp",
        "co",
        "pac",
        "fund",
        "project",
        "group",
        "coalition",
        "club",
        "media",
        "press",
        "reuters",
        "associated",
        "cnn",
        "fox",
        "nbc",
        "abc",
        "cbs",
        "msnbc",
        "tribune",
        "herald",
        "globe",
        "magazine",
        "review",
        "daily",
        "weekly",
        "insider",
        "politico",
        "breitbart",
        "gazette",
        "commission",
        "board",
        "police",
        "army",
        "navy",
        "church",
        "school",
        "government",
        "ministry",
        "caucus",
        "alliance",
        "federation",
        "league",
        "organization",
        "bank",
    ]
)
GROUPS = frozenset(
    [
        "democrats",
        "republicans",
        "americans",
        "conservatives",
        "liberals",
        "evangelicals",
        "christians",
        "muslims",
        "latinos",
        "hispanics",
        "catholics",
        "independents",
        "progressives",
        "voters",
        "europeans",
        "mexicans",
        "jews",
        "protestants",
        "mormons",
        "libertarians",
    ]
)
UTTERANCES = frozenset(
    [
        "statement",
        "statements",
        "remarks",
        "comments",
        "words",
        "tweet",
        "tweets",
        "letter",
        "speech",
        "message",
        "post",
        "demand",
        "claim",
        "response",
        "reply",
        "answer",
        "email",
        "e-mail",
        "op-ed",
        "memo",
        "ad",
        "book",
        "interview",
        "testimony",
        "announcement",
        "release",
        "quote",
        "line",
        "slogan",
        "promise",
        "pledge",
        "warning",
        "question",
        "argument",
        "campaign-trail",
        "rally",
    ]
)
"""Heads of a Source that is what someone said ("his famous demand"): the possessor spoke."""
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "i",
        "we",
        "it",
        "you",
        "him",
        "her",
        "his",
        "them",
        "their",
        "its",
        "our",
        "my",
        "me",
        "us",
        "himself",
        "herself",
        "themselves",
        "itself",
        "one",
        "theirs",
        "hers",
        "ours",
        "mine",
        "yours",
    ]
)
WORD = re.compile(r"[^\W\d_][^\s,;:!?()\[\]\"“”/]*|\d[\w.,-]*|&")


@dataclass
class Source:
    """A gold speaker: the Source mention and what it names."""

    text: str
    kind: str
    names: list[str] = field(default_factory=list)
    """Person or body names the speaker goes by (several for "Trump and Cruz")."""
    head: str = ""
    """Head noun of a description ("official")."""
    start: int = -1
    how: str = ""
    end: int = -1
    candidates: list[Source] = field(default_factory=list)
    """For a pronoun scored loosely: the Sources near it, any of which may be the one."""
    """How the gold was reached ("relative", "chain"...), for reading the validation."""


@dataclass
class Item:
    """One gold quotation: its pieces (body offsets) and its speaker."""

    doc: str
    spans: list[tuple[int, int]]
    source: Source
    text: str


@dataclass
class Doc:
    """One text, its headline length, its gold items and its attribution Sources."""

    name: str
    text: str
    body_at: int
    items: list[Item]
    unattributed: list[tuple[int, int]]
    sources: list[Source]
    paragraph_starts: list[int]


def clean(text: str) -> str:
    """Untrusted corpus text for the terminal: no control characters."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", " ", text).replace("\n", " ¶ ")


# ---------------------------------------------------------------- reading the corpus


def read_ann(
    path: Path,
) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    """Text-bound annotations (id -> type, spans) and events (role -> annotation id)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            pieces = []
            for chunk in offsets.split(";"):
                numbers = chunk.split()
                if len(numbers) == 2 and all(n.isdigit() for n in numbers):
                    pieces.append((int(numbers[0]), int(numbers[1])))
            spans[parts[0]] = (kind, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, str] = {}
            for pair in parts[1].split():
                role, _, target = pair.partition(":")
                if target:
                    roles[role] = target
            events.append(roles)
    return spans, events


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of double-quoted passages, paired per paragraph."""
    found = []
    for paragraph in re.finditer(r"[^\n]+", text):
        opened: int | None = None
        for mark in re.finditer(r"[“”\"]", paragraph.group()):
            at = paragraph.start() + mark.start()
            char = mark.group()
            if char == "“" or (char == '"' and opened is None):
                opened = at + 1
            elif opened is not None:
                found.append((opened, at))
                opened = None
        if opened is not None:
            found.append((opened, paragraph.end()))
    result = []
    for start, end in found:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if end > start:
            result.append((start, end))
    return result


def title_like(quoted: str) -> bool:
    """A quoted title: every word capitalised but short function words, no clause inside."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if len(words) < 2 or re.search(r"[,;:!?]|\.\s", quoted.rstrip(".")):
        return False
    small = {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
    }
    return all(w[0].isupper() or w in small for w in words)


def overlap(span: tuple[int, int], pieces: list[tuple[int, int]]) -> int:
    """Characters of `span` inside `pieces`."""
    return sum(max(0, min(span[1], end) - max(span[0], start)) for start, end in pieces)


# ---------------------------------------------------------------- classifying a Source


def words_of(text: str) -> list[str]:
    return [word.rstrip("'") for word in WORD.findall(text.replace("’", "'"))]


def is_capitalised(word: str, first: bool, vocabulary: set[str]) -> bool:
    """A proper-name word: capitalised, and not a common word capitalised by its place."""
    if not word[:1].isupper():
        return False
    bare = word.rstrip(".").removesuffix("'s").lower()
    if bare in FUNCTION:
        return False
    return not (first and bare in vocabulary)


def strip_titles(words: list[str]) -> list[str]:
    """Drop a possessive and everything up to the last title word before the name ("Sen.
    Ted Cruz", "White House Press Secretary Josh Earnest" -> "Josh Earnest")."""
    words = [w.removesuffix("'s") for w in words]
    last = -1
    for index, word in enumerate(words[:-1]):
        if word.rstrip(".").lower() in TITLES:
            last = index
    return words[last + 1 :]


def classify_phrase(phrase: str, vocabulary: set[str], sentence_start: bool) -> Source:
    """Kind, name and head of one appositive segment of a Source ("a spokesman for X")."""
    tokens = words_of(phrase)
    if not tokens:
        return Source(phrase, "description")
    # cut at the first lower-case word that starts a modifier ("a spokesman for Cruz")
    cut = len(tokens)
    for index, token in enumerate(tokens):
        if token in BREAKS and index > 0:
            before = tokens[index - 1]
            after = tokens[index + 1] if index + 1 < len(tokens) else ""
            if token == "of" and before.rstrip(".").lower() in TITLES and after[:1].isupper():
                continue  # "Secretary of State John Kerry"
            cut = index
            break
    head_tokens = tokens[:cut]
    if not head_tokens:
        return Source(phrase, "description")
    if "and" in head_tokens:  # "Trump and Cruz": several speakers
        names = []
        parts: list[list[str]] = [[]]
        for token in head_tokens:
            if token == "and":
                parts.append([])
            else:
                parts[-1].append(token)
        for part in parts:
            if part:
                names.extend(classify_phrase(" ".join(part), vocabulary, False).names)
        if names:
            return Source(phrase, "name", names)
    caps = [
        is_capitalised(token, sentence_start and index == 0, vocabulary)
        for index, token in enumerate(head_tokens)
    ]
    head = head_tokens[-1]
    if caps[-1]:
        run = len(head_tokens) - 1
        while run > 0 and caps[run - 1]:
            run -= 1
        whole = [w.rstrip(".").lower() for w in head_tokens[run:]]
        name_words = strip_titles(head_tokens[run:])
        name = " ".join(name_words)
        lowered = [w.rstrip(".").lower() for w in name_words]
        if len(name_words) == 1 and lowered[0] in GROUPS:
            return Source(phrase, "description", head=lowered[0])
        determiner = run > 0 and head_tokens[run - 1].lower() == "the"
        acronym = len(name_words) == 1 and name_words[0].isupper() and len(name_words[0]) >= 2
        if determiner or acronym or whole[-1].removesuffix("'s") in ORG_WORDS:
            return Source(phrase, "organisation", [" ".join(head_tokens[run:])])
        return Source(phrase, "name", [name])
    bare = head.lower().removesuffix("'s")
    if bare in UTTERANCES:  # "his famous demand", "Trump's statement": the possessor spoke
        for index, token in enumerate(head_tokens[:-1]):
            lower = token.lower()
            if lower in POSSESSIVES:
                return Source(phrase, "pronoun", head=POSSESSIVES[lower])
            if lower.endswith("'s") and caps[index]:
                run = index
                while run > 0 and caps[run - 1]:
                    run -= 1
                return Source(
                    phrase, "name", [" ".join(strip_titles(head_tokens[run : index + 1]))]
                )
    if bare in PRONOUNS:
        return Source(phrase, "pronoun", head=bare)
    if bare in ORG_NOUNS and any(caps[:-1]):
        return Source(phrase, "organisation", head=bare)
    return Source(phrase, "description", head=bare)


def classify_source(text: str, vocabulary: set[str]) -> Source:
    """Kind and name of a Source mention; a name in apposition wins over a description."""
    body = re.sub(r"\([^)]*\)", " ", text)
    segments = [s for s in re.split(r"[,;:—–]| -- ", body) if s.strip()]
    results = [
        classify_phrase(segment, vocabulary, index == 0)
        for index, segment in enumerate(segments)
        # a relative or prepositional clause ("who said his name was Mason") names no speaker
        if index == 0 or (words_of(segment)[:1] or [""])[0].lower() not in BREAKS
    ]
    if not results:
        return Source(text, "description")
    for kind in ("name", "organisation"):
        for result in results:
            if result.kind == kind and (result.names or kind == "organisation"):
                return Source(text, kind, result.names, result.head)
    first = results[0]
    return Source(text, first.kind, first.names, first.head)


def antecedent(text: str, at: int, vocabulary: set[str]) -> Source | None:
    """The noun phrase right before a relative pronoun ("Trump, who ...")."""
    before = text[max(0, at - 160) : at]
    before = re.sub(r"\s*\([^)]*\)\s*$", "", before.rstrip().rstrip(",").rstrip())
    match = re.search(r"[^,;:.!?“”\"()\n—–]+$", before)
    if not match:
        return None
    phrase = match.group()
    tokens = words_of(phrase)
    # keep the last noun phrase: the words after the last verb-like break word
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index] in BREAKS or tokens[index] in ("said", "says", "and", "is", "was"):
            phrase = " ".join(tokens[index + 1 :])
            break
    if not phrase.strip():
        return None
    result = classify_source(phrase, vocabulary)
    return result if result.kind != "pronoun" else None


# ---------------------------------------------------------------- gold


def paragraph_of(starts: list[int], at: int) -> int:
    index = 0
    for number, start in enumerate(starts):
        if start <= at:
            index = number
    return index


def read_doc(name: str, split_dir: Path, title: str) -> Doc | None:
    """One text and its gold from the first annotation file by sorted name."""
    text_path = split_dir / "text" / f"{name}.txt"
    annotations = sorted(
        path
        for path in (split_dir / "attributions").glob(f"{name}_*.ann")
        if path.stem.rsplit("_", 1)[0] == name
    )
    if not text_path.exists() or not annotations:
        return None
    text = text_path.read_text(encoding="utf-8")
    first, newline, _ = text.partition("\n")
    body_at = 0
    if newline and first.strip().rstrip(".") == title.strip().rstrip("."):
        body_at = len(first) + 1
    vocabulary = {w.lower() for w in words_of(text) if w[:1].islower()}
    spans, events = read_ann(annotations[0])
    quoted = quote_spans(text)
    paragraph_starts = [m.start() for m in re.finditer(r"[^\n]+", text)]

    sources: list[Source] = []
    attributions: list[tuple[list[tuple[int, int]], Source, list[tuple[int, int]]]] = []
    for event in events:
        contents = [
            piece
            for role, target in event.items()
            if role.startswith("Content") and target in spans
            for piece in spans[target][1]
        ]
        source_id = event.get("Source")
        if source_id and source_id in spans and spans[source_id][1]:
            pieces = spans[source_id][1]
            mention = " ".join(text[a:b] for a, b in pieces)
            source = classify_source(mention, vocabulary)
            source.start, source.end = pieces[0][0], pieces[-1][1]
            if source.kind == "pronoun" and source.head in RELATIVE:
                found = antecedent(text, pieces[0][0], vocabulary)
                if found is not None:
                    source = Source(mention, found.kind, found.names, found.head, pieces[0][0])
                    source.end = pieces[-1][1]
                    source.how = "relative"
            inside_quote = any(a <= source.start < b for a, b in quoted)
            if not inside_quote:
                sources.append(source)
        else:
            source = Source("", "none")
        if contents:
            own = [
                piece
                for role in ("Source", "Cue")
                if event.get(role) in spans
                for piece in spans[event[role]][1]
            ]
            attributions.append((contents, source, own))
    sources.sort(key=lambda s: s.start)

    groups: dict[int, list[tuple[int, int]]] = {}
    unattributed: list[tuple[int, int]] = []
    for span in quoted:
        if span[0] < body_at:
            continue
        best, best_size = None, 0
        for index, (contents, _, _) in enumerate(attributions):
            size = sum(b - a for a, b in contents)
            if overlap(span, contents) * 2 >= span[1] - span[0] and (
                best is None or size < best_size
            ):
                best, best_size = index, size
        if title_like(text[span[0] : span[1]]):
            continue  # a work's title ("The Late Show with Stephen Colbert") is no quotation
        if best is None:
            if len(text[span[0] : span[1]].split()) >= MIN_WORDS:
                unattributed.append(span)
        else:
            groups.setdefault(best, []).append(span)
    items = []
    for index, spans_of in sorted(groups.items(), key=lambda pair: pair[1][0]):
        _, source, own = attributions[index]
        if source.kind == "pronoun":
            source = resolve_pronoun(source, sources, paragraph_starts, (text, quoted, vocabulary))
        # one item per run of spans joined by the attribution itself ("X," he said, "Y.")
        # or by a bare paragraph break; other spans under one Content are items of their own
        runs: list[list[tuple[int, int]]] = []
        for span in spans_of:
            if runs:
                gap = (runs[-1][-1][1], span[0])
                bare = not re.sub(r"[\s“”\"'’‘,.…—–-]", "", text[gap[0] : gap[1]])
                if bare or overlap(gap, own):
                    runs[-1].append(span)
                    continue
            runs.append([span])
        for pieces in runs:
            joined = " ".join(text[a:b] for a, b in pieces)
            if len(joined.split()) >= MIN_WORDS:
                items.append(Item(name, pieces, source, joined))
    return Doc(name, text, body_at, items, unattributed, sources, paragraph_starts)


def rival_between(
    start: int, end: int, names: list[str], document: tuple[str, list[tuple[int, int]], set[str]]
) -> bool:
    """Whether a capitalised name other than `names` stands between two offsets, outside
    quotation marks ("Clinton writes to Sullivan. He responds": he may be Sullivan)."""
    text, quoted, vocabulary = document
    own = {w.lower() for name in names for w in words_of(name)}
    for match in WORD.finditer(text, start, end):
        word = match.group().rstrip(".").removesuffix("'s").removesuffix("’s")
        at = match.start()
        if any(a <= at < b for a, b in quoted) or not word[:1].isupper():
            continue
        sentence_start = not text[max(start, at - 3) : at].strip(' “"') or re.search(
            r"[.!?:\n][\s“\"]*$", text[max(0, at - 4) : at]
        )
        lower = word.lower()
        if lower in own or lower in TITLES or lower in FUNCTION or lower in PRONOUNS:
            continue
        if sentence_start and lower in vocabulary:
            continue
        if word.isupper() and len(word) <= 1:
            continue
        return True
    return False


def resolve_pronoun(
    source: Source,
    sources: list[Source],
    starts: list[int],
    document: tuple[str, list[tuple[int, int]], set[str]],
) -> Source:
    """A he/she Source resolved by the chain rule, else the pronoun left for loose scoring.

    The chain breaks (the pronoun is scored loosely) when another capitalised name stands
    between the antecedent and the pronoun, outside quotation marks.
    """
    gender = MALE if source.head in MALE else FEMALE if source.head in FEMALE else None
    here = paragraph_of(starts, source.start)
    if gender is not None:
        last = source.start
        for earlier in reversed([s for s in sources if s.start < source.start]):
            if here - paragraph_of(starts, earlier.start) > CHAIN_PARAGRAPHS:
                break
            if earlier.kind == "pronoun" and earlier.head in gender:
                last = earlier.start
                continue
            if (
                earlier.kind == "name"
                and len(earlier.names) == 1
                and not rival_between(earlier.end, last, earlier.names, document)
            ):
                return Source(
                    source.text, "pronoun->name", earlier.names, "", source.start, "chain"
                )
            break
    nearby = [
        s
        for s in sources
        if s.kind in ("name", "organisation", "description")
        and s.start < source.start + 400
        and 0 <= here - paragraph_of(starts, s.start) <= CHAIN_PARAGRAPHS
    ]
    if not nearby:  # no Source in the window: the last two before it, anywhere
        nearby = [
            s
            for s in sources
            if s.kind in ("name", "organisation", "description") and s.start < source.start
        ][-2:]
    names = [n for s in nearby for n in s.names]
    loose = Source(source.text, "pronoun (loose)", names, source.head, source.start, "loose")
    loose.candidates = nearby
    return loose


# ---------------------------------------------------------------- scoring


def bare_name(name: str) -> str:
    return " ".join(strip_titles(words_of(name)))


def matches_name(ours: str, gold: str) -> bool:
    if re.search(r"\s(?:and|And|&)\s", ours) and not re.search(r"\s(?:and|&)\s", gold):
        return False  # "Trump And Marco Rubio" is two people, not the one gold speaker
    return same_speaker(bare_name(ours), bare_name(gold), "name") or same_speaker(
        ours, gold, "name"
    )


def head_of(phrase: str) -> str:
    tokens = [t.lower() for t in words_of(phrase)]
    for index, token in enumerate(tokens):
        if token in BREAKS and index > 0:
            tokens = tokens[:index]
            break
    return tokens[-1].removesuffix("'s") if tokens else ""


def bound(text: str, name: str, source: Source) -> bool:
    """Whether the text sets the name beside the description's head noun, in apposition
    ("Fallon, a spokesman for", "spokesman Brian Fallon"); never a name that modifies
    the description itself ("a Sanders supporter" is not Sanders)."""
    tokens = words_of(name)
    if not tokens or not source.head:
        return False
    if any(t.lower() in source.text.lower().replace("’", "'") for t in tokens):
        return False
    surname = re.escape(tokens[-1])
    noun = re.escape(source.head) + "s?"
    after = (
        rf"\b{surname}\b\s*(?:\([^)]*\)\s*)?,\s+(?:an?|the|his|her|its|their)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?{noun}\b"
    )
    before = rf"\b{noun}\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{surname}\b"
    return bool(re.search(after, text) or re.search(before, text))


def speaker_matches(ours: str, source: Source, text: str) -> bool:
    """Whether our speaker string is the gold one (see the module docstring)."""
    if source.kind == "pronoun (loose)":
        return any(speaker_matches(ours, c, text) for c in source.candidates)
    if source.kind in ("name", "pronoun->name") or (source.kind == "organisation" and source.names):
        return any(matches_name(ours, name) for name in source.names)
    if source.kind in ("description", "organisation"):
        if same_speaker(ours, source.text, "description"):
            return True
        mine = head_of(ours)
        if mine and (mine == source.head or mine.rstrip("s") == source.head.rstrip("s")):
            return True
        return (
            ours[:1].isupper() and not ours.lower().startswith("the ") and bound(text, ours, source)
        )
    return False


class Tally:
    """Counts for one kind."""

    def __init__(self) -> None:
        self.gold = self.found = self.right = self.wrong = 0
        self.unsure = self.unsure_right = self.none = 0

    def add(self, other: Tally) -> None:
        for key, value in vars(other).items():
            setattr(self, key, getattr(self, key) + value)

    def line(self, label: str) -> str:
        found = self.found or 1
        return (
            f"  {label:16} gold {self.gold:5}  found {self.found:5} ({self.found / max(self.gold, 1):.3f})"
            f"  right {self.right:5} ({self.right / found:.3f})  wrong {self.wrong:4}"
            f" ({self.wrong / found:.3f})  unsure {self.unsure:4}"
            f"  right incl. unsure {(self.right + self.unsure_right) / found:.3f}"
            f"  none {self.none:4}"
        )


def judge(quote: Quote, source: Source, text: str) -> str:
    """right / wrong / unsure-right / unsure-wrong / none for one found item."""
    if source.kind == "none":  # no Source: giving no sure speaker is right
        return "wrong" if quote.speaker_sure else "right"
    if quote.speaker is None:
        return "none"
    ok = speaker_matches(quote.speaker, source, text)
    if not quote.speaker_sure:
        return "unsure-right" if ok else "unsure-wrong"
    return "right" if ok else "wrong"


@dataclass
class Outcome:
    item: Item
    doc: Doc
    quote: Quote | None
    verdict: str


class TimedOut(Exception):
    """The analysis of one text took longer than `DOC_SECONDS`."""


def _alarm(signum: int, frame: object) -> None:
    raise TimedOut


def analyse_doc(doc: Doc) -> tuple[list[Quote], int, float]:
    """Our quotes on the body (after the headline), its token count and the time taken.

    Raises TimedOut after `DOC_SECONDS`, so one pathological text (a regex gone
    exponential) is reported instead of hanging the run.
    """
    body = doc.text[doc.body_at :]
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(DOC_SECONDS)
    began = time.perf_counter()
    try:
        quotes = find_quotes(body, find_entities(body))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return quotes, len(body.split()), time.perf_counter() - began


def score_doc(doc: Doc, quotes: list[Quote]) -> tuple[list[Outcome], int]:
    """Outcomes of the gold items; and how many unattributed spans we gave as quotes."""
    outcomes = []
    shift = doc.body_at
    for item in doc.items:
        spans = [(a - shift, b - shift) for a, b in item.spans]
        best, best_cover = None, 0.0
        for quote in quotes:
            cover = coverage(quote, spans)
            if cover > best_cover:
                best, best_cover = quote, cover
        if best is None or best_cover < 0.5:
            outcomes.append(Outcome(item, doc, None, "missed"))
        else:
            outcomes.append(Outcome(item, doc, best, judge(best, item.source, doc.text)))
    shown = sum(
        any(coverage(q, [(a - shift, b - shift)]) >= 0.5 for q in quotes)
        for a, b in doc.unattributed
    )
    return outcomes, shown


HALF = 420
"""Train texts by sorted filename index: `--half first` keeps index < HALF, `second` the rest.
Errors are read in the first half only; the second half is an unseen check read as totals."""


def read_split(data: Path, split: str, limit: int | None, half: str | None = None) -> list[Doc]:
    titles: dict[str, str] = {}
    with (data / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            titles[row["filename"]] = row["title"]
    names = sorted(p.stem for p in (data / split / "text").glob("*.txt"))
    if half == "first":
        names = names[:HALF]
    elif half == "second":
        names = names[HALF:]
    if limit:
        names = names[:limit]
    docs = []
    for name in names:
        doc = read_doc(name, data / split, titles.get(name, ""))
        if doc is not None:
            docs.append(doc)
    return docs


def context(outcome: Outcome, width: int = 300) -> str:
    text = outcome.doc.text
    start, end = outcome.item.spans[0][0], outcome.item.spans[-1][1]
    left = max(0, start - width // 2)
    right = min(len(text), end + width // 2)
    if right - left > 2 * width:
        return clean(text[left : start + width]) + " […] " + clean(text[end - 100 : right])
    return clean(text[left:right])


def show(outcome: Outcome, number: int) -> None:
    item, quote = outcome.item, outcome.quote
    source = item.source
    print(f"[{number}] {outcome.doc.name}  verdict {outcome.verdict}")
    print(f"    context: {context(outcome)}")
    print(f"    quote:   {clean(item.text[:120])!r}")
    print(
        f"    gold:    {clean(source.text)!r} -> kind {source.kind}, names {source.names},"
        f" head {source.head!r} {source.how}"
    )
    if quote is None:
        print("    ours:    (quote not found)")
    else:
        print(
            f"    ours:    {quote.speaker!r} conf {quote.speaker_confidence:.2f}"
            f" how {quote.speaker_how!r}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("train", "dev", "test"), default="train")
    parser.add_argument("--errors", type=int, default=0, help="show N random train errors")
    parser.add_argument("--limit-docs", type=int, default=None)
    parser.add_argument("--kinds", action="store_true", help="train: sample Sources per kind")
    parser.add_argument(
        "--validate", type=int, default=0, help="train: show N random found items, judged"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--half", choices=("first", "second"), default=None, help="train: texts by sorted index"
    )
    parser.add_argument("--kind", default=None, help="--errors: only gold of this kind")
    parser.add_argument("--verdict", default=None, help="--errors: only this verdict (none, …)")
    arguments = parser.parse_args()
    if not (arguments.polnear / arguments.split / "text").is_dir():
        print(f"no PolNeAR split at {arguments.polnear / arguments.split}", file=sys.stderr)
        raise SystemExit(2)
    looking = arguments.errors or arguments.kinds or arguments.validate
    if looking and arguments.split != "train":
        print(
            "dev and test are blind: --errors/--kinds/--validate read train only", file=sys.stderr
        )
        raise SystemExit(2)
    if arguments.half and arguments.split != "train":
        print("--half splits train only", file=sys.stderr)
        raise SystemExit(2)
    if looking and arguments.half == "second":
        print("the second half is the unseen check: totals only", file=sys.stderr)
        raise SystemExit(2)

    docs = read_split(arguments.polnear, arguments.split, arguments.limit_docs, arguments.half)
    tallies = {kind: Tally() for kind in KINDS}
    outcomes: list[Outcome] = []
    tokens = 0
    seconds = 0.0
    predicted = unattributed = shown = 0
    timed_out: list[Doc] = []
    for doc in docs:
        try:
            quotes, count, spent = analyse_doc(doc)
        except TimedOut:
            timed_out.append(doc)
            continue
        tokens += count
        seconds += spent
        predicted += len(quotes)
        doc_outcomes, doc_shown = score_doc(doc, quotes)
        unattributed += len(doc.unattributed)
        shown += doc_shown
        outcomes.extend(doc_outcomes)
        for outcome in doc_outcomes:
            tally = tallies[outcome.item.source.kind]
            tally.gold += 1
            verdict = outcome.verdict
            if verdict == "missed":
                continue
            tally.found += 1
            tally.right += verdict == "right"
            tally.wrong += verdict == "wrong"
            tally.unsure += verdict.startswith("unsure")
            tally.unsure_right += verdict == "unsure-right"
            tally.none += verdict == "none"
    print(
        f"PolNeAR {arguments.split}: {len(docs)} texts, {sum(len(d.items) for d in docs)} gold"
        f" quotations, {predicted} quotes predicted"
    )
    print(
        f"  no attribution: {unattributed} quoted spans of {MIN_WORDS}+ words under no"
        f" Content (not scored); we gave {shown} of them as quotes"
    )
    if timed_out:
        print(
            f"  timed out: {len(timed_out)} texts (analysis over {DOC_SECONDS} s), their"
            f" {sum(len(d.items) for d in timed_out)} gold quotations left out"
        )
    for kind in KINDS:
        print(tallies[kind].line(kind))
    total = Tally()
    for kind in RESOLVABLE:
        total.add(tallies[kind])
    print(total.line("name+org+desc"))
    with_chain = Tally()
    with_chain.add(total)
    with_chain.add(tallies["pronoun->name"])
    print(with_chain.line("+ pronoun->name"))
    print(
        f"  speed: {tokens:,} tokens in {seconds:.1f} s,"
        f" {tokens / max(seconds, 1e-9):,.0f} tokens/s (entities + quotes, one core)"
    )

    if arguments.kinds:
        rng = random.Random(arguments.seed)
        by_kind: dict[str, list[Source]] = {}
        for doc in docs:
            for item in doc.items:
                by_kind.setdefault(item.source.kind, []).append(item.source)
        for kind, sources in sorted(by_kind.items()):
            print(f"\n{kind}: {len(sources)}")
            for source in rng.sample(sources, min(25, len(sources))):
                print(f"    {clean(source.text)!r:60} names {source.names} head {source.head!r}")
        heads = Counter(
            s.head for sources in by_kind.values() for s in sources if s.kind == "pronoun (loose)"
        )
        print(f"\nunresolved pronouns: {heads.most_common()}")
    if arguments.validate:
        rng = random.Random(arguments.seed)
        found = [o for o in outcomes if o.quote is not None]
        for number, outcome in enumerate(rng.sample(found, min(arguments.validate, len(found)))):
            show(outcome, number + 1)
    if arguments.errors:
        rng = random.Random(arguments.seed)
        errors = [
            o
            for o in outcomes
            if o.verdict != "right"
            and (arguments.kind is None or o.item.source.kind == arguments.kind)
            and (arguments.verdict is None or o.verdict == arguments.verdict)
        ]
        for number, outcome in enumerate(rng.sample(errors, min(arguments.errors, len(errors)))):
            show(outcome, number + 1)


if __name__ == "__main__":
    main()
