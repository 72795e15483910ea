"""Cleaning and analysing articles that refresh stored raw.

Refresh keeps only what the feed said (sanitised), so 500 feeds refresh in network time;
this pass turns those entries into cleaned, analysed articles. The CLI runs it right
after `refresh`; the app can run it in a thread worker, and `analyse_stored` does one
article on demand when it is opened first.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from newsreader.config import Settings
from newsreader.models import Article, Entity, ParsedEntry, Quote, StoredArticle
from newsreader.pipeline.process import sanitize_article
from newsreader.store import EncodedAnalysis, PendingArticle, Store

log = logging.getLogger(__name__)


WINDOW = 256
"""Articles read, analysed and written per transaction: a crash or Ctrl-C loses at most this."""
CHUNK = 16
"""Articles sent to a worker process at once (amortises pickling round trips)."""
POOL_THRESHOLD = 300
"""Below this many articles one process is faster than starting workers (~0.3 s each)."""


@dataclass(frozen=True, slots=True)
class _Failed:
    article_id: int
    error: str


def _understand_material(material: PendingArticle, backend: str) -> EncodedAnalysis:
    """Clean (unless a cleaned copy exists), analyse and encode one raw article.

    Pure CPU, no store: this is what worker processes run. The result is already in its
    stored form, so the writer only runs SQL.
    """
    article, entities, quotes = _clean_and_analyse(material.article, material.entry, backend)
    return EncodedAnalysis.encode(material.article_id, article, entities, quotes)


def _clean_and_analyse(
    article: Article | None, entry: ParsedEntry, backend: str
) -> tuple[Article, list[Entity], list[Quote]]:
    """Analyse the cleaned copy when there is one (a saved copy, or an article analysed by an
    older method), else clean the feed's entry first."""
    from newsreader.understand import analyse, clean_entry

    if article is None:
        article = clean_entry(entry) or Article(title=entry.title)
    article = sanitize_article(article)
    entities, quotes = analyse(article, backend)
    return article, entities, quotes


def _understand_chunk(
    chunk: Sequence[PendingArticle], backend: str
) -> list[EncodedAnalysis | _Failed]:
    """One worker task; a failing article costs itself, not its neighbours."""
    results: list[EncodedAnalysis | _Failed] = []
    for material in chunk:
        try:
            results.append(_understand_material(material, backend))
        except Exception as error:
            results.append(_Failed(material.article_id, repr(error)))
    return results


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops between two windows."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_count(pending: int) -> int:
    """One worker per usable core, but none for a backlog too small to pay for them, nor
    on a machine already running twice as many busy processes as it has cores: workers
    then mostly take turns with this process. (On 2 cores, 17,268 articles: 2 workers
    2,062/s against 1,666/s in one process at load 2; no better than one process at load 4.)"""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    if pending < POOL_THRESHOLD or cores < 2:
        return 0
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): assume idle cores
        busy = 0.0
    if busy >= 2 * cores:
        return 0
    return min(cores, 8)


_WORKER_MODULES = ["newsreader.pipeline.backlog", "newsreader.understand", "newsreader.extract"]
"""Imported once by the fork server, so each worker starts with them loaded."""


def _start_method() -> multiprocessing.context.BaseContext:
    """`forkserver` where the platform has it, else `spawn`; never plain `fork`.

    Forking the app itself would copy its threads' locks mid-use. The fork server is a
    fresh process started once, that imports the extractor and analyser up front: workers
    forked from it start in milliseconds instead of re-importing everything (spawn).
    """
    method = os.environ.get("NEWSREADER_POOL_START")
    if method not in ("spawn", "forkserver"):
        method = (
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        )
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(_WORKER_MODULES)
    return context


@contextmanager
def _main_script_hidden() -> Iterator[None]:
    """Start worker processes without re-running the program's main script in them.

    spawn and forkserver workers run the parent's `__main__` file again (so that anything
    defined there can be unpickled). A script without an `if __name__ == "__main__"` guard
    (some installers write console scripts like that) would then run the whole command
    once more in every worker: a second `newsreader refresh`. Nothing the workers run
    lives in `__main__`, so they start as if launched from an interactive session.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or path is None:
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _start_pool(workers: int) -> ProcessPoolExecutor | None:
    """Worker processes (see `_start_method`), or None to analyse in this process."""
    if workers < 1:
        return None
    try:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=_start_method(), initializer=_ignore_interrupts
        )
    except (OSError, ValueError, NotImplementedError) as error:  # no semaphores, no /dev/shm
        log.info("analysing in one process: no worker processes (%r)", error)
        return None


def understand_one(store: Store, article_id: int, backend: str) -> StoredArticle:
    """Clean and analyse one stored article unless done; failures leave it pending."""
    stored = store.get_article(article_id)
    if stored.analysed:
        return stored
    headline = stored.headline
    entry = ParsedEntry(
        guid=stored.guid,
        url=headline.url,
        title=headline.title,
        author=headline.author,
        published=headline.published,
        summary=stored.summary,
        content=stored.content,
    )
    article, entities, quotes = _clean_and_analyse(stored.article, entry, backend)
    # `set_extracted` also brings a saved copy of this very article along.
    store.set_extracted(article_id, article, entities, quotes, stored.fulltext_fetched)
    return store.get_article(article_id)


def understand_pending_sync(
    store: Store,
    settings: Settings,
    feed_ids: Sequence[int] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    *,
    workers: int | None = None,
) -> int:
    """Clean and analyse every article refresh left raw; returns how many were done.

    A first refresh of 500 feeds leaves ~17,000 articles: the CPU work is spread over one
    worker process per core while this process reads material and writes results, one
    transaction per window of articles. An interrupted pass keeps every window it wrote;
    an article opened meanwhile keeps the analysis its opening stored.

    Args:
        workers: worker processes; None picks by core count and backlog size, 0 is inline.
    """
    pending = store.unanalysed_articles(feed_ids)
    if not pending:
        return 0
    backend = settings.entity_backend
    pool = _start_pool(_worker_count(len(pending)) if workers is None else workers)
    windows = [pending[i : i + WINDOW] for i in range(0, len(pending), WINDOW)]
    done = failures = seen = 0
    Submitted = list[Future[list[EncodedAnalysis | _Failed]]]

    def give_up_pool(error: BaseException) -> None:
        """A worker died (killed, out of memory, or a script without a __main__ guard
        re-run by spawn): finish in this process rather than fail."""
        nonlocal pool
        if pool is not None:  # the windows already submitted fail the same way
            log.warning("analysis workers stopped (%r); going on in one process", error)
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None

    def submit(window: Sequence[int]) -> Submitted | None:
        if pool is None:
            return None  # analysed inline when collected
        material = store.pending_material(window)
        try:
            with _main_script_hidden():  # workers start on submit
                return [
                    pool.submit(_understand_chunk, material[i : i + CHUNK], backend)
                    for i in range(0, len(material), CHUNK)
                ]
        except (BrokenProcessPool, OSError, RuntimeError) as error:
            # Replacing a dead worker can fail too (its pipes are gone, or shut down).
            give_up_pool(error)
            return None

    def collect(
        window: Sequence[int], submitted: Submitted | None
    ) -> list[EncodedAnalysis | _Failed]:
        if submitted is not None:
            try:
                return [outcome for future in submitted for outcome in future.result()]
            except BrokenProcessPool as error:
                give_up_pool(error)
        return _understand_chunk(store.pending_material(window), backend)

    try:
        # Two windows in flight: workers analyse the next while this process writes one.
        in_flight = deque([submit(windows[0])])
        for index, window in enumerate(windows):
            if index + 1 < len(windows):
                in_flight.append(submit(windows[index + 1]))
            outcomes = collect(window, in_flight.popleft())
            analysed = [o for o in outcomes if isinstance(o, EncodedAnalysis)]
            for failed in (o for o in outcomes if isinstance(o, _Failed)):
                failures += 1
                if failures <= 3:
                    log.warning("analysing article %s failed: %s", failed.article_id, failed.error)
            done += store.set_encoded_many(analysed)
            seen += len(window)
            if on_progress is not None:
                on_progress(seen, len(pending))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return done


async def understand_pending(
    store: Store,
    settings: Settings,
    feed_ids: Sequence[int] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """`understand_pending_sync` in a thread (keeps the event loop free)."""
    return await asyncio.to_thread(understand_pending_sync, store, settings, feed_ids, on_progress)


async def analyse_stored(
    store: Store, article_id: int, *, settings: Settings | None = None
) -> StoredArticle:
    """Clean and analyse an article stored raw, on first open; cached after."""
    backend = (settings or Settings()).entity_backend
    return await asyncio.to_thread(understand_one, store, article_id, backend)
