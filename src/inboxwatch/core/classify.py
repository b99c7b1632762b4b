"""What an employer's message says: one of eight reply kinds, with a confidence and reasons.

Evidence comes from headers first, then from phrases. Auto-responder
headers (RFC 3834 ``Auto-Submitted: auto-replied``, ``X-Autoreply``,
``X-Autorespond``, ``Precedence: auto_reply``) and auto-reply subjects make
an auto-reply, whose return date, if it names one, travels with the result.
``Auto-Submitted: auto-generated`` says nothing: applicant-tracking systems
set it on every message. ``Precedence: bulk`` points weakly to "other". An
invitation (``METHOD:REQUEST``) is an interview. Then the phrases of every
language in ``LANGUAGES`` are read in the subject and the new text, never in
quoted mail, signatures or the subject of a reply, which repeat old words.

Phrases are weighed in context: a phrase listed early takes its words out
of play for later ones (see ``lexicon``), which is how negations ("unable to
offer"), conditions ("if you are shortlisted") and look-alikes ("offer you
an interview", "unfortunately we need to reschedule") are read right. The
weights of one kind combine like independent evidence, 1 - prod(1 - weight),
and a strong runner-up lowers the confidence, as does a shape that makes
another kind as plausible: good news in mail sent to a list or in newsletter
copy, a hold that may only be a receipt, an away note that asks a question.

Reading an offer or an invitation as a rejection is the worst mistake this
module can make: on a tie the kind that changes least wins and a rejection
always loses, and when rejection cues and offer or interview cues are of
comparable strength the confidence stays below ``CONFIDENT``, so that the
caller asks the user. A message with no known phrase is "other", unsure,
unless the caller passes the statistical backstop (``backstop``): then, if
it is no mail to a list, the model may name a kind, always below
``CONFIDENT`` and never a rejection where good news is plausible, so that
the user confirms it in review. The model also gives a second opinion on
what the cues read: an unsure reading may take the kind the model prefers,
and a confident one the model firmly contradicts loses its confidence.
Measured on batches of the corpus the rules had not seen
(``bench/crossval.py``), that sent most wrong confident readings to review.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from inboxwatch.core.backstop import KindModel
from inboxwatch.core.lexicon import MEDIUM, STRONG, WEAK, Language, normalise
from inboxwatch.core.model import Classification, ParsedMessage, ReplyKind
from inboxwatch.core.phrases_de import GERMAN
from inboxwatch.core.phrases_en import ENGLISH
from inboxwatch.core.returndate import ReturnDates

LANGUAGES: tuple[Language, ...] = (ENGLISH, GERMAN)

CONFIDENT = 0.6  # a classification at least this confident may change an interview's status
CONFLICTED = 0.5  # the most confidence a message with both rejection and offer/interview cues gets
UNKNOWN = 0.3  # the confidence of "other" when no cue is found
GUESSED = 0.45  # the most confidence the statistical backstop's guess gets: a person must confirm it
SECOND_LOOK = 0.5  # the least the model must give another kind to take over an unsure reading
OVERRULED = 0.95  # the least the model must give another kind to put a confident reading in doubt

_R, _I, _O, _X = ReplyKind.REJECTION, ReplyKind.INTERVIEW, ReplyKind.OFFER, ReplyKind.AUTO_REPLY

_PHRASES = tuple(cue for language in LANGUAGES for cue in language.cues)
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:" + "|".join(language.auto_reply_subject for language in LANGUAGES) + ")", re.IGNORECASE
)
_REPLY_SUBJECT = re.compile(
    r"^\s*(?:" + "|".join(prefix for language in LANGUAGES for prefix in language.reply_prefixes) + r")"
    r"\s*(?:\[\d+\])?\s*:",
    re.IGNORECASE,
)
_RETURN_DATES = ReturnDates(LANGUAGES)
_CONTRAST = re.compile("|".join(f"(?:{language.contrast})" for language in LANGUAGES))
_WISH = re.compile("|".join(f"(?:{language.wish})" for language in LANGUAGES))

# Markers only a person's auto-responder sets; the others (auto-generated,
# X-Auto-Response-Suppress) also sit on every applicant-tracking mail, and
# Precedence: bulk or junk marks mail sent to many.
_RESPONDER_MARKERS = (
    "Auto-Submitted: auto-replied",
    "X-Autoreply",
    "X-Autorespond",
    "Precedence: auto_reply",
)
_BULK_MARKERS = ("Precedence: bulk", "Precedence: junk")

# On a tie the kind that changes the least wins: never a rejection over good news.
_TIES = (
    ReplyKind.OTHER,
    ReplyKind.ACKNOWLEDGEMENT,
    ReplyKind.AUTO_REPLY,
    ReplyKind.ON_HOLD,
    ReplyKind.INFO_REQUEST,
    ReplyKind.INTERVIEW,
    ReplyKind.OFFER,
    ReplyKind.REJECTION,
)

# The kinds that answer the application; an acknowledgement only confirms receipt.
_SUBSTANTIVE = (_R, _I, _O, ReplyKind.INFO_REQUEST, ReplyKind.ON_HOLD)

# The answers marketing copy imitates: "you've made it to the final round", "got an offer?", "share your CV".
_PROMISING = (_I, _O, ReplyKind.INFO_REQUEST, ReplyKind.ON_HOLD)

# The kinds a rejection must never be mistaken for, and back.
_OPPOSED = {
    _R: frozenset({_O, _I}),
    _O: frozenset({_R}),
    _I: frozenset({_R}),
}


class _Evidence(NamedTuple):
    kind: ReplyKind
    weight: float
    reason: str
    at: int = -1  # where in the text the cue starts; headers come before the text


def classify(message: ParsedMessage, backstop: KindModel | None = None) -> Classification:
    """What ``message`` says, read from its headers, subject, new text and invitation.

    ``backstop`` guesses, never confidently, at a message no cue explains,
    and gives a second opinion on what the cues read in its words.
    """
    headers = message.headers
    found = _structure(message)
    # What the structure of a message says is no matter of words: the model has no say on it.
    model = None if headers.bulk or found else backstop  # nor on mail to a list
    text = _words_read(message)
    scanned = _scan(text)
    found += scanned.found
    bulk = [marker for marker in headers.auto_markers if marker in _BULK_MARKERS]
    if bulk:
        found.append(_Evidence(ReplyKind.OTHER, WEAK, f"bulk-mail header {bulk[0]}"))
    if not found and model is not None:
        return guess(model, _unexplained(text, scanned.neutral))
    turns = [turn.start() for turn in _CONTRAST.finditer(text)]
    verdict = _doubt(_decide(found, turns), found, text, bulk=headers.bulk)
    if verdict.kind is _R and _wish_after_turn(found, turns, text):
        reasons = (*verdict.reasons, "a wish after a turn (however, but) may be good news")
        verdict = replace(verdict, confidence=min(verdict.confidence, CONFLICTED), reasons=reasons)
    if model is not None:
        verdict = second_opinion(verdict, model, _unexplained(text, scanned.neutral))
    if verdict.kind is _X:
        return replace(verdict, return_date=_RETURN_DATES.find(text, headers.date))
    return verdict


def read_from_structure(message: ParsedMessage) -> bool:
    """Whether an auto-reply's headers or subject, or an invitation, decide ``message``: no model reads it."""
    return bool(_structure(message))


def _structure(message: ParsedMessage) -> list[_Evidence]:
    headers = message.headers
    found = []
    if _AUTO_REPLY_SUBJECT.match(headers.subject):
        found.append(_Evidence(_X, 0.95, "auto-reply subject"))
    responder = [marker for marker in headers.auto_markers if marker.startswith(_RESPONDER_MARKERS)]
    if responder:
        found.append(_Evidence(_X, STRONG, f"auto-reply header {responder[0]}"))
    if message.invite is not None and message.invite.method == "REQUEST":
        found.append(_Evidence(_I, STRONG, "calendar invitation (METHOD:REQUEST)"))
    return found


def unexplained_words(message: ParsedMessage) -> str:
    """What the backstop reads of ``message``, and is trained on: the words no neutral cue explains.

    The rules judged "thank you for interviewing" or "contingent on a
    background check" no evidence; the model, which reads no context, should
    not take them for any.
    """
    text = _words_read(message)
    return _unexplained(text, _scan(text).neutral)


def _unexplained(text: str, neutral: list[tuple[int, int]]) -> str:
    kept, end = [], 0
    for start, stop in neutral:
        kept.append(text[end:start])
        end = stop
    return " . ".join([*kept, text[end:]])  # a full stop, so no word pair bridges a gap


def _words_read(message: ParsedMessage) -> str:
    """The normalised subject and new text that cues are read in.

    The subject of a reply or an auto-reply is left out: it repeats the mail it answers.
    """
    subject = message.headers.subject
    if _AUTO_REPLY_SUBJECT.match(subject) or _REPLY_SUBJECT.match(subject):
        subject = ""
    return f"{normalise(subject)} | {normalise(message.text)}"


def guess(backstop: KindModel, text: str) -> Classification:
    """The backstop's reading of ``unexplained_words`` of a message without cues: never confident.

    It never guesses a rejection: words without their context cannot tell
    "we'd like you to interview" from "thank you for interviewing", and the
    model is sure of itself where it should not be: it reads "We have decided
    you're the one!" as a rejection at 1.00, and a cross-validated model read
    an invitation as one. Taking good news for a rejection is the worst
    mistake, so such mail stays "other".
    """
    chances = backstop.probabilities(text)
    kind = _favourite(chances)
    if kind in (ReplyKind.OTHER, _R):
        return Classification(ReplyKind.OTHER, UNKNOWN, ("no known cue",))
    reason = f"no known cue, but it reads like {kind} (model, {chances[kind]:.2f})"
    return Classification(kind, round(min(chances[kind], GUESSED), 3), (reason,), guessed=True)


def second_opinion(verdict: Classification, backstop: KindModel, text: str) -> Classification:
    """The rules' ``verdict`` weighed against the backstop's reading of ``unexplained_words``.

    An unsure verdict takes the kind the model prefers, as a guess; a
    confident one that the model firmly reads as another kind drops below
    ``CONFIDENT``, so that a person decides. The model never makes a
    rejection (see ``guess``), and never turns an answer (a rejection, an
    offer, a question, a hold) into mail that is no answer, which a scan
    would ignore.
    """
    chances = backstop.probabilities(text)
    kind = _favourite(chances)
    if kind is verdict.kind:
        return verdict
    takes_over = kind is not _R and (kind in _SUBSTANTIVE or verdict.kind not in _SUBSTANTIVE)
    reason = f"but it reads like {kind} (model, {chances[kind]:.2f})"
    if verdict.confidence < CONFIDENT:
        if takes_over and kind is not ReplyKind.OTHER and chances[kind] >= SECOND_LOOK:
            return Classification(kind, GUESSED, (*verdict.reasons, reason), guessed=True)
        return verdict
    if chances[kind] < OVERRULED:
        return verdict
    if takes_over:
        return Classification(kind, GUESSED, (*verdict.reasons, reason), guessed=True)
    return replace(verdict, confidence=CONFLICTED, reasons=(*verdict.reasons, reason))


def _favourite(chances: dict[ReplyKind, float]) -> ReplyKind:
    return max(chances, key=lambda each: (chances[each], -_TIES.index(each)))


class _Scan(NamedTuple):
    found: list[_Evidence]
    neutral: list[tuple[int, int]]  # the spans of cues without a kind, in order


def _scan(text: str) -> _Scan:
    """The cues found in ``text``, each once where it first occurs, ignoring overlaps with earlier cues."""
    taken = bytearray(len(text))  # 1 where an earlier match lies
    found: dict[str, _Evidence] = {}
    neutral = []
    present = {word for word in _needed() if word in text}
    for cue in _PHRASES:
        if cue.needs is not None and cue.needs.isdisjoint(present):
            continue  # it cannot match: a first look spares the search
        for match in cue.pattern.finditer(text):
            start, end = match.span()
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                reason = f'matched "{cue.label}"'
                if cue.kind is None:
                    neutral.append((start, end))
                elif reason not in found:
                    found[reason] = _Evidence(cue.kind, cue.weight, reason, start)
    return _Scan(list(found.values()), sorted(neutral))


@cache
def _needed() -> frozenset[str]:
    """Every string some cue needs: looked for once per text, not once per cue."""
    return frozenset().union(*(cue.needs for cue in _PHRASES if cue.needs is not None))


def _decide(found: list[_Evidence], turns: list[int]) -> Classification:
    if not found:
        return Classification(ReplyKind.OTHER, UNKNOWN, ("no known cue",))
    scores = _scores(found)
    kind = max(scores, key=lambda each: (scores[each], -_TIES.index(each)))
    answer = max(_SUBSTANTIVE, key=lambda each: (scores[each], -_TIES.index(each)))
    if kind is ReplyKind.ACKNOWLEDGEMENT and scores[answer] >= MEDIUM:
        kind = answer  # "thank you for applying; the position has been filled" answers the application
    if kind is ReplyKind.ON_HOLD and scores[ReplyKind.INFO_REQUEST] >= MEDIUM:
        kind = ReplyKind.INFO_REQUEST  # "no decision yet; could you tell us your notice period?" needs you
    # An acknowledgement opens many substantive replies ("we received your
    # application; unfortunately ..."), so it weakens no other kind.
    runner_up = max(
        score
        for other, score in scores.items()
        if other is not kind and other is not ReplyKind.ACKNOWLEDGEMENT
    )
    # Half the runner-up's square: a stray weak cue costs little, a strong rival a lot.
    confidence = scores[kind] - runner_up**2 / 2
    reasons = [each.reason for each in sorted(found, key=lambda each: -each.weight)]
    opposed = sorted(other for other in _OPPOSED.get(kind, ()) if scores[other] >= scores[kind] / 2)
    if opposed:
        confidence = min(confidence, CONFLICTED)
        reasons.append(f"conflicting cues: {kind} and {' and '.join(opposed)}")
        turned = next((other for other in opposed if _has_last_word(found, turns, other, kind)), None)
        if turned is not None:
            reasons.append(f"{turned} after a turn (however, but) outweighs {kind} before it")
            kind = turned
    return Classification(kind, round(max(confidence, 0.0), 3), tuple(reasons))


def _scores(found: list[_Evidence]) -> dict[ReplyKind, float]:
    """Each kind's evidence combined as independent: 1 - prod(1 - weight)."""
    return {kind: 1 - math.prod(1 - each.weight for each in found if each.kind is kind) for kind in ReplyKind}


def _doubt(verdict: Classification, found: list[_Evidence], text: str, *, bulk: bool) -> Classification:
    """``verdict`` below ``CONFIDENT`` when the shape of the mail makes another kind as plausible.

    Mail sent to a list (newsletters, job boards) answers nobody's application,
    whatever its second-person copy says ("you've made it to the final
    interview"), and so may mail that reads like a newsletter, an alert or a
    recruiter's pitch as much as like an answer. Rejections are exempt: their
    footers invite to talent communities and job alerts, and applicant-tracking
    systems send them in bulk. "Still collecting feedback,
    will circle back" may only confirm that the application is being looked
    at. An out-of-office text that asks the reader something is a person
    writing, not a responder.
    """
    if verdict.confidence <= CONFLICTED:
        return verdict
    scores = _scores(found)
    doubt = None
    if bulk and verdict.kind in _PROMISING:
        doubt = "sent to a list, so it answers no one application"
    elif verdict.kind in _PROMISING and scores[ReplyKind.OTHER] >= MEDIUM:
        doubt = "it reads as much like mail to many (a newsletter, an alert, a pitch)"
    elif verdict.kind is ReplyKind.ON_HOLD and scores[ReplyKind.ACKNOWLEDGEMENT] >= scores[verdict.kind]:
        doubt = "as much a receipt as a hold"
    elif verdict.kind is _X and all(each.at >= 0 for each in found if each.kind is _X) and "?" in text:
        doubt = "an out-of-office text that asks a question: a person may have written it"
    if doubt is None:
        return verdict
    return replace(verdict, confidence=CONFLICTED, reasons=(*verdict.reasons, doubt))


def _wish_after_turn(found: list[_Evidence], turns: list[int], text: str) -> bool:
    """Whether the employer wishes something after turning from its last rejection cue.

    "We're not moving ahead with the Senior role. That said, our platform team
    would love to ..." may go on to good news no cue knows: a person should read it.
    """
    last = max(each.at for each in found if each.kind is _R)
    return any(_WISH.search(text, turn) for turn in turns if turn > last)


def _has_last_word(found: list[_Evidence], turns: list[int], kind: ReplyKind, rival: ReplyKind) -> bool:
    """Whether a cue of ``kind`` follows a turn that follows every cue of ``rival``.

    "We won't move forward for the Data Engineer role. However, the ML team
    would like to invite you to an onsite": the message ends on the invitation.
    """
    last_rival = max(each.at for each in found if each.kind is rival)
    return any(last_rival < turn < each.at for each in found if each.kind is kind for turn in turns)
