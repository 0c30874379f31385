"""The end-to-end target as a data officer meets it: `swdp run -m kusel -d events` – the CLI,
which starts Dagster's run in its own process – on the generated German-Excel events delivery
of bench_end_to_end.py (default 1,000,000 rows, in UTF-8 and in Windows-1252), against
DuckDB's `COPY (FROM read_csv(…)) TO '….parquet'` of the same file in the same run (target:
within 12× of the copy; peak RSS of all processes together ≤ 3 GB).

Unlike bench_end_to_end.py, which calls the plain functions in one process, this counts what
the command costs on top: starting Python and Dagster, the run's bookkeeping, the report.
Each encoding gets a folder of its own with the data, the Dagster instance and a copy of the
project's cluster.yaml whose Kusel events source is the generated file. The gazetteer is built
first (`swdp gazetteer build`, once per installation: not counted). The memory of the `swdp`
process and every process it starts is sampled from outside every 0.05 s.

    .venv/bin/python benchmarks/bench_swdp.py [rows]   # default 1,000,000
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connectors import is_url  # noqa: E402
from pipelines.core.german import german_number  # noqa: E402
from deliveries import ENCODINGS, FLAWED_SHARE, copy_seconds, generated, written  # noqa: E402
from memory import PeakSampler  # noqa: E402

ROWS = int(next((arg for arg in sys.argv[1:] if arg.isdigit()), 1_000_000))
SWDP = Path(sys.executable).parent / "swdp"
CONFIG = ROOT / "cluster.yaml"
RATIO_TARGET = 12
MEMORY_TARGET = 3e9  # bytes: 2.861 MiB
# A benchmark publishes, mails and commits nothing elsewhere, whatever this shell is set up for.
ELSEWHERE = ("CKAN_URL", "CKAN_API_TOKEN", "SWDP_SMTP_URL", "SWDP_DUCKLAKE", "SWDP_DUCKLAKE_DATA",
             "SWDP_DAGSTER_PG")


def configuration(folder: Path, delivery: Path, encoding: str) -> Path:
    """`folder`/cluster.yaml: the project's configuration, Kusel's events delivered as
    `delivery` in `encoding`; the other sources' files stay where the project has them."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    for member in config["members"]:
        for source in (member.get("sources") or {}).values():
            if not is_url(str(source["location"])):
                source["location"] = str((CONFIG.parent / source["location"]).resolve())
    # the generated file lies in a folder of its own, like a drop folder of the members
    config["delivery_folders"] = [*(str((CONFIG.parent / drop).resolve())
                                    for drop in config.get("delivery_folders") or ()),
                                  str(delivery.parent)]
    events = next(m for m in config["members"] if m["key"] == "kusel")["sources"]["events"]
    events["location"] = str(delivery)
    events["options"] = {**(events.get("options") or {}), "encoding": encoding}
    path = folder / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def environment(folder: Path, config: Path) -> dict[str, str]:
    """The environment `swdp` runs in: data, configuration and Dagster instance in `folder`."""
    return {**{name: value for name, value in os.environ.items() if name not in ELSEWHERE},
            "SWDP_CONFIG": str(config), "SWDP_DATA_DIR": str(folder / "data"),
            "DAGSTER_HOME": str(folder / "dagster")}


def swdp(arguments: list[str], env: dict[str, str], log: Path) -> dict:
    """`swdp arguments` as a process of its own: seconds, exit code, what it printed (stdout,
    stderr in `log`), and in MiB the peak of it and all the processes it started together,
    its own peak and that of the largest process it started (0 for none)."""
    with open(log, "wb") as errors:
        started = time.perf_counter()
        process = subprocess.Popen([str(SWDP), *arguments], env=env, cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=errors)
        sampler = PeakSampler(process.pid, interval=0.05)
        sampler.start()
        output = process.communicate()[0]
        elapsed = time.perf_counter() - started
    sampler.stop()
    return {"seconds": elapsed, "code": process.returncode, "output": output.decode(),
            "together": sampler.peak, "own": sampler.own_peak,
            "started": max(sampler.descendant_peaks.values(), default=0.0)}


def run_delivery(delivery: Path, encoding: str, folder: Path) -> dict:
    """The gazetteer built (not counted), then the timed `swdp run -m kusel -d events`, with
    the run's counts read from its JSON output."""
    folder.mkdir()
    env = environment(folder, configuration(folder, delivery, encoding))
    gazetteer = swdp(["gazetteer", "build"], env, folder / "gazetteer.log")
    if gazetteer["code"] != 0:
        sys.exit(f"swdp gazetteer build: Exit-Code {gazetteer['code']}\n"
                 f"{(folder / 'gazetteer.log').read_text(errors='replace')[-3000:]}")
    run = swdp(["run", "-m", "kusel", "-d", "events", "--json"], env, folder / "run.log")
    try:
        counts = json.loads(run["output"])["runs"][0]
    except (ValueError, KeyError, IndexError):
        counts = {}
    return {**run, "gazetteer": gazetteer["seconds"], "valid": counts.get("valid"),
            "rejected": counts.get("rejected"), "log": folder / "run.log"}


def mib(value: float) -> str:
    return f"{german_number(value)} MiB"


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # each figure as soon as it is measured
    frame = generated(ROWS)
    print(f"{german_number(ROWS)} Zeilen erzeugt, davon rund {FLAWED_SHARE:.0%} fehlerhaft")
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        files = written(frame, scratch)
        del frame
        baseline = copy_seconds(files, scratch)
        print(f"DuckDB COPY read_csv → Parquet (Grundlinie, UTF-8-Datei): "
              f"{german_number(baseline, 2)} s")
        for encoding, label in ENCODINGS.items():
            run = run_delivery(files[encoding], encoding, scratch / f"lauf-{encoding}")
            seconds, ratio = run["seconds"], run["seconds"] / baseline
            largest = max(run["own"], run["started"])
            counts = ("" if run["valid"] is None else f", {german_number(run['valid'])} gültig, "
                      f"{german_number(run['rejected'])} abgewiesen")
            print(f"{label}: swdp run -m kusel -d events {german_number(seconds, 1)} s = "
                  f"{german_number(ROWS / seconds)} Zeilen/s, {german_number(ratio, 1)}× der "
                  f"Grundlinie; Exit-Code {run['code']}{counts}")
            print(f"  Spitzenspeicher aller Prozesse zusammen {mib(run['together'])}, größter "
                  f"einzelner Prozess {mib(largest)} (swdp selbst {mib(run['own'])}, größter von "
                  f"ihm gestarteter {mib(run['started'])}); von außen alle 0,05 s gemessen")
            print(f"  Ortsverzeichnis vorab gebaut (swdp gazetteer build, nicht mitgezählt): "
                  f"{german_number(run['gazetteer'], 1)} s")
            reached = (run["code"] == 0 and ratio <= RATIO_TARGET
                       and run["together"] * 2**20 <= MEMORY_TARGET)
            print(f"  Ziel ≤ {RATIO_TARGET}× der Grundlinie und ≤ 3 GB (3·10⁹ Bytes = 2.861 MiB) "
                  f"aller Prozesse zusammen: {'erreicht' if reached else 'nicht erreicht'}")
            if run["code"] != 0:
                failed = True
                print(f"  Lauf fehlgeschlagen, Ende seines Protokolls:\n"
                      f"{run['log'].read_text(errors='replace')[-3000:]}")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
