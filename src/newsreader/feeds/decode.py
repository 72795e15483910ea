"""Content-Encoding decoders that stop at a size cap instead of inflating a bomb.

httpx's own decoders inflate each network chunk completely, so 64 KB of a gzip bomb can
become ~64 MB in one call before anyone can count it. These decoders produce output in
pieces no larger than the room left under the cap and raise as soon as it is exceeded.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator


class TooLarge(Exception):
    """The decoded body passed the cap."""


class DecodeError(Exception):
    """The body does not match its Content-Encoding."""


class BoundedDecoder:
    """Decode one response body; `feed` returns decoded pieces, `flush` the tail.

    Args:
        encoding: the Content-Encoding header value ("" or "identity" for none).
        limit: largest decoded size allowed, in bytes.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.size = 0
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise DecodeError(f"unsupported Content-Encoding {encoding!r}")
        self.coding = codings[0] if codings else ""
        self._zlib: zlib._Decompress | None = None
        self._brotli: object | None = None
        if self.coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif self.coding == "deflate":
            self._zlib = zlib.decompressobj()
            self._deflate_probe = True
        elif self.coding == "br":
            import brotli  # type: ignore[import-untyped]

            self._brotli = brotli.Decompressor()
        elif self.coding:
            raise DecodeError(f"unsupported Content-Encoding {encoding!r}")

    def _count(self, piece: bytes) -> bytes:
        self.size += len(piece)
        if self.size > self.limit:
            raise TooLarge(f"larger than {self.limit // 1_000_000} MB once decompressed")
        return piece

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode one raw chunk, yielding decoded pieces (raises TooLarge past the cap)."""
        if not self.coding:
            yield self._count(data)
            return
        try:
            if self._zlib is not None:
                yield from self._feed_zlib(data)
            else:
                yield from self._feed_brotli(data)
        except zlib.error as error:
            raise DecodeError(f"body is not valid {self.coding} ({error})") from None

    def _feed_zlib(self, data: bytes) -> Iterator[bytes]:
        assert self._zlib is not None
        pending = data
        while pending:
            room = self.limit - self.size + 1
            try:
                piece = self._zlib.decompress(pending, room)
            except zlib.error:
                if self.coding == "deflate" and getattr(self, "_deflate_probe", False):
                    # Some servers send raw deflate without the zlib header.
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._deflate_probe = False
                    continue
                raise
            self._deflate_probe = False
            yield self._count(piece)
            pending = self._zlib.unconsumed_tail
            if self._zlib.eof:
                return

    def _feed_brotli(self, data: bytes) -> Iterator[bytes]:
        import brotli

        decompressor = self._brotli
        assert decompressor is not None
        try:
            room = self.limit - self.size + 1
            yield self._count(decompressor.process(data, output_buffer_limit=room))  # type: ignore[attr-defined]
            while not decompressor.can_accept_more_data():  # type: ignore[attr-defined]
                room = self.limit - self.size + 1
                yield self._count(decompressor.process(b"", output_buffer_limit=room))  # type: ignore[attr-defined]
        except brotli.error as error:
            raise DecodeError(f"body is not valid brotli ({error})") from None

    def flush(self) -> bytes:
        if self._zlib is not None:
            try:
                return self._count(self._zlib.flush())
            except zlib.error as error:
                raise DecodeError(f"body is not valid {self.coding} ({error})") from None
        return b""
