"""The literal strings of which a regular expression's every match contains one.

A cheap first look before a search: a text that holds none of a pattern's
strings cannot match it, and ``word in text`` costs far less than the
regular-expression engine walking the text. The analysis reads the standard
library's own parse of the pattern and is conservative: where it cannot tell
(``\\w``, wide classes, parts that may be absent, case-insensitive patterns)
it asks for nothing, so a pattern it rules out never matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product
from re import _parser  # type: ignore[attr-defined]  # no stubs; the parse that re.compile runs
from typing import Any, NamedTuple

_MAX_STRINGS = 16  # strings spelt out for one part; more cost the first look more than they save
_MAX_CLASS = 8  # characters of a class such as [-_] spelt out
_MAX_REPEAT = 3  # a part repeated at most this often is spelt out: "u?", "(?:re-)?"
_EMPTY = frozenset({""})
_TELLING = 5  # characters that make a string rare enough in a message; longer ones tell little more


class _Shape(NamedTuple):
    exact: frozenset[str] | None  # every string the part matches, when few enough to spell out
    needs: frozenset[str] | None  # one of them is in every match of the part; None: nothing known


_NOTHING_KNOWN = _Shape(None, None)


def required(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when none are known."""
    parsed = _parser.parse(pattern)
    needs = None if parsed.state.flags & re.IGNORECASE else _sequence(parsed).needs
    return None if needs is None else _shortest(needs)


def _shortest(strings: frozenset[str]) -> frozenset[str]:
    """``strings`` without those that hold another: "offer" is in every text "offers" is in."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _sequence(items: Any) -> _Shape:
    """One part after another: the best run of spelt-out parts, or the best need of a part."""
    choices: list[frozenset[str]] = []
    run: frozenset[str] = _EMPTY  # the strings of the spelt-out parts read since the last other part
    whole: frozenset[str] | None = _EMPTY  # the strings of the whole sequence, while all are spelt out
    for shape in _parts(items):
        if shape.exact is None:
            choices += [run, *([shape.needs] if shape.needs is not None else [])]
            run, whole = _EMPTY, None
            continue
        whole = _join(whole, shape.exact) if whole is not None else None
        # A run long enough to tell is kept as it is: a longer one would only cost more strings.
        joined = None if min(map(len, run)) >= _TELLING else _join(run, shape.exact)
        if joined is None:
            choices.append(run)
        run = shape.exact if joined is None else joined
    return _Shape(whole, _best([*choices, run]))


def _parts(items: Any) -> Iterator[_Shape]:
    """The shape of each part, a stretch of plain characters as one."""
    chars: list[str] = []
    for op, value in items.data:  # a SubPattern; indexing it costs a call per part
        if op is _parser.LITERAL:
            chars.append(chr(value))
            continue
        if chars:
            yield _spelt(frozenset({"".join(chars)}))
            chars = []
        yield _part(op, value)
    if chars:
        yield _spelt(frozenset({"".join(chars)}))


def _part(op: Any, value: Any) -> _Shape:
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return _spelt(_EMPTY)  # they consume nothing
    if op is _parser.IN:
        chars = [chr(code) for kind, code in value if kind is _parser.LITERAL]
        if len(chars) == len(value) <= _MAX_CLASS:  # no range, negation or category
            return _spelt(frozenset(chars))
        return _NOTHING_KNOWN
    if op is _parser.SUBPATTERN:
        _group, add_flags, _del_flags, items = value
        return _NOTHING_KNOWN if add_flags & re.IGNORECASE else _sequence(items)
    if op is _parser.ATOMIC_GROUP:
        return _sequence(value)
    if op is _parser.BRANCH:
        return _branch([_sequence(items) for items in value[1]])
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, high, items = value
        return _repeat(low, high, _sequence(items))
    return _NOTHING_KNOWN  # any character, \w, a back reference: nothing to spell out


def _branch(alternatives: list[_Shape]) -> _Shape:
    exact: frozenset[str] | None = None
    if all(each.exact is not None for each in alternatives):
        exact = frozenset().union(*(each.exact or () for each in alternatives))
    needs: frozenset[str] | None = None
    if all(each.needs is not None for each in alternatives):
        needs = frozenset().union(*(each.needs or () for each in alternatives))
    return _Shape(_capped(exact), needs)  # many needs cost little: each string is looked for once a text


def _repeat(low: int, high: int, inner: _Shape) -> _Shape:
    needs = inner.needs if low >= 1 else None
    if inner.exact is None or high > _MAX_REPEAT:
        return _Shape(None, needs)
    spelt: set[str] = set()
    for count in range(low, high + 1):
        strings = _join_all([inner.exact] * count)
        if strings is None:
            return _Shape(None, needs)
        spelt |= strings
    return _spelt(frozenset(spelt))


def _spelt(exact: frozenset[str] | None) -> _Shape:
    """A part spelt out in full: its strings are also what it needs, unless one is empty."""
    exact = _capped(exact)
    return _Shape(exact, exact if exact is not None and "" not in exact else None)


def _join(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in product(left, right))


def _join_all(parts: list[frozenset[str]]) -> frozenset[str] | None:
    joined: frozenset[str] | None = _EMPTY
    for part in parts:
        joined = _join(joined, part) if joined is not None else None
    return joined


def _capped(strings: frozenset[str] | None) -> frozenset[str] | None:
    return strings if strings is not None and len(strings) <= _MAX_STRINGS else None


def _best(choices: list[frozenset[str]]) -> frozenset[str] | None:
    """The cheapest telling one of several needs, all true: strings long enough to be rare, fewest."""
    useful = [each for each in choices if "" not in each]
    return max(useful, key=lambda each: (min(_TELLING, *map(len, each)), -len(each)), default=None)
