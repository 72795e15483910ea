#!/usr/bin/env python3
"""Drive the TT-RSS JSON API started by start.sh; prints each call and its response."""

import json
import os
import subprocess
import sys
import urllib.request

PORT = int(os.environ.get("TTRSS_PORT", 8280))
RUN = os.environ.get("TTRSS_RUN", "/tmp/ttrss-run")
API = f"http://127.0.0.1:{PORT}/api/"


def call(op, show=True, **params):
    body = json.dumps(dict(op=op, **params)).encode()
    req = urllib.request.Request(API, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        raw = r.read().decode()
    try:
        resp = json.loads(raw)
    except ValueError:
        sys.exit(f"non-JSON reply to {op}: {raw[:500]!r}")
    if show:
        shown = {k: v for k, v in params.items() if k != "password"}
        print(f">>> {op} {json.dumps(shown)}\n<<< {json.dumps(resp)[:700]}")
    return resp["content"]


def write_feed(name, items):
    entries = "".join(
        f"""
  <item><title>{t}</title><link>http://feeds.test/{name}/{i}</link>
    <guid isPermaLink="false">{name}-{i}</guid><description>Body of {t}</description>
    <pubDate>Mon, 0{i} Jan 2024 10:00:00 +0000</pubDate></item>"""
        for i, t in items
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feed {name}</title><link>http://feeds.test/{name}/</link>
<description>test feed</description>{entries}
</channel></rss>"""
    path = os.path.join(RUN, "feeds", name + ".xml")
    with open(path, "w") as f:
        f.write(xml)
    os.chmod(path, 0o644)


write_feed("blog", [(1, "First post"), (2, "Second post"), (3, "Third post")])
write_feed("news", [(1, "News A"), (2, "News B")])

call("getApiLevel")
call("getVersion")
bad = call("login", user="admin", password="wrong")
sid = call("login", user="admin", password="password")["session_id"]
call("isLoggedIn", sid=sid)
call("getConfig", sid=sid)

# categories + subscribe
r = call("subscribeToFeed", sid=sid, feed_url="http://feeds.test/blog.xml")
blog_id = r["status"]["feed_id"]
r = call("subscribeToFeed", sid=sid, feed_url="http://feeds.test/news.xml")
news_id = r["status"]["feed_id"]
call("subscribeToFeed", sid=sid, feed_url="http://feeds.test/missing.xml")

# fetch articles: blog through the API (synchronous), news through the CLI updater
call("updateFeed", sid=sid, feed_id=blog_id)
cmd = ["bash", os.path.join(os.path.dirname(os.path.abspath(__file__)), "start.sh"), "update"]
print("$", " ".join(cmd))
p = subprocess.run(cmd, capture_output=True, text=True)
print("rc", p.returncode, (p.stdout + p.stderr)[-800:])

call("getFeeds", sid=sid, cat_id=-3)
call("getCategories", sid=sid)
call("getCounters", sid=sid, output_mode="flc")
call("getUnread", sid=sid)
heads = call("getHeadlines", sid=sid, feed_id=blog_id, show_content=False)
ids = sorted(h["id"] for h in heads)
art = call("getArticle", sid=sid, article_id=str(ids[0]))
call("getHeadlines", sid=sid, feed_id=news_id)

# state changes: mark first read (field 2, mode 0), star second (field 0, mode 1), publish third (field 1)
call("updateArticle", sid=sid, article_ids=str(ids[0]), mode=0, field=2)
call("updateArticle", sid=sid, article_ids=f"{ids[1]}", mode=1, field=0)
call("updateArticle", sid=sid, article_ids=f"{ids[2]}", mode=1, field=1)
call("updateArticle", sid=sid, article_ids=f"{ids[2]}", mode=1, field=3, data="a note")
call("logout", sid=sid)
call("isLoggedIn", sid=sid)
call("getFeeds", sid=sid, cat_id=-3)  # expect NOT_LOGGED_IN

# new session: state persisted?
sid2 = call("login", user="admin", password="password")["session_id"]
after = {
    h["id"]: h
    for h in call("getHeadlines", sid=sid2, feed_id=blog_id, show_content=False, show_excerpt=False)
}
print(
    "persisted:",
    {
        i: (after[i]["unread"], after[i]["marked"], after[i]["published"], after[i].get("note"))
        for i in ids
    },
)
assert after[ids[0]]["unread"] is False and after[ids[1]]["unread"] is True
assert after[ids[1]]["marked"] is True and after[ids[2]]["published"] is True
call("getHeadlines", sid=sid2, feed_id=-1)  # starred virtual feed
call("getHeadlines", sid=sid2, feed_id=-4, view_mode="unread")  # all unread
call("catchupFeed", sid=sid2, feed_id=news_id, is_cat=False)
call("getFeeds", sid=sid2, cat_id=-3)
call("unsubscribeFeed", sid=sid2, feed_id=news_id)
call("getFeeds", sid=sid2, cat_id=-3)
call("logout", sid=sid2)
print("ALL OK")
