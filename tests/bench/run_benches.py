#!/usr/bin/env python3
"""Runs every Kartoteka benchmark on one database and writes one Markdown table.

    tests/bench/run_benches.py --db FILE [--build build/dev] [--out FILE.md]
                               [--only NAME,...] [--skip NAME,...] [--synthetic]
                               [--in-place] [--timeout SECONDS]

Every kartoteka_*_bench that measures a given database (--db) runs on a copy
of FILE made with the sqlite3 shell's .backup (some benches write: a
manager's clients handed over, a restore), one after another, in the order of
their names; --in-place runs them on FILE itself. --synthetic also runs the
benches that make their own data (audit, owner copy, storage). The output
begins with the machine (CPU model, cores, RAM, the disk under the database,
OS, Qt and SQLite versions, the load average before and after) and the
database (size, clients, deals, timeline entries), then one row per figure
each bench printed: the figure's name and its numbers, as the bench wrote
them. So every issue note can carry the same table. ./test.sh does not run
this: it takes minutes at 100,000 clients and much longer at a million.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Benches that take --db FILE; the others make their own data.
DATABASE_BENCHES = ["backup", "board", "clients", "deals", "list", "reports", "startup"]
SYNTHETIC_BENCHES = ["audit", "documents", "mailing", "owner_copy", "storage"]

# A line that carries a figure: a number followed by a unit.
FIGURE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*(?:ms|s|MB|KB|GB|%)(?![A-Za-z])")


def run(command, **kwargs):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False,
                              **kwargs).stdout.strip()
    except OSError:
        return ""


def first_line_of(path, prefix):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def cache_value(build, key):
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def disk_of(folder):
    source = run(["findmnt", "-no", "SOURCE,FSTYPE", "--target", folder])
    device = os.path.basename(source.split()[0]) if source else ""
    base = re.sub(r"p?\d+$", "", device) if device and not device.startswith("vd") else device
    base = re.sub(r"\d+$", "", base)
    rotational = ""
    try:
        with open(f"/sys/block/{base}/queue/rotational", encoding="ascii") as f:
            rotational = ("the kernel calls it rotating" if f.read().strip() == "1" else
                          "the kernel calls it non-rotating")
    except OSError:
        pass
    model = ""
    try:
        with open(f"/sys/block/{base}/device/model", encoding="ascii") as f:
            model = f.read().strip()
    except OSError:
        pass
    free = shutil.disk_usage(folder)
    parts = [p for p in [source, model, rotational] if p]
    parts.append(f"{free.free / 1e9:.0f} GB free of {free.total / 1e9:.0f} GB")
    return ", ".join(parts)


def qt_version(build):
    folder = cache_value(build, "Qt6Core_DIR") or cache_value(build, "Qt6_DIR")
    for name in ["Qt6CoreConfigVersion.cmake", "Qt6ConfigVersion.cmake"]:
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as f:
                found = re.search(r'set\(PACKAGE_VERSION "([^"]+)"\)', f.read())
                if found:
                    return found.group(1)
        except OSError:
            continue
    return run(["qtpaths6", "--qt-version"]) or "unknown"


def machine(build, folder):
    memory = first_line_of("/proc/meminfo", "MemTotal")
    memory_gb = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GB" if memory else "unknown"
    os_name = ""
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return [
        ("CPU", first_line_of("/proc/cpuinfo", "model name") or platform.processor()),
        ("Cores (available to this process)",
         f"{len(os.sched_getaffinity(0))} of {os.cpu_count()}"),
        ("RAM", memory_gb),
        ("Disk (database's folder)", disk_of(folder)),
        ("OS", f"{os_name or platform.system()}, kernel {platform.release()}"),
        ("Qt", qt_version(build)),
        ("SQLite (system library, as Qt's driver loads it)",
         run(["sqlite3", ":memory:", "select sqlite_version()"]) or "unknown"),
        ("Build", cache_value(build, "CMAKE_BUILD_TYPE") or "unknown"),
    ]


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def database_facts(db):
    counts = run(["sqlite3", db, "select (select count(*) from clients), "
                  "(select count(*) from deals), (select count(*) from interactions), "
                  "(pragma_user_version.user_version) from pragma_user_version"])
    facts = [("File", db), ("Size", f"{os.path.getsize(db) / 1e6:,.0f} MB")]
    if counts:
        clients, deals, interactions, schema = counts.split("|")
        facts += [("Clients", f"{int(clients):,}"), ("Deals", f"{int(deals):,}"),
                  ("Timeline entries", f"{int(interactions):,}"), ("Schema", schema)]
    return facts


def figures(output):
    rows = []
    heading = ""
    for raw in output.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if not FIGURE.search(line):
            # A heading such as "as manager X, who looks after N clients:" names
            # the figures under it.
            if line.rstrip().endswith(":"):
                heading = line.strip().rstrip(":")
            continue
        # The benches pad a figure's name with spaces ("%-44s") or end it
        # with a colon; a line with neither is a figure of its own.
        padded = re.match(r"^\s*(.+?)\s{2,}(\S.*)$", line)
        colon = re.match(r"^\s*(.+?):\s+(.*)$", line)
        name, rest = (padded.groups() if padded else colon.groups() if colon
                      else (line.strip(), ""))
        if raw.startswith(" ") and heading:
            name = f"{heading} › {name}"
        elif not raw.startswith(" "):
            heading = ""
        rows.append((name, re.sub(r"\s+", " ", rest)))
    return rows


def cell(text):
    return text.replace("|", "\\|")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database to measure")
    parser.add_argument("--build", default="build/dev", help="build folder (default build/dev)")
    parser.add_argument("--out", help="Markdown file to write (default: print it)")
    parser.add_argument("--only", default="", help="comma-separated bench names to run")
    parser.add_argument("--skip", default="", help="comma-separated bench names to leave out")
    parser.add_argument("--synthetic", action="store_true",
                        help="also run the benches that make their own data")
    parser.add_argument("--in-place", action="store_true",
                        help="run on the file itself instead of a copy")
    parser.add_argument("--timeout", type=int, default=7200, help="seconds per bench")
    args = parser.parse_args()

    db = os.path.abspath(args.db)
    build = os.path.abspath(args.build)
    benches = DATABASE_BENCHES + (SYNTHETIC_BENCHES if args.synthetic else [])
    if args.only:
        benches = [b for b in args.only.split(",") if b]
    benches = [b for b in benches if b not in args.skip.split(",")]
    if not os.path.exists(db):
        sys.exit(f"run_benches: {db} does not exist")

    scratch = tempfile.mkdtemp(prefix="kartoteka-benches-", dir=os.path.dirname(db))
    try:
        target = db
        if not args.in_place:
            target = os.path.join(scratch, "measured.sqlite")
            print(f"copying {db} with sqlite3 .backup …", file=sys.stderr)
            done = subprocess.run(["sqlite3", db, f".backup '{target}'"], check=False)
            if done.returncode != 0:
                sys.exit("run_benches: the sqlite3 shell could not copy the database")
        started = datetime.datetime.now().astimezone()
        load_before = load_average()
        lines = []
        results = []
        for name in benches:
            exe = os.path.join(build, "tests", "bench", f"kartoteka_{name}_bench")
            if not os.access(exe, os.X_OK):
                results.append((name, None, f"not built: {exe}", 0.0, []))
                continue
            command = [exe] + (["--db", target] if name in DATABASE_BENCHES else [])
            print(f"running {' '.join(command)} …", file=sys.stderr)
            clock = time.monotonic()
            try:
                done = subprocess.run(command, capture_output=True, text=True, check=False,
                                      timeout=args.timeout, cwd=scratch)
                output, code = done.stdout + done.stderr, done.returncode
            except subprocess.TimeoutExpired as timeout:
                output = (timeout.stdout or b"").decode(errors="replace") if isinstance(
                    timeout.stdout, bytes) else (timeout.stdout or "")
                code = f"timed out after {args.timeout} s"
            seconds = time.monotonic() - clock
            results.append((name, code, " ".join(command), seconds, figures(output)))
            sys.stderr.write(output)

        lines.append(f"## Benchmarks on {os.path.basename(db)}, "
                     f"{started.strftime('%Y-%m-%d %H:%M %Z')}")
        lines.append("")
        lines.append(f"Command: `tests/bench/run_benches.py --db {args.db}"
                     + (f" --only {args.only}" if args.only else "")
                     + (f" --skip {args.skip}" if args.skip else "")
                     + (" --synthetic" if args.synthetic else "")
                     + (" --in-place" if args.in_place else "") + "`")
        lines.append("")
        lines.append("| Machine | |")
        lines.append("|---|---|")
        for key, value in machine(build, os.path.dirname(db)):
            lines.append(f"| {key} | {cell(value)} |")
        lines.append(f"| Load average (1/5/15 min) before, after | {load_before}; "
                     f"{load_average()} |")
        for key, value in database_facts(db):
            lines.append(f"| Database: {key.lower()} | {cell(value)} |")
        lines.append("")
        lines.append("| Bench | Figure | Value |")
        lines.append("|---|---|---|")
        for name, code, command, seconds, rows in results:
            if code is None:
                lines.append(f"| {name} | — | {cell(command)} |")
                continue
            for figure, value in rows:
                lines.append(f"| {name} | {cell(figure)} | {cell(value)} |")
            status = "finished" if code == 0 else f"FAILED ({code})"
            lines.append(f"| {name} | whole bench | {seconds:.1f} s, {status} |")
        text = "\n".join(lines) + "\n"
        if args.out:
            with open(args.out, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {args.out}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0 if all(code == 0 for _, code, _, _, _ in results) else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
