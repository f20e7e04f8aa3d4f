#!/usr/bin/env python3
"""Builds the bundled sample corpus from ../shared (run from the repository root).

    python3 src/sample/make_sample.py ../shared

Writes src/sample/corpus/. The output is committed; this script documents how it was made and
rebuilds it byte for byte. Sources and licences are in src/sample/NOTICE.
"""
import json
import os
import re
import sys
from urllib.parse import urlparse

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
STORIES = 40          # AllSides stories with left, center and right coverage, in file order
NEWS_PLEASE_FROM = 34  # stories from this index on are written in the news-please layout


def outlet_name(allsides_source):
    # AllSides appends its media-type label to some names: "CNN (Online News)".
    return re.sub(r"\s*\((Online News|News|Online)\)$", "", allsides_source).strip()


def body(paragraphs):
    return "\n\n".join(p.replace("\u00a0", " ").strip() for p in paragraphs if p.strip())


def main():
    os.makedirs(os.path.join(OUT, "news-please"), exist_ok=True)
    stories = [json.loads(line) for line in open(os.path.join(SHARED, "data/allsides-neus/stories.jsonl"))]
    full = [s for s in stories if all(side in s["news"] for side in ("left", "center", "right"))][:STORIES]

    jsonl, single_files, np_lines, gold = [], [], [], []
    for i, story in enumerate(full):
        for side in ("left", "center", "right"):
            item = story["news"][side]
            article_id = "allsides-%d-%s" % (story["id"], side)
            gold.append((item["newsLink"], story["id"]))
            if i < NEWS_PLEASE_FROM:
                jsonl.append({
                    "id": article_id,
                    "outlet": outlet_name(item["newsSource"]),
                    "url": item["newsLink"],
                    "title": item["newsTitle"],
                    "published_at": story["date"],
                    "text": body(item["newBody"]),
                })
            else:
                record = {
                    "authors": [],
                    "date_download": None,
                    "date_publish": story["date"][:19].replace("T", " "),
                    "language": "en",
                    "maintext": body(item["newBody"]),
                    "source_domain": urlparse(item["newsLink"]).netloc,
                    "title": item["newsTitle"],
                    "url": item["newsLink"],
                }
                (single_files if side != "right" else np_lines).append((article_id, record))

    seeds = [
        {"id": "seed-000", "outlet": "Al Mayadeen", "published_at": "2022-01-10",
         "title": "Russian-US talks in Geneva on security guarantees",
         "text": open(os.path.join(SHARED, "seeds/000_2aae9da70f671afc.txt"), encoding="utf-8").read()},
        {"id": "seed-002", "outlet": "unknown-outlet-002", "published_at": "2022-01-09",
         "title": "Security Talks Between Russia and U.S Begins in Geneva",
         "text": open(os.path.join(SHARED, "seeds/002_31ff1226f7eebee0.txt"), encoding="utf-8").read()},
    ]
    with open(os.path.join(OUT, "seeds.jsonl"), "w", encoding="utf-8") as f:
        for r in seeds:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "allsides.jsonl"), "w", encoding="utf-8") as f:
        for r in jsonl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for article_id, record in single_files:
        with open(os.path.join(OUT, "news-please", article_id + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(OUT, "news-please", "allsides-right.json"), "w", encoding="utf-8") as f:
        for _, record in np_lines:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(os.path.dirname(OUT), "gold"), exist_ok=True)
    with open(os.path.join(os.path.dirname(OUT), "gold", "allsides-stories.csv"), "w") as f:
        f.write("url,allsides_story_id\n")
        for url, story_id in gold:
            f.write("%s,%d\n" % (url, story_id))


if __name__ == "__main__":
    main()
