"""Refresh benchmark: our refresh against the local feed farm, then newsboat on the same farm.

    .venv/bin/python benchmarks/refresh.py                      # 500 feeds, 100 ms, 50 hosts
    .venv/bin/python benchmarks/refresh.py --feeds 100 --no-newsboat --no-faulty

Starts /work/shared/feedfarm/feedfarm.py (or --farm PATH) on a free port, its feeds spread
over --hosts loopback addresses as real subscriptions spread over sites, pinned to one
core, and runs each client pinned to another (taskset, when there are two cores). Our
refresh runs on the user's default settings (20 at once, 4 per host, 30 s per feed) in a
child process so its peak RSS is ours alone: a cold refresh into a fresh data directory,
a warm one (every feed answers 304), then the clean+analyse backlog pass that refresh
defers (with worker processes, then in one process, on copies of the same store). Then a
refresh of 50 good feeds beside the farm's faulty endpoints (a server that never answers,
one that trickles a byte a second, errors, bombs, resets), which must each fail cleanly
within the per-feed deadline. Also parses a 100,000-item feed in a child and reports its
memory. Prints wall times, counts, peak memory and ratios to newsboat (when installed),
and the machine load: timings on a shared machine are only comparable within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

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


def start_farm(
    farm: Path, feeds: int, latency_ms: int, port: int, hosts: int, urls: Path
) -> subprocess.Popen[bytes]:
    options = ["--feeds", str(feeds), "--latency-ms", str(latency_ms), "--port", str(port)]
    options += ["--hosts", str(hosts)]
    subprocess.run([sys.executable, str(farm), *options, "--write-urls", str(urls)], check=True)
    command = [*pinned(1), sys.executable, str(farm), *options, "--backlog", "1024"]
    command += ["--huge-mb", "30", "--bomb-mb", "200", "--hang-s", "600"]
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


FAULTS = [
    "timeout",
    "slow-body",
    "500",
    "503",
    "429",
    "404",
    "410",
    "redirect-loop",
    "moved",
    "bad-gzip",
    "gzip-bomb",
    "huge",
    "endless",
    "truncated",
    "reset",
    "html",
]
"""The farm's faulty endpoints (under /fault/, each `.xml`)."""


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
    settings = Settings()
    if args.concurrency:
        settings = replace(settings, concurrency=args.concurrency)
    if args.per_host:
        settings = replace(settings, per_host_concurrency=args.per_host)
    started = time.perf_counter()
    if args.phase == "backlog":
        workers = None if args.workers < 0 else args.workers
        done = understand_pending_sync(store, settings, workers=workers)
        result: dict[str, object] = {"articles": done}
    else:
        summary = asyncio.run(
            refresh(store, settings, understand=True if args.understand else None)
        )
        urls_by_id = {feed.id: feed.url for feed in store.feeds_for_refresh()}
        result = {
            "ok": summary.feeds_ok,
            "not_modified": summary.feeds_not_modified,
            "failed": summary.feeds_failed,
            "new": summary.new_articles,
            "errors": {urls_by_id.get(k, str(k)): v for k, v in summary.errors.items()},
        }
    result["wall_s"] = time.perf_counter() - started
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    result["children_cpu_s"] = children.ru_utime + children.ru_stime
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


def run_child(extra: list[str], core: int | None = 0) -> dict[str, Any]:
    command = [*(pinned(core) if core is not None else []), sys.executable]
    command += [str(Path(__file__).resolve()), *extra]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if output.returncode != 0:
        raise SystemExit(f"child failed: {' '.join(extra)}\n{output.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(output.stdout.strip().splitlines()[-1])
    return result


def run_newsboat(urls: Path, concurrency: int, reloads: int = 2) -> list[float] | None:
    """Wall time of each `newsboat -x reload` in a throw-away home (first one cold)."""
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
    command = [*pinned(0), "newsboat", "-C", str(home / "config"), "-u", str(home / "urls")]
    command += ["-c", str(home / "cache.db"), "-x", "reload"]
    times = []
    for _ in range(reloads):
        started = time.perf_counter()
        subprocess.run(command, env=environment, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    shutil.rmtree(home, ignore_errors=True)
    return times


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} (5 min {five:.2f}) on {os.cpu_count()} cores"


def show_refresh(name: str, result: dict[str, Any]) -> None:
    print(
        f"ours {name:<11} {result['wall_s']:6.2f} s  cpu {result['cpu_s']:5.2f} s  "
        f"ok={result['ok']} 304={result['not_modified']} failed={result['failed']} "
        f"new={result['new']}  peak RSS {result['maxrss_mb']:.0f} MB"
    )


def backlog_phase(common: list[str], data: Path) -> None:
    """The deferred clean+analyse pass on two copies of one raw store: pool, then inline."""
    copy = data.parent / "data-inline"
    shutil.copytree(data, copy)
    workers = os.cpu_count() or 1
    pooled = run_child([*common, "--phase", "backlog", "--workers", str(workers)], core=None)
    inline_common = [*common[: common.index("--data-dir")], "--data-dir", str(copy)]
    inline_common += common[common.index("--data-dir") + 2 :]
    inline = run_child([*inline_common, "--phase", "backlog", "--workers", "0"], core=0)
    for label, result in ((f"{workers} workers", pooled), ("one process (pinned)", inline)):
        articles = int(result["articles"])
        print(
            f"ours backlog, {label:<20} {result['wall_s']:6.2f} s for {articles} articles: "
            f"{articles / result['wall_s']:6.0f} articles/s  (this process: cpu {result['cpu_s']:.1f} s "
            f"= {articles / result['cpu_s']:.0f} articles per cpu-second, "
            f"peak RSS {result['maxrss_mb']:.0f} MB)"
        )
    from newsreader.pipeline.backlog import _worker_count

    print(f"   on this load the app would use {_worker_count(int(inline['articles']))} workers")


def faulty_phase(args: argparse.Namespace, port: int, work: Path, good_urls: list[str]) -> None:
    """50 good feeds beside every faulty endpoint: how long, and how each one failed."""
    faults = [f"http://127.0.0.1:{port}/fault/{name}.xml" for name in FAULTS]
    urls = work / "faulty-urls.txt"
    urls.write_text("".join(f"{url}\n" for url in [*good_urls[:50], *faults]))
    result = run_child(
        ["--child", "refresh", "--data-dir", str(work / "faulty"), "--urls", str(urls)]
    )
    print(f"-- 50 good feeds + {len(faults)} faulty endpoints ({load()})")
    show_refresh("faulty set", result)
    errors: dict[str, str] = result["errors"]
    for url in faults:
        print(f"   {url.rsplit('/', 1)[1]:<18} {errors.get(url, 'ok (stored)')}")
    good_failed = [url for url in good_urls[:50] if url in errors]
    if good_failed:
        print(f"   GOOD FEEDS FAILED: {good_failed[:3]}")
    if not args.no_newsboat:
        hang = work / "hang-urls.txt"
        hang.write_text("".join(f"{url}\n" for url in [*good_urls[:50], *faults[:2]]))
        ours = run_child(
            ["--child", "refresh", "--data-dir", str(work / "hang"), "--urls", str(hang)]
        )
        show_refresh("50 + timeout + slow-body", ours)
        newsboat = run_newsboat(hang, 20, reloads=1)
        if newsboat:
            print(
                f"newsboat 50 + timeout + slow-body {newsboat[0]:6.2f} s  "
                f"(ours {ours['wall_s'] / newsboat[0]:.2f}x newsboat)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument(
        "--hosts", type=int, default=50, help="loopback hosts the feeds spread over"
    )
    parser.add_argument(
        "--concurrency", type=int, default=0, help="feeds at once (default: the settings')"
    )
    parser.add_argument(
        "--per-host", type=int, default=0, help="per-host limit (default: the settings')"
    )
    parser.add_argument("--farm", type=Path, default=DEFAULT_FARM)
    parser.add_argument("--no-newsboat", action="store_true")
    parser.add_argument("--no-faulty", action="store_true", help="skip the faulty-feeds run")
    parser.add_argument("--understand", action="store_true", help="clean+analyse inside refresh")
    parser.add_argument("--big-items", type=int, default=100_000)
    # child modes
    parser.add_argument("--child", choices=("refresh", "big"), help=argparse.SUPPRESS)
    parser.add_argument("--phase", default="cold", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=-1, help=argparse.SUPPRESS)
    parser.add_argument("--items", type=int, default=100_000, help=argparse.SUPPRESS)
    parser.add_argument("--max-entries", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "refresh":
        child_refresh(args)
        return
    if args.child == "big":
        child_big_feed(args)
        return

    from newsreader.config import Settings

    defaults = Settings()
    concurrency = args.concurrency or defaults.concurrency
    port = free_port()
    work = Path(tempfile.mkdtemp(prefix="newsreader-bench-"))
    urls = work / "urls.txt"
    print(
        f"feeds={args.feeds} latency={args.latency_ms} ms hosts={args.hosts} "
        f"concurrency={concurrency} per-host={args.per_host or defaults.per_host_concurrency} "
        f"deadline={defaults.feed_deadline_seconds} s  "
        f"pinning={'taskset' if pinned(0) else 'none'}  {load()}"
    )
    farm = start_farm(args.farm, args.feeds, args.latency_ms, port, args.hosts, urls)
    try:
        common = ["--child", "refresh", "--data-dir", str(work / "data"), "--urls", str(urls)]
        common += ["--concurrency", str(args.concurrency), "--per-host", str(args.per_host)]
        if args.understand:
            common.append("--understand")
        farm_stats(port, reset=True)
        cold = run_child([*common, "--phase", "cold"])
        warm = run_child([*common, "--phase", "warm"])
        stats = farm_stats(port)
        for name, result in (("cold", cold), ("warm (304)", warm)):
            show_refresh(name, result)
            if result["errors"]:
                print(f"  first errors: {list(result['errors'].values())[:3]}")
        print(
            f"farm saw: max in flight {stats.get('max_in_flight')}, 304s {stats.get('status_304')}, "
            f"If-None-Match {stats.get('req_if_none_match')}, gzip {stats.get('req_accept_gzip')}"
        )
        if not args.no_newsboat:
            newsboat = run_newsboat(urls, concurrency)
            if newsboat is None:
                print("newsboat: not installed (apt-get install -y newsboat)")
            else:
                cold_nb, warm_nb = newsboat
                print(
                    f"newsboat cold {cold_nb:6.2f} s (ours {cold['wall_s'] / cold_nb:.2f}x newsboat)   "
                    f"warm {warm_nb:6.2f} s (ours {warm['wall_s'] / warm_nb:.2f}x newsboat)  {load()}"
                )
        print(f"-- backlog ({load()})")
        backlog_phase(common, work / "data")
        if not args.no_faulty:
            faulty_phase(args, port, work, urls.read_text().split())
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
