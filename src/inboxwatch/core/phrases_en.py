"""English: what employers, recruiters, applicant-tracking systems and auto-responders write.

Data only; ``lexicon`` explains the form. Order matters: neutral phrases and
conditions first, then the mail that is no answer at all (job alerts,
outreach, newsletters, surveys), then rejections with their negations, then
interviews (the offer-sounding ones before any offer cue), holds, requests,
acknowledgements, offers and out-of-office text.
"""

from __future__ import annotations

from inboxwatch.core.lexicon import (
    CLAUSE,
    GAP,
    MEDIUM,
    NEAR,
    SENTENCE,
    STRONG,
    WEAK,
    Language,
    cue,
    numbered,
    status_cues,
)
from inboxwatch.core.model import ReplyKind

_R, _I, _O = ReplyKind.REJECTION, ReplyKind.INTERVIEW, ReplyKind.OFFER
_H, _Q, _A = ReplyKind.ON_HOLD, ReplyKind.INFO_REQUEST, ReplyKind.ACKNOWLEDGEMENT
_X, _N = ReplyKind.AUTO_REPLY, ReplyKind.OTHER

# A negation right before a verb: "not", "won't be", "no longer", "unable to", "not in a position to".
_NOT = (
    r"(?:\bnot|n't|\bno longer|\bunable to|\bcannot|\bcan ?not|\bnever)\s+"
    r"(?:(?:be|been|to|currently|presently|going to|gonna|able to|in a position to|looking to|planning to"
    r"|want to|wish to|(?:feel|think|believe|see how)(?: that)? (?:we|i)"
    r" (?:can|could|would|will|are able to))"
    r"\s+){0,3}"
)
_APPLICATION = r"(?:you|your (?:application|candidacy|profile|cv|resume)|with you)"
_CANDIDATES = r"(?:candidates?|applicants?|profiles?|person|individuals?|someone|finalists?)"
# Moving an interview: the verb, then the interview as its object.
_MOVE = (
    r"(?:move|push|postpone|shift|change|bring forward)(?: back)? (?:the (?:date|time) of )?"
    r"(?:the|our|your|this|\w+day's|tomorrow's|today's)(?: [\w-]+)? (?:interview|call|meeting|chat"
    r"|conversation"
    r"|onsite|on-site|session|panel|screen|appointment|superday)\b"
)
# ... or the interview as the subject: "the date of your superday has to move".
_MOVED = (
    r"(?:interview|call|meeting|chat|onsite|on-site|session|panel|screen|appointment|superday)\b"
    r"(?: [\w-]+){0,2} (?:has|have|needs?|will need|is going) to (?:move|be moved|change|shift|be pushed)\b"
)
# A request: "please send", "could you share", or an imperative opening a sentence.
_ASK = (
    r"(?:\b(?:please|kindly|could you|can you|would you(?: mind)?|will you|ask(?:ing)? you to|need you to"
    r"|like you to|remember to|be sure to|(?:whether|if) you (?:could|can|would|might))\b"
    + GAP
    + r"|(?:^|[.!?|:] ))"
)
# A posting closed to newcomers is no decision about the candidates already in.
_NOT_TO_NEW = r"(?! to (?:new |further |external )?(?:applications|applicants))"
_ATS = r"(?:hackerrank|codesignal|codility|testgorilla|coderbyte|hirevue|karat|canditech|qualified\.io)"

# A day and a time of day: "tmrw 3pm", "Wed 2pm", "Thursday 14:00".
_DAY = r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|tomorrow|tmrw|tmr|today|next week)\b"
_TIME = r"\b(?:\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}:\d\d)\b"
# An applicant-tracking system's status line: "Status: Not selected", "moved to: Archived".
_STATUS = (
    r"(?:application |candidate |new |current )?(?:status|stage)(?: (?:has been |was |is )?(?:updated|changed"
    r"|set)(?: to)?)?|moved to"
)

CUES = (
    *status_cues(
        _STATUS,
        {
            _R: r"not (?:selected|progressing|moving forward|shortlisted|successful)|unsuccessful|rejected"
            r"|declined|disqualified|archived|closed|no longer (?:under|in|being) consider\w*"
            r"|(?:(?:requisition|position|job|role|vacancy) )?(?:cancell?ed|withdrawn)|candidate released"
            r"|not a (?:fit|match)",
            _I: r"interview\w*|phone screen\w*|screening|on-?site",
            _O: r"offer(?: extended| made| sent)?|hired",
            _H: r"on hold|paused",
            _A: r"(?:in|under) review|received|submitted|applied|new|being reviewed|in progress",
        },
    ),
    # A video-call link is unambiguous, and its words ("meetup-join") are no event.
    cue(
        _I,
        MEDIUM,
        "video-call link",
        r"\b(?:zoom\.us/(?:j|my|w)/|teams\.microsoft\.com/l/meetup-join|meet\.google\.com/[a-z]|calendly\.com/"
        r"|webex\.com/|whereby\.com/)|\b(?:zoom|teams|webex|google meet) (?:link|meeting id|invite)\b"
        r"|\bjoin (?:zoom|teams|webex) meeting\b",
    ),
    # A helpdesk's ticket, or "we've received your email", answers the mail, not the application.
    cue(
        _X,
        MEDIUM,
        "helpdesk ticket",
        r"\bticket (?:#|no\b|number|id)|\[ticket\b|\bwe(?:'ve| have) received your (?:e-?mail|message)\b",
    ),
    # Neutral: thanks for steps already taken are no invitation, in rejections above all.
    cue(
        _A,
        MEDIUM,
        "thanks for submitting your application",
        r"\bthank(?:s| you)(?: again| so much| very much)? for (?:submitting|sending|completing)"
        r" (?:your|the) (?:application|cv|resume|take-home|assignment|assessment|test|exercise|task"
        r"|references"
        r"|documents|portfolio|answers)",
    ),
    cue(
        None,
        0.0,
        "both outcomes named",
        # A process described, not a decision: "Selected or Not Selected", "an offer or a rejection".
        r"\b([a-z]+) or not \1\b|\b(?:an offer or a rejection|a rejection or an offer)\b",
    ),
    cue(
        None,
        0.0,
        "legal disclaimer",
        # A footer's "does not constitute an offer" or "cannot accept liability" says nothing of you.
        r"\b(?:this|the|nothing in this) (?:e-?mail|message|communication)\b[^.!?|]{0,60}?"
        r"\b(?:does not|do not|shall not|will not|is not intended to|should not be (?:construed|taken) to)"
        r" (?:constitute|create|form|represent|amount to)\b"
        + SENTENCE
        + r"|(?:\b(?:unfortunately|regrettably)\b[^.!?|]{0,60}?)?\b(?:cannot|can not|do not|does not)"
        r" (?:accept|assume|guarantee)\b[^.!?|]{0,40}?\b(?:liability|responsibility|security|secure|virus)"
        + SENTENCE,
    ),
    cue(
        None,
        0.0,
        "thanks for past steps",
        r"\bthank(?:s| you)(?: again| so much| very much)? for (?:taking (?:the )?time|your time|the time"
        r"|completing|attending|interviewing|meeting|speaking|talking|the (?:interview|conversation|call"
        r"|chat|meeting)|coming in|joining|your (?:interest in|patience (?:during|throughout)|effort)"
        r"|participating|sharing)(?:(?!\b(?:and|but)\b)[^.!?|,;]){0,40}",
    ),
    cue(
        None,
        0.0,
        "a step already taken",
        r"\b(?:congratulations|congrats|well done) on (?:getting|making it|reaching|progressing|being)"
        r" (?:to|through|into|on to|selected for)(?: the)?(?: [\w-]+)? (?:stage|round|interview|shortlist)s?"
        r"|(?:\bin order |(?:^|[.!?|:] ))to (?:proceed|continue|move forward|progress) (?:further )?with your"
        r" (?:application|candidacy)",
    ),
    # A step held back until something is done is a condition, neither a refusal nor a step:
    # "we can't move your application forward until the form is signed".
    cue(
        None,
        0.0,
        "a step on a condition",
        _NOT + r"(?:move|moving|progress|progressing|proceed|proceeding|advance|advancing|continue|go)\b"
        r"[^.!?|\n]{0,60}\b(?:until|unless|till|as soon as)\b" + CLAUSE,
    ),
    # An event that cannot happen on its date is logistics, not the end of the process:
    # "the assessment centre can no longer go ahead on that date".
    cue(
        None,
        0.0,
        "an event off its date",
        _NOT + r"(?:go ahead|take place|happen|run|be held) (?:(?:on|at) (?:that|this|the (?:planned"
        r"|scheduled|agreed)) (?:date|day|time)|as (?:planned|scheduled|arranged))\b",
    ),
    # What an offer depends on is no request yet: "contingent on a background check".
    cue(
        None,
        0.0,
        "condition of an offer",
        r"\b(?:contingent|conditional|dependent) (?:up)?on\b" + CLAUSE + r"|\bsubject to\b" + CLAUSE,
    ),
    # A call offered to talk an offer or a decision through is no interview.
    cue(
        None,
        0.0,
        "a call about the details",
        r"\b(?:call|zoom|chat)(?: [\w-]+){0,4} to (?:(?:walk|talk|go|run|discuss)(?: you)?"
        r"(?: through| over| about)? (?:the |your |our |this |some )?(?:offer|package|details|equity|numbers"
        r"|contract|paperwork|terms|feedback|decision|benefits)|answer (?:any|your) questions|share more"
        r"|explain (?:more|why))\b"
        + CLAUSE
        + r"|\b(?:call|chat|talk|zoom)\b"
        + NEAR
        + r"\bbefore (?:you )?(?:sign|accept|decide|commit)\w*"
        + r"|\b(?:happy|glad) to (?:share|give) (?:some )?feedback"
        r"(?: on a call)?\b" + CLAUSE,
    ),
    cue(
        _R,
        STRONG,
        "withdrawn from consideration",
        r"\bwithdrawn from (?:further )?consideration"
        r"|\b(?:requisition|position|role|vacancy|opening|posting)\b"
        r"(?: [\w-]+){0,8} (?:has|have|was|is)(?: now| since| just)?(?: been)? (?:closed|cancell?ed)\b"
        + _NOT_TO_NEW
        + r"|\b(?:candidates|applicants|applications) (?:will )?no longer (?:be )?(?:progressed|considered"
        r"|progressing|reviewed)",
    ),
    cue(
        _A,
        STRONG,
        "withdrawal confirmed",
        r"\b(?:request to withdraw|withdrawal of) your (?:application|candidacy)"
        r"|\byour (?:application|candidacy) (?:has been|was|is now) withdrawn",
    ),
    # Conditions promise nothing yet: "if you are shortlisted, we will contact you".
    cue(
        _A,
        MEDIUM,
        "if … shortlisted",
        r"\b(?:if|should|once|in the event that|in case) (?:you(?:'re| are| have been| were| be)?"
        r" (?:selected|shortlisted|successful|invited|progressed)"
        r"|we (?:decide|would like|wish|want|choose) to (?:move forward|proceed|invite|interview|progress"
        r"|take)"
        r"|there(?:'s| is) (?:a )?(?:\w+ )?(?:fit|match)"
        r"|your (?:profile|skills|experience|qualifications|background|application) (?:is |are |be )?"
        r"(?:match|matches|fit|fits|meet|meets|suitable|successful|shortlisted|selected|aligns?)"
        r"|you (?:have not|haven't|do not|don't|did not|didn't) (?:been contacted|hear|heard|receive))"
        + SENTENCE,
    ),
    cue(
        _A,
        MEDIUM,
        "only shortlisted candidates contacted",
        r"\bonly (?:be able to )?(?:contact|respond to|reach out to|get back to) (?:shortlisted|successful"
        r"|selected)",
    ),
    # A hiring step named, not scheduled: "before I take you to the hiring manager" invites nobody.
    cue(
        None,
        0.0,
        "an internal step",
        r"\b(?:take|taking|bring|bringing|present|presenting|put|putting|pitch|pitching) (?:you|your"
        r" (?:profile|name|application|candidacy))(?: forward| through)? (?:to|in front of|before) (?:the|our"
        r"|my) (?:[\w-]+ ){0,2}(?:hiring manager|committee|panel|client|team|board|leadership|founders?|ceo"
        r"|cto|vp)\b",
    ),
    # A headline that asks is no news: "Got an offer? Here's how to negotiate it".
    cue(
        None,
        0.0,
        "a headline question",
        r"\b(?:got|have|landed|need|facing|preparing for|nervous about)(?: an?| your| the)?"
        r" (?:new )?(?:job )?(?:offers?|interviews?)\?",
    ),
    # Settings in a footer: "update your job alerts at any time".
    cue(
        None,
        0.0,
        "alert settings",
        r"\b(?:update|manage|edit|change|create|set up|unsubscribe from|turn off)"
        r" (?:your )?(?:job )?alerts?\b",
    ),
    # Mail that answers nothing: surveys, job alerts, outreach, newsletters and events.
    cue(
        _N,
        STRONG,
        "candidate experience survey",
        r"\b(?:take|complete|fill (?:out|in)|answer)\b" + GAP + r"\bsurvey\b"
        r"|\bhow (?:was|did|would you rate) your (?:interview|candidate|recruiting|application)"
        r"(?: process)? experience"
        r"|\b(?:rate|tell us about|feedback (?:on|about)) your (?:candidate |interview "
        r"|recruiting )?experience"
        r"|\bhow likely are you to recommend",
    ),
    cue(
        _N,
        STRONG,
        "job alert",
        r"\bjob alerts?\b|\bjobs? (?:you may|you might|that may|that might) (?:be interested|like)"
        r"|\bnew (?:jobs?|roles|positions|openings) (?:for you|matching|that match|near you|posted)"
        r"|\brecommended (?:jobs|for you|roles|positions)"
        r"|\b(?:jobs|roles) (?:matching|based on|that match) your (?:profile|search|preferences|skills)"
        r"|\bsimilar (?:jobs|roles|positions) (?:at|to|you)|\bview (?:all |more |similar )?jobs\b"
        r"|\byour (?:saved|daily|weekly) (?:job )?search|\b\d+\+? new (?:jobs|roles|positions)",
    ),
    cue(
        _N,
        STRONG,
        "recruiter outreach",
        r"\b(?:came across|stumbled (?:up)?on|found|noticed|saw) your (?:profile|background|work|github"
        r"|portfolio)"
        r"|\byour (?:profile|background) on (?:linkedin|github|xing|stack overflow)"
        r"|\b(?:are you|would you be) (?:currently )?open to (?:new|exploring|hearing|a (?:quick |brief )?"
        r"(?:chat|call|conversation)|considering|a new)"
        r"|\bwould you be interested in (?:exploring|hearing|learning|discussing|a (?:new|role|position))"
        r"|\b(?:on behalf of|representing|working with) (?:a|my|our) (?:client|partner)"
        r"|\b(?:currently|actively) (?:looking|open) (?:for|to) (?:new )?(?:opportunities|roles|a new)",
    ),
    cue(
        _N,
        MEDIUM,
        "recruiter pitch",
        r"\b(?:i'm|i am) reaching out (?:because|regarding|about|to see|as|with)"
        r"|\bif interested\b|\b(?:urgent|immediate) (?:requirement|opening|need)\b"
        r"|\b(?:our|a) (?:esteemed|valued|reputed|leading) client\b"
        r"|\b(?:exciting|great|unique|interesting|amazing) (?:new )?(?:opportunity|opportunities|role"
        r"|position)"
        r"\b|\bmy client\b|\bi(?:'m| am) a (?:\w+ )?recruiter (?:at|with|for)",
    ),
    cue(
        _N,
        STRONG,
        "invited to an event",
        r"\byou(?:'re| are)(?: warmly)? invited to (?:our |the |a |an )?(?:[\w-]+ ){0,4}(?:night|meetup"
        r"|webinar"
        r"|event|fair|party|session|talk|launch|conference|open day|summit|breakfast|drinks)\b",
    ),
    cue(
        _N,
        MEDIUM,
        "newsletter or event",
        r"\bnewsletter\b|\bwebinar\b|\bmeetups?\b|\bcareers? fairs?\b|\bhackathon\b"
        r"|\binfo(?:rmation)? sessions?"
        r"|\bopen house\b|\blivestream\b|\b(?:monthly|weekly|quarterly) (?:digest|roundup|update|newsletter)"
        r"|\bview (?:this|it|the) (?:e-?mail )?in (?:your |a |the )?browser|\bread (?:more|the full story)"
        r"|\bproduct (?:update|launch|news)|\bregister (?:now|here|today)"
        r"|\b(?:this week|today|new) on (?:the|our) (?:blog|podcast)|\bsave (?:my|your) (?:seat|spot)\b"
        r"|\bhow to (?:negotiate|ace|nail|land|stand out)\b|\b\d+ tips\b",
    ),
    cue(
        _N,
        MEDIUM,
        "job posting",
        r"\bapply (?:now|today|here)\b|\beasy apply\b|\b(?:is|are|we're|we are) (?:now )?hiring\b"
        r"|\brefer (?:a friend|someone|your friends)",
    ),
    cue(_N, MEDIUM, "talent community", r"\b(?:join|joined) (?:our|the) talent (?:community|network|pool)"),
    # Rejections: negations first, so "not ... offer / invite / move forward" never reads as good news.
    cue(
        _I,
        STRONG,
        "reschedule, with regret",
        r"\b(?:unfortunately|sorry|regret|apologi[sz]e|afraid|sadly)\b" + GAP + r"\b(?:re-?schedul\w*"
        r"|" + _MOVE + r"|" + _MOVED + r")",
    ),
    cue(
        _R,
        STRONG,
        "not recommended or selected",
        _NOT + r"(?:recommend|appoint|select|shortlist)ed (?:you|your (?:application|candidacy))\b",
    ),
    cue(
        _R,
        STRONG,
        "not taking it further",
        _NOT + r"(?:tak(?:e|ing)|progress(?:ing)?|mov(?:e|ing)|push(?:ing)?) (?:things|it|this|matters|you"
        r"|your (?:application|candidacy))(?: any)? further\b",
    ),
    # "The team passed", "she's going with the internal person": a decision for someone else.
    cue(
        _R,
        MEDIUM,
        "passed on you",
        r"\b(?:team|they|we|client|manager|panel|she|he)(?:'ve|'ll|'d| (?:have|has|had|will|would|decided to"
        r"|are going to))? pass(?:ed)?(?: on (?:you|your \w+)| this time| for now)?(?= ?[.!,;|]|$)"
        r"|\b(?:go|going|gone|went|goes)(?: ahead)? with (?:the |an? )?(?:internal|other|another|different"
        r"|external)\b",
    ),
    # Interviews put off without a new date are on hold: before "reschedule".
    cue(
        _H,
        MEDIUM,
        "interviews postponed",
        r"\b(?:hope|hoping|aim|plan|expect|intend) to re-?schedul\w*"
        r"|\b(?:interviews?|process|decisions?|timeline)\b(?: \w+){0,3} (?:have|has) been (?:postponed"
        r"|delayed"
        r"|put on hold)(?! to\b| until (?!further))",
    ),
    # Only an offer of the job, or to you, is the decision: "unable to offer hybrid working" is a perk.
    cue(
        _R,
        STRONG,
        "not able to offer",
        _NOT + r"(?:offer|offering)\b(?=(?: you| the| this| a| an| your| any| at| employment| positions?"
        r"| roles?)\b|[.,;!?|])" + CLAUSE,
    ),
    cue(_R, STRONG, "not inviting", _NOT + r"(?:invite|inviting|interview|interviewing)\b" + CLAUSE),
    cue(
        _R,
        STRONG,
        "not making an offer",
        _NOT + r"(?:make|making|extend|extending)\b" + GAP + r"\boffers?\b" + CLAUSE,
    ),
    # "For the moment we cannot continue" pauses; listed first, it keeps the words from a rejection.
    cue(
        _H,
        MEDIUM,
        "cannot go on for now",
        r"\b(?:for (?:the moment|now|the time being)|temporarily|at present),? (?:we|i)\s+"
        + _NOT
        + r"(?:continue|proceed|move forward|progress|go ahead)\b"
        + CLAUSE,
    ),
    cue(
        _R,
        STRONG,
        "not moving forward",
        _NOT + r"(?:(?:move|moving|proceed|proceeding|progress|progressing|continue|continuing|go|going"
        r"|take|taking|advance|advancing)\s+(?:forward|further|ahead|with|on)"
        r"|(?:taken|progressed|moved|considered|pursued|advanced)\s+(?:forward|further|any further)"
        r"|(?:move|moving|progress|progressing|proceed|proceeding|advance|advancing)\s+(?:you\s+)?to\s+"
        r"(?:the|an?)\s+(?:offer|next|final|second|further|later)"
        r"|(?:schedul(?:e|ing)|arrang(?:e|ing)|set(?:ting)? up)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:interview"
        r"|call"
        r"|round)"
        r"|(?:move|moving|progress|progressing|take|taking|advance|advancing|pursue|pursuing|consider"
        r"|considering|select|selecting|hire|hiring|shortlist|shortlisting)\s+"
        + _APPLICATION
        + r"|(?:hire|hiring|fill|filling|recruit|recruiting) for (?:it|this|the|that)\b)\b"
        + CLAUSE,
    ),
    cue(
        _R,
        STRONG,
        "decided not to proceed",
        r"\b(?:decided|chosen|opted|elected) (?:not to|against) (?:proceed|move|moving|progress|continue"
        r"|pursue|advance|offer|extend|invite|hire|take)" + CLAUSE,
    ),
    cue(
        _R,
        STRONG,
        "not selected",
        r"(?:\bnot|n't) (?:been )?(?:successful|selected|shortlisted|chosen|progressed|advanced|approved)\b"
        + CLAUSE,
    ),
    cue(
        _R,
        STRONG,
        "no longer considered",
        r"\bno longer (?:be )?(?:considering|considered|under consideration|in consideration|being considered"
        r"|in the running|in the process)",
    ),
    cue(
        _R,
        STRONG,
        "no position for you",
        _NOT + r"have (?:a|any) (?:suitable |matching )?(?:position|role|opening|vacancy|place) for you",
    ),
    cue(
        _R,
        STRONG,
        "regret to inform",
        r"\bregret to (?:inform|tell|let you know|advise|say|share|report)|\b(?:we|i) regret that\b",
    ),
    cue(
        _R,
        STRONG,
        "not the news you hoped for",
        r"\bnot (?:the )?(?:news|outcome|answer|result) (?:you|that you) (?:were |had )?hop(?:ed|ing) for",
    ),
    cue(
        _R,
        STRONG,
        "a different direction",
        r"\b(?:in )?a different direction\b|\b(?:go|going|went|gone) (?:another|a different) way\b"
        r"|\b(?:decided|going|have|had) to pass\b|\bpass on (?:your (?:application|candidacy)|you)\b",
    ),
    cue(
        _R,
        STRONG,
        "other candidates",
        r"\b(?:(?:move|moving|go|going|went|gone|proceed|proceeding|continue|continuing|progress|progressing)"
        r" (?:forward |ahead |on )?with"
        r"|pursue|pursuing|chose|chosen|selected|hire|hired|hiring|appointed|offered the (?:position|role"
        r"|job) to"
        r"|made an offer to|extended an offer to)"
        r" (?:an?other|other|a different|different|the other|a more|more|an internal|a candidate|candidates"
        r"|someone)(?: [\w-]+){0,2}(?: " + _CANDIDATES + r")?\b"
        r"|\b(?:offer|offered|offering|give|gave|given|giving) the (?:position|role|job) to"
        r" (?:another|a different|an internal|someone|one of)\b"
        r"|\banother candidate (?:has |who )?(?:accepted|was selected|was chosen)"
        r"|\b(?:offered|given) to (?:and accepted by )?(?:another|a different|an internal|someone else"
        r"|a candidate (?:whose|who))"
        r"|\b(?:extend|extended|extending|make|made|making|offer|offered)(?: an?| the"
        r"| our)? offer(?: of employment)?"
        r" to (?:another|a different|an internal|other|the other|one of the other|someone else)"
        r"|\baccepted by (?:another|a different|an internal) (?:candidate|applicant|person)"
        r"|\b(?:prioriti[sz]e|prioriti[sz]ing|favou?r|focus(?:ing)? on) (?:other )?(?:candidates|applicants"
        r"|profiles)",
    ),
    cue(
        _R,
        STRONG,
        "application declined",
        r"\b(?:application|candidacy)(?: status| for(?: the)?(?: [\w-]+){1,3})? (?:has been|was|is|:) ?"
        r"(?:declined|rejected|unsuccessful|closed|archived|not selected)",
    ),
    cue(
        _R,
        MEDIUM,
        "more closely match",
        r"\b(?:more closely (?:match|matches|matched|aligns?|aligned|fits?|meets?)|closer (?:match|fit)"
        r"|better (?:aligns?|aligned|matches|matched|suited|fit for)"
        r"|(?:align|aligns|match|matches|fit|fits) (?:more|most) closely|stronger (?:fit|match))\b"
        r"|\b(?:close|closing|closed) (?:out )?your (?:application|candidacy)\b"
        r"|\bother (?:candidates|applicants|profiles) (?:whose|who|with)\b",
    ),
    cue(
        _R,
        MEDIUM,
        "position filled",
        r"\b(?:position|role|vacancy|job|opening|requisition) (?:has|have|was) (?:now |since )?been"
        r" (?:filled|closed|cancell?ed|withdrawn)"
        + _NOT_TO_NEW
        + r"|\b(?:close|closed|closing|cancel|cancelled|canceled|withdraw|withdrawn) (?:the|this|our)"
        r"(?: [\w-]+){0,3} (?:position|role|vacancy|opening|requisition|search)"
        r"|\b(?:position|role|vacancy|opening) is no longer (?:open|available)"
        r"|\bwe (?:have|'ve) (?:now |since )?filled (?:the|this)(?: [\w-]+){0,3} (?:position|role|vacancy)"
        r"|\bwe(?:'ve| have) (?:now |since )?(?:hired|recruited|appointed) (?:for|someone for|into) (?:the"
        r"|this)"
        r"|\b(?:fill|filled|filling|staff|staffed|staffing)\b(?: [\w-]+){0,4} (?:internally|in-house"
        r"|from within)\b|\b(?:fill|filled|filling|gone|went|go|going|chose|chosen|decided on|offered it)\b"
        r"(?: [\w-]+){0,4} (?:with|to|for|by|on) an? (?:internal|existing|in-house)"
        r" (?:candidate|applicant|hire|colleague|employee|person|team member)\b"
        r"|\b(?:closed|cancell?ed|pulled|withdrew|withdrawn|froze|frozen)\b(?: [\w-]+){0,3}"
        r" (?:req|requisition|headcount)\b|\bnot (?:backfilling|backfill)\b|\bno (?:role|position|job|seat)"
        r" (?:to hire into|left|to fill)\b",
    ),
    cue(
        _R,
        STRONG,
        "offer withdrawn",
        # An offer taken back, or talks that end: "we have to withdraw the offer", "part ways".
        r"\b(?:withdraw|withdrawing|withdrew|rescind|rescinding|retract|retracting|revoke|revoking)"
        r" (?:the|our|your|this)(?: [\w-]+){0,2} offer\b"
        r"|\boffer (?:has been|was|is being) (?:withdrawn|rescinded|retracted|revoked)\b"
        r"|\bpart(?:ing)? ways\b",
    ),
    cue(
        _R,
        MEDIUM,
        "going to pass",
        r"\b(?:gonna|going to|'ll|will|decided to|have to|had to|chose to|choosing to) pass"
        r"(?= on (?:this|you|your|the)\b| this time| for now| at this)"
        r"|\b(?:it's|it is|this one's|this one is|that's|that is) a (?:no|pass)\b"
        r"|\ba (?:no|pass) from (?:us|me|the (?:team|panel|client|manager|hiring manager|committee))\b",
    ),
    cue(_R, MEDIUM, "unsuccessful", r"\bunsuccessful\b"),
    cue(
        _R,
        MEDIUM,
        "someone else chosen",
        r"\b(?:it|the answer|the decision)(?:'s| is| was)(?: not|n't) (?:going to be )?you\b"
        r"|\b(?:want|wants|wanted|need|needs|needed|needing|prefer|prefers|preferred|went for|going for"
        r"|looking for|picked|chose|hired|went with) someone (?:more (?:senior|experienced|junior)"
        r"|(?:with|w/) more"
        r"|who(?:'s| has)(?: [\w-]+){0,3} more)\b|\bnot (?:better|good|great|the best) news\b",
    ),
    cue(
        _R,
        MEDIUM,
        "sorry to share",
        r"\b(?:sorry|sad|disappointed) to (?:inform|tell|let you know|share|say|report)|\bwith regret\b",
    ),
    cue(
        _R,
        MEDIUM,
        "not the right fit",
        r"(?:\bnot|n't) (?:quite )?(?:a|the) (?:right |best |good |strong |close )?(?:fit|match)\b",
    ),
    cue(
        _O,
        STRONG,
        "selected for the position",
        r"\byou(?:'ve| have been| are| were) (?:been )?(?:selected|chosen) (?:for|as) (?:the |our )?"
        r"(?!(?:an? |the )?(?:interview|next|second|final|shortlist))"
        r"(?:[\w-]+ ){0,3}(?:position|role|job|post)\b",
    ),
    # Interviews: the offer-sounding ones before any offer cue.
    cue(
        _I,
        STRONG,
        "offer you the chance to interview",
        r"\boffer(?:ing)? you (?:the |an? )?(?:chance|opportunity) to (?:interview|meet|speak|talk|chat"
        r"|continue|progress|proceed|participate|take part|come in|join us for|move forward)",
    ),
    cue(
        _I,
        STRONG,
        "offer you an interview",
        r"\boffer(?:ing)? you (?:an? |the )?(?:[\w-]+ ){0,2}(?:interview|call|round|conversation|meeting)",
    ),
    cue(
        _I,
        STRONG,
        "reschedule",
        r"\bre-?schedul(?:e|ed|ing)\b|\b(?:find|pick|arrange|book|set|suggest) (?:another|a new|a different"
        r"|a better|an alternative) (?:time|slot|date|day)"
        r"|\b(?:select|choose|pick|book) (?:one of )?(?:the|our) (?:new|other|alternative|remaining) (?:dates"
        r"|times|slots|days)\b",
    ),
    cue(
        _I,
        STRONG,
        "next step is an interview",
        r"\bnext (?:step|stage)s? (?:is|will be|would be|in the process is) (?:an?|the|your) (?:[\w-]+ ){0,3}"
        r"(?:interview|call|chat|conversation|meeting|onsite|on-site|screen|session|panel|trial|superday"
        r"|jam|pairing)"
        r"|\bnext (?:bit|up) (?:is|will be) (?:an?|the|your) (?:[\w-]+ ){0,3}(?:interview|call|chat|meeting"
        r"|onsite|on-site|session|panel|trial|jam|pairing)"
        r"|\brequest(?:ing)? your (?:attendance|presence) (?:at|for)\b",
    ),
    cue(
        _I,
        STRONG,
        "invite you to interview",
        r"\b(?:invit(?:e|ed|ing) you|(?:like|love|want) you to (?:join|meet|come)|join us for)\b"
        + GAP
        + r"\b(?:interview|round|stage|onsite|on-site|call|chat|conversation|meeting|panel|visit|session"
        r"|assessment cent(?:re|er)|office|coffee|lunch)"
        r"|\binvite you (?:back|in|over)\b",
    ),
    cue(
        _I,
        STRONG,
        "interview invitation",
        r"\binterview (?:invitation|invite|request)\b(?!s)"
        r"|\binvitation (?:to|for) (?:an? |the )?(?:\w+ )?interview"
        r"|\binvitation:" + GAP + r"\binterview",
    ),
    cue(
        _I,
        STRONG,
        "you've been shortlisted or invited",
        r"\byou(?:'ve| have| are|'re| were) (?:been )?(?:shortlisted|selected (?:for|to)|chosen (?:to|for)"
        r"|progressed|advanced|moved (?:on|forward|through))\b"
        r"|\byou(?:'ve| have| are|'re| were) (?:been )?invited to\b" + GAP + r"\b(?:interview|round|stage"
        r"|call|conversation|meeting|onsite|on-site|assessment)"
        r"|\byou(?:'ve| have) (?:made it|passed) (?:to|through|into|on to)",
    ),
    cue(
        _I,
        MEDIUM,
        "schedule an interview",
        r"\b(?:schedul(?:e|ed|ing)|arrange|set up|book|organi[sz]e)\b" + GAP + r"\b(?:interview|call|chat"
        r"|meeting|conversation|time to (?:talk|speak|meet)|onsite|on-site|video call)"
        r"|\b(?:interview|call|meeting|chat)\b(?: \w+){0,3} (?:is |has been |was )?(?:scheduled|confirmed"
        r"|booked|arranged|set)\b",
    ),
    cue(
        _I,
        MEDIUM,
        "a meeting proposed",
        r"\b(?:\d+|fifteen|twenty|thirty|forty-five|sixty)[- ]?(?:min|mins|minutes?)\b(?: [\w-]+){0,2}?"
        r" (?:with (?:our|my|the|us|me|\w+ from)|to (?:meet|chat with|talk with|speak with))"
        r"|\b(?:bring you|you to come|have you come) (?:back )?(?:in )?(?:for|to)\b"
        r"|\b(?:can|could) you do (?:mon|tue|wed|thu|fri)"
        # ... unless the interview is for the press: "interview you for our podcast".
        r"|\b(?:love|like|want|keen|happy|glad|eager) to (?:interview|meet) you\b"
        r"(?! about| for (?:our|my|a|the) (?:podcast|blog|newsletter|magazine|article|show|channel"
        r"|series|story))"
        r"|\b(?:swing|stop|drop|pop|come) (?:by|in|over)\b" + GAP + r"\bto (?:meet|chat|talk)\b",
    ),
    cue(_I, MEDIUM, "move the interview", r"\b(?:" + _MOVE + "|" + _MOVED + ")"),
    cue(
        _I,
        MEDIUM,
        "availability for an interview",
        r"\bavailab(?:ility|le)\b" + GAP + r"\b(?:interview|call|chat|meeting|conversation|onsite|on-site"
        r"|panel)\b|\b(?:if|whether|that|confirm) you(?:'re| are) (?:free|available|around)\b"
        # A question whose object is a meeting with someone: scheduling, not a request for information.
        r"|\b(?:for|to|in for) (?:a|an) (?:quick |short |brief |first |video |phone |virtual |informal )?"
        r"(?:call|chat|coffee|conversation|meeting|catch-up)\b (?:with|at) (?:our|the|my|me|us|\w+ from)\b"
        r"|\b(?:times?|slots?|days?) (?:that )?(?:work|works|suit|suits)\b" + GAP + r"\b(?:call|chat|meeting"
        r"|interview|conversation|onsite)\b"
        r"|\b(?:are you|would you be|will you be) (?:available|free|around)\b"
        r"|\bavailability (?:look|looks) like\b|\b(?:jump|hop|get) on a (?:quick |short )?(?:call|zoom|chat)"
        r"|\b(?:would|does|could|will|might) (?:[\w-]+ ){1,5}work (?:instead|better|for you)\b"
        r"|\b(?:would|does|could|will|might) (?:[\w-]+ ){1,5}suit(?: you)?\?"
        r"|\b(?:has|have|got) a (?:conflict|clash)\b"
        r"|\b(?:your|the) (?:interview|onsite|on-site|call|meeting)\b(?: \w+){0,3} (?:will )?(?:now )?"
        r"(?:take place|be held|start|begin|last)\b",
    ),
    cue(
        _I,
        MEDIUM,
        "book a time",
        r"\b(?:book|pick|select|choose|find|grab|submit|share) (?:a|an|any|your|the|some) (?:\w+ )?(?:times?"
        r"|slots?|availability)\b",
    ),
    cue(
        _I,
        MEDIUM,
        "scheduling link",
        r"\bcalendly\.com|\bgoodtime\.io|\bmodernloop|\bcalendar (?:invite|invitation)|\bself-schedul",
    ),
    cue(_I, WEAK, "next round", r"\bnext (?:round|stage|interview)|\bfinal (?:round|stage)"),
    cue(
        _I,
        MEDIUM,
        "move your application forward",
        r"\b(?:move|moving|take|taking|progress|progressing|advance|advancing) (?:you|your (?:application"
        r"|candidacy))(?: \w+)? (?:forward|further|ahead|on|to the)"
        r"|\b(?:move|moving|proceed|proceeding|progress|progressing) (?:forward )?with your (?:application"
        r"|candidacy)",
    ),
    cue(
        _I,
        MEDIUM,
        "would like to meet you",
        r"\b(?:like|love|keen|want) to (?:meet|speak|talk|chat) (?:with |to |further )?(?:with )?you\b"
        r"|\b(?:like|love) to (?:have|get) you (?:in|back)\b"
        r"|\b(?:like|love|want) you to (?:come (?:in|by|over)|visit|meet)\b"
        r"|\bso (?:that )?you can (?:meet|speak with|chat with|talk (?:to|with))\b"
        r"|\b(?:grab|find|book|steal|set aside) (?:\d+|fifteen|twenty|thirty|forty-five|sixty)"
        r"[- ]?(?:min|mins|minutes)\b"
        r"|\bmeet (?:with )?(?:some of )?(?:the|our) (?:[\w-]+ ){0,3}(?:team|manager|lead|director|founders?"
        r"|cto|ceo"
        r"|vp|head)\b",
    ),
    cue(
        _I,
        MEDIUM,
        "confirm your attendance",
        r"\bconfirm (?:your )?(?:attendance|availability|the time)"
        r"|\bconfirm(?:ing|ed)? (?:your|the|our) (?:onsite|on-site|interview|call|meeting|visit|appointment)",
    ),
    cue(
        _I,
        WEAK,
        "second or final interview",
        r"\b(?:second|2nd|third|3rd|final|technical|onsite|on-site|follow-up|panel|in-person|video|virtual"
        r"|phone|hiring manager) (?:round|interview|screen)",
    ),
    cue(
        _I,
        WEAK,
        "meeting link",
        r"\b(?:zoom|teams|google meet|webex) (?:link|meeting|call|invite)|\bmeet\.google\.com"
        r"|\blook(?:ing)? forward to (?:meeting|speaking (?:with|to)|seeing|talking (?:with|to)) you (?:on"
        r"|next"
        r"|at|this|tomorrow)",
    ),
    # The shape of scheduling: times offered or asked about, a day and a time.
    cue(
        _I,
        MEDIUM,
        "times offered or asked",
        _TIME + r"[^.!?|]{0,30}? or [^.!?|]{0,15}?" + _TIME + "|" + _TIME + r"[^.!|]{0,40}\?",
    ),
    cue(_I, WEAK, "a day and a time", _DAY + r"[^.!?|]{0,25}?" + _TIME),
    cue(
        _I,
        MEDIUM,
        "want to see you again",
        r"\b(?:want|like|love|keen)s? to (?:see|meet) you (?:again|in person|next)\b"
        r"|\b(?:like|love|want) you (?:back )?in for\b",
    ),
    # On hold.
    cue(
        _H,
        STRONG,
        "on hold",
        r"\b(?:position|role|vacancy|hiring|recruitment|search|process|requisition|opening|decisions?)\b"
        r"(?: \w+){0,3} on (?:hold|pause|ice)\b|\b(?:put|placed|putting) (?:\w+ ){0,3}on (?:hold|pause"
        r"|ice)\b",
    ),
    cue(
        _H,
        MEDIUM,
        "is on hold",
        r"\b(?:is|are|has been|have been|remains?) (?:currently |temporarily |now )?(?:on hold|on pause"
        r"|paused|on ice|frozen)\b|\bon the back ?burner\b"
        r"|\b(?:push|pushed|pushing|postpone\w*|delay\w*) (?:back )?(?:our|the|a|any) (?:final )?decision",
    ),
    cue(
        _H,
        STRONG,
        "hiring freeze",
        r"\bhiring (?:freeze|pause)\b|\b(?:freeze|pause) on (?:all )?(?:[\w-]+ )?hiring\b",
    ),
    cue(
        _H,
        MEDIUM,
        "waiting on funding or leave",
        r"\bwaiting (?:on|for) (?:our |the |a |budget )?(?:[\w-]+ ){0,2}(?:funding|round|series [a-e]|seed"
        r"|budget|headcount|approval|sign-off|re-?org\w*|restructur\w*)\b"
        r"|\b(?:until|till|before|once) (?:the |our )?(?:[\w-]+ ){0,2}(?:funding|round|budget|re-?org\w*"
        r"|restructur\w*|financial year|fiscal year|freeze|pause)\b(?: [\w-]+){0,2}"
        r" (?:closes|is (?:lifted|over|done|approved|signed off|complete)|ends|begins|starts)"
        r"|\b(?:has|have|is|'s) (?:gone |going |been )?on (?:parental|maternity|paternity|sick|medical"
        r"|extended|unexpected) leave\b|\bholding (?:off (?:on )?)?(?:[\w-]+ ){0,2}(?:decisions?|offers"
        r"|hiring)\b|\bjust a pause\b",
    ),
    cue(
        _H,
        STRONG,
        "paused",
        r"\bpaus(?:e|ed|ing) (?:the |our |this |all )?(?:[\w-]+ )?(?:hiring|recruitment|recruiting|search"
        r"|process|role"
        r"|position)"
        r"|\b(?:role|position|hiring|process|search) (?:has been |is |was |have been )?paused",
    ),
    cue(
        _H,
        MEDIUM,
        "decision delayed",
        r"\b(?:decision|process|timeline|hiring)\b" + GAP + r"\b(?:delayed|postponed|pushed back|slipped"
        r"|shifted)|\bdelays? in (?:our|the|making)|\btaking (?:a bit |a little |slightly |much |a lot )?"
        r"longer than|\b(?:running|are|is|we're|fallen|fell) (?:a bit |a little |slightly )?behind (?:on )?"
        r"(?:our |the )?(?:schedule|timeline)"
        r"|\b(?:role|position|vacancy|requisition|opening|headcount) is (?:currently |now )?(?:under review"
        r"|being reviewed|being reassessed)|\breassess(?:ing)? (?:the |our )?(?:role|team|priorities"
        r"|headcount"
        r"|needs)|\bbudget (?:approval|freeze|review|sign-off)|\b(?:final )?sign-off\b",
    ),
    cue(
        _H,
        MEDIUM,
        "no decision yet",
        r"(?:\bnot|n't) (?:yet )?(?:made|reached|come to|finali[sz]ed) (?:a|our|any|the) (?:final )?decision"
        r"|\bno (?:final )?decision (?:has been made|yet)"
        r"|(?:\bnot|n't) (?:yet )?(?:been )?able to (?:convene|meet|decide|agree|align|get together)\b",
    ),
    cue(
        _H,
        MEDIUM,
        "still deciding",
        r"\bstill (?:reviewing|evaluating|interviewing|assessing|considering|finali[sz]ing|deciding"
        r"|speaking|talking|meeting|in the process|waiting (?:on|for)|gathering|collecting|working through)"
        r"|\bno (?:news|update|decision|feedback) (?:just )?yet\b|\bnothing to report yet"
        r"|\bhaven't forgotten (?:about )?you|\b(?:remain|still"
        r"|are still)(?: very much)? (?:under consideration"
        r"|in the running|in consideration)",
    ),
    cue(
        _H,
        WEAK,
        "need more time",
        r"\bneed (?:a (?:bit|little) |some )?more time\b|\bbear with us\b|\b(?:update|news) (?:for you )?"
        r"(?:by|within|early|later|next)",
    ),
    cue(
        _H,
        WEAK,
        "thank you for your patience",
        r"\bthank(?:s| you) for (?:your|bearing) (?:patience|with us)",
    ),
    # A receipt of what was asked for is no new request: before the requests.
    cue(
        _A,
        MEDIUM,
        "received your documents",
        r"\b(?:(?:we|i)(?:'ve| have)? (?:now |safely |successfully )?received|receipt of|got) your\b"
        r"(?: [\w-]+){0,3}",
    ),
    cue(
        _H,
        MEDIUM,
        "paused or taking longer",
        r"\b(?:decisions?|process|hiring|recruitment|req(?:uisition)?|role|position|search)\b(?: [\w-]+){0,4}"
        r" (?:is|are|has been|have been|was|were)(?: temporarily| currently)? (?:paused|parked|frozen"
        r"|suspended)\b|\b(?:decision|process|feedback)\b(?: [\w-]+){0,2} (?:will|may|might|is going to)"
        r" take (?:a (?:bit|little) |some )?(?:more|longer|extra) time",
    ),
    # Requests for information.
    cue(
        _Q,
        MEDIUM,
        "asks for documents",
        _ASK
        + r"(?:send|provid|shar|forward|submit|upload|email|attach|bring|pop|drop|ping)(?:e|s|ing)?\b"
        + GAP
        + r"\b(?:references?"
        r"|referees?"
        r"|portfolio|transcripts?|work samples?|writing samples?|code samples?|documents?|documentation"
        r"|certificates?|diplomas?|passport|identification|id|right[- ]to[- ]work|salary expectations"
        r"|notice period|copy of|updated (?:cv|resume)|details|contact details|visa|degree|names?"
        r"|paperwork)\b",
    ),
    cue(
        _Q,
        MEDIUM,
        "asks for an assessment",
        r"\b(?:complete|take|finish|attempt|start)\b"
        + GAP
        + r"\b(?:assessment|coding (?:challenge|test|exercise)|take[- ]home|test|questionnaire|exercise"
        r"|assignment|challenge|case study|form|task|application form)\b",
    ),
    cue(_Q, MEDIUM, "assessment platform", r"\b" + _ATS + r"\b"),
    cue(
        _Q,
        MEDIUM,
        "a test as the next step",
        r"\bnext (?:step|stage|up|bit)\b" + GAP + r"\b(?:test|assessment|challenge|case study|exercise"
        r"|assignment|questionnaire|task|take-?home)\b|\bonline (?:\w+ )?(?:test|assessment)"
        r"|\b(?:numerical|verbal|logical) reasoning"
        r"|\bpsychometric",
    ),
    cue(_Q, MEDIUM, "reference check", r"\b(?:reference|background) checks?\b"),
    cue(
        _Q,
        MEDIUM,
        "asks for notice period",
        r"\b(?:your|earliest) (?:notice period|salary expectations?|expected salary"
        r"|(?:earliest )?(?:possible )?start date"
        r"|current salary|visa status|work authori[sz]ation)"
        r"|\b(?:require|need) (?:visa )?sponsorship"
        r"|\b(?:comp|pay|salary|rate)[- ]wise\b|\bhow much notice\b"
        r"|\b(?:authori[sz]ed|eligible|entitled|permitted|cleared) to work\b"
        r"|\b(?:application|profile|submission) is (?:still )?(?:missing|incomplete)\b"
        r"|\bmissing (?:a |one |some )?(?:required|mandatory) (?:item|document|field|detail)s?\b"
        r"|\bwhat (?:\w+ )?(?:comp(?:ensation)?|salary|pay|rate|range|package|base)\b"
        + GAP
        + r"\b(?:are|were|would) you (?:targeting|looking for|expecting|aiming for|after)",
    ),
    cue(
        _Q,
        MEDIUM,
        "needs more details",
        r"\b(?:we|i) (?:need|require|are missing|still need|will need)\b" + GAP + r"\b(?:details|information"
        r"|documents?|answers?|passport|references?|copy of|proof of|transcripts?)\b"
        r"|\bfill (?:out|in) (?:the|this|our|a|an)\b"
        r"|\bsign (?:the|an|our)(?: \w+)? (?:nda|non-disclosure|confidentiality)",
    ),
    cue(
        _Q,
        WEAK,
        "asks for details",
        r"\byour availability|\b(?:a few|some|two|three|quick|couple of) (?:quick )?questions"
        r"|\b(?:could|can|would) you (?:please )?(?:let (?:us|me) know|confirm|send|provide|share|clarify)",
    ),
    cue(
        _Q,
        MEDIUM,
        "a take-home",
        r"\b(?:do|complete|submit|finish|work on) (?:a |the |our |this )?(?:small |short |quick )?"
        r"take-?home\b"
        r"|\btake-?home (?:task|exercise|assignment|challenge|test|project)\b",
    ),
    # Acknowledgements.
    cue(
        _A,
        STRONG,
        "received your application",
        r"\b(?:received|receipt of) your (?:application|cv|resume|submission)"
        r"|\bapplication (?:has been |was |is )?(?:successfully )?(?:received|submitted|complete)"
        r"|\bapplication (?:confirmation|received)\b",
    ),
    cue(
        _A,
        MEDIUM,
        "will review your application",
        r"\b(?:we|they|team|engineers|recruiters?|someone|panel|hiring managers?)(?: will|'ll) (?:now )?"
        r"(?:carefully )?(?:review|be reviewing"
        r"|assess|consider|look at|look over|go through|be in touch)"
        r"(?: (?:your|all|the) (?:application|profile|cv|resume|submission|applications)| it| them)?"
        r"|\bappreciate your (?:application|interest)|\bapplication is (?:now |currently )?(?:under"
        r"|being) review"
        r"|\b(?:volume|number) of applications|\b(?:check|track|view) (?:the status of )?your application",
    ),
    cue(
        _A,
        MEDIUM,
        "passed on to the team",
        r"\b(?:pass(?:ed)?|shar(?:e|ed|ing)|forward(?:ed)?|sent)(?: (?:it|them|this|these|your \w+))?(?: on)?"
        r" (?:with|to) (?:the|our) (?:team|hiring manager|hiring team|panel|interviewers)\b"
        r"|\b(?:give us|allow(?: us)?) (?:up to |about |around )?(?:\w+ )?(?:days?|weeks?)\b"
        r"|\bget back to you (?:within|in) (?:\w+ )?(?:days?|weeks?)|\bcircle back\b",
    ),
    cue(
        _A,
        MEDIUM,
        "on our records",
        r"\b(?:known (?:to|by) us|(?:logged|registered|recorded|entered|saved|stored|filed) (?:in|on|into)"
        r" our (?:system|database|records|files)|(?:is|are) (?:now )?(?:in|on) our (?:system|database"
        r"|records|files))\b",
    ),
    cue(_A, WEAK, "noted", r"\b(?:got it|(?:i|we)(?:'ve| have) noted|received,? (?:with )?thanks?)\b"),
    cue(
        _A,
        WEAK,
        "thank you for applying",
        r"\bthank(?:s| you) for (?:applying|your application|your interest)",
    ),
    cue(
        _A,
        WEAK,
        "automated message",
        r"\bthis is an automated (?:message|e-?mail|notification|confirmation)|\bautomatically generated",
    ),
    cue(
        _A,
        MEDIUM,
        "CV sent on to the employer",
        r"\b(?:sent|submitted|forwarded|passed|put) your (?:cv|resume|profile|application|details)(?: across"
        r"| over| on| forward)? to\b",
    ),
    # Offers, after every phrase that only sounds like one.
    cue(
        _O,
        STRONG,
        "extend the position",
        r"\bextend (?:to you |you )?(?:an? |the )?(?:offer|position|role|job)\b",
    ),
    cue(
        _O,
        MEDIUM,
        "they want you",
        r"\b(?:they|we|the client|the team)(?: really| all)? wants? you"
        r"(?: on board| for the (?:role|job))? ?[.!]"
        r"|\bcame back with (?:an? )?(?:[$\u00a3\u20ac] ?)?\d+(?:[.,]\d+)?k\b",
    ),
    cue(
        _O,
        STRONG,
        "pleased to offer",
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad|proud) to (?:formally )?(?:offer|extend"
        r"|confirm (?:our|your|the|this) offer)\b",
    ),
    cue(
        _O,
        STRONG,
        "extend an offer",
        r"\b(?:extend|extending|make|making|present|presenting) (?:you )?(?:with )?(?:an?|the|this"
        r"|our) (?:formal"
        r" |official |verbal |written |conditional |contingent |final )?offer",
    ),
    cue(
        _O,
        STRONG,
        "offer you the position",
        r"\boffer(?:ing)? you (?:the |this |a )?(?:[\w-]+ ){0,3}?(?:position|role|job|post"
        r"|opportunity to join)"
        r"\b|\boffer(?:ing)? (?:the|this) (?:position|role|job) to you\b",
    ),
    cue(
        _O,
        MEDIUM,
        "offer letter",
        r"\b(?:offer (?:letter|of employment|package|details|documents|pack)|job offer|formal offer"
        r"|written offer|verbal offer|employment (?:contract|agreement)|contract of employment)\b"
        r"|\baccept (?:the|this|our|my|your) offer|\bsign (?:the|your) (?:offer|contract)"
        r"|\b(?:find|review|see) your (?:[\w-]+ )?offer\b|\byour offer (?:for|letter|from|is attached)\b",
    ),
    cue(
        _O,
        STRONG,
        "want to hire you",
        r"\b(?:want|would like|'d like|decided|excited|happy|pleased|delighted|thrilled|love) to (?:hire"
        r"|employ)"
        r" you\b|\b(?:bring|have|welcome|get) you (?:on ?board|aboard)\b"
        r"|\byou(?:'ve)? got the (?:job|role|position)\b|\bthe (?:job|role|position) is yours\b"
        r"|\b(?:love|like|want) (?:for )?you to join (?:us|the team|[\w&' -]{1,40}?) as (?:our|a|an|the)\b"
        r"|\boffer (?:is )?(?:coming|on (?:its|the) way|to follow|will follow)\b"
        r"|\b(?:been|were) successful in (?:your application|securing|being appointed|obtaining)"
        r"|\brecommended (?:you )?for appointment\b",
    ),
    cue(
        _O,
        MEDIUM,
        "join the team",
        r"\b(?:like|love|want|excited|thrilled)(?: for)? (?:you )?to (?:have you )?join (?:our|the)"
        r"(?: [\w-]+){0,3} team\b"
        r"(?! for)"
        r"|\bwelcome (?:you )?(?:aboard|on board|to the team)|\bjoin (?:us|our team|the team) as (?:a|an"
        r"|our)\b"
        r"|\byour new (?:role|position|job) (?:at|with)\b",
    ),
    cue(
        _O,
        WEAK,
        "salary",
        r"\b(?:starting|base|annual|gross) salary|\bcompensation package|\bsign(?:ing|-on) bonus"
        r"|\b(?:stock options|equity grant|rsus?)\b",
    ),
    cue(
        _O,
        MEDIUM,
        "paperwork or contract on its way",
        r"\b(?:send|sending|sent|email|emailing|prepare|preparing|draw up|drawing up|issue|issuing"
        r"|pulled together|put together|set out|reach out|be in touch|follow up|come back|get back|expect"
        r"|look out for)\b"
        r"(?: [\w-]+){0,4} (?:the|your|an?|our)(?: formal| draft| final)?"
        r" (?:paperwork|contract(?: proposal| draft)?|formal letter|package|offer)\b"
        r"|\b(?:contract|paperwork|formal letter)\b(?: [\w-]+){0,3}(?: will| to| is| are)?"
        r" (?:follow|come|arrive|attached)|\b(?:docusign|e-?sign|adobe sign)\b"
        r"|\b(?:move|moving|go|going) (?:forward|ahead) with you (?:for|as)\b(?: [\w-]+){0,4}"
        r" (?:position|role|job)\b|\bwe (?:choose|chose|picked|pick) (?:for )?you\b"
        r"|\b(?:signed off|approved|green-?lit)(?: on)? your (?:hire|hiring|offer|appointment)\b",
    ),
    cue(
        _O,
        MEDIUM,
        "pay and start date",
        r"\b(?:the|a|our|agreed|proposed) (?:salary|base|comp\w*|package|pay)\b"
        + GAP
        + r"\bstart(?:ing)? date"
        r"|\b(?:salary|base pay|package)\b:? ?(?:of )?[$\u00a3\u20ac] ?\d",
    ),
    cue(_O, WEAK, "congratulations", r"\bcongratulations\b|\bcongrats\b"),
    # Out-of-office replies written by a person look the same, hence medium weights.
    cue(
        _X,
        MEDIUM,
        "out of office",
        r"\b(?:i am|i'm|i will be|i'll be|i have been)\s+(?:currently\s+)?(?:out of (?:the )?office|away"
        r"|on (?:annual |parental |maternity |paternity |sick |study )?leave|on (?:vacation|holiday"
        r"|holidays|sabbatical)|ooo|travell?ing|at a conference|out sick|off (?:work|sick))\b",
    ),
    cue(_X, MEDIUM, "limited access to email", r"\b(?:limited|no) access to (?:my )?e-?mails?"),
    cue(
        _X,
        MEDIUM,
        "answers on return",
        r"\b(?:respond|reply|get back to you|answer|attend to)\b" + GAP + r"\b(?:upon|on|after) my return\b"
        r"|\bwhen i (?:am back|return|get back)\b|\bas soon as (?:i'm|i am|i get) back\b",
    ),
    cue(
        _X,
        MEDIUM,
        "no longer here",
        r"\b(?:i am|i'm|is) no longer (?:with|at|working (?:at|for)|employed)\b"
        r"|\b(?:message|e-?mail) (?:will not|won't|is not) be(?:ing)? (?:forwarded|read)",
    ),
    cue(_X, MEDIUM, "automatic reply", r"\b(?:this is an )?auto(?:matic|mated)? ?-?(?:reply|response)\b"),
    cue(
        _X,
        WEAK,
        "out of the office",
        r"\bout of (?:the )?office\b|\b(?:for|in case of) (?:urgent|immediate) (?:matters|enquiries|inquiries"
        r"|requests|issues|questions)",
    ),
    # Generic words last: they must never hide a phrase that says more.
    cue(
        _R,
        WEAK,
        "after careful consideration",
        r"\bafter (?:careful|much|thorough|long|extensive) (?:consideration|review|deliberation|thought)"
        r"|\b(?:difficult|tough|hard) decision",
    ),
    cue(
        _R,
        WEAK,
        "wish you success",
        r"\bwish(?:ing)? you (?:the |all the )?(?:very )?(?:best|success|luck)\b"
        r"|\b(?:best of|good) luck (?:in|with) your (?:job )?(?:search|future|career)",
    ),
    cue(_R, WEAK, "future endeavours", r"\bfuture (?:endeavou?rs|job search|career|opportunities)"),
    cue(
        _R,
        WEAK,
        "keep your CV on file",
        r"\bkeep your (?:cv|resume|details|profile|information|application) on (?:file|record)"
        r"|\bkeep you in mind\b|\b(?:encourage|welcome) you to (?:re-?)?apply",
    ),
    # Regret about logistics says nothing about the outcome: "unfortunately the lifts are out of order".
    cue(
        None,
        0.0,
        "regret about logistics",
        r"\b(?:unfortunately|sadly|regrettably)\b,?" + CLAUSE + r"\b(?:start date|deadline|lifts?|elevators?"
        r"|date|slot|re-?schedul\w*|postpon\w*|(?:has|have|need) to move"
        r"|parking|entrance|office|building|link|connection|calendar|diary|emails?|inbox|portal|upload\w*"
        r"|documents?|c2c|h-?1b|visa|sponsor\w*|relocation)\b" + CLAUSE,
    ),
    cue(_R, WEAK, "unfortunately", r"\b(?:unfortunately|sadly|regrettably)\b"),
)

ENGLISH = Language(
    code="en",
    cues=CUES,
    auto_reply_subject=(
        r"automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|ooo\b"
        r"|away from (?:the )?office|on (?:vacation|holiday|leave)\b|\[auto|auto:"
    ),
    reply_prefixes=("re", "fw", "fwd"),
    months=numbered(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    ),
    weekdays=numbered(
        (
            ("monday", "mon"),
            ("tuesday", "tues", "tue"),
            ("wednesday", "wed"),
            ("thursday", "thurs", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    ),
    back_on=(
        r"\b(?:(?:back(?: online| on deck)?|returns?|returning"
        r"|resum(?:e|es|ing)(?: (?:office|work|duty|duties))?"
        r"|in the office|in office|reachable|available|at my desk|next in)\b"
        r"(?: (?:in|to|at) (?:the )?(?:office|work)"
        r"| to (?:my |the )?(?:regular |normal |usual )?(?:duties|desk))?"
        r"(?: again)?(?: (?:on|by|from|in))?|until|till|til|to)"
        # "From Tuesday 25 March I am again available": the day before the words that make it a return
        r"|\bfrom(?=.{0,40}?\b(?:i am|i'm|i will be|i'll be) (?:again |back )?(?:available|reachable|back"
        r"|in the office)\b)"
    ),
    away_through=(
        r"\b(?:through|thru|(?:up )?(?:to|until|till) and (?:including|with))"
        # "till 26/3 (inclusive)"
        r"|\b(?:until|till|til|to)(?=.{0,30}?\b(?:inclusive|included)\b)"
    ),
    ordinal=r"(?:st|nd|rd|th)?",
    week=r"(?:calendar )?week|wk",
    contrast=r"\b(?:however|but|that said|having said that|that being said|on the other hand|instead)\b",
    wish=r"\b(?:would|'d) (?:love|like)\b|\b(?:keen|eager|excited|happy|pleased|delighted) to\b",
)
