"""A fast, self-contained named-entity recogniser for news prose.

Candidates come from one regular expression over capitalised word runs (C speed); each
candidate is then typed with a few dict lookups: gazetteers (places, first names), title
cues ("Secretary of State"), organisation head words ("Department"), demonyms, and a
document-level pass that spreads what a full mention taught us ("Antony Blinken" makes
every "Blinken" a person). No per-character Python loops, so it runs at hundreds of
thousands of tokens per second with no model and no download.

This module reads each run's place in the text (headline, dateline, model number,
hyphenated prefix) and hands it on: `scan` finds runs, `headlines` handles capitals that
say nothing, `spans` trims and splits a run, `kinds` types it, `resolve` makes the article
agree with itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from newsreader.analysis import (
    cues,
    gazetteer,
    headlines,
    lexicon,
    names,
    scan,
    spans,
    teams,
    titles,
    works,
)
from newsreader.analysis.plain import same_offsets
from newsreader.analysis.resolve import Mention, resolve
from newsreader.analysis.scan import UPPER
from newsreader.analysis.single_marks import as_double_marks
from newsreader.models import Entity

__all__ = ["UPPER", "find_entities"]

_QUOTE_GOES_ON = re.compile(r",[\"”][^\S\n]*$")
"""A quotation closed on a comma (`"…," Brinkov said`): its sentence goes on, so the
name after it opens nothing, and its verb ("said") may type it like any other subject's."""


def _candidates(text: str, gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Scan capitalised runs and type each one from its own words and its neighbours."""
    line_starts, line_modes = headlines.line_modes(text)
    models = {m.end(): m.start() for m in cues.MODEL_NUMBER.finditer(text)}
    mentions = _candidate_runs(text, gaz, line_starts, line_modes, models)
    _spread_enumerations(text, mentions, gaz)
    _share_list_kinds(text, mentions)
    _extend_portfolios(text, mentions, gaz)
    teams.retype_sides(text, mentions, gaz)
    return mentions


def _share_list_kinds(text: str, mentions: list[Mention]) -> None:
    """ "Ozempic and Wegovy": an undecided name takes the kind of the name listed with it.

    Only a name nothing has typed yet (not a guess from the name lists, not a headline
    word) changes, and only from a neighbour typed as a place or a thing: an organisation is
    what an undecided name becomes anyway.
    """
    for before, after in pairwise(mentions):
        gap = text[before.end : after.start]
        if len(gap) > 6 or not cues.LIST_GAP.match(gap) or not gap.rstrip().endswith(("and", "or")):
            continue  # "in Japan, Tanaka paused" is no list: only "X and Y" shares a kind
        for undecided, typed in ((before, after), (after, before)):
            if (
                undecided.kind is None
                and not undecided.sentence_initial
                and undecided.key[:1] not in ("\0", "\1", "\3")
                and typed.kind in ("place", "other")
                and typed.key[:1] not in ("\0", "\1", "\3")
            ):
                undecided.kind = typed.kind


def _extend_portfolios(text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> None:
    """ "Ministry of Trade, Industry and Energy": an office's portfolio list is its name.

    An organisation whose name ends "Head of X" takes in a list of capitalised portfolios
    after it that ends in "and Z"; the shorter mentions inside are then overlapped and
    dropped by the document pass.
    """
    for mention in mentions:
        if mention.kind != "organization" or " of " not in mention.text:
            continue
        owner, _, complement = mention.text.rpartition(" of ")
        head = owner.split()[-1]
        if head not in lexicon.ORG_HEADS and head not in lexicon.ORG_STARTS:
            continue
        portfolios = cues.PORTFOLIO_LIST.match(text, mention.end)
        if portfolios is not None and not any(
            item.strip() in gaz.places
            for item in re.split(r",|\band\b", complement + portfolios.group())
        ):  # "Bank of Ghana, Togo and Benin" lists places, not portfolios
            mention.end = portfolios.end()
            mention.text = mention.key = text[mention.start : mention.end]


def _spread_enumerations(text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> None:
    """ "Barry, Berrien, Cass and Van Buren counties": the plural noun types the whole list.

    Every member that no list knows by its full name yields, guesses from name lists
    ("Barry" the given name) included.
    """
    for index in range(len(mentions) - 1, 0, -1):
        mention = mentions[index]
        if mention.kind != "place" or not cues.PLURAL_GEO_AFTER.match(text, mention.end):
            continue
        while index > 0:
            before = mentions[index - 1]
            gap = text[before.end : mentions[index].start]
            if not cues.LIST_GAP.match(gap) or not (
                before.kind in (None, "place")
                or before.key[:1] == "\1"
                or (" " not in before.text and names.lookup(before.text, gaz) is None)
            ):
                break
            before.kind, before.key = "place", before.key.lstrip("\1")
            index -= 1


def _candidate_runs(
    text: str,
    gaz: gazetteer.Gazetteer,
    line_starts: list[int],
    line_modes: list[str],
    models: dict[int, int],
) -> list[Mention]:
    """Every capitalised run's mentions, in text order."""
    mentions: list[Mention] = []
    for tokens in scan.runs(text, gaz):
        if (
            len(tokens) == 1
            and (
                tokens[0][2] in lexicon.COMMON_WORDS
                or (tokens[0][2].lower() in lexicon.FUNCTION_WORDS and not tokens[0][2].isupper())
            )
            and not spans.AFTER_HONORIFIC.search(text, max(0, tokens[0][0] - 6), tokens[0][0])
        ):
            # "The", "However", "First": most runs are one everyday word; but after an
            # honorific it is a surname ("Ms Short", "Mr Major", "Lord Young")
            continue
        start = tokens[0][0]
        mode = ""
        if line_starts:
            position = bisect_right(line_starts, start) - 1
            mode = line_modes[position] if position >= 0 else ""
        model_start = models.get(start - 1, models.get(start - 2, -1))
        if model_start >= 0 and text[model_start:start].strip().replace("-", "").isdigit():
            # "737 Max", "787-9 Dreamliner": one unlisted word after a model number. A longer
            # run ("340 Hay Street"), an acronym ("549 NHL") or an everyday word ("100
            # Greatest") is an address, a count or a rank instead.
            name = tokens[0][2]
            if (
                len(tokens) == 1
                and name not in lexicon.COMMON_WORDS
                and name.lower() not in gaz.common_words
                and not name.isupper()
                and names.lookup(name, gaz) is None
                and names.demonym_kind(name, gaz) is None
            ):
                end = tokens[0][1]
                mentions.append(
                    Mention(model_start, end, text[model_start:end], "other", text[model_start:end])
                )
                tokens = tokens[1:]
                if not tokens:
                    continue
                start = tokens[0][0]
        if (
            (start == 0 or text[start - 1] == "\n")
            and len(tokens) < 4
            and all(w.isupper() for _, _, w in tokens)
            and cues.DATELINE_AFTER.match(text, tokens[-1][1])
            and (
                text[start : tokens[-1][1]] in gaz.places_upper
                or any(w.title() not in lexicon.COMMON_WORDS for _, _, w in tokens)
            )  # "IMAGE SOURCE, GETTY IMAGES" is a credit, not a dateline
        ):
            end = tokens[-1][1]
            name = text[start:end]
            canonical = gaz.places_upper.get(name)
            mentions.append(Mention(start, end, name, "place", canonical or name.title()))
            continue  # "ST. JOSEPH, Mich. (AP) —": a dateline names a place
        if not mode and headlines.shouted(tokens, gaz):
            mode = "caps"  # "EIGHT" or "BLACK DEATH PLAGUE" inside a line of prose
        if mode:
            mentions.extend(headlines.headline_mentions(tokens, mode, gaz))
            continue
        if start > 1 and text[start - 1] == "-" and text[start - 2].islower():
            # "anti-Semitism", "post-Mugabe": a name inside a hyphenated word makes it other
            prefix = start - 1
            while prefix > 0 and text[prefix - 1].isalpha():
                prefix -= 1
            end = tokens[0][1]
            mentions.append(Mention(prefix, end, text[prefix:end], "other", text[prefix:end]))
            tokens = tokens[1:]
            if not tokens:
                continue
            start = tokens[0][0]
        opener = 1 if len(tokens) > 2 and tokens[0][2] in lexicon.COMMON_WORDS else 0
        modifier_end = _modifier_end(tokens[opener:], gaz)
        if modifier_end:
            # "Australian-born Assange", "the Democratic Party-controlled House": the
            # hyphenated modifier is a name of its own (other), the name it describes follows
            begin, end = tokens[opener][0], tokens[opener + modifier_end - 1][1]
            mentions.append(Mention(begin, end, text[begin:end], "other", text[begin:end]))
            tokens = tokens[opener + modifier_end :]
            start = tokens[0][0]
        sentence_initial = bool(
            cues.SENTENCE_START.search(text, max(0, start - 4), start)
        ) and not _QUOTE_GOES_ON.search(text, max(0, start - 4), start)
        title = works.title_mention(text, tokens, sentence_initial, gaz)
        if title is not None:
            mentions.append(title)  # "remaster A New Hope", “Super Mario Run”
            continue
        described_at = titles.described_split(tokens, gaz)
        role_at = 0 if described_at else titles.role_split(tokens, gaz)
        if described_at:
            mentions.extend(titles.described_mentions(tokens[:described_at], gaz))
            mentions.extend(spans.run_mentions(text, tokens[described_at:], False, gaz))
        elif role_at:
            mentions.extend(spans.run_mentions(text, tokens[:role_at], sentence_initial, gaz))
            mentions.extend(spans.run_mentions(text, tokens[role_at:], False, gaz))
        else:
            mentions.extend(spans.run_mentions(text, tokens, sentence_initial, gaz))
    return mentions


def _modifier_end(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> int:
    """How many words of a run make a hyphenated modifier made from a name, or 0.

    "London-based Acme" splits after "London-based", "Democratic Party-controlled House of
    Representatives" after "Party-controlled"; a name must follow, so a lone
    "London-based" is typed as it always was.
    """
    for index in range(min(len(tokens) - 1, 3)):
        word = tokens[index][2]
        head, hyphen, tail = word.rpartition("-")
        if not hyphen:
            continue
        if not head[:1].isupper() or not tail.isalpha() or not tail.islower():
            return 0
        if index == 0:
            return 1 if names.word_kind(word, gaz) == "other" else 0
        named = [w for _, _, w in tokens[:index]] + [head]
        kind, _ = names.classify(named, gaz)
        return index + 1 if kind in ("organization", "place") else 0
    return 0


def find_entities(text: str, backend: str = "builtin") -> list[Entity]:
    """Find named-entity mentions in `text`.

    Args:
        text: Plain article text; offsets in the result index this string.
        backend: "builtin" (default, pure Python) or "spacy" (optional; needs spaCy and an
            English model installed, and is never imported otherwise).

    Returns:
        Mentions in text order, each with a kind and the canonical key of its entity.
    """
    if backend == "spacy":
        from newsreader.analysis import spacy_backend

        return spacy_backend.find_entities(text)
    if backend != "builtin":
        raise ValueError(f"unknown entity backend: {backend!r}")
    if not text:
        return []
    text = as_double_marks(same_offsets(text))
    gaz = gazetteer.load()
    return _relatives_as_persons(resolve(text, _candidates(text, gaz), gaz), gaz)


def _relatives_as_persons(entities: list[Entity], gaz: gazetteer.Gazetteer) -> list[Entity]:
    """`Ivanka Trump` beside `Donald Trump`: two capitalised words ending in the surname of a
    person the text names are that person's relative, whatever the surname means as an
    everyday word (a trump, a breed) made of the two on their own."""
    surnames = {
        (entity.key or entity.text).split()[-1]
        for entity in entities
        if entity.kind == "person" and len((entity.key or entity.text).split()) >= 2
    }
    if not surnames:
        return entities
    relatives = {
        entity.text
        for entity in entities
        if entity.kind == "organization"
        and len(words := entity.text.split()) == 2
        and words[1] in surnames
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and words[0].lower() not in gaz.common_words
        and words[0] not in lexicon.ORG_STARTS
        and words[0] not in gaz.places
    }
    return [
        replace(entity, kind="person")
        if entity.kind == "organization" and (entity.key or entity.text) in relatives
        else entity
        for entity in entities
    ]
