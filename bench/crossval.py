"""Does the statistical backstop help on mail it has not seen? Leave one batch of the corpus out.

Usage: python bench/crossval.py

The corpus was written in batches: the messages written with the phrases,
then held-out batches 1, 2, ... (tags held-out-N), each scored once before
any rule was written from it (accuracy.FIRST_RUNS). For each held-out batch
this scores the phrase rules as they are now, and the rules with a backstop
trained on every other batch, so the backstop reads the batch as unseen
mail. The rules were tuned on most batches since, so their figures are
better than a first run; the latest batches were tuned least.

It then replays the first runs: the rules as they were in the commit that
added a batch, before any rule was written from it (``FIRST_RULES``), alone,
with the backstop trained on every other batch, and with the backstop trained
only on what existed then (the batches before it). The backstop there still
reads the text left once today's neutral cues are taken out, a small help
the first runs did not have.

Per batch and overall: macro-F1, accuracy, label-level critical errors (an
offer or interview read as a rejection at any confidence), confident critical
errors (which would change a status), and the employers' mail to everyone
(tag same-company) read as an answer, which the backstop would send to review.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from inboxwatch.core.backstop import KindModel
from inboxwatch.core.classify import guess, read_from_structure, second_opinion, unexplained_words
from inboxwatch.core.model import Classification, ReplyKind
from inboxwatch.core.triage import NOT_AN_ANSWER

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import GOOD_NEWS, Sample, accuracy, critical_errors, load, macro_f1, wrong_confidently
from train_kinds import train

ROOT = Path(__file__).resolve().parent.parent
LEAST_TUNED = ("held-out-6", "held-out-7")
# The commit that added each batch, whose rules had not read it; batches 1-3 came with the rules.
FIRST_RULES = {
    "held-out-4": "7b4a422",
    "held-out-5": "18cdcb9",
    "held-out-6": "a98246a",
    "held-out-7": "314fc3c",
    "held-out-8": "890841d",
    "held-out-9": "c77c013",
    "held-out-10": "5840490",
    "held-out-11": "1a52ac8",
    "held-out-12": "010808e",
    "held-out-13": "4b2abc2",
    "held-out-14": "ef4b09b",
    "held-out-15": "b01e99c",
    "held-out-16": "74a79d1",
    "held-out-17": "dc1fc08",
    "held-out-18": "35ecd9b",
    "held-out-19": "377b317",
    "held-out-20": "a4a64e1",
    "held-out-21": "e0329a3",
    "held-out-22": "653c217",
    "held-out-23": "b08b88e",
    "held-out-24": "2b5f5ea",
    "held-out-25": "69948b1",
    "held-out-26": "b4de8c5",
}
_READ = """
import json, sys
from inboxwatch.core.classify import classify
from inboxwatch.core.parse import parse_message
for path in sys.stdin.read().split():
    verdict = classify(parse_message(open(path, "rb").read()))
    print(json.dumps([verdict.kind.value, verdict.confidence, list(verdict.reasons)]))
"""


def batch_of(sample: Sample) -> str:
    return next((tag for tag in sample.tags if tag.startswith("held-out-")), "written-with-the-phrases")


def label_critical(samples: list[Sample]) -> list[Sample]:
    """Offers and interviews read as a rejection, at any confidence."""
    return [s for s in samples if s.kind in GOOD_NEWS and s.verdict.kind is ReplyKind.REJECTION]


def to_review(samples: list[Sample]) -> int:
    """The employers' mail to everyone read as an answer: matched, it would wait in the review queue."""
    return sum("same-company" in s.tags and s.verdict.kind not in NOT_AN_ANSWER for s in samples)


def line(name: str, samples: list[Sample]) -> str:
    guessed = [s for s in samples if s.verdict.guessed]
    right = sum(s.kind == s.verdict.kind.value for s in guessed)
    return (
        f"{name:<22}{len(samples):>4}{macro_f1(samples):>9.3f}{accuracy(samples):>7.3f}"
        f"{len(label_critical(samples)):>7}{len(critical_errors(samples)):>7}{len(wrong_confidently(samples)):>8}"
        f"{to_review(samples):>8}"
        f"{len(guessed):>9}{right:>7}"
    )


def model_without(samples: list[Sample], leave_out: Callable[[str], bool]) -> KindModel:
    """The backstop trained on the samples whose batch is not left out."""
    return KindModel.from_counts(
        train((s.message, ReplyKind(s.kind)) for s in samples if not leave_out(batch_of(s)))
    )


def number(batch: str) -> int:
    return int(batch.removeprefix("held-out-")) if batch.startswith("held-out-") else 0


def in_history(commit: str) -> bool:
    found = subprocess.run(["git", "cat-file", "-e", f"{commit}^{{commit}}"], cwd=ROOT, capture_output=True)
    return found.returncode == 0


def rules_at(commit: str, held: list[Sample]) -> list[Sample]:
    """``held`` as the classifier of ``commit`` read it, run from that commit's source in a temporary tree."""
    archive = subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True)
    with tempfile.TemporaryDirectory() as tree:
        with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
            tar.extractall(tree, filter="data")
        paths = "\n".join(str(ROOT / "tests" / "data" / "corpus" / s.file) for s in held)
        done = subprocess.run(
            [sys.executable, "-c", _READ],
            input=paths,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(Path(tree) / "src")},
        )
    verdicts = [json.loads(each) for each in done.stdout.splitlines()]
    return [
        replace(s, verdict=Classification(ReplyKind(kind), confidence, tuple(reasons)))
        for s, (kind, confidence, reasons) in zip(held, verdicts, strict=True)
    ]


def backed_up(read: list[Sample], model: KindModel) -> list[Sample]:
    """``read`` with the backstop's guess where the rules found no cue, and its second opinion
    elsewhere, as ``classify`` asks it."""
    return [
        s
        if s.message.headers.bulk or read_from_structure(s.message)
        else replace(s, verdict=consulted(s, model))
        for s in read
    ]


def consulted(sample: Sample, model: KindModel) -> Classification:
    words = unexplained_words(sample.message)
    if sample.verdict.reasons == ("no known cue",):
        return guess(model, words)
    return second_opinion(sample.verdict, model, words)


def table(title: str, results: dict[str, list[Sample]]) -> None:
    batches = list(results)
    print(title)
    print(
        f"{'':<22}{'n':>4}{'macro-F1':>9}{'acc':>7}{'crit':>7}{'c-crit':>7}{'c-wrong':>8}{'review':>8}"
        f"{'guessed':>9}{'right':>7}"
    )
    for batch in batches:
        print(line(batch, results[batch]))
    print(line("all of them", [s for batch in batches for s in results[batch]]))
    least = [s for batch in LEAST_TUNED for s in results.get(batch, [])]
    if least:
        print(line("least tuned (6-7)", least))
    mean = sum(macro_f1(results[batch]) for batch in batches) / len(batches)
    print(f"{'mean per batch':<22}{'':>4}{mean:>9.3f}\n")


def main() -> None:
    samples = load(None)
    batches = sorted({batch_of(s) for s in samples} - {"written-with-the-phrases"}, key=number)
    rules = {batch: [s for s in samples if batch_of(s) == batch] for batch in batches}
    backed = {
        batch: backed_up(rules[batch], model_without(samples, lambda other, batch=batch: other == batch))
        for batch in batches
    }
    print("crit: offer/interview read as rejection at any confidence; c-crit: confidently;")
    print("c-wrong: any wrong kind read confidently (it would change a status wrongly);")
    print("review: same-company mail to everyone read as an answer (sent to review when matched);")
    print("guessed: kinds the backstop named (where the rules found no cue, or over an unsure or firmly")
    print("contradicted reading), and how many of them are right\n")
    table("Rules now, alone", rules)
    table("Rules now + backstop trained without the batch", backed)
    if not all(in_history(commit) for commit in FIRST_RULES.values()):
        print("First runs: not replayed, this copy lacks the commits in FIRST_RULES (a shallow clone?)")
        return
    first = {batch: rules_at(commit, rules[batch]) for batch, commit in FIRST_RULES.items() if batch in rules}
    table("First runs: rules before the batch, alone", first)
    table(
        "First runs + backstop trained without the batch",
        {
            batch: backed_up(read, model_without(samples, lambda other, batch=batch: other == batch))
            for batch, read in first.items()
        },
    )
    table(
        "First runs + backstop trained on the earlier batches only",
        {
            batch: backed_up(
                read, model_without(samples, lambda other, batch=batch: number(other) >= number(batch))
            )
            for batch, read in first.items()
        },
    )
    print("Changed by the backstop trained without the batch (labelled kind: rules now -> backstop)")
    for batch in batches:
        for before, after in zip(rules[batch], backed[batch], strict=True):
            if before.verdict.kind is not after.verdict.kind:
                mark = "right" if after.verdict.kind.value == after.kind else "WRONG"
                print(
                    f"  {mark:<6}{after.file}: {after.kind}: {before.verdict.kind} -> {after.verdict.kind} "
                    f"({after.verdict.confidence})"
                )


if __name__ == "__main__":
    main()
