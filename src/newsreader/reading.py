"""Reading something that is not (yet) in a feed: a URL, a file, standard input.

`newsreader extract` prints the cleaned article; `newsreader read` keeps it in the
"Read later" list and opens it. Both load sources the same way, here.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.config import Settings
from newsreader.models import Article
from newsreader.store import Store

if TYPE_CHECKING:
    import httpx

MAX_FILE_BYTES = 50 * 1024 * 1024
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"


class SourceError(Exception):
    """A source that cannot be read or is not an article; the message says which."""


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


async def _fetch(
    url: str, transport: httpx.AsyncBaseTransport | None
) -> tuple[bytes, str | None, str]:
    from newsreader.feeds.fetch import FetchError, fetch_url, make_client

    try:
        async with make_client(transport=transport) as client:
            response = await fetch_url(client, url, accept=PAGE_ACCEPT)
    except FetchError as error:
        raise SourceError(f"cannot fetch {url}: {error}") from None
    return response.content, response.content_type, response.url


def _read_file(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if not source.strip():
        raise SourceError("no file or address given")  # Path("") is the current folder
    path = Path(source).expanduser()
    try:
        if path.is_dir():
            raise SourceError(f"{source} is a folder, not an article file")
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SourceError(f"no such file: {source}") from None
    except OSError as error:
        raise SourceError(f"cannot read {source}: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(f"{source} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return _gunzip(data, source)


def _gunzip(data: bytes, source: str) -> bytes:
    """A gzipped page (`page.html.gz`, as wget and archives keep them), decompressed.

    Recognised by its magic bytes, not its name; capped like any file, so a small bomb
    cannot fill memory.
    """
    if not data.startswith(b"\x1f\x8b"):
        return data
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise SourceError(f"{source} looks gzipped but cannot be decompressed ({error})") from None
    if len(unpacked) > MAX_FILE_BYTES:
        raise SourceError(f"{source} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB unpacked")
    return unpacked


def load_source(
    source: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    fallback: bool = False,
) -> tuple[Article, str | None]:
    """Clean the article at `source` (http(s) URL, file path, or `-` for stdin).

    Returns the article and the URL it came from (None for files). With `fallback`, a
    page that is not an article comes back as all its text after a note saying why.

    Raises:
        SourceError: unreadable source, or not an article (and no text to fall back on).
    """
    from newsreader.extract import NotAnArticle, extract_all_text, extract_document

    url: str | None = None
    content_type: str | None = None
    if is_url(source):
        data, content_type, url = asyncio.run(_fetch(source, transport))
    elif "://" in source:
        raise SourceError(f"only http(s) URLs can be read, not {source}")
    else:
        data = _read_file(source)
    try:
        return extract_document(data, content_type=content_type, url=url), url
    except NotAnArticle as error:
        if not fallback:
            raise SourceError(f"{source}: {error}") from None
        reason = str(error)
    try:
        return extract_all_text(data, reason=reason, content_type=content_type, url=url), url
    except NotAnArticle as error:
        raise SourceError(f"{source}: {error}") from None


def load_target(
    store: Store,
    settings: Settings,
    target: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> int:
    """Resolve what `newsreader read TARGET` names into a stored article id.

    A stored article id opens as it is; a URL or file is cleaned, analysed and kept in
    "Read later" so it can be bookmarked and saved like any other article. A page that
    is not an article opens too, as all its text after a note saying why.
    """
    from newsreader.understand import understand

    if target.isdigit():
        return store.get_headline(int(target)).id
    article, url = load_source(target, transport=transport, fallback=True)
    understood = understand(article, settings.entity_backend)
    # A page saved to a file still names where it lives: `o` and `S` can use that.
    url = url or article.canonical_url
    return store.add_read_later(url, article, understood.entities, understood.quotes)
