"""What every `swdp` verb shares: the app, the consoles, the options, the exit codes, the
settings (the CLI is an entry point: it alone reads the environment) and the tables of runs."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from connectors.delivery import one_line
from pipelines.core.cluster import (INBOX, PULL, UPLOAD, Cluster, ConfigError, check_locations,
                                    load_cluster)
from pipelines.core.german import BERLIN, german_number
from pipelines.core.settings import Settings
from schemas import DATASET_KEYS, load_schema

# Exit codes a scheduler can tell apart (README „Exit-Codes“).
EXIT_OK = 0
EXIT_REJECTED = 1      # single rows rejected; the rest went on
EXIT_UNUSABLE = 2      # a file, the configuration or the call cannot be used
EXIT_HELD = 3          # publication of a member × dataset held back by a failed check
EXIT_INTERNAL = 70     # an unexpected internal error (sysexits EX_SOFTWARE); traceback in a log
EXIT_STORAGE = 74      # data folder full, read-only or not permitted (EX_IOERR); data unchanged
EXIT_BUSY = 75         # another run or program held the data too long (EX_TEMPFAIL): retry later

app = typer.Typer(help="Datenplattform des Südwest-Clusters: Lieferungen einlesen, prüfen, "
                       "veröffentlichen.", no_args_is_help=True, add_completion=False,
                  # Rich tracebacks with locals would print whole data frames (and later tokens).
                  pretty_exceptions_enable=False)
# Delivered text is never markup: no emoji codes, no highlighting; values are escaped.
out = Console(emoji=False, highlight=False)
if not out.is_terminal:  # piped or logged (make demo in CI): wide enough for the summary table
    out = Console(width=120, emoji=False, highlight=False)
err = Console(stderr=True, emoji=False, highlight=False)

MunicipalityOption = Annotated[Optional[list[str]], typer.Option(
    "--municipality", "-m", help="Mitglied (mehrfach möglich), z. B. kaiserslautern")]
DatasetOption = Annotated[Optional[list[str]], typer.Option(
    "--dataset", "-d", help=f"Datensatzart (mehrfach möglich): {', '.join(DATASET_KEYS)}")]
JsonOption = Annotated[bool, typer.Option("--json", help="Ergebnis als JSON ausgeben")]

PRECISION_LABELS = {"coordinates": "Koordinaten", "house": "Haus", "street": "Straße",
                    "postcode": "PLZ", "municipality": "Gemeinde", "none": "ohne Lage"}
# How a delivery came (`IngestResult.arrival`); runs recorded before it was noted have none.
ARRIVAL_LABELS = {INBOX: "Eingangsordner", UPLOAD: "Katalog-Upload", PULL: "Abruf"}


def context() -> tuple[Settings, Cluster]:
    """The settings and the checked configuration; a bad configuration is one German line
    naming the entry, and exit 2."""
    settings = Settings.from_env()
    try:
        return settings, check_locations(load_cluster(settings.config_path), settings)
    except (OSError, ConfigError) as error:
        err.print(f"[red]Konfiguration {escape(str(settings.config_path))} nicht verwendbar:[/] "
                  f"{escape(str(error))}", soft_wrap=True)
        raise typer.Exit(EXIT_UNUSABLE) from None


def told(waiting: str) -> None:
    """A wait for another process as a line of its own, also where no spinner shows (cron)."""
    err.print(waiting, markup=False, soft_wrap=True)


def unusable(file: Path | str, message: str, as_json: bool, what: str = "Datei"):
    """Exit 2 with one German line: the file (or, `what`, the configuration) cannot be used."""
    message = one_line(message)  # exactly one line, whatever the file's name or content
    if as_json:
        print(json.dumps({"file": str(file), "exit_code": EXIT_UNUSABLE, "error": message},
                         ensure_ascii=False))
    else:
        err.print(f"{what} nicht verwendbar: {escape(message)}", soft_wrap=True)
    raise typer.Exit(EXIT_UNUSABLE)


def local_time(instant: str) -> str:
    """An ISO instant as a German reads it, in Europe/Berlin."""
    if not instant:
        return ""
    return datetime.fromisoformat(instant).astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def many_rejected(run: dict) -> float | None:
    """The share of a delivery's rows rejected where it is more than the schema lets a
    delivery lose against the previous one (quality check `row_count_drop`, `max_drop`): so
    many rows fall out of the publication as if the member had delivered that much less."""
    drop = load_schema(run["dataset"]).quality.get("row_count_drop")
    if not drop or not run["read"] or not run["rejected"]:
        return None
    share = run["rejected"] / run["read"]
    return share if share > drop["max_drop"] else None


def _status(run: dict) -> str:
    if run.get("held") and run["status"] in ("ok", "angehalten"):
        return "[yellow]angehalten[/]"
    if run["status"] in ("ok", "unverändert"):
        if (share := many_rejected(run)) is not None:
            return f"[yellow]{run['status']}, {share * 100:.0f} % abgewiesen[/]"
        return f"[green]{run['status']}[/]"
    return f"[red]{escape(run['status'])}[/]"


_WRAPPING = ("Mitglied", "Datensatz", "Datei (Eingang)", "Status", "Zeitpunkt")


# Beside the file the table is tight: the file column keeps the longest way of delivery,
# „(Eingangsordner)“, on a line, and the time goes below the date, which leaves members'
# names and datasets' titles their longest words.
_DELIVERED_WIDTHS = {"Datei (Eingang)": 16, "Zeitpunkt": 10}


def _figure(value: int | None) -> str:
    """A count in German digits („204.000“); a dash where a run read nothing to count."""
    return "–" if value is None else german_number(value)


def _runs_table(results, title: str, cluster: Cluster, delivered: bool,
               whole_names: bool) -> Table:
    table = Table(title=title, show_footer=True)
    counted = {"gelesen": "read", "gültig": "valid", "abgewiesen": "rejected", "verortet": "geocoded"}
    names = [cluster.member_name(r["municipality"]) for r in results]
    for heading in ("Mitglied", "Datensatz", *(("Datei (Eingang)",) if delivered else ()),
                    *counted, "Status", "Zeitpunkt"):
        total = (german_number(sum(r[counted[heading]] or 0 for r in results))
                 if heading in counted else "")
        whole = heading == "Mitglied" and whole_names
        # As wide as the longest name: rich measures a column by its longest word otherwise,
        # and would squeeze the names' column back below it where the table is tight.
        table.add_column(heading, footer="Summe" if heading == "Mitglied" else total,
                         justify="right" if heading in counted else "left",
                         no_wrap=whole or heading not in _WRAPPING, overflow="fold",
                         min_width=max(map(cell_len, names), default=0) if whole else None,
                         width=_DELIVERED_WIDTHS.get(heading) if delivered else None)
    for name, r in zip(names, results):
        table.add_row(escape(name), load_schema(r["dataset"]).title,
                      *((f"{escape(r['source'])} ({ARRIVAL_LABELS.get(r.get('arrival'), '–')})",)
                        if delivered else ()),
                      *(_figure(r[key]) for key in ("read", "valid", "rejected", "geocoded")),
                      _status(r),
                      local_time(r["finished_at"]))
    return table


def print_runs(results, title: str, cluster: Cluster, delivered: bool = False) -> None:
    """The runs with their figures, each member by its name; `delivered` adds the file and
    how it came. The columns of words wrap (file names can be long, a status says how many
    rows were rejected; the figures and times never wrap), so the table still fits the
    terminal, or the 120 columns of piped output. A member's name stays on one line („Landkreis
    Sankt Wendel“ read as two members' names) where the longest one fits beside the others; in
    a terminal too narrow for it, names wrap rather than being cut. A delivery with many rows
    rejected says so in its status, and in a line below."""
    table = _runs_table(results, title, cluster, delivered, whole_names=True)
    # Whole names where every other column keeps its longest word (measured as if the
    # terminal were unbounded: rich measures a table at the widths it squeezed it to).
    if out.measure(table, options=out.options.update_width(10_000)).minimum > out.width:
        table = _runs_table(results, title, cluster, delivered, whole_names=False)
    out.print(table)
    for r in results:
        if r["status"] in ("ok", "unverändert") and (share := many_rejected(r)) is not None:
            out.print(f"[yellow]Viele Zeilen abgewiesen[/] "
                      f"{escape(cluster.partition_name(r['municipality'], r['dataset']))}: "
                      f"{german_number(r['rejected'])} von {german_number(r['read'])} "
                      f"({share * 100:.0f} %) – Gründe im Prüfbericht")
