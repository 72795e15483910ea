"""Worst-case input: nothing crashes, hangs or grows faster than the input.

Usage: `python benchmarks/worst_case.py [--only NAME ...] [--scale F] [--skip-fuzz]
[--skip-scaling] [--fuzz-rounds N] [--timeout S] [--seed N]`

Two parts, both in one run, on one core:

1. **Scaling.** Each adversarial input is generated at a size S and at 2S and run
   through the stage it attacks (`extract_html`, `extract_text`, `find_entities`,
   `find_quotes`, `analyse`). Beside it runs a reference of the same size built from
   ordinary news text (the founding example's body, repeated, with its paragraphs and
   punctuation). Printed per case: tokens/s at 2S, the time ratio 2S/S (linear is 2.0;
   above 2.5 is flagged SUPERLINEAR), and the case's time over the reference's at 2S
   (how much slower than normal text of that size). Every case runs in a forked child
   with a timeout, so a hang is reported as TIMEOUT instead of stopping the run.
2. **Fuzzing.** Every page of ../shared/corpus/extract-dev and readability-dev and the
   founding example go through `extract_document` + `analyse` as they are, randomly
   truncated and with random byte mutations (seeded). Checked: nothing but
   `NotAnArticle` escapes, no C0/C1 control character or ESC survives in any string of
   the article, entity or quote, and the time per page (printed: median, worst, worst
   per KB) stays bounded.

Timing is noisy on a shared machine: each figure is the best of two runs, and what
matters are the ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import multiprocessing
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsreader.analysis import analyse, find_entities, find_quotes  # noqa: E402
from newsreader.extract import (  # noqa: E402
    NotAnArticle,
    extract_all_text,
    extract_document,
    extract_html,
    extract_text,
)
from newsreader.models import Article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "tests" / "data" / "seed-article.txt"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (ESC among them) but tab and newline, and bidi overrides."""
SUPERLINEAR = 2.5

# ---------------------------------------------------------------- generators


def _reference_paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 60]


_PARAGRAPHS = _reference_paragraphs()


def _fill(size: int, piece: Callable[[int], str], sep: str = "") -> str:
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        chunk = piece(i)
        out.append(chunk)
        total += len(chunk) + len(sep)
        i += 1
    return sep.join(out)[:size]


def ref_text(size: int) -> str:
    """Normal news prose: the founding example's paragraphs, repeated."""
    return _fill(size, lambda i: _PARAGRAPHS[i % len(_PARAGRAPHS)], "\n\n")


def ref_html(size: int) -> str:
    """A normal page: head, nav, an article of the reference paragraphs, a footer."""
    head = (
        "<html><head><title>Blinken to visit China</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Blinken</h1>"
    )
    tail = "</article><footer>© News</footer></body></html>"
    body = _fill(
        size - len(head) - len(tail), lambda i: f"<p>{_PARAGRAPHS[i % len(_PARAGRAPHS)]}</p>"
    )
    return head + body + tail


_WORDS = [
    "the",
    "council",
    "said",
    "water",
    "prices",
    "would",
    "rise",
    "again",
    "next",
    "year",
    "while",
    "residents",
    "asked",
    "for",
    "a",
    "delay",
    "and",
    "officials",
    "promised",
    "a",
    "review",
    "of",
    "the",
    "budget",
    "before",
    "winter",
]


def no_punctuation(size: int) -> str:
    rng = random.Random(1)
    return _fill(size, lambda i: rng.choice(_WORDS) + " ")


def single_paragraph(size: int) -> str:
    return ref_text(size).replace("\n\n", " ")


def _quote_soup(marks: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        rng = random.Random(2)

        def piece(i: int) -> str:
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 6)))
            said = rng.choice(["", " said Maria Lopez,", " he said.", " Tom Reyes told Fox News"])
            return rng.choice(marks) + words + said + " "

        return _fill(size, piece)

    return make


straight_quotes = _quote_soup("\"'")
curly_quotes = _quote_soup("“”‘’")
mixed_quotes = _quote_soup(
    ["“", "”", "‘", "’", "«", "»", "‹", "›", "’’", "''", "``", '"', "„", "‚", "「", "」"]
)  # type: ignore[arg-type]


def nested_quotes(size: int) -> str:
    opens = ["“", "‘", "«", "''", "‹", '"']
    closes = ["”", "’", "»", "’’", "›", '"']
    depth = 50
    unit = "".join(f"{opens[i % 6]}he said " for i in range(depth))
    unit += "".join(f"{closes[i % 6]} Lopez said " for i in reversed(range(depth)))
    return _fill(size, lambda i: unit + ("\n\n" if i % 3 == 2 else " "))


def quotes_and_verbs(size: int) -> str:
    """`"word said Lopez "word said Lopez …`: quotations among reporting verbs, no full stop."""
    return _fill(size, lambda i: f'"word {i} said Lopez ')


def verbs_only(size: int) -> str:
    return _fill(
        size, lambda i: ["said ", "told ", "Lopez said ", "according to ", "saying "][i % 5]
    )


def punctuation_runs(size: int) -> str:
    return _fill(size, lambda i: "It was" + "." * 5000 + "x " + "!?" * 2000 + " and… ")


def capitalised_run(size: int) -> str:
    rng = random.Random(3)
    names = [
        "Maria",
        "Lopez",
        "State",
        "Department",
        "Of",
        "Congo",
        "River",
        "Inner",
        "Mongolia",
        "Fan",
        "Public",
        "Prosecution",
        "Said",
        "New",
        "York",
    ]
    return _fill(size, lambda i: rng.choice(names) + " ")


def capitalised_sentences(size: int) -> str:
    """Title Case Everywhere, With Punctuation, Like A Headline Page."""
    return ref_text(size).title()


def all_caps(size: int) -> str:
    return ref_text(size).upper()


def control_chars(size: int) -> str:
    rng = random.Random(4)
    controls = [chr(c) for c in range(0, 32) if c not in (9, 10)] + [
        chr(c) for c in range(0x7F, 0xA0)
    ]
    marks = [
        *controls,
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u202e",
        "\u2066",
        "\ufeff",
        "\x1b[31m",
        "\x1b]0;pwned\x07",
        "\x9b2J",
    ]
    base = ref_text(size)
    out = []
    for i in range(0, len(base), 7):
        out.append(base[i : i + 7])
        out.append(rng.choice(marks))
    return "".join(out)[:size]


def scripts_mix(size: int) -> str:
    pieces = [
        "“Wir sind überrascht”, sagte Ministerin Müller. ",
        "习近平主席在北京会见了布林肯。“我们希望合作，”他说。 ",
        "قال وزير الخارجية ”نحن ملتزمون بالسلام“ في مؤتمر صحفي. ",
        "東京で岸田首相は「経済を立て直す」と述べた。 ",
        "Emoji 🇺🇸🇨🇳 👩‍👩‍👧‍👦 said “🙂 fine” 🔥🔥 ",
        "\u202eReversed text\u202c and שלום עולם said the official. ",
    ]
    return _fill(size, lambda i: pieces[i % len(pieces)] + ("\n\n" if i % 4 == 3 else ""))


def long_word(size: int) -> str:
    return "x" * size


def many_newlines(size: int) -> str:
    return _fill(size, lambda i: "\n" if i % 50 else "Word.\n")


# HTML
def html_page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


def nested_divs(size: int) -> str:
    """Stacks of divs nested 2,000 deep (50,000 divs at 2S = 1 MB), text at every level."""
    divs = max(size // 20, 2000)
    stacks = []
    for _s in range(max(divs // 2000, 1)):
        opened = "".join(f"<div class='c{d % 7}'>Level {d} text." for d in range(2000))
        stacks.append(opened + "</div>" * 2000)
    return html_page("".join(stacks) + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS))


def many_links(size: int) -> str:
    body = _fill(
        size,
        lambda i: f"<p>See <a href='/story/{i}'>story number {i} about the council</a>, more.</p>",
    )
    return html_page(f"<article>{body}</article>")


def huge_table(size: int) -> str:
    row = lambda i: "<tr>" + "".join(f"<td>cell {i}-{j} value</td>" for j in range(10)) + "</tr>"  # noqa: E731
    return html_page("<article><h1>Table</h1><table>" + _fill(size, row) + "</table></article>")


def br_only(size: int) -> str:
    return html_page(
        _fill(size, lambda i: _PARAGRAPHS[i % len(_PARAGRAPHS)][:80] + "<br>" * (1 + i % 3))
    )


def br_bare(size: int) -> str:
    return html_page("<br>" * (size // 4))


def scripts_styles(size: int) -> str:
    def piece(i: int) -> str:
        if i % 3 == 0:
            return f"<script>var x{i} = '<p>not text</p>'; if (a < b) {{ document.write('LEAK'); }}</script>"
        if i % 3 == 1:
            return f"<style>.c{i} {{ color: red; }} p::before {{ content: 'LEAK'; }}</style>"
        return f"<p>{_PARAGRAPHS[i % len(_PARAGRAPHS)]}</p>"

    return html_page("<article>" + _fill(size, piece) + "</article>")


def html_of_text(make: Callable[[int], str]) -> Callable[[int], str]:
    """The same hostile text as an article page: paragraphs of it in <p>s."""

    def page(size: int) -> str:
        text = make(size)
        parts = text.split("\n\n") if "\n\n" in text else [text]
        return html_page("<article>" + "".join(f"<p>{p}</p>" for p in parts) + "</article>")

    return page


def unclosed_tags(size: int) -> str:
    return html_page(
        _fill(size, lambda i: f"<p><b><i><span><a href='#{i}'>{_WORDS[i % len(_WORDS)]} ")
    )


def many_attributes(size: int) -> str:
    attrs = " ".join(f"data-a{i}='{'x' * 20}'" for i in range(200))
    return html_page(
        _fill(
            size,
            lambda i: f"<p {attrs} class='story text body'>{_PARAGRAPHS[i % len(_PARAGRAPHS)]}</p>",
        )
    )


# ---------------------------------------------------------------- stages


def st_extract_html(data: str) -> int:
    try:
        article = extract_html(data)
    except NotAnArticle:
        return len(_TOKEN.findall(data))
    return len(_TOKEN.findall(article.text))


def st_extract_text(data: str) -> int:
    with contextlib.suppress(NotAnArticle):
        extract_text(data)
    return len(_TOKEN.findall(data))


def st_entities(data: str) -> int:
    find_entities(data)
    return len(_TOKEN.findall(data))


def st_quotes(data: str) -> int:
    find_quotes(data)
    return len(_TOKEN.findall(data))


def st_analyse(data: str) -> int:
    analyse(data)
    return len(_TOKEN.findall(data))


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[int], str]
    stage: Callable[[str], int]
    size: int  # bytes at S; also run at 2S
    reference: Callable[[int], str]


K = 1000
TEXT_CASES: list[tuple[str, Callable[[int], str], int]] = [
    ("no punctuation", no_punctuation, 1000 * K),
    ("single paragraph", single_paragraph, 200 * K),
    ("straight quotes", straight_quotes, 100 * K),
    ("curly quotes", curly_quotes, 100 * K),
    ("mixed quote marks", mixed_quotes, 100 * K),
    ("nested quotes", nested_quotes, 100 * K),
    ("quotes among verbs", quotes_and_verbs, 100 * K),
    ("reporting verbs only", verbs_only, 100 * K),
    ("punctuation runs", punctuation_runs, 100 * K),
    ("Capitalised run", capitalised_run, 100 * K),
    ("Title Case text", capitalised_sentences, 100 * K),
    ("ALL CAPS text", all_caps, 100 * K),
    ("control/bidi/zero-width", control_chars, 100 * K),
    ("emoji CJK Arabic", scripts_mix, 100 * K),
    ("one 100 KB word", long_word, 100 * K),
    ("blank lines", many_newlines, 100 * K),
]
HTML_CASES: list[tuple[str, Callable[[int], str], int]] = [
    ("50,000 divs 2,000 deep", nested_divs, 500 * K),
    ("10,000 links", many_links, 500 * K),
    ("huge table", huge_table, 500 * K),
    ("<br>-only text", br_only, 500 * K),
    ("<br> and nothing else", br_bare, 500 * K),
    ("script/style blocks", scripts_styles, 500 * K),
    ("unclosed inline tags", unclosed_tags, 500 * K),
    ("200 attributes per <p>", many_attributes, 500 * K),
    ("html: no punctuation", html_of_text(no_punctuation), 500 * K),
    ("html: single paragraph", html_of_text(single_paragraph), 200 * K),
    ("html: mixed quote marks", html_of_text(mixed_quotes), 200 * K),
    ("html: ALL CAPS", html_of_text(all_caps), 200 * K),
    ("html: control/bidi", html_of_text(control_chars), 200 * K),
    ("html: emoji CJK Arabic", html_of_text(scripts_mix), 200 * K),
]


def build_cases(scale: float) -> list[Case]:
    cases: list[Case] = []
    for name, make, size in TEXT_CASES:
        size = int(size * scale)
        cases.append(Case(f"{name} | extract_text", make, st_extract_text, size, ref_text))
        cases.append(Case(f"{name} | find_entities", make, st_entities, size, ref_text))
        cases.append(Case(f"{name} | find_quotes", make, st_quotes, size, ref_text))
        cases.append(Case(f"{name} | analyse", make, st_analyse, size, ref_text))
    for name, make, size in HTML_CASES:
        cases.append(
            Case(f"{name} | extract_html", make, st_extract_html, int(size * scale), ref_html)
        )
    return cases


# ---------------------------------------------------------------- running


def _child(conn: Any, make: Callable[[int], str], stage: Callable[[str], int], size: int) -> None:
    try:
        data = make(size)
        best = float("inf")
        tokens = 0
        for _ in range(2):
            fresh = (data + " ")[:-1]  # a new object: no cache keyed on the text helps
            start = time.perf_counter()
            tokens = stage(fresh)
            best = min(best, time.perf_counter() - start)
            if best > 5:  # slow enough that noise does not matter
                break
        conn.send(("ok", best, tokens))
    except BaseException as error:  # report, the parent prints it
        conn.send(("error", f"{type(error).__name__}: {str(error)[:120]}", 0))


def timed(
    make: Callable[[int], str], stage: Callable[[str], int], size: int, timeout: float
) -> tuple[str, float, int]:
    """Run `stage(make(size))` in a forked child; ("ok"|"error"|"timeout", seconds|message, tokens)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, make, stage, size))
    process.start()
    child.close()
    if parent.poll(timeout):
        result = parent.recv()
        process.join()
        return result  # type: ignore[no-any-return]
    process.kill()
    process.join()
    return ("timeout", timeout, 0)


def run_scaling(cases: list[Case], timeout: float) -> list[str]:
    bugs: list[str] = []
    print(f"{'case | stage':52} {'size 2S':>8} {'tokens/s':>10} {'2S/S':>6} {'vs ref':>7}")
    ref_cache: dict[tuple[str, int], tuple[str, float, int]] = {}
    for case in cases:
        results = []
        for size in (case.size, 2 * case.size):
            results.append(timed(case.make, case.stage, size, timeout))
        key = (case.stage.__name__ + case.reference.__name__, 2 * case.size)
        if key not in ref_cache:
            ref_cache[key] = timed(case.reference, case.stage, 2 * case.size, timeout)
        ref = ref_cache[key]
        label = f"{case.name:52} {2 * case.size / 1e6:7.2f}M"
        bad = [r for r in results if r[0] != "ok"]
        if bad:
            status, what, _ = bad[0]
            print(f"{label} {status.upper()}: {what}")
            bugs.append(f"{case.name}: {status} {what}")
            continue
        (_, t1, _), (_, t2, tokens) = results
        ratio = t2 / max(t1, 1e-4)
        versus = t2 / max(ref[1], 1e-4) if ref[0] == "ok" else float("nan")
        flag = ""
        if ratio > SUPERLINEAR and t2 > 0.05:
            flag = "  SUPERLINEAR"
            bugs.append(
                f"{case.name}: time x{ratio:.1f} at twice the size ({t1:.2f}s -> {t2:.2f}s)"
            )
        print(
            f"{label} {tokens / max(t2, 1e-6):10,.0f} {ratio:6.2f} {versus:7.2f}{flag}   ({t2:.3f}s)"
        )
        sys.stdout.flush()
    return bugs


# ---------------------------------------------------------------- fuzzing


def corpus_pages() -> list[tuple[str, bytes]]:
    pages = []
    for name in ("extract-dev", "readability-dev"):
        for path in sorted((CORPUS / name / "html").glob("*.html.gz")):
            pages.append((f"{name}/{path.name[:12]}", gzip.decompress(path.read_bytes())))
    pages.append(("founding example", SEED.read_bytes()))
    return pages


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Truncate, flip, insert and delete bytes, and splice in hostile snippets."""
    buf = bytearray(data)
    if rng.random() < 0.5 and len(buf) > 10:
        del buf[rng.randrange(len(buf)) :]
    snippets = [
        b"\x1b[2J",
        b"\x1b]52;c;ZXZpbA==\x07",
        b"\x9b31m",
        b"&#x1b;[31m",
        b"&#x9b;",
        b"\xff\xfe",
        b"<div>" * 500,
        b"<!--",
        b"<script>",
        b"\xe2\x80\xae",
        b"\x00",
        b'"',
        b"\xe2\x80\x9c",
        b"&#0;",
    ]
    for _ in range(rng.randint(1, 40)):
        if not buf:
            break
        at = rng.randrange(len(buf))
        action = rng.random()
        if action < 0.4:
            buf[at] = rng.randrange(256)
        elif action < 0.6:
            del buf[at : at + rng.randint(1, 200)]
        else:
            buf[at:at] = rng.choice(snippets)
    return bytes(buf)


def _strings(article: Article, entities: list[Any], quotes: list[Any]) -> list[str]:
    values = [
        article.title,
        article.author,
        article.site_name,
        article.section,
        article.canonical_url,
        article.image_url,
        article.language,
        article.dateline,
        article.text,
    ]
    values += [b.text for b in article.blocks] + [b.url for b in article.blocks]
    values += [e.text for e in entities] + [getattr(e, "label", "") for e in entities]
    values += [q.text for q in quotes] + [q.speaker for q in quotes]
    return [v for v in values if isinstance(v, str) and v]


def _fuzz_one(data: bytes) -> tuple[str, float]:
    start = time.perf_counter()
    status = "ok"
    try:
        article = extract_document(data, content_type=None)
    except NotAnArticle as refusal:
        # what `newsreader read` shows instead: every readable block, with a note
        status = "refused"
        try:
            article = extract_all_text(data, reason=str(refusal))
        except NotAnArticle:
            return (status, time.perf_counter() - start)
    entities, quotes = analyse(article.text) if article.text else ([], [])
    elapsed = time.perf_counter() - start
    for value in _strings(article, list(entities), list(quotes)):
        found = _CONTROL.search(value)
        if found:
            return (
                f"control char {found.group()!r} in {value[max(found.start() - 20, 0) : found.end() + 20]!r}",
                elapsed,
            )
    return (status, elapsed)


def _fuzz_child(conn: Any, inputs: list[tuple[str, bytes]]) -> None:
    for label, data in inputs:
        try:
            status, elapsed = _fuzz_one(data)
        except BaseException as error:
            status, elapsed = f"{type(error).__name__}: {str(error)[:160]}", 0.0
        conn.send((label, len(data), status, elapsed))
    conn.send(None)


def run_fuzz(rounds: int, seed: int, timeout: float) -> list[str]:
    rng = random.Random(seed)
    inputs: list[tuple[str, bytes]] = []
    for label, data in corpus_pages():
        inputs.append((f"{label} as is", data))
        for r in range(rounds):
            inputs.append((f"{label} mutation {r}", mutate(data, rng)))
    bugs: list[str] = []
    times: list[tuple[float, float, str]] = []
    refused = refused_as_is = 0
    context = multiprocessing.get_context("fork")
    position = 0
    while position < len(inputs):
        parent, child = context.Pipe(duplex=False)
        process = context.Process(target=_fuzz_child, args=(child, inputs[position:]))
        process.start()
        child.close()
        while True:
            if not parent.poll(timeout):
                label = inputs[position][0]
                bugs.append(f"{label}: TIMEOUT after {timeout:.0f}s")
                process.kill()
                position += 1
                break
            try:
                message = parent.recv()
            except EOFError:  # the child died (a crash in C code)
                bugs.append(f"{inputs[position][0]}: the process died (exit {process.exitcode})")
                position += 1
                break
            if message is None:
                position = len(inputs)
                break
            label, size, status, elapsed = message
            position += 1
            if status == "refused":
                refused += 1
                refused_as_is += label.endswith(" as is")
            elif status != "ok":
                bugs.append(f"{label}: {status}")
            times.append((elapsed, elapsed / max(size / 1000, 1), label))
        process.join()
    secs = sorted(t[0] for t in times)
    per_kb = sorted(times, key=lambda t: t[1])
    worst = max(times)
    print(
        f"{len(inputs)} inputs ({len(inputs) // (rounds + 1)} pages x (as is + {rounds} mutations)), "
        f"{refused} refused as not an article ({refused_as_is} of them unmutated pages; "
        "those went through the fallback that shows all their text)"
    )
    print(
        f"time per page: median {statistics.median(secs) * 1000:.0f} ms, 95th "
        f"{secs[int(len(secs) * 0.95)] * 1000:.0f} ms, worst {worst[0] * 1000:.0f} ms ({worst[2]})"
    )
    print(
        f"time per KB: median {statistics.median(t[1] for t in times) * 1000:.2f} ms, "
        f"worst {per_kb[-1][1] * 1000:.2f} ms ({per_kb[-1][2]})"
    )
    return bugs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="cases whose name contains one of these")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size S")
    parser.add_argument("--skip-fuzz", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--fuzz-rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    bugs: list[str] = []
    if not args.skip_scaling:
        cases = build_cases(args.scale)
        if args.only:
            cases = [c for c in cases if any(o.lower() in c.name.lower() for o in args.only)]
        print(
            f"== scaling: each case at S and 2S; 2S/S above {SUPERLINEAR} is superlinear; "
            "'vs ref' = time / normal news text of the same size"
        )
        bugs += run_scaling(cases, args.timeout)
    if not args.skip_fuzz:
        print(
            f"\n== fuzzing: corpus pages + founding example, truncated and mutated (seed {args.seed})"
        )
        bugs += run_fuzz(args.fuzz_rounds, args.seed, args.timeout)
    print(f"\n== {len(bugs)} problem(s)")
    for bug in bugs:
        print(f"  - {bug}")
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
