"""Quality gates: suites from the schemas, the publication hold per member × dataset, the
personal-data guard, reports and the quality history."""
import json
import shutil
from dataclasses import replace
from datetime import datetime, timezone

import pandas as pd
import pytest

import schemas
from support.cli import SAMPLES
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.geocoding.gazetteer import ensure_built
from pipelines.quality.history import held_partitions, suite_options
from pipelines.quality.report import report_path
from pipelines.quality.expectations import expectations
from pipelines.quality.validate import assess
from pipelines.core.database import connect
from pipelines.storage.warehouse import refresh
from schemas import load_schema

WORSE_THIS_MONTH = (  # the query of the README, section „Qualitätsverlauf“
    __import__("pathlib").Path(__file__).parents[1] / "README.md").read_text(
    encoding="utf-8").split("<!-- quality-query -->")[1].split("```sql")[1].split("```")[0]


def _deliver(settings, cluster, member, dataset, path):
    source = replace(cluster.member(member).sources[dataset], location=path)
    result = ingest_source(settings, cluster, source)
    assert result.status == "ok", result.message
    return result


def _publish(settings, cluster, dataset):
    refresh(settings)
    export_dataset(settings, cluster, dataset)


def _kusel_events(tmp_path, name, keep_rows=None, replace_text=None):
    lines = (SAMPLES / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8-sig").splitlines()
    if keep_rows is not None:
        lines = lines[:1 + keep_rows]
    text = "\n".join(lines) + "\n"
    for old, new in (replace_text or {}).items():
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_a_rule_changed_in_the_schema_changes_the_suite(tmp_path, monkeypatch):
    copy = tmp_path / "schemas"
    shutil.copytree(schemas.SCHEMA_DIR, copy)
    events = copy / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace(
        "    required: true\n    max_length: 200\n", "    required: true\n    max_length: 12\n", 1),
        encoding="utf-8")
    monkeypatch.setattr(schemas, "SCHEMA_DIR", copy)
    load_schema.cache_clear()
    try:
        schema = load_schema("events")
        lengths = {e.kwargs["column"]: e.kwargs["max_value"] for e in expectations(schema)
                   if e.type == "expect_column_value_lengths_to_be_between"}
        assert lengths["title"] == 12
        frame = pd.DataFrame({f.name: [None] for f in schema.delivered_fields}, dtype=object)
        frame.loc[0, ["title", "place", "start"]] = ["Weihnachtskonzert", "Kusel",
                                                     pd.Timestamp("2026-12-20 18:00", tz="UTC")]
        [problem] = assess(frame, schema).problems
        assert (problem.field, problem.value) == ("title", "Weihnachtskonzert")
        assert "17 Zeichen lang, erlaubt sind 12" in problem.reason
    finally:
        load_schema.cache_clear()


def test_every_schema_rule_has_an_expectation():
    for key in schemas.DATASET_KEYS:
        schema = load_schema(key)
        checks = {e.meta["check"] for e in expectations(schema, previous_rows=10)}
        for f in schema.delivered_fields:
            wanted = {"required": f.required, "max_length": f.max_length, "format": f.format,
                      "code_list": f.code_list, "not_before": f.not_before,
                      "range": f.minimum is not None or f.maximum is not None}
            assert {f"{rule}:{f.name}" for rule, on in wanted.items() if on} <= checks, f.name
        assert {"duplicates", "row_count_drop"} <= checks


def test_a_collapsed_delivery_holds_only_its_partition(settings, cluster, tmp_path):
    wendel = json.loads((SAMPLES / "sankt-wendel" / "veranstaltungen.geojson").read_text(encoding="utf-8"))
    _deliver(settings, cluster, "kusel", "events", _kusel_events(tmp_path, "v1.csv"))
    _deliver(settings, cluster, "sankt-wendel", "events", SAMPLES / "sankt-wendel" / "veranstaltungen.geojson")
    _publish(settings, cluster, "events")
    folder = settings.export_dir / "events"
    kusel_before = {p.name: p.read_bytes() for p in folder.glob("kusel.*")}
    assert len(kusel_before) >= 4

    collapsed = _deliver(settings, cluster, "kusel", "events", _kusel_events(tmp_path, "v2.csv", keep_rows=60))
    wendel["features"][0]["properties"]["titel"] = "Neu im Programm: Adventssingen"
    changed = tmp_path / "wendel.geojson"
    changed.write_text(json.dumps(wendel, ensure_ascii=False), encoding="utf-8")
    other = _deliver(settings, cluster, "sankt-wendel", "events", changed)
    _publish(settings, cluster, "events")

    assert collapsed.held and not other.held
    assert held_partitions(settings) == {("events", "kusel")}
    assert {p.name: p.read_bytes() for p in folder.glob("kusel.*")} == kusel_before
    assert "Neu im Programm: Adventssingen" in (folder / "sankt-wendel.geojson").read_text(encoding="utf-8")
    cluster_file = pd.read_parquet(folder / "suedwest-cluster.parquet")
    assert (cluster_file["municipality"] == "kusel").sum() == 201  # the released delivery
    assert "Neu im Programm: Adventssingen" in set(cluster_file["title"])
    report = json.loads(report_path(settings, "kusel", "events", ".json").read_text(encoding="utf-8"))
    [drop] = [c for c in report["checks"] if c["check"] == "row_count_drop"]
    assert report["held"] and not drop["passed"] and drop["observed"] == 60
    assert "die Vorlieferung hatte 204 (70,6 % weniger)" in drop["message"]  # 144 of 204
    assert report["trend"]["read"] == {"now": 60, "before": 204, "change": -144}
    with connect(settings.warehouse_path, read_only=True) as connection:
        worse = connection.execute(WORSE_THIS_MONTH).fetchall()
    assert [row[0] for row in worse] == ["kusel"]

    # The full list again: the hold is lifted and the new data goes out.
    _deliver(settings, cluster, "kusel", "events", _kusel_events(
        tmp_path, "v3.csv", replace_text={"Jahreskonzert des Musikvereins": "Jahreskonzert 2026"}))
    _publish(settings, cluster, "events")
    assert held_partitions(settings) == set()
    assert "Jahreskonzert 2026" in (folder / "kusel.csv").read_text(encoding="utf-8-sig")


def _text_of(path) -> str:
    """Everything an export file says, whatever its format."""
    if path.suffix == ".parquet":
        return pd.read_parquet(path).to_csv()
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook
        return str([row for sheet in load_workbook(path).worksheets
                    for row in sheet.iter_rows(values_only=True)])
    if path.suffix == ".gpkg":
        import pyogrio
        return "".join(pyogrio.read_dataframe(path, layer=layer).to_csv()
                       for layer, _ in pyogrio.list_layers(path))
    return path.read_text(encoding="utf-8-sig")


def test_a_private_address_in_a_description_never_reaches_an_export(settings, cluster, tmp_path):
    delivery = _kusel_events(tmp_path, "v.csv", replace_text={
        "Blasmusik von Marsch bis Filmmusik.": "Karten bei Max Mustermann, max.mustermann@example.org",
        "Ehrenamtliche reparieren Elektrogeräte, Fahrräder und Kleidung.":
            "Anmeldung unter info@repaircafe-kusel.de oder opendata@landkreis-kusel.de",
        "Anmeldung erforderlich.": "Anmeldung bei Frau Beispiel: 0171 2345678"})
    result = _deliver(settings, cluster, "kusel", "events", delivery)
    _publish(settings, cluster, "events")
    exported = "".join(_text_of(p) for p in settings.export_dir.rglob("*.*"))
    assert "mustermann@example.org" not in exported and "2345678" not in exported
    assert "info@repaircafe-kusel.de" in exported  # role addresses of organisations are fine
    report = json.loads(report_path(settings, "kusel", "events", ".json").read_text(encoding="utf-8"))
    # "Zeile 2 (KUS-VA-0001)": the row as the clerk finds it, with the member's own id
    reasons = {p["row_ref"].split(" (")[0]: p["reason"] for p in report["problems"]}
    assert "private E-Mail-Adresse „max.mustermann@example.org“" in reasons["Zeile 2"]
    assert "Mobilfunknummer „0171 2345678“" in reasons["Zeile 4"]
    [guard] = [c for c in report["checks"] if c["check"] == "personal_data"]
    assert guard["observed"] == 2 and not result.held
    html = report_path(settings, "kusel", "events", ".html").read_text(encoding="utf-8")
    assert "Zeile 2" in html and "Was zu ändern ist" in html


def test_the_report_escapes_delivered_text(settings, cluster, tmp_path):
    title = "<script>alert(1)</script>" + "x" * 200
    delivery = _kusel_events(tmp_path, "v.csv", replace_text={"Jahreskonzert des Musikvereins": title})
    _deliver(settings, cluster, "kusel", "events", delivery)
    html = report_path(settings, "kusel", "events", ".html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "225 Zeichen lang, erlaubt sind 200" in html


def test_an_empty_value_is_shown_as_empty_in_both_reports(settings, cluster, tmp_path):
    delivery = _kusel_events(tmp_path, "v.csv", replace_text={"Jahreskonzert des Musikvereins": ""})
    _deliver(settings, cluster, "kusel", "events", delivery)
    report = json.loads(report_path(settings, "kusel", "events", ".json").read_text(encoding="utf-8"))
    [problem] = [p for p in report["problems"] if p["field"] == "title"]
    assert problem["value"] is None and list(problem) == ["row_ref", "field", "field_label",
                                                         "value", "reason"]
    html = report_path(settings, "kusel", "events", ".html").read_text(encoding="utf-8")
    assert f"<td>{problem['row_ref']}</td><td>{problem['field_label']}</td><td>(leer)</td>" in html


def test_every_municipality_of_the_gazetteer_names_a_role_mailbox(settings, cluster):
    """berlin@, st-wendel@, zweibruecken@ are role mailboxes once the gazetteer (VG5000) is
    built – as it is before any member's delivery is located; before, they count as private."""
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    before = suite_options(settings, cluster, "events", "kusel", now)
    assert before.municipality_mailboxes == () and "opendata" in before.role_mailboxes
    ensure_built(settings, cluster)
    after = set(suite_options(settings, cluster, "events", "kusel", now).municipality_mailboxes)
    assert {"berlin", "st-wendel", "stwendel", "kaiserslautern", "zweibruecken", "halle"} <= after
    assert len(after) > 10_000
