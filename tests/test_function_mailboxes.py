"""Function mailboxes of organisers are no personal data: an office's or a team's mailbox –
several role words joined by a hyphen or a dot (`Events-presse@`, `info.kultur@`), or one
compound that ends in a role word (`besucherzentrum@`, `stadtbuecherei@`) – is published, as
the real Berlin list of Volksfeste showed it must be. A person's address (`max.mustermann@`,
`m.mueller@`, `anna-lena.schmidt@`) stays withheld: publishing it would be worse than
withholding a function mailbox, so what is not clearly a function counts as a person's."""
import pandas as pd
import pytest

from pipelines.quality import engine
from pipelines.quality.expectations import expectations
from pipelines.quality.patterns import private_email_addresses
from schemas import load_schema

FUNCTION_MAILBOXES = [
    # the real organisers' mailboxes withheld in the Berlin trial
    "besucherzentrum@oranienburg.de", "Events-presse@tkt-berlin.de",
    # as municipalities in the region name their offices
    "buergerbuero@kusel.de", "tourist-info@kusel.de", "kulturzentrum@kusel.de",
    "stadtbuecherei@kusel.de", "veranstaltungen-presse@kusel.de", "info.kultur@kusel.de",
    "Bürgerbüro@kusel.de", "pressestelle@kusel.de", "kundenservice@stadtwerke.de",
    "Kultur_Presse@kusel.de", "kulturamt@kusel.de", "kulturbuero@kusel.de",
    "info-team@verein.de",
]
PERSONS = [
    "max.mustermann@kusel.de", "m.mueller@kusel.de", "anna-lena.schmidt@kusel.de",
    "jahn@ag-altstadt-spandau.de", "wf@schiffahrt-in-potsdam.de",
    # a role word beside a name is that person's mailbox
    "max.kultur@verein.de", "anna-presse@verein.de", "presse.mueller@verein.de",
    "m.mueller-info@kusel.de",
    # a short role word ends a compound only after another role word: after a name it is
    # the person's own (Anna's info, Schmidt's office, Müller's team)
    "annainfo@verein.de", "schmidtbuero@kusel.de", "muellerteam@verein.de",
    # a long chain of role words is read part by part, not in every way its parts allow
    "-".join(["stadtinfo"] * 40 + ["mueller@kusel.de"]),
]


@pytest.fixture(scope="module")
def rule():
    [rule] = [e for e in expectations(load_schema("events"))
              if e.meta["check"] == "private_email:email"]
    return rule


def test_function_mailboxes_are_published_and_persons_withheld(rule):
    arguments = [set(rule.kwargs[name]) for name in
                 ("role_mailboxes", "free_mail_domains", "municipality_mailboxes")]
    assert [a for a in FUNCTION_MAILBOXES if private_email_addresses(a, *arguments)] == []
    assert [a for a in PERSONS if private_email_addresses(a, *arguments)] == PERSONS


def test_the_duckdb_engine_reads_the_rule_alike(rule):
    """Deliveries are checked in DuckDB: the same addresses fail there."""
    frame = pd.DataFrame({"email": FUNCTION_MAILBOXES + PERSONS}, dtype=object)
    [result] = engine.validate_in_duckdb([rule], frame)
    failing = [frame["email"][row] for row in result.result["unexpected_index_list"]]
    assert sorted(failing) == sorted(PERSONS)
