"""HTML or plain text to a structured, clutter-free `Article`.

Public API: `extract_document` for raw bytes of any kind, `extract_html` and
`extract_text` for known input, `to_markdown`/`to_plain` to render the result, `extract_all_text` for a page the
reader wants to see although it was refused, and
`NotAnArticle`, the only exception any of them raises.
"""

from __future__ import annotations

from newsreader.extract.document import extract_document
from newsreader.extract.errors import NotAnArticle
from newsreader.extract.fallback import extract_all_text
from newsreader.extract.html import extract_html
from newsreader.extract.render import to_markdown, to_plain
from newsreader.extract.text import extract_text, find_dateline

__all__ = [
    "NotAnArticle",
    "extract_all_text",
    "extract_document",
    "extract_html",
    "extract_text",
    "find_dateline",
    "to_markdown",
    "to_plain",
]
