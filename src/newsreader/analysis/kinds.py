"""Typing one title-free run from its words and the words around it.

The run's own words (`names.classify`) come first; context cues (`cues`) then decide what
the words left open: "the Loire valley", "X, a village", "X said", "shares in X". A run
that joins two names ("Britain and France") is split here.
"""

from __future__ import annotations

import re

from newsreader.analysis import cues, gazetteer, lexicon, links, names, titles
from newsreader.analysis.resolve import Mention
from newsreader.models import EntityKind

_ROLES = (
    lexicon.PERSON_ROLES
    | {"aide", "adviser", "advisor", "attorney", "campaigner", "negotiator"}
    | {"winger", "forward", "keeper", "boss", "skipper", "quarterback", "physician"}
) - {"general", "member", "fellow", "owner", "worker", "driver", "player", "executive"}
_ROLE_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:" + "|".join(sorted(_ROLES)) + r")[ \t]+\Z")
"""A person's role written small right before a name (`winger Bruno Casado`, `party leader
Kenji Oda`): the name is that person. Left out: words that also qualify a body or a thing
(`general Motors`, `owner Acme`)."""


def typed(
    text: str,
    tokens: list[tuple[int, int, str]],
    titled: str,
    sentence_initial: bool,
    gaz: gazetteer.Gazetteer,
) -> list[Mention]:
    """Type one title-free run, splitting "X of Y" when "X" cannot head an "of" name."""
    words = [word for _, _, word in tokens]
    model_at = next((i for i in range(1, len(words)) if names.MODEL_TOKEN.match(words[i])), 0)
    if model_at and not titled and names.lookup(" ".join(words[:model_at]), gaz) is not None:
        start = tokens[model_at][0]
        maker = typed(text, tokens[:model_at], "", sentence_initial, gaz)
        model = Mention(
            start, tokens[-1][1], text[start : tokens[-1][1]], "other", " ".join(words[model_at:])
        )
        return [*maker, model]  # "Airbus | A350-900"
    if "of" in words and not titled:
        known = names.longest_known(words, gaz)
        if known is not None and "of" in words[known[0] : known[1]]:
            first, stop, known_kind, known_key = known
            start, end = tokens[first][0], tokens[stop - 1][1]
            middle = Mention(start, end, text[start:end], known_kind, known_key)
            left = typed(text, tokens[:first], "", sentence_initial, gaz) if first else []
            rest = tokens[stop:]
            while rest and rest[0][2] in names.TAIL_LINKS:
                rest = rest[1:]
            return [*left, middle, *(typed(text, rest, "", False, gaz) if rest else [])]
    if titled and "of" in words[1:]:
        at = words.index("of", 1)
        right = tokens[at + 1 :]
        while right and right[0][2] in names.TAIL_LINKS:
            right = right[1:]
        left = typed(text, tokens[:at], titled, False, gaz)
        return left + (typed(text, right, "", False, gaz) if right else [])
    for at, word in enumerate(words):
        if word in ("and", "on") and not links.link_joins(words, at, gaz):
            right = tokens[at + 1 :]
            while right and right[0][2] in names.TAIL_LINKS:
                right = right[1:]
            left = typed(text, tokens[:at], titled, sentence_initial, gaz)
            return left + (typed(text, right, "", False, gaz) if right else [])
    if len(words) == 2 and words[0] in lexicon.DEMONYMS and words[1] in lexicon.LONE_HEADS:
        return [
            Mention(tokens[0][0], tokens[0][1], words[0], "other", words[0])
        ]  # "British | Bill"
    if (
        len(words) == 2
        and words[0] in lexicon.DEMONYMS
        and names.lookup(" ".join(words), gaz) is None
        and words[-1].endswith("s")
        and names.classify(words[1:], gaz)[0] == "other"
    ):
        # "Egyptian | Copts": two groups side by side; not "Australian Census" or
        # "European Poker Championships", which are one name.
        start, end = tokens[0][0], tokens[0][1]
        head = Mention(start, end, words[0], "other", words[0])
        return [head, *typed(text, tokens[1:], "", False, gaz)]  # "Egyptian | Copts"
    if "for" in words[1:-1] and not titled:
        at = words.index("for", 1)
        joiner = words[at - 1]
        if not (
            joiner in lexicon.ORG_HEADS
            or joiner in lexicon.OTHER_HEADS
            or joiner in lexicon.ORG_STARTS
            or joiner in lexicon.OTHER_STARTS
            or joiner.endswith("s")  # "Physicians for Human Rights", "Americans for …"
            or (
                joiner in lexicon.TITLE_HEADS and links.office_of_organisation(words[: at - 1], gaz)
            )
        ):
            # "Rakhine State | for | Bangladesh": "for" joins a name only after a head
            # ("Centre for", "Campaign for")
            right = tokens[at + 1 :]
            while right and right[0][2] in names.TAIL_LINKS:
                right = right[1:]
            left = typed(text, tokens[:at], titled, sentence_initial, gaz)
            return left + (typed(text, right, "", False, gaz) if right else [])
    if "of" in words and not titled:
        at = words.index("of")
        before = words[at - 1]
        if links.titled_of(words, at, gaz):
            start, end = tokens[0][0], tokens[-1][1]
            return [Mention(start, end, text[start:end], "other", text[start:end])]
        if not (
            before in lexicon.ORG_STARTS
            or before in lexicon.ORG_HEADS
            or before in lexicon.PLACE_HEADS
            or before in lexicon.OTHER_HEADS
            or before in lexicon.OTHER_STARTS
            or " ".join(words) in gaz.places
        ):
            before_of = tokens[:at]
            right = tokens[at + 1 :]
            while right and right[0][2] in names.TAIL_LINKS:
                right = right[1:]
            # "Hall of Fame", "State of Emergency": of two single words split apart, an
            # everyday one is no name ("Stacy Rasgon of Bernstein" keeps its firm)
            pair = len(before_of) == 1 and len(right) == 1
            kept_left = not pair or links.named(before_of, gaz)
            kept_right = bool(right) and (not pair or links.named(right, gaz))
            return (typed(text, before_of, "", sentence_initial, gaz) if kept_left else []) + (
                typed(text, right, "", False, gaz) if kept_right else []
            )
    if titles.only_titles(words, gaz):
        return []
    start, end = tokens[0][0], tokens[-1][1]
    if titled:
        kind: EntityKind | None = "person"
        key = " ".join(words)
    else:
        kind, key = names.classify(words, gaz)
        if kind != "place" and _in_score(text, start, end):
            # "Jets 2, Predators 1": the sides of a result are teams, even opening a line
            return [Mention(start, end, text[start:end], "organization", " ".join(words))]
        if (
            sentence_initial
            and len(words) == 1
            and kind == "organization"
            and not words[0].isupper()
            and words[0].lower() in gaz.common_words
            and words[0] not in lexicon.KNOWN_ORGS
        ):
            # "Press ..." opening a sentence is a verb, not the Associated Press: leave it
            # to the document pass, which keeps it only if it is a name elsewhere.
            kind, key = None, words[0]
        if (
            sentence_initial
            and len(words) == 1
            and words[0] in names.HEADS
            and words[0].lower() in gaz.common_words
            and names.lookup(words[0], gaz) is None
        ):
            kind, key = None, words[0]  # "Plains (covering …)", "Election officials …"
        if (
            sentence_initial
            and len(words) == 1
            and kind is None
            and names.inflected(words[0], gaz)
            and not cues.KIND_AFTER.match(text, end)
        ):
            # "Fuelling speculation …", "Rebranded as …": dropped by the document pass
            # unless the article names someone so ("Peyton Manning" … "Manning said").
            return [Mention(start, end, words[0], None, "\3" + words[0], True)]
        if (
            (
                kind in (None, "person")
                or (kind == "organization" and names.everyday_org(words, gaz))
            )
            and cues.GEO_AFTER.match(text, end)
            and (kind is None or not (len(words) > 1 and names.first_name(words[0], gaz)))
        ):
            kind, key = "place", key.lstrip("\1")  # "the Loire valley", "Hubei province"
        if kind is None or key.startswith("\1"):
            if len(words) == 1 and text[end : end + 1] == "." and text[start - 2 : start] == ", ":
                canonical = gaz.places.get(words[0] + ".")
                if canonical is not None:
                    kind, key = "place", canonical  # "St. Joseph, Mich."
            after = cues.PLACE_AFTER.match(text, end)
            if (
                cues.GEO_BEFORE.search(text, max(0, start - 20), start)
                or cues.GEO_APPOSITION.match(text, end)
                or (
                    after is not None
                    and (after.group(1) in gaz.places or after.group(1).rstrip(".") in gaz.places)
                )
            ):
                kind, key = "place", key.lstrip("\1")  # "the city of Djerba", "X, a village"
        if (
            len(words[-1]) > 7
            and words[-1].lower().endswith(("itis", "osis"))
            and not names.first_name(words[0], gaz)
            and (len(words) > 1 or words[0].lower() in gaz.common_words)
        ):
            # "Eastern Equine Encephalitis", "Tuberculosis": an illness; but a surname
            # ("Jonas Petraitis", a lone "Petraitis") stays a name
            return []
        if (kind is None or key[:1] == "\1") and cues.ILLNESS_AFTER.match(text, end):
            return []  # "Bird flu", "Zika virus": an illness, not a person or a place
        if kind is None and len(words) == 1 and words[0].endswith(cues.GENUS_ENDINGS):
            species = cues.SPECIES_AFTER.match(text, end)
            if species is not None and species.group(1) not in gaz.common_words:
                return []  # "Escherichia coli": a species, not an organisation
        if kind is None and cues.PERSON_APPOSITION.match(text, end):
            kind = "person"  # "El Amrani, 24, has signed", "Fan Mengguang, a herder"
        guessed = (
            kind is None
            or (kind == "person" and (key[:1] == "\1" or names.weak_person(words, gaz)))
            or (
                kind == "organization"
                and len(words) == 1
                and names.ACRONYM.match(words[0]) is not None
                and names.lookup(words[0], gaz) is None
            )
        )
        if kind == "place" and len(words) == 1 and cues.PARTY_AFTER.match(text, end):
            kind, key = "organization", key  # "the ruling Morena party"
        if (
            kind == "place"
            and (
                cues.TEAM_AFTER.match(text, end)
                or _in_score(text, start, end)
                or cues.TEAM_BEFORE.search(text, max(0, start - 24), start)
            )
            and not cues.PLAYER_AFTER.match(text, end)
        ):
            # "Winnipeg beat Nashville", "Ghana beat Egypt": a city's or a country's side is a
            # team (news-prose-CONVENTIONS.md; CoNLL itself would keep countries places)
            kind, key = "organization", " ".join(words)
        if (
            kind == "organization"
            and names.everyday_org(words, gaz)
            and (
                cues.PERSON_AFTER.match(text, end)
                or cues.CUE_KINDS.get(_cue_noun(text, end), "") == "person"
            )
        ):
            # "Adolf Hitler was born", "Beomsu Jo contributed", "Boone Jenner's wife": an
            # organisation guessed only from an everyday-looking last word yields to a
            # person's cue (the word lists hold many surnames in lower case).
            kind = "person"
        if (
            (kind is None or (kind == "organization" and names.everyday_org(words, gaz)))
            and 1 < len(words) < 4
            and _ROLE_BEFORE.search(text, max(0, start - 24), start)
        ):
            # "winger Bruno Casado", "party leader Kenji Oda": a name no list knows (or one
            # typed a body only from an everyday-looking last word) after a role is a person
            kind = "person"
        if guessed:
            cue = cues.KIND_AFTER.match(text, end)
            if cue is not None and not (
                sentence_initial and len(words) == 1 and words[0].lower() in gaz.common_words
            ):
                noun = (cue.group(1) or cue.group(2)).lower()
                cue_kind = cues.CUE_KINDS[noun]  # "Ansar al-Sharia, an … organization"
                if cue_kind == "other" and cues.POSSESSIVE.match(text, end):
                    cue_kind = "organization"  # "Vidyard's platform": the maker owns it
                if not (
                    noun in lexicon.GAME_NOUNS and (words[-1].endswith("s") or words[-1].isupper())
                ):
                    kind = cue_kind  # "a Mario game"; not "the Steelers game", "NHL games"
                key = key.lstrip("\1")
        if (
            kind == "person"
            and (names.weak_person(words, gaz) or len(words) == 2)
            and cues.ORG_BEFORE.search(text, max(0, start - 24), start)
            and not cues.POSSESSIVE.match(text, end)
        ):
            kind = "organization"  # "shares in Intercord Japan", "an analyst at Morgan Stanley"
        if (
            kind != "place"
            and (guessed or kind == "organization")
            and (
                cues.WORK_BEFORE.search(text, max(0, start - 16), start)
                or cues.PRODUCT_BEFORE.search(text, max(0, start - 20), start)
            )
        ):
            kind, key = "other", key.lstrip("\1")  # "the film Oppenheimer"
        if kind is None and (not sentence_initial or len(words) > 1):
            if cues.SPEECH_AFTER.match(text, end):
                kind, key = "person", "\1" + key  # companies speak too: a weak guess
            elif cues.ORG_BEFORE.search(text, max(0, start - 24), start):
                kind = "organization"  # "shares in Intercord Japan"
            elif not sentence_initial:
                preceding = text[max(0, start - 12) : start].split()
                if preceding and preceding[-1] in cues.PLACE_PREPOSITIONS:
                    kind = "place"
    if not titled and kind == "place" and len(words) == 1:
        model_number = cues.NUMBER_AFTER.match(text, end)
        if model_number is not None and cues.THING_AFTER.match(text, model_number.end()):
            end = model_number.end()  # "a Falcon 9 rocket": a model named after a place
            kind, key = "other", text[start:end]
    if not titled and kind != "person" and kind != "place":
        number = cues.NUMBER_AFTER.match(text, end)
        if (
            number is not None
            and names.lookup(" ".join(words), gaz) is None
            and not (
                len(words) == 1 and words[0].lower() in gaz.common_words and words[0][1:].islower()
            )
            and not cues.SCORE_BEFORE.search(text, max(0, start - 8), start)
        ):
            # Not a score ("Bruins 5, Devils 1") nor an everyday word and a number
            # ("Phase 1", "Milepost 7").
            end = number.end()  # "Nikkei 225", "S&P 500", "Windows 11": a product or index
            edition = cues.PRODUCT_SUFFIX.match(text, end)
            if edition is not None:
                end = edition.end()  # "iPhone 15 Pro"
            kind, key = "other", text[start:end]
        elif (
            number is not None
            and kind == "organization"
            and len(words) == 1
            and words[0].isupper()
            and len(number.group().strip()) <= 2
            and not cues.SCORE_BEFORE.search(text, max(0, start - 8), start)
        ):
            end = number.end()  # "NBC 5", "ABC 7": a broadcaster's local station
            key = text[start:end]
        edition = cues.YEAR_AFTER.match(text, end) if " ".join(words) in lexicon.EVENTS else None
        if edition is not None:
            end = edition.end()  # "Euro 2020", "Expo 2025": the edition's year is in its name
            key = text[start:end]
    if not titled and kind != "place":
        owned = cues.POSSESSIVE_NAME.match(text, end)
        if owned is not None:
            end = owned.end(1)  # "Lowe's said", "McDonald's reported": the 's is the name's
            kind, key = "organization", text[start:end]
    return [Mention(start, end, text[start:end], kind, key, sentence_initial, titled)]


def _in_score(text: str, start: int, end: int) -> bool:
    """Whether a name is one side of a result written "Jets 2, Predators 1"."""
    if not text[end : end + 3].lstrip()[:1].isdigit():
        return False  # the common case, decided without a pattern
    return bool(
        cues.SCORE_AFTER.match(text, end)
        or (
            cues.SCORE_BEFORE.search(text, max(0, start - 8), start)
            and cues.SCORE_END.match(text, end)
        )
    )


def _cue_noun(text: str, end: int) -> str:
    """The kind noun after a name ("X's wife", "X, a company"), lower-cased, or ""."""
    cue = cues.KIND_AFTER.match(text, end)
    if cue is None:
        return ""
    return (cue.group(1) or cue.group(2)).lower()
