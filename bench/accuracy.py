"""How well inboxwatch reads the labelled corpus in tests/data/corpus.

Usage: python bench/accuracy.py [--seeds N] [--batch NAME] [--rules-only]

Prints, for classification: precision, recall and F1 per reply kind, macro-F1,
the confusion matrix, the critical errors (an offer or an interview read as a
confident rejection), the wrong kinds read confidently (which would change a
status), and the out-of-office return dates. For matching: precision and
recall on generated mailboxes. Each mailbox logs the corpus's employers the
way users do, incompletely: some with their recruiter's address, some with
their domain, some with the thread of a follow-up or a job id, some only by
name, and some not at all, so that their mail becomes a distractor beside the
job alerts, recruiters' outreach and third-party mail. Mail the employers send
to everyone (newsletters, events, outreach from their own domain) is
counted apart: it is the employer's, but about no interview, and must never
change a status. ``--batch held-out-8`` prints the same tables for one batch.

The classifier runs with its statistical backstop as shipped, which was
trained on this corpus: --rules-only scores the phrase rules alone, and
bench/crossval.py measures the backstop on batches it was not trained on.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from inboxwatch.core.backstop import KindModel
from inboxwatch.core.classify import CONFIDENT as CLASSIFY_CONFIDENT
from inboxwatch.core.classify import classify
from inboxwatch.core.lexicon import fold
from inboxwatch.core.match import CONFIDENT as MATCH_CONFIDENT
from inboxwatch.core.match import find_match
from inboxwatch.core.model import Classification, InterviewFacts, Match, ParsedMessage, ReplyKind
from inboxwatch.core.parse import parse_message
from inboxwatch.core.triage import Handling, triage
from inboxwatch.kinds import shipped_model

sys.path.insert(0, str(Path(__file__).parent))
from corpus_source import COMPANIES
from make_corpus import followup_id

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
USER = "sam@example.org"
KINDS = [kind.value for kind in ReplyKind]
GOOD_NEWS = {ReplyKind.OFFER.value, ReplyKind.INTERVIEW.value}

# Each held-out batch was measured once, before any change it could prompt; see corpus_source.
FIRST_RUNS = {
    "held-out-1": "macro-F1 0.815, accuracy 0.781, no critical error (tuned on since)",
    "held-out-2": "macro-F1 0.788, accuracy 0.768, no critical error (tuned on since)",
    "held-out-3": "macro-F1 0.824, accuracy 0.825, no critical error (its misses read since)",
    "held-out-4": "macro-F1 0.837, accuracy 0.829, no critical error, 1 wrong kind read confidently, "
    "return dates 7 of 8 (general rules written from its misses since)",
    "held-out-5": "macro-F1 0.628, accuracy 0.594, 1 critical error, 2 wrong kinds read confidently, "
    "return dates 3 of 3 (written after batch 4's rules; its misses fixed since)",
    "held-out-6": "macro-F1 0.704, accuracy 0.700, no critical error, 5 wrong kinds read confidently, "
    "return dates 3 of 3 (written before reading the classifier; structural rules written from it since)",
    "held-out-7": "macro-F1 0.715, accuracy 0.656, no critical error, no wrong kind read confidently, "
    "return dates 2 of 2 (written after batch 6's rules; tuned on since)",
    "held-out-8": "macro-F1 0.984, accuracy 0.983, no critical error, no wrong kind read confidently, "
    "return dates 6 of 7, the seventh a date the corpus had placed before its reply (written without "
    "reading the classifier, in commoner shapes; not tuned on)",
    "held-out-9": "macro-F1 0.832, accuracy 0.833, no critical error, 3 wrong kinds read confidently, "
    'return dates 4 of 5, "ab KW 14" not read (written without reading the classifier, in the shapes a '
    "phrase list knows least; tuned on since)",
    "held-out-10": "macro-F1 0.790, accuracy 0.792, no critical error, 7 wrong kinds read confidently, "
    "return dates 5 of 6 (written without reading the classifier, in the shapes a phrase list is least "
    "likely to know; tuned on since)",
    "held-out-11": "macro-F1 0.752, accuracy 0.750, no critical error, 4 wrong kinds read confidently, "
    'return dates 5 of 6, "returns to the office on Tuesday 8 April" not read (written without reading '
    "the classifier, in other industries, channels and writers' English; then 0.730 on the rules written "
    "from batches 7, 9 and 10, which did not generalise to it; 1 of its misses read since)",
    "held-out-12": "macro-F1 0.816, accuracy 0.812, no critical error, 4 wrong kinds read confidently, "
    "return dates 4 of 6 (written without reading the classifier, in shapes batches 9 and 10 lack; then "
    "0.793 on the rules written from batches 7, 9 and 10; 2 of its misses read since)",
    "held-out-13": "macro-F1 0.877, accuracy 0.875, no critical error, 2 wrong kinds read confidently, "
    'return dates 3 of 5, "Am Montag, den 31.3." not read (written without reading the classifier, in '
    "mainstream ATS, scheduling-tool and thread formats; then 0.939 with the backstop's second opinion, "
    "written before the batch was read; not tuned on)",
    "held-out-14": "macro-F1 0.779, accuracy 0.792, no critical error, no wrong kind read confidently, "
    'return dates 5 of 6, "back in the office in week 13" not read (written without reading the '
    "classifier, in mainstream but varied formats: ATS templates, threads, conditional offers; then "
    "0.821 with the backstop's second opinion, written before the batch was read; not tuned on)",
    "held-out-15": "macro-F1 0.846, accuracy 0.854, no critical error, 2 wrong kinds read confidently, "
    'return dates 5 of 6, "off the grid till 4/1, back online 4/2" read as 4/1 (written without reading '
    "the classifier, in mail written by people: hiring managers, founders, agencies, threads, later "
    "rounds, mixed messages; first run with the backstop; not tuned on)",
    "held-out-16": "macro-F1 0.849, accuracy 0.854, no critical error, 1 wrong kind read confidently, "
    'return dates 5 of 6, "till and with Wednesday 19-03-2025" not read (written without reading the '
    "classifier, in the shapes a phrase list finds hardest: implied decisions, one-line mails, "
    "status-only ATS notices, subjects that disagree with the body; not tuned on)",
    "held-out-17": "macro-F1 0.958, accuracy 0.958, no critical error, no wrong kind read confidently, "
    "return dates 6 of 6 (written without reading the classifier, in the commonest real shapes: "
    "big-company ATS templates, recruiters' and hiring managers' own mail, agencies, traps that say "
    '"offer", "interview" or "unfortunately"; not tuned on)',
    "held-out-18": "macro-F1 0.911, accuracy 0.917, no critical error, no wrong kind read confidently, "
    'return dates 4 of 6, "From Tuesday 25 March I am again available" and "back 3.26" not read (written '
    "without reading the classifier, as mixed messages and near-misses where two kinds compete: warm "
    "rejections, invitations and offers that open with unfortunately or leider, holds that sound like "
    "rejections; not tuned on)",
    "held-out-19": "macro-F1 0.979, accuracy 0.979, no critical error, no wrong kind read confidently, "
    "return dates 5 of 5, the German template rejection \u201edie Position mit einer Kollegin ... "
    "besetzen, die sich intern beworben hatte\u201c read as other (everyday mail across industries in "
    "every length: one-line mobile replies, long HR templates hiding the decision, agencies, a chatbot, "
    "a forwarded internal note, non-native writers, traps that say offer, interview, unfortunately or "
    "next steps; not tuned on)",
    "held-out-20": "macro-F1 0.871, accuracy 0.875, no critical error, no wrong kind read confidently, "
    "return dates 6 of 6 (written without reading the classifier, with German-speaking employers in "
    "front: Mittelstand, Konzern, public sector, startups, Austrian and Swiss agencies, Sie and du; EU "
    "multinationals' ATS mail, a forwarded internal thread, mobile one-liners; not tuned on)",
    "held-out-21": "macro-F1 0.797, accuracy 0.812, no critical error, no wrong kind read confidently, "
    'return dates 3 of 6, "back on deck Wed 2 April" and "in KW 13 wieder im B\u00fcro" not read, "till '
    '26/3 (inclusive)" read as 3/26 (written without reading the classifier, in English from the US, UK, '
    "Canada, Ireland, India, Australia and Singapore: founders' and hiring managers' one-liners from "
    "phones, scheduling tools, assessments, background checks, verbal offers, agencies relaying a "
    "client, LinkedIn and Indeed notifications; not tuned on)",
    "held-out-22": "macro-F1 0.806, accuracy 0.833, no critical error, 2 wrong kinds read confidently (a "
    'receipt that also sets an online test read as acknowledgement, a "would you still be interested '
    'if ...?" read as on_hold), return dates 5 of 6, "bis einschließlich Freitag, 8. Mai ... Ab Montag, '
    'dem 11. Mai" read as 9 May (written without reading the classifier, as mail whose parts disagree: '
    "new text above a quoted mail that says the opposite, a decision for one role and an invitation for "
    "another, offers that ask for documents, colleagues covering an absence, negations, conditionals, "
    "legal footers, same-company traps; not tuned on)",
    "held-out-23": "macro-F1 0.888, accuracy 0.896, no critical error, no wrong kind read confidently, "
    'return dates 4 of 6, "until 24-03-2025 included. From Tuesday 25-03 I am back" read as 24 March, '
    '"I will return to my regular duties on June 1, 2026" (no auto-reply headers) read as an offer '
    "(written without reading the classifier: agencies relaying a client's decision, big-company "
    "in-house recruiters, public sector (Personalrat, NHS Jobs, federal), non-native English, Swiss "
    "and Austrian German, job-fair, talent-pool and cold-outreach traps; not tuned on)",
    "held-out-24": "macro-F1 0.779, accuracy 0.792, no critical error, 1 wrong kind read confidently (a "
    'dentist\'s "Confirmed: your new-patient interview on Tuesday at 3:00 pm" read as interview), '
    "return dates 4 of 4 (written without reading the classifier, at the extremes of length and "
    "form: one- and two-line replies for every kind, long HR templates with data protection "
    "notices, benefits lists and legal footers hiding the decision in one sentence, HTML-only "
    "mail with layout tables and tracking pixels, mobile signatures, English and German mixed in "
    "one message, out-of-office replies in many formats, traps from a dentist, a bank, an "
    "airline, a car dealer, a survey and a friend; not tuned on)",
    "held-out-26": "macro-F1 0.774, accuracy 0.792, no critical error, 1 wrong kind read confidently (a "
    'landlord\'s "Für den Mietvertrag benötigen wir noch eine Kopie Ihres Arbeitsvertrags" read as '
    "info_request, 0.7), return dates 5 of 5 (written without reading the classifier, on the late "
    "stages of a process: reference and background checks, Führungszeugnis, verbal and written "
    "offers, counter-offers, offer deadlines, rescinded offers and cancelled requisitions after a "
    "final round, onboarding logistics, final-round invitations, headcount holds, replies to the "
    "user's follow-up; traps from HR-software vendors, an onboarding newsletter, a salary survey, a "
    "landlord and a friend; not tuned on)",
}

# How often a user logs each fact of an interview.
LOGS_CONTACT, LOGS_DOMAIN, LOGS_THREAD, LOGS_JOB_ID, LOGS_NOTHING = 0.6, 0.5, 0.6, 0.4, 0.15


@dataclass(frozen=True)
class Sample:
    file: str
    kind: str
    lang: str
    company: str
    role: str
    tags: tuple[str, ...]
    return_date: str
    message: ParsedMessage
    verdict: Classification


def load(batch: str | None = None, backstop: KindModel | None = None) -> list[Sample]:
    """The corpus, read and classified; only the messages tagged ``batch`` when one is named."""
    with (CORPUS / "labels.csv").open(encoding="utf-8") as labels:
        rows = [row for row in csv.DictReader(labels) if batch is None or batch in row["tags"].split()]
    samples = []
    for row in rows:
        message = parse_message((CORPUS / row["file"]).read_bytes())
        samples.append(
            Sample(
                row["file"],
                row["kind"],
                row["lang"],
                row["company"],
                row["role"],
                tuple(row["tags"].split()),
                row["return_date"],
                message,
                classify(message, backstop),
            )
        )
    return samples


# --- classification ---------------------------------------------------------


def per_kind(samples: list[Sample]) -> list[tuple[str, int, float, float, float]]:
    """(kind, messages, precision, recall, F1) for each reply kind."""
    confusion = Counter((sample.kind, sample.verdict.kind.value) for sample in samples)
    rows = []
    for kind in KINDS:
        truth = sum(count for (want, _), count in confusion.items() if want == kind)
        said = sum(count for (_, got), count in confusion.items() if got == kind)
        right = confusion[(kind, kind)]
        precision = right / said if said else 1.0
        recall = right / truth if truth else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((kind, truth, precision, recall, f1))
    return rows


def macro_f1(samples: list[Sample]) -> float:
    return sum(f1 for *_, f1 in per_kind(samples)) / len(KINDS)


def accuracy(samples: list[Sample]) -> float:
    return sum(sample.kind == sample.verdict.kind.value for sample in samples) / len(samples)


def wrong_confidently(samples: list[Sample]) -> list[Sample]:
    """Wrong kinds read confidently: each would change a status wrongly."""
    return [
        s for s in samples if s.kind != s.verdict.kind.value and s.verdict.confidence >= CLASSIFY_CONFIDENT
    ]


def critical_errors(samples: list[Sample]) -> list[Sample]:
    """Offers and interviews read as a confident rejection: the worst error."""
    return [
        s
        for s in samples
        if s.kind in GOOD_NEWS
        and s.verdict.kind is ReplyKind.REJECTION
        and s.verdict.confidence >= CLASSIFY_CONFIDENT
    ]


def batches(samples: list[Sample]) -> list[str]:
    """The held-out batches the samples belong to, in the order they were written."""
    names = {tag for sample in samples for tag in sample.tags if tag.startswith("held-out-")}
    return sorted(names, key=lambda name: int(name.removeprefix("held-out-")))


def report_classification(samples: list[Sample]) -> float:
    confusion = Counter((sample.kind, sample.verdict.kind.value) for sample in samples)
    print(f"Classification: {len(samples)} messages, {sum(s.lang == 'de' for s in samples)} in German\n")
    print(f"{'kind':<16}{'n':>4}{'precision':>11}{'recall':>8}{'F1':>7}")
    for kind, truth, precision, recall, f1 in per_kind(samples):
        print(f"{kind:<16}{truth:>4}{precision:>11.3f}{recall:>8.3f}{f1:>7.3f}")
    macro = macro_f1(samples)
    print(f"\nmacro-F1 {macro:.3f}, accuracy {accuracy(samples):.3f} (target: macro-F1 >= 0.95)")
    tuned = [sample for sample in samples if not any(tag.startswith("held-out") for tag in sample.tags)]
    if tuned:
        print(f"  on the {len(tuned)} messages written with the phrases: macro-F1 {macro_f1(tuned):.3f}")
    for batch in batches(samples):
        held = [sample for sample in samples if batch in sample.tags]
        first_run = FIRST_RUNS.get(batch, "not recorded yet")
        print(
            f"  held-out batch {batch.removeprefix('held-out-')} ({len(held)}): now macro-F1 "
            f"{macro_f1(held):.3f}, accuracy {accuracy(held):.3f}, critical {len(critical_errors(held))}; "
            f"first run: {first_run}"
        )
        for sample in held:
            if sample.kind != sample.verdict.kind.value:
                verdict = sample.verdict
                print(f"    {sample.file}: {sample.kind} read as {verdict.kind} ({verdict.confidence})")
    german = [sample for sample in samples if sample.lang == "de"]
    if german:
        print(f"German accuracy {accuracy(german):.3f}")

    short = {kind: kind[:6] for kind in KINDS}
    print("\nConfusion matrix (rows: labelled kind, columns: classified kind)")
    print(" " * 16 + "".join(f"{short[kind]:>8}" for kind in KINDS))
    for want in KINDS:
        print(f"{want:<16}" + "".join(f"{confusion[(want, got)] or '.':>8}" for got in KINDS))

    critical = critical_errors(samples)
    acting = wrong_confidently(samples)
    unsure = [
        s for s in samples if s.kind == s.verdict.kind.value and s.verdict.confidence < CLASSIFY_CONFIDENT
    ]
    print(
        f"\nCritical errors (offer or interview read as a confident rejection): {len(critical)} (target: 0)"
    )
    print(f"Wrong kinds read confidently (would change a status wrongly): {len(acting)}")
    print(f"Right kinds read unsurely (would go to review or be ignored): {len(unsure)}")
    for sample in critical + acting:
        print(f"  {sample.file}: {sample.kind} read as {sample.verdict.kind} ({sample.verdict.confidence})")
    dated = [sample for sample in samples if sample.return_date]
    right_dates = sum(str(sample.verdict.return_date) == sample.return_date for sample in dated)
    print(f"Out-of-office return dates read right: {right_dates} of {len(dated)}")
    return macro


# --- matching ---------------------------------------------------------------


def log_interviews(rng: random.Random) -> dict[tuple[str, str], InterviewFacts]:
    """One user's log of the corpus's interviews: some facts, and some interviews, left out."""
    logged = {}
    for company in COMPANIES:
        if rng.random() < LOGS_NOTHING:
            continue
        for index, role in enumerate(company.roles):
            logged[(company.key, role)] = InterviewFacts(
                id=len(logged) + 1,
                company=company.name,
                role=role,
                contacts=frozenset({company.recruiter_email} if rng.random() < LOGS_CONTACT else ()),
                domains=frozenset({company.domain} if rng.random() < LOGS_DOMAIN else ()),
                thread_ids=frozenset({followup_id(company, index)} if rng.random() < LOGS_THREAD else ()),
                aliases=frozenset(company.aliases),
                job_ids=frozenset(
                    {company.job_ids[index]} if company.job_ids and rng.random() < LOGS_JOB_ID else ()
                ),
            )
    return logged


@dataclass
class Tally:
    truth: int = 0  # messages about a logged interview
    identifiable: int = 0  # of them, those that say which interview they are about
    identifiable_right: int = 0  # matched confidently and rightly
    unnamed: int = 0  # messages that name no logged fact of their interview
    untold: int = 0  # messages that name the company but not which of its logged roles
    untold_review: int = 0  # of them, sent to review with the right interview among the candidates
    confident: int = 0  # confident matches
    confident_right: int = 0
    suggested: int = 0  # any match, confident or for review
    suggested_right: int = 0
    review_right: int = 0  # not confident, but the right interview is among the candidates
    spoofed: int = 0
    spoofed_confident: int = 0
    own_mail: int = 0
    own_mail_matched: int = 0
    own_mail_acted: int = 0
    own_mail_review: int = 0


def report_matching(samples: list[Sample], seeds: int) -> tuple[float, float]:
    tally = Tally()
    for seed in range(seeds):
        rng = random.Random(seed)
        logged = log_interviews(rng)
        interviews = list(logged.values())
        rng.shuffle(interviews)
        for sample in samples:
            truth = logged.get((sample.company, sample.role))
            found = find_match(sample.message, interviews, USER)
            if "same-company" in sample.tags:
                tally.own_mail += 1
                tally.own_mail_matched += found is not None
                tally.own_mail_acted += (
                    found is not None
                    and found.score >= MATCH_CONFIDENT
                    and sample.verdict.kind
                    not in {ReplyKind.OTHER, ReplyKind.ACKNOWLEDGEMENT, ReplyKind.AUTO_REPLY}
                    and sample.verdict.confidence >= CLASSIFY_CONFIDENT
                )
                tally.own_mail_review += triage(found, sample.verdict).handling is Handling.REVIEW
                continue
            count(tally, found, truth)
            gap = None if truth is None else unidentified(sample, truth, interviews)
            if truth is not None and gap is None:
                tally.identifiable += 1
                tally.identifiable_right += (
                    found is not None and found.interview_id == truth.id and (found.score >= MATCH_CONFIDENT)
                )
            elif gap == "unnamed":
                tally.unnamed += 1
            elif gap == "untold":
                tally.untold += 1
                tally.untold_review += found is not None and (
                    found.interview_id == truth.id or any(o.interview_id == truth.id for o in found.others)
                )
            if truth is not None and rng.random() < 0.1:
                spoof = replace(sample.message, headers=replace(sample.message.headers, dmarc_failed=True))
                forged = find_match(spoof, interviews, USER)
                tally.spoofed += 1
                tally.spoofed_confident += forged is not None and forged.score >= MATCH_CONFIDENT
    precision = tally.confident_right / tally.confident if tally.confident else 1.0
    recall = tally.confident_right / tally.truth if tally.truth else 1.0
    print(f"\nMatching: {seeds} generated mailboxes of {len(samples)} messages each")
    distractors = seeds * len(samples) - tally.truth
    print(f"  messages about a logged interview: {tally.truth}; distractors: {distractors}")
    print(f"  confident matches: precision {precision:.3f}, recall {recall:.3f} (targets: 0.99, 0.95)")
    identified = tally.identifiable_right / tally.identifiable if tally.identifiable else 1.0
    print(
        f"  recall on the {tally.identifiable} messages that say which logged interview they are about: "
        f"{identified:.3f}"
    )
    print(
        f"  the other {tally.truth - tally.identifiable}, which a careful reader could not match confidently "
        f"either: {tally.unnamed} name nothing the user logged (company, contact, domain, thread); "
        f"{tally.untold} name the company but not which of its two logged roles they concern, and of these "
        f"{tally.untold_review} go to review with the right interview among the candidates"
    )
    suggested_precision = tally.suggested_right / tally.suggested if tally.suggested else 1.0
    suggested_recall = tally.suggested_right / tally.truth if tally.truth else 1.0
    print(
        f"  any match, confident or for review: precision {suggested_precision:.3f}, "
        f"recall {suggested_recall:.3f}"
    )
    print(f"  sent to review with the right interview among the candidates: {tally.review_right}")
    print(f"  forged (DMARC failed) copies: {tally.spoofed}, matched confidently: {tally.spoofed_confident}")
    print(
        f"  the employers' own mail to everyone: {tally.own_mail}, matched {tally.own_mail_matched}, "
        f"would change a status {tally.own_mail_acted}, would go to review {tally.own_mail_review}"
    )
    return precision, recall


def unidentified(sample: Sample, truth: InterviewFacts, interviews: list[InterviewFacts]) -> str | None:
    """Why a message does not say which logged interview it is about, checked more simply than the matcher.

    None when it does: it names the company (in a header, the text or the
    signature, or by its first word or whole name in an address, as
    brandt-partner.de names Brandt & Partner) or comes from a logged contact,
    domain or thread; and where the company has two logged
    interviews, it gives the thread, the role title or the job id. Otherwise
    "unnamed" or "untold" (which of two roles is not said).
    """
    colleagues = [i for i in interviews if i.company == truth.company]
    headers = sample.message.headers
    text = " ".join((headers.subject, sample.message.text, sample.message.signature)).lower()
    addresses = [address for address in (headers.sender, *headers.reply_to) if address is not None]
    seen = text + " " + " ".join(f"{address.name} {address.email}" for address in addresses).lower()
    domains = truth.domains | {contact.rpartition("@")[2] for contact in truth.contacts}
    threaded = bool(headers.thread_ids & truth.thread_ids)
    known = threaded or any(
        address.email in truth.contacts or address.domain in domains for address in addresses
    )
    company = fold(truth.company).removesuffix(" gmbh").removesuffix(" ltd").removesuffix(" ag")
    words = company.replace("&", " ").split()
    spelled = {"".join(words), "-".join(words)} | ({words[0]} if len(words[0]) >= 4 else set())
    emails = " ".join(fold(address.email) for address in addresses)
    named = known or company in fold(seen) or any(each in emails for each in spelled)
    role = truth.role.lower().partition(" (")[0]
    told_apart = threaded or role in text or any(job_id.lower() in text for job_id in truth.job_ids)
    if not named:
        return "unnamed"
    return None if len(colleagues) < 2 or told_apart else "untold"


def count(tally: Tally, found: Match | None, truth: InterviewFacts | None) -> None:
    tally.truth += truth is not None
    if found is None:
        return
    right = truth is not None and found.interview_id == truth.id
    tally.suggested += 1
    tally.suggested_right += right
    if found.score >= MATCH_CONFIDENT:
        tally.confident += 1
        tally.confident_right += right
    elif truth is not None and (right or any(other.interview_id == truth.id for other in found.others)):
        tally.review_right += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20, help="generated mailboxes (default 20)")
    parser.add_argument("--batch", metavar="NAME", help="only the messages of one batch, such as held-out-8")
    parser.add_argument("--rules-only", action="store_true", help="classify without the statistical backstop")
    args = parser.parse_args()
    samples = load(args.batch, None if args.rules_only else shipped_model())
    if not samples:
        parser.error(f"no message is tagged {args.batch!r}")
    report_classification(samples)
    report_matching(samples, args.seeds)


if __name__ == "__main__":
    main()
