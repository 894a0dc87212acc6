"""Benchmark the build on real pages: corpora of N pages taken from ../shared/corpus-large (6,191
distinct articles of one site), built cold through the same code path as the CLI
(`pipeline.build.build`), one subprocess per build so measurements are independent. Page i is article
i mod 6,191 under a distinct file name with a distinct last line, so up to 6,191 pages are the real
articles and 30,955 is the corpus five times.

    .venv/bin/python scripts/benchmark.py                 # 1,000, 6,191 and 30,955 pages, each then +1 page
    .venv/bin/python scripts/benchmark.py --quick         # 1,000 pages only
    .venv/bin/python scripts/benchmark.py --sizes 500,5000 --profile 1000
    .venv/bin/python scripts/benchmark.py --rules         # CPU ms of the rules a page, over ../shared/corpus
    .venv/bin/python scripts/benchmark.py --rules --against 768e0dd   # the same, paired with another revision's
    .venv/bin/python scripts/benchmark.py --small         # the seed's CLI build against a one-asset Dagster run

Prints a Markdown table of the cold builds: wall time, pages/s, peak memory (parent process, largest
pool worker, and the sampled peak PSS of the whole process tree), seconds per Dagster step; then for
each size the +1 page rebuild (the median of 3, each adding a page no build has seen; cache warm, same out dir), a
single-process "floor" (read + NFC + one regex scan over the same files) and the ratios of the cold
and +1 times to that floor, and the ratio of pages/s between the two largest sizes.

This is a benchmark, not a test: it asserts nothing; the reader compares the figures with the targets.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent  # the checkout this script is in
MAIN_STEPS = ("raw_pages", "page_extractions", "tables", "data_package", "build_report")  # the tables' checks run in "tables"
LEGAL_NUMBER = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]+-[A-ZĐA-Za-z]+")


# --------------------------------------------------------------------------- helpers run in the child

def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _cpu_s(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _live_children_cpu_s() -> float:
    """CPU of this process's children that are still alive, and of the children they reaped: the pool's
    workers are forked from a fork server (pipeline/run_pages.py), which outlives the pool, so their
    time is in the server's cutime/cstime (/proc/PID/stat), not in RUSAGE_CHILDREN."""
    me, total = os.getpid(), 0.0
    for pid, ppid in _proc_table().items():
        if ppid != me:
            continue
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(fields[i]) for i in (11, 12, 13, 14)) / os.sysconf("SC_CLK_TCK")  # utime stime cutime cstime
    return total


def _warm_rules(src: str, corpus: str):
    """(`process_page` of the pipeline in `src`, the corpus articles as pages), each page processed once:
    the rules compiled, the caches filled."""
    sys.path.insert(0, src)
    from pipeline.page import RawPage, process_page

    pages = [RawPage(p.name, p.read_bytes(), {}) for p in articles(Path(corpus))]
    for page in pages:
        process_page(page)
    return process_page, pages


def child_rules(src: str, corpus: str, rounds: int) -> None:
    """CPU milliseconds of `process_page` a page over the corpus articles: warmed up once, then the
    best of `rounds` passes (the least disturbed by other work on the machine); prints JSON."""
    process_page, pages = _warm_rules(src, corpus)
    best = min(_timed_pass(process_page, pages) for _ in range(rounds))
    print(json.dumps({"pages": len(pages), "ms_per_page": best * 1000 / len(pages)}))


def child_rules_server(src: str, corpus: str) -> None:
    """The rules of one revision kept warm in a process: a pass over the corpus articles for each line
    read, its CPU milliseconds a page printed (rules_paired)."""
    process_page, pages = _warm_rules(src, corpus)
    print("ready", flush=True)
    for _ in sys.stdin:
        print(_timed_pass(process_page, pages) * 1000 / len(pages), flush=True)


def rules_paired(srcs: dict[str, Path], corpus: Path, rounds: int) -> None:
    """CPU ms a page of the rules of two revisions (the first is the baseline), each warm in a process of
    its own, their passes alternated (which goes first changes each round), so that the machine's drift
    (this VM swings by 30 % between runs minutes apart) falls on both alike. Prints each one's best and
    median, and the median of the rounds' ratios."""
    procs = {name: subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "_rules_server", str(src), str(corpus)],
                                    cwd=src.parent, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for name, src in srcs.items()}
    try:
        for proc in procs.values():
            if proc.stdout.readline().strip() != "ready":
                raise RuntimeError("a rules process did not start")
        times: dict[str, list[float]] = {name: [] for name in procs}
        for i in range(rounds):
            for name in (list(procs) if i % 2 == 0 else list(procs)[::-1]):
                procs[name].stdin.write("pass\n")
                procs[name].stdin.flush()
                times[name].append(float(procs[name].stdout.readline()))
    finally:
        for proc in procs.values():
            proc.kill()
            proc.wait()
    (base, base_t), (other, other_t) = times.items()
    for name, t in times.items():
        print(f"{name}: best {min(t):.2f}, median {statistics.median(t):.2f} CPU ms a page ({rounds} passes)")
    ratios = [a / b for a, b in zip(other_t, base_t)]
    print(f"{other} / {base}: median of the rounds' ratios {statistics.median(ratios):.3f}, best / best {min(other_t) / min(base_t):.3f}")


def _timed_pass(process_page, pages) -> float:
    t0 = time.process_time()
    for page in pages:
        process_page(page)
    return time.process_time() - t0


def child_one(src: str, raw: str, out: str, cache: str, workers: int) -> None:
    """One build in this process, exactly as `python -m pipeline build` runs it; prints JSON."""
    t0 = time.perf_counter()
    sys.path.insert(0, src)
    try:
        from pipeline.__main__ import load_build  # what `python -m pipeline build` imports the build with
    except ImportError:  # a revision from before it
        from pipeline.build import build
    else:
        build = load_build()

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    result = build(Path(raw), Path(out), cache_dir=Path(cache) if cache else None, workers=workers)
    t_build = time.perf_counter() - t1
    # Each STEP_SUCCESS event carries StepSuccessData.duration_ms: input loading + compute + output
    # handling of that step (dagster/_core/execution/plan/execute_step.py).
    steps = {}
    for event in result.all_events:
        if event.event_type_value == "STEP_SUCCESS":
            steps[event.step_key] = event.event_specific_data.duration_ms / 1000
    def height(output: str):
        try:
            return result.output_for_node("tables", output).height
        except Exception:  # the pipeline renamed its outputs: the counts are only a sanity check
            return None
    docs, rejected = height("documents"), height("rejections")
    print(json.dumps({
        "success": result.success, "import_s": t_import, "build_s": t_build, "steps": steps,
        "docs": docs, "rejected": rejected,
        # Children this process reaped (none when the pool's workers come from a fork server; their
        # peak is sampled from /proc by the parent of this process instead).
        "maxrss_self_mb": _maxrss_mb(resource.RUSAGE_SELF), "maxrss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
        "cpu_s": _cpu_s(resource.RUSAGE_SELF) + _cpu_s(resource.RUSAGE_CHILDREN) + _live_children_cpu_s(),
    }))
    from pipeline.__main__ import finish  # the process ends as `python -m pipeline build` ends

    finish(0)


def child_profile(src: str, raw: str, out: str, cache: str, top: int, save: str | None) -> None:
    """cProfile of one cold build with workers=1, so the page work runs in this process and is seen."""
    import cProfile
    import io
    import pstats

    sys.path.insert(0, src)
    from pipeline.build import build

    prof = cProfile.Profile()
    prof.enable()
    build(Path(raw), Path(out), cache_dir=Path(cache), workers=1)
    prof.disable()
    if save:
        prof.dump_stats(save)
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key)
        stats.print_stats(top)
        text = buf.getvalue()
        print(f"### top {top} by {key}\n" + text[text.find("ncalls"):].rstrip() + "\n")
    # Where each step's time goes, in the project's own functions and Dagster's type checks.
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(
        r"assets\.py|package\.py|run_pages\.py|tables\.py|page\.py:\d+\(process_page|find_|clean_page|sentences_of"
        r"|dagster_type\.py:\d+\(type_check\)", top)
    text = buf.getvalue()
    print("### the project's functions and Dagster's type_check, by cumulative\n" + text[text.find("ncalls"):].rstrip() + "\n")


# --------------------------------------------------------------------------- corpus

def articles(corpus: Path) -> list[Path]:
    files = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix == ".md" and p.name != "SOURCE.md")
    if not files:
        raise SystemExit(f"no .md articles in {corpus}")
    return files


def write_copy(raw_dir: Path, sources: list[tuple[str, bytes]], i: int) -> Path:
    """Copy number i: a distinct file name and a distinct last line (bytes otherwise unchanged)."""
    stem, data = sources[i % len(sources)]
    path = raw_dir / f"{i:06d}-{stem}.md"
    path.write_bytes(data + f"\n\nBản sao số {i}.\n".encode("utf-8"))
    return path


def make_corpus(raw_dir: Path, sources: list[tuple[str, bytes]], n: int) -> None:
    raw_dir.mkdir(parents=True)
    for i in range(n):
        write_copy(raw_dir, sources, i)


# --------------------------------------------------------------------------- measuring a subprocess

def _proc_table() -> dict[int, int]:
    """pid -> ppid of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    stat = fh.read()
                table[int(entry)] = int(stat[stat.rfind(b")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    return table


def _proc_kb(pid: int, file: str, field: str) -> int:
    """A kB figure of /proc/PID/FILE ("Pss:" of smaps_rollup, "VmHWM:" of status); 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/{file}") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    return _proc_kb(pid, "smaps_rollup", "Pss:")


def _hwm_kb(pid: int) -> int:
    return _proc_kb(pid, "status", "VmHWM:")


class TreeSampler(threading.Thread):
    """Samples the proportional set size (PSS: shared pages split among sharers) of a process and all
    its descendants every `interval` seconds; `peak_mb` is the largest sum seen."""

    def __init__(self, pid: int, interval: float = 1.0):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kb, self.max_procs = pid, interval, 0, 0
        self.worker_hwm_kb = 0  # the largest peak RSS (VmHWM) of any descendant: the pool's workers
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            table = _proc_table()
            tree, frontier = {self.pid}, [self.pid]
            while frontier:
                parent = frontier.pop()
                for pid, ppid in table.items():
                    if ppid == parent and pid not in tree:
                        tree.add(pid)
                        frontier.append(pid)
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in tree))
            self.worker_hwm_kb = max([self.worker_hwm_kb] + [_hwm_kb(p) for p in tree if p != self.pid])
            self.max_procs = max(self.max_procs, len(tree))
            self._halt.wait(self.interval)

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return self.peak_kb / 1024


def run_build(src: Path, raw: Path, out: Path, cache: Path, workers: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "_one", str(src), str(raw), str(out), str(cache), "--workers", str(workers)]
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=src.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    tree_peak = sampler.stop()
    if proc.returncode != 0:
        raise SystemExit(f"build of {raw} failed ({proc.returncode}):\n{stderr[-4000:]}")
    info = json.loads(stdout.strip().splitlines()[-1])
    info.update(wall_s=wall, tree_pss_peak_mb=tree_peak, max_procs=sampler.max_procs,
                worker_peak_mb=max(info.get("maxrss_children_mb", 0), sampler.worker_hwm_kb / 1024),
                load=(load_before, os.getloadavg()[0]))
    return info


# --------------------------------------------------------------------------- floor

def floor(raw_dir: Path) -> dict:
    """Single process: read each file, decode, NFC, count legal-number matches. No Dagster, no tables."""
    files = sorted(raw_dir.iterdir())
    t0 = time.perf_counter()
    hits = 0
    for path in files:
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        hits += sum(1 for _ in LEGAL_NUMBER.finditer(text))
    elapsed = time.perf_counter() - t0
    return {"pages": len(files), "seconds": elapsed, "pages_per_s": len(files) / elapsed, "matches": hits}


# --------------------------------------------------------------------------- code under test

def snapshot(dest: Path, rev: str | None, src: Path | None = None) -> Path:
    """A private copy of pipeline/ (working tree, or `rev` from git): edits made while the benchmark
    runs neither change what is measured nor invalidate the warm cache of the incremental run."""
    dest.mkdir(parents=True)
    if src:
        shutil.copytree(src / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    elif rev:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", rev, "pipeline"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    else:
        shutil.copytree(REPO / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    # Bytecode compiled once, as an installed package has it and as Python writes it on a first run: a
    # machine that sets PYTHONDONTWRITEBYTECODE (this VM does) would otherwise compile every module of
    # pipeline/ on every run, a cost the one-asset run (Dagster's bytecode came with its wheel) never pays.
    compileall.compile_dir(dest / "pipeline", quiet=1)
    return dest


def describe_code(rev: str | None, src: Path | None = None) -> str:
    def git(*a: str) -> str:
        r = subprocess.run(["git", "-C", str(REPO), *a], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else "?"
    if src:
        return f"pipeline/ from {src}"
    if rev:
        return f"pipeline/ at {rev} ({git('rev-parse', '--short', rev)})"
    dirty = git("status", "--porcelain", "--", "pipeline")
    return f"working tree pipeline/ at {git('rev-parse', '--short', 'HEAD')}" + (" with uncommitted changes" if dirty else "")


# --------------------------------------------------------------------------- report

def machine_line() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    return (f"machine: {platform.machine()}, nproc {os.cpu_count()}, CPU {model}, "
            f"memory {mem_kb / 1024 / 1024:.1f} GiB, Python {platform.python_version()}")


def stage_columns(steps: dict[str, float], build_s: float) -> list[str]:
    main = [steps.get(k, 0.0) for k in MAIN_STEPS]
    # Dagster's own work between steps (events, logging, plan): build() less every step, so that older
    # code (--rev) with steps of its own (the checks had a step each) is not charged for them here.
    other = build_s - sum(steps.values())
    return [f"{v:.2f}" for v in main] + [f"{other:.2f}"]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_one"]:
        p = argparse.ArgumentParser(prog="benchmark.py _one")
        p.add_argument("src"), p.add_argument("raw"), p.add_argument("out"), p.add_argument("cache")
        p.add_argument("--workers", type=int, default=0)
        a = p.parse_args(argv[1:])
        child_one(a.src, a.raw, a.out, a.cache, a.workers)
        return 0
    if argv[:1] == ["_rules"]:
        child_rules(argv[1], argv[2], int(argv[3]))
        return 0
    if argv[:1] == ["_rules_server"]:
        child_rules_server(argv[1], argv[2])
        return 0
    if argv[:1] == ["_profile"]:
        p = argparse.ArgumentParser(prog="benchmark.py _profile")
        p.add_argument("src"), p.add_argument("raw"), p.add_argument("out"), p.add_argument("cache")
        p.add_argument("--top", type=int, default=25)
        p.add_argument("--save", default=None)
        a = p.parse_args(argv[1:])
        child_profile(a.src, a.raw, a.out, a.cache, a.top, a.save)
        return 0

    parser = argparse.ArgumentParser(prog="scripts/benchmark.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,6191,30955", help="comma-separated page counts (default: 1000,6191,30955)")
    parser.add_argument("--quick", action="store_true", help="1000 pages only")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder of .md articles (default: ../shared/corpus-large; ../shared/corpus for --rules)")
    parser.add_argument("--workers", type=int, default=0, help="passed to build(): 0 = one process per core (the CLI default)")
    parser.add_argument("--no-incremental", action="store_true", help="skip the +1 page rebuild")
    parser.add_argument("--plus-runs", type=int, default=3, metavar="K",
                        help="+1 page rebuilds per size, a new page each; the median is reported (default 3)")
    parser.add_argument("--rules", action="store_true",
                        help="only the rules: CPU ms of process_page a page over the corpus articles (best of 5 passes); "
                             "with --rev, of that commit's code")
    parser.add_argument("--against", default=None, metavar="REV",
                        help="with --rules: the rules of this revision and of the code under test, each warm in a process of "
                             "its own, their passes alternated (--rounds of each): a comparison the machine's drift does not skew")
    parser.add_argument("--rounds", type=int, default=41, help="passes of each revision with --against (default 41)")
    parser.add_argument("--small", action="store_true",
                        help="only the small build: the seed's whole CLI build (validation included) against a one-asset "
                             "in-process Dagster materialisation, alternated, 11 of each, each a fresh interpreter")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also cProfile a cold build of N pages with workers=1 and print the top functions")
    parser.add_argument("--profile-out", type=Path, default=None, metavar="FILE", help="save that profile (pstats) to FILE")
    parser.add_argument("--rev", default=None,
                        help="benchmark the pipeline/ of this git revision (git archive) instead of a copy of the working tree")
    parser.add_argument("--src", type=Path, default=None,
                        help="benchmark DIR/pipeline instead (e.g. a patched copy, to measure a change before making it)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build the corpora (default: a temporary folder, removed after)")
    args = parser.parse_args(argv)

    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    corpus = (args.corpus or REPO / ".." / "shared" / ("corpus" if args.rules else "corpus-large")).resolve()
    sources = [(p.stem, p.read_bytes()) for p in articles(corpus)]
    work = Path(tempfile.mkdtemp(prefix="pipeline-bench-", dir=args.workdir))
    src = snapshot(work / "src", args.rev, args.src)
    print(machine_line())
    print(f"corpus: {len(sources)} articles from {corpus}; workdir {work}; workers={args.workers or os.cpu_count()}")
    print(f"code: {describe_code(args.rev, args.src)}, copied to {src} so that every build of this run uses the same code "
          f"(the per-page cache is keyed by a hash of the page work's code and rules)")
    print()
    if args.rules and args.against:
        try:
            rules_paired({args.against: snapshot(work / "against", args.against), describe_code(args.rev, args.src): src},
                         corpus, args.rounds)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    if args.rules:
        try:
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "_rules", str(src), str(corpus), "5"],
                                 cwd=src.parent, capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"rules: {r['ms_per_page']:.2f} CPU ms a page (process_page over {r['pages']} corpus articles, best of 5 passes)")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    if args.small:
        try:
            small(src, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    results: dict[int, dict] = {}
    plus_one: dict[int, dict] = {}
    floors: dict[int, dict] = {}
    try:
        for n in sizes:
            raw, out, cache = work / f"raw-{n}", work / f"out-{n}", work / f"cache-{n}"
            make_corpus(raw, sources, n)
            r = run_build(src, raw, out, cache, args.workers)
            results[n] = r
            print(f"  built {n} pages in {r['wall_s']:.1f} s ({r['docs']} documents, {r['rejected']} rejected)", file=sys.stderr)
            floors[n] = floor(raw)
            if not args.no_incremental:
                # Pages number n, n+1, ...: each one no build of this size has seen, added one at a time;
                # the run with the median wall time is reported (one run on a shared VM is noise).
                runs = []
                for extra in range(args.plus_runs):
                    write_copy(raw, sources, n + extra)
                    runs.append(run_build(src, raw, out, cache, args.workers))
                plus_one[n] = sorted(runs, key=lambda r: r["wall_s"])[len(runs) // 2]
                print(f"  +1 page on {n}: " + ", ".join(f"{r['wall_s']:.1f}" for r in runs) + " s", file=sys.stderr)

        header = ["pages", "wall s", "build() s", "pages/s", "CPU s", "peak MB parent", "peak MB largest worker", "tree PSS peak MB",
                  *[f"{k} s" for k in MAIN_STEPS], "dagster other s", "documents", "load avg before/after"]
        print("| " + " | ".join(header) + " |")
        print("|" + "---:|" * len(header))
        for n, r in results.items():
            print("| " + " | ".join([
                str(n), f"{r['wall_s']:.1f}", f"{r['build_s']:.1f}", f"{n / r['wall_s']:.0f}", f"{r['cpu_s']:.0f}",
                f"{r['maxrss_self_mb']:.0f}", f"{r['worker_peak_mb']:.0f}", f"{r['tree_pss_peak_mb']:.0f}",
                *stage_columns(r["steps"], r["build_s"]), f"{r['docs']}", f"{r['load'][0]:.1f}/{r['load'][1]:.1f}",
            ]) + " |")
        print()
        print("wall s: the whole subprocess (interpreter start, imports, build); build() s: the call alone; "
              "pages/s from wall s. CPU s: user+sys of the build process and its workers (the fork server's reaped children included). Step seconds: Dagster's STEP_SUCCESS duration (inputs + compute + outputs). "
              "peak MB: ru_maxrss of the build process, and the largest peak RSS (VmHWM) of any pool worker; "
              "tree PSS: the whole process tree, shared pages counted once, sampled every second.")

        print()
        print("| pages | cold s | +1 page s | peak MB build process | tree PSS peak MB | floor s | cold / floor | +1 page / floor |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n, r in results.items():
            f, plus = floors[n], plus_one.get(n)
            print("| " + " | ".join([
                str(n), f"{r['wall_s']:.1f}", f"{plus['wall_s']:.1f}" if plus else "–", f"{r['maxrss_self_mb']:.0f}",
                f"{r['tree_pss_peak_mb']:.0f}", f"{f['seconds']:.2f}", f"{r['wall_s'] / f['seconds']:.1f}",
                f"{plus['wall_s'] / f['seconds']:.1f}" if plus else "–",
            ]) + " |")
        print()
        print(f"+1 page: the median of {args.plus_runs} rebuilds, each of the folder with one page more than the last (a page no build of that size has seen), the cache warm and "
              "the package in place, through the CLI's code path. floor: one process reading, NFC-normalising and "
              "regex-scanning the same files (no Dagster, no tables). Peak MB of the +1 builds: "
              + ", ".join(f"{n}: {p['maxrss_self_mb']:.0f}" for n, p in plus_one.items()) + ".")

        if plus_one:
            print()
            print("Where the +1 page builds spend their time (Dagster step seconds):")
            print()
            print("| pages | " + " | ".join(f"{k} s" for k in MAIN_STEPS) + " | dagster other s |")
            print("|---:|" + "---:|" * (len(MAIN_STEPS) + 1))
            for n, plus in plus_one.items():
                print(f"| {n} | " + " | ".join(stage_columns(plus["steps"], plus["build_s"])) + " |")

        if len(results) >= 2:
            a, b = sorted(results)[-2:]
            ra, rb = a / results[a]["wall_s"], b / results[b]["wall_s"]
            ba, bb = a / results[a]["build_s"], b / results[b]["build_s"]
            print(f"scaling: pages/s at {b} / pages/s at {a} = {rb:.0f} / {ra:.0f} = {rb / ra:.2f} (wall); "
                  f"{bb:.0f} / {ba:.0f} = {bb / ba:.2f} (build() only)")

        if args.profile:
            n = args.profile
            raw, out, cache = work / f"prof-raw-{n}", work / f"prof-out-{n}", work / f"prof-cache-{n}"
            make_corpus(raw, sources, n)
            print()
            print(f"## cProfile: cold build of {n} pages, workers=1 (page work in-process)")
            sys.stdout.flush()
            cmd = [sys.executable, str(Path(__file__).resolve()), "_profile", str(src), str(raw), str(out), str(cache)]
            if args.profile_out:
                cmd += ["--save", str(args.profile_out.resolve())]
            subprocess.run(cmd, cwd=src.parent, check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


ONE_ASSET = """
from dagster import asset, materialize

@asset
def one():
    return 1

assert materialize([one]).success
"""


def small(src: Path, work: Path, rounds: int = 11) -> None:
    """The seed's CLI build (python -m pipeline build, no cache: every step and the validation run) and
    a one-asset in-process Dagster materialisation, alternated so that both see the same machine; wall
    time of each whole subprocess (interpreter start and imports included)."""
    def timed(cmd: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, cwd=src.parent, check=True, capture_output=True)
        return time.perf_counter() - start

    seed, one = [], []
    for i in range(rounds):
        one.append(timed([sys.executable, "-c", ONE_ASSET]))
        seed.append(timed([sys.executable, "-m", "pipeline", "build", "--raw-dir", str(REPO / "raw"),
                           "--out-dir", str(work / f"seed-{i}"), "--cache-dir", ""]))
    med = lambda xs: sorted(xs)[len(xs) // 2]  # noqa: E731
    print("| run | median s | best s |")
    print("|---|---:|---:|")
    print(f"| one-asset in-process materialisation | {med(one):.2f} | {min(one):.2f} |")
    print(f"| seed: whole CLI build, validation included | {med(seed):.2f} | {min(seed):.2f} |")
    print(f"| ratio | {med(seed) / med(one):.2f} | {min(seed) / min(one):.2f} |")


if __name__ == "__main__":
    sys.exit(main())
