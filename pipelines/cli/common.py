"""What every `swdp` verb shares: the app, the consoles, the options, the exit codes, the
settings (the CLI is an entry point: it alone reads the environment) and the tables of runs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from connectors.delivery import one_line
from pipelines.cli.refusals import CALL, CONFIGURATION, FILE, Refused, unreadable
from pipelines.core.cluster import (INBOX, PULL, UPLOAD, Cluster, ConfigError, Member,
                                    check_locations, load_cluster)
from pipelines.core.faults import explain
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
    "--municipality", "-m", metavar="MITGLIED",
    help="Mitglied (mehrfach möglich), z. B. kaiserslautern")]
DatasetOption = Annotated[Optional[list[str]], typer.Option(
    "--dataset", "-d", metavar="DATENSATZART",
    help=f"Datensatzart (mehrfach möglich): {', '.join(DATASET_KEYS)}")]
JsonOption = Annotated[bool, typer.Option("--json", help="Ergebnis als JSON ausgeben")]

PRECISION_LABELS = {"coordinates": "Koordinaten", "house": "Haus", "street": "Straße",
                    "postcode": "PLZ", "municipality": "Gemeinde", "none": "ohne Lage"}
# How a delivery came (`IngestResult.arrival`); runs recorded before it was noted have none.
ARRIVAL_LABELS = {INBOX: "Eingangsordner", UPLOAD: "Katalog-Upload", PULL: "Abruf"}


def context() -> tuple[Settings, Cluster]:
    """The settings and the checked configuration; a bad configuration is refused with one
    German line naming the entry, and exit 2."""
    settings = Settings.from_env()
    try:
        return settings, check_locations(load_cluster(settings.config_path), settings)
    except (OSError, ConfigError) as error:
        said = (unreadable(settings.config_path) or str(error) if isinstance(error, OSError)
                else str(error))
        if fault := isinstance(error, OSError) and explain(error, str(settings.config_path)):
            said = fault.message  # no permission to read it: the operator's to change
        raise Refused(CONFIGURATION, one_line(said), EXIT_UNUSABLE,
                      line=f"Konfiguration {settings.config_path} nicht verwendbar: "
                           f"{one_line(said)}") from None


def chosen_sources(cluster: Cluster, municipality: list[str] | None,
                   dataset: list[str] | None) -> None:
    """Refuse a call naming a member or a dataset the configuration does not know."""
    try:
        cluster.sources(municipality, dataset)
    except ConfigError as error:
        raise Refused(CALL, str(error), EXIT_UNUSABLE) from None


def chosen_member(cluster: Cluster, key: str | None) -> Member | None:
    """The member a call names (None: none named); a key not in the configuration is a wrong
    call, not a wrong file."""
    try:
        return cluster.member(key) if key else None
    except ConfigError as error:
        raise Refused(CALL, str(error), EXIT_UNUSABLE) from None


def told(waiting: str) -> None:
    """A wait for another process as a line of its own, also where no spinner shows (cron)."""
    err.print(waiting, markup=False, soft_wrap=True)


def unusable(file: Path | str, message: str, kind: str = FILE):
    """Refuse with exit 2: the file (or, `kind`, the call or the configuration) cannot be
    used; the message is exactly one line, whatever the file's name or content."""
    raise Refused(kind, one_line(message), EXIT_UNUSABLE, file=str(file))


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


def _figure(value: int | None) -> str:
    """A count in German digits („204.000“); a dash where a run read nothing to count."""
    return "–" if value is None else german_number(value)


# The row that a member's name replaces: a private-use character, never in a delivered text.
_MEMBER_ROW = "\ue000"
_FRAME = 3  # each column's border and padding („│ “ before, „ “ after); 1 more for the last „│“
_FOLDED = 16  # the narrowest column for a folded file name or address (unless all are shorter)


def _plain(markup: str) -> str:
    return Text.from_markup(markup, emoji=False).plain


@dataclass(frozen=True)
class Column:
    """A column of a table grouped by member (markup in heading, footer and cells). Its text
    wraps between words and no word is cut – unless `no_wrap` (figures: never wrapped) or
    `fold` (files, addresses: folded anywhere). `least` and `want` set the narrowest width
    and the width wished for before any column grows to its widest line."""
    heading: str
    footer: str | None = None
    justify: str = "left"
    no_wrap: bool = False
    fold: bool = False
    least: int | None = None
    want: int | None = None

    def sizes(self, cells) -> tuple[int, int, int]:
        """(least, want, most) of the column holding `cells`."""
        lines = [line for text in (self.heading, self.footer or "", *cells)
                 for line in _plain(text).split("\n")]
        most = max(map(cell_len, lines))
        longest_word = lambda texts: max((cell_len(w) for t in texts for w in t.split()), default=1)
        if self.least or self.no_wrap:
            least = self.least or most
        elif self.fold:  # an address in pieces too short to read is no use
            least = max(min(most, _FOLDED), longest_word([_plain(self.heading)]))
        else:
            least = longest_word(lines)
        return least, max(least, min(self.want or most, most)), most


def column_widths(width: int, sizes: list[tuple[int, int, int]], floor: int = 0
                  ) -> list[int] | None:
    """The widths of a table's columns, each given as (least, want, most), in `width`
    cells: every column its least, then – in the columns' order, until one does not fit –
    its want, then what remains, again in their order, up to its most; the first column
    grows until the table is `floor` cells wide. None where the least do not fit side by
    side."""
    frame = _FRAME * len(sizes) + 1
    widths = [least for least, _, _ in sizes]
    spare = width - frame - sum(widths)
    if spare < 0:
        return None
    for i, (_, want, _) in enumerate(sizes):
        if want - widths[i] > spare:
            break
        widths[i], spare = want, spare - (want - widths[i])
    for i, (_, _, most) in enumerate(sizes):
        grant = min(most - widths[i], spare)
        widths[i], spare = widths[i] + grant, spare - grant
    widths[0] += max(0, min(spare, floor - frame - sum(widths)))
    return widths


class ByMember:
    """A table whose rows come in groups, one per member, each under a line with the member's
    name across the whole table. A column of names beside the others took a fifth of a
    terminal of 100 columns and still broke „Stadt und Verbandsgemeinde Linz am Rhein“ over
    three lines (rich tables have no cells spanning columns: the name's row is drawn as a
    table row and replaced by the line). The widths are the console's (`column_widths`):
    where the columns' words do not fit side by side (a terminal of 60 to 80 columns), the
    first column stands beside one with the other values, one a line under its heading."""

    def __init__(self, title: str, columns: list[Column]):
        self.title, self.columns, self.groups = title, columns, {}

    def add(self, name: str, cells) -> None:
        """A row of the member `name` (rows come grouped in the order of their members)."""
        self.groups.setdefault(name, []).append(tuple(cells))

    def _table(self, width: int) -> Table:
        columns, groups = self.columns, self.groups
        floor = max(map(cell_len, groups), default=0) + 4  # a name on one line: „│ name │“
        if (widths := _fitted(width, columns, groups, floor)) is None:
            columns, groups = _stacked(columns, groups)
            widths = _fitted(width, columns, groups, floor)  # None: rich wraps where it must
        table = Table(title=self.title, show_footer=any(c.footer for c in columns))
        for column, fixed in zip(columns, widths or [None] * len(columns)):
            table.add_column(column.heading, footer=column.footer or "", justify=column.justify,
                             no_wrap=column.no_wrap, overflow="fold", width=fixed)
        for rows in groups.values():
            if table.rows:
                table.add_section()
            table.add_row(_MEMBER_ROW)
            for row in rows:
                table.add_row(*row)
        return table

    def __rich_console__(self, console, options):
        names = iter(self.groups)
        table = self._table(options.max_width)
        for line in console.render_lines(table, options, pad=False, new_lines=False):
            if not any(_MEMBER_ROW in segment.text for segment in line):
                yield from line
                yield Segment.line()
                continue
            edge = line[0].text[:1]  # the table's left and right border: │
            inner = Segment.get_line_length(line) - 4
            for part in Text(next(names)).wrap(console, max(inner, 1)):
                yield from (Segment(f"{edge} "), Segment(part.plain, Style(bold=True)),
                            Segment(" " * (inner - part.cell_len) + f" {edge}"))
                yield Segment.line()

    def __rich_measure__(self, console, options) -> Measurement:
        return Measurement.get(console, options, self._table(options.max_width))


def _fitted(width: int, columns: list[Column], groups: dict, floor: int) -> list[int] | None:
    rows = [row for rows in groups.values() for row in rows]
    cells = list(zip(*rows)) if rows else [()] * len(columns)
    return column_widths(width, [c.sizes(col) for c, col in zip(columns, cells)], floor)


def _stacked(columns: list[Column], groups: dict) -> tuple[list[Column], dict]:
    """The first column and beside it the others' values, each on a line named by its
    heading („gelesen: 60“); an empty value („–“) is left out."""
    rest = columns[1:]
    named = lambda values: "\n".join(f"{escape(_plain(c.heading))}: {value}"
                                     for c, value in zip(rest, values)
                                     if _plain(value) not in ("", "–"))
    return ([columns[0], Column("Angaben", footer=named(c.footer or "" for c in rest) or None)],
            {name: [(row[0], named(row[1:])) for row in rows] for name, rows in groups.items()})


def by_member(entries, member_of, title: str, cluster: Cluster, columns: list[Column],
              row) -> ByMember:
    """`entries` as a table grouped by member, in the order of `entries` (`member_of`: an
    entry's member key), `row` gives an entry's cells. All of `swdp status` and `swdp run`
    show their tables so."""
    table = ByMember(title, columns)
    for entry in entries:
        table.add(cluster.member_name(member_of(entry)), row(entry))
    return table


_COUNTED = {"gelesen": "read", "gültig": "valid", "abgewiesen": "rejected", "verortet": "geocoded"}


def _runs_table(results, title: str, cluster: Cluster, delivered: bool) -> ByMember:
    """The runs grouped by member; the file and how it came, if `delivered`, on a line of its
    own below the dataset's title, folded where it must be. Titles, statuses and times wrap
    only between words, the figures never; titles stand whole before the files grow."""
    titles = ["Datensatz", "Summe", *(("Datei (Eingang)",) if delivered else ()),
              *(load_schema(r["dataset"]).title for r in results)]

    def cells(r: dict) -> list[str]:
        shown = escape(load_schema(r["dataset"]).title)
        if delivered:
            shown += (f"\n[dim]{escape(r['source'])} "
                      f"({ARRIVAL_LABELS.get(r.get('arrival'), '–')})[/]")
        return [shown, *(_figure(r[key]) for key in _COUNTED.values()), _status(r),
                local_time(r["finished_at"])]
    columns = [Column("Datensatz\n[dim]Datei (Eingang)[/]" if delivered else "Datensatz",
                      footer="Summe", fold=True, want=max(map(cell_len, titles)),
                      least=max(cell_len(word) for text in titles for word in text.split())),
               *(Column(heading, footer=german_number(sum(r[key] or 0 for r in results)),
                        justify="right", no_wrap=True) for heading, key in _COUNTED.items()),
               Column("Status"), Column("Zeitpunkt")]
    return by_member(results, lambda r: r["municipality"], title, cluster, columns, cells)


def print_runs(results, title: str, cluster: Cluster, delivered: bool = False) -> None:
    """The runs with their figures, grouped by member under the member's name; `delivered`
    adds the file and how it came. Names and datasets' titles stay whole („Landkreis Sankt
    Wendel“ over two lines read as two members), and the table fits the terminal, or the 120
    columns of piped output. A delivery with many rows rejected says so in its status, and in
    a line below."""
    out.print(_runs_table(results, title, cluster, delivered))
    for r in results:
        if r["status"] in ("ok", "unverändert") and (share := many_rejected(r)) is not None:
            out.print(f"[yellow]Viele Zeilen abgewiesen[/] "
                      f"{escape(cluster.partition_name(r['municipality'], r['dataset']))}: "
                      f"{german_number(r['rejected'])} von {german_number(r['read'])} "
                      f"({share * 100:.0f} %) – Gründe im Prüfbericht")
