"""Sync benchmark against a real Tiny Tiny RSS server (tests/integration/ttrss/start.sh).

    .venv/bin/python benchmarks/sync.py                 # 5,000 articles (10 feeds x 500)
    .venv/bin/python benchmarks/sync.py --feeds 4 --items 250

Starts a fresh server on free ports, serves N generated feeds through its feed proxy and
runs its updater once, so the server holds the articles the way it would in use. Then,
each `newsreader` run pinned to one core (taskset) in a child process:

1. `sync` into a fresh data folder: the whole pull, cleaned and analysed (wall time);
2. `sync` again with nothing new (the no-op every refresh pays);
3. two devices: A marks 100 read and 10 starred and syncs; B syncs and gets them.

References in the same run: pulling the same pages with a bare HTTP loop (no store, no
parsing of ours), the floor any client pays to this server; and `newsreader feeds` on the
synced folder, the floor of any command (interpreter start, imports, opening the store).
Targets (issue 13): 5,000 articles < 30 s on one core; a no-op sync < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration" / "ttrss"))

from harness import TtrssServer, missing_packages  # noqa: E402

PARAGRAPHS = [
    "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on {day} to discuss "
    "the budget of the European Union, officials said.",
    '"We have agreed on the main points," Merkel told reporters after the meeting, adding '
    "that the finance ministers would meet again in Brussels next month.",
    "The International Monetary Fund said in a statement that growth in the euro area would "
    "slow to {n}.{m} percent, citing weaker exports to China and the United States.",
    "Critics in the Bundestag, including members of the Green Party, said the plan did too "
    "little for climate investment and warned of cuts to regional programmes.",
]


def feed_body(number: int) -> str:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    text = "".join(
        f"&lt;p&gt;{p.format(day=days[number % 5], n=number % 3, m=number % 10)}&lt;/p&gt;"
        for p in PARAGRAPHS
    )
    return text.replace('"', "&amp;quot;")


def pinned() -> list[str]:
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", "0"]
    return []


def newsreader(device: Path, *args: str) -> tuple[float, str]:
    command = [*pinned(), sys.executable, "-m", "newsreader.cli", *args, "--data-dir", str(device)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return elapsed, done.stdout


def bare_pull(server: TtrssServer) -> tuple[float, int]:
    """Every article page with content, over a plain HTTP loop: the network floor."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(op: str, **params: object) -> object:
        request = urllib.request.Request(
            server.url + "api/",
            data=json.dumps({"op": op, **params}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with opener.open(request, timeout=120) as response:
            return json.loads(response.read())["content"]

    started = time.perf_counter()
    sid = call("login", user="admin", password="password")["session_id"]  # type: ignore[index]
    total = offset = 0
    while True:
        rows = call("getHeadlines", sid=sid, feed_id=-4, limit=200, skip=offset, show_content=True)
        assert isinstance(rows, list)
        total += len(rows)
        offset += len(rows)
        if len(rows) < 200:
            break
    return time.perf_counter() - started, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--items", type=int, default=500, help="articles per feed")
    args = parser.parse_args()
    reason = missing_packages()
    if reason:
        sys.exit(
            f"TT-RSS is not installed ({reason}): bash tests/integration/ttrss/start.sh install"
        )
    server = TtrssServer()
    work = Path(tempfile.mkdtemp(prefix="newsreader-sync-bench-"))
    try:
        server.start()
        for feed in range(args.feeds):
            name = f"bench{feed}"
            url = server.write_feed(
                name, [(i, f"{name} story {i}") for i in range(args.items)], body=feed_body(feed)
            )
            server.api("subscribeToFeed", feed_url=url)
        started = time.perf_counter()
        server.update()
        expected = args.feeds * args.items
        print(f"server: {expected} articles in {args.feeds} feeds "
              f"(TT-RSS updater {time.perf_counter() - started:.1f} s)")  # fmt: skip

        floor, pulled = bare_pull(server)
        print(f"reference: bare HTTP pull of {pulled} articles with content: {floor:.2f} s")

        a, b = work / "a", work / "b"
        for device in (a, b):
            newsreader(device, "account", "add", "ttrss", server.url, "--user", "admin",
                       "--password-command", "echo password")  # fmt: skip
        wall, out = newsreader(a, "sync", "--json")
        result = json.loads(out)
        print(
            f"sync into a fresh data folder: {result['new_articles']} articles cleaned, analysed "
            f"and stored in {wall:.2f} s wall, one core (sync {result['elapsed_s']:.2f} s = "
            f"{result['elapsed_s'] / floor:.1f}x the bare pull); target < 30 s"
        )
        startup, _ = newsreader(a, "feeds")
        print(
            f"reference: `newsreader feeds` on that folder (any command's floor): {startup:.2f} s"
        )
        wall, out = newsreader(a, "sync", "--json")
        result = json.loads(out)
        print(
            f"no-op sync: {wall:.2f} s wall for the whole command "
            f"(sync itself {result['elapsed_s']:.2f} s); target < 1 s"
        )

        listing = json.loads(newsreader(a, "articles", "--limit", "200", "--json")[1])
        ids = [str(r["id"]) for r in listing if "feeds.test" in (r["url"] or "")][:100]
        newsreader(a, "mark-read", *ids)
        newsreader(a, "bookmark", *ids[:10])
        wall, out = newsreader(a, "sync", "--json")
        pushed = json.loads(out)["marks_pushed"]
        newsreader(b, "sync")  # B's first pull
        wall_b, _ = newsreader(b, "sync", "--json")
        starred = json.loads(newsreader(b, "articles", "--bookmarked", "--json")[1])
        print(
            f"two devices: A pushed {pushed} marks in {wall:.2f} s; "
            f"B holds {len([s for s in starred if 'feeds.test' in (s['url'] or '')])} starred, "
            f"its next sync {wall_b:.2f} s"
        )
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
