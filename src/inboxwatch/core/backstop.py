"""A statistical guess at what a message says, for mail in words no cue knows.

The phrase rules read only what someone wrote a cue for, and unseen phrasings
come out "other", unsure. This model reads the words and word pairs of the
subject and new text (the normalised text the rules read) with multinomial
naive Bayes over their presence, trained on the labelled corpus by
``bench/train_kinds.py`` and shipped as data. It is a backstop: the
classifier asks it only when no cue was found, and never trusts it enough to
change a status on its own. ``bench/crossval.py`` measures what it adds on
batches of the corpus it was not trained on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inboxwatch.core.model import ReplyKind

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[.!?|]")
_BREAKS = frozenset(".!?|")  # a word pair never spans a sentence end or the subject's end
SMOOTHING = 0.3  # a word never seen with a kind is not impossible for it (0.3 beat 1.0 on unseen batches)


def features(text: str) -> frozenset[str]:
    """The words and neighbouring word pairs of normalised ``text``."""
    found: set[str] = set()
    previous = ""
    for token in _WORD.findall(text):
        if token in _BREAKS:
            previous = ""
            continue
        found.add(token)
        if previous:
            found.add(f"{previous} {token}")
        previous = token
    return frozenset(found)


@dataclass(frozen=True)
class KindModel:
    """Multinomial naive Bayes over the presence of features: log priors and log likelihoods per kind."""

    kinds: tuple[ReplyKind, ...]
    priors: tuple[float, ...]
    likelihoods: Mapping[str, tuple[float, ...]]

    @classmethod
    def from_counts(cls, counts: Mapping[str, Any]) -> KindModel:
        """The model from the counts ``bench/train_kinds.py`` writes.

        ``counts`` holds the kinds, the messages of each, and per feature the
        messages of each kind that hold it.
        """
        kinds, messages, holding = counts["kinds"], counts["messages"], counts["holding"]
        totals = [
            sum(each[index] for each in holding.values()) + SMOOTHING * len(holding)
            for index in range(len(kinds))
        ]
        return cls(
            tuple(ReplyKind(kind) for kind in kinds),
            tuple(math.log(count / sum(messages)) for count in messages),
            {
                feature: tuple(
                    math.log((count + SMOOTHING) / total) for count, total in zip(each, totals, strict=True)
                )
                for feature, each in holding.items()
            },
        )

    def probabilities(self, text: str) -> dict[ReplyKind, float]:
        """How likely each kind is for normalised ``text``, under the model."""
        scores = list(self.priors)
        for feature in features(text):
            for index, weight in enumerate(self.likelihoods.get(feature, ())):
                scores[index] += weight
        top = max(scores)
        weights = [math.exp(score - top) for score in scores]
        return {kind: weight / sum(weights) for kind, weight in zip(self.kinds, weights, strict=True)}
