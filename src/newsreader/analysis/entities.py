"""A fast, self-contained named-entity recogniser for news prose.

Candidates come from one regular expression over capitalised word runs (C speed); each
candidate is then typed with a few dict lookups: gazetteers (places, first names), title
cues ("Secretary of State"), organisation head words ("Department"), demonyms, and a
document-level pass that spreads what a full mention taught us ("Antony Blinken" makes
every "Blinken" a person). No per-character Python loops, so it runs at hundreds of
thousands of tokens per second with no model and no download.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from newsreader.analysis import cues, gazetteer, lexicon, names
from newsreader.analysis.resolve import Mention, resolve
from newsreader.models import Entity, EntityKind

_ABBREVIATIONS = (
    r"(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof"
    r"|Rev|Adm|Maj|Bros|ST|MT|FT)\."
)
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(
    re.escape(chr(code)) for code in range(0x100, 0x530) if chr(code).isupper()
)
"""Capital letters of Latin (with diacritics: Ž, Ł, Ő), Greek and Cyrillic names."""
_WORD = (
    rf"(?:{_ABBREVIATIONS}|(?:[A-Z]\.){{2,}}(?:-[\w]+)*|[A-Z]\.(?=[ \t][A-Z])"
    rf"|(?:(?:al|el|ad|bin|ibn)-)?[{UPPER}][\w]*(?:-[\w]+|['’][{UPPER}][\w]*|&[A-Z]\w*)*"
    r"|[a-z][A-Z][a-z]{2,}[\w]*)"
)
CANDIDATE = re.compile(rf"(?<![\w'’]){_WORD}(?:[ \t\u00a0]+(?:{names.LINK}[ \t\u00a0]+)?{_WORD})*")
"""A run of capitalised words, optionally joined by lower-case name links ("Bank of")."""

_KEEP_FIRST = (
    lexicon.PERSON_TITLES | lexicon.ORG_STARTS | lexicon.OTHER_STARTS | lexicon.DEMONYMS
) - lexicon.COMMON_WORDS
"""Capitalised words that open a name even at a sentence start ("Secretary of State …")."""
_HEADS = lexicon.ORG_HEADS | lexicon.PLACE_HEADS | lexicon.OTHER_HEADS
"""Last words that make a run a name of its own, whatever first names it contains."""
_FUNCTION_OPENERS = frozenset(
    [
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Your",
        "My",
        "Every",
        "Each",
        "Some",
        "Any",
        "No",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)
"""Capitalised words that never open a name, even before a head word ("Last Week")."""
_COMMON = lexicon.COMMON_WORDS
_MAX_RUN = 12
"""Words in the longest run typed as one (a name with links: "Department of Health and …")."""
_GROUP_NOUNS = frozenset(["People", "Children", "Women", "Men"])
"""Irregular plurals that, with a possessive, open a name ("People’s Liberation Army")."""
_PARTICLES = frozenset(
    ["El", "Al", "Le", "La", "De", "Da", "Di", "Du", "Van", "Von", "Abu", "Bin", "Ibn", "Ben"]
)
"""Name particles that open a name even at a sentence start ("El Amrani")."""
_SEASONS = frozenset(["Spring", "Summer", "Autumn", "Winter"])
_PORTFOLIO_HEADS = frozenset(["Minister", "Secretary", "Ministry", "Spokesman", "Spokeswoman"])
_HASHTAG_LIKE = re.compile(r"[a-z][A-Z][a-z]+[A-Z]")
"""Run-together words ("TodayInSenatePlenary", "NGRSenate"): handles and hashtags."""
_CLUTTER_TOKEN = re.compile(r"[a-z][A-Z]{2,}|\d{3,}|_")
_BOILERPLATE = frozenset(["All Rights Reserved", "Rights Reserved"])


def _line_modes(text: str) -> tuple[list[int], list[str]]:
    """Find headline-like lines (Title Case or ALL CAPS) whose words must not be typed blind.

    Returns sorted line starts and, per line, "caps", "title" or "" (running prose).
    """
    starts: list[int] = []
    modes: list[str] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if len(line) > 300:
            continue
        mode = ""
        if not any(ch.islower() for ch in line):
            mode = "caps"
        else:
            words = [w for w in line.split() if len(w) > 3]
            capitalised = sum(1 for w in words if w[0].isupper())
            unfinished = not line.rstrip().endswith((".", "”", '"', ",", ":", ";"))
            if unfinished and (
                (len(words) >= 3 and capitalised >= 0.7 * len(words))
                or (len(words) == 2 == capitalised and len(line.split()) <= 5)
            ):
                mode = "title"  # "Flight Checks", "The Birth of Chaos": a heading
        if mode:
            starts.extend((match.start(), match.end()))
            modes.extend((mode, ""))
    return starts, modes


def _tokens(span: str, offset: int) -> list[tuple[int, int, str]]:
    return [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", span)]


def _split_title(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> tuple[int, int]:
    """Find a title in front of a name ("Texas | Attorney General | Ken Paxton").

    Returns (title_start, name_start); name_start is 0 when the run holds no title that
    is followed by a name. A run that is an organisation in its own right ("General
    Motors", "Justice Department") has no title.
    """
    words = [word for _, _, word in tokens]
    head = -1
    for index in range(len(words) - 1):
        if words[index] in lexicon.TITLE_HEADS:
            head = index
    if head < 0 or " ".join(words) in lexicon.KNOWN_ORGS:
        return 0, 0
    segment_end = next(
        (i for i in range(head + 1, len(words)) if words[i] in names.TAIL_LINKS), len(words)
    )
    if words[segment_end - 1] in _HEADS and not (
        segment_end - head >= 2
        and (names.first_name(words[head + 1], gaz) or words[head + 1] in lexicon.WORD_NAMES)
    ):
        return 0, 0  # "Justice Department", "Queen Street"; "Dr. X of the Y Department" splits
    end = head + 1
    while end < len(words) - 1 and (
        words[end] in lexicon.PERSON_TITLES
        or (words[end] == "of" and words[end + 1] in lexicon.PERSON_TITLES)
    ):
        end += 1
    if words[end] in names.TAIL_LINKS or all(w in lexicon.PERSON_TITLES for w in words[end:]):
        return 0, 0  # "Office of Inspector General" names no person
    start = head
    while start > 0 and (words[start - 1] in lexicon.PERSON_TITLES or words[start - 1] == "of"):
        if names.lookup(" ".join(words[:start]), gaz) is not None and not all(
            w in lexicon.PERSON_TITLES for w in words[:start]
        ):
            break  # "White House | Press Secretary"; but "Labour Minister" is one title
        start -= 1
    return start, end


def _only_titles(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a run is a bare title ("Secretary of State"), which names nobody."""
    name = " ".join(words)
    if name in lexicon.KNOWN_ORGS or name in gaz.aliases:
        return False  # "Senate", "Labour"
    if len(words) > 1 and words[-1] in lexicon.ORG_HEADS and words[-1] not in lexicon.TITLE_HEADS:
        return False  # "Labour Party"
    return all(
        (word in lexicon.PERSON_TITLES or word in names.TAIL_LINKS)
        and word not in lexicon.DEMONYMS
        and word not in gaz.places
        for word in words
    )


def _known_start(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether the run opens with a known name, so a leading "New" or "The" must stay."""
    if words[0] == "The" and len(words) > 1 and _known_start(words[1:], gaz):
        return False  # "The Netherlands" is tagged "Netherlands", like "The Hague" is not
    for size in range(min(4, len(words)), 0, -1):
        name = " ".join(words[:size])
        if name.endswith("ers") and name[:-3] in gaz.places:
            return True  # "New Zealanders"
        if name in gaz.places or name in lexicon.KNOWN_ORGS or name in lexicon.KNOWN_OTHER:
            return True
        if name.isupper() and name in gaz.places_upper:
            return True
    return False


def _candidates(text: str, gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Scan capitalised runs and type each one from its own words and its neighbours."""
    line_starts, line_modes = _line_modes(text)
    models = {m.end(): m.start() for m in cues.MODEL_NUMBER.finditer(text)}
    mentions = _candidate_runs(text, gaz, line_starts, line_modes, models)
    _spread_enumerations(text, mentions)
    return mentions


def _spread_enumerations(text: str, mentions: list[Mention]) -> None:
    """ "Barry, Berrien, Cass and Van Buren counties": the plural noun types the whole list."""
    for index in range(len(mentions) - 1, 0, -1):
        mention = mentions[index]
        if mention.kind != "place" or not cues.PLURAL_GEO_AFTER.match(text, mention.end):
            continue
        while index > 0:
            before = mentions[index - 1]
            gap = text[before.end : mentions[index].start]
            if not cues.LIST_GAP.match(gap) or not (before.kind is None or before.key[:1] == "\1"):
                break
            before.kind, before.key = "place", before.key.lstrip("\1")
            index -= 1


def _runs(text: str, gaz: gazetteer.Gazetteer) -> Iterator[list[tuple[int, int, str]]]:
    """Capitalised runs as tokens; a run longer than any name is cut at its link words.

    Names have a handful of words; cutting hostile runs ("Alpha and Alpha and …") keeps
    every later step linear and its recursion shallow. An everyday word with a possessive
    joins the run after it when that run ends in a head word ("Children’s Hospital").
    """
    pending: list[tuple[int, int, str]] = []
    unjoined: list[tuple[int, int, str]] = []
    next_start = -1
    for match in CANDIDATE.finditer(text):
        tokens = _tokens(match.group(), match.start())
        if pending:
            if match.start() == next_start and any(word in _HEADS for _, _, word in tokens):
                tokens = pending + tokens  # "People’s Liberation Army", "Children’s Hospital"
            else:
                yield unjoined
            pending = []
        possessive = cues.POSSESSIVE.match(text, tokens[-1][1])
        last = tokens[-1][2]
        if (
            possessive is not None
            and len(tokens) < _MAX_RUN
            and (last in _GROUP_NOUNS or (last.endswith("s") and last.lower() in gaz.common_words))
        ):
            start, _, word = tokens[-1]
            unjoined = tokens
            pending = [*tokens[:-1], (start, possessive.end(1), word + possessive.group(1))]
            next_start = possessive.end()
            continue
        if len(tokens) <= _MAX_RUN:
            yield tokens
            continue
        piece: list[tuple[int, int, str]] = []
        for token in tokens:
            if token[2] in names.TAIL_LINKS or len(piece) == _MAX_RUN:
                if piece:
                    yield piece
                piece = [] if token[2] in names.TAIL_LINKS else [token]
            else:
                piece.append(token)
        if piece:
            yield piece
    if pending:
        yield unjoined


def _candidate_runs(
    text: str,
    gaz: gazetteer.Gazetteer,
    line_starts: list[int],
    line_modes: list[str],
    models: dict[int, int],
) -> list[Mention]:
    """Every capitalised run's mentions, in text order."""
    mentions: list[Mention] = []
    for tokens in _runs(text, gaz):
        if len(tokens) == 1 and (
            tokens[0][2] in _COMMON
            or (tokens[0][2].lower() in lexicon.FUNCTION_WORDS and not tokens[0][2].isupper())
        ):
            continue  # "The", "However", "First": most runs are one everyday word
        start = tokens[0][0]
        mode = ""
        if line_starts:
            position = bisect_right(line_starts, start) - 1
            mode = line_modes[position] if position >= 0 else ""
        model_start = models.get(start - 1, models.get(start - 2, -1))
        if model_start >= 0 and text[model_start:start].strip().replace("-", "").isdigit():
            name = tokens[0][2]
            if (
                name not in _COMMON
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
        ):
            end = tokens[-1][1]
            name = text[start:end]
            canonical = gaz.places_upper.get(name)
            mentions.append(Mention(start, end, name, "place", canonical or name.title()))
            continue  # "ST. JOSEPH, Mich. (AP) —": a dateline names a place
        if not mode and _shouted(tokens, gaz):
            mode = "caps"  # "EIGHT" or "BLACK DEATH PLAGUE" inside a line of prose
        if mode:
            mentions.extend(_headline_mentions(tokens, mode, gaz))
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
        sentence_initial = bool(cues.SENTENCE_START.search(text, max(0, start - 4), start))
        role_at = _role_split(tokens, gaz)
        if role_at:
            mentions.extend(_run_mentions(text, tokens[:role_at], sentence_initial, gaz))
            mentions.extend(_run_mentions(text, tokens[role_at:], False, gaz))
        else:
            mentions.extend(_run_mentions(text, tokens, sentence_initial, gaz))
    return mentions


def _shouted(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """Whether an ALL-CAPS run is ordinary words shouted, not an acronym or a known name."""
    words = [word for _, _, word in tokens]
    if not all(word.isupper() for word in words):
        return False
    name = " ".join(words)
    if name in lexicon.KNOWN_ORGS or name in gaz.aliases:
        return False
    if len(words) > 1:
        return True
    word = words[0].rstrip(".")
    return word.title() in _COMMON or (len(word) > 4 and word.lower() in gaz.common_words)


def _role_split(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> int:
    """Where a person's name starts after an organisation glued in front of it.

    "Public Prosecution Eva-Marie Persson" is an organisation role and a person, not one
    name: a given name that follows an organisation head word or a listed place ("Paris
    Benoit Tessier" in a photo credit) starts a new name. Returns the index of that given
    name, or 0.
    """
    for index in range(1, len(tokens) - 1):
        word = tokens[index][2]
        if not names.first_name(word, gaz):
            continue
        prefix = " ".join(w for _, _, w in tokens[:index])
        if tokens[index - 1][2] in lexicon.ORG_HEADS or (
            prefix in gaz.places and prefix not in gaz.first_names
        ):
            if not any(names.first_name(w, gaz) for _, _, w in tokens[:index]):
                return index
            return 0
    return 0


def _run_mentions(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_initial: bool,
    gaz: gazetteer.Gazetteer,
) -> list[Mention]:
    """Trim one capitalised run to its name, split off a title, and type what is left."""
    words = [w for _, _, w in tokens]
    for at in range(1, len(words) - 1) if "and" in words or "on" in words else ():
        if words[at] in ("and", "on") and not _link_joins(words, at, gaz):
            # Two names joined by "and" ("Queen Elizabeth II and Pope Benedict XVI") are
            # trimmed and titled one by one.
            return _run_mentions(text, tokens[:at], sentence_initial, gaz) + _run_mentions(
                text, tokens[at + 1 :], False, gaz
            )
    while tokens and (
        tokens[0][2] in lexicon.COMMON_WORDS
        or tokens[0][2] in names.TAIL_LINKS
        or (
            sentence_initial
            and len(tokens) > 1
            and tokens[0][2].lower() in gaz.common_words
            and tokens[0][2] not in _KEEP_FIRST
            and tokens[0][2] not in _PARTICLES
            and not tokens[0][2].isupper()
            and not _family_name_first(tokens, gaz)
            and not (
                len(tokens) == 2
                and tokens[1][2] in gaz.surnames
                and tokens[1][2] not in _HEADS
                and tokens[1][2] not in lexicon.PERSON_TITLES
            )
        )
    ):
        if _known_start([w for _, _, w in tokens], gaz):
            break
        if (
            not sentence_initial
            and len(tokens) > 1
            and (
                tokens[0][2] in lexicon.WORD_NAMES
                or (
                    tokens[0][2] not in _FUNCTION_OPENERS
                    and tokens[0][2].lower() not in lexicon.FUNCTION_WORDS
                )
            )
            and tokens[1][2] not in names.TAIL_LINKS
            and not tokens[1][2].isupper()
        ):
            break  # mid-sentence capitals are a name: "Will Moy", "Full Fact", "Home Depot"
        if (
            not sentence_initial
            and len(tokens) > 1
            and tokens[-1][2] in _HEADS
            and tokens[0][2] not in _FUNCTION_OPENERS
            and tokens[0][2] not in names.TAIL_LINKS
        ):
            break  # mid-sentence "World Health Organization", "Global Fund"
        tokens.pop(0)
        sentence_initial = False
    office = _office(tokens, gaz) if len(tokens) > 2 else None
    if office:
        return [office]
    while tokens and (
        tokens[-1][2] in names.TAIL_LINKS
        or (tokens[-1][2] in lexicon.COMMON_WORDS and not _keeps_last(tokens, gaz))
    ):
        tokens.pop()
    while (
        len(tokens) > 1
        and tokens[-1][2] in lexicon.TITLE_HEADS
        and tokens[-1][2] not in lexicon.ORG_HEADS
        and names.lookup(" ".join(w for _, _, w in tokens), gaz) is None
        and not _only_titles([w for _, _, w in tokens[:-1]], gaz)
        and names.classify([w for _, _, w in tokens[:-1]], gaz)[0] in ("organization", "place")
        and (
            not any(w in names.TAIL_LINKS for _, _, w in tokens)
            or names.lookup(" ".join(w for _, _, w in tokens[:-1]), gaz) is not None
        )
    ):
        tokens.pop()  # "Senate President": the office, then a role word
        while tokens and tokens[-1][2] in names.TAIL_LINKS:
            tokens.pop()
    while (
        len(tokens) > 1
        and names.first_name(tokens[1][2], gaz)
        and tokens[0][2].lower() in gaz.common_words
        and tokens[0][2] not in lexicon.PERSON_TITLES
        and tokens[0][2] not in lexicon.PLACE_HEADS
        and tokens[0][2] not in lexicon.ORG_STARTS
        and not _known_start([w for _, _, w in tokens], gaz)
        and tokens[-1][2] not in _HEADS
    ):
        tokens.pop(0)
    if not tokens or _only_titles([w for _, _, w in tokens], gaz):
        return []
    if len(tokens) == 1 and len(tokens[0][2]) == 1:
        return []  # a lone capital letter ("press S", "plan B") names nothing
    if any(
        (_CLUTTER_TOKEN.search(word) and not names.MODEL_TOKEN.match(word))
        or _HASHTAG_LIKE.search(word)
        for _, _, word in tokens
    ):
        return []
    if text[max(0, tokens[0][0] - 2) : tokens[0][0]].strip()[-1:] in ("@", "#"):
        return []  # "@NGRSenate", "# Hashtag"
    if len(tokens) == 1 and cues.PARTY_TAG.match(tokens[0][2]):
        return []  # "Rep. Ilhan Omar, D-Minn.": a party and state tag names no entity
    if " ".join(w for _, _, w in tokens) in _BOILERPLATE:
        return []  # "© 2019 Associated Press. All Rights Reserved."
    if len(tokens) == 1 and (
        (
            cues.TICKER.match(text, tokens[0][1])
            and text[max(0, tokens[0][0] - 3) : tokens[0][0]].rstrip()[-1:] == "("
        )
        or cues.EXCHANGE_BEFORE.search(text, max(0, tokens[0][0] - 10), tokens[0][0])
    ):
        return []  # "(HD.N)", "(NYSE: HD)": a ticker symbol names no entity
    mentions: list[Mention] = []
    title_at, name_at = _split_title(tokens, gaz)
    titled = ""
    if name_at:
        titled = next(w for _, _, w in reversed(tokens[:name_at]) if w in lexicon.TITLE_HEADS)
        if title_at:
            mentions.extend(_typed(text, tokens[:title_at], "", sentence_initial, gaz))
        mentions.extend(_prefix_mentions(tokens[title_at:name_at], gaz))
        tokens = tokens[name_at:]
        sentence_initial = False
    mentions.extend(_typed(text, tokens, titled, sentence_initial, gaz))
    return mentions


def _office(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> Mention | None:
    """A place's office named as an institution ("New York State Attorney General").

    A run that ends in a title of two or more words with no name after it, behind a listed
    place, is the office itself (an organisation), not a title waiting for a person.
    """
    words = [w for _, _, w in tokens]
    titled = 0
    while titled < len(words) and words[-1 - titled] in lexicon.PERSON_TITLES:
        titled += 1
    prefix = words[: len(words) - titled]
    if titled < 2 or not prefix or not _known_start(prefix, gaz):
        return None
    if " ".join(prefix) not in gaz.places and prefix[0] not in gaz.places:
        return None
    if all(w in lexicon.PERSON_TITLES for w in prefix):
        return None
    start, end = tokens[0][0], tokens[-1][1]
    name = " ".join(words)
    return Mention(start, end, name, "organization", name)


def _keeps_last(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a run's everyday last word belongs to the name ("Bloomberg News", "of Health")."""
    if len(tokens) < 2:
        return False
    last, before = tokens[-1][2], tokens[-2][2]
    if len(last) == 1 and last.isupper() and before not in lexicon.COMMON_WORDS:
        return True  # "Serie A"
    if last in _FUNCTION_OPENERS:
        return False  # "Supreme Court on Monday"
    if names.lookup(" ".join(w for _, _, w in tokens), gaz) is not None:
        return True  # "New York Times"
    if before in names.TAIL_LINKS:
        return len(tokens) > 2 and (
            tokens[-3][2] in lexicon.ORG_HEADS or tokens[-3][2] in lexicon.ORG_STARTS
        )  # "Department of Health"
    for index in range(1, len(tokens) - 1 if len(last) > 3 else 1):
        if tokens[index][2] in ("of", "for") and (
            tokens[index - 1][2] in lexicon.ORG_HEADS or tokens[index - 1][2] in lexicon.ORG_STARTS
        ):
            return True  # "School of Public Health": the complement of an organisation's name
    if last in _SEASONS and before in lexicon.DEMONYMS:
        return True  # "Arab Spring"
    return (last in lexicon.ORG_HEADS or last in lexicon.OTHER_HEADS) and (
        before not in lexicon.COMMON_WORDS
    )


def _family_name_first(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """ "Fan Mengguang" opening a sentence: a family name before an unlisted given name."""
    if tokens[0][2] not in lexicon.FAMILY_NAMES or len(tokens) > 3:
        return False
    return all(
        word.lower() not in gaz.common_words and word not in gaz.places and not word.isupper()
        for _, _, word in tokens[1:]
    )


def _typed(
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
        maker = _typed(text, tokens[:model_at], "", sentence_initial, gaz)
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
            left = _typed(text, tokens[:first], "", sentence_initial, gaz) if first else []
            rest = tokens[stop:]
            while rest and rest[0][2] in names.TAIL_LINKS:
                rest = rest[1:]
            return [*left, middle, *(_typed(text, rest, "", False, gaz) if rest else [])]
    if titled and "of" in words[1:]:
        at = words.index("of", 1)
        right = tokens[at + 1 :]
        while right and right[0][2] in names.TAIL_LINKS:
            right = right[1:]
        left = _typed(text, tokens[:at], titled, False, gaz)
        return left + (_typed(text, right, "", False, gaz) if right else [])
    for at, word in enumerate(words):
        if word in ("and", "on") and not _link_joins(words, at, gaz):
            right = tokens[at + 1 :]
            while right and right[0][2] in names.TAIL_LINKS:
                right = right[1:]
            left = _typed(text, tokens[:at], titled, sentence_initial, gaz)
            return left + (_typed(text, right, "", False, gaz) if right else [])
    if (
        len(words) > 1
        and words[0] in lexicon.DEMONYMS
        and names.lookup(" ".join(words), gaz) is None
        and words[-1].endswith("s")
        and names.classify(words[1:], gaz)[0] in ("other", None)
    ):
        start, end = tokens[0][0], tokens[0][1]
        head = Mention(start, end, words[0], "other", words[0])
        return [head, *_typed(text, tokens[1:], "", False, gaz)]  # "Egyptian | Copts"
    if "of" in words and not titled:
        at = words.index("of")
        before = words[at - 1]
        if not (
            before in lexicon.ORG_STARTS
            or before in lexicon.ORG_HEADS
            or before in lexicon.PLACE_HEADS
            or before in lexicon.OTHER_HEADS
            or before in lexicon.OTHER_STARTS
            or " ".join(words) in gaz.places
        ):
            left = _typed(text, tokens[:at], "", sentence_initial, gaz)
            right = tokens[at + 1 :]
            while right and right[0][2] in names.TAIL_LINKS:
                right = right[1:]
            return left + (_typed(text, right, "", False, gaz) if right else [])
    if _only_titles(words, gaz):
        return []
    start, end = tokens[0][0], tokens[-1][1]
    if titled:
        kind: EntityKind | None = "person"
        key = " ".join(words)
    else:
        kind, key = names.classify(words, gaz)
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
            and words[0] in _HEADS
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
            kind in (None, "person")
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
        if guessed:
            cue = cues.KIND_AFTER.match(text, end)
            if cue is not None and not (
                sentence_initial and len(words) == 1 and words[0].lower() in gaz.common_words
            ):
                noun = cue.group(1) or cue.group(2)
                kind = cues.CUE_KINDS[noun.lower()]  # "Ansar al-Sharia, an … organization"
                key = key.lstrip("\1")
        if (
            kind == "person"
            and names.weak_person(words, gaz)
            and cues.ORG_BEFORE.search(text, max(0, start - 16), start)
        ):
            kind = "organization"  # "shares in Intercord Japan"
        if kind is None and (not sentence_initial or len(words) > 1):
            if cues.SPEECH_AFTER.match(text, end):
                kind, key = "person", "\1" + key  # companies speak too: a weak guess
            elif cues.ORG_BEFORE.search(text, max(0, start - 16), start):
                kind = "organization"  # "shares in Intercord Japan"
            elif not sentence_initial:
                preceding = text[max(0, start - 12) : start].split()
                if preceding and preceding[-1] in cues.PLACE_PREPOSITIONS:
                    kind = "place"
    if not titled and kind != "person" and kind != "place":
        number = cues.NUMBER_AFTER.match(text, end)
        if number is not None and names.lookup(" ".join(words), gaz) is None:
            end = number.end()  # "Nikkei 225", "S&P 500", "Windows 11": a product or index
            kind, key = "other", text[start:end]
    return [Mention(start, end, text[start:end], kind, key, sentence_initial, titled)]


def _link_joins(words: list[str], at: int, gaz: gazetteer.Gazetteer) -> bool:
    """Whether "and"/"on" at `at` is inside one name ("Securities and Exchange Commission").

    "Center on Poverty", "Department of Health and Human Services" and "World Travel and
    Tourism Council" are one organisation each; "Britain and France" are two names.
    """
    before = words[at - 1]
    if words[at] == "on":
        return before in lexicon.ORG_HEADS or before in lexicon.ORG_STARTS
    for index in range(at - 1, 0, -1):
        if words[index] in ("of", "for", "on"):
            head = words[index - 1]
            return head in lexicon.ORG_HEADS or head in lexicon.ORG_STARTS
    left = " ".join(words[:at])
    return (
        words[-1] in lexicon.ORG_HEADS
        and names.lookup(left, gaz) is None
        and not names.first_name(words[0], gaz)
    )


def _prefix_mentions(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Places, demonyms and organisations inside a title ("US", "Russian", "Pentagon")."""
    found: list[Mention] = []
    following = {tokens[i][0]: tokens[i + 1][2] for i in range(len(tokens) - 1)}
    for start, end, word in tokens:
        canonical = gaz.places.get(word)
        if canonical is not None:
            found.append(Mention(start, end, word, "place", canonical))
        elif word in lexicon.DEMONYMS:
            found.append(Mention(start, end, word, "other", word))
        elif word in lexicon.KNOWN_ORGS and following.get(start) not in _PORTFOLIO_HEADS:
            found.append(Mention(start, end, word, "organization", word))  # not "Labour Minister"
        elif word not in lexicon.PERSON_TITLES and word not in _COMMON and word[:1].isupper():
            # "Emirates President Tim Clark": kept only if the article names it elsewhere.
            found.append(Mention(start, end, word, None, "\0" + word))
    return found


def _headline_mentions(
    tokens: list[tuple[int, int, str]], mode: str, gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """Mark only what is already known inside a headline or ALL-CAPS line.

    Title Case and capitals say nothing about names there, so each word run is matched
    (longest first) against places now and against the body's entities in `_resolve`.
    """
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        for stop in range(min(len(tokens), index + 4), index, -1):
            words = [w for _, _, w in tokens[index:stop]]
            name = " ".join(words)
            lookup = name.title() if mode == "caps" else name
            start, end = tokens[index][0], tokens[stop - 1][1]
            canonical = (gaz.places_upper if mode == "caps" else gaz.places).get(
                name.upper() if mode == "caps" else name
            )
            if canonical is not None and lookup not in lexicon.COMMON_WORDS:
                found.append(Mention(start, end, name, "place", canonical))
                index = stop
                break
            if lookup not in lexicon.COMMON_WORDS and lookup.lower() != lookup:
                guess = _headline_guess(words, gaz) if mode == "title" else None
                found.append(Mention(start, end, name, None, "\0" + lookup, guess=guess))
        else:
            index += 1
    return found


def _headline_guess(words: list[str], gaz: gazetteer.Gazetteer) -> tuple[EntityKind, str] | None:
    """What a Title Case run names by its own words alone: listed names, full person names."""
    name = " ".join(words)
    known = names.lookup(name, gaz)
    if known is not None:
        return known
    if len(words) == 1 and not words[0].isupper():
        kind = names.word_kind(words[0], gaz)
        if kind is not None:
            return kind, name  # "SmartAsset.com", "Tunisians"
    if len(words) > 1 and words[0] in lexicon.DEMONYMS and names.lookup(" ".join(words[1:]), gaz):
        typed, key = names.classify(words, gaz)
        if typed is not None:
            return typed, key  # "Nigerian Senate"
    if (
        1 < len(words) < 4
        and names.first_name(words[0], gaz)
        and all(w.lower() not in gaz.common_words and w not in _COMMON for w in words)
    ):
        return "person", name
    return None


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
    gaz = gazetteer.load()
    return resolve(text, _candidates(text, gaz), gaz)
