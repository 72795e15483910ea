"""Quotation marks around words that nobody says: titles, names, terms, labels.

A quotation is not speech when its shape says it names something (most shapes only
count for a quotation with no attribution of its own): a title cue right before it (`a book called "…"`, `the slogan "…"`, `a post
titled "…"`), a thing named right after it (`"…," a documentary by …`), a modifier of
the noun that follows (`the "one country, two systems" formula`, `a personal "should I
buy this?" test`), a string on a screen or in code (`click "Save and continue"`, `run
"npm install --save x"`), words the reader is asked to imagine (`ask yourself, "…"`),
or a heading or list line that is no sentence. These are shapes, not lists of phrases:
the nouns below are kinds of named things, whatever their names are.
"""

from __future__ import annotations

import re

from newsreader.analysis.speech import VERB, alternation, words

_NAMED_THINGS = words(
    """
    book books novel novels memoir film films movie movies documentary song songs album
    albums single track show shows series sitcom episode play musical opera poem poems
    essay essays article column blog podcast newsletter paper chapter headline title
    subtitle caption hashtag slogan motto catchphrase tagline phrase term terms
    expression label button tab menu option setting banner sign error notification popup
    dialog chorus lyric lyrics verse
    signs placard placards sticker logo brand app game campaign category exhibition
    exhibit painting sculpture installation meme nickname
    """
)
"""Kinds of things that have names or titles (not documents that speak, like statements)."""
_THING = alternation(_NAMED_THINGS)
_TITLE_CUE = re.compile(
    r"(?:\b(?:titled|entitled|headlined|captioned|subtitled|known[ \t]+as|billed[ \t]+as"
    rf"|marketed[ \t]+as)|\b{_THING}(?:[ \t]+(?:called|titled|entitled|named|dubbed))?)"
    r"[ \t]*[,:]?[ \t]*\Z",
    re.IGNORECASE,
)
"""`a post titled "…"`, `the slogan "…"`, `its latest album, "…"`: a title whoever is
reported around it (`Police said protesters carried the slogan "…"`)."""
_NAMING_CUE = re.compile(
    r"\b(?:called|dubbed|nicknamed|named|renamed|labell?ed|tagged|branded|coined"
    r"|translat(?:ed|es|ing)[ \t]+(?:as|to)|meaning|means|literally|stands[ \t]+for"
    r"|short[ \t]+for)[ \t]*[,:]?[ \t]*\Z",
    re.IGNORECASE,
)
"""`a memoir called "…"`, `Aotearoa (often translated as "…")`; but `what Smith called
"…"` and `Smith said the vote means "…"` frame his words, so only when the quotation has
no speaker of its own."""
_IMAGINED = re.compile(
    r"(?:\b(?:ask|tell)[ \t]+(?:yourself|yourselves)[ \t]*[,:]?[ \t]*\Z)|"
    r"\b(?:you|yourself|yourselves)\b(?:['’]\w+)?(?:[ \t]+[\w’'-]+){0,8}?[ \t]+"
    r"(?:say|ask|tell|think|wonder|hear|saying|asking|telling|thinking|wondering)(?:[ \t]+(?:yourself|yourselves|them|me|him|her"
    r"|us))?[ \t]*[,:]?[ \t]*\Z",
    re.IGNORECASE,
)
"""`ask yourself, "…"`, `you might say "…"`: words the reader is asked to imagine."""
_THING_AFTER = re.compile(
    r"[,]?[ \t]+(?:(?:is|was|are|were)[ \t]+)?(?:(?:a|an|the|his|her|their|its|our)[ \t]+)(?:[\w’'-]+[ \t]+){0,3}?"
    rf"{_THING}\b(?![’']s)(?![ \t]+(?:{VERB})\b)"
)
"""`"…," a documentary by …`, `"…" is a song by …` (right after the closing mark); not
`"…," the campaign said`."""
_INTERFACE_CUE = re.compile(
    r"\b(?:click|clicking|tap|tapping|press|pressing|select|selecting|choose|choosing|type"
    r"|typing|hit|toggle|uncheck|search[ \t]+for|navigate[ \t]+to)(?:[ \t]+(?:on|the|in|into))*"
    r"[ \t]*[,:]?[ \t]*\Z",
    re.IGNORECASE,
)
"""`click "Save and continue"`, `type "…" into the box`: a string on a screen."""
_CODE_CHARACTERS = re.compile(r"[/_=<>{}()\[\]@#$%^*|\\~`]|--|\.\w|\w[A-Z]")
"""Marks of a command, a path, an identifier or markup inside quoted words."""
_OBJECT_OF_SAYING = re.compile(
    r"\b(?:call|calls|called|calling|dubb?(?:s|ed|ing)?|labell?(?:s|ed|ing)?|brand(?:s|ed|ing)?"
    r"|describ(?:e|es|ed|ing)|deem(?:s|ed|ing)?)[ \t]+(?:the|a|an|his|her|its|their|this|that)"
    r"[ \t]+(?:[\w’'-]+[ \t]+){0,2}\Z"
)
"""`Smith called the song "…"`: what the song is, in Smith's words."""
_DETERMINED = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those)"
    r"(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+\Z",
    re.IGNORECASE,
)
_FUNCTION = words(
    """
    and or but nor so yet to in on at for with of from by as is was are were be been has
    had have will would could should can may might must do does did not than that which
    who whom whose when where while because if though although since after before until
    he she they it we i you his her their its our this these those there here then also
    just only even still again now
    """
)
_NOUN_AFTER = re.compile(rf"[ \t]+(?!(?:{VERB})\b)(?P<word>[a-z][\w-]*)\b(?![’']s)")
"""The word right after a quotation used as a modifier: `"…" formula`."""
_MARKS = ('"', "“", "”")
_SENTENCE_END = frozenset('.!?"”»:;…')


def _line(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, open_at) + 1
    end = text.find("\n", close_at)
    return start, len(text) if end < 0 else end


def names_something(
    text: str, open_at: int, close_at: int, quoted: str, *, said_by: bool, spanned: bool
) -> bool:
    """Whether the quotation between the marks at `open_at` and `close_at` names a thing
    (a title, a term, a label) rather than reporting speech.

    A title is no sentence, so quoted words ending in a full stop are left alone. A
    naming verb (`what Smith called "…"`) decides only for a quotation no words
    attribute.

    Args:
        text: The whole text.
        open_at: Offset of the opening mark.
        close_at: Offset of the closing mark (or where an unclosed quotation ends).
        quoted: The quoted words.
        said_by: Whether words attributing it were found (`Smith said`, `she added`).
        spanned: Whether only a person named before a later verb attributes it.
    """
    last = quoted.rstrip()[-1:]
    if last == ".":
        return False
    line_start, line_end = _line(text, open_at, close_at)
    before_from = max(line_start, open_at - 60)
    after = close_at + 1
    if last != "," and _DETERMINED.search(text, before_from, open_at):
        noun = _NOUN_AFTER.match(text, after, min(line_end, after + 30))
        if noun is not None and noun.group("word") not in _FUNCTION:
            return True  # the "…" formula: a modifier, not words said
    cue = _TITLE_CUE.search(text, before_from, open_at)
    if cue is not None and not _OBJECT_OF_SAYING.search(text, before_from, cue.start()):
        return True
    if _THING_AFTER.match(text, after, min(line_end, after + 60)):
        return True
    window = max(line_start, open_at - 120)
    window = max(window, *(text.rfind(mark, window, open_at) + 1 for mark in _MARKS))
    if _IMAGINED.search(text, window, open_at):
        return True  # (the words of another quotation before it are not the reader's)
    tokens = quoted.split()
    if sum(1 for token in tokens if _CODE_CHARACTERS.search(token)) * 3 >= len(tokens):
        return True  # `run "npm install --save left-pad"`: a command, not words said
    if said_by:
        return False
    if _NAMING_CUE.search(text, before_from, open_at) or _INTERFACE_CUE.search(
        text, before_from, open_at
    ):
        return True
    line = text[line_start:line_end].rstrip()
    # A heading or a list line: short, and no sentence ends on it.
    if spanned or not line or len(line) > 100 or line[-1] in _SENTENCE_END:
        return False
    return not _wrapped(text, line_start, line_end)


def _wrapped(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line is a piece of a paragraph broken at a fixed width (plain-text
    feeds), not a line of its own: the next line goes on in lower case, or the line
    before is a long one that ends no sentence."""
    following = text[line_end + 1 : line_end + 3].lstrip(" \t")
    if following[:1].islower():
        return True
    if line_start < 2 or text[line_start - 2] == "\n":
        return False
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return len(previous) >= 50 and previous[-1] not in _SENTENCE_END
