"""Raw bytes of unknown kind to an `Article`: sniff, decode, dispatch.

Fetchers hand over whatever the server sent. PDFs and binaries are refused with a
readable reason instead of being decoded into mojibake "articles".
"""

from __future__ import annotations

from newsreader.extract.encoding import decode, sniff_kind
from newsreader.extract.errors import NotAnArticle
from newsreader.extract.html import extract_html
from newsreader.extract.text import extract_text
from newsreader.models import Article


def extract_document(
    data: bytes, *, content_type: str | None = None, url: str | None = None
) -> Article:
    """Extract the article from a fetched document.

    Args:
        data: the response body.
        content_type: the HTTP Content-Type header; its charset beats the page's own.
        url: where the document came from.

    Raises:
        NotAnArticle: PDF, binary, a feed, JSON, empty, or a page without an article.
    """
    try:
        if not data or not data.strip():
            raise NotAnArticle("the document is empty")
        kind = sniff_kind(data, content_type)
        if kind == "pdf":
            raise NotAnArticle("this is a PDF document, not a web page")
        if kind == "binary":
            raise NotAnArticle("this is binary data, not a web page")
        if kind == "feed":
            raise NotAnArticle("this is a news feed (RSS/Atom), not an article; subscribe to it")
        if kind == "data":
            raise NotAnArticle("this is JSON data, not a web page")
        text = decode(data, content_type)
    except NotAnArticle:
        raise
    except Exception as error:  # the contract: nothing but NotAnArticle escapes
        raise NotAnArticle(f"could not read this document ({type(error).__name__})") from error
    if kind == "html":
        return extract_html(text, url)
    return extract_text(text)
