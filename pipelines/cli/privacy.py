"""`swdp privacy`: Löschfristen and the erasure of one record (Art. 17 DSGVO)."""
from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape

from pipelines.cli.common import (EXIT_UNUSABLE, JsonOption, app, chosen_sources, context, err,
                                  out)

privacy_app = typer.Typer(help="Datenschutz: Löschfristen anwenden, einen Datensatz auf Antrag "
                               "löschen (Art. 17 DSGVO).", no_args_is_help=True)
app.add_typer(privacy_app, name="privacy")


@privacy_app.command("erase")
def erase(municipality: Annotated[str, typer.Option(
              "--municipality", "-m", help="Mitglied, dessen Datensatz es ist, z. B. sankt-wendel")],
          dataset: Annotated[str, typer.Option(
              "--dataset", "-d", help="Datensatzart, z. B. vacancies")],
          source_id: Annotated[str, typer.Option(
              "--id", help="Kennung des Datensatzes in der Lieferung des Mitglieds, z. B. WND-LS-0002")],
          as_json: JsonOption = False):
    """Einen Datensatz auf Antrag löschen (Art. 17 DSGVO), mit seiner Kennung beim Mitglied.

    Aus Lake, abgewiesenen Zeilen, Prüfberichten, Mails im Postausgang, Rohdatenarchiv,
    den gespeicherten Antworten des Online-Geocoders zu seiner Anschrift und den
    hochgeladenen Lieferungen in CKAN (<Mitglied>-lieferungen), die ihn enthalten;
    Warehouse und Exporte werden neu geschrieben, CKAN folgt mit `swdp run` oder `swdp
    publish`. Eine Sperrliste hält den Datensatz aus späteren Lieferungen fern. Exit-Code 2:
    nirgends gefunden (Kennung prüfen).
    """
    from catalog.client import CatalogError
    from catalog.privacy import erase_uploads
    from catalog.publish import configured_catalog
    from pipelines.export.files import export_dataset
    from pipelines.ingest.privacy import erase_record
    from pipelines.orchestration.pending import mark_pending
    from pipelines.quality.history import held_partitions
    from pipelines.storage.warehouse import refresh

    settings, cluster = context()
    chosen_sources(cluster, [municipality], [dataset])
    erasure = erase_record(settings, cluster, dataset, municipality, source_id)
    uploads, catalog_problem = [], ""  # the clerks' uploads in CKAN holding the record
    try:
        if (catalog := configured_catalog(settings, cluster)) is not None:
            uploads = erase_uploads(settings, catalog, cluster, municipality, dataset,
                                    erasure.record_id)
    except CatalogError as error:
        catalog_problem = str(error)
    refresh(settings)
    mark_pending(settings, dataset)  # cleared once CKAN has the cleaned exports
    export_dataset(settings, cluster, dataset)
    # a held member's files stay its last released ones: they may still hold the record
    held = (dataset, municipality) in held_partitions(settings)
    found = bool(erasure.lake or erasure.rejects or erasure.archived or erasure.still_delivered
                 or uploads)
    if as_json:
        print(json.dumps({"record_id": erasure.record_id, "found": found, "lake": erasure.lake,
                          "held": held,
                          "rejects": erasure.rejects,
                          "archived": [str(path) for path in erasure.archived],
                          "files": [str(path) for path in erasure.files],
                          "geocode_answers": erasure.geocode_answers,
                          "address_shared": erasure.address_shared,
                          "uploads": uploads, "catalog_problem": catalog_problem,
                          "still_delivered": erasure.still_delivered}, ensure_ascii=False, indent=2))
        raise typer.Exit(0 if found else EXIT_UNUSABLE)
    where = f"„{escape(source_id)}“ ({escape(cluster.partition_name(municipality, dataset))})"
    if not found:
        err.print(f"[yellow]Kein Datensatz {where} gefunden[/] – weder im Lake noch unter den "
                  f"abgewiesenen Zeilen, im Archiv oder in der Quelle; bitte die Kennung prüfen "
                  f"(Spalte der Kennung in der Lieferung des Mitglieds). Vorgemerkt ist sie "
                  f"trotzdem: eine spätere Lieferung übernimmt sie nicht.", soft_wrap=True)
        raise typer.Exit(EXIT_UNUSABLE)
    out.print(f"Datensatz {where} gelöscht (Kennung der Plattform {erasure.record_id}):",
              soft_wrap=True)
    out.print(f"  Lake: {erasure.lake}, abgewiesene Zeilen: {erasure.rejects}, archivierte "
              f"Lieferungen: {len(erasure.archived)}, Prüfberichte und Mails: {len(erasure.files)}")
    for path in [*erasure.archived, *erasure.files]:
        out.print(f"  gelöscht: {escape(str(path))}", soft_wrap=True)
    for upload in uploads:
        out.print(f"  gelöscht in CKAN: {escape(upload)}", soft_wrap=True)
    if erasure.geocode_answers:
        out.print(f"  gespeicherte Antworten des Online-Geocoders zu seiner Anschrift: "
                  f"{erasure.geocode_answers} gelöscht", soft_wrap=True)
    if erasure.address_shared:
        out.print("  Die Antworten des Online-Geocoders zu seiner Anschrift bleiben gespeichert: "
                  "ein anderer Datensatz im Lake hat dieselbe Anschrift.", soft_wrap=True)
    out.print("  Warehouse und Exporte neu geschrieben; CKAN: `swdp run` oder `swdp publish` "
              "veröffentlicht den bereinigten Stand.", soft_wrap=True)
    if held:
        out.print(f"[yellow]Die Veröffentlichung von {escape(cluster.partition_name(municipality, dataset))} "
                  f"ist angehalten:[/] ihre zuletzt freigegebenen Exportdateien (export/{dataset}/"
                  f"{municipality}.*, auch in suedwest-cluster.*) und CKAN enthalten den Datensatz "
                  f"noch, bis eine Lieferung die Prüfungen besteht – bitte das Mitglied um eine "
                  f"vollständige Lieferung bitten.", soft_wrap=True)
    if catalog_problem:
        out.print(f"[yellow]Die hochgeladenen Lieferungen in CKAN sind nicht geprüft:[/] "
                  f"{escape(catalog_problem)} Bitte die Löschung wiederholen, sobald CKAN "
                  f"erreichbar ist.", soft_wrap=True)
    if erasure.still_delivered:
        out.print("[yellow]Die Quelle des Mitglieds enthält den Datensatz noch[/] – bitte das "
                  "Mitglied bitten, ihn zu entfernen; bis dahin hält die Sperrliste ihn aus dem "
                  "Lake fern.", soft_wrap=True)


@privacy_app.command("expire")
def expire(as_json: JsonOption = False):
    """Löschfristen aus cluster.yaml (Abschnitt privacy) anwenden.

    Ältere archivierte Lieferungen (raw_retention_days; die neueste je Mitglied und
    Datensatzart bleibt), Mails im Postausgang, abgelehnte Dateien im Eingangsordner und
    Fehlerprotokolle (file_retention_days), personenbezogene Felder zurückgezogener
    Datensätze (withdrawn_retention_days); ist ein CKAN eingerichtet, auch hochgeladene
    Lieferungen in den Datensätzen <Mitglied>-lieferungen (raw_retention_days). Der
    Dagster-Zeitplan datenschutz_loeschfristen tut dasselbe täglich um privacy.expire_at.
    """
    from catalog.privacy import expire_with_uploads

    settings, cluster = context()
    expiry = expire_with_uploads(settings, cluster)
    if as_json:
        print(json.dumps({"deleted": [str(path) for path in expiry.deleted],
                          "contacts_emptied": expiry.contacts_emptied,
                          "geocode_answers": expiry.geocode_answers,
                          "uploads": expiry.uploads, "catalog_problem": expiry.catalog_problem},
                         ensure_ascii=False, indent=2))
        return
    out.print(escape(expiry.summary) if expiry.configured else f"[yellow]{escape(expiry.summary)}[/]",
              soft_wrap=True)
    for path in expiry.deleted:
        out.print(f"  gelöscht: {escape(str(path))}", soft_wrap=True)
    for upload in expiry.uploads or []:
        out.print(f"  gelöscht in CKAN: {escape(upload)}", soft_wrap=True)
