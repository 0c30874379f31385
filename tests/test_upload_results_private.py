"""What the platform writes into CKAN about a clerk's upload stays there for good: CKAN keeps
every earlier description of a resource in the dataset's activity stream, and deleting the
resource does not clear it. So the result on the resource names rows, fields and reasons but
never a delivered value; the full report with the values stays in the platform's own files
(mail, report), which have a Löschfrist. A real CKAN; each test deletes what it uploaded."""
import json
from dataclasses import replace

import ckanapi

from catalog.client import Catalog
from catalog.uploads import ensure_delivery_datasets, ingest_upload, pending_uploads
from pipelines.quality.report import problem_without_value
from support.cli import SAMPLES
from support.uploads import member_editor

# The values of the rejected row a clerk of Kusel uploads: the owner's name, a private address
# as the office's contact, a broken e-mail address and phone number, an unknown kind of building.
PRIVATE = {"Objektart": "Scheune von Erika Privatfrau",
           "Ansprechstelle": "erika.privatfrau9137@gmx.de",
           "Eigentümer/in": "Erika Privatfrau",
           "Telefon Eigentümer/in": "Handy Erika 0171",
           "E-Mail Eigentümer/in": "erika.privatfrau(at)gmx"}


def _delivery_with_private_row(tmp_path):
    """Kusel's vacancies: the sample's first row, and a second row holding `PRIVATE`."""
    header, first, *_ = (SAMPLES / "kusel" / "leerstand.csv").read_text(
        encoding="utf-8-sig").splitlines()
    columns = header.split(";")
    second = dict(zip(columns, first.split(";")), **{"Kennung beim Mitglied": "KUS-LS-9137"},
                  **PRIVATE)
    path = tmp_path / "leerstand.csv"
    path.write_text("\n".join([header, first, ";".join(second[c] for c in columns)]) + "\n",
                    encoding="utf-8")
    return path


def _everything_ckan_answers(admin, package: str, resource_id: str) -> str:
    """The dataset, the resource and the dataset's whole activity stream with each
    activity's data (the earlier versions of the resource among them), as CKAN's API gives them."""
    activities = admin.action.package_activity_list(id=package, include_hidden_activity=True,
                                                    limit=100)
    assert activities
    answers = [admin.action.package_show(id=package), admin.action.resource_show(id=resource_id),
               activities, *(admin.action.activity_show(id=a["id"], include_data=True)
                             for a in activities)]
    return json.dumps(answers, ensure_ascii=False)


def test_the_result_on_an_upload_names_rows_fields_and_reasons_but_no_value(
        ckan, cluster, settings, tmp_path):
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "kusel")
    catalog = Catalog(ckan.url, ckan.token)
    ensure_delivery_datasets(catalog, cluster)
    with open(_delivery_with_private_row(tmp_path), "rb") as content:
        uploaded = clerk.action.resource_create(package_id="kusel-lieferungen", name="vacancies",
                                                upload=content)
    try:
        [upload] = [u for u in pending_uploads(catalog, cluster)
                    if u.resource_id == uploaded["id"]]
        settings = replace(settings, ckan_url=ckan.url, ckan_token=ckan.token)
        result = ingest_upload(settings, cluster, catalog, upload, "lauf-datenschutz")
        assert (result.status, result.read, result.rejected) == ("ok", 2, 1)

        note = catalog.call("resource_show", id=upload.resource_id)["description"]
        # no value, in the description nor anywhere CKAN answers about the dataset ...
        everything = _everything_ckan_answers(admin, "kusel-lieferungen", upload.resource_id)
        assert [v for v in PRIVATE.values() if v in everything] == []
        assert note.startswith("Geprüft: 1 Zeile abgewiesen")
        # ... but the row, each field and what to change
        for told in ("Zeile 3", "Objektart", "Ansprechstelle", "Telefon Eigentümer/in",
                     "E-Mail Eigentümer/in", "nicht zulässig", "private E-Mail-Adresse"):
            assert told in note, told
        assert "Die abgewiesenen Werte nennt nur der Prüfbericht in der Mail" in note
        # the platform's own report (with its Löschfrist) keeps the values for the clerk
        report = (settings.reports_dir / "kusel" / "vacancies.json").read_text(encoding="utf-8")
        assert PRIVATE["Objektart"] in report
    finally:
        admin.action.resource_delete(id=uploaded["id"])


def test_a_reason_keeps_the_fields_labels_and_loses_the_value_quoted_or_not():
    labels = {"Nutzfläche in m²", "Telefon Eigentümer/in"}
    below = {"row_ref": "Zeile 4", "field_label": "Nutzfläche in m²", "value": "-12",
             "reason": "„Nutzfläche in m²“ ist -12, das ist kleiner als 0 – bitte Wert prüfen"}
    assert problem_without_value(below, labels) == {
        **below, "value": None,
        "reason": "„Nutzfläche in m²“ ist …, das ist kleiner als 0 – bitte Wert prüfen"}
    mobile = {"row_ref": "Zeile 5", "field_label": "Telefon Eigentümer/in", "value": "0171 23",
              "reason": "„0171 23“ ist keine gültige Telefonnummer – bitte „Telefon "
                        "Eigentümer/in“ korrigieren"}
    assert problem_without_value(mobile, labels)["reason"] == (
        "„…“ ist keine gültige Telefonnummer – bitte „Telefon Eigentümer/in“ korrigieren")
