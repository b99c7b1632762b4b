"""Split a message body into its new text, its signature, and quoted earlier mail.

Classification must read only what the sender wrote now: a reply quotes the
mail it answers, and that mail may say "we'd like to invite you" long after
the answer became "unfortunately". Signatures and legal footers go apart too,
because they hold words like "confidential", "offer" or a scheduling link; the
matcher still reads them, since the company's name often stands only there.

Quoted mail starts at an attribution ("On … wrote:", "Am … schrieb …:"), an
Outlook header block ("From: … Sent: …"), or a separator ("-----Original
Message-----", forwarded-message markers); ``>`` lines are quotes wherever they
stand. The signature starts at "-- ", at a legal or mailing footer, at a
mobile "Sent from my …" line, after a closing ("Best regards,") when only a
few short lines follow it, or at a name followed by a few short lines with
contact details (a title, a phone number, a scheduling link).
"""

from __future__ import annotations

import re

MAX_TEXT = 20_000  # characters of new text kept
MAX_SIGNATURE = 2_000  # characters of signature and footer kept
MAX_LINES = 5_000  # lines examined; new text is near the top
MAX_SIGNATURE_LINES = 10  # after a closing, more lines than this are not a signature

_ATTRIBUTION_START = re.compile(r"^(?:on|am|le|el|il|op|w dniu|den)\s", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(
    r"(?:\bwrote|\bschrieb\b.*|\ba écrit|\bescribió|\bha scritto|\bschreef\b.*|\bnapisał\b.*)\s*:\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^(?:[-_=*\s]{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht"
    r"|weitergeleitete nachricht|message d'origine|message transféré|mensaje original"
    r"|messaggio originale)\s*[-_=*\s]{2,}"
    r"|begin forwarded message:|anfang der weitergeleiteten nachricht:"
    r"|-+\s*weitergeleitet von\b.*)\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\*?(?:from|von|de|da)\s*:", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\*?(?:sent|date|gesendet|datum|envoyé|enviado|inviato)\s*:", re.IGNORECASE)
_DELIMITER = re.compile(r"^--\s?$")
_MOBILE = re.compile(
    r"^(?:sent from my \w+|get outlook for \w+|von meinem \w+ gesendet|gesendet von meinem \w+"
    r"|sent from (?:outlook|mail|yahoo mail|gmail))\b",
    re.IGNORECASE,
)
_ATS_BRANDS = (
    r"(?:greenhouse|lever|workday|ashby|workable|smartrecruiters|teamtailor|recruitee|personio|jobvite"
    r"|bamboohr|icims|successfactors|taleo)\b"
)
_FOOTER = re.compile(
    r"^(?:this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments)[^.]*?)?"
    r"(?: is| are| may be| may contain| contains)(?: strictly)? (?:confidential|privileged"
    r"|intended (?:solely|only)|proprietary)"
    r"|the information (?:contained )?in this (?:e-?mail|message)"
    r"|(?:confidentiality|legal|privacy) (?:notice|disclaimer)|disclaimer\s*:"
    r"|if you (?:are not the intended recipient|have received this (?:e-?mail|message) in error)"
    r"|you (?:are )?receiv(?:ed|ing) this (?:e-?mail|message|notification)"
    r"|(?:to )?unsubscribe\b|manage (?:your )?(?:e-?mail )?(?:preferences|subscriptions|notifications)"
    r"|registered (?:in|office)\b|company (?:registration )?number\b"
    r"|(?:sent|delivered) (?:via|by|with) "
    + _ATS_BRANDS
    + r"|powered by "
    + _ATS_BRANDS
    + r"|diese (?:e-?mail|nachricht) (?:enthält|kann) vertrauliche|sitz der gesellschaft\b"
    r"|registergericht\b|amtsgericht\b|handelsregister\b|geschäftsführ(?:er|ung)\s*:|ust-?id"
    r"|impressum\b|datenschutz(?:hinweis|erklärung|information)?\s*:|hinweis zum datenschutz)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes)|best|cheers|thanks|thank you"
    r"|many thanks|sincerely|yours(?: sincerely| truly)?|(?:wishing you )?all the best|take care|speak soon"
    r"|talk soon|wishing you (?:the best|well|luck|every success)"
    r"|mit (?:freundlichen|besten|herzlichen) gr(?:ü|ue|u)(?:ß|ss)en"
    r"|(?:viele|beste|liebe|herzliche|freundliche) gr(?:ü|ue|u)(?:ß|ss)e"
    r"|lg|vg|mfg|cordialement|saludos)\s*[,.!]?$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[-_=*\s]*$")  # blank lines and the rules mailers draw above a quote
_NAME = re.compile(r"[^\W\d_][\w.'-]*(?: [\w.'-]+){0,3}(?<![.!?,;:])")  # up to four words, no sentence
_CONTACT = re.compile(r"https?://|www\.|\S@\S+\.\w|\+?\d[\d ()/.-]{6,}\d|\s\|\s|calendly", re.IGNORECASE)


def split_reply(body: str) -> tuple[str, str]:
    """The new text of ``body`` and its signature with footers; quoted earlier mail is dropped."""
    lines = [line.strip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = lines[:MAX_LINES]
    kept: list[str] = []
    signature: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        quote = _quote_start(lines, index)
        if quote:
            # Bottom-posting: an attribution over the quote, the answer below it.
            if any(kept) or not _ATTRIBUTION_START.match(line):
                break
            index += quote
            continue
        if line.startswith(">"):
            pass
        elif signature or _starts_signature(lines, index, kept):
            signature.append(line)
        else:
            kept.append(line)
        index += 1
    return _tidy(kept)[:MAX_TEXT], _tidy(signature)[:MAX_SIGNATURE]


def _tidy(lines: list[str]) -> str:
    """Lines joined, with at most one blank line in a row and no rules at either end."""
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    while tidy and _RULE.fullmatch(tidy[-1]):
        tidy.pop()
    while tidy and _RULE.fullmatch(tidy[0]):
        tidy.pop(0)
    return "\n".join(tidy)


def _quote_start(lines: list[str], index: int) -> int:
    """How many lines the quote marker at ``index`` spans; 0 when none starts there."""
    line = lines[index]
    if _SEPARATOR.match(line):
        return 1
    if _ATTRIBUTION_START.match(line) or "@" in line:
        # Long attributions wrap: "On Mon, ... Jane Doe <\njane@acme.com> wrote:"
        for span in (1, 2, 3):
            if _ATTRIBUTION_END.search(" ".join(lines[index : index + span])):
                return span
    # Outlook quotes under a "From: / Sent: / To: / Subject:" block.
    outlook = bool(_OUTLOOK_FROM.match(line)) and any(
        _OUTLOOK_SENT.match(following) for following in lines[index + 1 : index + 4]
    )
    return 1 if outlook else 0


def _starts_signature(lines: list[str], index: int, kept: list[str]) -> bool:
    if _marks_signature(lines[index]):
        return True
    # After a closing, a short block of short lines is the signature; the closing stays text.
    if index > 0 and _CLOSING.match(lines[index - 1]) and any(kept[:-1]) and _short_block(lines, index):
        return True
    # Without a closing: a name, then a short block with contact details ("Nora / Recruiting Lead | Compass").
    return (
        _NAME.fullmatch(lines[index]) is not None
        and not _CLOSING.match(lines[index])
        and any(line and not _CLOSING.match(line) for line in kept)
        and _short_block(lines, index + 1)
        and any(_CONTACT.search(line) for line in lines[index + 1 : index + 1 + MAX_SIGNATURE_LINES])
    )


def _short_block(lines: list[str], index: int) -> bool:
    """Whether the lines from ``index`` to the end or to quoted mail are a few, and no sentences."""
    count = 0
    for position in range(index, min(len(lines), index + 4 * MAX_SIGNATURE_LINES)):
        line = lines[position]
        if _quote_start(lines, position) or _marks_signature(line):
            return True
        # Six words or more ending a sentence are text, like a P.S.
        if line and ((count := count + 1) > MAX_SIGNATURE_LINES or (_ends_sentence(line))):
            return False
    return index + 4 * MAX_SIGNATURE_LINES >= len(lines)


def _marks_signature(line: str) -> bool:
    return bool(_DELIMITER.match(line) or _MOBILE.match(line) or _FOOTER.match(line))


def _ends_sentence(line: str) -> bool:
    return line.endswith((".", "?", "!")) and len(line.split()) >= 6
