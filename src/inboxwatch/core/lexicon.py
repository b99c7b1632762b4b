"""The shape of a language's phrase data, which the classifier and the return-date reader read.

Each language is a data module (``phrases_en``, ``phrases_de``) holding one
``Language``: cues for the reply kinds, the subjects of auto-replies, and the
words and phrases of dates. Patterns are written against normalised text:
lower case, straight quotes, umlauts spelled out (``ä`` as ``ae``, ``ß`` as
``ss``), one space between words, a full stop where a paragraph or a short
line ends, and " | " between the subject and the body.
Adding a language is adding a module and naming it in ``LANGUAGES`` of
``classify``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from inboxwatch.core.literals import required
from inboxwatch.core.model import ReplyKind

STRONG, MEDIUM, WEAK = 0.9, 0.7, 0.35  # the confidence one cue gives on its own

_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)


_FULL_LINE = 50  # a shorter line ends where the writer ended it; a longer one may be wrapped
_ENDS = (".", ",", "!", "?", ":", ";")
# Abbreviations whose full stop ends no sentence ("ca. 40 Minuten", "e.g. your passport"): it is dropped.
_ABBREVIATION = re.compile(
    r"\b(?:(?:ca|approx)\.(?= ?\d)"
    r"|(?:bzw|ggf|evtl|inkl|zzgl|bspw|incl|e\.g|i\.e|z\. ?b|d\. ?h|u\. ?a)\.(?= \w))"
)


def normalise(text: str) -> str:
    """Text in the form patterns are written against."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        lines.append(stripped)
        # A blank or short line ends a sentence even without a full stop: "Status: Not Selected".
        if len(stripped) < _FULL_LINE and not stripped.endswith(_ENDS):
            lines.append(".")
    folded = " ".join(fold(" ".join(lines)).split())
    return _ABBREVIATION.sub(lambda abbreviation: abbreviation[0].replace(".", ""), folded)


def fold(text: str) -> str:
    """Lower case, straight quotes, umlauts spelled out, no other accents: "Résumé" reads "resume"."""
    if text.isascii():  # nothing to fold but the case: matching folds every word it reads
        return text.lower()
    composed = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", composed)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Spans a pattern may bridge. None crosses a sentence end or the " | " between subject and body.
GAP = r"[^.!?|]{0,60}?"  # some words within one sentence
CLAUSE = r"[^.!?|,;:]*"  # the rest of a clause, which a negation governs
SENTENCE = r"[^.!?|]*"  # the rest of a sentence, which a condition governs
NEAR = r"[^.!?|,;:]{0,50}?"  # some words within one clause


@dataclass(frozen=True)
class Cue:
    """A phrase that points to one kind of reply, or to none (``kind`` None).

    A cue without a kind only takes its words out of play, such as thanks
    for steps already taken ("thank you for interviewing with us").
    """

    kind: ReplyKind | None
    weight: float
    label: str  # what the reasons show: short, and never text from the message
    source: str  # the regular expression

    # Worked out on first use: a command that reads no reply never pays for it.
    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """Strings of which a text must hold one for the pattern to match; None: no such strings known."""
        return required(self.source)


def cue(kind: ReplyKind | None, weight: float, label: str, pattern: str) -> Cue:
    return Cue(kind, weight, label, pattern)


def status_cues(lead: str, values: Mapping[ReplyKind, str]) -> tuple[Cue, ...]:
    """An applicant-tracking system's status line, whose value names the kind: "Status: Not selected".

    ``lead`` is what comes before the value ("status", "moved to"), ``values``
    the words of each kind's value; the line decides, so the cues are strong.
    """
    return tuple(
        # The line before the change ("Previous status: Interview") says nothing of now.
        cue(
            kind,
            STRONG,
            f"status line: {kind}",
            rf"(?<!previous )(?<!former )(?<!old )\b(?:{lead}) ?:? (?:{words})\b",
        )
        for kind, words in values.items()
    )


def numbered(groups: tuple[tuple[str, ...], ...], start: int = 0) -> dict[str, int]:
    """Each name of each group, numbered by its group: months from 1, weekdays from 0 (Monday)."""
    return {name: number for number, names in enumerate(groups, start=start) for name in names}


@dataclass(frozen=True)
class Language:
    """Everything the core reads in one language.

    Cues are tried in order, and a cue's match that overlaps an earlier cue's
    is ignored, so a phrase listed early decides the words it covers: the
    negated "unable to offer" before "offer", "offer you an interview" before
    any offer cue.
    """

    code: str
    cues: tuple[Cue, ...]
    auto_reply_subject: str  # a subject that starts so is an auto-reply's
    reply_prefixes: tuple[str, ...]  # "re", "aw": a subject that starts so repeats old mail
    months: Mapping[str, int]  # names and abbreviations
    weekdays: Mapping[str, int]  # Monday is 0
    back_on: str  # words before the day the sender is back: "back on", "until", "wieder ab", "bis"
    away_through: str  # words before the sender's last day away: "through", "bis einschließlich"
    ordinal: str  # what may follow a day's number: "st", "th", "."
    week: str  # words before a calendar week's number: "week", "KW"
    contrast: str  # words that turn a message: "however", "but", "jedoch"
    wish: str  # words of an employer's wish, which may start good news: "we'd love", "gerne"
