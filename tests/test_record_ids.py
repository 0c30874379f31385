"""Record ids of deliveries without the member's own id: made of the natural key, the same in
every run and encoding of the same delivery – else citizens' calendars and the catalogue show
an unchanged event as deleted and added again."""
import csv
import io
from dataclasses import replace

import pyarrow.parquet as pq

from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.unchanged import MARKER
from pipelines.storage.lake import partition_path
from support.cli import SAMPLES


def _kusel_events(rows: int) -> tuple[list[str], list[list[str]]]:
    """The header and the first `rows` events of Kusel's sample that Windows-1252 can
    spell, without their own ids; every second one with its postcode in the place column
    ("66871 Theisbergstegen"), as many lists keep it."""
    header, *events = csv.reader(io.StringIO(
        (SAMPLES / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8-sig")),
        delimiter=";")
    postcode, place = header.index("PLZ"), header.index("Ort")
    chosen = [row for row in events if ";".join(row).encode("cp1252", "ignore").decode("cp1252")
              == ";".join(row)][:rows]
    for row in chosen[::2]:
        row[postcode], row[place] = "", f"{row[postcode]} {row[place]}"
    return header[1:], [row[1:] for row in chosen]


def _text(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
    return out.getvalue()


def _stored(data_dir) -> dict[str, dict]:
    table = pq.read_table(partition_path(data_dir / "lake", "events", "kusel"),
                          columns=["record_id", "title", "place", "postcode", "withdrawn_at"])
    return {row["record_id"]: row for row in table.to_pylist()}


def test_the_same_events_keep_their_ids_run_after_run_and_in_windows_1252(settings, cluster,
                                                                           tmp_path):
    """Kusel delivers its events without ids, places partly as "PLZ Ort": the same delivery
    read again, a later one with one more event, then that in Windows-1252 instead of UTF-8
    keep every id."""
    delivery = tmp_path / "veranstaltungen.csv"
    source = replace(cluster.member("kusel").sources["events"], location=delivery)
    header, rows = _kusel_events(13)

    def run(text: str, encoding: str) -> dict[str, dict]:
        delivery.write_bytes(text.encode(encoding))
        assert ingest_source(settings, cluster, source).status == "ok"
        return _stored(settings.data_dir)

    first = run(_text(header, rows[:12]), "utf-8-sig")
    # the places given as "PLZ Ort" are stored split, with their postcode (one of the sample's
    # events starts on 31 February: rejected)
    assert len(first) == 11 and all(row["postcode"] and not row["place"][:1].isdigit()
                                    for row in first.values())
    # the same bytes once more, read again as after a change of another member's entry
    (partition_path(settings.lake_dir, "events", "kusel").parent / MARKER).unlink()
    assert run(_text(header, rows[:12]), "utf-8-sig") == first
    later = run(_text(header, rows), "utf-8-sig")
    assert set(later) > set(first) and len(later) == 12
    assert all(later[record]["withdrawn_at"] is None for record in later)
    again = run(_text(header, rows), "cp1252")
    assert again == later
