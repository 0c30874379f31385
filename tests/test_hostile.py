"""Hostile deliveries through `swdp check`: whatever the file, the command ends well.

Ending well means: exit 0, 1 or 2; for an unusable file (2) exactly one German line on
stderr; never a traceback; under 60 s and 2 GB per call; no file content that an XML entity
points to ever shows up, and no entity ever reaches the network (a canary server on
127.0.0.1 counts every request).

How the CLI is called. A subprocess per call would cost about 4 s of imports (Great
Expectations, DuckDB, GeoPandas) times several hundred calls, so most cases run the CLI in
process with typer's CliRunner: the imports and the gazetteer are paid once per session and
a call takes milliseconds to about a second. Time and peak resident memory are still
measured per call (tests/support/limits.py). The cases that could blow up if a guard were
missing (`isolated` in tests/support/hostile.py: zip and XML bombs, endless recurrences,
million-vertex geometries, huge lines) run in a child forked from a forkserver that imported
the CLI once: the child is killed after 60 s and capped in address space, so a regression
fails one test instead of hanging or exhausting the shared machine.
"""
from __future__ import annotations

import re
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from connectors.delivery import one_line
from support.hostile import CASES, Case
from support.http import local_server
from support.limits import (MEMORY_LIMIT_MB, TIME_LIMIT_S, earlier_objects_set_aside, in_process,
                            isolated, warm_up)

MEMBERS = ["kusel", "kaiserslautern", "mayen-koblenz", "bitburg-pruem", "linz-am-rhein",
           "sankt-wendel"]
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "deliveries"
SAMPLE_DATASETS = {"angebote": "offers", "leerstand": "vacancies",
                   "veranstaltungen": "events", "bebauungsplaene": "building_plans"}

# Words that betray an English library message passed through to a member.
ENGLISH = re.compile(r"\b(?:the|not|of|expected|expecting|invalid|error|line|column|found|must|"
                     r"cannot|unexpected|delimiter|value|larger|than|such|bad|object|"
                     r"attribute|exceeds|missing|unknown|failed|could|does|is|has)\b|"
                     r"\b[A-Z][a-z]{0,30}(?:Error|Exception)\b", re.IGNORECASE)

MEASURED: list[tuple[str, float, float]] = []


class Canary(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 – the name http.server calls
        Canary.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<!ENTITY geheim 'vom Netz geladen'>")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def canary():
    with local_server(Canary) as url:
        yield url


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """One data folder for the module, so the gazetteer is built once; the forkserver's
    imports and the first call's (gazetteer, suites) are paid here, outside any measurement;
    then what the process holds is set aside from the collection before each call."""
    env = {"SWDP_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    warm_up()
    in_process(["check", str(SAMPLES / "kusel" / "leerstand.csv"), "-d", "vacancies", "-m", "kusel"], env)
    with earlier_objects_set_aside():
        yield env


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, canary):
    """Each hostile file written once, on first use."""
    folder, written = tmp_path_factory.mktemp("hostile"), {}

    def path_of(case: Case) -> Path:
        if case.name not in written:
            target = folder / case.name
            case.write(target, canary)
            written[case.name] = target
        return written[case.name]
    return path_of


@pytest.fixture(scope="module", autouse=True)
def figures():
    """The slowest and the most memory-hungry call, on the real stderr (past the capture)."""
    yield
    if MEASURED:
        slowest = max(MEASURED, key=lambda m: m[1])
        hungriest = max(MEASURED, key=lambda m: m[2])
        sys.__stderr__.write(f"\nhostile: {len(CASES)} Dateien, {len(MEASURED)} Aufrufe; langsamster "
                             f"{slowest[0]} {slowest[1]:.1f} s; meister Speicher {hungriest[0]} "
                             f"{hungriest[2]:.0f} MB\n")


def _params():
    for number, case in enumerate(CASES):
        for dataset in case.datasets:
            for member in (None, MEMBERS[number % len(MEMBERS)]):
                label = re.sub(r"[^A-Za-z0-9_.-]", "_", case.name)[:50]
                yield pytest.param(case, dataset, member,
                                   id=f"{number:03d}-{label}-{dataset}-{member or 'ohne'}")


def ends_well(outcome, args: list[str], shown_name: str | None = None) -> None:
    where = " ".join(args)
    assert outcome.escaped is None, f"{where}: Ausnahme verlassen die CLI: {outcome.escaped}"
    text = outcome.stdout + outcome.stderr
    assert "Traceback" not in text, f"{where}: Traceback\n{text[-3000:]}"
    assert outcome.exit_code in (0, 1, 2), f"{where}: Exit {outcome.exit_code}\n{text[-3000:]}"
    assert outcome.seconds < TIME_LIMIT_S, f"{where}: {outcome.seconds:.1f} s"
    assert outcome.peak_mb < MEMORY_LIMIT_MB, f"{where}: {outcome.peak_mb:.0f} MB"
    if outcome.exit_code == 2:
        lines = outcome.stderr.splitlines()
        assert len(lines) == 1, f"{where}: {len(lines)} Zeilen auf stderr:\n{outcome.stderr[-3000:]}"
        message = lines[0].replace(shown_name or "\0", "")
        assert message.startswith("Datei nicht verwendbar:"), message
        assert not ENGLISH.search(message), f"{where}: Englisch in {message!r}"
        assert len(message) < 2000, f"{where}: Meldung mit {len(message)} Zeichen"


@pytest.mark.parametrize(("case", "dataset", "member"), list(_params()))
def test_hostile_file_ends_well(case, dataset, member, corpus, env, request):
    path = corpus(case)
    args = ["check", str(path), "--dataset", dataset] + (["--municipality", member] if member else [])
    before = len(Canary.requests)
    outcome = (isolated if case.isolated else in_process)(args, env)
    MEASURED.append((f"{case.name} {dataset} {member or 'ohne Mitglied'}", outcome.seconds,
                     outcome.peak_mb))
    ends_well(outcome, args, one_line(path.name))
    if case.unusable:
        assert outcome.exit_code == 2, outcome.stdout[-2000:]
    for secret in case.forbidden:
        assert secret not in outcome.stdout + outcome.stderr
    assert len(Canary.requests) == before, f"Netzzugriff aus der Datei: {Canary.requests[before:]}"


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*/*")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_without_municipality(sample, env):
    """The bug of issue 10: without --municipality a delivery with valid rows ended in
    KeyError 'geocode_precision'."""
    args = ["check", str(sample), "--dataset", SAMPLE_DATASETS[sample.stem]]
    outcome = in_process(args, env)
    ends_well(outcome, args, sample.name)
