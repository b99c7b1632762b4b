"""Write the labelled corpus: tests/data/corpus/*.eml and labels.csv, from corpus_source.

Usage: python bench/make_corpus.py

Each handwritten body is wrapped the way its sender's software would: an
applicant-tracking system's relay address, display name, Reply-To, footer
and automated-mail headers; a recruiter's own Gmail, Outlook or Apple Mail
with a signature, legal footer and the user's quoted follow-up; calendar
invitations; out-of-office replies; bulk mail. The choice among variants is
a pure function of the message's position, so the output is reproducible.
"""

from __future__ import annotations

import csv
import html
import re
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from corpus_source import COMPANIES, MAILS, Company, Mail

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
USER = ("Sam Example", "sam@example.org")
START = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
OOO_SENT = datetime(2025, 3, 17, 9, 30, tzinfo=UTC)  # a Monday: out-of-office dates are read against it
ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, -4, -5, 2)]
BY_KEY = {company.key: company for company in COMPANIES}


def followup_id(company: Company, role: int) -> str:
    """The Message-ID of the user's follow-up about one interview, which replies answer."""
    return f"<followup-{company.key}-{role}@example.org>"


# --- senders ---------------------------------------------------------------

ATS = {
    "greenhouse": ("no-reply@us.greenhouse-mail.io", "Powered by Greenhouse"),
    "lever": ("no-reply@hire.lever.co", "Sent with Lever"),
    "workday": ("{key}@myworkday.com", "This email was sent from an automated system. Please do not reply."),
    "workable": ("noreply@candidates.workablemail.com", "Powered by Workable"),
    "ashby": ("no-reply@ashbyhq.com", "Sent via Ashby"),
    "icims": (
        "careers-{key}@icims.com",
        "Please do not reply to this message. This mailbox is not monitored.",
    ),
    "successfactors": (
        "noreply@successfactors.eu",
        "This is a system-generated message. Please do not reply.",
    ),
    "smartrecruiters": ("noreply@smartrecruiters.com", "Powered by SmartRecruiters"),
    "bamboohr": ("notifications@{key}.bamboohr.com", "Powered by BambooHR"),
    "taleo": ("{key}@taleo.net", "Please do not reply to this automated message."),
    "jobvite": ("notification@jobvite.com", "Powered by Jobvite"),
    "recruitee": ("no-reply@{key}.recruitee.com", "Sent with Recruitee"),
    "teamtailor": ("no-reply@teamtailor-mail.com", "Powered by Teamtailor"),
    "personio": ("noreply@personio.de", "Diese E-Mail wurde automatisch über Personio versendet."),
    "softgarden": ("noreply@softgarden.io", "Diese Nachricht wurde über softgarden versendet."),
}


def ats_display(company: Company, index: int) -> str:
    """The display name an ATS puts on the company's mail; some say nothing about the company."""
    if company.ats == "workday" and index % 2:
        return "Workday"
    choices = [
        f"{company.name} Recruiting",
        f"{company.recruiter} at {company.name}",
        company.name,
        "Hiring Team" if company.lang == "en" else "Recruiting-Team",
        f"{company.name} Careers",
    ]
    return choices[index % len(choices)]


def sender_of(mail: Mail, company: Company | None, index: int) -> tuple[str, list[tuple[str, str]]]:
    """The From header, and extra headers (Reply-To, automated-mail markers)."""
    if mail.sender is not None:
        return mail.sender, []
    assert company is not None
    if mail.style == "ats" and company.ats:
        address = ATS[company.ats][0].format(key=company.key)
        extra = [("Auto-Submitted", "auto-generated")]
        if index % 3:
            extra.append(("Reply-To", formataddr((company.recruiter, company.recruiter_email))))
        return formataddr((ats_display(company, index), address)), extra
    return formataddr((company.recruiter, company.recruiter_email)), []


# --- signatures and footers -------------------------------------------------

LEGAL_DE = (
    "{name} · Sitz der Gesellschaft: {city} · Registergericht: Amtsgericht {city} HRB {hrb} · "
    "Geschäftsführer: {boss}"
)
LEGAL_EN = (
    "This email and any attachments are confidential and intended solely for the addressee. If you are "
    "not the intended recipient, please notify the sender and delete this email. {name} is registered in "
    "England and Wales."
)
CITIES = {"kessler": "Hamburg", "brandt": "Köln", "gruenwerk": "Freiburg", "mueller": "Stuttgart"}
CLOSINGS_EN = ["Best regards,", "Kind regards,", "Best,", "Thanks,", "Cheers,", "Many thanks,", "Regards,"]
CLOSINGS_DE = ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"]


def signed(body: str) -> bool:
    """Whether the body already ends with the writer's name or a team's."""
    last = body.strip().splitlines()[-1].strip()
    return len(last.split()) <= 4 and not last.endswith((",", ".", "!", "?", ":"))


def signature(mail: Mail, company: Company | None, index: int) -> str:
    if company is None or mail.sender is not None:
        return ""
    lang = mail.lang or company.lang
    lines: list[str] = []
    if not signed(mail.body):
        if not mail.body.rstrip().endswith(","):
            closings = CLOSINGS_DE if lang == "de" else CLOSINGS_EN
            lines.append(closings[index % len(closings)])
        team = f"The {company.name} Talent Team" if lang == "en" else f"Ihr {company.name} Recruiting-Team"
        lines.append(team if mail.style == "ats" and index % 2 else company.recruiter)
    details = [f"{company.title} | {company.name}", f"www.{company.domain}"]
    if company.key == "compass":
        details.append("Book time with me: calendly.com/nora-compass")
    if company.key in {"northwind", "contoso"}:
        details.append("+44 20 7946 0" + str(100 + index)[-3:])
    if mail.style != "ats":
        lines += (["-- "] if index % 4 == 0 else [""]) + details
    if lang == "de" and company.key in CITIES and mail.style != "ats":
        boss = company.recruiter if company.key == "brandt" else "Dr. Klaus Kessler"
        lines += [
            "",
            LEGAL_DE.format(name=company.name, city=CITIES[company.key], hrb=40000 + index, boss=boss),
        ]
    if company.key in {"lumen", "meridian", "contoso"} and mail.style != "ats":
        lines += ["", LEGAL_EN.format(name=company.name)]
    if mail.style == "ats" and company.ats:
        lines += ["", ATS[company.ats][1]]
        if index % 2:
            lines.append(f"You are receiving this email because you applied for a job at {company.name}.")
    return "\n".join(lines)


# --- quoted mail ------------------------------------------------------------


def followup_text(company: Company, role: str) -> str:
    first = company.recruiter.split()[0]
    if company.lang == "de":
        return (
            f"Hallo {first},\n\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen. "
            "Ich bin weiterhin sehr interessiert an der Stelle.\n\nViele Grüße\nSam Example"
        )
    return (
        f"Hi {first},\n\nI hope you're well. I wanted to follow up on my interview for the {role} role. I'm "
        "still very interested and would be grateful for any update on the timeline.\n\nBest regards,\nSam"
    )


EARLIER = {
    "en": "We'd like to invite you to a final interview and we're delighted with your progress so far.",
    "de": "Wir freuen uns, Sie zu einem zweiten Gespräch einzuladen.",
}


def quoted(mail: Mail, company: Company, index: int) -> str:
    """The user's follow-up as the recruiter's mail program quotes it, with older mail inside."""
    sent = START - timedelta(days=2)
    text = followup_text(company, company.roles[mail.role])
    earlier = EARLIER[company.lang]
    if mail.style == "outlook-reply" or company.client == "outlook":
        labels = (
            ("Von", "Gesendet", "An", "Betreff")
            if company.lang == "de"
            else ("From", "Sent", "To", "Subject")
        )
        topic = re.sub(r"^(?i:re|aw):\s*", "", mail.subject)
        block = [
            "",
            "_" * 32,
            f"{labels[0]}: Sam Example <sam@example.org>",
            f"{labels[1]}: {sent:%A, %d %B %Y %H:%M}",
            f"{labels[2]}: {company.recruiter} <{company.recruiter_email}>",
            f"{labels[3]}: {topic}",
            "",
            text,
        ]
        return "\n".join(block)
    when = f"{sent:%a, %d %b %Y} at {sent:%H:%M}"
    if company.client == "apple":
        head = f"> On {sent:%d %b %Y}, at {sent:%H:%M}, Sam Example <sam@example.org> wrote:\n>"
    elif company.lang == "de":
        head = f"Am {sent:%a., %d. %b. %Y} um {sent:%H:%M} schrieb Sam Example <sam@example.org>:"
    elif index % 2:
        head = f"On {when} Sam Example <\nsam@example.org> wrote:"
    else:
        head = f"On {when}, Sam Example <sam@example.org> wrote:"
    inner = "\n".join(f"> {line}".rstrip() for line in text.splitlines())
    older = f">\n> On {START - timedelta(days=12):%a, %d %b %Y}, {company.recruiter} wrote:\n>> {earlier}"
    return f"\n\n{head}\n{inner}\n{older}"


# --- rendering --------------------------------------------------------------


def paragraphs(text: str) -> str:
    parts = [html.escape(part).replace("\n", "<br>\n") for part in text.split("\n\n") if part.strip()]
    return "".join(f'<p style="margin:0 0 12px 0">{part}</p>\n' for part in parts)


def as_html(body: str, preheader: str) -> str:
    hidden = f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif}'
        "</style></head><body>"
        f'{hidden}<table role="presentation" width="600"><tr><td>{body}</td></tr></table></body></html>'
    )


def as_text(body: str) -> str:
    """The plain text of a body written as HTML."""
    if not body.lstrip().startswith("<"):
        return body
    text = re.sub(r"<(?:br|/p|/div|/li|/tr)[^>]*>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def calendar(mail: Mail, company: Company, sent: datetime) -> str:
    start = (sent + timedelta(days=7)).replace(hour=14, minute=0, second=0)
    role = company.roles[mail.role]
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
            f"DTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}",
            f"ORGANIZER;CN={company.recruiter}:mailto:{company.recruiter_email}",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Example:mailto:sam@example.org",
            f"UID:{company.key}-{mail.role}-{sent:%Y%m%d%H%M}@{company.domain}",
            f"SUMMARY:Interview: {role} - {company.name}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def render(index: int, mail: Mail) -> bytes:
    company = BY_KEY.get(mail.company or "")
    sent = (OOO_SENT if mail.style == "ooo" else START + timedelta(hours=7 * index)).astimezone(
        ZONES[index % len(ZONES)]
    )
    sender, extra = sender_of(mail, company, index)
    body = mail.body
    if mail.style == "ooo":
        body_text = body
    else:
        tail = signature(mail, company, index)
        body_text = f"{as_text(body)}\n\n{tail}".rstrip() if tail else as_text(body)
        if mail.style in {"reply", "outlook-reply"} and company is not None:
            body_text += quoted(mail, company, index)
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = formataddr(USER)
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(sent)
    domain = sender.rpartition("@")[2].rstrip(">")
    message["Message-ID"] = f"<corpus-{index:03d}.{sent:%Y%m%d%H%M}@{domain}>"
    for name, value in extra:
        message[name] = value
    if company is not None and (mail.style in {"reply", "outlook-reply", "ooo"}):
        message["In-Reply-To"] = followup_id(company, mail.role)
        message["References"] = followup_id(company, mail.role)
    if mail.style == "ooo":
        message["Auto-Submitted"] = "auto-replied"
        if "vacation-responder" not in mail.tags:
            message["X-Auto-Response-Suppress"] = "All"
    if mail.style == "bulk":
        message["Precedence"] = "bulk"
        message["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u=sam>"
    message["Authentication-Results"] = f"mx.example.org; dkim=pass header.d={domain}; spf=pass; dmarc=pass"
    message["MIME-Version"] = "1.0"
    fill(message, mail, body, body_text, company, index, sent)
    if message.is_multipart():  # the library's boundary is random; a fixed one keeps the output reproducible
        message.set_boundary(f"==corpus-{index:03d}==")
    raw = message.as_bytes()
    if "latin1" in mail.tags:  # labelled UTF-8, written in Latin-1 by an old system
        raw = raw.decode("utf-8").encode("latin-1", errors="replace")
    return raw


def fill(
    message: EmailMessage,
    mail: Mail,
    body: str,
    body_text: str,
    company: Company | None,
    index: int,
    sent: datetime,
) -> None:
    """The MIME structure: plain, HTML-only or both, an invitation, one of several transfer encodings."""
    html_only = mail.style == "html" or "html" in mail.tags or (mail.style == "ats" and index % 5 == 0)
    cte = ["quoted-printable", "base64", "8bit"][index % 3]
    if body.lstrip().startswith("<"):  # written as HTML: keep its markup, add the signature below it
        rich = as_html(body + paragraphs(body_text[len(as_text(body)) :]), preheader=mail.subject)
    else:
        rich = as_html(paragraphs(body_text), preheader=mail.subject)
    if "latin1" in mail.tags:
        message.set_content(body_text, cte="8bit")
    elif html_only:
        message.set_content(rich, subtype="html", cte=cte)
    elif mail.style in {"alt", "ats", "bulk", "invite"}:
        message.set_content(body_text, cte=cte)
        message.add_alternative(rich, subtype="html", cte=cte)
    elif company is not None and company.lang == "de" and index % 2:
        message.set_content(
            body_text, charset="iso-8859-1" if index % 4 == 1 else "utf-8", cte="quoted-printable"
        )
    else:
        message.set_content(body_text, cte=cte)
    if mail.style == "invite" and company is not None:
        message.add_alternative(
            calendar(mail, company, sent), subtype="calendar", params={"method": "REQUEST"}
        )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    rows = []
    for index, mail in enumerate(MAILS):
        company = BY_KEY.get(mail.company or "")
        name = f"{index:03d}-{mail.kind}-{mail.company or 'none'}.eml"
        (OUT / name).write_bytes(render(index, mail))
        lang = mail.lang or (company.lang if company else "en")
        back = next((tag.partition(":")[2] for tag in mail.tags if tag.startswith("return:")), "")
        rows.append(
            {
                "file": name,
                "kind": mail.kind,
                "lang": lang,
                "company": mail.company or "",
                "role": company.roles[mail.role] if company else "",
                "style": mail.style,
                "return_date": back,
                "tags": " ".join(tag for tag in mail.tags if not tag.startswith("return:")),
            }
        )
    with (OUT / "labels.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
