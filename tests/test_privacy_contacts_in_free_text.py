"""A telephone number or e-mail address in a published free text („Anmeldung bei Frau Müller,
06381 12345“) is named to the member as a note – file, row, field, never the value – in the
run, its report and its mail. It is still published: a landline number or role mailbox is
mostly an office's public contact (a private mobile number or address is kept back by the
personal-data rules, and not named here a second time)."""
import email
import email.policy
import json

import pandas as pd
import pytest

from pipelines.quality.contacts import CONTACTS, HELD, PHONE_NUMBER
from pipelines.quality.engine import rows_matching
from support.cli import SAMPLES, swdp_in_process
from test_privacy import _config

PRIVATE_LANDLINE = "Anmeldung bei Frau Müller, 06381 12345."
ROLE_MAILBOX = "Anmeldung: info@musikverein-theisbergstegen.de"


@pytest.mark.parametrize("text", ["Tel. 06381 12345", "(06381) 424-0 oder", "0631/3652-0",
                                  "Ruf: +49 6381 4250", "Mobil 0171 4317390"])
def test_telephone_numbers_in_text_are_found(text):
    assert _found(text)


@pytest.mark.parametrize("text", ["am 08.12.2026 um 19:00", "66871 Theisbergstegen", "01067 Dresden",
                                  "Baujahr 1998", "Eintritt 8,00 €, 232000,00 € Kaufpreis",
                                  "Öffnungszeiten 09:00–12:00", "Flurstück 0123/45"])
def test_dates_prices_postcodes_and_years_are_no_telephone_numbers(text):
    assert not _found(text)


def _found(text: str) -> bool:
    """Whether the check (in DuckDB, as a delivery's) finds a telephone number in `text`."""
    return bool(rows_matching(pd.DataFrame({"description": [text]}), {"phone": PHONE_NUMBER}))


def test_repeated_texts_searched_once_and_addresses_only_where_an_at_sign_stands_name_the_same_rows():
    """A delivery's descriptions repeat, its titles do not: each distinct description is
    searched once, and only the texts holding an „@“ for an e-mail address – the rows and
    contacts found are those of searching every text on its own."""
    texts = [PRIVATE_LANDLINE, ROLE_MAILBOX, "Eintritt frei", None, "Tel. 06381 12345, kultur@kusel.de",
             "am 08.12.2026 um 19:00", "Wir sind @kusel"]
    frame = pd.DataFrame({"title": [f"Konzert {row}" + ("" if row % 9 else " – hans@gmx.de")
                                    for row in range(140)],
                          "description": [texts[row % len(texts)] for row in range(140)]})
    found = rows_matching(frame, CONTACTS, HELD)
    one_by_one = [(row, hits) for row in frame.index
                  for _, hits in rows_matching(frame.loc[[row]], CONTACTS)]
    assert found == one_by_one
    assert {hit for _, hits in found for hit in hits} == {
        "title:eine E-Mail-Adresse", "description:eine Telefonnummer",
        "description:eine E-Mail-Adresse"}


def test_contacts_in_free_text_are_named_to_the_member_and_published(tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch)
    events = tmp_path / "veranstaltungen.csv"
    lines = (SAMPLES / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace("Blasmusik von Marsch bis Filmmusik.", PRIVATE_LANDLINE)
    lines[2] = lines[2].replace("Repair-Café;", f"Repair-Café ({ROLE_MAILBOX});", 1)
    events.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    config = tmp_path / "cluster.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        f"{SAMPLES}/kusel/veranstaltungen.csv", str(events)), encoding="utf-8")

    ran = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    [run] = json.loads(ran.stdout)["runs"]
    named = [note for note in run["notes"] if "wird veröffentlicht; bitte prüfen" in note]
    assert named == [
        "veranstaltungen.csv, Zeile 2: „Beschreibung“ enthält eine Telefonnummer – wird "
        "veröffentlicht; bitte prüfen, ob die Angabe einer Privatperson gehört, und sie dann "
        "entfernen oder durch eine dienstliche ersetzen (Funktionspostfach, Telefon der "
        "Dienststelle)",
        "veranstaltungen.csv, Zeile 3: „Veranstaltung [Titel]“ enthält eine E-Mail-Adresse – wird "
        "veröffentlicht; bitte prüfen, ob die Angabe einer Privatperson gehört, und sie dann "
        "entfernen oder durch eine dienstliche ersetzen (Funktionspostfach, Telefon der "
        "Dienststelle)"], run["notes"]
    # the member reads it in the report and the mail; the value itself stays unnamed there
    report = json.loads((data_dir / "reports" / "kusel" / "events.json").read_text(encoding="utf-8"))
    assert named[0] in report["notes"]
    [mail] = (data_dir / "outbox").glob("*.eml")
    message = email.message_from_bytes(mail.read_bytes(), policy=email.policy.default)
    [attached] = [part.get_payload(decode=True).decode("utf-8") for part in message.walk()
                  if (part.get_filename() or "").startswith("Prüfbericht")]
    assert f"<h2>Hinweise</h2>\n<ul><li>{named[0]}</li>" in attached
    assert "06381 12345" not in " ".join(run["notes"])
    # published as delivered
    exported = (data_dir / "export" / "events" / "kusel.csv").read_text(encoding="utf-8-sig")
    assert PRIVATE_LANDLINE in exported and ROLE_MAILBOX in exported
