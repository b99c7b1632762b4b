"""The classifier's first look (a cue is searched only in text holding a string it needs) changes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inboxwatch.core import classify as classifier
from inboxwatch.core.lexicon import Cue
from inboxwatch.core.literals import required
from inboxwatch.core.parse import parse_message

CORPUS = sorted((Path(__file__).parent / "data" / "corpus").glob("*.eml"))
CUES = classifier._PHRASES


def without_first_look(cue: Cue) -> Cue:
    """The same cue, searched in every text."""
    copy = replace(cue)
    vars(copy)["needs"] = None  # what the cached property would hold
    return copy


def test_every_corpus_message_reads_the_same_with_and_without_the_first_look(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages = [parse_message(path.read_bytes()) for path in CORPUS]
    looked = [classifier.classify(message) for message in messages]
    monkeypatch.setattr(classifier, "_PHRASES", tuple(map(without_first_look, CUES)))
    searched = [classifier.classify(message) for message in messages]
    assert len(looked) == len(CORPUS) > 800
    for path, first, full in zip(CORPUS, looked, searched, strict=True):
        assert first == full, path.name  # kind, confidence, reasons and return date


def test_nearly_every_cue_needs_some_string() -> None:
    assert sum(cue.needs is None for cue in CUES) <= len(CUES) // 10


@pytest.mark.parametrize("cue", CUES, ids=[f"{n}-{cue.label}" for n, cue in enumerate(CUES)])
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_match_of_a_cue_holds_a_string_it_needs(cue: Cue, data: st.DataObject) -> None:
    if cue.needs is None:
        return
    text = data.draw(st.from_regex(cue.pattern, fullmatch=True))
    assert any(word in text for word in cue.needs), (text, sorted(cue.needs))


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bfuture (?:endeavou?rs|career)", {"future "}),
        (r"\b(?:call|zoom) to", {"call to", "zoom to"}),
        (r"offers?|hired", {"offer", "hired"}),
        (r"[-_]mail", {"-mail", "_mail"}),
        (r"(?<!not )\bselected\b(?= for)", {"selected"}),
        (r"\w+ing\b", {"ing"}),
        (r"(?:re-)?apply", {"apply"}),  # "re-apply" holds "apply"
        (r"\bwe[^.]{0,60}?regret", {"regret"}),
    ],
)
def test_what_a_pattern_needs(pattern: str, needs: set[str]) -> None:
    assert required(pattern) == needs


@pytest.mark.parametrize(
    "pattern", [r"\w+", r"(?:offer)?", r"[a-z]+ing|\d+", r"(?i)offer", r"(?i:offer)", r".+"]
)
def test_nothing_is_needed_where_nothing_is_certain(pattern: str) -> None:
    assert required(pattern) is None
