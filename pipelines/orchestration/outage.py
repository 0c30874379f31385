"""What the cluster's data office hears when a publication fails – CKAN down, the warehouse
refresh or an export broken: a German mail with each failed step and its reason, once per
outage, since otherwise the failure showed only as a red run in the Dagster UI. The data
stay ingested; a later publication – the daemon's after the next delivery, or `swdp publish`
or `swdp run` by hand – brings the catalogue up to date, and once every failed step is caught up the
office hears, once, that it works again and what was caught up.

Between the two mails the outage is noted in `<data>/katalog/stoerung.json` (the steps failed
so far and those caught up since): a failure while it exists is not mailed again, and only a
mailed failure gets its all-clear. A publication that covers only part of the failed steps
(`swdp publish -d events` while the offers failed too, or the warehouse refresh) notes what
it caught up; the all-clear waits for the rest, as the office would otherwise be told „wieder
erfolgreich“ while a dataset is still stale. Daemon sensors and `swdp publish` change the
note under one lock, so that an all-clear is sent once even when two finish together."""
from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime, timezone
from pathlib import Path

from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.locks import OUTAGE, exclusive
from pipelines.core.mail import Mail, MailError, send
from pipelines.core.settings import Settings
from pipelines.ingest.freshness import berlin
from schemas import DATASET_KEYS, load_schema

# Nouns for a subject after „Veröffentlichung fehlgeschlagen:“ (not „Veröffentlichung in
# CKAN“ there: the word twice) and for the lines of the mails.
STEP_KINDS = {"catalog": "CKAN-Katalog", "exports": "Exporte",
              "warehouse": "Warehouse-Aufbau", "coordination": "Mitteilungen an die Nachbarn"}


def _step(step: str) -> tuple[str, str | None]:
    """A step key in German: what it does, and for which dataset (its title)."""
    dataset, _, kind = step.rpartition("_")
    if kind in ("catalog", "exports") and dataset in DATASET_KEYS:
        return STEP_KINDS[kind], load_schema(dataset).title
    return STEP_KINDS.get(step, step), None


def _kinds(steps) -> str:
    """What failed, each kind once, for a subject: „CKAN-Katalog, Exporte“."""
    return ", ".join(dict.fromkeys(_step(step)[0] for step in steps))


def _by_kind(steps) -> list[str]:
    """Each kind of step once, with its datasets: „CKAN-Katalog (Veranstaltungen, Angebote)“."""
    titles: dict[str, list[str]] = {}
    for step in steps:
        kind, title = _step(step)
        titles.setdefault(kind, []).extend([title] if title else [])
    return [f"{kind} ({', '.join(found)})" if found else kind for kind, found in titles.items()]


def named(steps) -> str:
    """Steps for a sentence: „CKAN-Katalog (Veranstaltungen, Angebote), Warehouse-Aufbau“."""
    return ", ".join(_by_kind(steps))


def outage_path(settings: Settings) -> Path:
    """Exists from the failure mail until the all-clear mail."""
    return settings.data_dir / "katalog" / "stoerung.json"


def _noted(settings: Settings) -> dict | None:
    path = outage_path(settings)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _note(settings: Settings, outage: dict) -> None:
    atomic_write(outage_path(settings), lambda partial: Path(partial).write_text(
        json.dumps(outage, ensure_ascii=False, indent=1), encoding="utf-8"))


def outstanding(outage: dict) -> list[str]:
    """The failed steps no publication has caught up yet."""
    return [step for step in outage["failures"] if step not in outage.get("caught_up", ())]


# Paragraphs are single lines: a mail program wraps them to its window, while lines broken in
# the text would break again in the middle on a narrow screen.
def publication_failure_mail(cluster: Cluster, run_id: str, failed_at: datetime,
                             failures: dict[str, str]) -> Mail:
    """`failures`: step key -> German reason."""
    lines = "\n".join(f"- {named([key])}: {reason}" for key, reason in failures.items())
    text = (f"Guten Tag,\n\n"
            f"die Veröffentlichung der Plattform ist am {berlin(failed_at)} fehlgeschlagen:\n\n"
            f"{lines}\n\n"
            f"Die Lieferungen der Mitglieder sind eingelesen und bleiben erhalten. Im Katalog "
            f"stehen bis zur nächsten gelungenen Veröffentlichung die zuletzt veröffentlichten "
            f"Daten.\n\n"
            f"Was zu tun ist: die Ursache beheben (z. B. CKAN wieder erreichbar machen) und dann "
            f"„swdp publish“ aufrufen – oder die nächste Lieferung abwarten, nach der die "
            f"Plattform die Veröffentlichung von selbst nachholt.\n\n"
            f"Weitere Fehlschläge derselben Störung werden nicht erneut gemeldet. Sobald alles "
            f"nachgeholt ist, erhalten Sie eine Entwarnung. Den Verlauf zeigt die "
            f"Dagster-Oberfläche unter „Runs“ (Lauf {run_id}).\n\n"
            f"Mit freundlichen Grüßen\nSüdwest-Cluster Datenplattform\n")
    return Mail(to=(cluster.data_office,), sender=cluster.mail_sender,
                subject=f"Veröffentlichung fehlgeschlagen: {_kinds(failures)}", text=text)


def all_clear_mail(cluster: Cluster, run_id: str, succeeded_at: datetime, outage: dict) -> Mail:
    """`outage`: as noted (when it was mailed, the steps failed since)."""
    reported = berlin(datetime.fromisoformat(outage["failed_at"]))
    text = (f"Guten Tag,\n\n"
            f"die Veröffentlichung der Plattform gelingt wieder. Am {berlin(succeeded_at)} wurde "
            f"nachgeholt, was seit der Störungsmeldung vom {reported} gescheitert war:\n\n"
            + "".join(f"- {line}\n" for line in _by_kind(outage["failures"])) + "\n"
            f"Katalog und Exporte sind wieder auf dem aktuellen Stand; es ist nichts weiter zu "
            f"tun. Den Lauf zeigt die Dagster-Oberfläche unter „Runs“ (Lauf {run_id}).\n\n"
            f"Mit freundlichen Grüßen\nSüdwest-Cluster Datenplattform\n")
    return Mail(to=(cluster.data_office,), sender=cluster.mail_sender,
                subject=f"Veröffentlichung wieder erfolgreich, nachgeholt: "
                        f"{_kinds(outage['failures'])}", text=text)


def publication_failed(settings: Settings, cluster: Cluster, run_id: str,
                       failures: dict[str, str]) -> None:
    """Mail the office the first failure of an outage; later failures are only noted (the
    all-clear names them). Raises MailError when the mail could not go: nothing is noted,
    so the next failure tries again."""
    with exclusive(settings, OUTAGE):
        outage = _noted(settings)
        if outage is not None:
            _note(settings, {**outage, "failures": {**outage["failures"], **failures},
                             "caught_up": [step for step in outage.get("caught_up", ())
                                           if step not in failures]})
            return
        failed_at = datetime.now(timezone.utc)
        send(settings, publication_failure_mail(cluster, run_id, failed_at, failures))
        _note(settings, {"run_id": run_id, "failed_at": failed_at.isoformat(),
                         "failures": failures, "caught_up": []})


def publication_succeeded(settings: Settings, cluster: Cluster, run_id: str,
                          steps: Collection[str] | None = None) -> str | None:
    """A publication run succeeded with `steps` (step keys; None: all of them) – the
    daemon's, `swdp publish`'s or `swdp run`'s: note what it caught up of a mailed outage, and once
    nothing is outstanding, mail the all-clear and end the outage. Returns what happened in
    a German sentence (None: no outage was noted). Raises MailError when the all-clear could
    not go: the catch-up stays noted, and the next successful publication sends it."""
    with exclusive(settings, OUTAGE):
        outage = _noted(settings)
        if outage is None:
            return None
        caught_up = [step for step in outage["failures"]
                     if step in outage.get("caught_up", ()) or steps is None or step in steps]
        outage = {**outage, "caught_up": caught_up}
        reported = berlin(datetime.fromisoformat(outage["failed_at"]))
        if left := outstanding(outage):
            _note(settings, outage)
            return (f"Die am {reported} gemeldete Störung bleibt offen, noch nicht nachgeholt: "
                    f"{named(left)}. Die Entwarnung folgt, sobald auch das gelungen ist.")
        _note(settings, outage)  # should the mail fail, the next success needs only to send it
        send(settings, all_clear_mail(cluster, run_id, datetime.now(timezone.utc), outage))
        outage_path(settings).unlink()
        return (f"Entwarnung an {cluster.data_office} gesendet: Die am {reported} gemeldete "
                f"Störung ist behoben.")


def told_caught_up(settings: Settings, cluster: Cluster, run_id: str,
                   steps: Collection[str]) -> str | None:
    """`publication_succeeded` for `swdp publish` and `swdp run`: what came of it, a mail
    that could not go included (the catch-up stays noted; the next success sends it)."""
    try:
        return publication_succeeded(settings, cluster, run_id, steps)
    except MailError as error:
        return f"Entwarnung nicht versandt: {error}"
