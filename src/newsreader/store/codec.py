"""Converting domain objects to and from the JSON and ISO strings kept in SQLite.

JSON output of the CLI uses the same functions, so the stored shape and the printed
shape cannot drift apart.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from newsreader.models import (
    ANALYSIS_VERSION,
    STALE_SPEAKER_CONFIDENCE,
    Article,
    Block,
    Entity,
    Link,
    Quote,
)


def to_iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC; naive datetimes are taken to be UTC already."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def block_to_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": block.kind, "text": block.text}
    if block.level:
        data["level"] = block.level
    if block.ordered:
        data["ordered"] = True
    if block.url:
        data["url"] = block.url
    data["start"] = block.start
    data["end"] = block.end
    return data


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "author": article.author,
        "published": to_iso(article.published),
        "site_name": article.site_name,
        "section": article.section,
        "canonical_url": article.canonical_url,
        "image_url": article.image_url,
        "language": article.language,
        "dateline": article.dateline,
        "blocks": [block_to_dict(block) for block in article.blocks],
        "text": article.text,
        "links": [
            {"text": link.text, "url": link.url, "start": link.start, "end": link.end}
            for link in article.links
        ],
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    blocks = tuple(
        Block(
            kind=item["kind"],
            text=item.get("text", ""),
            level=int(item.get("level", 0)),
            ordered=bool(item.get("ordered", False)),
            url=item.get("url"),
            start=int(item.get("start", 0)),
            end=int(item.get("end", 0)),
        )
        for item in data.get("blocks", [])
    )
    return Article(
        title=data.get("title") or "",
        author=data.get("author"),
        published=from_iso(data.get("published")),
        site_name=data.get("site_name"),
        section=data.get("section"),
        canonical_url=data.get("canonical_url"),
        image_url=data.get("image_url"),
        language=data.get("language"),
        dateline=data.get("dateline"),
        blocks=blocks,
        text=data.get("text") or "",
        links=tuple(
            Link(str(item["text"]), str(item["url"]), int(item["start"]), int(item["end"]))
            for item in data.get("links") or ()
            if isinstance(item, dict) and {"text", "url", "start", "end"} <= item.keys()
        ),
    )


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": entity.text,
        "kind": entity.kind,
        "start": entity.start,
        "end": entity.end,
        "key": entity.key or entity.text,
    }
    if entity.reference:
        data["reference"] = True  # written only when set: older readers ignore it
    return data


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "start": quote.start,
        "end": quote.end,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "speaker_confidence": quote.speaker_confidence,
        "speaker_sure": quote.speaker_sure,
    }


def analysis_to_json(
    entities: tuple[Entity, ...] | list[Entity], quotes: tuple[Quote, ...] | list[Quote]
) -> str:
    return json.dumps(
        {
            "version": ANALYSIS_VERSION,  # first, so a prefix says it (`CURRENT_ANALYSIS`)
            "entities": [entity_to_dict(entity) for entity in entities],
            "quotes": [quote_to_dict(quote) for quote in quotes],
        },
        ensure_ascii=False,
    )


CURRENT_ANALYSIS = f'{{"version": {ANALYSIS_VERSION},'
"""How stored analysis JSON by the current method starts (a cheap test in SQL)."""


def analysis_version(value: str | None) -> int:
    """The method version of a stored analysis: 0 when there is none, 1 before versions."""
    if not value:
        return 0
    if value.startswith(CURRENT_ANALYSIS):
        return ANALYSIS_VERSION
    version = json.loads(value).get("version", 1)
    return version if isinstance(version, int) else 1


def analysis_from_json(value: str | None) -> tuple[tuple[Entity, ...], tuple[Quote, ...]]:
    """Entities and quotes of a stored analysis; a speaker found by an older method reads
    as unsure (`STALE_SPEAKER_CONFIDENCE` at most) until the article is analysed again."""
    if not value:
        return (), ()
    data = json.loads(value)
    version = data.get("version", 1)
    stale = not isinstance(version, int) or version < ANALYSIS_VERSION
    entities = tuple(
        Entity(
            start=item["start"],
            end=item["end"],
            text=item["text"],
            kind=item["kind"],
            key=item.get("key", ""),
            reference=bool(item.get("reference", False)),
        )
        for item in data.get("entities", [])
    )
    quotes = tuple(
        Quote(
            start=item["start"],
            end=item["end"],
            text=item["text"],
            speaker=item.get("speaker"),
            speaker_start=item.get("speaker_start"),
            speaker_end=item.get("speaker_end"),
            speaker_confidence=_confidence(item, stale),
        )
        for item in data.get("quotes", [])
    )
    return entities, quotes


def _confidence(item: dict[str, Any], stale: bool) -> float:
    confidence = float(item.get("speaker_confidence", 1.0))
    return min(confidence, STALE_SPEAKER_CONFIDENCE) if stale else confidence


def article_to_json(article: Article) -> str:
    """Compact stored form: `text` is left out when the blocks rebuild it exactly.

    The body text would otherwise be kept twice per article (blocks and text), which is
    most of the database on a large store.
    """
    data = article_to_dict(article)
    rebuilt = Article.from_blocks(article.blocks)
    if rebuilt.text == article.text and rebuilt.blocks == article.blocks:
        del data["text"]
    if not data["links"]:
        del data["links"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def article_from_json(value: str | None) -> Article | None:
    if not value:
        return None
    data = json.loads(value)
    if "text" not in data:
        data["text"] = Article.from_blocks(article_from_dict(data).blocks).text
    return article_from_dict(data)
