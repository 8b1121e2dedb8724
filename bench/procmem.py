"""Running a command and measuring the memory of its process tree (Linux).

- ``ru_maxrss``: ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` read by a small launcher
  process (``_LAUNCHER``) that starts the command and waits for it: the largest peak RSS of
  any single process of the tree (the CLI or one of its workers), in kB. A launcher is needed
  because Linux charges a child, at exec, with the peak RSS of the memory it had before the
  exec: a command forked straight from the benchmark (150 MB after its in-process part) would
  report the benchmark's own size.
- A sampler thread that reads ``/proc`` every ``interval`` seconds: each process's own peak
  (``VmHWM``), and the sum over the tree of RSS and of PSS (``smaps_rollup``: pages shared
  between the forked workers counted once), the honest total for several processes.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

_PROC = Path("/proc")


def _status_kb(pid: int, keys: tuple[str, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                name, _, rest = line.partition(":")
                if name in keys:
                    found[name] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return found


def _pss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _cpu_ticks(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    except (OSError, ValueError, IndexError):
        return None


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.scandir(_PROC):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
            parents[int(entry.name)] = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    members, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        members += frontier
    return members


@dataclass
class TreeMemory:
    wall: float = 0.0
    returncode: int = 0
    ru_maxrss_kb: int = 0                                   # largest single process of the tree
    peak_kb: dict[int, int] = field(default_factory=dict)   # VmHWM per process (last seen)
    cpu_ticks: dict[int, int] = field(default_factory=dict)  # user + system CPU per process (last seen)
    peak_rss_sum_kb: int = 0
    peak_pss_sum_kb: int = 0
    root: int = 0
    tree_cpu_s: float = 0.0                                  # user + system CPU of the whole tree
    machine_busy_s: float = 0.0                              # CPU time the whole machine spent meanwhile
    cpus: int = 1

    @property
    def others_share(self) -> float:
        """Share of the machine's CPU capacity used by other work (not this tree, not the sampler) meanwhile."""
        return max(0.0, self.machine_busy_s - self.tree_cpu_s) / max(1e-9, self.wall * self.cpus)

    @property
    def main_peak_kb(self) -> int:
        return self.peak_kb.get(self.root, 0)

    @property
    def worker_peaks_kb(self) -> list[int]:
        return [kb for pid, kb in self.peak_kb.items() if pid != self.root]


def _machine_busy_s() -> float:
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


_LAUNCHER = """
import json, resource, subprocess, sys
code = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as handle:
    json.dump({"code": code, "maxrss": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}, handle)
"""


def run_measured(command: list[str], *, interval: float = 0.2, env: dict | None = None, cwd: str | None = None,
                 stderr=None) -> TreeMemory:  # noqa: ANN001
    """Runs ``command`` (its output discarded, its errors to ``stderr``) under the launcher, sampling its tree."""
    import json
    import sys
    import tempfile

    result = TreeMemory(cpus=os.cpu_count() or 1)
    handle, usage_file = tempfile.mkstemp(suffix=".json")
    os.close(handle)
    busy_before = _machine_busy_s()
    self_before = sum(os.times()[:2])
    started = time.perf_counter()
    launcher = subprocess.Popen([sys.executable, "-c", _LAUNCHER, usage_file, *command], env=env, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=stderr)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss_sum = pss_sum = 0
            members = _tree(launcher.pid)[1:]  # the launcher itself is not measured
            if members and not result.root:
                result.root = members[0]
            for pid in members:
                ticks = _cpu_ticks(pid)
                if ticks is not None:
                    result.cpu_ticks[pid] = max(result.cpu_ticks.get(pid, 0), ticks)
                status = _status_kb(pid, ("VmHWM", "VmRSS"))
                if "VmHWM" in status:
                    result.peak_kb[pid] = max(result.peak_kb.get(pid, 0), status["VmHWM"])
                rss_sum += status.get("VmRSS", 0)
                pss_sum += _pss_kb(pid) or status.get("VmRSS", 0)
            result.peak_rss_sum_kb = max(result.peak_rss_sum_kb, rss_sum)
            result.peak_pss_sum_kb = max(result.peak_pss_sum_kb, pss_sum)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    launcher.wait()
    result.wall = time.perf_counter() - started
    done.set()
    sampler.join()
    try:
        with open(usage_file, encoding="utf-8") as handle:
            usage = json.load(handle)
    finally:
        os.unlink(usage_file)
    result.returncode = usage["code"]
    result.ru_maxrss_kb = usage["maxrss"]
    # ru_utime/ru_stime cover only the processes the CLI waited for: not the workers of a fork
    # server (their parent is the fork server, which nobody waits for). The sampled CPU time of
    # every process of the tree counts them (less what each did after its last sample).
    result.tree_cpu_s = max(usage["cpu"], sum(result.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK"))
    # the sampler's own CPU is ours, not other work's
    result.machine_busy_s = _machine_busy_s() - busy_before - (sum(os.times()[:2]) - self_before)
    return result
