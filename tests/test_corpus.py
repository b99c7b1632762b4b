"""The labelled corpus in tests/data/corpus: never an offer or an interview read as a rejection.

Accuracy figures are measured by bench/accuracy.py, not asserted here: the
one target a test holds is the worst error, a confident rejection for good news.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from inboxwatch.core.classify import CONFIDENT, classify
from inboxwatch.core.model import ReplyKind
from inboxwatch.core.parse import parse_message

CORPUS = Path(__file__).parent / "data" / "corpus"
with (CORPUS / "labels.csv").open(encoding="utf-8") as labels:
    ROWS = list(csv.DictReader(labels))
GOOD_NEWS = [row for row in ROWS if row["kind"] in {ReplyKind.OFFER, ReplyKind.INTERVIEW}]


def test_every_message_is_labelled() -> None:
    assert sorted(row["file"] for row in ROWS) == sorted(path.name for path in CORPUS.glob("*.eml"))
    assert {row["kind"] for row in ROWS} == set(ReplyKind)


@pytest.mark.parametrize("row", GOOD_NEWS, ids=[row["file"] for row in GOOD_NEWS])
def test_good_news_is_never_a_confident_rejection(row: dict[str, str]) -> None:
    verdict = classify(parse_message((CORPUS / row["file"]).read_bytes()))
    assert not (verdict.kind is ReplyKind.REJECTION and verdict.confidence >= CONFIDENT), verdict
