"""Benchmark the article extractor against trafilatura on the same pages, in one run.

Usage: `python benchmarks/extract.py [--set zyte|readability|plain ...] [--repeat N]
[--verbose] [--only ours|trafilatura] [--half 1|2] [--hash-classes]
[--plain-layout blank|lines|wrapped] [--clock wall|cpu] [--zyte DIR] [--readability DIR]
[--dragnet DIR] [--l3s DIR]`

Three kinds of input are scored, each against trafilatura in the same run:

- `zyte`: ../shared/corpus/extract-dev (the Zyte article-extraction benchmark layout,
  `html/<id>.html.gz` and `ground-truth.json`).
- `readability`: ../shared/corpus/readability-dev (Mozilla Readability's test pages in
  the same layout; their truth is what Readability.js returns).
- `plain`: a plain-text version of every page of both sets, built from the ground truth
  alone (see `plain_variant`): the true body paragraphs joined by blank lines, with the
  clutter lines a copy-paste from a browser brings along (an ADVERTISEMENT line, a menu
  row, an ALL-CAPS section label, share/byline lines, an advertisement line between
  paragraphs, a "Related stories" list of headlines, a cookie bullet, "Read More", a
  copyright line). Every page comes twice: once with a headline line before the body
  (the truth's title or the page's `<title>`, cut at a " | " or " - " site suffix) and
  once without one, so that a first paragraph taken as the title shows as lost recall.
  `leaks` counts texts in which any clutter line survived.

Two held-out sets that nobody here tuned on, kept outside the repo (their licences
allow measuring, not redistributing), each scored as HTML and as plain text:

- `dragnet` (`--dragnet DIR`, default ../ext-data/dragnet): the Dragnet data set
  (seomoz/dragnet_data, 1,381 pages of 2012), `HTML/<id>.html` and
  `Corrected/<id>.html.corrected.txt`. The truth is the hand-copied text before the
  comments marker (`dragnet_truth`); it keeps the headline and often a byline, which no
  body extractor returns. A page without its HTML file is scored as plain text only.
- `l3s` (`--l3s DIR`, default ../ext-data/l3s-gn1): L3S-GN1 (621 Google News articles
  of 2008 from 408 sites), `original/<id>.html` and `annotated/<id>.html`; the truth is
  the text the assessors labelled "full text" (`load_l3s`).

Their plain variants are built like the others; a page gets a headline line only when
its truth or its `<title>` names one.

Three probes of how the figures carry over to pages never seen: `--half 1|2` scores
the first or second half of each set by sorted id (tune on one, check the other);
`--hash-classes` replaces every class and id by a hash, so only structure is left to go
on; `--plain-layout lines|wrapped` lays the plain texts out with single line breaks or
hard-wrapped at 72 columns.

The metric follows extract-dev's README exactly: 4-word shingles over `\\w+` tokens,
per-page precision/recall, precision averaged over non-empty predictions, recall over
all pages, F1 of the two means, accuracy as exact token-sequence equality. Timing is
one core, one process, parse + extract per page, input already decompressed; each
extractor gets N interleaved passes (default 3) and its fastest counts, so that load
from other processes on a shared machine does not decide the speed ratio; `--clock cpu`
times each pass by this process's CPU time instead of the wall clock, which that load
cannot stretch at all (both extractors run in this one process).

Our figure is `Article.text`, the body without image captions (image blocks carry their
caption, and the reader shows it under the picture); a second line shows the same run
with the captions in place, because some ground truth (Readability's) keeps them. trafilatura is called in its precision mode, as the
issue compares against: `trafilatura.extract(html, url=url, include_comments=False,
favor_precision=True)`. trafilatura reads only HTML, so for the plain-text inputs it gets
the text as a page with each blank-line-separated chunk in its own `<p>` (escaped): the
paragraph structure is all a plain text carries, and given the bare text it returns
nothing at all.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html as html_lib
import json
import re
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"\w+")
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_DIRS = {"zyte": CORPUS / "extract-dev", "readability": CORPUS / "readability-dev"}
EXTERNAL = ROOT.parent / "ext-data"
DEFAULT_EXTERNAL = {"dragnet": "dragnet", "l3s": "l3s-gn1"}
"""Held-out sets nobody here tuned on, unpacked outside the repo (their licences forbid
committing them): see `load_dragnet` and `load_l3s`."""


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of contiguous `size`-token sequences (shorter texts: one shingle)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass
class Page:
    """One input: its id, what the extractor gets, the true body, the URL, clutter lines."""

    page_id: str
    source: str
    truth: str
    url: str
    clutter: tuple[str, ...] = ()


@dataclass
class Score:
    """Per-page results for one extractor."""

    name: str
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    exact: int = 0
    empty: int = 0
    leaks: int = 0
    seconds: float = 0.0
    pages: dict[str, tuple[float, float]] = field(default_factory=dict)
    leaked: list[tuple[str, str]] = field(default_factory=list)

    def add(self, page: Page, predicted: str) -> None:
        true_sh, pred_sh = shingles(page.truth), shingles(predicted)
        hits = sum((true_sh & pred_sh).values())
        recall = hits / sum(true_sh.values()) if true_sh else 1.0
        self.recalls.append(recall)
        if pred_sh:
            precision = hits / sum(pred_sh.values())
            self.precisions.append(precision)
        else:
            precision = 0.0
            self.empty += 1
        self.pages[page.page_id] = (precision, recall)
        if _TOKEN.findall(page.truth) == _TOKEN.findall(predicted):
            self.exact += 1
        leaked = _leaked(page.clutter, predicted, page.truth) if page.clutter else None
        if leaked is not None:
            self.leaks += 1
            self.leaked.append((page.page_id, leaked))

    def summary(self, count: int) -> dict[str, float]:
        precision = sum(self.precisions) / len(self.precisions) if self.precisions else 0.0
        recall = sum(self.recalls) / len(self.recalls) if self.recalls else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "accuracy": self.exact / count,
            "empty": self.empty,
            "leaks": self.leaks,
            "pages_per_s": count / self.seconds if self.seconds else 0.0,
        }


def _leaked(clutter: tuple[str, ...], predicted: str, truth: str = "") -> str | None:
    """The first clutter line whose words appear, in order, in the output (unless the
    truth holds them too: a blog's "[Read More]" trackbacks are its own)."""
    words = f" {' '.join(_TOKEN.findall(predicted))} "
    own = f" {' '.join(_TOKEN.findall(truth))} "
    for line in clutter:
        key = f" {' '.join(_TOKEN.findall(line))} "
        if key in words and key not in own:
            return line
    return None


CAPTIONED: dict[str, str] = {}
"""Our body text with image captions in place, by page id (filled during the timed passes).

`Article.text` leaves image captions out (image blocks carry them); the Zyte truth
mostly leaves them out too, Readability's keeps them, so both are shown."""


def ours(kind: str) -> Callable[[Page], str]:
    from newsreader.extract import NotAnArticle, extract_html, extract_text

    def run(page: Page) -> str:
        try:
            if kind == "plain":
                article = extract_text(page.source)
            else:
                article = extract_html(page.source, page.url or None)
        except NotAnArticle:
            return ""
        CAPTIONED[page.page_id] = "\n\n".join(b.text for b in article.blocks if b.text)
        return article.text

    return run


def trafilatura_extractor(kind: str) -> Callable[[Page], str]:
    import trafilatura  # benchmark-only dependency

    def run(page: Page) -> str:
        source = page.source
        if kind == "plain":
            chunks = (c.strip() for c in re.split(r"\n\s*\n", source))
            source = (
                "<html><body>"
                + "".join(f"<p>{html_lib.escape(c)}</p>" for c in chunks if c)
                + "</body></html>"
            )
        return (
            trafilatura.extract(
                source,
                url=page.url or None,
                include_comments=False,
                favor_precision=True,
            )
            or ""
        )

    return run


def load(directory: Path) -> list[Page]:
    """Every page of a corpus folder, decompressed up front."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        raw = gzip.decompress((directory / "html" / f"{page_id}.html.gz").read_bytes())
        url = entry.get("url") or ""
        pages.append(
            Page(
                page_id,
                raw.decode("utf-8", errors="replace"),
                entry["articleBody"],
                "" if url == "None" else url,
                (entry.get("title") or "",),  # kept for the plain variant's headline
            )
        )
    return pages


_COMMENTS_MARKER = re.compile(
    r"^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{2,}COMMENTS[ \t]*$", re.MULTILINE
)
"""Dragnet's line between the article and its comments. It was typed by hand: besides
`!@#$%^&*()  COMMENTS` the files hold `!@ $%^&*()`, `!#@$`, `!!@#`, `  #$%^&*()`, `&*   `,
one or three spaces or a tab before COMMENTS; any run of those symbols and blanks before
COMMENTS on a line of its own counts."""


def dragnet_truth(corrected: str) -> str:
    """The article part of a Dragnet "Corrected" file: everything before the comments
    marker (or the whole file when it has none), blank-line runs squeezed."""
    article = _COMMENTS_MARKER.split(corrected.replace("\r\n", "\n"), maxsplit=1)[0]
    lines = [" ".join(line.split()) for line in article.splitlines()]
    return "\n".join(line for line in lines if line)


def _decode(raw: bytes) -> str:
    """UTF-16 when the file says so with a byte-order mark (five Dragnet truth files
    are saved that way), else UTF-8, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def load_dragnet(directory: Path) -> list[Page]:
    """The Dragnet data set (seomoz/dragnet_data, 2012, AGPL: measure only, never commit):
    `HTML/<id>.html` and `Corrected/<id>.html.corrected.txt`, a hand copy-paste of the
    page's main content with its comments after a marker line (see `dragnet_truth`).

    The truth is the article without comments. It keeps what the person copied: usually
    the headline, often a byline or date line, which no body extractor returns, so the
    recall here has a ceiling below 1 for every extractor alike. A page whose HTML is
    absent gets an empty source: only its plain-text variant can be scored."""
    pages = []
    for path in sorted((directory / "Corrected").glob("*.html.corrected.txt")):
        page_id = path.name.removesuffix(".html.corrected.txt")
        html_path = directory / "HTML" / f"{page_id}.html"
        source = _decode(html_path.read_bytes()) if html_path.exists() else ""
        truth = dragnet_truth(_decode(path.read_bytes()))
        if truth:
            pages.append(Page(page_id, source, truth, "", ("",)))
    return pages


_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "td",
        "th",
        "li",
        "dd",
        "dt",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "body",
        "table",
        "tr",
        "ul",
        "ol",
        "center",
        "font",
        "form",
        "section",
        "article",
    ]
)


def _annotated_text(annotated: str, label: str) -> str:
    """The text an L3S-GN1 assessor marked with `label` (an `x-nc-selN` class).

    Every text node counts once, under the label of its nearest labelled span (spans
    are sometimes nested, an outer one wrapping a whole paragraph); the text nodes of one
    block element make one paragraph, paragraphs go one per line."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(annotated)
    paragraphs: list[str] = []
    last_block: int | None = None
    body = tree.body
    if body is None:
        return ""
    for node in body.traverse(include_text=True):
        if not node.is_text_node:
            continue
        text = " ".join((node.text_content or "").split())
        if not text:
            continue
        owner, block = None, None
        parent = node.parent
        while parent is not None and (owner is None or block is None):
            if owner is None and parent.tag == "span":
                classes = (parent.attributes.get("class") or "").split()
                owner = next((c for c in classes if c.startswith("x-nc-sel")), None)
            if block is None and parent.tag in _BLOCK_TAGS:
                block = parent.mem_id
            if parent.tag in ("script", "style", "noscript"):
                owner = "script"
            parent = parent.parent
        if owner != label:
            continue
        if paragraphs and block == last_block:
            paragraphs[-1] += " " + text
        else:
            paragraphs.append(text)
        last_block = block
    return "\n".join(paragraphs)


def load_l3s(directory: Path) -> list[Page]:
    """The L3S-GN1 set (Kohlschuetter et al., WSDM 2010: 621 Google News articles of 2008
    from 408 sites; research use only: measure, never commit), as `original/<id>.html` and
    `annotated/<id>.html`, the same page with every text block wrapped in a span whose
    class is the assessors' label. The truth is the "full text" label (x-nc-sel2); the
    headline (x-nc-sel1) is kept as the title for the plain variant; supplemental text
    (captions), related links and comments are not body."""
    pages = []
    for path in sorted((directory / "original").glob("*.html")):
        annotated = _decode((directory / "annotated" / path.name).read_bytes())
        truth = _annotated_text(annotated, "x-nc-sel2")
        title = _annotated_text(annotated, "x-nc-sel1").split("\n")[0]
        if truth:
            pages.append(Page(path.stem, _decode(path.read_bytes()), truth, "", (title,)))
    return pages


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+.*$")
_SECTIONS = ("POLITICS", "WORLD", "BUSINESS", "TECHNOLOGY", "SPORT", "CULTURE", "SCIENCE")
_TOP = (
    "ADVERTISEMENT",
    "Skip to main content",
    "Home | News | World | Business | Sport | Culture",
)
_AFTER_TITLE = ("Share this article", "Share on Facebook", "Listen to this article")
_MIDDLE = ("ADVERTISEMENT", "Story continues below advertisement", "Advertisement")
_RELATED = (
    "Storm leaves thousands without power across the region",
    "Markets rally as inflation cools for a third month",
    "City council approves new budget after long debate",
    "What we know about the new transport plan",
)
_TRAILER = (
    "  • We use cookies on our website to give you a better experience, improve "
    "performance, and for analytics. For more information, please see our Cookie Policy "
    "By clicking “Accept” you agree to our use of cookies.",
    "    Read More",
    "© 2024 Example Media. All rights reserved.",
)


def _headline(page: Page, raw_html: str) -> str:
    """The truth's title, else the page's `<title>` without its site suffix."""
    title = page.clutter[0] if page.clutter else ""
    if not title:
        match = _TITLE_TAG.search(raw_html[:200_000])
        title = html_lib.unescape(match.group(1)) if match else ""
    title = " ".join(_SITE_SUFFIX.sub("", " ".join(title.split())).split())
    return title if 3 <= len(title) <= 200 else ""


def plain_variant(page: Page, *, titled: bool) -> Page:
    """A copy-paste-from-the-browser version of a page, built from its ground truth.

    Clutter is chosen per page from small pools by a hash of the page id, so the same
    page always gets the same text. The truth is the body alone: the headline line and
    every clutter line are not part of it.
    """
    pick = int(hashlib.sha256(page.page_id.encode()).hexdigest(), 16)
    paragraphs = [" ".join(line.split()) for line in page.truth.split("\n") if line.strip()]
    clutter: list[str] = []
    lines: list[str] = []
    top = _TOP[pick % len(_TOP)]
    section = _SECTIONS[(pick >> 3) % len(_SECTIONS)]
    lines += [top, section]
    clutter += [top]  # the section label goes to `Article.section`, so it is no leak
    headline = _headline(page, page.source) if titled else ""
    if headline:
        lines.append(headline)
        if pick >> 6 & 1:
            share = _AFTER_TITLE[(pick >> 7) % len(_AFTER_TITLE)]
            lines.append(share)
            clutter.append(share)
    middle_at = len(paragraphs) // 2 if len(paragraphs) >= 4 and pick >> 9 & 1 else -1
    for index, paragraph in enumerate(paragraphs):
        if index == middle_at:
            middle = _MIDDLE[(pick >> 10) % len(_MIDDLE)]
            lines.append(middle)
            clutter.append(middle)
        lines.append(paragraph)
    if pick >> 12 & 1:
        start = (pick >> 13) % len(_RELATED)
        related = [_RELATED[(start + i) % len(_RELATED)] for i in range(3)]
        lines += ["Related stories", *related]
        clutter += related
    lines += list(_TRAILER)
    clutter += [_TRAILER[0].strip(" •"), "Read More", _TRAILER[2]]
    suffix = "titled" if titled else "untitled"
    return Page(
        f"{page.page_id}/{suffix}", "\n\n".join(lines) + "\n", page.truth, "", tuple(clutter)
    )


_CLASS_OR_ID = re.compile(r"""(\s(?:class|id)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


def hash_classes(page: Page) -> Page:
    """The page with every class and id value replaced by a meaningless hash.

    Sites built with CSS-in-JS (`css-15cbhtu`) or minified classes name nothing; this
    shows how much of the score rests on class names ("article-body", "related") and
    how much on structure, which is what carries over to sites never seen.
    """

    def rename(match: re.Match[str]) -> str:
        names = " ".join(
            "c" + hashlib.md5(name.encode()).hexdigest()[:6] for name in match.group(3).split()
        )
        return f"{match.group(1)}{match.group(2)}{names}{match.group(2)}"

    return Page(
        page.page_id, _CLASS_OR_ID.sub(rename, page.source), page.truth, page.url, page.clutter
    )


def half(pages: list[Page], which: int) -> list[Page]:
    """The first (1) or second (2) half of `pages`, already sorted by id."""
    middle = (len(pages) + 1) // 2
    return pages[:middle] if which == 1 else pages[middle:]


def relayout(page: Page, layout: str) -> Page:
    """The same plain text with paragraphs laid out another way (see `--plain-layout`):
    copies from mail, terminals and some browsers break lines differently."""
    if layout == "lines":
        source = re.sub(r"\n\s*\n", "\n", page.source)
    elif layout == "wrapped":
        source = "\n\n".join(textwrap.fill(c, 72) for c in page.source.split("\n\n"))
    else:
        return page
    return Page(page.page_id, source, page.truth, page.url, page.clutter)


CLOCK: Callable[[], float] = time.perf_counter
"""Wall time by default; `--clock cpu` counts this process's CPU time only, which other
processes on a shared machine cannot inflate (both extractors run in this process)."""


def timed_pass(run: Callable[[Page], str], pages: list[Page]) -> tuple[float, list[str]]:
    """One pass over every page: (seconds, outputs)."""
    outputs = []
    started = CLOCK()
    for page in pages:
        outputs.append(run(page))
    return CLOCK() - started, outputs


def score_set(
    label: str, kind: str, pages: list[Page], args: argparse.Namespace
) -> dict[str, dict[str, float]]:
    """Run every extractor over `pages`, print the table, return the summaries."""
    extractors: dict[str, Callable[[str], Callable[[Page], str]]] = {
        "newsreader": ours,
        "trafilatura": trafilatura_extractor,
    }
    if args.only == "ours":
        extractors.pop("trafilatura")
    elif args.only == "trafilatura":
        extractors.pop("newsreader")
    runs = {name: factory(kind) for name, factory in extractors.items()}
    scores = {name: Score(name) for name in runs}
    outputs: dict[str, list[str]] = {}
    CAPTIONED.clear()
    # Interleaved passes, fastest kept: on a shared machine, load that comes and goes
    # must not decide the speed ratio.
    for _ in range(max(args.repeat, 1)):
        for name, run in runs.items():
            seconds, outputs[name] = timed_pass(run, pages)
            best = scores[name].seconds
            scores[name].seconds = seconds if best == 0.0 else min(best, seconds)
    results = {}
    print(f"\n== {label}: {len(pages)} inputs, best of {max(args.repeat, 1)} passes")
    print(
        f"{'extractor':<12} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'empty':>5} "
        f"{'leaks':>5} {'pages/s':>8}"
    )
    for name, score in scores.items():
        for page, predicted in zip(pages, outputs[name], strict=True):
            score.add(page, predicted)
        summary = results[name] = score.summary(len(pages))
        leaks = f"{summary['leaks']:5d}" if kind == "plain" else f"{'-':>5}"
        print(
            f"{name:<12} {summary['precision']:6.3f} {summary['recall']:6.3f} "
            f"{summary['f1']:6.3f} {summary['accuracy']:6.3f} {summary['empty']:5d} "
            f"{leaks} {summary['pages_per_s']:8.1f}"
        )
        if args.verbose:
            for page_id, (p, r) in sorted(score.pages.items(), key=lambda kv: min(kv[1])):
                if min(p, r) < 0.95:
                    print(f"    {page_id[-60:]} P={p:.2f} R={r:.2f}")
            for page_id, line in score.leaked:
                print(f"    leak {page_id[-60:]}: {line[:60]}")
    if "newsreader" in scores and kind != "plain":
        captioned = Score("captions")
        for page in pages:
            captioned.add(page, CAPTIONED.get(page.page_id, ""))
        summary = captioned.summary(len(pages))
        print(
            f"{'(+captions)':<12} {summary['precision']:6.3f} {summary['recall']:6.3f} "
            f"{summary['f1']:6.3f} {summary['accuracy']:6.3f} {summary['empty']:5d}"
            "                 newsreader body with image captions, same run"
        )
    if len(results) == 2 and results["trafilatura"]["pages_per_s"]:
        ratio = results["newsreader"]["pages_per_s"] / results["trafilatura"]["pages_per_s"]
        print(f"speed ratio newsreader/trafilatura: {ratio:.1f}x")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        action="append",
        choices=("zyte", "readability", "plain", "dragnet", "l3s"),
        help="which inputs to score (repeatable; default zyte, readability, plain); "
        "dragnet and l3s are held-out sets scored as HTML and as plain text",
    )
    parser.add_argument("--zyte", type=Path, default=DEFAULT_DIRS["zyte"])
    parser.add_argument("--readability", type=Path, default=DEFAULT_DIRS["readability"])
    parser.add_argument(
        "--dragnet",
        type=Path,
        help="a Dragnet-layout folder (HTML/, Corrected/; default ../ext-data/dragnet); "
        "giving it scores that set",
    )
    parser.add_argument(
        "--l3s",
        type=Path,
        help="an L3S-GN1 folder (original/, annotated/; default ../ext-data/l3s-gn1); "
        "giving it scores that set",
    )
    parser.add_argument("--verbose", action="store_true", help="per-page P/R, worst first")
    parser.add_argument("--only", choices=("ours", "trafilatura"))
    parser.add_argument(
        "--half",
        type=int,
        choices=(1, 2),
        help="score only the first or second half of each set (by sorted page id): a "
        "change tuned on one half can be checked on the other",
    )
    parser.add_argument(
        "--plain-layout",
        choices=("blank", "lines", "wrapped"),
        default="blank",
        help="how the plain texts separate paragraphs: blank lines (default), single "
        "line breaks, or blank lines with every paragraph hard-wrapped at 72 columns",
    )
    parser.add_argument(
        "--hash-classes",
        action="store_true",
        help="replace every class and id value by a hash before extraction (both "
        "extractors): how much rests on class names rather than structure",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed passes per extractor, interleaved; the fastest counts (default 3)",
    )
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="time passes by the wall clock (default) or by this process's CPU time, "
        "which load from other processes does not change",
    )
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    given = [name for name in ("dragnet", "l3s") if getattr(args, name) is not None]
    chosen = args.set or (given or ["zyte", "readability", "plain"])
    chosen += [name for name in given if name not in chosen]
    for name in ("dragnet", "l3s"):
        setattr(args, name, getattr(args, name) or EXTERNAL / DEFAULT_EXTERNAL[name])
    loaders: dict[str, Callable[[Path], list[Page]]] = {
        "zyte": load,
        "readability": load,
        "dragnet": load_dragnet,
        "l3s": load_l3s,
    }
    # `plain` means the plain variants of both development sets, as before; a held-out
    # set always brings its own.
    names = [n for n in loaders if n in chosen or ("plain" in chosen and n in DEFAULT_DIRS)]
    corpora = {name: loaders[name](getattr(args, name)) for name in names}
    if args.half:
        corpora = {name: half(pages, args.half) for name, pages in corpora.items()}
    if args.hash_classes:
        corpora = {name: [hash_classes(p) for p in pages] for name, pages in corpora.items()}
    for name, pages in corpora.items():
        with_html = [page for page in pages if page.source]
        if name in chosen and with_html:
            score_set(f"{name} ({getattr(args, name)})", "html", with_html, args)
    for name, pages in corpora.items():
        if name in ("zyte", "readability") and "plain" not in chosen:
            continue
        variants = [
            relayout(plain_variant(p, titled=t), args.plain_layout)
            for p in pages
            for t in (True, False)
            if not t or name in DEFAULT_DIRS or _headline(p, p.source)
        ]
        titled = sum(v.page_id.endswith("/titled") for v in variants)
        score_set(
            f"plain text of {name} pages ({titled} with a headline line, "
            f"{len(variants) - titled} without, {args.plain_layout} layout)",
            "plain",
            variants,
            args,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
