"""Where events go: standard output, or a file that appears only when complete.

A file named by ``-o`` is written under a temporary name in the same
directory and renamed over the target at the end, so the target is either
absent or complete. If the run stops early, what was written is kept next to
it as ``OUT.partial``, a name no reader mistakes for the finished output.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from diplomev._cli._failure import USAGE, CliError


class Output:
    """A text sink that counts the events written to it."""

    def __init__(self, target: str | None) -> None:
        self.target = target
        self.events = 0
        self.committed = False
        self._temp: str | None = None
        self._fp: TextIO = sys.stdout if target is None else self._open_temp(target)

    @property
    def name(self) -> str:
        """How messages name the output."""
        return "standard output" if self.target is None else self.target

    def write(self, text: str, *, event: bool = True) -> None:
        """Write ``text``; count it as one event unless ``event`` is false."""
        self._fp.write(text)
        self.events += event

    def commit(self) -> None:
        """Finish: flush standard output, or move the complete file into place."""
        self._fp.flush()
        if self._temp is None or self.target is None:
            return
        os.fsync(self._fp.fileno())
        self._fp.close()
        os.replace(self._temp, self.target)
        self._temp = None
        self.committed = True

    def discard(self) -> None:
        """Remove the temporary file, if any, leaving no output file behind."""
        if self._temp is not None:
            self._fp.close()
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None

    def keep_partial(self) -> str | None:
        """Keep what was written as ``OUT.partial`` and return that name, or flush stdout."""
        if self._temp is None or self.target is None:
            with contextlib.suppress(OSError, ValueError):
                self._fp.flush()
            return None
        if self.events == 0:
            self.discard()
            return None
        partial = self.target + ".partial"
        self._fp.close()
        os.replace(self._temp, partial)
        self._temp = None
        return partial

    def _open_temp(self, target: str) -> TextIO:
        folder = Path(target).parent
        if Path(target).is_dir():
            raise CliError(f"diplomev: cannot write {target}: it is a directory", USAGE)
        if not folder.is_dir():
            raise CliError(f"diplomev: cannot write {target}: no directory {folder}", USAGE)
        try:
            handle, self._temp = tempfile.mkstemp(
                prefix=f".{Path(target).name}.", suffix=".tmp", dir=folder
            )
        except OSError as exc:
            raise CliError(
                f"diplomev: cannot write {target}: {exc.strerror or exc}", USAGE
            ) from None
        # mkstemp makes the file private (0600); give it the mode any new file gets.
        os.fchmod(handle, 0o666 & ~_umask())
        return open(handle, "w", encoding="utf-8", newline="\n")


def _umask() -> int:
    # The only way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
