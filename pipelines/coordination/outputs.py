"""What a receiver gets: an Atom feed of all its notifications, a GeoJSON of the plans still
open for it (export/coordination/<receiver>.atom|.geojson) and a German mail digest.

GeoJSON properties borrow XBeteiligung's vocabulary where a term fits (planID, planname,
planart, verfahrensschritt, beteiligungszeitraum, geltungsbereich, gemeinde); the files are
no XBeteiligung messages, but a receiving system can map them one to one.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import mapping

from pipelines.coordination.config import FEED_FOLDER, Receiver, feed_base_url
from pipelines.core.cluster import Cluster
from pipelines.core.feeds import Entry, write_feed
from pipelines.core.files import atomic_write
from pipelines.core.geometry import geojson_rounded
from pipelines.core.german import BERLIN, counted, german_number
from pipelines.core.mail import Mail, MailError, send
from pipelines.core.settings import Settings
from pipelines.geocoding.coordinates import METRIC_CRS
from schemas import load_schema

# The digest's attachment at most: base64 makes 4.7 MB of it, and the whole mail stays under
# 5 MB – the smallest limit municipal mail gateways are commonly set to (Exchange's default is
# 10 MB, counted after encoding); a digest of full plans near the 250,000-point limit bounced.
MAX_ATTACHMENT_BYTES = 3_500_000
# How far a boundary shown in the attachment may stray from the delivered one, tried in turn
SIMPLIFIED_M = (1.0, 5.0, 25.0)
REASONS = {"new": "Neuer Plan in Ihrer Nähe", "reopened": "Plan wieder aufgenommen",
           "existing": "Bestehender Plan übernommen (Verfahren bereits abgeschlossen)",
           "changed": "Plan geändert", "in_force": "Plan in Kraft getreten", "withdrawn": "Plan zurückgezogen"}

# „zu Ihrem …“ and „an Ihr …“ by the area a receiver's notices name (Receiver.area)
YOUR = {"Gemeinde": ("Ihrer", "Ihre"), "Verbandsgemeinde": ("Ihrer", "Ihre"),
        "Kreisgebiet": ("Ihrem", "Ihr"), "Gebiet": ("Ihrem", "Ihr")}

# What changed since the receiver's previous notice of a plan, by notification id: each part
# with what it was before, if that can be said („Verfahrensstand“, „Entwurf“), or None
# („Geltungsbereich“, None); pipelines/coordination/notify.py `_changes`.
Changes = dict[str, list[tuple[str, str | None]]]


def feed_dir(settings: Settings) -> Path:
    return settings.export_dir / FEED_FOLDER


def write_outputs(settings: Settings, cluster: Cluster, receiver: Receiver, rows: list[dict],
                  plans: gpd.GeoDataFrame, changes: Changes, latest: dict[str, dict]
                  ) -> list[Path]:
    """`changes`: what changed, by notification id; `latest`: the last notification of each
    plan (pipelines/coordination/notify.py)."""
    entries = [Entry(id=f"urn:uuid:{row['notification_id']}", title=_title(cluster, row, changes),
                     updated=datetime.fromisoformat(row["created_at"]),
                     summary=_text(cluster, receiver, row, changes), link=row["url"]) for row in rows]
    feed = write_feed(feed_dir(settings) / f"{receiver.key}.atom",
                      f"urn:swdp:coordination:{receiver.key}",
                      f"Bauleitplanung in der Nachbarschaft – {receiver.name}", entries,
                      self_url=_public_address(cluster, receiver, "atom"))
    open_rows = [row for row in latest.values() if row["reason"] != "withdrawn"]
    geojson = feed_dir(settings) / f"{receiver.key}.geojson"
    _write_geojson(geojson, cluster, f"Offene Mitteilungen zur Bauleitplanung – {receiver.name}",
                   open_rows, plans, changes)
    return [feed, geojson]


def send_digest(settings: Settings, cluster: Cluster, receiver: Receiver, rows: list[dict],
                plans: gpd.GeoDataFrame, changes: Changes) -> str | None:
    """Mail the digest of `rows` to the receiver's data office; returns why it failed, if it did.
    Plans taken over with their procedure already over are one line, not a notice each."""
    # what asks for an answer first: new plans, then changes, then withdrawals, nearest first
    notices = sorted((row for row in rows if row["reason"] != "existing"), key=lambda row: (
        list(REASONS).index(row["reason"]), row["distance_m"], _unquoted(row["plan_name"])))
    existing = [row for row in rows if row["reason"] == "existing"]
    # a Verbandsgemeinde hears of plans near any of its municipalities: it reads which area
    area = f"Ihrem Gebiet ({receiver.name})" if receiver.ars else "Ihrem Gebiet"
    intro = (f"die Südwest-Cluster Datenplattform meldet Ihnen Bebauungspläne der Nachbarn, deren "
             f"Geltungsbereich höchstens {german_number(receiver.distance_m)} m von {area} "
             f"entfernt liegt (interkommunale Abstimmung nach § 2 Abs. 2 BauGB).")
    attachment, simplified = _attachment(cluster, rows, plans, changes)
    closing = [line for line in (_taken_over(cluster, existing, bool(notices)),
                                 _where_to_find(cluster, receiver, attachment, simplified)) if line]
    text = "\n\n".join(["Guten Tag,", intro, *[f"{number}. {_title(cluster, row, changes)}\n{_text(cluster, receiver, row, changes, indent='   ')}"
                                              for number, row in enumerate(notices, start=1)], *closing,
                        "Mit freundlichen Grüßen\nSüdwest-Cluster Datenplattform"])
    items = "".join(f"<li><p><b>{html.escape(_title(cluster, row, changes))}</b><br>"
                    f"{'<br>'.join(map(html.escape, _lines(cluster, receiver, row, changes)))}</p></li>" for row in notices)
    page = (f"<p>Guten Tag,</p><p>{html.escape(intro)}</p>{f'<ol>{items}</ol>' if items else ''}"
            f"{''.join(f'<p>{html.escape(line)}</p>' for line in closing)}"
            f"<p>Mit freundlichen Grüßen<br>Südwest-Cluster Datenplattform</p>")
    subject = (counted(len(notices), "Mitteilung", "Mitteilungen") if notices else
               counted(len(existing), "bestehender Plan", "bestehende Pläne"))
    mail = Mail(to=(receiver.mailbox,), subject=f"Bauleitplanung in Ihrer Nachbarschaft: {subject}",
                text=text, html=page, sender=cluster.mail_sender,
                # a neighbour's Bauamt answering reaches the cluster, not the no-reply sender
                reply_to=(cluster.data_office,),
                attachments=(("geltungsbereiche.geojson", attachment, "application/geo+json"),)
                if attachment else ())
    try:
        send(settings, mail)
    except MailError as error:
        return f"{receiver.name}: {error}"
    return None


def _taken_over(cluster: Cluster, rows: list[dict], besides_notices: bool) -> str | None:
    """„Außerdem wurden 12 bereits rechtskräftige Pläne übernommen (…)“: plans whose procedure
    was over when the platform first saw them, by the member that delivered them."""
    if not rows:
        return None
    ended = sum(phase(row["legal_status"]) == "ended" for row in rows)
    kinds = " und ".join(part for count, part in (
        (len(rows) - ended, counted(len(rows) - ended, "bereits rechtskräftiger Plan",
                                    "bereits rechtskräftige Pläne")),
        (ended, counted(ended, "nicht mehr geltender Plan", "nicht mehr geltende Pläne"))) if count)
    members = Counter(cluster.member_name(row["from_member"]) for row in rows)
    origin = "; ".join(f"{name}: {german_number(count)}" for name, count in sorted(members.items()))
    one = len(rows) == 1
    return (f"{'Außerdem wurde' if besides_notices else 'Es wurde'}{'' if one else 'n'} {kinds} "
            f"übernommen ({origin}) – ohne Einzelmeldung, weil {'sein' if one else 'ihr'} Verfahren "
            f"schon abgeschlossen ist; {'er steht' if one else 'sie stehen'} im Atom-Feed und in "
            f"der GeoJSON-Datei.")


def _attachment(cluster: Cluster, rows: list[dict], plans: gpd.GeoDataFrame, changes: Changes
                ) -> tuple[bytes | None, float | None]:
    """The Geltungsbereiche of `rows` as GeoJSON for the mail, and by how many metres they
    were simplified to stay under MAX_ATTACHMENT_BYTES (None: as delivered); no attachment
    when even the coarsest simplification is too large."""
    encoded = lambda shown: json.dumps(_feature_collection(cluster, "Geltungsbereiche", rows, shown, changes),
                                       ensure_ascii=False).encode()
    attachment = encoded(plans)
    if len(attachment) <= MAX_ATTACHMENT_BYTES:
        return attachment, None
    mine = plans.loc[plans.index.intersection([row["plan_record_id"] for row in rows])]
    metric = mine.geometry.to_crs(METRIC_CRS)
    for tolerance in SIMPLIFIED_M:
        attachment = encoded(mine.set_geometry(metric.simplify(tolerance).to_crs(mine.crs)))
        if len(attachment) <= MAX_ATTACHMENT_BYTES:
            return attachment, tolerance
    return None, None


def _where_to_find(cluster: Cluster, receiver: Receiver, attachment: bytes | None,
                   simplified: float | None) -> str:
    """Where the feed and the GeoJSON are, at their public address if one is configured: a
    path on the platform's machine would mean nothing to a neighbour's Bauamt. An attachment
    simplified or left out to keep the mail small says so beside the full file."""
    attached = (" (auch im Anhang)" if attachment and simplified is None else
                f" (im Anhang für die Anzeige vereinfacht, Abweichung bis {german_number(simplified)} m, "
                f"damit die Mail nicht zu groß für Mailserver wird)" if attachment else
                " (nicht angehängt: die Mail wäre selbst mit vereinfachten Geltungsbereichen zu "
                "groß für Mailserver)")
    geojson = _public_address(cluster, receiver, "geojson")
    if geojson:
        return (f"Alle Mitteilungen stehen im Atom-Feed {_public_address(cluster, receiver, 'atom')}, "
                f"die offenen Pläne mit Geltungsbereich in {geojson}{attached}.")
    return (f"Alle Mitteilungen sammelt die Geschäftsstelle des Clusters in einem Atom-Feed, die "
            f"offenen Pläne mit Geltungsbereich in einer GeoJSON-Datei{attached}; "
            f"eine öffentliche Adresse dafür ist noch nicht eingerichtet – auf Wunsch schickt die "
            f"Geschäftsstelle ({cluster.data_office}) beides zu.")


def _public_address(cluster: Cluster, receiver: Receiver, kind: str) -> str | None:
    """The public address of the receiver's feed („atom“) or GeoJSON, if feeds have one."""
    base = feed_base_url(cluster)
    return f"{base}{receiver.key}.{kind}" if base else None


def _title(cluster: Cluster, row: dict, changes: Changes) -> str:
    return (f"{_reason(row, changes)}: „{_unquoted(row['plan_name'])}“ "
            f"({cluster.member_name(row['from_member'])})")


def _reason(row: dict, changes: Changes) -> str:
    """Why the notice, in its title and the GeoJSON's „anlass“: for a change, what changed
    („Verfahrensstand geändert“) – the line „Geändert: …“ says what it was before."""
    changed = changes.get(row["notification_id"])
    if row["reason"] == "changed" and changed:
        return f"{' und '.join(what for what, _ in changed)} geändert"
    return REASONS[row["reason"]]


def _unquoted(name: str | None) -> str:
    """A plan name delivered in quotes ('"Heideweg"', as XPlanGML files write them): without
    them, so the notice does not quote it twice."""
    name = (name or "").strip()
    if len(name) > 1 and name[0] in "\"„“'‚" and name[-1] in "\"“”'‘":
        return name[1:-1].strip()
    return name


def _text(cluster: Cluster, receiver: Receiver, row: dict, changes: Changes, indent: str = "") -> str:
    return "\n".join(indent + line for line in _lines(cluster, receiver, row, changes))


def _lines(cluster: Cluster, receiver: Receiver, row: dict, changes: Changes) -> list[str]:
    place = row["plan_municipality"] or cluster.member_name(row["from_member"])
    lines = [f"Plangemeinde: {place}" + (f", Plannummer {row['plan_number']}" if row["plan_number"] else ""),
             f"Verfahrensstand: {stage(row['legal_status'])}"]
    if row["earlier_withdrawal"]:
        lines.append(f"Zuvor zurückgezogen: am {_berlin_day(row['earlier_withdrawal']):%d.%m.%Y}")
    if row["notification_id"] in changes:
        lines.append("Geändert: " + " und ".join(
            f"{what} (bisher: {before})" if before else what
            for what, before in changes[row["notification_id"]]))
    if row["display_start"]:
        lines.append(f"Öffentliche Auslegung: {_day(row['display_start'])} bis "
                     f"{_day(row['display_end']) if row['display_end'] else 'offen'}")
    lines.append(_distance_line(receiver, row))
    if row["url"]:
        lines.append(f"Planunterlagen: {row['url']}")
    return lines


def _distance_line(receiver: Receiver, row: dict) -> str:
    """„Abstand: 850 m zu Ihrer Gemeinde Unkel (AGS 07138073)“; the area of a Kreis or a
    Verbandsgemeinde by its level, with its nearest municipality („zu Ihrem Kreisgebiet
    (nächste Gemeinde: …)“). 0 m: the plan touches or crosses the boundary – „0 m zu …“ read
    as merely next to it."""
    to, onto = YOUR[receiver.area]
    if receiver.area == "Gemeinde":
        nearest = f"Gemeinde {row['nearest_name']} (AGS {row['nearest_ags']})"
        return (f"Abstand: 0 m – der Geltungsbereich grenzt an {onto} {nearest} oder reicht in sie "
                f"hinein" if row["distance_m"] == 0 else
                f"Abstand: {german_number(row['distance_m'])} m zu {to} {nearest}")
    nearest = f"{row['nearest_name']}, AGS {row['nearest_ags']}"
    return (f"Abstand: 0 m – der Geltungsbereich grenzt an {onto} {receiver.area} (Gemeinde "
            f"{nearest}) oder reicht hinein" if row["distance_m"] == 0 else
            f"Abstand: {german_number(row['distance_m'])} m zu {to} {receiver.area} "
            f"(nächste Gemeinde: {nearest})")


def stage(code: str | None) -> str:
    if not code:
        return "nicht angegeben"
    return load_schema("building_plans").field("legal_status").code_list.label(code)


def phase(legal_status) -> str | None:
    """procedure, in_force or ended (schemas/building_plans.yaml); None when not delivered."""
    if not isinstance(legal_status, str) or not legal_status:
        return None
    return load_schema("building_plans").field("legal_status").code_list.phase(legal_status)


def _day(value: str) -> str:
    return date.fromisoformat(value).strftime("%d.%m.%Y")


def _berlin_day(value: str) -> date:
    """The day of an instant (ISO, UTC) in Berlin."""
    return datetime.fromisoformat(value).astimezone(BERLIN).date()


def _write_geojson(path: Path, cluster: Cluster, name: str, rows: list[dict],
                   plans: gpd.GeoDataFrame, changes: Changes) -> None:
    document = _feature_collection(cluster, name, rows, plans, changes)
    atomic_write(path, lambda partial: Path(partial).write_text(
        json.dumps(document, ensure_ascii=False), encoding="utf-8"), keep_unchanged=True)


def _feature_collection(cluster: Cluster, name: str, rows: list[dict],
                        plans: gpd.GeoDataFrame, changes: Changes) -> dict:
    licence = cluster.licences[cluster.licence]
    return {"type": "FeatureCollection", "name": name, "publisher": cluster.title, "license": licence["url"],
            "license_title": licence["title"], "attribution": cluster.attributions(),
            "features": [_feature(cluster, row, plans, changes) for row in rows]}


def _feature(cluster: Cluster, row: dict, plans: gpd.GeoDataFrame, changes: Changes) -> dict:
    geometry = plans.geometry.get(row["plan_record_id"]) if row["plan_record_id"] in plans.index else None
    return {"type": "Feature", "id": row["notification_id"],
            "geometry": (mapping(shapely.transform(geometry, geojson_rounded, include_z=None))
                         if geometry is not None else None),
            "properties": {
                "planID": row["plan_record_id"], "planname": row["plan_name"],
                "plannummer": row["plan_number"], "planart": row["plan_type"],
                "verfahrensschritt": stage(row["legal_status"]), "rechtsstand": row["legal_status"],
                "beteiligungszeitraum": {"beginn": row["display_start"], "ende": row["display_end"]},
                "gemeinde": {"ags": row["plan_ags"], "name": row["plan_municipality"]},
                "mitteilungVon": cluster.member_name(row["from_member"]),
                "anlass": _reason(row, changes), "abstandMeter": row["distance_m"],
                "zuvorZurueckgezogen": (_berlin_day(row["earlier_withdrawal"]).isoformat()
                                        if row["earlier_withdrawal"] else None),
                "naechsteGemeinde": {"ags": row["nearest_ags"], "name": row["nearest_name"]},
                "planunterlagen": row["url"],
                "erstellt": datetime.fromisoformat(row["created_at"]).astimezone(BERLIN).isoformat(),
            }}
