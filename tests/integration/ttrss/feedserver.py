#!/usr/bin/env python3
"""Tiny HTTP server used as TT-RSS's _HTTP_PROXY.

TT-RSS refuses to fetch loopback hosts and non-80/443 ports, so feeds are
subscribed as http://feeds.test/NAME.xml and every fetch is sent to this
proxy on 127.0.0.1. The host part is ignored; NAME.xml is served from the
feed directory. No Last-Modified/ETag, so every update refetches.
"""

import os
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else ".")


class H(BaseHTTPRequestHandler):
    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path  # works for absolute-form too
        rel = os.path.normpath(urllib.parse.unquote(path)).lstrip("/")
        full = os.path.join(ROOT, rel)
        if rel.startswith("..") or not os.path.isfile(full):
            self.send_error(404)
            return
        with open(full, "rb") as f:
            body = f.read()
        ctype = (
            "application/rss+xml"
            if full.endswith((".xml", ".rss"))
            else "application/atom+xml"
            if full.endswith(".atom")
            else "application/octet-stream"
        )
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def do_CONNECT(self):  # no https tunnelling: nothing leaves this box
        self.send_error(501)

    def log_request(self, code="-", size="-"):
        sys.stderr.write(f"feedserver: {self.requestline} -> {code}\n")
        sys.stderr.flush()

    def log_error(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
