"""Classify v1: what an employer's message says, from weighted English cues.

Each cue is a regular expression with a kind and a weight, the confidence it
would give on its own. Cues are tried in the order listed, and a match that
overlaps an earlier cue's match is ignored. That is how the keyword traps are
handled: "unable to offer you" is listed, as a rejection, before the offer
cues; "offer you the chance to interview", as an interview, before them too;
a negation takes the rest of its clause ("not inviting you to the next
round"); and a thank-you for past steps ("thank you for completing the
assessment") takes its words out of play. The weights of one kind combine
like independent evidence, 1 - prod(1 - weight), and the runner-up kind
lowers the confidence.

Reading an offer or an invitation as a rejection is the worst mistake this
module can make, so when rejection cues and offer or interview cues are of
comparable strength the confidence stays below ``CONFIDENT`` and the caller
asks the user.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from inboxwatch.core.model import Classification, Headers, ReplyKind

CONFIDENT = 0.6  # a classification at least this confident may change an interview's status
CONFLICTED = 0.5  # the most confidence a message with both rejection and offer/interview cues gets
UNKNOWN = 0.3  # the confidence of "other" when no cue is found


@dataclass(frozen=True)
class _Cue:
    kind: ReplyKind | None  # None: a neutral phrase that only hides the words it covers
    weight: float  # the confidence this cue gives on its own
    label: str  # what the reasons show: short, and never text from the message


def _cue(kind: ReplyKind | None, weight: float, label: str, pattern: str) -> tuple[_Cue, re.Pattern[str]]:
    return _Cue(kind, weight, label), re.compile(pattern)


_STRONG, _MEDIUM, _WEAK = 0.9, 0.7, 0.35
_R, _I, _O = ReplyKind.REJECTION, ReplyKind.INTERVIEW, ReplyKind.OFFER
_H, _Q, _A, _X = ReplyKind.ON_HOLD, ReplyKind.INFO_REQUEST, ReplyKind.ACKNOWLEDGEMENT, ReplyKind.AUTO_REPLY

# A gap within one sentence: never across . ! ? or the " | " between subject and text.
_GAP = r"[^.!?|]{0,60}?"
# The rest of a clause, which a negation governs: "not inviting you to the next round".
_CLAUSE = r"[^.!?|,;:]*"
# The rest of a sentence, which a condition governs: "if shortlisted, we will invite you".
_SENTENCE = r"[^.!?|]*"
# A negation in front of a verb: "not", "won't be", "no longer", "unable to", "not in a position to".
_NOT = (
    r"(?:\bnot|n't|\bno longer|\bunable to|\bcannot|\bcan ?not)\s+"
    r"(?:be\s+)?(?:able to\s+)?(?:in a position to\s+)?"
)

_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|automatische antwort|auto(?:matic)?[- ]?(?:reply|response)|autoreply"
    r"|out of (?:the )?office|ooo\b|abwesenheitsnotiz|abwesend|r[ée]ponse automatique)",
    re.IGNORECASE,
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|fwd?|aw|wg|sv|antw|tr)\s*:", re.IGNORECASE)
_AUTO_REPLY_SUBJECT_CUE = _Cue(_X, 0.95, "auto-reply subject")
# Applicant-tracking mail is auto-generated too, so this header decides only
# when the text says nothing else.
_AUTO_SUBMITTED_CUE = _Cue(_X, 0.6, "auto-submitted header")

_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

_CUES = (
    # Neutral: thanks for steps already taken are no invitation, in rejections above all.
    _cue(
        None,
        0.0,
        "thanks for past steps",
        r"\bthank(?:s| you)(?: again| so much| very much)? for (?:taking (?:the )?time|your time|the time"
        r"|completing|attending|interviewing|meeting|speaking|talking|the (?:interview|conversation|call)"
        r"|coming in)(?:(?!\b(?:and|but)\b)[^.!?|,;]){0,40}",
    ),
    # Conditions promise nothing yet: "if you are shortlisted, we will contact you".
    _cue(
        _A,
        _MEDIUM,
        "if … shortlisted",
        r"\b(?:if|should|once) (?:you(?:'re| are| have been| were| be)? (?:selected|shortlisted"
        r"|successful|invited)"
        r"|we (?:decide|would like|wish|want) to (?:move forward|proceed|invite|interview)"
        r"|your (?:profile|skills|experience|qualifications|background|application) (?:is |are |be )?"
        r"(?:match|matches|fit|fits|meet|meets|suitable|successful|shortlisted|selected))" + _SENTENCE,
    ),
    _cue(
        _A,
        _MEDIUM,
        "only shortlisted candidates contacted",
        r"\bonly (?:be able to )?(?:contact|respond to|reach out to) (?:shortlisted|successful|selected)",
    ),
    # Rejections: negations first, so "not ... offer / invite / move forward" never reads as good news.
    _cue(_R, _STRONG, "not able to offer", _NOT + r"(?:offer|offering)\b" + _CLAUSE),
    _cue(_R, _STRONG, "not inviting", _NOT + r"(?:invite|inviting)\b" + _CLAUSE),
    _cue(
        _R,
        _STRONG,
        "not making an offer",
        _NOT + r"(?:make|making|extend|extending)\b" + _GAP + r"\boffers?\b" + _CLAUSE,
    ),
    _cue(
        _R,
        _STRONG,
        "not moving forward",
        _NOT + r"(?:(?:move|moving|proceed|proceeding|progress|progressing|continue|continuing|go|going"
        r"|take|taking)\s+(?:forward|further|ahead|with)"
        r"|(?:move|moving|progress|progressing|take|taking)\s+(?:you|your (?:application|candidacy))"
        r"\s+(?:forward|further|ahead|on|to))\b" + _CLAUSE,
    ),
    _cue(
        _R,
        _STRONG,
        "decided not to proceed",
        r"\bdecided (?:not to|against) (?:proceed|move|moving|progress|continue|pursue)" + _CLAUSE,
    ),
    _cue(
        _R,
        _STRONG,
        "not selected",
        r"(?:\bnot|n't) (?:been )?(?:successful|selected|shortlisted|chosen|progressed)\b" + _CLAUSE,
    ),
    _cue(
        _R,
        _STRONG,
        "no longer considered",
        r"\bno longer (?:be )?(?:considering|considered|under consideration|in consideration)",
    ),
    _cue(_R, _STRONG, "regret to inform", r"\bregret to (?:inform|tell|let you know|advise|say)"),
    _cue(_R, _STRONG, "a different direction", r"\b(?:go|going|went|gone) (?:in )?a different direction"),
    _cue(
        _R,
        _STRONG,
        "other candidates",
        r"\b(?:(?:move|moving|go|going|proceed|proceeding|continue|continuing) (?:forward |ahead )?with"
        r"|pursue|pursuing|chose|chosen|selected|hired|appointed)"
        r" (?:an?other|other|a different|different|the other|a more|more|an internal)(?: [\w-]+){0,2}"
        r" (?:candidates?|applicants?|profiles?|person)"
        r"|\b(?:offer|offered|give|gave|given) the (?:position|role|job) to"
        r" (?:another|a different|an internal|someone else|one of)",
    ),
    _cue(
        _R,
        _MEDIUM,
        "more closely match",
        r"\b(?:more closely (?:match|matches|matched|aligns?|aligned|fits?)|closer (?:match|fit)"
        r"|better (?:aligns?|aligned|matches|matched))\b",
    ),
    _cue(
        _R,
        _MEDIUM,
        "position filled",
        r"\b(?:position|role|vacancy|job|opening) (?:has|have) (?:now )?been (?:filled|closed)"
        r"|\b(?:close|closed|closing|cancel|cancelled|canceled) (?:the|this|our)"
        r" (?:position|role|vacancy|opening)",
    ),
    _cue(_R, _MEDIUM, "unsuccessful", r"\bunsuccessful\b"),
    _cue(_R, _MEDIUM, "not the right fit", r"\bnot (?:a|the) (?:right |best |good |strong )?(?:fit|match)\b"),
    _cue(
        _R,
        _WEAK,
        "after careful consideration",
        r"\bafter (?:careful|much|thorough|long) (?:consideration|review|deliberation)",
    ),
    _cue(
        _R,
        _WEAK,
        "wish you success",
        r"\bwish(?:ing)? you (?:the |all the )?(?:very )?(?:best|success|luck)\b",
    ),
    _cue(_R, _WEAK, "future endeavours", r"\bfuture (?:endeavou?rs|job search|career)"),
    _cue(
        _R,
        _WEAK,
        "keep your CV on file",
        r"\bkeep your (?:cv|resume|résumé|details|profile|information|application) on (?:file|record)",
    ),
    _cue(_R, _WEAK, "unfortunately", r"\b(?:unfortunately|sadly|regrettably)\b"),
    # Interviews: the offer-sounding ones before any offer cue.
    _cue(
        _I,
        _STRONG,
        "offer you the chance to interview",
        r"\boffer(?:ing)? you (?:the |an? )?(?:chance|opportunity) to (?:interview|meet|speak|talk|chat"
        r"|continue|progress|proceed|participate|take part|come in|join us for)",
    ),
    _cue(
        _I,
        _STRONG,
        "offer you an interview",
        r"\boffer(?:ing)? you (?:an? |the )?(?:[\w-]+ ){0,2}(?:interview|call|round|conversation)",
    ),
    _cue(_I, _STRONG, "reschedule", r"\bre-?schedul(?:e|ed|ing)\b"),
    _cue(
        _I,
        _STRONG,
        "invite you to interview",
        r"\b(?:invit(?:e|ed|ing) you|(?:like|love|want) you to (?:join|meet|come)|join us for)\b"
        + _GAP
        + r"\b(?:interview|round|stage|onsite|on-site|call|chat"
        r"|conversation|meeting|panel|assessment cent(?:re|er))",
    ),
    _cue(
        _I, _STRONG, "interview invitation", r"\binterview invitation|\binvitation:" + _GAP + r"\binterview"
    ),
    _cue(
        _I,
        _STRONG,
        "you've been shortlisted or invited",
        r"\byou(?:'ve| have| are|'re| were) (?:been )?(?:shortlisted|selected (?:for|to)|chosen to"
        r"|invited)\b",
    ),
    _cue(
        _I,
        _MEDIUM,
        "schedule an interview",
        r"\bschedul(?:e|ed|ing)\b" + _GAP + r"\b(?:interview|call|chat|meeting|conversation"
        r"|time to (?:talk|speak|meet))"
        r"|\b(?:interview|call|meeting)\b(?: \w+){0,3} (?:scheduled|confirmed|booked|arranged)\b",
    ),
    _cue(
        _I,
        _MEDIUM,
        "move the interview",
        r"\b(?:move|push|postpone|shift)\b (?:the|our|your|it|this)\b"
        + _GAP
        + r"\b(?:interview|call|meeting)\b",
    ),
    _cue(
        _I,
        _MEDIUM,
        "availability for an interview",
        r"\bavailab(?:ility|le)\b" + _GAP + r"\b(?:interview|call|chat|meeting|conversation)\b",
    ),
    _cue(
        _I,
        _MEDIUM,
        "book a time",
        r"\b(?:book|pick|select|choose|find|grab) (?:a|an|your|the) (?:\w+ )?(?:time|slot)\b",
    ),
    _cue(_I, _MEDIUM, "scheduling link", r"\bcalendly\.com|\bgoodtime\.io|\bcalendar (?:invite|invitation)"),
    _cue(_I, _MEDIUM, "next round", r"\bnext (?:round|stage|interview)"),
    _cue(
        _I,
        _MEDIUM,
        "move your application forward",
        r"\b(?:move|moving|take|taking|progress|progressing) (?:you|your (?:application|candidacy))"
        r" (?:forward|further|ahead|on|to the)"
        r"|\b(?:move|moving|proceed|proceeding|progress"
        r"|progressing) (?:forward )?with your (?:application|candidacy)",
    ),
    _cue(
        _I,
        _MEDIUM,
        "would like to meet you",
        r"\b(?:like|love) to (?:meet|speak|talk|chat) (?:with |to )?you\b",
    ),
    _cue(
        _I,
        _WEAK,
        "second or final interview",
        r"\b(?:second|2nd|third|3rd|final|technical|onsite|on-site|follow-up|panel"
        r"|in-person) (?:round|interview)",
    ),
    # On hold.
    _cue(
        _H,
        _STRONG,
        "on hold",
        r"\b(?:position|role|vacancy|hiring|recruitment|search|process|requisition"
        r"|opening)\b(?: \w+){0,3} on hold\b",
    ),
    _cue(_H, _STRONG, "hiring freeze", r"\bhiring freeze\b"),
    _cue(
        _H,
        _STRONG,
        "paused",
        r"\bpaus(?:e|ed|ing) (?:the |our |this )?(?:hiring|recruitment|recruiting|search|process"
        r"|role|position)"
        r"|\b(?:role|position|hiring|process|search) (?:has been |is |was |have been )?paused",
    ),
    _cue(
        _H,
        _MEDIUM,
        "decision delayed",
        r"\b(?:decision|process|timeline|hiring)\b(?: \w+){0,3} (?:delayed|postponed|pushed back)"
        r"|\bdelays? in (?:our|the|making)|\btaking (?:a bit |a little |slightly |much )?longer than",
    ),
    _cue(
        _H,
        _MEDIUM,
        "no decision yet",
        r"(?:\bnot|n't) (?:yet )?(?:made|reached|come to|finali[sz]ed) (?:a|our|any|the) (?:final )?decision",
    ),
    _cue(
        _H,
        _MEDIUM,
        "still deciding",
        r"\bstill (?:reviewing|evaluating|interviewing|assessing|considering|finali[sz]ing|deciding"
        r"|speaking|talking|meeting|in the process)",
    ),
    _cue(_H, _WEAK, "need more time", r"\bneed (?:a (?:bit|little) |some )?more time\b"),
    _cue(_H, _WEAK, "thank you for your patience", r"\bthank(?:s| you) for your (?:patience|understanding)"),
    # Requests for information.
    _cue(
        _Q,
        _MEDIUM,
        "asks for documents",
        r"\b(?:send|provide|share|forward|submit|upload|email)\b" + _GAP + r"\b(?:references?|referees?"
        r"|portfolio|transcripts?|work samples?|writing samples?|code samples?|documents?|documentation"
        r"|certificates?|diplomas?|passport|identification|right[- ]to[- ]work|salary expectations"
        r"|notice period|availability|copy of|updated (?:cv|resume|résumé))\b",
    ),
    _cue(
        _Q,
        _MEDIUM,
        "asks for an assessment",
        r"\b(?:complete|take|finish|attempt|start)\b"
        + _GAP
        + r"\b(?:assessment|coding (?:challenge|test|exercise)"
        r"|take[- ]home|test|questionnaire|exercise|assignment|challenge|case study|form)\b",
    ),
    _cue(_Q, _MEDIUM, "assessment platform", r"\b(?:hackerrank|codesignal|codility|testgorilla|coderbyte)\b"),
    _cue(_Q, _MEDIUM, "reference check", r"\b(?:reference|background) checks?\b"),
    _cue(
        _Q,
        _MEDIUM,
        "asks for notice period",
        r"\b(?:your|earliest) (?:notice period|salary expectations|expected salary|(?:earliest )?start date)",
    ),
    _cue(
        _Q,
        _WEAK,
        "asks for details",
        r"\byour availability"
        r"|\b(?:could|can|would) you (?:please )?(?:let (?:us|me) know|confirm|send|provide|share)",
    ),
    # Acknowledgements.
    _cue(
        _A,
        _STRONG,
        "received your application",
        r"\breceived your (?:application|cv|resume|submission)|\bapplication (?:has been "
        r"|was )?(?:successfully )?"
        r"(?:received|submitted)|\bapplication confirmation\b",
    ),
    _cue(
        _A,
        _MEDIUM,
        "will review your application",
        r"\b(?:we|team|recruiters?)(?: will|'ll) (?:now )?(?:carefully )?(?:review|be reviewing"
        r"|assess|consider"
        r"|look at|look over|go through) (?:your|all) (?:application|profile|cv|resume|submission"
        r"|applications)",
    ),
    _cue(
        _A,
        _WEAK,
        "thank you for applying",
        r"\bthank(?:s| you) for (?:applying|your application|your interest)",
    ),
    _cue(
        _A,
        _WEAK,
        "automated message",
        r"\b(?:this is an automated|automatically generated|do not reply to this)",
    ),
    # Offers, after every phrase that only sounds like one.
    _cue(
        _O,
        _STRONG,
        "pleased to offer",
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad) to (?:formally )?(?:offer|extend)\b",
    ),
    _cue(
        _O,
        _STRONG,
        "extend an offer",
        r"\b(?:extend|extending|make|making) (?:you )?(?:an?|the|this|our) (?:formal |official "
        r"|verbal |written )?offer",
    ),
    _cue(
        _O,
        _STRONG,
        "offer you the position",
        r"\boffer(?:ing)? you (?:the |this |a )?(?:[\w-]+ ){0,3}?(?:position|role|job|post)\b"
        r"|\boffer(?:ing)? (?:the|this) (?:position|role|job) to you\b",
    ),
    _cue(
        _O,
        _MEDIUM,
        "offer letter",
        r"\b(?:offer (?:letter|of employment|package|details)|job offer|formal offer|written offer"
        r"|verbal offer"
        r"|employment contract|contract of employment)\b|\baccept (?:the|this|our|my) offer",
    ),
    _cue(_O, _WEAK, "welcome to the team", r"\bwelcome (?:you )?(?:aboard|on board|to the team)"),
    _cue(
        _O,
        _WEAK,
        "salary",
        r"\b(?:starting|base|annual) salary|\bcompensation package|\bsign(?:ing|-on) bonus",
    ),
    _cue(_O, _WEAK, "congratulations", r"\bcongratulations\b|\bcongrats\b"),
    # Out-of-office replies written by a person look the same, hence medium weights.
    _cue(
        _X,
        _MEDIUM,
        "out of office",
        r"\b(?:i am|i'm|i will be|i'll be)\s+(?:currently\s+)?(?:out of (?:the )?office|away from"
        r"|on (?:annual"
        r" |parental |maternity |paternity |sick )?leave|on (?:vacation|holiday)|ooo)\b",
    ),
    _cue(_X, _MEDIUM, "limited access to email", r"\blimited access to (?:my )?e-?mail"),
    _cue(
        _X,
        _MEDIUM,
        "answers on return",
        r"\b(?:respond|reply|get back to you|answer)\b" + _GAP + r"\b(?:upon|on|after) my return\b"
        r"|\bwhen i (?:am back|return)\b",
    ),
    _cue(_X, _WEAK, "out of the office", r"\bout of (?:the )?office\b"),
)

# The kinds a rejection must never be mistaken for, and back.
_OPPOSED = {
    _R: frozenset({_O, _I}),
    _O: frozenset({_R}),
    _I: frozenset({_R}),
}


def classify(headers: Headers, text: str) -> Classification:
    """What a message with ``headers`` and new ``text`` says."""
    subject = headers.subject
    found: list[_Cue] = []
    if _AUTO_REPLY_SUBJECT.match(subject):
        found.append(_AUTO_REPLY_SUBJECT_CUE)
        subject = ""  # the rest repeats the subject of the mail it answers
    elif _REPLY_SUBJECT.match(subject):
        subject = ""  # a reply's subject is old text, like a quote
    found += _scan(f"{_normalise(subject)} | {_normalise(text)}")
    if headers.auto_submitted and all(cue.kind is _X for cue in found):
        found.append(_AUTO_SUBMITTED_CUE)
    return _decide(found)


def _normalise(text: str) -> str:
    return " ".join(text.translate(_TYPOGRAPHY).lower().split())


def _scan(text: str) -> list[_Cue]:
    """The cues found in ``text``, each once, ignoring matches that overlap an earlier cue's."""
    taken = bytearray(len(text))  # 1 where an earlier match lies
    found: list[_Cue] = []
    for cue, pattern in _CUES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                if cue.kind is not None and cue not in found:
                    found.append(cue)
    return found


def _decide(found: list[_Cue]) -> Classification:
    if not found:
        return Classification(ReplyKind.OTHER, UNKNOWN, ("no known cue",))
    scores = {kind: 1 - math.prod(1 - cue.weight for cue in found if cue.kind is kind) for kind in ReplyKind}
    # On a tie, never call it a rejection.
    kind = max(scores, key=lambda each: (scores[each], each is not _R))
    # An acknowledgement opens many substantive replies ("we received your
    # application; unfortunately ..."), so it weakens no other kind.
    runner_up = max(
        score
        for other, score in scores.items()
        if other is not kind and other is not ReplyKind.ACKNOWLEDGEMENT
    )
    # Half the runner-up's square: a stray weak cue costs little, a strong rival a lot.
    confidence = scores[kind] - runner_up**2 / 2
    reasons = [f'matched "{cue.label}"' for cue in sorted(found, key=lambda cue: -cue.weight)]
    opposed = sorted(other for other in _OPPOSED.get(kind, ()) if scores[other] >= scores[kind] / 2)
    if opposed:
        confidence = min(confidence, CONFLICTED)
        reasons.append(f"conflicting cues: {kind} and {' and '.join(opposed)}")
    return Classification(kind, round(max(confidence, 0.0), 3), tuple(reasons))
