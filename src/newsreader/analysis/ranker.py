"""A learned choice among the candidate speakers of each quotation.

The rules (`attribution`, `speakers`, the carrier in `quotes`) propose a speaker; the
candidates around the quotation (`candidates.py`) each get a probability of being the
speaker from a logistic model trained offline on every gold set we have
(`tools/train_speaker_ranker.py`, measured by `benchmarks/speaker_ranker_cv.py`). Inference
is a dot product in pure Python over weights shipped in `data/speaker_ranker.json`.

Decision: a sure rule pick stays as the rules gave it; otherwise the model's best candidate
is the speaker, shown as sure only when its probability reaches the threshold chosen in
cross-validation for its case (another candidate than the rules', the rules' own unsure
pick, or a quotation the rules gave nobody), so that wrong names stay rare on sets left out.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from newsreader.analysis.attribution import ANY_VERB
from newsreader.analysis.candidates import Article, Candidate, candidates, read_article
from newsreader.models import SPEAKER_SURE, Quote

if TYPE_CHECKING:
    from newsreader.analysis.quotes import RulePass

WEIGHTS_FILE = "data/speaker_ranker.json"
_KEEPS_DOUBT = re.compile(r":(?:description|one|document)\b|-contested\b|^carry-")
"""Rule paths whose doubt the model does not overrule: attribution words that are a
description, `one` or a document (`her son said`), a clause contested by another, a
speaker carried into a later paragraph."""
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)[ \t]")
"""A pronoun the rules resolved to an indefinite description (`a user … she had written`):
someone new, whom nobody else in reach can be."""
_NEVER = 1.01


class WeightsError(RuntimeError):
    """The shipped weights are missing or unreadable: a broken install, never ignored."""


class Model(NamedTuple):
    """Learned weights and the decision thresholds chosen in cross-validation.

    The model decides only where the rules were not sure; each threshold is the probability
    from which its pick is shown as sure, by how it relates to the rules' pick."""

    weights: dict[str, float]
    switch: float
    """For a candidate other than the rules' unsure pick."""
    promote: float
    """For the rules' own unsure pick."""
    fill: float
    """Where the rules named nobody (they refuse on purpose: a passive, `is accused of`,
    a question's asker)."""


def parse_model(raw: str) -> Model:
    """A model from the JSON text of a weights file; `WeightsError` when it is not one."""
    try:
        data = json.loads(raw)
        weights = {str(name): float(value) for name, value in data["weights"].items()}
        model = Model(weights, float(data["switch"]), float(data["promote"]), float(data["fill"]))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise WeightsError(f"speaker ranker weights unreadable: {error}") from error
    if not weights or not all(math.isfinite(w) for w in weights.values()):
        raise WeightsError("speaker ranker weights are empty or not finite")
    return model


@cache
def load_model() -> Model:
    """The shipped model, read once; raises `WeightsError` if the file is missing or bad."""
    try:
        raw = resources.files("newsreader.analysis").joinpath(WEIGHTS_FILE).read_text("utf-8")
    except (OSError, FileNotFoundError) as error:
        raise WeightsError(f"speaker ranker weights missing: {error}") from error
    return parse_model(raw)


def probability(weights: dict[str, float], features: dict[str, float]) -> float:
    """The model's probability that a candidate with these features is the speaker."""
    total = sum(weights.get(name, 0.0) * value for name, value in features.items())
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))


def _confidence(p: float, sure: float) -> float:
    """Map a probability onto the confidence scale so that `p >= sure` is a sure speaker
    (a threshold above 1 is never reached: the pick stays a guess)."""
    if p >= sure:
        return round(SPEAKER_SURE + (p - sure) * (1.0 - SPEAKER_SURE) / max(1e-9, 1.0 - sure), 2)
    return min(round(p * SPEAKER_SURE / max(sure, 1e-9), 2), round(SPEAKER_SURE - 0.01, 2))


def decide(quote: Quote, options: list[Candidate], model: Model, text: str = "") -> Quote:
    """The quotation with the speaker the model chooses among `options` in `text`."""
    scored = [(probability(model.weights, c.features), c) for c in options]
    return choose(quote, scored, model, text)


def choose(
    quote: Quote, scored: list[tuple[float, Candidate]], model: Model, text: str = ""
) -> Quote:
    """The quotation with the best of the scored candidates as its speaker, as sure as
    the thresholds of `model` allow (its weights are not read: the scores are given).
    A sure rule pick stays as the rules gave it, and so does a quotation the model may not
    decide (see `_open`)."""
    if not scored or not _open(quote, model):
        return quote
    best_p, best = max(scored, key=lambda pair: pair[0])
    threshold = {"fill": model.fill, "promote": model.promote, "switch": model.switch}.get(
        case(quote, best, text), _NEVER
    )
    return replace(
        quote,
        speaker=best.name,
        speaker_start=best.start,
        speaker_end=best.end,
        speaker_confidence=_confidence(best_p, threshold),
        speaker_how=f"ranker:{best.how}",
    )


def case(quote: Quote, best: Candidate, text: str = "") -> str:
    """Which threshold decides whether the model's best candidate is shown as sure: "fill"
    (the rules named nobody), "promote" (it is the rules' own unsure pick), "switch"
    (another candidate) or "never" (a doubt of the rules the model may not overrule:
    promote is for a pronoun the rules resolved, see below)."""
    if quote.speaker is None:
        return "fill"
    if "rule" in best.features:
        # The rules' own pick: the doubt on a pronoun is a rival in reach, which the
        # features see (rivals, who is more recent, sex); on a name or a carried speaker it
        # is the clause (a complement, a contested clause, the paragraphs between), which
        # they do not: promoting those lost as many right speakers as it gained
        return "promote" if "pronoun" in quote.speaker_how else "never"
    if _kept(quote) or "cue_described" in best.features:
        # The rules doubted for a reason the features do not see: the attribution's words
        # describe someone (`her son`, `a user`, `the Spaniard`) who may be nobody else in
        # reach; a quotation-only paragraph after a question may be the other's turn; two
        # reporting clauses claim the quotation. The model's pick stays a guess.
        return "never"
    if text and "pronoun" in quote.speaker_how and _in_words_of(text, best, quote.speaker):
        # `Cruz is right on the issues, Viguerie argues.` ¶ `"…," he says`: the one talked
        # about in the words of the rules' pick is a guess against the one who spoke
        return "never"
    return "switch"


_SENTENCE_MARK = re.compile(r"[.!?\n]")
_CLAIMANT = re.compile(r"(?:^|[ \t])(?P<who>[A-Z][\w’'-]+)[ \t]*,?[ \t]*\Z")
"""A capitalised word right before a verb of saying: the subject of that reporting clause."""


def _in_words_of(text: str, candidate: Candidate, speaker: str) -> bool:
    """Whether the candidate's mention sits in a sentence whose reporting clause has
    `speaker` as its subject (`Cruz electrified the crowds, Stovall said.`, `Trump, Sexton
    said, has …`, `Ryan said Obama …`): someone talked about in that speaker's words."""
    if candidate.start is None or candidate.end is None:
        return False
    start = max(0, candidate.start - 300)
    before = list(_SENTENCE_MARK.finditer(text, start, candidate.start))
    start = before[-1].end() if before else start
    after = _SENTENCE_MARK.search(text, candidate.end, candidate.end + 300)
    end = after.start() if after else min(len(text), candidate.end + 300)
    own = set(candidate.name.split())
    theirs = set(speaker.split()) - own
    for verb in ANY_VERB.finditer(text, start, end):
        if candidate.start <= verb.start() < candidate.end:
            continue
        claimant = _CLAIMANT.search(text, max(start, verb.start() - 40), verb.start())
        if claimant is not None and claimant.group("who") in theirs:
            return True
    return False


def _open(quote: Quote, model: Model) -> bool:
    """Whether the model may decide this quotation at all: the rules were not sure and no
    threshold of its case is out of reach (the others are not worth listing candidates)."""
    if quote.speaker_sure:
        return False
    if quote.speaker is None:
        return model.fill <= 1.0
    return model.promote <= 1.0 or (model.switch <= 1.0 and not _kept(quote))


def _kept(quote: Quote) -> bool:
    """Whether the rules' unsure pick keeps its doubt whatever the model scores."""
    return _KEEPS_DOUBT.search(quote.speaker_how) is not None or (
        quote.speaker is not None and _INDEFINITE.match(quote.speaker) is not None
    )


_LISTENER = re.compile(r"\b(?:told|tells|telling|to|with)[ \t]+(?:the[ \t]+)?\Z")
"""Words before a mention that make it the one spoken to (`told AFP`, `said to the BBC`)."""
_POSSESSOR = re.compile(r"['’]s?[ \t]+[a-z]")
"""A mention that owns the next words (`Gordon Brown's spokesman`): the owner is not them."""


def _admissible(text: str, candidate: Candidate) -> bool:
    """Whether a candidate may be the speaker at all, whatever its score: a he/she cue
    names a person of that sex or unknown sex, never a body; the one spoken to, a name in parentheses (`VILNIUS (AFP) -`) and the
    owner of a description (at the mention nearest the quotation) are not the speaker.
    The rules' own pick is always admissible: their doubt is the model's to weigh."""
    f = candidate.features
    if "rule" in f:
        return True
    if "q_pronoun_cue" in f and ("is_org" in f or "gender_disagrees" in f):
        return False  # "he" is a person of that sex or of unknown sex
    if candidate.start is None or candidate.end is None:
        return True
    before = text[max(0, candidate.start - 16) : candidate.start]
    return not (
        _LISTENER.search(before)
        or before.endswith("(")
        or _POSSESSOR.match(text, candidate.end, candidate.end + 4)
    )


def rank_speakers(found: RulePass, model: Model | None = None) -> list[Quote]:
    """Every quotation of a rule pass with the speaker the model chooses."""
    if found.dialogue or not found.quotes:
        return found.quotes  # turn-taking fiction: no news-trained model there
    model = model or load_model()
    article: Article | None = None
    ranked = []
    for index, quote in enumerate(found.quotes):
        if _open(quote, model):
            article = read_article(found) if article is None else article
            options = candidates(found, index, article)
            admissible = [c for c in options if _admissible(found.text, c)]
            quote = decide(quote, admissible, model, found.text)
        ranked.append(quote)
    return ranked
