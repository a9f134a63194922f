"""Fixtures of the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_releases import CHINAMFA, MIDRU, STATEGOV, write


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of three good releases, one in a subfolder."""
    return write(
        tmp_path / "corpus",
        {"midru.txt": MIDRU, "stategov.txt": STATEGOV, "more/chinamfa.txt": CHINAMFA},
    )
