"""The one exception the extractor lets escape.

Callers (the pipeline, the CLI) need to tell "this page is not an article" apart from a
bug; every other failure inside the extractor is caught and turned into this.
"""

from __future__ import annotations


class NotAnArticle(Exception):
    """The input is not a readable article: a listing, a login wall, a PDF, or empty.

    The message is meant for people ("looks like a home page: 84% of the text is links").
    """
