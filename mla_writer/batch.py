"""Rendering many case files: on every core, in a stable order, one failure never stopping the rest.

The library part of ``mla-writer render``: it reports through a callback and returns one
result per input, in the order the inputs were given, whatever order the workers finish in.
"""

from __future__ import annotations

import glob
import itertools
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from mla_writer.errors import DEBUG_ENV, ExitCode, InputError, MlaWriterError, OutputError


@dataclass(slots=True)
class Job:
    path: Path
    out_dir: Path
    lang: str | None
    force: bool
    draft: bool
    worksheet: bool
    document_kind: str | None
    skip_existing: bool
    profiles_dir: str | None


@dataclass(slots=True)
class Outcome:
    path: str
    status: str                      # "ok", "failed" or "skipped"
    output: str | None = None
    worksheet: str | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    exit_code: int = 0
    findings: int = 0
    seconds: float = 0.0

    def summary(self) -> dict:
        """What ``--summary`` writes for this input (everything but the notes)."""
        return {"path": self.path, "status": self.status, "output": self.output, "worksheet": self.worksheet,
                "errors": list(self.errors), "exit_code": self.exit_code, "findings": self.findings,
                "seconds": self.seconds}


def write_summary(path: Path, outcomes: Iterable[Outcome]) -> None:
    """The ``--summary`` file, written one input at a time (a batch of any size needs no more memory).

    The same text as ``json.dumps([o.summary() for o in outcomes], ensure_ascii=False, indent=2)``
    plus a newline, written whole or not at all and readable by its owner only.
    """
    import json

    from mla_writer.atomic import write_atomic

    def write(stream) -> None:  # noqa: ANN001 - a binary file
        first = True
        for outcome in outcomes:
            # json escapes every newline inside a string, so each newline here is structure.
            item = json.dumps(outcome.summary(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
            stream.write((f"[\n  {item}" if first else f",\n  {item}").encode("utf-8"))
            first = False
        stream.write(b"[]\n" if first else b"\n]\n")

    write_atomic(path, write, overwrite=True)


def expand(inputs: Iterable[Path]) -> list[Path]:
    """Case files from paths, folders (every *.json in them) and globs (for shells that do not expand them)."""
    found: list[Path] = []
    for item in inputs:
        text = str(item)
        if item.is_dir():
            found.extend(sorted(item.glob("*.json")))
        elif any(ch in text for ch in "*?[") and not item.exists():
            matches = sorted(Path(p) for p in glob.glob(text))
            if not matches:
                found.append(item)  # reported as missing, with its name
            found.extend(matches)
        else:
            found.append(item)
    return found


_PROFILES: dict[str | None, object] = {}


def _profiles(folder: str | None):  # noqa: ANN202 - a ProfileSet, cached per process
    from mla_writer.profiles.loader import load_profile_set

    if folder not in _PROFILES:
        _PROFILES[folder] = load_profile_set(folder)
    return _PROFILES[folder]


def render_one(job: Job, taken: set[Path] | None = None) -> Outcome:
    from mla_writer.casefile import load_case
    from mla_writer.service import output_path, render_file

    started = time.perf_counter()
    outcome = Outcome(path=str(job.path), status="ok")
    try:
        if job.skip_existing and not job.force:
            language = job.lang or load_case(job.path).language
            target = output_path(job.path, job.out_dir, language, job.document_kind)
            if target.exists():
                outcome.status, outcome.output = "skipped", str(target)
                return outcome
        result = render_file(job.path, _profiles(job.profiles_dir), out_dir=job.out_dir, lang=job.lang,
                             force=job.force, draft=job.draft, taken=taken, worksheet=job.worksheet,
                             document_kind=job.document_kind)
    except MlaWriterError as exc:
        outcome.status, outcome.errors, outcome.exit_code = "failed", exc.lines(), int(exc.exit_code)
        return outcome
    except Exception as exc:
        # A bug met on one file must not cost the user the rest of the batch.
        if os.environ.get(DEBUG_ENV):
            raise
        outcome.status, outcome.exit_code = "failed", int(ExitCode.INTERNAL)
        outcome.errors = [f"{job.path}: internal error ({type(exc).__name__}) — a bug in mla-writer, not in this "
                          f"file; set {DEBUG_ENV}=1 to see the details, and please report it"]
        return outcome
    finally:
        outcome.seconds = round(time.perf_counter() - started, 3)
    outcome.findings = len(result.findings)
    if result.error is not None:
        outcome.status, outcome.errors, outcome.exit_code = "failed", result.error.lines(), int(result.error.exit_code)
    else:
        outcome.output = str(result.output)
        outcome.worksheet = str(result.worksheet) if result.worksheet else None
        outcome.notes = result.notes
    return outcome


def _duplicate_targets(jobs: list[Job]) -> dict[int, Outcome]:
    """Two inputs that would write the same output file: the later one is refused before any work."""
    seen: set[tuple[str, str | None, str | None]] = set()
    refused: dict[int, Outcome] = {}
    for index, job in enumerate(jobs):
        key = (job.path.stem, job.lang, job.document_kind)
        if key in seen:
            error = InputError("another case file in this run has the same name, so its output would be replaced",
                               file=str(job.path), fix="rename one of the files or render them separately")
            refused[index] = Outcome(path=str(job.path), status="failed", errors=error.lines(),
                                     exit_code=int(ExitCode.INPUT_ERROR))
        seen.add(key)
    return refused


_IN_FLIGHT_PER_WORKER = 2
_MAX_CHUNK = 8


def _chunks(indices: list[int], workers: int) -> Iterator[list[int]]:
    """The files in tasks of up to 8: several, to spare the main process a round trip per file,
    fewer as the end nears, so that the workers finish together instead of one waiting for the
    other's last tasks."""
    start = 0
    while start < len(indices):
        size = max(1, min(_MAX_CHUNK, (len(indices) - start) // (workers * _IN_FLIGHT_PER_WORKER * 2)))
        yield indices[start:start + size]
        start += size


# Held by a worker while it renders one file, so that a worker told to stop (SIGTERM) or left
# behind by a killed main process ends between two files, never halfway through writing one.
_ONE_FILE = threading.Lock()
_STOP_AFTER_THIS_FILE = False


# Set in each worker by _init_worker: the main process, and whether it is this one's parent.
_MAIN_PID: int | None = None
_FORKED = False


def render_chunk(chunk: list[Job]) -> list[Outcome]:
    outcomes = []
    for job in chunk:
        if _STOP_AFTER_THIS_FILE or (_MAIN_PID is not None and not _main_is_alive(_MAIN_PID, _FORKED)):
            os._exit(int(ExitCode.INTERRUPTED))  # no one is left to report to
        with _ONE_FILE:
            outcomes.append(render_one(job))
    if _STOP_AFTER_THIS_FILE:
        os._exit(int(ExitCode.INTERRUPTED))
    return outcomes


def _on_terminate(signum: int, frame: object) -> None:
    """SIGTERM (a broken pool ends its other workers so): the file in hand is finished first."""
    global _STOP_AFTER_THIS_FILE
    if _ONE_FILE.locked():
        _STOP_AFTER_THIS_FILE = True
    else:
        os._exit(int(ExitCode.INTERRUPTED))


def _main_is_alive(main_pid: int, forked: bool) -> bool:
    if forked:
        return os.getppid() == main_pid  # a child whose parent ends is given another one
    try:
        os.kill(main_pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _end_with_main(main_pid: int, forked: bool) -> None:
    """Ends this worker soon after the main process dies (killed, say) while it waits for work: it
    would otherwise wait for ever, as nothing closes the queue it reads from. (A busy worker
    notices before its next file.)"""
    global _STOP_AFTER_THIS_FILE
    while True:
        time.sleep(0.5)
        if not _main_is_alive(main_pid, forked):
            # The flag first: the lock is not fair, and a busy worker would take it back again
            # and again before this thread got it.
            _STOP_AFTER_THIS_FILE = True
            with _ONE_FILE:
                os._exit(int(ExitCode.INTERRUPTED))


# What a worker needs, imported once in the fork server rather than in each worker.
_WORKER_MODULES = ["mla_writer.batch", "mla_writer.service", "mla_writer.casefile", "mla_writer.validation.engine",
                   "mla_writer.render.compose", "mla_writer.render.docx_writer", "mla_writer.profiles.loader"]


def _pool_context():  # noqa: ANN202 - a multiprocessing context, or None for the platform's default
    """How the workers start: forked from this process on Linux, else from a fork server, else spawned.

    A forked worker is ready at once, with what this process has already imported and read; a
    fork server first starts an interpreter and imports mla-writer, which costs about half a
    second before the first file. Forking is safe only while this process has no other
    thread (a lock held by one would stay locked in the child for ever), which holds for the
    command line; a caller with threads gets the fork server. The forked workers also hold a
    copy of the list of jobs: a few megabytes at 10,000 files, shared with this process.
    """
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return None  # Windows: spawn, the only way there is
    context = multiprocessing.get_context("forkserver")
    # Also what this process has imported of mla-writer (the command line): each worker imports
    # the main script again, which is then quick.
    imported = sorted(name for name in sys.modules if name.startswith("mla_writer."))
    context.set_forkserver_preload(list(dict.fromkeys(_WORKER_MODULES + imported)))
    return context


def _init_worker(cwd: str, environ: dict[str, str], main_pid: int) -> None:
    """A worker works where, and with the environment, the batch was started (a spawned one would not),
    and ends if the main process does."""
    import gc

    global _MAIN_PID, _FORKED
    # What a forked worker inherited is never garbage here; left out of collection, its memory
    # stays shared with the main process instead of being copied page by page.
    gc.freeze()
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(environ)
    if os.name == "posix":  # on Windows, os.kill would end the main process rather than probe it
        import signal

        _MAIN_PID, _FORKED = main_pid, os.getppid() == main_pid
        signal.signal(signal.SIGTERM, _on_terminate)
        threading.Thread(target=_end_with_main, args=(main_pid, _FORKED), daemon=True, name="end-with-main").start()


def run(jobs: list[Job], workers: int, progress: Callable[[Outcome, int, int], None] | None = None) -> list[Outcome]:
    """Renders every job; results in the order of ``jobs``."""
    results: list[Outcome | None] = [None] * len(jobs)
    done = 0

    def report(index: int, outcome: Outcome) -> None:
        nonlocal done
        results[index] = outcome
        done += 1
        if progress is not None:
            progress(outcome, done, len(jobs))

    if workers <= 1 or len(jobs) <= 1:
        taken: set[Path] = set()
        for index, job in enumerate(jobs):
            report(index, render_one(job, taken))
        return [r for r in results if r is not None]

    for index, outcome in _duplicate_targets(jobs).items():
        report(index, outcome)
    pending: Iterator[list[int]] = _chunks([i for i in range(len(jobs)) if results[i] is None], workers)
    # A worker killed from outside (the system out of memory, an administrator) breaks its
    # pool: the files it had in hand are reported, and a new pool renders the rest.
    while True:
        unstarted, progressed = _render_in_pool(jobs, pending, workers, report)
        if unstarted is None:
            break
        pending = itertools.chain(unstarted, pending)
        if not progressed:  # a pool that breaks before any task ends would break again
            for indices in pending:
                for index in indices:
                    report(index, _lost(jobs[index]))
            break
    return [r for r in results if r is not None]


def _render_in_pool(jobs: list[Job], chunks: Iterator[list[int]], workers: int,
                    report: Callable[[int, Outcome], None]) -> tuple[list[list[int]] | None, bool]:
    """Renders the chunks in one pool of workers.

    Returns None when every chunk is done; if the pool broke, the chunks it never started (for
    a new pool) and whether any task ended first. The files of the tasks it broke in are
    reported lost.
    """
    # A few chunks per worker in flight, not the whole batch: memory stays flat however many files
    # (each submitted chunk holds a future and a work item until it is done).
    running: dict[Future, list[int]] = {}
    lost: list[int] = []
    unstarted: list[list[int]] = []
    ended = False
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(), initializer=_init_worker,
                             initargs=(os.getcwd(), dict(os.environ), os.getpid())) as pool:

        def submit(indices: list[int]) -> bool:
            try:
                running[pool.submit(render_chunk, [jobs[i] for i in indices])] = indices
            except BrokenProcessPool:
                unstarted.append(indices)
                return False
            return True

        broken = not all(submit(indices) for indices in itertools.islice(chunks, workers * _IN_FLIGHT_PER_WORKER))
        try:
            # Once broken, no new task: the ones in flight all end soon, done or failed.
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    indices = running.pop(future)
                    try:
                        outcomes = future.result()
                    except BrokenProcessPool:
                        broken = True
                        lost.extend(indices)
                        continue
                    ended = True
                    for index, outcome in zip(indices, outcomes):
                        report(index, outcome)
                    if not broken:
                        indices = next(chunks, None)
                        broken = indices is not None and not submit(indices)
        except KeyboardInterrupt:
            for future in running:
                future.cancel()
            raise
    # Leaving the pool waited for its workers to end: nothing is still writing these files.
    for index in lost:
        _remove_temporary_files(jobs[index])
        report(index, _lost(jobs[index]))
    return (unstarted if broken else None), bool(ended or lost)


def _remove_temporary_files(job: Job) -> None:
    """What a killed worker was writing for this job (atomic.write_atomic's temporary files)."""
    import contextlib
    import re

    from mla_writer.service import output_stem

    # <stem>.<lang>[.<document>][.worksheet].docx, then mkstemp's random part
    name = re.compile(rf"\.{re.escape(output_stem(job.path))}\.[a-z]{{2,3}}(\.[a-z-]+)?(\.worksheet)?\.docx\.\w+\.tmp")
    for leftover in job.out_dir.glob(".*.tmp"):
        if name.fullmatch(leftover.name):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _lost(job: Job) -> Outcome:
    error = OutputError("perhaps not rendered: the worker process rendering it was stopped from outside (by the "
                        "system when out of memory, or by a signal)", file=str(job.path),
                        fix="render it again; with --skip-existing only the files not yet written are rendered")
    return Outcome(path=str(job.path), status="failed", errors=error.lines(), exit_code=int(error.exit_code))


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)
