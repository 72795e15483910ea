"""Library benchmark: a store of 100,000 articles — size, search latency, view paging, memory.

    python benchmarks/library.py [--articles 100000] [--words 450]

Synthetic articles of realistic length (Zipf-distributed vocabulary, names, places) are
written through the real `Store.store_entries` path in batches of one feed's worth. The
reference in the same run is a plain `LIKE '%word%'` scan over the same table, which is
what a store without FTS5 would have to do.
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsreader.models import Article, Block, Entity, ParsedEntry
from newsreader.store import ArticleFilter, IncomingArticle, Store

NAMES = [
    "Antony Blinken",
    "Wang Yi",
    "Ursula von der Leyen",
    "Olaf Scholz",
    "Emmanuel Macron",
    "Narendra Modi",
    "Luiz Inácio Lula da Silva",
    "Cyril Ramaphosa",
    "Fumio Kishida",
    "Anna Berglund",
]
PLACES = [
    "Beijing",
    "Washington",
    "Brussels",
    "Berlin",
    "Paris",
    "New Delhi",
    "Brasília",
    "Tokyo",
    "Nairobi",
    "Lima",
]
ORGS = [
    "State Department",
    "European Commission",
    "United Nations",
    "World Bank",
    "NATO",
    "Reuters",
]
COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "on",
    "was",
    "with",
    "he",
    "it",
    "as",
    "at",
    "by",
    "said",
    "from",
    "his",
    "an",
    "be",
    "has",
    "have",
    "are",
    "but",
    "not",
    "were",
    "they",
    "which",
    "this",
    "had",
    "their",
    "will",
    "its",
    "would",
    "been",
    "who",
    "more",
    "one",
    "after",
    "also",
    "new",
    "than",
    "two",
    "first",
    "year",
    "government",
    "people",
    "about",
    "over",
    "could",
    "last",
    "there",
    "percent",
    "time",
    "some",
    "into",
    "minister",
    "officials",
    "country",
    "week",
    "told",
    "report",
    "market",
    "police",
    "president",
    "election",
    "talks",
    "trade",
    "security",
    "economy",
    "plans",
    "support",
    "health",
    "workers",
    "city",
    "court",
    "prices",
    "energy",
    "climate",
    "war",
    "peace",
    "deal",
    "leaders",
    "military",
    "company",
    "bank",
    "billion",
]


FIRST = [
    "Anna",
    "Johan",
    "Maria",
    "Pierre",
    "Claire",
    "Wang",
    "Li",
    "Amir",
    "Fatima",
    "Kofi",
    "Ana",
    "Luis",
    "Olga",
    "Ivan",
    "Sara",
    "Tom",
    "Mei",
    "Ravi",
    "Priya",
    "Hans",
]
LAST = [
    "Berglund",
    "Ekdahl",
    "Dubois",
    "Moreau",
    "Chen",
    "Zhang",
    "Haddad",
    "Mensah",
    "Silva",
    "Costa",
    "Petrova",
    "Ivanov",
    "Cohen",
    "Park",
    "Tanaka",
    "Sharma",
    "Patel",
    "Müller",
    "Novak",
    "Kowalski",
    "Rossi",
    "Okafor",
    "Nguyen",
    "Garcia",
    "Smith",
    "Jones",
    "Brown",
]


def _names(rng: random.Random, count: int) -> list[str]:
    """A pool of people: each article names a few, so a name matches a small share of the store."""
    return sorted(
        {
            f"{rng.choice(FIRST)} {rng.choice(LAST)}{rng.choice(['', 'son', 'sen', 'ova', 'er'])}"
            for _ in range(count)
        }
    )


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghilmnoprstuvw"
    rare = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(20000)}
    return COMMON + sorted(rare)


def _text(
    rng: random.Random, vocabulary: list[str], cumulative: list[float], words: int, cast: list[str]
) -> str:
    paragraphs: list[str] = []
    remaining = words
    while remaining > 0:
        sentences: list[str] = []
        for _ in range(rng.randint(2, 4)):
            length = rng.randint(12, 28)
            chosen = rng.choices(vocabulary, cum_weights=cumulative, k=length)
            if rng.random() < 0.5:
                chosen.insert(rng.randrange(length), rng.choice(cast))
            if rng.random() < 0.4:
                chosen.insert(rng.randrange(length), "in " + rng.choice(PLACES))
            if rng.random() < 0.2:
                chosen.insert(rng.randrange(length), rng.choice(ORGS))
            sentence = " ".join(chosen)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
            remaining -= length
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def build(store: Store, articles: int, words: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(vocabulary))]
    cumulative = list(itertools.accumulate(weights))
    people = _names(rng, 3000) + NAMES
    feeds = [store.add_feed(f"https://feeds.example/{n}.xml", f"Feed {n}") for n in range(100)]
    start = time.perf_counter()
    now = datetime(2026, 11, 1, tzinfo=UTC)
    per_feed = articles // len(feeds)
    for index, feed in enumerate(feeds):
        batch: list[IncomingArticle] = []
        for n in range(per_feed):
            cast = rng.sample(people, 3)
            body = _text(rng, vocabulary, cumulative, words, cast)
            article = Article.from_blocks([Block("paragraph", p) for p in body.split("\n\n")])
            title = " ".join(rng.choices(vocabulary, cum_weights=cumulative, k=8)).capitalize()
            name = cast[0]
            entry = ParsedEntry(
                guid=f"{index}-{n}",
                url=f"https://news.example/{index}/{n}",
                title=title,
                published=now - timedelta(minutes=rng.randint(0, 60 * 24 * 90)),
                summary=body[:200],
            )
            entities = [Entity(0, len(name), name, "person", name)]
            batch.append(IncomingArticle(entry, article, entities, ()))
        store.store_entries(feed.id, batch)
        if index % 10 == 9:
            print(f"  … {per_feed * (index + 1):,} articles", file=sys.stderr)
    return time.perf_counter() - start


def _timed(function, repeat: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument(
        "--words", type=int, default=450, help="words per article (news median ~450-700)"
    )
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.db"
        store = Store(path)
        print(f"building {args.articles:,} articles of ~{args.words} words …", file=sys.stderr)
        build_seconds = build(store, args.articles, args.words)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in Path(folder).iterdir())

        rng = random.Random(11)
        vocabulary = _vocabulary(random.Random(7))
        people = _names(random.Random(99), 3000) + NAMES
        kinds = {
            "common word": lambda: rng.choice(COMMON[40:]),
            "surname": lambda: rng.choice(people).split()[-1],
            "full name": lambda: rng.choice(people),
            "place": lambda: rng.choice(PLACES),
            "word + place": lambda: f"{rng.choice(COMMON[40:])} {rng.choice(PLACES)}",
            "typed prefix": lambda: rng.choice(vocabulary[len(COMMON) :])[:5],
        }
        labelled = [
            (kind, make())
            for kind, make in (rng.choice(list(kinds.items())) for _ in range(args.queries))
        ]
        queries = [query for _, query in labelled]
        by_kind: dict[str, list[float]] = {}
        search_times = []
        for kind, query in labelled:
            elapsed = _timed(lambda q=query: store.search(q, limit=50))[0]
            search_times.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
        filtered_times = [
            _timed(lambda q=query: store.search(q, ArticleFilter(unread=True), limit=50))[0]
            for query in queries[:30]
        ]
        like_times = [
            t
            for q in queries[:10]
            for t in _timed(
                lambda q=q: store._read(
                    "SELECT id FROM articles WHERE title LIKE ? OR text LIKE ?",
                    (f"%{q}%", f"%{q}%"),
                )
            )
        ]
        views = {
            "all": ArticleFilter(),
            "unread": ArticleFilter(unread=True),
            "one feed": ArticleFilter(feed_id=1),
            "bookmarked": ArticleFilter(bookmarked=True),
            "saved": ArticleFilter(saved=True),
            "mentioning": ArticleFilter(mentioning=people[0]),
        }
        for article_id in range(1, args.articles, 97):
            store.bookmark(article_id)
        view_times = {
            name: statistics.median(_timed(lambda v=view: store.list_headlines(v, limit=100), 5))
            for name, view in views.items()
        }
        full_list = statistics.median(_timed(lambda: store.list_headlines(ArticleFilter()), 3))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        store.close()

    print(f"articles                 {args.articles:,} (~{args.words} words each)")
    print(
        f"build time               {build_seconds:.1f} s ({args.articles / build_seconds:,.0f} articles/s)"
    )
    print(
        f"database size            {size / 1e6:,.1f} MB ({size / args.articles / 1024:.1f} KiB/article)"
    )
    print(
        f"search (FTS5, bm25)      median {statistics.median(search_times) * 1000:.1f} ms, "
        f"p95 {percentile(search_times, 0.95) * 1000:.1f} ms over {len(queries)} queries"
    )
    for kind, times in sorted(by_kind.items()):
        print(
            f"  {kind:<22} median {statistics.median(times) * 1000:.1f} ms ({len(times)} queries)"
        )
    print(
        f"search, unread filter    median {statistics.median(filtered_times) * 1000:.1f} ms, "
        f"p95 {percentile(filtered_times, 0.95) * 1000:.1f} ms over {len(filtered_times)} queries"
    )
    like_median = statistics.median(like_times)
    print(
        f"reference LIKE full scan median {like_median * 1000:.0f} ms over 10 queries "
        f"(FTS is {like_median / statistics.median(search_times):,.0f}x faster)"
    )
    for name, seconds in view_times.items():
        print(f"first page, {name:<12} {seconds * 1000:.1f} ms")
    print(f"whole list, all (virtual list load) {full_list * 1000:.0f} ms")
    print(f"peak memory (RSS)        {peak:.0f} MB")


if __name__ == "__main__":
    main()
