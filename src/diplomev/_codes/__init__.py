"""The codebook's data files, read once on first use and checked against each other.

``codebook.toml`` maps each act to its codes; ``cameo.tsv`` and ``plover.toml`` are the CAMEO and
PLOVER code lists the mapping is checked against; ``actors.tsv`` gives the CAMEO actor codes of the
country table's organisations. Each file explains its columns and the reasons for its entries.
Nothing is read at import time.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import Any, NamedTuple

__all__ = ["Act", "CodebookData", "PloverType", "Root", "load", "problems"]


class Root(NamedTuple):
    """A CAMEO cue category: its quad class and what it covers."""

    quad: int
    name: str


class PloverType(NamedTuple):
    """A PLOVER event type: its quad category, intensity and modes."""

    quad: int
    intensity: float
    modes: frozenset[str]


class Act(NamedTuple):
    """One row of the act table, as written in ``codebook.toml``."""

    cameo: str
    plover: str
    mode: str | None
    context: tuple[str, ...]
    reciprocal: bool
    comment: str


class CodebookData(NamedTuple):
    """Everything the data files say."""

    version: str
    cameo_version: str
    plover_version: str
    acts: dict[str, Act]
    goldstein: dict[str, float]
    roots: dict[str, Root]
    plover: dict[str, PloverType]
    contexts: frozenset[str]
    actors: dict[str, str]


def _text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> Iterator[list[str]]:
    """Yield the cells of each data row of a TSV file (comments and the header skipped)."""
    lines = (line for line in _text(name).splitlines() if line and not line.startswith("#"))
    next(lines)  # the header
    for line in lines:
        yield [cell.strip() for cell in line.split("\t")]


def _act(row: dict[str, Any]) -> Act:
    return Act(
        cameo=row["cameo"],
        plover=row["plover"],
        mode=row.get("mode"),
        context=tuple(row["context"]),
        reciprocal=row["reciprocal"],
        comment=" ".join(row["comment"].split()),
    )


def _read() -> CodebookData:
    book = tomllib.loads(_text("codebook.toml"))
    plover = tomllib.loads(_text("plover.toml"))
    goldstein: dict[str, float] = {}
    roots: dict[str, Root] = {}
    for cells in _rows("cameo.tsv"):
        goldstein[cells[0]] = float(cells[1])
        if len(cells) > 2:
            roots[cells[0]] = Root(int(cells[2]), cells[3])
    return CodebookData(
        version=book["version"],
        cameo_version=book["cameo_version"],
        plover_version=book["plover_version"],
        acts={name: _act(row) for name, row in book["acts"].items()},
        goldstein=goldstein,
        roots=roots,
        plover={
            name: PloverType(row["quad"], float(row["intensity"]), frozenset(row["modes"]))
            for name, row in plover["events"].items()
        },
        contexts=frozenset(plover["contexts"]),
        actors={cells[0]: cells[1] for cells in _rows("actors.tsv")},
    )


def problems(data: CodebookData) -> list[str]:
    """Return what is inconsistent between the data files (nothing, for the shipped ones)."""
    found = []
    for name, act in data.acts.items():
        root = data.roots.get(act.cameo[:2])
        kind = data.plover.get(act.plover)
        if len(act.cameo) < 3 or act.cameo not in data.goldstein or root is None:
            found.append(f"{name}: {act.cameo!r} is not a CAMEO event code")
        if kind is None:
            found.append(f"{name}: {act.plover!r} is not a PLOVER event type")
        elif act.mode is not None and act.mode not in kind.modes:
            found.append(f"{name}: {act.mode!r} is not a mode of {act.plover}")
        elif root is not None and root.quad != kind.quad:
            found.append(f"{name}: CAMEO quad class {root.quad} but PLOVER quad {kind.quad}")
        found += [f"{name}: unknown context {c!r}" for c in act.context if c not in data.contexts]
    return found


@functools.cache
def load() -> CodebookData:
    """Return the codebook's data, read on the first call.

    Raises:
        RuntimeError: the shipped files contradict each other (a packaging bug).
    """
    data = _read()
    if found := problems(data):
        raise RuntimeError("diplomev's codebook is inconsistent: " + "; ".join(found))
    return data
