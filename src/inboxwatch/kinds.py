"""The classifier's statistical backstop as shipped: read from the package data once, on first use.

``bench/train_kinds.py`` writes ``data/kinds.json`` from the labelled corpus;
the core takes the model as an argument and never reads files itself.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from inboxwatch.core.backstop import KindModel


@cache
def shipped_model() -> KindModel:
    """The model trained on the labelled corpus."""
    text = resources.files("inboxwatch").joinpath("data", "kinds.json").read_text(encoding="utf-8")
    return KindModel.from_counts(json.loads(text))
