"""Start, drive and stop a throw-away Tiny Tiny RSS server (start.sh) for tests and benchmarks.

Each server gets free ports and its own run folder under /tmp (readable by the
`postgres` user start.sh runs PostgreSQL and PHP as when we are root), and a copy of
start.sh/feedserver.py there, so a checkout in a private folder works too.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGES = ("/usr/share/tt-rss/www/api/index.php", "/usr/bin/php")


def missing_packages() -> str | None:
    """Why the server cannot start here, or None when it can."""
    for path in PACKAGES:
        if not Path(path).exists():
            return f"{path} is missing"
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        return "PostgreSQL's initdb is missing"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TtrssServer:
    """One server: `start()`, `stop()`, `resume()`, `update()`, feeds and raw API calls."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="newsreader-ttrss-"))
        self.root.chmod(0o755)
        self.base = self.root / "bin"
        self.base.mkdir()
        for name in ("start.sh", "feedserver.py"):
            shutil.copy(HERE / name, self.base / name)
        self.base.chmod(0o755)
        self.run_dir = self.root / "run"
        self.port = free_port()
        self.env = {
            **os.environ,
            "TTRSS_BASE": str(self.base),
            "TTRSS_RUN": str(self.run_dir),
            "TTRSS_PORT": str(self.port),
            "TTRSS_PG_PORT": str(free_port()),
            "TTRSS_FEED_PORT": str(free_port()),
        }
        self.url = f"http://127.0.0.1:{self.port}/"
        self._sid: str | None = None

    def _script(self, action: str, timeout: float = 120) -> None:
        done = subprocess.run(
            ["bash", str(self.base / "start.sh"), action],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(f"start.sh {action} failed: {(done.stdout + done.stderr)[-2000:]}")

    def start(self) -> None:
        self._script("start")
        self._sid = None

    def stop(self) -> None:
        self._script("stop")

    def resume(self) -> None:
        self._script("resume")
        self._sid = None

    def update(self) -> None:
        """Run TT-RSS's feed updater once (fetches every feed through feedserver.py)."""
        self._script("update", timeout=600)

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def write_feed(self, name: str, items: list[tuple[int, str]], body: str = "") -> str:
        """Serve an RSS feed at http://feeds.test/NAME.xml; returns that URL."""
        entries = "".join(
            f"<item><title>{title}</title><link>http://feeds.test/{name}/{number}</link>"
            f'<guid isPermaLink="false">{name}-{number}</guid>'
            f"<description>&lt;p&gt;{body or 'Body of ' + title}&lt;/p&gt;</description>"
            f"<pubDate>Mon, {1 + number % 28:02d} Jan 2024 10:00:00 +0000</pubDate></item>"
            for number, title in items
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Feed {name}</title><link>http://feeds.test/{name}/</link>"
            f"<description>test feed</description>{entries}</channel></rss>"
        )
        path = self.run_dir / "feeds" / f"{name}.xml"
        path.write_text(xml, encoding="utf-8")
        path.chmod(0o644)
        return f"http://feeds.test/{name}.xml"

    def api(self, op: str, **params: Any) -> Any:
        """A call as "another client" (admin/password); returns `content`."""
        if self._sid is None and op != "login":
            self._sid = self.api("login", user="admin", password="password")["session_id"]
        body = {"op": op, **params}
        if op != "login":
            body["sid"] = self._sid
        request = urllib.request.Request(
            self.url + "api/",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=60) as response:
            reply = json.loads(response.read().decode())
        if reply["status"] != 0:
            raise RuntimeError(f"{op}: {reply['content']}")
        return reply["content"]

    def headlines(self, feed_id: int = -4) -> dict[int, dict[str, Any]]:
        rows = self.api("getHeadlines", feed_id=feed_id, limit=200, show_content=False)
        return {int(row["id"]): row for row in rows}
