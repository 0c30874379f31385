"""What a member hears after each delivery: a German mail (plain text and HTML, the quality
report attached) to the member's data office – a copy to the cluster's data office when the
file was unusable or the publication is held – and the member's Atom feed of runs in the
exports (`export/laeufe/<member>.atom`), which a data officer can subscribe to."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jinja2
from croniter import croniter

from pipelines.core.cluster import INBOX, UPLOAD, Cluster
from pipelines.core.feeds import Entry, public_address, write_feed
from pipelines.core.files import write_record
from pipelines.core.german import BERLIN, counted, german_number
from pipelines.core.locks import FEEDBACK, exclusive
from pipelines.core.mail import Mail, send
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import FAILED, UNCHANGED, IngestResult
from pipelines.ingest.unchanged import feedback_record_path, unmailed_ingestion
from pipelines.quality.report import report_path
from pipelines.storage.lake import partition_path
from schemas import load_schema

# A corrected delivery is asked for within this many days of the check.
REDELIVER_DAYS = 7
# Problem lines (a recurring event's dates in one) listed in the mail itself; the attached
# report lists them all.
LISTED_PROBLEMS = 30
FEED_ENTRIES = 50


def outcome(result: IngestResult, report: dict | None = None) -> str:
    """The run in a few words, for subjects and feed titles. With the run's quality report,
    rejected dates of recurring events are counted as its problem lines group them: per
    event, with the number of dates („2 Veranstaltungen (61 Termine) abgewiesen“)."""
    if result.status == UNCHANGED:
        return "unverändert, bereits übernommen"
    if result.status != "ok":
        return "Datei nicht verwendbar"
    if result.held:
        return "Veröffentlichung angehalten"
    if result.rejected:
        return f"{_rejected(result.rejected, (report or {}).get('rejected_events'))} abgewiesen"
    return "alle Zeilen übernommen"


def _rejected(rows: int, events: dict | None) -> str:
    """Rejected rows as the member counts them: a calendar's by events and their dates when
    some are dates of a recurring event (the report's `rejected_events`), else as rows."""
    if not events or not events["dates"] or events["dates"] + events["single"] != rows:
        return counted(rows, "Zeile", "Zeilen")
    return (f"{counted(events['series'] + events['single'], 'Veranstaltung', 'Veranstaltungen')}"
            f" ({counted(rows, 'Termin', 'Termine')})")


def run_report(settings: Settings, result: IngestResult) -> dict | None:
    """The quality report of a run that read its file (the member × dataset's latest)."""
    if result.status != "ok":
        return None
    path = report_path(settings, result.municipality, result.dataset, ".json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _content(settings: Settings, cluster: Cluster, result: IngestResult) -> dict:
    member = cluster.member(result.municipality)
    checked = datetime.fromisoformat(result.finished_at or result.started_at).astimezone(BERLIN)
    report = run_report(settings, result)
    return {
        "member": member.name, "dataset": load_schema(result.dataset).title,
        "file": result.source, "when": checked.strftime("%d.%m.%Y um %H:%M Uhr"),
        "result": result, "outcome": outcome(result, report),
        # an unusable file has nothing to count: four zeros would only be noise
        "counts": [(label, german_number(getattr(result, key))) for key, label in (
            ("read", "geliefert"), ("valid", "übernommen"), ("rejected", "abgewiesen"),
            ("geocoded", "verortet"))] if result.status != FAILED else [],
        "verdict": report["verdict"] if report else _verdict(result),
        "failed_checks": [c for c in (report or {}).get("checks", []) if not c["passed"]],
        "problems": (report or {}).get("problems", [])[:LISTED_PROBLEMS],
        # in German digits, and empty (false in the templates) when all are listed
        "more_problems": german_number(more) if (more := len(
            (report or {}).get("problems", [])) - LISTED_PROBLEMS) > 0 else "",
        "redeliver": redelivery(cluster, result, checked),
        "cluster_office": cluster.data_office,
        # The same file again changes nothing: asking for a corrected one would be a loop.
        "needs_redelivery": result.status == FAILED or (
            result.status == "ok" and (result.held or bool(result.rejected))),
    }


def redelivery(cluster: Cluster, result: IngestResult, checked: datetime) -> str:
    """How the member sends a corrected delivery: the way this one came (`result.arrival`).
    The inbox folder is named as the member's share shows it and from the data folder. A
    file whose columns fit another dataset is asked for there, as it is, not corrected. A
    file without columns the member's mapping names may be right and the mapping outdated
    (the member's system renamed them): the member tells the cluster's data office first."""
    asked = _delivered_again(cluster, result, checked)
    if not result.mapped_columns_missing or result.belongs_in:
        return asked
    return (f"Die fehlenden Spalten stehen so in der Zuordnung, die die Datenstelle des "
            f"Clusters für Ihre Lieferungen eingetragen hat. Hat Ihr System Spalten umbenannt, "
            f"schreiben Sie bitte an {cluster.data_office}, welche Spalte jetzt welche Angabe "
            f"enthält; die Datenstelle passt dann die Zuordnung an. Andernfalls gilt: {asked}")


def _delivered_again(cluster: Cluster, result: IngestResult, checked: datetime) -> str:
    by = (checked + timedelta(days=REDELIVER_DAYS)).strftime("%d.%m.%Y")
    elsewhere = result.belongs_in
    dataset = elsewhere or result.dataset
    if result.arrival == INBOX:
        folder = f"Ihren Eingangsordner {dataset}/ (inbox/{result.municipality}/{dataset}/)"
        # the hint before it asks whether the file belongs there: the request stays an if
        return (f"Gehört die Datei dorthin, legen Sie sie bitte bis zum {by} in {folder}."
                if elsewhere else
                f"Bitte legen Sie die korrigierte Datei bis zum {by} wieder in {folder}.")
    if result.arrival == UPLOAD:
        resource = f"(Ressource „{dataset}“ im Datensatz der Lieferungen Ihrer Organisation)"
        return (f"Gehört die Datei dorthin, laden Sie sie bitte bis zum {by} im Katalog hoch "
                f"{resource}." if elsewhere else
                f"Bitte laden Sie die korrigierte Datei bis zum {by} im Katalog erneut hoch "
                f"{resource}.")
    # fetched from the configured location: the platform comes for the corrected data itself
    source = cluster.member(result.municipality).sources.get(result.dataset)
    what = ("die Daten in Ihrem System" if source is None or source.remote
            else f"die Datei „{source.name}“ an ihrem vereinbarten Ablageort")
    when = (" am " + croniter(source.schedule, checked).get_next(datetime).strftime(
        "%d.%m.%Y um %H:%M Uhr") if source is not None and source.scheduled else "")
    return f"Bitte korrigieren Sie {what}; der nächste Abruf{when} holt sie."


def _verdict(result: IngestResult) -> str:
    """What a run without a quality report of its own comes to: the reason a file is
    unusable, or that it is the last accepted delivery once more."""
    if result.status == FAILED:  # and nothing was lost: the clerk need not fear a gap
        return (f"{result.message or ''}\nDie Datei wurde nicht übernommen; die zuletzt "
                f"übernommenen Daten gelten unverändert weiter.")
    if result.status != UNCHANGED:
        return result.message or ""
    verdict = ("Die Datei ist identisch mit der zuletzt übernommenen Lieferung – es war nichts "
               "zu ändern, die übernommenen Daten gelten weiter.")
    if result.rejected:
        verdict += (f" Weiterhin abgewiesen: {counted(result.rejected, 'Zeile', 'Zeilen')} "
                    f"(siehe die Rückmeldung zu jener Lieferung).")
    return f"{verdict}\n{result.message}" if result.message else verdict


def report_text(settings: Settings, cluster: Cluster, result: IngestResult) -> str:
    """The plain-text report: the mail's body and the file beside a rejected delivery."""
    return _TEXT.render(**_content(settings, cluster, result))


def feedback_mail(settings: Settings, cluster: Cluster, result: IngestResult) -> Mail:
    content = _content(settings, cluster, result)
    member = cluster.member(result.municipality)
    # held again by an unchanged file is no news: the cluster heard of it the first time
    alarming = result.status == FAILED or (result.status == "ok" and result.held)
    html_report = report_path(settings, result.municipality, result.dataset, ".html")
    # named as the member knows dataset and member, as the subject does
    attachments = ((f"Prüfbericht {content['dataset']} – {member.name}.html",
                    html_report.read_bytes(), "text/html"),) \
        if result.status == "ok" and html_report.exists() else ()
    return Mail(to=(member.data_office,), cc=(cluster.data_office,) if alarming else (),
                reply_to=(cluster.data_office,), sender=cluster.mail_sender,
                subject=f"Lieferung {content['dataset']} ({member.name}): {content['outcome']}",
                text=_TEXT.render(**content), html=_HTML.render(**content),
                attachments=attachments)


def send_feedback(settings: Settings, cluster: Cluster, result: IngestResult) -> Path | None:
    """Mail the member (raises MailError when the SMTP server refuses), record that it went
    out and refresh the member's run feed; returns the .eml file when there is no SMTP
    server. A run's mail goes out once: the member × dataset's mails are sent one at a
    time, and a run whose mail is recorded already – resent by the next run while this one
    was finishing, or the other way round – is not mailed again."""
    record = feedback_record_path(settings, result.dataset, result.municipality, result.run_id)
    with _mailing(settings, result.dataset, result.municipality):
        if record.is_file():
            return None
        write_run_feed(settings, cluster, result.municipality)
        sent = send(settings, feedback_mail(settings, cluster, result))
        write_record(record, {"run_id": result.run_id,
                              "mailed_at": datetime.now(timezone.utc).isoformat()})
    return sent


def send_missed_feedback(settings: Settings, cluster: Cluster, dataset: str,
                         member: str) -> IngestResult | None:
    """The mail of the member × dataset's last ingestion if its run was killed after its
    journal and before the mail (`pipelines.ingest.unchanged`): as it would have gone out
    then – that run's figures, report and subject – and recorded, so it goes out once.
    Returns that ingestion, or None when its mail had gone out. Raises MailError like
    `send_feedback`; the mail then stays due for the next run."""
    with _mailing(settings, dataset, member):  # not while the run is still mailing it
        missed = unmailed_ingestion(settings,
                                    partition_path(settings.lake_dir, dataset, member).parent)
        if missed is None:
            return None
        result = IngestResult(**missed)
        send_feedback(settings, cluster, result)
    return result


def _mailing(settings: Settings, dataset: str, member: str):
    """The lock under which the member × dataset's feedback mails are sent and recorded
    (a process killed while holding it frees it)."""
    return exclusive(settings, f"{FEEDBACK}{dataset}-{member}")


def run_feed_path(settings: Settings, member: str) -> Path:
    return settings.export_dir / "laeufe" / f"{member}.atom"


def write_run_feed(settings: Settings, cluster: Cluster, member: str) -> Path:
    """The member's latest runs over all datasets as an Atom feed, newest first."""
    runs = [IngestResult(**json.loads(path.read_text(encoding="utf-8")))
            for path in settings.runs_dir.glob(f"*/{member}/*.json")]
    runs = sorted(runs, key=lambda r: r.finished_at or r.started_at)[-FEED_ENTRIES:]
    entries = [Entry(
        id=f"tag:suedwest-cluster.de,2026:lauf/{r.municipality}/{r.dataset}/{r.run_id}",
        # the latest run's report is its own: its title says what its mail's subject says
        title=f"{load_schema(r.dataset).title}: "
              f"{outcome(r, run_report(settings, r) if r is runs[-1] else None)}",
        updated=datetime.fromisoformat(r.finished_at or r.started_at),
        summary=_summary(r))  # in the public exports: the figures, never the rejected values
        for r in runs]
    name, path = cluster.member_name(member), run_feed_path(settings, member)
    return write_feed(path, f"urn:swdp:laeufe:{member}",
                      f"Lieferungen des Mitglieds {name} – Südwest-Cluster Datenplattform", entries,
                      self_url=public_address(settings, cluster, path))


def _summary(result: IngestResult) -> str:
    counts = asdict(result)
    return (f"Datei „{result.source}“: " + ", ".join(
        f"{german_number(counts[key])} {label}" for key, label in (
            ("read", "geliefert"), ("valid", "übernommen"), ("rejected", "abgewiesen")))
        + (f" – {result.message}" if result.message else ""))


_ENV = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
_TEXT = _ENV.from_string("""\
Guten Tag,

die Lieferung „{{ file }}“ ({{ dataset }}, {{ member }}) wurde am {{ when }} verarbeitet.

Ergebnis: {{ outcome }}
{{ verdict }}
{% if counts %}

{% for label, value in counts %}{{ label }}: {{ value }}{{ "\n" if loop.last else " · " }}{% endfor %}
{% endif %}
{% if failed_checks %}

Prüfungen der ganzen Lieferung, die nicht bestanden sind:
{% for c in failed_checks %}
- {{ c.label }}: {{ c.message }}
{% endfor %}
{% endif %}
{% if problems %}

Abgewiesene Zeilen – bitte korrigieren:
{% for p in problems %}
- {{ p.row_ref }}{% if 'occurrences' in p %}, betrifft {{ p.occurrences }} Termine{% endif %}, {{ p.field_label }}{% if p.value is not none %} („{{ p.value }}“){% endif %}: {{ p.reason }}
{% endfor %}
{% if more_problems %}
… und {{ more_problems }} weitere – alle stehen im Prüfbericht im Anhang.
{% endif %}
{% endif %}

{% if needs_redelivery %}
{{ redeliver }}

{% endif %}
Fragen beantwortet die Datenstelle des Clusters: {{ cluster_office }}

Mit freundlichen Grüßen
Südwest-Cluster Datenplattform
""")
_HTML = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True,
                           undefined=jinja2.StrictUndefined).from_string("""\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{{ dataset }} – {{ outcome }}</title></head>
<body style="font-family: sans-serif">
<p>Guten Tag,</p>
<p>die Lieferung „{{ file }}“ ({{ dataset }}, {{ member }}) wurde am {{ when }} verarbeitet.</p>
<p><strong>Ergebnis: {{ outcome }}</strong><br>{{ verdict }}</p>
{% if counts %}
<table border="1" cellpadding="4" style="border-collapse: collapse">
<tr>{% for label, value in counts %}<th>{{ label }}</th>{% endfor %}</tr>
<tr>{% for label, value in counts %}<td>{{ value }}</td>{% endfor %}</tr>
</table>
{% endif %}
{% if failed_checks %}
<h3>Prüfungen der ganzen Lieferung, die nicht bestanden sind</h3>
<ul>{% for c in failed_checks %}<li>{{ c.label }}: {{ c.message }}</li>{% endfor %}</ul>
{% endif %}
{% if problems %}
<h3>Abgewiesene Zeilen – bitte korrigieren</h3>
<table border="1" cellpadding="4" style="border-collapse: collapse">
<tr><th>Fundstelle</th><th>Feld</th><th>Wert</th><th>Was zu ändern ist</th></tr>
{% for p in problems %}<tr><td>{{ p.row_ref }}{% if 'occurrences' in p %}, betrifft {{ p.occurrences }} Termine{% endif %}</td><td>{{ p.field_label }}</td><td>{{ p.value if p.value is not none else '(leer)' }}</td><td>{{ p.reason }}</td></tr>
{% endfor %}
</table>
{% if more_problems %}<p>… und {{ more_problems }} weitere – alle stehen im Prüfbericht im Anhang.</p>{% endif %}
{% endif %}
{% if needs_redelivery %}<p><strong>{{ redeliver }}</strong></p>{% endif %}
<p>Fragen beantwortet die Datenstelle des Clusters: <a href="mailto:{{ cluster_office }}">{{ cluster_office }}</a></p>
<p>Mit freundlichen Grüßen<br>Südwest-Cluster Datenplattform</p>
</body></html>
""")
