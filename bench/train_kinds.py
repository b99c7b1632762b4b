"""Train the classifier's statistical backstop on the labelled corpus and write it as package data.

Usage: python bench/train_kinds.py [--check]

Counts, for each reply kind, its messages and how many of them hold each word
and word pair of what the backstop reads (``classify.unexplained_words``: the
subject and new text without the phrases the rules hold neutral), keeping
features held by at least ``MIN_MESSAGES`` messages. After the corpus
changes, run bench/crossval.py first (it trains its own models without each
batch), then this script. The output,
src/inboxwatch/data/kinds.json, is a pure function of the corpus: --check
fails when the shipped file differs from what the corpus gives.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from inboxwatch.core.backstop import features
from inboxwatch.core.classify import unexplained_words
from inboxwatch.core.model import ParsedMessage, ReplyKind
from inboxwatch.core.parse import parse_message

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
OUT = ROOT / "src" / "inboxwatch" / "data" / "kinds.json"
MIN_MESSAGES = 2  # a feature one message holds says more about that message than about its kind
KINDS = list(ReplyKind)


def corpus() -> list[tuple[ParsedMessage, ReplyKind, tuple[str, ...]]]:
    """Every labelled message, parsed, with its kind and tags."""
    with (CORPUS / "labels.csv").open(encoding="utf-8") as labels:
        rows = list(csv.DictReader(labels))
    return [
        (
            parse_message((CORPUS / row["file"]).read_bytes()),
            ReplyKind(row["kind"]),
            tuple(row["tags"].split()),
        )
        for row in rows
    ]


def train(examples: Iterable[tuple[ParsedMessage, ReplyKind]]) -> dict[str, object]:
    """The counts ``KindModel.from_counts`` reads, from labelled messages."""
    messages = Counter[ReplyKind]()
    holding: dict[str, list[int]] = {}
    for message, kind in examples:
        messages[kind] += 1
        for feature in features(unexplained_words(message)):
            holding.setdefault(feature, [0] * len(KINDS))[KINDS.index(kind)] += 1
    return {
        "kinds": [kind.value for kind in KINDS],
        "messages": [messages[kind] for kind in KINDS],
        "holding": {
            feature: counts for feature, counts in sorted(holding.items()) if sum(counts) >= MIN_MESSAGES
        },
    }


def dump(counts: dict[str, object]) -> str:
    """The JSON text of ``counts``: one feature a line, so that a retrained model diffs readably."""
    holding = counts["holding"]
    assert isinstance(holding, dict)
    lines = [f"  {json.dumps(feature)}: {json.dumps(value)}" for feature, value in holding.items()]
    head = f'{{"kinds": {json.dumps(counts["kinds"])}, "messages": {json.dumps(counts["messages"])},'
    return head + ' "holding": {\n' + ",\n".join(lines) + "\n}}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is not the corpus's")
    args = parser.parse_args()
    text = dump(train((message, kind) for message, kind, _ in corpus()))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} differs from what the corpus gives: run bench/train_kinds.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {len(text)} bytes")


if __name__ == "__main__":
    main()
