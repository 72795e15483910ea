"""Refresh benchmark: our refresh against the local feed farm, then newsboat on the same farm.

    .venv/bin/python benchmarks/refresh.py                      # 500 feeds, 100 ms, 20-way
    .venv/bin/python benchmarks/refresh.py --feeds 100 --no-newsboat

Starts /work/shared/feedfarm/feedfarm.py (or --farm PATH) on a free port, pinned to one
core, and runs each client pinned to another (taskset, when there are two cores). Our
refresh runs in a child process so its peak RSS is ours alone: a cold refresh into a fresh
data directory, a warm one (every feed answers 304), then the clean+analyse backlog pass
that refresh defers. Also parses a 100,000-item feed in a child and reports its memory.
Prints wall times, counts, peak memory and ratios to the latency floor
ceil(N / concurrency) * latency, and to newsboat when it is installed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FARM = Path("/work/shared/feedfarm/feedfarm.py")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def pinned(core: int) -> list[str]:
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", str(core)]
    return []


def start_farm(farm: Path, feeds: int, latency_ms: int, port: int) -> subprocess.Popen[bytes]:
    command = [
        *pinned(1),
        sys.executable,
        str(farm),
        "--feeds",
        str(feeds),
        "--latency-ms",
        str(latency_ms),
        "--port",
        str(port),
        "--backlog",
        "1024",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/stats", timeout=1).read()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("feedfarm did not start (is aiohttp installed?)")


def farm_stats(port: int, reset: bool = False) -> dict[str, object]:
    path = "/stats/reset" if reset else "/stats"
    return json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5).read())


# --- child processes -------------------------------------------------------------------


def child_refresh(args: argparse.Namespace) -> None:
    """Run in a child: subscribe (first time), refresh once, print one JSON line."""
    import asyncio
    import resource

    from newsreader.config import Settings
    from newsreader.pipeline import refresh, understand_pending_sync
    from newsreader.store import Store

    store = Store(Path(args.data_dir) / "newsreader.db")
    if not store.feed_urls():
        urls = Path(args.urls).read_text().split()
        store.import_feeds([(url, "", None) for url in urls])
    settings = Settings(concurrency=args.concurrency, per_host_concurrency=args.per_host)
    started = time.perf_counter()
    if args.phase == "backlog":
        done = understand_pending_sync(store, settings)
        result: dict[str, object] = {"articles": done}
    else:
        summary = asyncio.run(
            refresh(store, settings, understand=True if args.understand else None)
        )
        result = {
            "ok": summary.feeds_ok,
            "not_modified": summary.feeds_not_modified,
            "failed": summary.feeds_failed,
            "new": summary.new_articles,
            "errors": list(summary.errors.values())[:3],
        }
    result["wall_s"] = time.perf_counter() - started
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    store.close()
    print(json.dumps(result))


def child_big_feed(args: argparse.Namespace) -> None:
    """Run in a child: build and parse a 100,000-item feed; print time and peak memory."""
    import resource

    from newsreader.feeds.parse import parse_feed

    item = (
        b"<item><title>Item %d of a very long feed</title><link>https://big.example/%d</link>"
        b"<guid>https://big.example/%d</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>"
        b"<description>&lt;p&gt;Body of item %d, with &lt;b&gt;markup&lt;/b&gt;.&lt;/p&gt;</description></item>"
    )
    document = b"".join(
        [b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>']
        + [item % (i, i, i, i) for i in range(args.items)]
        + [b"</channel></rss>"]
    )
    started = time.perf_counter()
    limit = None if args.max_entries == 0 else args.max_entries
    feed = parse_feed(document, "https://big.example/feed", max_entries=limit)
    elapsed = time.perf_counter() - started
    print(
        json.dumps(
            {
                "bytes": len(document),
                "entries": len(feed.entries),
                "wall_s": elapsed,
                "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def run_child(extra: list[str], core: int = 0) -> dict[str, object]:
    command = [*pinned(core), sys.executable, str(Path(__file__).resolve()), *extra]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if output.returncode != 0:
        raise SystemExit(f"child failed: {' '.join(extra)}\n{output.stderr[-2000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def run_newsboat(urls: Path, concurrency: int) -> tuple[float, float] | None:
    if not shutil.which("newsboat"):
        return None
    home = Path(tempfile.mkdtemp(prefix="newsboat-bench-"))
    (home / ".config").mkdir()
    (home / ".local" / "share").mkdir(parents=True)
    shutil.copy(urls, home / "urls")
    (home / "config").write_text(f"reload-threads {concurrency}\n")
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
    }
    command = [
        *pinned(0),
        "newsboat",
        "-C",
        str(home / "config"),
        "-u",
        str(home / "urls"),
        "-c",
        str(home / "cache.db"),
        "-x",
        "reload",
    ]
    times = []
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run(command, env=environment, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    shutil.rmtree(home, ignore_errors=True)
    return times[0], times[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument(
        "--per-host",
        type=int,
        default=None,
        help="per-host limit (default: same as --concurrency, because every farm feed is on "
        "one host, 127.0.0.1, where real subscriptions are spread over many)",
    )
    parser.add_argument("--farm", type=Path, default=DEFAULT_FARM)
    parser.add_argument("--no-newsboat", action="store_true")
    parser.add_argument("--understand", action="store_true", help="clean+analyse inside refresh")
    parser.add_argument("--big-items", type=int, default=100_000)
    # child modes
    parser.add_argument("--child", choices=("refresh", "big"), help=argparse.SUPPRESS)
    parser.add_argument("--phase", default="cold", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--items", type=int, default=100_000, help=argparse.SUPPRESS)
    parser.add_argument("--max-entries", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.per_host is None:
        args.per_host = args.concurrency
    if args.child == "refresh":
        child_refresh(args)
        return
    if args.child == "big":
        child_big_feed(args)
        return

    floor = math.ceil(args.feeds / args.concurrency) * args.latency_ms / 1000
    port = free_port()
    work = Path(tempfile.mkdtemp(prefix="newsreader-bench-"))
    urls = work / "urls.txt"
    urls.write_text("".join(f"http://127.0.0.1:{port}/feed/{i}.xml\n" for i in range(args.feeds)))
    print(
        f"feeds={args.feeds} latency={args.latency_ms} ms concurrency={args.concurrency} "
        f"per-host={args.per_host} floor={floor:.2f} s  pinning={'taskset' if pinned(0) else 'none'}"
    )
    farm = start_farm(args.farm, args.feeds, args.latency_ms, port)
    try:
        common = [
            "--child",
            "refresh",
            "--data-dir",
            str(work / "data"),
            "--urls",
            str(urls),
            "--concurrency",
            str(args.concurrency),
            "--per-host",
            str(args.per_host),
        ]
        if args.understand:
            common.append("--understand")
        farm_stats(port, reset=True)
        cold = run_child([*common, "--phase", "cold"])
        warm = run_child([*common, "--phase", "warm"])
        stats = farm_stats(port)
        backlog = run_child([*common, "--phase", "backlog"])
        for name, result in (("cold", cold), ("warm (304)", warm)):
            print(
                f"ours {name:<11} {result['wall_s']:6.2f} s  ratio to floor {result['wall_s'] / floor:4.2f}  "
                f"cpu {result['cpu_s']:5.2f} s  ok={result['ok']} 304={result['not_modified']} "
                f"failed={result['failed']} new={result['new']}  peak RSS {result['maxrss_mb']:.0f} MB"
            )
            if result["errors"]:
                print(f"  first errors: {result['errors']}")
        print(
            f"ours clean+analyse backlog {backlog['wall_s']:6.2f} s for {backlog['articles']} articles "
            f"({1000 * backlog['wall_s'] / max(1, int(backlog['articles'])):.2f} ms each)  "
            f"peak RSS {backlog['maxrss_mb']:.0f} MB"
        )
        print(
            f"farm saw: max in flight {stats.get('max_in_flight')}, 304s {stats.get('status_304')}, "
            f"If-None-Match {stats.get('req_if_none_match')}, gzip {stats.get('req_accept_gzip')}"
        )
        if not args.no_newsboat:
            newsboat = run_newsboat(urls, args.concurrency)
            if newsboat is None:
                print("newsboat: not installed (apt-get install -y newsboat)")
            else:
                cold_nb, warm_nb = newsboat
                print(
                    f"newsboat cold {cold_nb:6.2f} s (ours is {cold_nb / float(cold['wall_s']):.1f}x faster)   "
                    f"warm {warm_nb:6.2f} s (ours is {warm_nb / float(warm['wall_s']):.1f}x faster)"
                )
    finally:
        farm.terminate()
        farm.wait(10)
    for max_entries, label in ((500, "kept 500 (refresh default)"), (0, "kept all")):
        big = run_child(
            ["--child", "big", "--items", str(args.big_items), "--max-entries", str(max_entries)]
        )
        print(
            f"{args.big_items}-item feed ({int(big['bytes']) / 1e6:.1f} MB), {label}: parsed in "
            f"{big['wall_s']:.2f} s, {big['entries']} entries, peak RSS {big['maxrss_mb']:.0f} MB"
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
