#!/usr/bin/env python3
"""WCXB snippets: the share of "without" snippets absent from the predicted body, and of "with"
snippets present in it (../shared/score/content.py does not score them).

    tools/snippets.py GOLD.jsonl PRED.jsonl [--list without|with]

GOLD: a content gold file whose lines carry "with" / "without" (WCXB). PRED: `newsmodel parse
--format html` output (the id is the file name of "source") or lines with "id" and "text".
Two readings, both after whitespace normalisation (runs of white space made one space):
  * substring: the snippet as written is a substring of the body (case kept);
  * words: the snippet's lower-cased word tokens (runs of word characters) are a run of the
    body's lower-cased word tokens (so "Home" is not found in "Homeless", but is in "home").
--list prints, for each page, the "without" snippets found (or the "with" snippets missed) by
the word reading, to read the errors.
"""

import argparse
import json
import re
import sys
from pathlib import Path

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def page_id(record):
    if record.get("id") is not None:
        return str(record["id"])
    name = Path(str(record.get("source", ""))).name
    for suffix in (".gz", ".html", ".htm"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def spaced(text):
    return _SPACE.sub(" ", text or "").strip()


def words(text):
    return " " + " ".join(t.lower() for t in _WORD.findall(text or "")) + " "


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--list", choices=["without", "with"])
    args = parser.parse_args()
    preds = {}
    with open(args.pred, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                preds[page_id(record)] = record.get("text") or ""
    counts = {"without": [0, 0, 0], "with": [0, 0, 0]}  # snippets, substring ok, words ok
    with open(args.gold, encoding="utf-8") as fh:
        for line in fh:
            gold = json.loads(line)
            body = preds.get(str(gold["id"]), "")
            flat, bag = spaced(body), words(body)
            for kind in ("without", "with"):
                wrong = []
                for snippet in gold.get(kind) or []:
                    snippet_words = words(snippet)
                    if snippet_words.strip() == "":
                        continue
                    want = kind == "with"
                    counts[kind][0] += 1
                    counts[kind][1] += (spaced(snippet) in flat) == want
                    ok = (snippet_words in bag) == want
                    counts[kind][2] += ok
                    if not ok:
                        wrong.append(snippet)
                if args.list == kind and wrong:
                    print(gold["id"], json.dumps(wrong, ensure_ascii=False))
    for kind, verb in (("without", "absent"), ("with", "present")):
        n, sub, wrd = counts[kind]
        print(
            f"{kind:8} {n:5} snippets  {verb} by substring {sub / max(1, n):.3f}"
            f"  by words {wrd / max(1, n):.3f}"
        )


if __name__ == "__main__":
    sys.exit(main())
