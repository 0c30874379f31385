"""The German quality report of one delivery: `reports/<member>/<dataset>.html` and `.json`,
and its rejected rows as `.csv` for Excel.

One function builds the content (`quality_report`); the HTML page, the JSON file and the CSV
list are renderings of it, and `swdp check --json` prints the same content, so every count
agrees.
Everything delivered is escaped (Jinja2 autoescape): a member's cell never becomes markup.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from functools import cache
from pathlib import Path

from pipelines.core.german import BERLIN, counted, excel_text, german_number
from pipelines.core.settings import Settings
from pipelines.core.files import atomic_write

COUNTS = ("read", "valid", "rejected", "geocoded")
COUNT_LABELS = {"read": "geliefert", "valid": "übernommen", "rejected": "abgewiesen",
                "geocoded": "verortet"}


def report_path(settings: Settings, member: str, dataset: str, suffix: str) -> Path:
    return settings.reports_dir / member / f"{dataset}{suffix}"


def quality_report(checked, schema, problems, *, member: str, member_name: str, source: str,
                   checked_at: datetime, previous: dict | None = None) -> dict:
    """Content of the report. `problems`: the reject table (one row per rejected field, in
    the order of `checked.problems`); `previous`: the report of the member's previous delivery
    of this dataset, for the trend. The dates of a recurring event share one problem line."""
    counts = {"read": checked.read, "valid": len(checked.records),
              "rejected": len(checked.rejected_rows), "geocoded": checked.geocoded}
    events = _rejected_events(checked)
    dataset_checks = [asdict(c) for c in checked.checks if c.level == "dataset"]
    failed_rules = [asdict(c) for c in checked.checks if c.level == "row" and not c.passed]
    report = {
        "dataset": schema.key, "dataset_title": schema.title,
        "municipality": member or None, "municipality_name": member_name,
        "file": source, "checked_at": checked_at.astimezone(BERLIN).isoformat(),
        **counts,
        "held": checked.held,
        "rejected_events": events,
        "verdict": _verdict(checked, counts, events),
        "checks": dataset_checks,
        "failed_row_rules": failed_rules,
        "problems": _problem_lines(checked, _records(
            problems, ["row_ref", "field", "field_label", "value", "reason"])),
        "notes": checked.notes,
    }
    report["trend"] = _trend(report, previous)
    return report


def _records(table, columns: list[str]) -> list[dict]:
    """The table's rows as dicts of these columns, gaps None (a fifth of the time pandas'
    `to_dict("records")` takes)."""
    values = [table[name].astype(object).where(table[name].notna(), None).tolist()
              for name in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _problem_lines(checked, records: list[dict]) -> list[dict]:
    """The problems as the member reads them: the same problem (field and reason) of several
    dates of one recurring event is one line naming the VEVENT, with `occurrences` the number
    of dates it concerns (only on such lines: a line of one row is as in the rejects table).
    Lines stay in the order of the rows."""
    series = checked.delivery.occurrence_of
    lines: list[dict] = []
    grouped: dict[tuple, dict] = {}
    for problem, record in zip(checked.problems, records):
        event = series[problem.row] if series else None
        key = (event, record["field"], record["reason"])
        if event is None:
            lines.append(record)
        elif key in grouped:
            line = grouped[key]
            line["occurrences"] += 1
            line["row_ref"] = event  # the VEVENT, no longer one of its dates
        else:
            record["occurrences"] = 1
            grouped[key] = record
            lines.append(record)
    for line in grouped.values():
        if line["occurrences"] == 1:
            del line["occurrences"]  # a single date keeps its own reference
    return lines


def _rejected_events(checked) -> dict | None:
    """For a delivery of recurring events: how many rejected rows are dates of how many
    series, and how many are events of their own – 230 rejected rows may be five VEVENTs."""
    series = checked.delivery.occurrence_of
    if not series:
        return None
    rejected = checked.rejected_rows
    events = [series[row] for row in rejected]
    dates = [event for event in events if event is not None]
    return {"series": len(set(dates)), "dates": len(dates), "single": len(events) - len(dates)}


def rejected_events_text(events: dict | None) -> str:
    """„230 Termine von 5 wiederkehrenden Veranstaltungen und 2 einzelne Veranstaltungen“;
    "" without series."""
    if not events or not events["dates"]:
        return ""
    parts = [f"{counted(events['dates'], 'Termin', 'Termine')} von "
             f"{counted(events['series'], 'wiederkehrenden Veranstaltung', 'wiederkehrenden Veranstaltungen')}"]
    if events["single"]:
        parts.append(counted(events["single"], "einzelne Veranstaltung", "einzelne Veranstaltungen"))
    return " und ".join(parts)


def _verdict(checked, counts: dict, events: dict | None) -> str:
    """Worded to fit both the report after ingestion and a member's pre-check."""
    if checked.held:
        return ("Keine Veröffentlichung: eine Prüfung mit Schweregrad „Fehler“ ist fehlgeschlagen; "
                "bis zu einer gültigen Lieferung bleiben die zuletzt veröffentlichten Daten online.")
    if counts["rejected"]:
        rejected = ("die abgewiesene Zeile" if counts["rejected"] == 1 else
                    f"die {german_number(counts['rejected'])} abgewiesenen Zeilen")
        if which := rejected_events_text(events):
            rejected += f" ({which})"
        # how a corrected file comes is the mail's to say: fetched, dropped or uploaded
        return f"Veröffentlicht wird ohne {rejected} – bitte korrigieren Sie sie."
    return "Alle Zeilen gültig – sie werden veröffentlicht."


def _trend(report: dict, previous: dict | None) -> dict | None:
    if not previous:
        return None
    failed = lambda r: sum(not c["passed"] for c in r["checks"]) + len(r["failed_row_rules"])
    return {"previous_checked_at": previous["checked_at"], "previous_file": previous["file"],
            **{key: {"now": report[key], "before": previous[key],
                     "change": report[key] - previous[key]} for key in COUNTS},
            "failed_checks": {"now": failed(report), "before": failed(previous),
                              "change": failed(report) - failed(previous)}}


def write_report(settings: Settings, report: dict) -> tuple[Path, Path]:
    """Write the report as HTML and JSON and its rejected rows as CSV; the previous one is
    read first for the trend."""
    member, dataset = report["municipality"], report["dataset"]
    json_path = report_path(settings, member, dataset, ".json")
    html_path = report_path(settings, member, dataset, ".html")
    # Compact: Python's fast (C) encoder only serves JSON without indentation – 0.06 instead
    # of 0.21 s CPU for 40,000 problem lines; people read the HTML.
    # private, as the rejects: the rejected values are what must not be published (an
    # owner's mobile number, a private e-mail address in a description)
    atomic_write(json_path, lambda partial: Path(partial).write_text(
        json.dumps(report, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"),
        private=True)
    atomic_write(html_path, lambda partial: Path(partial).write_text(
        render_html(report), encoding="utf-8"), private=True)
    write_problems_csv(report_path(settings, member, dataset, ".csv"), report, private=True)
    return html_path, json_path


def problem_place(problem: dict) -> str:
    """Where a problem is: its row, and for a recurring event how many dates it concerns."""
    return problem["row_ref"] + (f", betrifft {problem['occurrences']} Termine"
                                 if "occurrences" in problem else "")


# A text quoted in a reason: a field's label, or a delivered value („0171 2345678“ ist …).
_QUOTED = re.compile(r"„([^“]*)“")


def problem_without_value(problem: dict, labels: set[str]) -> dict:
    """The problem with its row, field and reason but without a delivered value: its value
    left out, and in the reason each quoted text that is no field's label (`labels`) and the
    value itself replaced by „…“. For what is kept where no Löschfrist reaches (CKAN)."""
    reason = _QUOTED.sub(lambda m: m[0] if m[1] in labels else "„…“", problem["reason"])
    if problem["value"]:
        reason = re.sub(rf"(?<!\w){re.escape(problem['value'])}(?!\w)", "…", reason)
    return {**problem, "value": None, "reason": reason}


# The columns of the list of rejected rows, wherever it is shown.
PROBLEM_COLUMNS = ("Fundstelle", "Feld", "Wert", "Was zu ändern ist")


def problem_lines(report: dict) -> Iterator[tuple[str, str, str | None, str]]:
    """Each problem of the report as a line of `PROBLEM_COLUMNS`, in the order of the rows."""
    for p in report["problems"]:
        yield problem_place(p), p["field_label"], p["value"], p["reason"]


def write_problems_csv(path: Path, report: dict, private: bool = False) -> None:
    """The rejected rows as German Excel opens a CSV file by double click: UTF-8 with byte
    order mark (else Excel reads Windows-1252 and „ä“ turns into „Ã¤“), `;`, CRLF; a cell that
    Excel would run as a formula is kept text. One line per problem, in the order of the
    file's rows, with the report's columns."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(PROBLEM_COLUMNS)
    for line in problem_lines(report):
        writer.writerow([excel_text(value or "") for value in line])
    atomic_write(path, lambda partial: Path(partial).write_text(text.getvalue(),
                                                                encoding="utf-8-sig", newline=""),
                 private=private)


def previous_report(settings: Settings, member: str, dataset: str) -> dict | None:
    path = report_path(settings, member, dataset, ".json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def render_html(report: dict) -> str:
    return _template().render(r=report, counts=COUNTS, count_labels=COUNT_LABELS, zahl=german_number,
                            events_text=rejected_events_text(report.get("rejected_events")),
                            when=datetime.fromisoformat(report["checked_at"]).strftime(
                                "%d.%m.%Y um %H:%M Uhr"))


@cache
def _template():
    """The page's template, compiled when a page is written: Jinja and the compilation take
    20 ms that `swdp check`, which writes none, would spend at every start."""
    import jinja2

    return jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined).from_string(_PAGE)


# A problem's keys are looked up as p['…']: Jinja tries p.… as an attribute first, and the
# failed attempts double the page's time at the 50,000 problems of a million rows.
_PAGE = """\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Prüfbericht {{ r.dataset_title }} – {{ r.municipality_name }}</title>
<style>
body { font-family: sans-serif; max-width: 70em; margin: 2em auto; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #eee; }
.ok { color: #176117; } .fehler { color: #a00; font-weight: bold; } .warnung { color: #8a5a00; }
.urteil { padding: .6em 1em; border-left: .4em solid {{ '#a00' if r.held else ('#8a5a00' if r.rejected else '#176117') }}; background: #f6f6f6; }
</style>
</head>
<body>
<h1>Prüfbericht: {{ r.dataset_title }}</h1>
<p>{{ r.municipality_name }} · Datei „{{ r.file }}“ · geprüft am {{ when }}</p>
<p class="urteil">{{ r.verdict }}</p>

<h2>Was geliefert und übernommen wurde</h2>
<table>
<tr>{% for key in counts %}<th>{{ count_labels[key] }}</th>{% endfor %}</tr>
<tr>{% for key in counts %}<td>{{ zahl(r[key]) }}</td>{% endfor %}</tr>
</table>
{% if events_text %}
<p>Die abgewiesenen Zeilen sind {{ events_text }}.</p>
{% endif %}

<h2>Prüfungen der ganzen Lieferung</h2>
{% if r.checks %}
<table>
<tr><th>Prüfung</th><th>Schweregrad</th><th>Ergebnis</th><th>Befund</th></tr>
{% for c in r.checks %}
<tr><td>{{ c.label }}</td><td>{{ 'Fehler (hält die Veröffentlichung an)' if c.severity == 'error' else 'Warnung' }}</td>
<td class="{{ 'ok' if c.passed else ('fehler' if c.severity == 'error' else 'warnung') }}">{{ 'bestanden' if c.passed else 'nicht bestanden' }}</td>
<td>{{ c.message }}</td></tr>
{% endfor %}
</table>
{% else %}
<p>Keine Prüfungen der ganzen Lieferung (ohne Mitglied wird die Lage nicht geprüft).</p>
{% endif %}

<h2>Abgewiesene Zeilen – bitte korrigieren</h2>
{% if r.problems %}
<table>
<tr><th>Fundstelle</th><th>Feld</th><th>Wert</th><th>Was zu ändern ist</th></tr>
{% for p in r.problems %}
<tr><td>{{ p['row_ref'] }}{% if 'occurrences' in p %}, betrifft {{ p['occurrences'] }} Termine{% endif %}</td><td>{{ p['field_label'] }}</td><td>{{ p['value'] if p['value'] is not none else '(leer)' }}</td><td>{{ p['reason'] }}</td></tr>
{% endfor %}
</table>
{% else %}
<p>Keine – alle Zeilen wurden übernommen.</p>
{% endif %}

<h2>Entwicklung gegenüber der vorigen Lieferung</h2>
{% if r.trend %}
<p>Vorige Lieferung: „{{ r.trend.previous_file }}“</p>
<table>
<tr><th></th><th>vorher</th><th>jetzt</th><th>Änderung</th></tr>
{% for key in counts %}
<tr><td>{{ count_labels[key] }}</td><td>{{ zahl(r.trend[key].before) }}</td><td>{{ zahl(r.trend[key].now) }}</td><td>{{ '+' if r.trend[key].change > 0 }}{{ zahl(r.trend[key].change) }}</td></tr>
{% endfor %}
<tr><td>nicht bestandene Prüfungen</td><td>{{ r.trend.failed_checks.before }}</td><td>{{ r.trend.failed_checks.now }}</td><td>{{ '%+d' % r.trend.failed_checks.change }}</td></tr>
</table>
{% else %}
<p>Dies ist die erste Lieferung; eine Entwicklung wird ab der nächsten gezeigt.</p>
{% endif %}

{% if r.notes %}
<h2>Hinweise</h2>
<ul>{% for note in r.notes %}<li>{{ note }}</li>{% endfor %}</ul>
{% endif %}
</body>
</html>
"""
