"""What a benchmark ran on: the figures in BENCHMARKS.md mean nothing without it."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = int(info.readline().split()[1])
        return f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def _postgres_version() -> str:
    try:
        done = subprocess.run(
            ["psql", "--version"], capture_output=True, text=True, timeout=5, check=False
        )
        return done.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def load_average() -> tuple[float, float, float]:
    """The 1, 5 and 15 minute load averages (zeros where the system does not say)."""
    try:
        return os.getloadavg()
    except OSError:
        return (0.0, 0.0, 0.0)


def is_loaded(*loads: float) -> bool:
    """Whether any 1-minute load average was at half the cores or more: other work was
    running, so the figures are slower than an idle machine's (ratios suffer less)."""
    return max(loads, default=0.0) >= 0.5 * (os.cpu_count() or 1)


def describe(load_start: float | None = None, load_end: float | None = None) -> str:
    """A markdown table of the machine and the versions that matter for the figures; with the
    1-minute load average at the start and end of the run when given."""
    packages = ["scrapy", "lxml", "sqlalchemy", "psycopg2-binary", "great-expectations", "pandas"]
    packages += ["apache-airflow", "datasketch", "celery", "trafilatura", "psutil"]
    rows = [
        ("CPU", f"{_cpu_model()} × {os.cpu_count()} cores"),
        ("memory", _memory_gib()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("PostgreSQL", _postgres_version()),
    ]
    if load_start is not None and load_end is not None:
        rows.append(("load average (1 min), start / end", f"{load_start:.2f} / {load_end:.2f}"))
    for name in packages:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    lines = ["| what | value |", "| --- | --- |"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join(lines)
