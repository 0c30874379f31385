"""What analysts find in the warehouse besides the datasets: the data dictionary derived from
schemas/, the members' areas, and documented views for the questions the cluster asks most.

| view / table | answers |
|---|---|
| `data_dictionary` | every field of every dataset: label, description, type, code list, personal or not |
| `member_areas` | each member's territory (VG5000, WGS84) with name, AGS/ARS |
| `upcoming_events` | current events from today on, by start (Europe/Berlin) |
| `vacancies_by_type` | current vacancies per member and type: count, floor area, months vacant |
| `building_plans_near_other_members` | plans within 2 km of another member's territory, with the distance |
| `machine_lending` | municipal machines lent to farmers, with price per hour/day |
"""
from __future__ import annotations

import pandas as pd
import shapely

from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.geocoding.coordinates import METRIC_CRS
from pipelines.geocoding.gazetteer import member_area
from schemas import load_schemas

NEAR_M = 2000

VIEWS = {
    "upcoming_events": ("Kommende Veranstaltungen ab heute, nach Beginn", """
        SELECT municipality, title, start, "end", venue, place, category, url, geometry
        FROM events WHERE coalesce("end", start) >= current_date ORDER BY start"""),
    "vacancies_by_type": ("Aktueller Leerstand je Mitglied und Objektart: Anzahl, Fläche, "
                          "Monate leer", """
        SELECT municipality, property_type, count(*) AS objects,
               sum(floor_area_m2) AS floor_area_m2,
               round(median(date_diff('month', vacant_since, current_date)), 1) AS median_months_vacant,
               max(date_diff('month', vacant_since, current_date)) AS longest_months_vacant
        FROM vacancies GROUP BY ALL ORDER BY municipality, objects DESC"""),
    "building_plans_near_other_members": (f"Bebauungspläne höchstens {NEAR_M} m vom Gebiet eines "
                                          f"anderen Mitglieds entfernt", f"""
        SELECT p.municipality AS plan_member, a.member AS near_member, p.name, p.number,
               p.legal_status, round(ST_Distance(
                   ST_Transform(p.geometry, 'EPSG:4326', '{METRIC_CRS}', true),
                   ST_Transform(a.geometry, 'EPSG:4326', '{METRIC_CRS}', true))) AS distance_m
        FROM building_plans p JOIN member_areas a ON a.member <> p.municipality
        WHERE ST_DWithin(ST_Transform(p.geometry, 'EPSG:4326', '{METRIC_CRS}', true),
                         ST_Transform(a.geometry, 'EPSG:4326', '{METRIC_CRS}', true), {NEAR_M})
        ORDER BY distance_m"""),
    "machine_lending": ("Maschinenverleih an Landwirte (Angebote der Kategorie Maschinenverleih)", """
        SELECT municipality, title, provider, place, price_eur, price_unit, valid_from,
               valid_until, url, geometry
        FROM offers WHERE category = 'maschinenverleih' ORDER BY municipality, title"""),
}


def load_analysis(connection, settings: Settings, cluster: Cluster) -> None:
    """(Re)create data_dictionary, member_areas and the views inside the refresh transaction."""
    dictionary = pd.DataFrame([{
        "dataset": schema.key, "dataset_title": schema.title, "position": position,
        "field": f.name, "label": f.label, "description": f.description, "type": f.type,
        "required": f.required, "personal": f.personal,
        "published": f in schema.publishable_fields, "stored": f in schema.stored_fields,
        "code_list": f.code_list.name if f.code_list else None,
        "codes": "; ".join(f"{c.code} = {c.label}" for c in f.code_list.codes) if f.code_list else None,
        "format": f.format,
    } for schema in load_schemas().values() for position, f in enumerate(schema.all_fields, 1)])
    connection.register("dictionary_rows", dictionary)
    connection.execute("CREATE OR REPLACE TABLE data_dictionary AS SELECT * FROM dictionary_rows")
    connection.unregister("dictionary_rows")
    connection.execute("COMMENT ON TABLE data_dictionary IS 'Felder aller Datensatzarten, "
                       "abgeleitet aus schemas/ (Bezeichnung, Beschreibung, Typ, Codeliste, "
                       "personenbezogen, veröffentlicht)'")
    areas = []
    for member in cluster.members.values():
        area = member_area(settings, cluster, member)
        shape = area.municipalities.to_crs("EPSG:4326").union_all()
        areas.append({"member": member.key, "name": member.name, "ags": member.ags,
                      "ars": member.ars, "geometry": shapely.to_wkb(shape)})
    connection.register("area_rows", pd.DataFrame(areas))
    connection.execute("CREATE OR REPLACE TABLE member_areas AS SELECT member, name, ags, ars, "
                       "ST_GeomFromWKB(geometry) AS geometry FROM area_rows")
    connection.unregister("area_rows")
    connection.execute("COMMENT ON TABLE member_areas IS 'Gebiete der Mitglieder (VG5000, WGS84)'")
    for name, (comment, query) in VIEWS.items():
        connection.execute(f"CREATE OR REPLACE VIEW {name} AS {query}")
        connection.execute(f"COMMENT ON VIEW {name} IS '{comment}'")
