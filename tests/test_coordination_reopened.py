"""A plan procedure re-started after its withdrawal (§ 2 Abs. 2 BauGB): the neighbour's Bauamt
was told „Plan zurückgezogen“, and the plan's return is a procedure begun anew – „Plan wieder
aufgenommen“ with the day of the withdrawal – not „Neuer Plan“ (as if never heard of), not
„Verfahrensstand geändert“ and not a silent „Bestehender Plan übernommen“."""
import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from pipelines.coordination.notify import coordinate
from pipelines.core.database import connect
from pipelines.core.german import BERLIN
from pipelines.storage.lake import partition_path, read_partition
from pipelines.storage.warehouse import refresh
from support.smtp import smtp_server
from test_coordination import _deliver, _feed, _places, _square

# the runs' times; the withdrawal is told at 00:30 in Berlin on 12 October (22:30 UTC the day before)
FIRST, WITHDRAWN, AGAIN, LATER = (datetime(2026, 10, 1, 8, tzinfo=timezone.utc),
                                  datetime(2026, 10, 11, 22, 30, tzinfo=timezone.utc),
                                  datetime(2026, 11, 2, 9, tzinfo=timezone.utc),
                                  datetime(2026, 11, 20, 9, tzinfo=timezone.utc))


def _text(mail) -> str:
    return mail.get_body(("plain",)).get_content().replace("\r\n", "\n")


def _plans(settings, cluster):
    """A plan near Sankt Wendel by its id and stage, and one far from it (so that a delivery
    without the first is not empty)."""
    near_point, far_point = _places(settings, cluster)
    plan = lambda plan_id, stage: _square(settings, cluster, near_point, "Am Grenzbach", plan_id, stage)
    return plan, _square(settings, cluster, far_point, "Im Kernland", "KUS-BP-9002", "Entwurf")


def _geojson(settings) -> dict:
    return json.loads((settings.export_dir / "coordination" / "sankt-wendel.geojson").read_text(encoding="utf-8"))


@pytest.mark.slow  # four deliveries through the whole ingestion
def test_a_plan_delivered_again_after_its_withdrawal_is_told_as_reopened(settings, cluster, tmp_path):
    plan, far = _plans(settings, cluster)
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Entwurf"), far], "plaene-1.geojson")
        assert [row["reason"] for row in coordinate(mailed, cluster, now=FIRST).created] == ["new"]
        _deliver(settings, cluster, tmp_path, [far], "plaene-2.geojson")
        assert [row["reason"] for row in coordinate(mailed, cluster, now=WITHDRAWN).created] == ["withdrawn"]

        # the same plan (same id, name, number) with a new Aufstellungsbeschluss
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Aufstellungsbeschluss"), far],
                 "plaene-3.geojson")
        [reopened] = coordinate(mailed, cluster, now=AGAIN).created
        assert reopened["reason"] == "reopened"
        assert reopened["earlier_withdrawal"] == WITHDRAWN.isoformat()
        text = _text(mailbox.messages[-1])
        assert ("1. Plan wieder aufgenommen: „Am Grenzbach“ (Landkreis Kusel)\n"
                "   Plangemeinde: ") in text
        assert "   Verfahrensstand: Aufstellungsbeschluss\n   Zuvor zurückgezogen: am 12.10.2026\n" in text
        assert "Neuer Plan" not in text and "geändert" not in text.lower()
        assert sorted(_feed(settings, "sankt-wendel")) == [
            "Neuer Plan in Ihrer Nähe: „Am Grenzbach“ (Landkreis Kusel)",
            "Plan wieder aufgenommen: „Am Grenzbach“ (Landkreis Kusel)",
            "Plan zurückgezogen: „Am Grenzbach“ (Landkreis Kusel)"]
        [feature] = _geojson(settings)["features"]
        assert (feature["properties"]["anlass"], feature["properties"]["zuvorZurueckgezogen"]) == (
            "Plan wieder aufgenommen", "2026-10-12")

        # its next stage is a change of the re-opened procedure, no second re-opening
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Entwurf"), far], "plaene-4.geojson")
        [changed] = coordinate(mailed, cluster, now=LATER).created
        assert changed["reason"] == "changed" and changed["earlier_withdrawal"] is None
        assert "Geändert: Verfahrensstand (bisher: Aufstellungsbeschluss)" in _text(mailbox.messages[-1])

    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as db:
        told = db.execute("SELECT reason, earlier_withdrawal FROM notifications ORDER BY created_at").fetchall()
    assert [reason for reason, _ in told] == ["new", "withdrawn", "reopened", "changed"]
    assert told[2][1] == WITHDRAWN and told[2][1].astimezone(BERLIN).day == 12


def test_a_withdrawn_plan_back_in_force_is_not_taken_over_silently(settings, cluster, tmp_path):
    """Told „zurückgezogen“, the plan returns – exported anew under a new id – already in force:
    a plan first seen in force is taken over without a notice, this one is not first seen."""
    plan, far = _plans(settings, cluster)
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("GML_7f3a-001", "Satzung"), far], "export-1.geojson")
        coordinate(mailed, cluster, now=FIRST)
        _deliver(settings, cluster, tmp_path, [far], "export-2.geojson")
        coordinate(mailed, cluster, now=WITHDRAWN)
        _deliver(settings, cluster, tmp_path, [plan("GML_c41d-001", "In Kraft getreten"), far], "export-3.geojson")
        [back] = coordinate(mailed, cluster, now=AGAIN).created
    assert (back["reason"], back["legal_status"]) == ("reopened", "4000")
    text = _text(mailbox.messages[-1])
    assert mailbox.messages[-1]["Subject"].endswith(": 1 Mitteilung") and "übernommen" not in text
    assert ("1. Plan wieder aufgenommen: „Am Grenzbach“ (Landkreis Kusel)\n" in text
            and "Verfahrensstand: In Kraft getreten\n   Zuvor zurückgezogen: am 12.10.2026\n" in text)


def test_a_withdrawal_and_a_new_delivery_between_two_runs_is_a_reopening(settings, cluster, tmp_path):
    """The neighbour never heard of the withdrawal: the member's delivery without the plan and
    the next one with it came before notices went out (the inbox takes both before the
    publishing run). The lake has the withdrawn record; the notice said „Verfahrensstand
    geändert (bisher: Öffentliche Auslegung)“ for a procedure begun anew."""
    plan, far = _plans(settings, cluster)
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("GML_7f3a-001", "Öffentliche Auslegung"), far],
                 "export-1.geojson")
        coordinate(mailed, cluster)
        _deliver(settings, cluster, tmp_path, [far], "export-2.geojson")
        _deliver(settings, cluster, tmp_path, [plan("GML_09be-001", "Aufstellungsbeschluss"), far],
                 "export-3.geojson")
        [reopened] = coordinate(mailed, cluster).created
    lake = read_partition(partition_path(settings.lake_dir, "building_plans", "kusel")).set_index("record_id")
    [withdrawn_at] = lake["withdrawn_at"].dropna()
    assert reopened["reason"] == "reopened"
    assert reopened["earlier_withdrawal"] == withdrawn_at.isoformat()
    text = _text(mailbox.messages[-1])
    assert "1. Plan wieder aufgenommen: „Am Grenzbach“ (Landkreis Kusel)\n" in text
    assert (f"Zuvor zurückgezogen: am {withdrawn_at.astimezone(BERLIN):%d.%m.%Y}\n" in text
            and "geändert" not in text.lower())


def test_a_journal_written_before_the_withdrawal_column_still_reads(settings, cluster, tmp_path):
    """Journals of the running platform hold no earlier_withdrawal: the feed, the digest and
    the next notices read them as notices of no re-opening."""
    plan, far = _plans(settings, cluster)
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Entwurf"), far], "plaene-1.geojson")
        [told] = coordinate(mailed, cluster, now=FIRST).created
        [path] = (settings.coordination_dir / "notifications" / "sankt-wendel").glob("*.json")
        old = {name: value for name, value in told.items() if name != "earlier_withdrawal"}
        path.write_text(json.dumps({**old, "sent_at": FIRST.isoformat()}), encoding="utf-8")
        _deliver(settings, cluster, tmp_path, [far], "plaene-2.geojson")
        [withdrawn] = coordinate(mailed, cluster, now=WITHDRAWN).created
    assert (withdrawn["reason"], withdrawn["earlier_withdrawal"]) == ("withdrawn", None)
    assert "Plan zurückgezogen: „Am Grenzbach“" in _text(mailbox.messages[-1])
    assert sorted(_feed(settings, "sankt-wendel")) == ["Neuer Plan in Ihrer Nähe: „Am Grenzbach“ (Landkreis Kusel)",
                                                       "Plan zurückgezogen: „Am Grenzbach“ (Landkreis Kusel)"]
