"""``diplomev parse``: releases in, events out as JSON or JSON Lines, in input order."""

from __future__ import annotations

import argparse
import functools
import os
import sys
import textwrap

from diplomev._cli._failure import FAILED, OK, SignalError
from diplomev._cli._inputs import Input, expand, read_stdin
from diplomev._cli._output import Output
from diplomev._cli._pool import ordered_map
from diplomev._cli._progress import Progress, progress
from diplomev._cli._signals import deferred_signals, stop_on_signals
from diplomev._cli._work import Outcome, parse_one


class _Tally:
    """How the run went, for the closing message."""

    def __init__(self, total: int, bad_paths: int) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.bad_paths = bad_paths


class _Writer:
    """Lays events out as one JSON document, a JSON array, or JSON Lines."""

    def __init__(self, output: Output, fmt: str, single: bool) -> None:
        self.output = output
        #: One event a line, compact; else pretty-printed.
        self.lines = fmt == "jsonl"
        self._single = single
        self._array = fmt == "json" and not single
        self._first = True
        if self._array:
            output.write("[", event=False)

    def event(self, text: str) -> None:
        """Write one event's JSON text."""
        if self._array:
            self.output.write(("\n" if self._first else ",\n") + textwrap.indent(text, "  "))
        else:
            self.output.write(text + "\n")
        self._first = False

    def finish(self) -> None:
        """End the document and put the output in place.

        One release that failed leaves no JSON document to write, not even an
        empty one, so then nothing is written.
        """
        if self._single and self.output.events == 0:
            self.output.discard()
            return
        if self._array:
            self.output.write("]\n" if self._first else "\n]\n", event=False)
        self.output.commit()


def run(args: argparse.Namespace) -> int:
    """Parse every release ``args.paths`` names; return the exit code."""
    output = Output(None if args.output in (None, "-") else args.output)
    inputs, bad_paths = _inputs(args.paths, output)
    if not inputs:
        output.discard()
        return FAILED
    single = _names_one_release(args.paths)
    writer = _Writer(output, args.format or ("json" if single else "jsonl"), single)
    tally = _Tally(len(inputs), bad_paths)
    code = _parse_all(inputs, writer, tally, args)
    if code is not None:
        return code
    _summarise(output, tally)
    return FAILED if tally.failed or tally.bad_paths else OK


def _inputs(paths: list[str], output: Output) -> tuple[list[Input], int]:
    """Return the inputs, standard input's bytes read, and report the paths naming none."""
    try:
        found = expand(paths)
        # Workers cannot read this process's standard input: send its bytes.
        inputs = [i._replace(data=read_stdin()) if i.path is None else i for i in found.inputs]
    except BaseException:
        output.discard()
        raise
    for problem in found.problems:
        print(problem, file=sys.stderr)
    return inputs, len(found.problems)


def _parse_all(
    inputs: list[Input], writer: _Writer, tally: _Tally, args: argparse.Namespace
) -> int | None:
    """Parse and write everything; return an exit code only if stopped by a signal."""
    work = functools.partial(parse_one, indent=None if writer.lines else 2)
    bar = progress(len(inputs))
    try:
        with stop_on_signals():
            for outcome in ordered_map(work, inputs, args.jobs):
                _take(outcome, writer, tally, bar, args.debug)
            bar.close()
            with deferred_signals():
                writer.finish()
    except (SignalError, KeyboardInterrupt) as exc:
        bar.close()
        return _stopped(exc, writer.output, tally)
    except BaseException:
        bar.close()
        _stopped_by_error(writer.output, tally)
        raise
    return None


def _names_one_release(paths: list[str]) -> bool:
    return len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))


def _take(outcome: Outcome, writer: _Writer, tally: _Tally, bar: Progress, debug: bool) -> None:
    tally.done += 1
    if outcome.json is not None:
        writer.event(outcome.json)
    else:
        tally.failed += 1
        bar.note(f"{outcome.label}: {outcome.error}")
        if debug and outcome.trace:
            bar.note(outcome.trace.rstrip())
    bar.advance()


def _stopped(exc: BaseException, output: Output, tally: _Tally) -> int:
    name = exc.signal_name if isinstance(exc, SignalError) else "SIGINT"
    events = output.events
    partial = output.keep_partial()
    said = f"diplomev: interrupted by {name} after {tally.done} of {tally.total} releases; "
    if output.target is None:
        said += f"{_events(events)} written to standard output"
    elif partial is not None:
        said += (
            f"the {_events(events)} parsed so far are in {partial} (incomplete); "
            f"{output.target} was not written"
        )
    else:
        said += f"no events written; {output.target} was not written"
    print(said, file=sys.stderr)
    return exc.code if isinstance(exc, SignalError) else 130


def _stopped_by_error(output: Output, tally: _Tally) -> None:
    partial = output.keep_partial()
    if partial is not None:
        print(
            f"diplomev: stopped after {tally.done} of {tally.total} releases; the "
            f"{_events(output.events)} parsed so far are in {partial} (incomplete)",
            file=sys.stderr,
        )


def _summarise(output: Output, tally: _Tally) -> None:
    parts = []
    if output.committed:
        parts.append(f"wrote {_events(output.events)} to {output.target}")
    if tally.failed:
        parts.append(f"{tally.failed} of {tally.total} releases could not be parsed")
    if tally.bad_paths:
        parts.append(f"{tally.bad_paths} path{'s' * (tally.bad_paths > 1)} named no release")
    if parts:
        print("diplomev: " + "; ".join(parts), file=sys.stderr)


def _events(count: int) -> str:
    return f"{count} event{'s' * (count != 1)}"
