"""DuckDB runs the generated suites exactly as Great Expectations' own validator would.

GX's pandas engine is the reference: every frame the platform validates while ingesting all
sample deliveries, and frames full of edge cases, go through both, and each expectation must
give the same verdict, counts and failing rows.
"""
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest
import shapely

from pipelines.ingest.delivery import ingest_source
from pipelines.quality import engine as duckdb_suite
from pipelines.quality import validate as validation
from pipelines.quality.expectations import Expectation, expectations
from pipelines.quality.patterns import place_mailboxes, private_email_addresses
from pipelines.quality.suites import gx_suite, validate_with_gx
from pipelines.quality.validate import suite_frame
from schemas import load_schema

COMPARED = ("element_count", "unexpected_count", "unexpected_percent", "observed_value")


def assert_same_as_gx(suite: list[Expectation], frame: pd.DataFrame) -> int:
    """Both engines agree on every expectation; returns how many rows GX found failing."""
    ours = {r.expectation.meta["check"]: r for r in duckdb_suite.validate_in_duckdb(suite, frame)}
    theirs = {r.expectation_config.meta["check"]: r
              for r in validate_with_gx(gx_suite(suite), frame)}
    assert ours.keys() == theirs.keys() and len(theirs) == len(suite)
    failing = 0
    for check, reference in theirs.items():
        mine = ours[check]
        assert not reference.exception_info.get("raised_exception"), reference.exception_info
        name = (reference.expectation_config.type, reference.expectation_config.kwargs)
        assert mine.success == reference.success, name
        for key in COMPARED:
            if key in reference.result:
                assert mine.result[key] == pytest.approx(reference.result[key]), (name, key)
        assert sorted(mine.result.get("unexpected_index_list") or []) == sorted(
            reference.result.get("unexpected_index_list") or []), name
        failing += reference.result.get("unexpected_count") or 0
    return failing


def test_every_sample_delivery_gets_the_same_verdict_as_from_gx(settings, cluster, monkeypatch):
    seen = []
    validate = duckdb_suite.validate_in_duckdb

    def recording(suite, frame):
        seen.append((suite, frame))
        return validate(suite, frame)

    monkeypatch.setattr(validation, "validate_in_duckdb", recording)
    for source in cluster.sources():
        ingest_source(settings, cluster, source)
    # one pass per delivery, and one more for the share of located records among the rows kept
    assert len([suite for suite, _ in seen if suite[0].meta["level"] == "row"]) == 24
    assert len(seen) == 2 * len(cluster.sources()) == 48
    failing = sum(assert_same_as_gx(suite, frame) for suite, frame in seen)
    assert failing > 0  # the samples hold flawed records, so the comparison is not vacuous


DELIVERED = datetime(2026, 11, 20, 6, 0, tzinfo=timezone.utc)
EDGE_TEXTS = [
    "Karten bei max.mustermann@example.org", "Anmeldung: info@verein.de", "INFO@verein.de",
    "max.info@verein.de", "info@verein.de und anna@beispiel.de", "jürgen.müller@web.de",
    "Mobil 0171 2345678", "Tel. +49 (0)171/234 56 78", "0049 160 1234567", "06381 424-0",
    "Auskunft 0171-23", "Nr. 201712345678", "", " ", None, "ohne Kontakt", "a@b", "Preis 15 €",
    "berlin@svenskakyrkan.se", "St.Wendel@kirche.de", "Zweibrücken@verein.de",
    "zweibruecken@verein.de", "info@gmx.de", "Kaiserslautern@GMX.NET", "m.mustermann@example.org",
    "Pfarramt@kirche.de, erika.muster@kirche.de", "-info-@verein.de", "halle@verein.de",
    "roth@vg-suedeifel.de", "stein@stein-immobilien.de", "Kaiserslautern@kaiserslautern.de",
    "St.Wendel@st-wendel.de", "berlin@berlinerbank.de", "Textilmuseum@krefeld.de",
    "annainfo@verein.de", "max.kultur@verein.de"]
# The mailboxes the platform takes from the gazetteer, for a few municipalities.
PLACES = tuple(place_mailboxes(["Berlin", "St. Wendel", "Zweibrücken", "Kaiserslautern",
                                "Halle (Saale)", "Roth", "Stein", "Hahn"]))


def edge_frame(schema, rows: int = 60) -> pd.DataFrame:
    """A located delivery whose every field cycles through awkward values."""
    values = {
        "string": EDGE_TEXTS + ["x" * 250, "66869", "6686", "0731200", "07312000",
                                "https://www.kusel.de", "http:/kusel", "+49 6381 424-0"],
        "integer": [None, -1, 0, 3, 10**6], "decimal": [None, -0.5, 0.0, 12.5, 1e9],
        "boolean": [None, True, False],
        "date": [None, DELIVERED.date() - timedelta(days=400), DELIVERED.date(),
                 DELIVERED.date() + timedelta(days=30)],
        "datetime": [None, DELIVERED - timedelta(days=90), DELIVERED - timedelta(hours=1),
                     DELIVERED + timedelta(days=3)],
    }
    columns = {}
    for offset, f in enumerate(schema.delivered_fields):
        pool = ([None, *(c.code for c in f.code_list.codes), "unbekannt"] if f.code_list
                else values.get(f.type, values["string"]))
        columns[f.name] = [pool[(row * (offset + 1) + offset) % len(pool)] for row in range(rows)]
    frame = pd.DataFrame(columns, dtype=object)
    frame.iloc[rows // 2:rows // 2 + 4] = frame.iloc[:4].to_numpy()  # duplicates on every key
    bowtie = shapely.Polygon([(7.0, 49.0), (7.1, 49.1), (7.1, 49.0), (7.0, 49.1), (7.0, 49.0)])
    frame["geometry"] = [bowtie if row % 7 == 0 else shapely.Point(7.2, 49.5) for row in range(rows)]
    frame["geocode_precision"] = ["none" if row % 3 else "postcode" for row in range(rows)]
    return frame


@pytest.mark.parametrize("dataset", ["offers", "vacancies", "events", "building_plans"])
def test_edge_cases_get_the_same_verdict_as_from_gx(dataset):
    schema = load_schema(dataset)
    frame = edge_frame(schema)
    suite = expectations(schema, ("opendata",), previous_rows=200, delivered_at=DELIVERED,
                         located=True, municipality_mailboxes=PLACES)
    assert assert_same_as_gx(suite, suite_frame(frame, schema, located=True)) > len(frame)


def test_an_expectation_without_translation_is_refused_not_skipped():
    suite = [Expectation("expect_column_mean_to_be_between", {"column": "price_eur", "min_value": 0})]
    with pytest.raises(NotImplementedError, match="expect_column_mean_to_be_between"):
        duckdb_suite.validate_in_duckdb(suite, pd.DataFrame({"price_eur": [1.0]}))


def test_mailboxes_of_places_and_organisations_are_roles_persons_and_free_mail_are_private():
    """The rule in one sentence (README): the whole part before the @ – case, umlauts and
    separators aside – names a function, an organisation or a municipality, and the address
    is not at a free-mail provider; a municipality's name only where it is no frequent family
    name and the domain does not name it too. Both engines read it alike (the edge cases)."""
    schema = load_schema("events")
    [rule] = [e for e in expectations(schema, municipality_mailboxes=PLACES)
              if e.meta["check"] == "private_email:email"]
    arguments = [set(rule.kwargs[name]) for name in
                 ("role_mailboxes", "free_mail_domains", "municipality_mailboxes")]
    public = ["berlin@svenskakyrkan.se", "St.Wendel@kirche.de", "st-wendel@kirche.de",
              "stwendel@kirche.de", "Zweibrücken@verein.de", "zweibruecken@verein.de",
              "halle@verein.de", "Pfarramt@kirche.de", "INFO@verein.de", "tourist_info@kusel.de",
              "berlin@berlinerbank.de", "Textilmuseum@krefeld.de", "stadtbibliothek@kusel.de",
              "jugendfeuerwehr@kusel.de"]
    private = ["max.mustermann@example.org", "m.mustermann@example.org", "mmustermann@example.org",
               "berlin.mueller@example.org", "wendel@kirche.de", "info@gmx.de",
               "kaiserslautern@GMX.NET", "jürgen.müller@web.de", "max.info@verein.de",
               # family names that are also municipalities, and a place named by its domain
               "roth@vg-suedeifel.de", "Stein@autohaus-beispiel.de", "hahn@example.org",
               "halle@halle-immobilien.de", "Kaiserslautern@kaiserslautern.de",
               "St.Wendel@st-wendel.de",
               # a role word ends a compound only when it is long and written in one word
               "annainfo@verein.de", "max.kultur@verein.de"]
    assert [a for a in public if private_email_addresses(a, *arguments)] == []
    assert [a for a in private if private_email_addresses(a, *arguments)] == private


@pytest.mark.parametrize("dataset", ["offers", "events"])
def test_costly_rules_judged_per_distinct_value_answer_as_per_row(dataset):
    """Regular expressions and geometry checks on a column that repeats its values are judged
    once per distinct value and joined back to the rows: the same rows fail as row by row."""
    schema = load_schema(dataset)
    frame = suite_frame(edge_frame(schema, rows=240), schema, located=True)
    suite = expectations(schema, ("opendata",), previous_rows=200, delivered_at=DELIVERED,
                         located=True, municipality_mailboxes=PLACES)
    rules = [duckdb_suite.row_rule(c) for c in suite
             if c.type != "expect_table_row_count_to_be_between"]
    rules = [rule for rule in rules if not rule.window]
    costly = {rule.per_value for rule in rules if rule.per_value}
    assert {"email", "geometry"} <= costly
    assert all(duckdb_suite._repeats(frame[name]) for name in costly)
    with duckdb_suite._database().cursor() as cursor:
        cursor.register("lieferung", duckdb_suite._with_row_column(frame))
        per_value = duckdb_suite._answers(cursor, "lieferung", rules, costly)
        per_row = duckdb_suite._answers(cursor, "lieferung", rules)
    assert per_value == per_row
    assert sum(len(unexpected) for _, unexpected in per_row[1:]) > len(frame)


def test_private_addresses_in_distinct_texts_are_judged_only_where_an_at_sign_stands():
    """Titles rarely repeat, so the e-mail rule cannot be judged once per distinct value as
    mailboxes are; it judges only the titles holding an „@“ (a million titles took a second
    each run) and still gives GX's verdict on titles with private, role and no addresses."""
    schema = load_schema("events")
    suite = [c for c in expectations(schema, ("opendata",), located=True,
                                     municipality_mailboxes=PLACES)
             if c.meta.get("rule") == "private_email" and c.kwargs["column"] == "title"]
    titles = [f"Konzert {row}" + [" – Anmeldung hans.meier@gmx.de", " – opendata@kusel.de",
                                  " am 3. Mai", " @kusel", ""][row % 5] for row in range(5000)]
    titles[7] = None
    frame = pd.DataFrame({"title": titles}, dtype=object)
    rule = duckdb_suite.row_rule(suite[0])
    assert rule.holds == "contains(\"title\", '@')" and not duckdb_suite._repeats(frame["title"])
    assert assert_same_as_gx(suite, frame) == 1000
