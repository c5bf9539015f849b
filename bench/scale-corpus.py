#!/usr/bin/env python3
"""Writes N dev-like articles as JSONL for the scaling benchmarks (docs/scaling.md).

A dev-like article is about 3,300 characters (~6 KB of UTF-8) of real Arabic news text: either one of the dev
articles or several dev2 lead paragraphs joined, drawn at random (seeded), under a fresh id. The texts come from the
evaluation set at run time and are only written to the output file (never into the repository).

    bench/scale-corpus.py N SEED OUT [--prefix P] [--eval DIR]
"""
import argparse
import json
import random

p = argparse.ArgumentParser()
p.add_argument("n", type=int)
p.add_argument("seed", type=int)
p.add_argument("out")
p.add_argument("--prefix", default="b")
p.add_argument("--eval", default="/work/shared/eval")
a = p.parse_args()


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


dev = load(a.eval + "/dev/articles.jsonl")
dev2 = load(a.eval + "/dev2/articles.jsonl")
r = random.Random(a.seed)
with open(a.out, "w", encoding="utf-8") as out:
    for i in range(a.n):
        if r.random() < 0.3:
            base = r.choice(dev)
            text, published = base["text"], base.get("published")
        else:
            parts, published = [], None
            while sum(len(t) + 2 for t in parts) < 3200:
                x = r.choice(dev2)
                parts.append(x["text"])
                published = published or x.get("published")
            text = "\n\n".join(parts)
        rec = {"id": "%s-%d" % (a.prefix, i), "text": text}
        if published:
            rec["published"] = published
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote %d articles to %s" % (a.n, a.out))
