r"""Audit of every regular expression the parser uses, against hostile input.

Each compiled pattern, whether held at module level or built by a cached
lexicon loader, is run over 100 KB of text made to provoke catastrophic
backtracking (one character repeated, a name repeated, nested openers).  The
bound is a generous safety net against blow-ups, not a timing test: a linear
pattern takes milliseconds.  Each pattern is first run on 1 KB and 5 KB; one
whose time grows much faster than the text (quadratic: a leading ``\s+`` that
every start inside a long blank run re-reads) fails there, without spending
minutes on the full size.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import time
from collections.abc import Iterator
from types import ModuleType

import pytest

import diplomev._countries
import diplomev._parser
from tests.parser.hostile import CHARACTER_UNITS, repeated

_SIZE = 100_000
_BOUND_SECONDS = 2.0

ADVERSARIAL = {name: repeated(unit, _SIZE) for name, unit in CHARACTER_UNITS.items()}


def _modules() -> Iterator[ModuleType]:
    for package in (diplomev._parser, diplomev._countries):
        yield package
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            yield importlib.import_module(info.name)


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    """Compiled patterns inside ``value``: itself, its items, fields and values."""
    if depth > 4:
        return
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    else:
        # attrs records (a lexicon's cues, a noise table): their fields.
        for field in getattr(type(value), "__attrs_attrs__", ()):
            yield from _patterns_in(getattr(value, field.name), depth + 1)


def _cached_loaders(module: ModuleType) -> Iterator[object]:
    """What the module's ``functools.cache``'d loaders without arguments return."""
    for name, value in vars(module).items():
        if getattr(value, "__module__", None) != module.__name__:
            continue
        if not hasattr(value, "cache_info"):
            continue
        try:
            required = [
                p
                for p in inspect.signature(value).parameters.values()
                if p.default is inspect.Parameter.empty
            ]
        except (TypeError, ValueError):
            continue
        if not required:
            yield name, value()


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of the parser and the country table, by where it lives."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for module in _modules():
        sources: list[tuple[str, object]] = list(vars(module).items())
        sources += list(_cached_loaders(module))  # type: ignore[arg-type]
        for name, value in sources:
            for number, pattern in enumerate(_patterns_in(value)):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[f"{module.__name__}.{name}[{number}]"] = pattern
    return found


PATTERNS = collect_patterns()


def test_the_audit_finds_the_lexicon_patterns() -> None:
    # The loaders' patterns are the bulk: a walk that missed them would audit little.
    assert len(PATTERNS) >= 50
    where = {key.rsplit(".", 1)[0] for key in PATTERNS}
    for module in ("_layout", "_dates", "_kind", "_references", "_reject"):
        assert f"diplomev._parser.{module}" in where


# A linear pattern's time grows about 5x from 1 KB to 5 KB; a quadratic one 25x.
_GROWTH_LIMIT = 12.0
# Below this, timings are noise and growth is not judged.
_NOISE_SECONDS = 0.01


def _run(pattern: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    pattern.search(text)
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - started


def _problem(pattern: re.Pattern[str], name: str) -> str | None:
    unit = CHARACTER_UNITS[name]
    small_text = repeated(unit, 1_000)
    # A pause of the machine in one run must fail no pattern: the bound takes the
    # better run, while growth is measured from the worse (a busy machine must not
    # pass for a quadratic pattern either).
    runs = sorted((_run(pattern, small_text), _run(pattern, small_text)))
    if runs[0] > _BOUND_SECONDS / 40:
        return f"{name}: {runs[0]:.2f} s on 1 KB"
    small = runs[1]
    medium_text = repeated(unit, 5_000)
    medium = min(_run(pattern, medium_text), _run(pattern, medium_text))
    if medium > _NOISE_SECONDS and medium > _GROWTH_LIMIT * small:
        return f"{name}: {small * 1e3:.1f} ms on 1 KB, {medium * 1e3:.1f} ms on 5 KB"
    full = _run(pattern, ADVERSARIAL[name])
    return f"{name}: {full:.2f} s on 100 KB" if full > _BOUND_SECONDS else None


@pytest.mark.parametrize("key", sorted(PATTERNS), ids=lambda key: key.removeprefix("diplomev."))
def test_no_pattern_backtracks_on_hostile_input(key: str) -> None:
    pattern = PATTERNS[key]
    # The first problem is enough: a bad pattern should not cost the suite minutes.
    problem = next((p for name in sorted(ADVERSARIAL) if (p := _problem(pattern, name))), None)
    assert problem is None, f"{pattern.pattern[:80]!r}: {problem}"
