"""Shared writer for the blind verify sets (mkblind1.py, mkblind2.py, mkblind3.py).

Labels are written as (type, text) or (type, text, occurrence); offsets are computed
here from the span text, in Unicode code points (Python str indices), so they cannot
drift when a post is edited. A span text that occurs more than once in its post must
name the occurrence (0-based).
"""
import json
import re
import sys

TYPES = {"contradicted", "unsupported"}


def build(brands, out_path):
    lines = []
    seen = set()
    for b in brands:
        for p in b["posts"]:
            if p["id"] in seen:
                sys.exit(f"{p['id']}: duplicate id")
            seen.add(p["id"])
            post = p["post"]
            labels = []
            for lab in p.get("labels", []):
                typ, text = lab[0], lab[1]
                occ = lab[2] if len(lab) > 2 else None
                if typ not in TYPES:
                    sys.exit(f"{p['id']}: label type {typ!r}")
                starts = [m.start() for m in re.finditer(re.escape(text), post)]
                if not starts:
                    sys.exit(f"{p['id']}: span {text!r} not in post")
                if occ is None and len(starts) > 1:
                    sys.exit(f"{p['id']}: span {text!r} occurs {len(starts)} times; name the occurrence")
                start = starts[occ or 0]
                end = start + len(text)
                assert post[start:end] == text
                labels.append({"start": start, "end": end, "type": typ, "text": text})
            labels.sort(key=lambda l: l["start"])
            for a, c in zip(labels, labels[1:]):
                if c["start"] < a["end"]:
                    sys.exit(f"{p['id']}: spans {a['text']!r} and {c['text']!r} overlap")
            lines.append({
                "id": p["id"], "brand": b["brand"], "lang": b["lang"], "network": p["network"],
                "facts": b["facts"], "brief": b["brief"], "post": post, "labels": labels,
            })
    with open(out_path, "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # Re-read and re-check what was written, offsets included.
    with open(out_path, encoding="utf-8") as f:
        for raw in f:
            l = json.loads(raw)
            for lab in l["labels"]:
                assert l["post"][lab["start"]:lab["end"]] == lab["text"], (l["id"], lab)
    clean = sum(1 for l in lines if not l["labels"])
    langs = {}
    for l in lines:
        langs[l["lang"]] = langs.get(l["lang"], 0) + 1
    nlab = {}
    for l in lines:
        for lab in l["labels"]:
            nlab[lab["type"]] = nlab.get(lab["type"], 0) + 1
    print(f"{out_path}: {len(lines)} posts, {clean} clean, langs {langs}, labels {nlab}")
    if "--numbers" in sys.argv:
        # Review aid: numbers in clean posts that no fact spells the same way.
        for l in lines:
            if l["labels"]:
                continue
            facts = " ".join(l["facts"])
            for n in re.findall(r"\d+(?:[.,:h ]\d+)*", l["post"]):
                if n not in facts:
                    print(f"  {l['id']}: {n!r} not verbatim in facts")
