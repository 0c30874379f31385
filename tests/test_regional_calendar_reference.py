"""The regional calendar and its iCalendar files, fast and as first written: the merge
(`merge_events`, pairs looked up by cells and slots, titles folded in Arrow) must give the
events and the table of merges that comparing every pair record by record gives
(`support.regional_reference`; the fast one as the exports' Arrow table), and every
calendar – cut by record id, or per category and surroundings written side by side – must be
byte for byte what icalendar builds component by component (`support.ical_reference`) – on
hostile values and on the bundled samples."""
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from pipelines.coordination.calendar import around, event_points, folded, merge_events
from pipelines.coordination.config import calendar_rules
from pipelines.core.german import german_number
from pipelines.core.settings import Settings
from pipelines.export import calendar
from pipelines.export.calendar import (member_and_regional_vevents, regional_calendars, vevents,
                                       write_ical)
from pipelines.export.files import _released_records
from pipelines.geocoding.gazetteer import member_area
from pipelines.storage.lake import from_arrow
from schemas import load_schema
from support.ical_reference import events_table, reference_calendar
from support.regional_reference import reference_merge, word_folded

ABOUT = {"title": "Regionalkalender", "description": "Alle Termine.", "publisher": "Landkreis Kusel",
         "license_title": "DL-DE-BY 2.0",
         "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "attribution": ["© GeoBasis-DE"],
         "attribution_text": "Landkreis Kusel; © GeoBasis-DE", "schema_version": "1.0", "schema_hash": "0" * 64}
# Spellings of the same events and of others, as members write them.
TITLES = ["Straßenfest in Müllers Höhe", "STRASSENFEST IN MUELLERS HOEHE", "Strassenfest in Müllers  Höhe",
          "Straßen-Fest in Müllers_Höhe", "Café-Konzert", "Cafe Konzert", "CAFÉ\u00a0KONZERT", "Café\tKonzert 2026",
          "Ärztevortrag: „Herz“; Teil 1", "aerztevortrag herz teil 1", "Weihnachtsmarkt", "Weinfest",
          "ẞ-Lauf", "ss lauf", "ﬁlmabend", "Filmabend", "Kerwe\\Umzug, mit Musik", "kerwe umzug mit musik",
          "İnci Özdemir liest", "inci ozdemir liest", "", "  ", "Ölmühle\u0308 öffnet", "Oelmuehle oeffnet"]
VENUES = ["Dorfplatz", "DORFPLATZ", "Dorf-Platz", "Bürgerhaus", "Buergerhaus", "", None, "Halle|Süd"]
PLACES = ["Grenzdorf", "GRENZDORF", "Kusel", "", None]
MEMBERS = ["kusel", "sankt-wendel", "kaiserslautern", "unbekannt"]


def hostile_records(count: int, seed: int) -> pd.DataFrame:
    """Events of several members close in time and place: the same event in other spellings,
    a few minutes or metres apart, at the edges of the window and of the cells, around the
    change to summer time, without position, end or venue, all-day ones."""
    rng = np.random.default_rng(seed)
    # 02:00 CET becomes 03:00 CEST; 03:00 CEST becomes 02:00 CET again.
    base = pd.to_datetime(rng.choice(["2026-03-29 00:40", "2026-10-25 00:20"], count), utc=True)
    starts = base + pd.to_timedelta(rng.choice([0, 5, 10, 14, 15, 16, 30, 45, 60, 15 * 60], count)
                                    + rng.integers(0, 3, count) * 0.5, unit="min")
    ends = pd.Series(starts + pd.Timedelta(hours=2)).where(rng.random(count) > 0.2)
    lat = 49.5 + rng.choice([0.0, 0.0005, 0.0018, 0.0036, 0.01], count) + rng.integers(0, 3, count) * 1e-5
    lon = 7.4 + rng.choice([0.0, 0.0005, 0.0028, 0.01], count)
    unlocated = rng.random(count) < 0.1
    seen = pd.Timestamp("2026-03-01 09:00", tz="UTC") + pd.to_timedelta(rng.integers(0, 4, count), unit="D")
    return pd.DataFrame({
        "record_id": [f"{n:04d}-{rng.integers(1000)}" for n in range(count)],
        "municipality": rng.choice(MEMBERS, count), "title": rng.choice(TITLES, count),
        "start": starts, "end": ends, "all_day": pd.array(np.where(rng.random(count) < 0.15, True, None), dtype="boolean"),
        "venue": rng.choice(np.array(VENUES, dtype=object), count),
        "place": rng.choice(np.array(PLACES, dtype=object), count),
        "lat": np.where(unlocated, np.nan, lat), "lon": np.where(unlocated, np.nan, lon),
        "first_seen": seen, "last_seen": seen + pd.Timedelta(hours=1),
        "description": rng.choice(np.array([None, "", "Zeile eins\nZeile zwei; mit Komma, Semikolon\\",
                                            "ä" * 80 + "\\n", "Öffnung " * 30], dtype=object), count),
        "category": rng.choice(np.array(["konzert", "markt", "", None], dtype=object), count),
        "url": rng.choice(np.array(["https://example.org/a?b=c,d;e", "", None], dtype=object), count),
        "street": rng.choice(np.array(["Mühlenweg", "", None], dtype=object), count),
        "housenumber": rng.choice(np.array(["22a", None], dtype=object), count),
        "postcode": rng.choice(np.array(["66871", None], dtype=object), count),
        "organiser": rng.choice(np.array(['Verein: "A", B; C', "Musikverein e. V.", None], dtype=object), count),
        "email": rng.choice(np.array(["kultur@example.org", None], dtype=object), count)})


def _same(fast, reference) -> None:
    expected = events_table(reference.events)
    assert fast.events.equals(expected), [name for name in expected.column_names
                                          if not fast.events[name].equals(expected[name])]
    pd.testing.assert_frame_equal(fast.merges, reference.merges)
    assert fast.rows.tolist() == reference.rows.tolist()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merging_hostile_events_gives_what_comparing_every_pair_gives(cluster, seed):
    records = hostile_records(300, seed)
    rules = calendar_rules(cluster)
    fast = merge_events(events_table(records), cluster, rules)
    _same(fast, reference_merge(records, cluster, rules))
    assert len(fast.merges) > 20 and fast.merges["same_venue"].any() and not fast.merges["same_venue"].all()
    assert (fast.events["members"].to_pandas().str.count(",") >= 2).any()  # groups of three members
    # Pairs listed under never_merge stay apart, in both.
    apart = replace(rules, never_merge=frozenset(
        frozenset(pair) for pair in fast.merges[["record_id_a", "record_id_b"]].head(5).to_numpy().tolist()))
    _same(merge_events(events_table(records), cluster, apart), reference_merge(records, cluster, apart))


def test_a_calendar_without_close_events_merges_nothing(cluster):
    records = hostile_records(60, 4).assign(municipality="kusel")
    _same(merge_events(events_table(records), cluster, calendar_rules(cluster)),
          reference_merge(records, cluster, calendar_rules(cluster)))
    assert merge_events(events_table(records), cluster, calendar_rules(cluster)).merges.empty


def test_titles_fold_as_schemas_fold_folds_each_word():
    rng = np.random.default_rng(5)
    letters = list("aZ -_\t\n\x0b\x0c\r\x1c\x1f\x00äöüÄÖÜßẞéÉ\u0301\u0308\u00a0\u2003\u3000ﬁİıǅ½№€\\;,|")
    texts = ["".join(rng.choice(letters, rng.integers(0, 12))) for _ in range(3000)] + TITLES + [None]
    assert folded(pd.Series(texts, dtype=object)).tolist() == [word_folded(text) for text in texts]


def test_calendars_cut_from_hostile_events_are_those_icalendar_writes(cluster, tmp_path):
    records = hostile_records(120, 6).assign(title=lambda frame: frame["title"] + " " + "€ä\\;,ß" * 20)
    regional = merge_events(events_table(records), cluster, calendar_rules(cluster))
    events = vevents(regional.events)
    frame = regional.events.to_pandas()
    # Calendars cut from the regional calendar (any rows, in any order, or one run of them, as
    # a member's records are) and made on their own.
    cuts = {"alle": frame, "ganztaegig": frame[frame["all_day"].eq(True)], "mitte": frame.iloc[10:40],
            "rueckwaerts": frame.iloc[::-3], "leer": frame.iloc[:0]}
    for name, part in cuts.items():
        table = regional.events.take(part.index.to_numpy())
        assert write_ical(table, tmp_path / f"{name}.ics", ABOUT, events).read_bytes() == \
            reference_calendar(part, ABOUT), name
        assert write_ical(table, tmp_path / f"{name}-allein.ics", ABOUT).read_bytes() == \
            reference_calendar(part, ABOUT), name


def test_vevents_made_together_are_those_made_apart(cluster, tmp_path):
    """The members' and the regional calendar's VEVENTs made together (sharing all but the
    description) write what each made on its own writes, merged events left out."""
    records = events_table(hostile_records(300, 7))
    regional = merge_events(records, cluster, calendar_rules(cluster))
    assert 0 < len(regional.rows) < records.num_rows
    for made, table in zip(member_and_regional_vevents(records, regional), (records, regional.events)):
        for name, cut in {"alle": table, "rueckwaerts": table.take(np.arange(table.num_rows)[::-2])}.items():
            assert write_ical(cut, tmp_path / f"{name}-zusammen.ics", ABOUT, made).read_bytes() == \
                write_ical(cut, tmp_path / f"{name}-allein.ics", ABOUT).read_bytes(), name


def test_the_samples_merge_and_write_as_first_written(demo_data, cluster, tmp_path, monkeypatch):
    settings = Settings(data_dir=demo_data, config_path=Settings.from_env().config_path)
    schema = load_schema("events")
    table = _released_records(settings, "events", tmp_path, set())
    records = from_arrow(table)
    assert records["municipality"].nunique() >= 5
    rules = calendar_rules(cluster)
    regional = merge_events(table, cluster, rules)
    reference = reference_merge(records, cluster, rules)
    _same(regional, reference)
    events = member_and_regional_vevents(table, regional)[1]
    path = write_ical(regional.events, tmp_path / "suedwest-cluster.ics", ABOUT, events)
    assert path.read_bytes() == reference_calendar(reference.events, ABOUT)
    # The calendars per category and per member's surroundings, written a few events at a
    # time (slices all in a file, partly, not at all), as icalendar writes each.
    monkeypatch.setattr(calendar, "_SLICE", 5)
    written = regional_calendars(settings, cluster, tmp_path, regional, ABOUT, events)
    frame, points = reference.events, event_points(regional.events)
    cuts = {f"kategorie-{code.code}.ics": (frame["category"] == code.code, f"{ABOUT['title']}: {code.label}")
            for code in schema.field("category").code_list.codes}
    cuts |= {f"umkreis-{key}.ics": (around(points, member_area(settings, cluster, member).municipalities
                                           .union_all(), rules.around_km),
                                    f"Veranstaltungen bis {german_number(rules.around_km)} km um {member.name}")
             for key, member in cluster.members.items()}
    assert [path.name for path in written[:-1]] == list(cuts)
    kinds = {(chosen.all(), chosen.any()) for mask, _ in cuts.values()
             for chosen in np.array_split(np.asarray(mask), range(5, len(frame), 5))}
    assert kinds == {(True, True), (False, True), (False, False)}
    for path, (mask, title) in zip(written, cuts.values()):
        assert path.read_bytes() == reference_calendar(frame[mask], {**ABOUT, "title": title}), path.name
