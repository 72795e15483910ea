"""Kept articles out of newsreader: JSON for scripts, Markdown files, one HTML book.

The JSON shape printed by `show --format json` is a contract for scripts, so it is
built in exactly one place.
"""

from __future__ import annotations

import base64
import html
import json
import mimetypes
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsreader.models import Article, Block, Headline, Link, StoredArticle
from newsreader.store.codec import article_to_dict, entity_to_dict, quote_to_dict, to_iso


def headline_to_dict(headline: Headline) -> dict[str, Any]:
    return {
        "id": headline.id,
        "feed_id": headline.feed_id,
        "feed": headline.feed_title,
        "title": headline.title,
        "url": headline.url,
        "author": headline.author,
        "published": to_iso(headline.published),
        "read": headline.read,
        "bookmarked": headline.bookmarked,
        "saved": headline.saved,
    }


def article_to_json_dict(stored: StoredArticle) -> dict[str, Any]:
    """Headline fields plus `text`, `blocks`, `entities`, `quotes` and the article metadata."""
    data = headline_to_dict(stored.headline)
    article = stored.article or Article(title=stored.headline.title)
    extracted = article_to_dict(article)
    data.update(
        {
            "text": article.text,
            "blocks": extracted["blocks"],
            "links": extracted["links"],
            "entities": [entity_to_dict(entity) for entity in stored.entities],
            "quotes": [quote_to_dict(quote) for quote in stored.quotes],
            "site_name": article.site_name,
            "section": article.section,
            "canonical_url": article.canonical_url,
            "image_url": article.image_url,
            "language": article.language,
            "full_text": stored.fulltext_fetched,
        }
    )
    return data


def _yaml_string(value: str) -> str:
    """A double-quoted YAML scalar; json.dumps escapes exactly what YAML needs."""
    return json.dumps(value, ensure_ascii=False)


def entity_names(stored: StoredArticle, limit: int = 20) -> list[str]:
    counts: dict[str, int] = {}
    for entity in stored.entities:
        key = entity.key or entity.text
        counts[key] = counts.get(key, 0) + 1
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))][
        :limit
    ]


def _links_in(block: Block, links: Sequence[Link]) -> list[Link]:
    return [link for link in links if block.start <= link.start and link.end <= block.end]


def _with_links(
    block: Block,
    links: Sequence[Link],
    render: Callable[[str, str], str],
    escape: Callable[[str], str],
) -> str:
    """The block's text with each link inside it rendered by `render(text, url)`."""
    pieces: list[str] = []
    position = block.start
    for link in _links_in(block, links):
        if link.start < position:
            continue
        pieces.append(escape(block.text[position - block.start : link.start - block.start]))
        pieces.append(
            render(block.text[link.start - block.start : link.end - block.start], link.url)
        )
        position = link.end
    pieces.append(escape(block.text[position - block.start :]))
    return "".join(pieces)


def _markdown_link(text: str, url: str) -> str:
    label = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"[{label}](<{url}>)" if " " in url or ")" in url else f"[{label}]({url})"


def block_markdown(
    block: Block, images: Mapping[str, str] | None = None, links: Sequence[Link] = ()
) -> str:
    """One block as Markdown; `images` maps an image URL to the saved copy's relative path,
    `links` are the article's links (those inside this block become Markdown links)."""
    text = block.text
    if links and block.kind != "preformatted":
        text = _with_links(block, links, _markdown_link, lambda piece: piece)
    if block.kind == "heading":
        return "#" * min(max(block.level, 2), 6) + " " + text
    if block.kind == "quote":
        return "\n".join("> " + line for line in text.splitlines() or [""])
    if block.kind == "list_item":
        return "  " * block.level + ("1. " if block.ordered else "- ") + text
    if block.kind == "preformatted":
        fence = "````" if "```" in text else "```"
        return f"{fence}\n{text}\n{fence}"
    if block.kind == "image":
        if not block.url:
            return text
        return f"![{text}]({(images or {}).get(block.url, block.url)})"
    return text


def body_markdown(article: Article, images: Mapping[str, str] | None = None) -> str:
    parts: list[str] = []
    previous: Block | None = None
    for block in article.blocks:
        rendered = block_markdown(block, images, article.links)
        if not rendered:
            continue
        tight = previous is not None and previous.kind == block.kind == "list_item"
        parts.append(("\n" if tight else "\n\n") + rendered if parts else rendered)
        previous = block
    return "".join(parts)


def article_markdown(stored: StoredArticle, images: Mapping[str, str] | None = None) -> str:
    """Markdown with YAML front matter: title, source URL, author, date, feed, entities.

    Args:
        images: image URL -> where the saved copy is, relative to the Markdown file.
    """
    headline = stored.headline
    article = stored.article or Article(title=headline.title)
    front = ["---", f"title: {_yaml_string(headline.title)}"]
    if headline.url:
        front.append(f"source: {_yaml_string(headline.url)}")
    if headline.author or article.author:
        front.append(f"author: {_yaml_string(headline.author or article.author or '')}")
    if headline.published:
        front.append(f"date: {to_iso(headline.published)}")
    if headline.feed_title:
        front.append(f"feed: {_yaml_string(headline.feed_title)}")
    names = entity_names(stored)
    if names:
        front.append("entities:")
        front.extend(f"  - {_yaml_string(name)}" for name in names)
    front.append("---")
    body = body_markdown(article, images) or stored.summary
    return "\n".join(front) + f"\n\n# {headline.title}\n\n{body}\n"


def slug(title: str, article_id: int) -> str:
    words = re.sub(r"[^\w\s-]", "", title.lower(), flags=re.UNICODE)
    stem = re.sub(r"[\s_-]+", "-", words).strip("-")[:60] or "article"
    return f"{article_id:05d}-{stem}"


def export_markdown_folder(
    articles: Iterable[StoredArticle],
    folder: Path,
    images: Mapping[int, Mapping[str, Path]] | None = None,
) -> list[Path]:
    """One Markdown file per article; saved images are copied to `images/` and linked there.

    Args:
        images: article id -> image URL -> saved file, so the export reads offline.
    """
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for stored in articles:
        linked: dict[str, str] = {}
        for url, saved in (images or {}).get(stored.headline.id, {}).items():
            if not saved.is_file():
                continue  # the copy is gone: the remote link is the best we have
            (folder / "images").mkdir(exist_ok=True)
            shutil.copyfile(saved, folder / "images" / saved.name)
            linked[url] = f"images/{saved.name}"
        target = folder / (slug(stored.headline.title, stored.headline.id) + ".md")
        target.write_text(article_markdown(stored, linked), encoding="utf-8")
        written.append(target)
    return written


def html_destination(destination: Path) -> Path:
    """Where the HTML book goes: into a folder that exists, and always ending in `.html`."""
    if destination.is_dir():
        return destination / "newsreader.html"
    if destination.suffix.lower() not in (".html", ".htm"):
        return destination.with_name(destination.name + ".html")
    return destination


_HTML_STYLE = """
body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222;background:#fdfdf8}
h1{font-size:1.6em;line-height:1.25} h2{font-size:1.25em} .meta{color:#666;font-size:.85em}
blockquote{border-left:3px solid #aaa;margin-left:0;padding-left:1em;color:#444}
article{border-bottom:1px solid #ddd;padding-bottom:2em;margin-bottom:2em}
nav li{margin:.2em 0} img{max-width:100%} pre{overflow:auto;background:#f2f2ee;padding:.6em}
@media (prefers-color-scheme: dark){body{background:#1c1c1c;color:#ddd} .meta{color:#999}}
"""


def _image_source(url: str, local: Mapping[str, Path]) -> str:
    """The saved copy inlined as a data: URI (the book reads offline), else the original."""
    path = local.get(url)
    if path is not None:
        try:
            data = path.read_bytes()
        except OSError:
            return url
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"
    return url


def _html_link(text: str, url: str) -> str:
    return f'<a href="{html.escape(url)}">{html.escape(text)}</a>'


def _block_html(
    block: Block, local: Mapping[str, Path] | None = None, links: Sequence[Link] = ()
) -> str:
    text = html.escape(block.text)
    if links and block.kind != "image":
        text = _with_links(block, links, _html_link, html.escape)
    if block.kind == "heading":
        level = min(max(block.level, 2), 6)
        return f"<h{level}>{text}</h{level}>"
    if block.kind == "quote":
        return f"<blockquote><p>{text}</p></blockquote>"
    if block.kind == "list_item":
        return f'<p style="margin-left:{1 + block.level}em">{"•" if not block.ordered else "·"} {text}</p>'
    if block.kind == "preformatted":
        return f"<pre>{text}</pre>"
    if block.kind == "image":
        if not block.url:
            return ""
        source = html.escape(_image_source(block.url, local or {}))
        return f'<figure><img src="{source}" alt="{text}"><figcaption>{text}</figcaption></figure>'
    return f"<p>{text}</p>"


def export_html_book(
    articles: Iterable[StoredArticle],
    title: str = "newsreader library",
    images: Mapping[int, Mapping[str, Path]] | None = None,
) -> str:
    """One self-contained HTML file: a contents list, then every article.

    Args:
        images: article id -> image URL -> saved file; those pictures are inlined, so the
            book shows them with no network.
    """
    items = list(articles)
    contents = "".join(
        f'<li><a href="#a{s.headline.id}">{html.escape(s.headline.title)}</a></li>' for s in items
    )
    bodies: list[str] = []
    for stored in items:
        headline = stored.headline
        article = stored.article or Article(title=headline.title)
        meta = " · ".join(
            html.escape(part)
            for part in (
                headline.feed_title,
                headline.author or article.author or "",
                headline.published.strftime("%d %B %Y") if headline.published else "",
            )
            if part
        )
        link = (
            f' · <a href="{html.escape(headline.url)}">original</a>'
            if headline.url and headline.url.startswith(("http://", "https://"))
            else ""
        )
        local = (images or {}).get(headline.id, {})
        blocks = "\n".join(
            _block_html(block, local, article.links) for block in article.blocks
        ) or (f"<p>{html.escape(stored.summary)}</p>")
        bodies.append(
            f'<article id="a{headline.id}"><h1>{html.escape(headline.title)}</h1>'
            f'<p class="meta">{meta}{link}</p>\n{blocks}</article>'
        )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_HTML_STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
        f"<nav><ol>{contents}</ol></nav>\n" + "\n".join(bodies) + "</body></html>\n"
    )
