#!/usr/bin/env python3
"""Beispiel-Lieferungen der sechs Mitglieder erzeugen (Entwicklerwerkzeug).

Schreibt die 24 Dateien, die ``cluster.yaml`` als ``location`` der Quellen nennt, nach
``samples/deliveries/<mitglied>/``. Die Spaltennamen kommen aus dem ``mapping`` der Quelle,
ohne ``mapping`` aus den deutschen Feldbezeichnungen (``label``) der Schemas. Orte,
Postleitzahlen und Gemeindeschlüssel werden zur Laufzeit aus den Geodaten unter
``/work/shared/geodata`` gelesen (GeoNames-PLZ, BKG VG5000; Pfad über ``SUEDWEST_GEODATA``
änderbar) und nicht ins Repository kopiert. Anbieter, Personen, Straßenadressen und
Kontaktdaten sind erfunden.

Deterministisch: ein Zufallsgenerator ``random.Random(2026)``, feste Zeitstempel.

    .venv/bin/python samples/make_deliveries.py

Die absichtlich fehlerhaften Datensätze (für die Quarantäne-Demo) erzeugen die Funktionen
in ``FLAWS``; sie sind in ``samples/README.md`` aufgeführt.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import random
import re
import sys
import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import geopandas as gpd
import icalendar
import openpyxl
import pandas as pd
import shapely
import yaml
from openpyxl.styles import Font
from pyproj import Transformer
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry import mapping as to_geojson
from shapely.geometry.polygon import orient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True  # nichts außerhalb von samples/ anlegen
from schemas import load_schema  # noqa: E402  Feldbezeichnungen und Codelisten

GEODATA = Path(os.environ.get("SUEDWEST_GEODATA", "/work/shared/geodata"))
POSTCODES_FILE = GEODATA / "geonames-postal" / "DE.txt"
MUNICIPALITIES_FILE = GEODATA / "bkg-vg5000-2021" / "VG5000_GEM.shp"

SEED = 2026
TZ = ZoneInfo("Europe/Berlin")
TODAY = dt.date(2026, 11, 20)  # Stichtag der Lieferungen
DTSTAMP = dt.datetime(2026, 11, 20, 5, 0, tzinfo=dt.timezone.utc)
EVENT_PERIOD = (dt.date(2026, 9, 1), dt.date(2027, 8, 31))
WORK_CRS = "EPSG:25832"  # alle Geometrien werden in UTM 32N gebaut
INWARD_BUFFER_M = 300  # Punkte halten so viel Abstand zur Grenze des Mitglieds
MONEY_FIELDS = {"price_eur", "rent_eur_month"}  # immer mit zwei Nachkommastellen
RECORD_COUNTS = {"offers": (45, 110), "vacancies": (32, 75),
                 "events": (130, 270), "building_plans": (32, 55)}

TO_WGS84 = Transformer.from_crs(WORK_CRS, "EPSG:4326", always_xy=True)
FROM_WGS84 = Transformer.from_crs("EPSG:4326", WORK_CRS, always_xy=True)

# --------------------------------------------------------------------------------------
# Inhalte (deutsch)
# --------------------------------------------------------------------------------------

COMMON_STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Mühlenweg", "Am Sportplatz",
    "Gartenstraße", "Bergstraße", "Lindenstraße", "Talstraße", "Ringstraße", "Waldstraße",
    "Wiesenstraße", "Friedhofstraße", "Am Brunnen", "Im Brühl", "Jahnstraße", "Rathausstraße",
    "Raiffeisenstraße", "Poststraße", "Lindenweg", "Auf der Höhe", "In den Gärten", "Am Weiher",
    "Kapellenstraße", "Brunnenstraße", "Schillerstraße", "Goethestraße", "Am Kirchberg",
    "Industriestraße", "Mühlstraße", "Burgstraße", "Neugasse", "Ahornweg", "Sonnenhang",
]
# Bekannte echte Straßen der größeren Städte (Schlüssel = Ortsname laut GeoNames).
TOWN_STREETS = {
    "Kaiserslautern": ["Marktstraße", "Fackelstraße", "Eisenbahnstraße", "Riesenstraße",
                       "Pariser Straße", "Mainzer Straße", "Richard-Wagner-Straße", "Schillerstraße"],
    "Kusel": ["Trierer Straße", "Marktplatz", "Bahnhofstraße"],
    "Mayen": ["Marktstraße", "Bäckerstraße", "Koblenzer Straße", "Polcher Straße"],
    "Andernach": ["Hochstraße", "Bahnhofstraße", "Koblenzer Straße"],
    "Bitburg": ["Trierer Straße", "Hauptstraße", "Saarstraße", "Römermauer"],
    "Prüm": ["Hahnplatz", "Kalvarienbergstraße", "Tiergartenstraße"],
    "Linz am Rhein": ["Marktplatz", "Rheinstraße", "Neustraße", "Mittelstraße"],
    "Sankt Wendel": ["Balduinstraße", "Wendalinusstraße", "Luisenstraße", "Brühlstraße"],
}
TOWNS = set(TOWN_STREETS)
# Ortsbezirke, die in Titeln statt der Stadt genannt werden.
DISTRICTS = {"Kaiserslautern": ["Siegelbach", "Erfenbach", "Hohenecken", "Dansenberg",
                                "Morlautern", "Erlenbach", "Mölschbach", "Einsiedlerhof"]}

FIRST_NAMES = [
    "Anna", "Sabine", "Petra", "Claudia", "Julia", "Katrin", "Monika", "Andrea", "Lena", "Birgit",
    "Ursula", "Sandra", "Nicole", "Heike", "Miriam", "Thomas", "Michael", "Stefan", "Andreas",
    "Markus", "Jürgen", "Klaus", "Frank", "Peter", "Matthias", "Jörg", "Christian", "Tobias",
    "Uwe", "Günter", "Rainer", "Dieter", "Björn", "Jonas",
]
LAST_NAMES = [
    "Müller", "Schmitt", "Schneider", "Becker", "Hoffmann", "Wagner", "Klein", "Weber", "Fischer",
    "Meyer", "Schäfer", "Koch", "Bauer", "Richter", "Wolf", "Schröder", "Neumann", "Zimmermann",
    "Braun", "Hartmann", "Lang", "Werner", "Jung", "Kaiser", "Fuchs", "Keller", "Theis", "Kremer",
    "Weirich", "Backes", "Thömmes", "Dahm", "Reuter", "Görgen", "Schömer", "Nikolay", "Ludwig",
]
PRIVATE_MAIL_DOMAINS = ["example.org", "example.com"]

OFFICE_MAILBOXES = {  # Zweck -> lokaler Teil des Funktionspostfachs beim Mitglied
    "wirtschaft": "wirtschaftsfoerderung", "tourismus": "tourismus", "kultur": "kultur",
    "maschinen": "maschinenverleih", "verein": "ehrenamt", "leerstand": "leerstand",
    "veranstaltungen": "veranstaltungen",
}

# (Bezeichnung, Preiseinheit, Preisspanne, Anbieter-Muster, Beschreibung)
BUSINESS_SERVICES = [
    ("Gründungsberatung", "pauschal", (0, 0), "Wirtschaftsförderung {genitive}",
     "Kostenlose Erstberatung zu Geschäftsidee, Finanzierung und Förderprogrammen."),
    ("Fördermittel-Check für kleine und mittlere Unternehmen", "pauschal", (0, 0),
     "Wirtschaftsförderung {genitive}",
     "Wir prüfen, welche Förderprogramme von Land, Bund und EU für Ihr Vorhaben passen."),
    ("Fachkräfte-Sprechstunde", "pauschal", (0, 0), "Wirtschaftsförderung {genitive}",
     "Beratung zu Ausbildung, Fachkräftegewinnung und Anerkennung ausländischer Abschlüsse."),
    ("Standortberatung für Ansiedlungen", "pauschal", (0, 0), "Wirtschaftsförderung {genitive}",
     "Freie Gewerbeflächen und Leerstände, Begleitung durch das Genehmigungsverfahren."),
    ("Coworking-Arbeitsplatz", "pro Monat", (120, 220), "Coworking Alte Post {town}",
     "Flexibler Arbeitsplatz mit Glasfaser, Drucker und Kaffeeküche."),
    ("Besprechungsraum mit Präsentationstechnik", "pro Tag", (60, 150), "Gründerzentrum {town}",
     "Raum für bis zu 16 Personen mit Beamer, Videokonferenzanlage und Flipchart."),
    ("Lohnbuchhaltung für Kleinbetriebe", "pro Monat", (80, 240), "Steuerbüro {surname}",
     "Monatliche Lohnabrechnung inklusive Meldungen an Sozialversicherung und Finanzamt."),
    ("IT-Sicherheitscheck für Betriebe", "pauschal", (290, 890), "{surname} IT-Service GmbH",
     "Prüfung von Netzwerk, Datensicherung und Zugängen mit schriftlichem Bericht."),
    ("Webseite für Handwerksbetriebe", "pauschal", (900, 2400),
     "Werbeagentur {surname} & {surname2}", "Moderne Webseite mit Impressum, Kontaktformular "
     "und Pflege-Schulung."),
    ("Energieberatung für Gewerbebetriebe", "pro Stunde", (75, 120), "Ingenieurbüro {surname}",
     "Analyse des Energieverbrauchs und Fördermittelantrag für Effizienzmaßnahmen."),
    ("Übersetzungen Französisch und Luxemburgisch", "pro Stunde", (45, 70),
     "Übersetzungsbüro {surname}", "Geschäftskorrespondenz, Verträge und Webseiten."),
    ("Gemeinschaftsstand auf Fachmessen", "pauschal", (850, 1650), "Wirtschaftsförderung {genitive}",
     "Anteiliger Messestand mit Standbau, Strom und Katalogeintrag."),
    ("Druck von Geschäftsausstattung", "pauschal", (120, 480), "Druckerei {surname}",
     "Visitenkarten, Briefbögen und Flyer im Digital- oder Offsetdruck."),
]

# Sehenswürdigkeiten und eigene touristische/kulturelle Angebote je Mitglied:
# (Bezeichnung, Kategorie, Preis, Preiseinheit, Ort, Beschreibung)
MEMBER_OFFERS = {
    "kaiserslautern": [
        ("Eintritt Japanischer Garten Kaiserslautern", "tourismus", 6.5, "pro Person", "Kaiserslautern",
         "Einer der größten japanischen Gärten Europas, geöffnet von April bis Oktober."),
        ("Gruppenführung Japanischer Garten", "tourismus", 65, "pauschal", "Kaiserslautern",
         "Einstündige Führung für bis zu 25 Personen, Termine nach Vereinbarung."),
        ("Stadtführung „Barbarossastadt Kaiserslautern“", "tourismus", 8, "pro Person",
         "Kaiserslautern", "Rundgang von der Kaiserpfalz über die Stiftskirche zur Fruchthalle."),
        ("Blick hinter die Kulissen des Pfalztheaters", "kultur", 7, "pro Person", "Kaiserslautern",
         "Führung durch Bühne, Werkstätten und Fundus."),
        ("Konzertabo Fruchthalle", "kultur", 96, "pauschal", "Kaiserslautern",
         "Sechs Kammerkonzerte der Saison im Festsaal der Fruchthalle."),
    ],
    "kusel": [
        ("Burgführung Burg Lichtenberg", "tourismus", 4, "pro Person", "Thallichtenberg",
         "Führung über eine der größten Burganlagen Deutschlands."),
        ("Eintritt Musikantenland-Museum auf Burg Lichtenberg", "kultur", 3, "pro Person",
         "Thallichtenberg", "Ausstellung zur Geschichte der Westpfälzer Wandermusikanten."),
        ("Draisinenfahrt im Glantal", "tourismus", 36, "pro Tag", "Altenglan",
         "Fahrraddraisine für bis zu vier Personen auf der stillgelegten Glantalbahn."),
        ("Geführte Wanderung zum Remigiusberg", "tourismus", 5, "pro Person",
         "Haschbach am Remigiusberg", "Rundwanderung mit Besuch der Propsteikirche und Burgruine."),
        ("Führung Wasserburg Reipoltskirchen", "kultur", 3.5, "pro Person", "Reipoltskirchen",
         "Besichtigung der einzigen erhaltenen Wasserburg der Pfalz."),
    ],
    "mayen-koblenz": [
        ("Eintritt Eifelmuseum in der Genovevaburg", "kultur", 5, "pro Person", "Mayen",
         "Museum zur Geschichte der Eifel mit Deutschem Schieferbergwerk."),
        ("Führung Schloss Bürresheim", "tourismus", 7, "pro Person", "Mayen",
         "Führung durch das nie zerstörte Schloss mit original erhaltener Einrichtung."),
        ("Stadtführung Mayen mit Turmbesteigung", "tourismus", 6, "pro Person", "Mayen",
         "Rundgang durch die Altstadt mit Aufstieg auf den Goloturm der Genovevaburg."),
        ("Besuch Geysir Andernach", "tourismus", 16, "pro Person", "Andernach",
         "Erlebniszentrum und Schifffahrt zum höchsten Kaltwassergeysir der Welt."),
        ("Führung Burg Eltz", "tourismus", 13, "pro Person", "Wierschem",
         "Führung durch die Wohnräume der Burg und Besuch der Schatzkammer."),
    ],
    "bitburg-pruem": [
        ("Führung Basilika Prüm", "kultur", 4, "pro Person", "Prüm",
         "Führung durch die Basilika St. Salvator mit der Grabstätte Kaiser Lothars I."),
        ("Eintritt Römische Villa Otrang", "kultur", 5, "pro Person", "Fließem",
         "Römischer Gutshof mit gut erhaltenen Mosaiken."),
        ("Stadtführung Bitburg – auf den Spuren der Römer", "tourismus", 6, "pro Person", "Bitburg",
         "Rundgang entlang der römischen Kastellmauer."),
        ("Wanderpauschale Eifelsteig", "tourismus", 189, "pro Person", "Prüm",
         "Drei Übernachtungen mit Gepäcktransport auf dem Eifelsteig."),
        ("Geführte Tour Teufelsschlucht", "tourismus", 7, "pro Person", "Irrel",
         "Wanderung durch die Felsenlandschaft im Naturpark Südeifel."),
    ],
    "linz-am-rhein": [
        ("Burgführung Burg Linz", "tourismus", 5, "pro Person", "Linz am Rhein",
         "Führung durch die Burg mit Foltermuseum und römischer Glashütte."),
        ("Altstadtführung Linz am Rhein", "tourismus", 6, "pro Person", "Linz am Rhein",
         "Rundgang durch die „bunte Stadt am Rhein“ mit ihren Fachwerkhäusern."),
        ("Geführte Wanderung auf dem Rheinsteig", "tourismus", 8, "pro Person", "Linz am Rhein",
         "Etappe von Linz nach Leubsdorf mit Blick ins Rheintal."),
        ("Führung Historisches Rathaus", "kultur", 3, "pro Person", "Linz am Rhein",
         "Das Rathaus gehört zu den ältesten in Rheinland-Pfalz."),
    ],
    "sankt-wendel": [
        ("Tretbootverleih am Bostalsee", "tourismus", 14, "pro Stunde", "Nohfelden",
         "Tretboote für bis zu vier Personen, April bis Oktober."),
        ("Fahrradverleih am Bostalsee", "tourismus", 18, "pro Tag", "Nohfelden",
         "Trekking- und E-Bikes für die Runde um den See."),
        ("Führung Wendalinusbasilika", "kultur", 4, "pro Person", "Sankt Wendel",
         "Führung durch die gotische Hallenkirche mit dem Grab des heiligen Wendelin."),
        ("Geführte Wanderung auf den Schaumberg", "tourismus", 5, "pro Person", "Tholey",
         "Aufstieg zum Schaumbergturm mit Blick über das Saarland."),
        ("Führung Abtei St. Mauritius Tholey", "kultur", 0, "pauschal", "Tholey",
         "Führung durch die älteste Abtei Deutschlands mit den Richter-Fenstern."),
    ],
}
GENERIC_TOURISM = [  # (Bezeichnung, Kategorie, Preisspanne, Preiseinheit, Beschreibung)
    ("Planwagenfahrt durch die Feldflur", "tourismus", (8, 14), "pro Person",
     "Gemütliche Fahrt mit Vesperpause, ab zehn Personen."),
    ("E-Bike-Verleih", "tourismus", (20, 30), "pro Tag", "E-Bikes mit Helm und Tourenkarte."),
    ("Kräuterwanderung", "tourismus", (6, 12), "pro Person",
     "Wildkräuter erkennen, sammeln und verarbeiten."),
    ("Schnupperkurs an der Musikschule", "kultur", (0, 25), "pauschal",
     "Vier Probestunden für Kinder und Erwachsene."),
    ("Zeichenkurs für Erwachsene", "kultur", (60, 95), "pro Person", "Acht Abende, Material inklusive."),
    ("Museumspädagogisches Programm für Schulklassen", "kultur", (2, 4), "pro Person",
     "Rallye und Werkstatt zu Themen der Heimatgeschichte."),
]

# Maschinen, die Kommunen Landwirten zum Selbstkostenpreis verleihen: (Name, Tagespreis, Beschreibung)
MACHINES = [
    ("Mulcher", (35, 60), "Arbeitsbreite 2,5 m, für Schlepper ab 60 PS."),
    ("Holzspalter", (20, 35), "Spaltkraft 12 t, Antrieb über Zapfwelle."),
    ("Güllefass", (45, 75), "8.000 Liter mit Schleppschlauchverteiler."),
    ("Grünlandwalze", (20, 40), "Prismenwalze, Arbeitsbreite 6 m."),
    ("Miststreuer", (40, 65), "Zweiachsig, 8 t Nutzlast."),
    ("Hochdruckreiniger", (15, 25), "Heißwassergerät auf Anhänger mit 600-l-Tank."),
    ("Wiesenschleppe", (15, 25), "Arbeitsbreite 6 m, hydraulisch klappbar."),
    ("Viehwaage", (10, 20), "Mobile Einzeltierwaage bis 1.500 kg."),
    ("Forstseilwinde", (30, 50), "Zugkraft 5 t, Dreipunktanbau."),
    ("Obstmühle mit Packpresse", (12, 25), "Für Streuobst, Leistung etwa 300 kg je Stunde."),
    ("Zaunpfahlramme", (20, 35), "Hydraulisch, für Pfähle bis 14 cm Durchmesser."),
]

# Vereinsangebote: (Bezeichnung, Vereinsart, Preisspanne, Preiseinheit, Beschreibung)
CLUB_OFFERS = [
    ("Kinderturnen", "Turnverein", (3, 8), "pro Monat", "Jeden Dienstag in der Turnhalle, ab 4 Jahren."),
    ("Vermietung Vereinsheim", "Sportverein", (80, 250), "pauschal",
     "Saal für 80 Personen mit Küche, für Familienfeiern."),
    ("Yoga für Einsteiger", "Turn- und Sportverein", (5, 10), "pro Person",
     "Zehn Abende, Matten werden gestellt."),
    ("Mostpresse zum Ausleihen", "Obst- und Gartenbauverein", (10, 20), "pro Tag",
     "Hydraulische Presse mit Obstmühle."),
    ("Festzeltgarnituren ausleihen", "Heimat- und Verkehrsverein", (5, 9), "pro Tag",
     "Tisch und zwei Bänke, Abholung am Vereinsheim."),
    ("Schnupperkurs Tennis", "Tennisclub", (20, 40), "pauschal", "Vier Trainerstunden, Schläger vorhanden."),
    ("Angelkarte Vereinsweiher", "Angelsportverein", (8, 15), "pro Tag", "Nur mit gültigem Fischereischein."),
    ("Offene Chorprobe", "Gesangverein", (0, 0), "pauschal",
     "Neue Stimmen sind jederzeit willkommen, Probe donnerstags um 19:30 Uhr."),
    ("Blasmusik für Ihre Feier", "Musikverein", (250, 600), "pauschal", "Ständchen und Unterhaltungsmusik."),
    ("Nordic-Walking-Treff", "Turn- und Sportverein", (0, 0), "pauschal", "Samstags um 9 Uhr am Sportplatz."),
]

# Leerstand je Objektart: Titel, Nutzfläche, Grundstück, Zimmer, Miete €/m², Kaufpreis €/m²,
# Gewichte Miete/Kauf/beides.
PROPERTY_TYPES = {
    "ladenlokal": (["Ladenlokal in zentraler Lage", "Ehemaliges Schuhgeschäft",
                    "Verkaufsfläche mit Schaufenster", "Ehemalige Bäckerei-Filiale"],
                   (35, 220), None, (1, 4), (6, 14), (1200, 2500), (70, 10, 20)),
    "wohnhaus": (["Einfamilienhaus mit Garten", "Älteres Bauernhaus", "Doppelhaushälfte",
                  "Fachwerkhaus im Ortskern", "Bruchsteinhaus mit Scheune"],
                 (90, 220), (300, 1500), (4, 8), (5, 8), (700, 1900), (15, 60, 25)),
    "wohnung": (["Dreizimmerwohnung im Obergeschoss", "Wohnung über Ladenlokal",
                 "Dachgeschosswohnung", "Zweizimmerwohnung mit Balkon"],
                (45, 110), None, (2, 4), (6, 10), (1500, 2800), (70, 10, 20)),
    "gewerbe": (["Gewerbehalle mit Rolltor", "Werkstatt mit Büroanbau", "Lagerhalle am Ortsrand",
                 "Ehemalige Schreinerei"], (150, 1800), (500, 6000), (1, 6), (3, 6), (300, 900),
                (45, 25, 30)),
    "buero": (["Büroetage", "Praxisräume im Erdgeschoss", "Büro mit Empfangsbereich",
               "Ehemalige Arztpraxis"], (60, 300), None, (2, 9), (7, 12), (1400, 2600), (75, 5, 20)),
    "gastronomie": (["Gaststätte mit Saal", "Ehemaliges Café", "Dorfgasthaus mit Kegelbahn",
                     "Bistro in Innenstadtlage"], (80, 400), (200, 1200), (2, 8), (5, 10),
                    (500, 1500), (50, 20, 30)),
    "landwirtschaft": (["Scheune im Ortskern", "Aussiedlerhof mit Stallungen",
                        "Hofstelle mit Wohnhaus", "Ehemaliger Milchviehstall"],
                       (120, 900), (800, 15000), None, (1, 3), (80, 300), (15, 65, 20)),
}
PROPERTY_WEIGHTS = {  # Stadt bzw. Dorf
    "town": {"ladenlokal": 30, "wohnhaus": 8, "wohnung": 15, "gewerbe": 10, "buero": 20,
             "gastronomie": 12, "landwirtschaft": 0},
    "village": {"ladenlokal": 8, "wohnhaus": 35, "wohnung": 8, "gewerbe": 12, "buero": 4,
                "gastronomie": 12, "landwirtschaft": 25},
}
PROPERTY_NOTES = [
    "Sofort verfügbar.", "Renovierungsbedarf.", "Barrierefreier Zugang.", "Stellplätze vorhanden.",
    "Glasfaseranschluss liegt an.", "Ölzentralheizung, Baujahr 1998.", "Gute Anbindung an den ÖPNV.",
    "Denkmalgeschützte Fassade.", "Teilweise möbliert.", "Zwischennutzung möglich.",
]

# Veranstaltungen: (Kategorie, Wort aus der Codeliste, Titel, Ortsart, Termin, Beginnzeiten,
# Dauer in Minuten, Eintrittspreise, Veranstalter-Muster, Beschreibung)
EVENT_TEMPLATES = [
    ("konzert", "Konzert", "Sinfoniekonzert", "saal", "jederzeit", ["19:30", "20:00"], 120,
     [18, 24, 32], "Kulturbüro {genitive}", "Werke von Mozart, Brahms und Dvořák."),
    ("konzert", "Musik", "Kirchenkonzert mit Orgel und Chor", "kirche", "wochenende",
     ["17:00", "18:00"], 90, [0, 8, 10], "Kirchengemeinde {place}", "Geistliche Chormusik der Romantik."),
    ("konzert", "Konzert", "Jahreskonzert des Musikvereins", "halle", "winter", ["19:00", "19:30"],
     150, [8, 10], "Musikverein {place} e. V.", "Blasmusik von Marsch bis Filmmusik."),
    ("konzert", "Musik", "Jazz im Keller", "kneipe", "wochenende", ["20:00"], 150, [12, 15],
     "Kulturverein {place} e. V.", "Swing und Bossa Nova mit regionalen Musikern."),
    ("konzert", "Musik", "Open-Air-Konzert am Abend", "platz", "sommer", ["19:00"], 180, [0, 15],
     "Kulturbüro {genitive}", "Bei Regen in der Halle."),
    ("theater", "Theater", "Mundart-Theater: „Die Erbschaft“", "halle", "winter", ["19:30"], 150,
     [8, 10, 12], "Theatergruppe {place}", "Komödie in drei Akten in Mundart."),
    ("theater", "Kabarett", "Kabarettabend", "saal", "jederzeit", ["20:00"], 120, [18, 22],
     "Kulturbüro {genitive}", "Politisches Kabarett mit Zugabe."),
    ("ausstellung", "Ausstellung", "Ausstellung: Landschaften {landscape}", "saal", "jederzeit",
     ["10:00", "11:00"], 420, [0, 3], "Kunstverein {town} e. V.", "Malerei und Fotografie."),
    ("markt", "Wochenmarkt", "Wochenmarkt", "platz", "markttag", ["07:30", "08:00"], 300, [0],
     "{body}", "Obst, Gemüse, Käse und Backwaren aus der Region."),
    ("markt", "Flohmarkt", "Flohmarkt", "platz", "sommer", ["08:00"], 360, [0],
     "Gewerbeverein {town} e. V.", "Standanmeldung bis eine Woche vorher."),
    ("markt", "Bauernmarkt", "Bauern- und Regionalmarkt", "platz", "wochenende", ["10:00"], 420,
     [0], "{body}", "Direktvermarkter zeigen ihre Produkte."),
    ("markt", "Markt", "Weihnachtsmarkt", "platz", "advent", ["11:00", "16:00"], 360, [0],
     "{body}", "Glühwein, Kunsthandwerk und Nikolaus für die Kinder."),
    ("fest", "{fest}", "{fest} in {locality}", "festplatz", "kerwe", ["18:00"], 300, [0],
     "{body}", "Festzelt mit Musik, Fahrgeschäfte für Kinder."),
    ("fest", "Dorffest", "Dorffest {locality}", "platz", "sommer", ["14:00"], 480, [0],
     "Heimatverein {place} e. V.", "Mit Kaffee und Kuchen, abends Tanz."),
    ("fest", "Fest", "Fastnachtsumzug", "platz", "fastnacht", ["14:11"], 180, [0],
     "Karnevalsverein {place} e. V.", "Mit Musikkapellen und Motivwagen."),
    ("sport", "Sport", "Volkslauf rund um {locality}", "sportplatz", "sommer", ["10:00"], 240,
     [8, 10, 12], "Turn- und Sportverein {place} e. V.", "Strecken über 5 und 10 km, Bambinilauf."),
    ("sport", "Sport", "Radtour für Genießer", "treffpunkt", "sommer", ["10:00"], 300, [0, 5],
     "{body}", "Gemütliche Tour über 40 km mit Einkehr."),
    ("fuehrung", "Führung", "Öffentliche Führung: {sight}", "sight", "wochenende", ["11:00", "14:00"],
     90, [3, 5, 7], "Tourist-Information {town}", "Treffpunkt am Eingang."),
    ("fuehrung", "Stadtführung", "Stadtführung durch {town}", "platz", "wochenende", ["14:00"], 90,
     [6, 8], "Tourist-Information {town}", "Geschichte und Geschichten aus der Altstadt."),
    ("fuehrung", "Wanderung", "Geführte Kräuterwanderung", "treffpunkt", "sommer", ["14:00"], 150,
     [5, 8], "Landfrauen {place}", "Festes Schuhwerk empfohlen."),
    ("fuehrung", "Führung", "Nachtwächterführung", "platz", "wochenende", ["20:00", "20:30"], 90,
     [6, 8], "Tourist-Information {town}", "Mit Laterne durch die dunklen Gassen."),
    ("vortrag", "Vortrag", "Vortrag: Energiesparen im Altbau", "saal", "werktag", ["19:00"], 90,
     [0, 5], "Volkshochschule {town}", "Mit Hinweisen zu aktuellen Förderprogrammen."),
    ("vortrag", "Lesung", "Lesung mit Autorinnen und Autoren aus der Region", "bibliothek",
     "werktag", ["19:30"], 90, [5, 8], "Volkshochschule {town}", "Anschließend Signierstunde."),
    ("vortrag", "Workshop", "Workshop: Fördermittel für Vereine", "saal", "werktag", ["18:00"], 120,
     [0], "Wirtschaftsförderung {genitive}", "Anmeldung erforderlich."),
    ("vortrag", "Seminar", "Seminar: Existenzgründung im Nebenerwerb", "saal", "werktag",
     ["18:30"], 150, [0, 15], "Wirtschaftsförderung {genitive}", "Mit Steuerberaterin und Bank."),
    ("familie", "Kinder", "Laternenumzug zu St. Martin", "kirche", "martin", ["17:30"], 90, [0],
     "Kindergarten {place}", "Mit Martinsfeuer und Weckmännern."),
    ("familie", "Kinder", "Bastelnachmittag für Kinder", "bibliothek", "werktag", ["15:00"], 120,
     [0, 3], "Jugendpflege {genitive}", "Für Kinder von 6 bis 10 Jahren."),
    ("familie", "Familie", "Familientag im Freibad", "sportplatz", "sommer", ["11:00"], 360, [0, 3],
     "{body}", "Spiele, Wasserrutsche und Grillstand."),
    ("sonstiges", "Sonstiges", "Blutspendetermin", "halle", "werktag", ["15:30"], 240, [0],
     "Ortsverein {place} des Roten Kreuzes", "Bitte Personalausweis mitbringen."),
    ("sonstiges", "Sonstiges", "Repair-Café", "pfarrheim", "wochenende", ["14:00"], 180, [0],
     "Repair-Café {town}", "Ehrenamtliche reparieren Elektrogeräte, Fahrräder und Kleidung."),
]
EVENT_WHEN = {
    "jederzeit": lambda d: True,
    "wochenende": lambda d: d.weekday() >= 5,
    "werktag": lambda d: d.weekday() < 5,
    "markttag": lambda d: d.weekday() in (2, 5),
    "sommer": lambda d: d.month in (5, 6, 7, 8, 9) and d.weekday() >= 5,
    "winter": lambda d: d.month in (10, 11, 12, 1, 2, 3) and d.weekday() >= 4,
    "kerwe": lambda d: d.month in (8, 9, 10) and d.weekday() == 5,
    "advent": lambda d: dt.date(2026, 11, 27) <= d <= dt.date(2026, 12, 23) and d.weekday() >= 4,
    "martin": lambda d: dt.date(2026, 11, 6) <= d <= dt.date(2026, 11, 13),
    "fastnacht": lambda d: dt.date(2027, 2, 6) <= d <= dt.date(2027, 2, 9),
}
VENUES = {  # Ortsart -> (Namen in Städten, Namen in Dörfern); None = nur Adresse
    "saal": (["Stadthalle", "Kulturzentrum", "Bürgerhaus"], ["Dorfgemeinschaftshaus", "Bürgerhaus"]),
    "halle": (["Stadthalle", "Sporthalle am Schulzentrum"], ["Gemeindehalle", "Mehrzweckhalle"]),
    "kirche": (["Stadtkirche", "Pfarrkirche St. Martin"], ["Pfarrkirche St. Peter", "Dorfkirche"]),
    "platz": (["Marktplatz", "Rathausplatz"], ["Dorfplatz", "Platz am Dorfbrunnen"]),
    "festplatz": (["Festplatz"], ["Festplatz", "Kerweplatz"]),
    "sportplatz": (["Stadion", "Freibad"], ["Sportplatz", "Sportgelände"]),
    "bibliothek": (["Stadtbibliothek"], ["Gemeindebücherei"]),
    "kneipe": (["Kulturkeller", "Alte Brauerei"], ["Gasthaus zur Linde"]),
    "treffpunkt": (["Wanderparkplatz"], ["Wanderparkplatz", None]),
    "pfarrheim": (["Mehrgenerationenhaus"], ["Pfarrheim", "Jugendtreff"]),
}

# Bebauungspläne: (Name, Art des Gebiets)
PLAN_NAMES = [
    ("Am Sportplatz", "wohnen"), ("Gewerbegebiet Nord", "gewerbe"), ("Auf der Höhe", "wohnen"),
    ("Im Brühl", "wohnen"), ("Hinter den Gärten", "wohnen"), ("Ortsmitte", "misch"),
    ("Am Mühlbach", "wohnen"), ("Kirchberg", "wohnen"), ("Gewerbegebiet Süd", "gewerbe"),
    ("Sondergebiet Photovoltaik Auf dem Hahn", "pv"), ("Freiflächen-Photovoltaik Am Galgenberg", "pv"),
    ("In der Au", "wohnen"), ("Am Friedhof", "wohnen"), ("Schulzentrum", "gemeinbedarf"),
    ("Feuerwehrgerätehaus", "gemeinbedarf"), ("Neubaugebiet Sonnenhang", "wohnen"),
    ("Lebensmittelmarkt Bahnhofstraße", "handel"), ("Mischgebiet Hauptstraße", "misch"),
    ("Auf dem Kreuz", "wohnen"), ("In den Weiden", "wohnen"), ("Seniorenwohnen Am Park", "wohnen"),
    ("Kindertagesstätte Lindenweg", "gemeinbedarf"), ("Erweiterung Gewerbegebiet West", "gewerbe"),
    ("Sondergebiet Einzelhandel", "handel"), ("Langgewann", "wohnen"), ("Im Pfarrgarten", "wohnen"),
]
PLAN_PURPOSES = {
    "wohnen": "Allgemeines Wohngebiet (WA) mit etwa {n} Bauplätzen für Einzel- und Doppelhäuser.",
    "gewerbe": "Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.",
    "pv": "Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa {n} MWp.",
    "misch": "Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.",
    "gemeinbedarf": "Fläche für den Gemeinbedarf.",
    "handel": "Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens {n}00 m².",
}
SATZUNG_PLAN_TYPES = {"4000", "40000", "40001", "40002", "5000", "7000"}
PLAN_TYPE_WEIGHTS = {"1000": 38, "10000": 6, "10001": 14, "10002": 2, "3000": 10, "3100": 2,
                     "4000": 2, "40000": 3, "40001": 2, "40002": 6, "5000": 3, "7000": 5, "9999": 2}
LEGAL_STATUS_WEIGHTS = {"1000": 7, "2000": 3, "2100": 2, "2200": 3, "2300": 2, "2400": 8,
                        "3000": 5, "4000": 60, "4500": 3, "5000": 2, "50000": 3, "50100": 2}

# --------------------------------------------------------------------------------------
# Mitglieder: Schreibweisen und Besonderheiten
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    genitive: str  # "Wirtschaftsförderung der Stadt Kaiserslautern"
    area_codes: tuple[str, ...]
    id_prefix: str
    spelling: str  # Schreibweise der Codelistenwerte: code | label | synonym | mixed
    fest: str  # Kerwe (Pfalz, Saarland) oder Kirmes
    landscape: str
    sights: tuple[tuple[str, str], ...]  # (Sehenswürdigkeit, Ort) als Veranstaltungsorte
    plan_number: str  # Muster der Plannummer: {n} Nummer, {yy} Jahr, {k} Änderung, {abbr} Gemeinde
    numeric_ids: bool = False
    spelling_overrides: tuple[tuple[str, str], ...] = ()  # (Datensatzart, Schreibweise)
    csv_thousands: bool = False  # Tausenderpunkte in CSV-Beträgen
    geojson_dates: str = "iso"  # iso | de (TT.MM.JJJJ)

    def spelling_for(self, dataset: str) -> str:
        return dict(self.spelling_overrides).get(dataset, self.spelling)


PROFILES = {
    "kaiserslautern": Profile(
        "der Stadt Kaiserslautern", ("0631",), "KL", "label", "Kerwe", "der Westpfalz",
        (("Japanischer Garten", "Kaiserslautern"), ("Pfalztheater", "Kaiserslautern"),
         ("Fruchthalle", "Kaiserslautern"), ("Kammgarn", "Kaiserslautern")),
        "KL {n:03d}", numeric_ids=True),
    "kusel": Profile(
        "des Landkreises Kusel", ("06381", "06382", "06383", "06384", "06386"), "KUS", "synonym",
        "Kerwe", "des Musikantenlands",
        (("Burg Lichtenberg", "Thallichtenberg"), ("Remigiusberg", "Haschbach am Remigiusberg"),
         ("Wasserburg Reipoltskirchen", "Reipoltskirchen")),
        "{n}/{yy}", spelling_overrides=(("building_plans", "label"),), geojson_dates="de"),
    "mayen-koblenz": Profile(
        "des Landkreises Mayen-Koblenz", ("02651", "02632", "02622", "02654", "02625"), "MYK",
        "label", "Kirmes", "der Vordereifel",
        (("Genovevaburg", "Mayen"), ("Schloss Bürresheim", "Mayen"), ("Burg Eltz", "Wierschem")),
        "{abbr}-{n:02d}", spelling_overrides=(("vacancies", "synonym"),), csv_thousands=True),
    "bitburg-pruem": Profile(
        "des Eifelkreises Bitburg-Prüm", ("06561", "06551", "06554", "06562", "06569"), "BIT",
        "mixed", "Kirmes", "der Eifel",
        (("Basilika Prüm", "Prüm"), ("Römische Villa Otrang", "Fließem"), ("Haus Beda", "Bitburg")),
        "{n:02d}{k}", numeric_ids=True),
    "linz-am-rhein": Profile(
        "der Verbandsgemeinde Linz am Rhein", ("02644", "02645"), "LZ", "synonym", "Kirmes",
        "am Mittelrhein", (("Burg Linz", "Linz am Rhein"), ("Historisches Rathaus", "Linz am Rhein")),
        "Nr. {n}", spelling_overrides=(("building_plans", "code"),), csv_thousands=True),
    "sankt-wendel": Profile(
        "des Landkreises St. Wendel", ("06851", "06852", "06853", "06854", "06855", "06873"), "WND",
        "mixed", "Kirmes", "des St. Wendeler Lands",
        (("Wendalinusbasilika", "Sankt Wendel"), ("Bostalsee", "Nohfelden"),
         ("Schaumberg", "Tholey"), ("Abtei St. Mauritius", "Tholey")),
        "{abbr} {n:02d}"),
}

# --------------------------------------------------------------------------------------
# Geographie
# --------------------------------------------------------------------------------------

# Großkunden-Postleitzahlen (Behörden, Firmen) werden für Straßenadressen nicht verwendet.
ORGANISATION = re.compile(
    r"GmbH|\bAG\b|e\.\s?V\.|\beG\b|\bKG\b|Co\.|Agentur|gericht|verwaltung|[Ss]parkasse|[Bb]ank\b|"
    r"Volksbank|[Kk]asse\b|Universität|ARGE|\bAOK\b|\bIKK\b|anwaltschaft|[Dd]irektion|verband|"
    r"Versicherung|Mahnstelle|Deutsche|Justiz|Klinikum|Post\b|Telekom|\d")


@dataclass(frozen=True)
class PostalPlace:
    postcode: str
    place: str
    point: Point  # EPSG:25832


@dataclass
class Area:
    """Gebiet eines Mitglieds: Umriss (nach innen gepuffert), Gemeinden, Postleitzahlen."""
    shape: object
    municipalities: gpd.GeoDataFrame  # AGS, GEN, geometry in EPSG:25832
    places: list[PostalPlace]

    def place(self, name: str) -> PostalPlace:
        return next(p for p in self.places if p.place == name)

    def contains(self, point: Point) -> bool:
        return self.shape.contains(point)

    def municipality_at(self, geometry) -> tuple[str, str] | None:
        """(AGS, Gemeindename), wenn die Geometrie sicher in genau einer Gemeinde liegt."""
        for row in self.municipalities.itertuples():
            if row.geometry.buffer(-30).contains(geometry):
                return row.AGS, row.GEN
        return None


def load_areas(members: list[dict]) -> dict[str, Area]:
    municipalities = gpd.read_file(MUNICIPALITIES_FILE).to_crs(WORK_CRS)
    postcodes = pd.read_csv(POSTCODES_FILE, sep="\t", header=None, dtype=str,
                            keep_default_na=False, usecols=[1, 2, 9, 10],
                            names=["postcode", "place", "lat", "lon"])
    bulk = set(postcodes.loc[postcodes.place.str.contains(ORGANISATION), "postcode"])
    postcodes = postcodes[~postcodes.postcode.isin(bulk)].drop_duplicates(["postcode", "place"])
    x, y = FROM_WGS84.transform(postcodes.lon.astype(float).values, postcodes.lat.astype(float).values)
    points = [Point(xy) for xy in zip(x, y)]
    areas = {}
    for member in members:
        own = municipalities[municipalities.ARS.str.startswith(member["ars"])]
        shape = own.union_all().buffer(-INWARD_BUFFER_M)
        places = [PostalPlace(pc, place, pt) for pc, place, pt
                  in zip(postcodes.postcode, postcodes.place, points) if shape.contains(pt)]
        areas[member["key"]] = Area(shape, own[["AGS", "GEN", "geometry"]].reset_index(drop=True),
                                    sorted(places, key=lambda p: (p.postcode, p.place)))
    return areas


def to_wgs84(point: Point) -> tuple[float, float]:
    lon, lat = TO_WGS84.transform(point.x, point.y)
    return lon, lat


# --------------------------------------------------------------------------------------
# Gemeinsame Helfer
# --------------------------------------------------------------------------------------


@dataclass
class Context:
    """Alles, was die Datensatz-Bauer für ein Mitglied brauchen."""
    member: dict
    profile: Profile
    area: Area
    rng: random.Random

    @property
    def domain(self) -> str:
        return self.member["data_office"].split("@", 1)[1]

    def mailbox(self, purpose: str) -> str:
        return f"{OFFICE_MAILBOXES[purpose]}@{self.domain}"

    def url(self, section: str, text: str) -> str:
        return f"https://www.{self.domain}/{section}/{slug(text)}"

    def weighted_place(self) -> PostalPlace:
        """Eine Postleitzahl des Gebiets; Städte kommen häufiger vor als Dörfer."""
        weights = [6 if p.place in TOWNS else 1 for p in self.area.places]
        return self.rng.choices(self.area.places, weights)[0]

    def main_town(self) -> str:
        towns = [p.place for p in self.area.places if p.place in TOWNS]
        return self.rng.choice(towns)

    def town_for(self, place: str) -> str:
        """Die Stadt selbst oder eine Stadt des Gebiets (für Tourist-Information, VHS usw.)."""
        return place if place in TOWNS else self.main_town()

    def body(self, place: str) -> str:
        """Die für einen Ort zuständige Gebietskörperschaft."""
        if place in TOWNS:
            return f"Stadt {place}"
        return f"Gemeinde {place}" if self.member["ags"].startswith("10") else f"Ortsgemeinde {place}"

    def locality(self, place: str) -> str:
        return self.rng.choice(DISTRICTS[place]) if place in DISTRICTS else place

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def office_phone(self) -> str:
        """Dienstnummer nach DIN 5008, z. B. „06381 424-123“."""
        code = self.rng.choice(self.profile.area_codes)
        return f"{code} {self.rng.randint(200, 9899)}-{self.rng.randint(10, 299)}"

    def private_phone(self) -> str:
        return f"{self.rng.choice(self.profile.area_codes)} {self.rng.randint(1000, 989999)}"

    def private_email(self, name: str) -> str:
        first, last = (ascii_fold(part) for part in name.split(" ", 1))
        local = self.rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"familie.{last}"])
        return f"{local}@{self.rng.choice(PRIVATE_MAIL_DOMAINS)}"

    def address(self, place: PostalPlace | None = None, spread_m: float = 500) -> dict:
        place = place or self.weighted_place()
        streets = COMMON_STREETS + 2 * TOWN_STREETS.get(place.place, [])
        return {"street": self.rng.choice(streets), "housenumber": house_number(self.rng),
                "postcode": place.postcode, "place": place.place,
                "_point": self.point_near(place.point, spread_m)}

    def point_near(self, point: Point, spread_m: float) -> Point:
        for _ in range(50):
            candidate = Point(point.x + self.rng.gauss(0, spread_m),
                              point.y + self.rng.gauss(0, spread_m))
            if self.area.contains(candidate):
                return candidate
        return point

    def source_id(self, dataset: str, n: int) -> str | int:
        if self.profile.numeric_ids:
            return 1000 + n
        abbr = {"offers": "ANG", "vacancies": "LS", "events": "VA", "building_plans": "BP"}[dataset]
        return f"{self.profile.id_prefix}-{abbr}-{n:04d}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def house_number(rng: random.Random) -> str:
    number = int(rng.triangular(1, 90, 4))
    roll = rng.random()
    if roll < 0.12:
        return f"{number}{rng.choice('abc')}"
    if roll < 0.17:
        return f"{number}-{number + rng.choice((1, 2, 4))}"
    return str(number)


def ascii_fold(text: str) -> str:
    text = text.lower().replace("ß", "ss")
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")


def money(rng: random.Random, low: float, high: float, step: float = 0.5) -> float:
    return round(round(rng.uniform(low, high) / step) * step, 2)


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def de_number(value: float, places: int, thousands: bool = False) -> str:
    """1250.5 -> '1250,50' bzw. mit Tausenderpunkt '1.250,50'."""
    text = f"{value:,.{places}f}" if thousands else f"{value:.{places}f}"
    return text.translate(str.maketrans(",.", ".,"))


# --------------------------------------------------------------------------------------
# Datensätze bauen (unabhängig vom Dateiformat; Codelistenfelder enthalten Codes)
# --------------------------------------------------------------------------------------


def build_offers(ctx: Context, count: int, source: Source) -> list[dict]:
    rng, records, seen = ctx.rng, [], set()
    own = list(MEMBER_OFFERS[ctx.member["key"]])
    rng.shuffle(own)
    while len(records) < count:
        kind = rng.choices(["dienstleistung", "tourismus", "maschinenverleih", "verein"],
                           [30, 25, 25, 20])[0]
        record = OFFER_MAKERS[kind](ctx, own)
        if (record["provider"], record["title"]) in seen:
            continue
        seen.add((record["provider"], record["title"]))
        valid_from = random_date(rng, dt.date(2026, 1, 1), dt.date(2027, 3, 31))
        valid_until = None if rng.random() < 0.4 else valid_from + dt.timedelta(days=rng.randint(90, 600))
        with_contact = rng.random() < 0.7
        record.update(
            source_id=ctx.source_id("offers", len(records) + 1),
            url=ctx.url("angebote", f"{record['title']}-{len(records) + 1}"),
            valid_from=valid_from, valid_until=valid_until,
            contact_person=ctx.person() if with_contact else None)
        records.append(record)
    return records


def _business_offer(ctx: Context, own: list) -> dict:
    title, unit, (low, high), provider, text = ctx.rng.choice(BUSINESS_SERVICES)
    public = "{genitive}" in provider or "{town}" in provider  # Ämter, Gründerzentrum: in der Stadt
    address = ctx.address(ctx.area.place(ctx.main_town()) if public else None)
    provider = provider.format(genitive=ctx.profile.genitive, town=ctx.main_town(),
                               surname=ctx.rng.choice(LAST_NAMES), surname2=ctx.rng.choice(LAST_NAMES))
    return {"title": title, "category": "dienstleistung", "description": text, "provider": provider,
            **address, "phone": ctx.office_phone(), "email": ctx.mailbox("wirtschaft"),
            "price_eur": money(ctx.rng, low, high, 0.5 if high < 1000 else 10) if high else 0.0,
            "price_unit": UNIT_CODES[unit]}


def _tourism_offer(ctx: Context, own: list) -> dict:
    if own and ctx.rng.random() < 0.6:
        title, category, price, unit, place, text = own.pop()
        address = ctx.address(ctx.area.place(place), spread_m=300)
    else:
        title, category, (low, high), unit, text = ctx.rng.choice(GENERIC_TOURISM)
        address = ctx.address()
        title = f"{title} in {ctx.locality(address['place'])}"
        price = money(ctx.rng, low, high)
    provider = (f"Tourist-Information {ctx.town_for(address['place'])}" if category == "tourismus"
                else f"Kulturbüro {ctx.profile.genitive}")
    return {"title": title, "category": category, "description": text, "provider": provider,
            **address, "phone": ctx.office_phone(), "email": ctx.mailbox(category),
            "price_eur": float(price), "price_unit": UNIT_CODES[unit]}


def _machine_offer(ctx: Context, own: list) -> dict:
    name, (low, high), text = ctx.rng.choice(MACHINES)
    address = ctx.address()
    provider = (f"Bauhof der Stadt {address['place']}" if address["place"] in TOWNS
                else ctx.body(address["place"]))
    return {"title": name, "category": "maschinenverleih",
            "description": f"{text} Verleih an Landwirte zum Selbstkostenpreis, Abholung am Bauhof.",
            "provider": provider, **address, "phone": ctx.office_phone(),
            "email": ctx.mailbox("maschinen"), "price_eur": money(ctx.rng, low, high),
            "price_unit": "pro_tag"}


def _club_offer(ctx: Context, own: list) -> dict:
    title, club, (low, high), unit, text = ctx.rng.choice(CLUB_OFFERS)
    address = ctx.address()
    return {"title": title, "category": "verein", "description": text,
            "provider": f"{club} {ctx.locality(address['place'])} e. V.", **address,
            "phone": None, "email": ctx.mailbox("verein"),
            "price_eur": money(ctx.rng, low, high) if high else 0.0, "price_unit": UNIT_CODES[unit]}


OFFER_MAKERS = {"dienstleistung": _business_offer, "tourismus": _tourism_offer,
                "maschinenverleih": _machine_offer, "verein": _club_offer}
UNIT_CODES = {"pauschal": "pauschal", "pro Stunde": "pro_stunde", "pro Tag": "pro_tag",
              "pro Person": "pro_person", "pro Monat": "pro_monat"}


def build_vacancies(ctx: Context, count: int, source: Source) -> list[dict]:
    rng, records, seen = ctx.rng, [], set()
    while len(records) < count:
        address = ctx.address()
        weights = PROPERTY_WEIGHTS["town" if address["place"] in TOWNS else "village"]
        kind = rng.choices(list(weights), list(weights.values()))[0]
        titles, floor, plot, rooms, rent_m2, price_m2, marketing_weights = PROPERTY_TYPES[kind]
        key = (address["street"], address["housenumber"], address["postcode"], kind)
        if key in seen:
            continue
        seen.add(key)
        marketing = rng.choices(["miete", "kauf", "miete_oder_kauf"], marketing_weights)[0]
        floor_area = float(rng.randint(*floor)) if rng.random() < 0.8 else rng.randint(*floor) + 0.5
        owner = ctx.person()  # bei einer Erbengemeinschaft die Person, die sie vertritt
        owner_name = owner if rng.random() < 0.8 else f"Erbengemeinschaft {owner.split(' ', 1)[1]}"
        records.append({
            "source_id": ctx.source_id("vacancies", len(records) + 1),
            "title": rng.choice(titles), "property_type": kind, "marketing": marketing, **address,
            "floor_area_m2": floor_area,
            "plot_area_m2": float(round(rng.randint(*plot), -1)) if plot else None,
            "rooms": rng.randint(*rooms) if rooms else None,
            "vacant_since": random_date(rng, dt.date(2018, 1, 1), dt.date(2026, 10, 31)),
            "rent_eur_month": (round(floor_area * rng.uniform(*rent_m2), -1)
                               if marketing != "kauf" else None),
            "price_eur": (round(floor_area * rng.uniform(*price_m2), -3)
                          if marketing != "miete" else None),
            "description": " ".join(rng.sample(PROPERTY_NOTES, rng.randint(1, 3))),
            "contact_office": ctx.mailbox("leerstand" if rng.random() < 0.5 else "wirtschaft"),
            "owner_name": owner_name,
            "owner_phone": ctx.private_phone() if rng.random() < 0.7 else None,
            "owner_email": ctx.private_email(owner) if rng.random() < 0.5 else None,
        })
    return records


def build_events(ctx: Context, count: int, source: Source) -> list[dict]:
    """Termine im Zeitraum EVENT_PERIOD; ganztägige nur für iCalendar, mehrtägige nicht für
    Lieferungen, in denen Beginn und Ende dieselbe Datumsspalte teilen."""
    rng, records, seen, venues = ctx.rng, [], set(), {}
    all_day_ok = source.connector == "ical"
    multi_day_ok = not source.shares_date_column("start", "end")
    days = [EVENT_PERIOD[0] + dt.timedelta(days=i)
            for i in range((EVENT_PERIOD[1] - EVENT_PERIOD[0]).days + 1)]
    while len(records) < count:
        (category, word, title, venue_kind, when, times, minutes, prices, organiser,
         text) = rng.choice(EVENT_TEMPLATES)
        day = rng.choice([d for d in days if EVENT_WHEN[when](d)])
        sight = None
        if venue_kind == "sight":
            sight, place_name = rng.choice(ctx.profile.sights)
            place = ctx.area.place(place_name)
        elif "{town}" in title:
            place = ctx.area.place(ctx.main_town())
        else:
            place = ctx.weighted_place()
        town = ctx.town_for(place.place)
        names = dict(fest=ctx.profile.fest, locality=ctx.locality(place.place), place=place.place,
                     town=town, sight=sight, landscape=ctx.profile.landscape,
                     genitive=ctx.profile.genitive, body=ctx.body(place.place))
        title = title.format(**names)
        start = dt.datetime.combine(day, dt.time.fromisoformat(rng.choice(times)), TZ)
        if (title, start, place.place) in seen:
            continue
        seen.add((title, start, place.place))
        venue = sight or venue_name(rng, venue_kind, place.place)
        address = venues.get((venue, place.place)) or ctx.address(place, spread_m=400)
        if venue:  # derselbe Veranstaltungsort behält seine Adresse
            venues[(venue, place.place)] = address
        all_day = all_day_ok and when in ("kerwe", "advent", "sommer") and rng.random() < 0.5
        end = start + dt.timedelta(minutes=minutes)
        if category == "fest" and multi_day_ok and when == "kerwe":
            end = dt.datetime.combine(day + dt.timedelta(days=2), dt.time(23, 0), TZ)
        if all_day:
            start = dt.datetime.combine(start.date(), dt.time(0), TZ)
            end = dt.datetime.combine(end.date() + dt.timedelta(days=1), dt.time(0), TZ)
        records.append({
            "source_id": ctx.source_id("events", len(records) + 1), "title": title,
            "description": text, "category": category, "_category_word": word.format(**names),
            "start": start, "end": end, "all_day": all_day, "venue": venue,
            **address, "organiser": organiser.format(**names),
            "url": ctx.url("veranstaltungen", f"{title}-{len(records) + 1}"),
            "email": ctx.mailbox("kultur" if category in ("konzert", "theater", "ausstellung")
                                 else "veranstaltungen"),
            "price_eur": float(rng.choice(prices)), "accessible": rng.random() < 0.6,
        })
    return records


def venue_name(rng: random.Random, kind: str, place: str) -> str | None:
    in_town, in_village = VENUES[kind]
    return rng.choice(in_town if place in TOWNS else in_village)


def build_building_plans(ctx: Context, count: int, source: Source) -> list[dict]:
    rng, records, seen = ctx.rng, [], set()
    plan_types = source.schema.field("plan_type").code_list
    while len(records) < count:
        plan_type = rng.choices(list(PLAN_TYPE_WEIGHTS), list(PLAN_TYPE_WEIGHTS.values()))[0]
        small = plan_type in SATZUNG_PLAN_TYPES  # Satzungen: kleine Flächen im Ort
        geometry = plan_geometry(ctx, rng.uniform(1, 4) if small else rng.uniform(1, 20))
        municipality = geometry and ctx.area.municipality_at(geometry)
        if not municipality:
            continue
        ags, gemeinde = municipality
        base, purpose = rng.choice([n for n in PLAN_NAMES if not small or n[1] in ("wohnen", "misch")])
        if small:
            base = f"{plan_types.label(plan_type)} {base}"
        amendment = rng.choice([0, 0, 0, 1, 1, 2, 3])
        place = ctx.locality(gemeinde) if gemeinde in DISTRICTS else None
        name = " – ".join(filter(None, [place, base])) + (f", {amendment}. Änderung" if amendment else "")
        if (ags, name) in seen:
            continue
        seen.add((ags, name))
        status = rng.choices(list(LEGAL_STATUS_WEIGHTS), list(LEGAL_STATUS_WEIGHTS.values()))[0]
        dates = plan_dates(rng, status, earliest=2010 if purpose == "pv" else 1965)
        year = (dates["decision_date"] or dates["in_force_date"]).year
        records.append({
            "source_id": ctx.source_id("building_plans", len(records) + 1), "name": name,
            "number": ctx.profile.plan_number.format(
                n=rng.randint(1, 180), yy=f"{year % 100:02d}", k=f".{amendment}" if amendment else "",
                abbr=re.sub(r"[^a-z]", "", ascii_fold(gemeinde))[:3].upper()),
            "plan_type": plan_type, "legal_status": status, "plan_ags": ags,
            "plan_municipality": gemeinde,
            "description": PLAN_PURPOSES[purpose].format(n=rng.randint(8, 45)),
            **dates, "url": ctx.url("bauleitplanung", name), "_geometry": geometry,
            "_point": geometry.representative_point(),
        })
    return records


def plan_geometry(ctx: Context, hectares: float) -> MultiPolygon | None:
    """Ein unregelmäßiges Viereck (selten zwei) mit der gewünschten Fläche, sicher im Gebiet."""
    rng = ctx.rng
    center = ctx.point_near(ctx.weighted_place().point, 1200)
    two_parts = hectares > 3 and rng.random() < 0.1
    parts = [quadrilateral(rng, center, hectares * (7_000 if two_parts else 10_000))]
    if two_parts:
        offset = math.sqrt(hectares * 10_000) * 1.2
        second = Point(center.x + offset, center.y - offset / 3)
        parts.append(quadrilateral(rng, second, hectares * 3_000))
    geometry = MultiPolygon([orient(p) for p in parts])
    return geometry if geometry.is_valid and ctx.area.shape.contains(geometry) else None


def quadrilateral(rng: random.Random, center: Point, area_m2: float) -> Polygon:
    ratio = rng.uniform(0.5, 2.0)
    width = math.sqrt(area_m2 * ratio)
    height = area_m2 / width
    wobble = 0.08 * min(width, height)
    corners = [(sx * width / 2 + rng.uniform(-wobble, wobble),
                sy * height / 2 + rng.uniform(-wobble, wobble))
               for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    polygon = affinity.rotate(Polygon(corners), rng.uniform(0, 90), origin=(0, 0))
    factor = math.sqrt(area_m2 / polygon.area)  # genau die gewünschte Fläche
    polygon = affinity.scale(polygon, factor, factor, origin=(0, 0))
    return affinity.translate(polygon, center.x, center.y)


def plan_dates(rng: random.Random, status: str, earliest: int) -> dict:
    """Verfahrensdaten passend zum Rechtsstand: Beschluss < Auslegung < Inkrafttreten."""
    def display_after(decision: dt.date, low: int, high: int) -> tuple[dt.date, dt.date]:
        start = decision + dt.timedelta(days=rng.randint(low, high))
        return start, start + dt.timedelta(days=rng.choice((30, 31, 35, 42)))

    decision = display_start = display_end = in_force = None
    if status == "1000":
        decision = random_date(rng, dt.date(2024, 1, 1), dt.date(2026, 10, 31))
    elif status in ("2000", "2100", "2200", "2300"):
        decision = random_date(rng, dt.date(2023, 1, 1), dt.date(2026, 6, 30))
    elif status == "2400":
        display_start = random_date(rng, dt.date(2026, 10, 15), dt.date(2026, 12, 7))
        display_end = display_start + dt.timedelta(days=rng.choice((30, 31, 35)))
        decision = display_start - dt.timedelta(days=rng.randint(150, 700))
    elif status == "3000":
        decision = random_date(rng, dt.date(2022, 1, 1), dt.date(2025, 6, 30))
        display_start, display_end = display_after(decision, 180, 400)
    else:
        old = status != "4000"  # aufgehobene und untergegangene Pläne sind alt
        first = dt.date(max(earliest, 1965 if old else 1978), 1, 1)
        decision = random_date(rng, first, dt.date(max(earliest + 5, 1995), 12, 31) if old
                               else dt.date(2025, 3, 31))
        display_start, display_end = display_after(decision, 150, 500)
        in_force = display_end + dt.timedelta(days=rng.randint(60, 240))
        if decision.year < 1990 and rng.random() < 0.3:
            decision = None  # Altpläne: Beschlussdatum nicht mehr bekannt
    return {"decision_date": decision, "display_start": display_start,
            "display_end": display_end, "in_force_date": in_force}


BUILDERS = {"offers": build_offers, "vacancies": build_vacancies, "events": build_events,
            "building_plans": build_building_plans}

# --------------------------------------------------------------------------------------
# Absichtliche Fehler (alles andere ist gültig)
# --------------------------------------------------------------------------------------


def flaw_kaiserslautern_offers(records, source, rng):
    a, b, c, d = rng.sample(range(len(records)), 4)
    records[a]["title"] = records[b]["title"] = ""
    source.set_raw(records[c], "category", "Sonstwas")
    records[d]["valid_until"] = records[d]["valid_from"] - dt.timedelta(days=rng.randint(10, 60))
    return [f"Zeile {a + 2}, {b + 2}: leeres Angebot", f"Zeile {c + 2}: Art „Sonstwas“",
            f"Zeile {d + 2}: gültig bis vor gültig ab"]


def flaw_kusel_events(records, source, rng):
    timed = [i for i, r in enumerate(records) if r["start"].hour >= 10]
    a, b, c = rng.sample(timed, 3)
    for i in (a, b):
        records[i]["end"] = records[i]["start"] - dt.timedelta(minutes=rng.choice((60, 90, 120)))
    source.set_raw(records[c], "start", "31.02.2027", part=0)
    return [f"Zeile {a + 2}, {b + 2}: bis vor von", f"Zeile {c + 2}: Datum 31.02.2027"]


def flaw_mayen_koblenz_offers(records, source, rng):
    i = rng.randrange(len(records))
    records[i]["_point"] = Point(FROM_WGS84.transform(10.0012, 53.5507))
    return [f"Feature {i + 1}: Punkt in Hamburg"]


def flaw_bitburg_pruem_vacancies(records, source, rng):
    a, b = rng.sample(range(len(records)), 2)
    records[a]["street"] = ""
    records[b]["floor_area_m2"] = -40.0
    return [f"Feature {a + 1}: leere strasse", f"Feature {b + 1}: nutzflaeche_m2 = -40"]


def flaw_linz_am_rhein_events(records, source, rng):
    i = rng.choice([i for i, r in enumerate(records) if not r["all_day"]])
    records[i]["end"] = records[i]["start"] - dt.timedelta(hours=2)
    return [f"VEVENT {records[i]['title']!r} am {records[i]['start']:%d.%m.%Y}: DTEND vor DTSTART"]


def flaw_sankt_wendel_building_plans(records, source, rng):
    with_display = [i for i, r in enumerate(records) if r["display_start"]]
    a, b = rng.sample(with_display, 2)
    source.set_raw(records[a], "x", de_number(691234.5, 1))  # bei München
    source.set_raw(records[a], "y", de_number(5334871.2, 1))
    records[b]["display_end"] = records[b]["display_start"] - dt.timedelta(days=14)
    return [f"Zeile {a + 2}: Koordinaten in Bayern", f"Zeile {b + 2}: Offenlage bis vor Offenlage von"]


def flaw_kaiserslautern_building_plans(records, source, rng):
    i = rng.randrange(len(records))
    records[i]["plan_type"] = None
    return [f"BP_Plan {records[i]['name']!r}: ohne xplan:planArt"]


def flaw_sankt_wendel_events(records, source, rng):
    i = rng.randrange(len(records))
    records[i]["_omit"] = {"title"}
    return [f"Feature {i + 1}: ohne titel"]


def flaw_kusel_vacancies(records, source, rng):
    i = rng.randrange(len(records))
    source.set_raw(records[i], "property_type", "Burg")
    return [f"Zeile {i + 2}: Objektart „Burg“"]


FLAWS = {
    ("kaiserslautern", "offers"): flaw_kaiserslautern_offers,
    ("kusel", "events"): flaw_kusel_events,
    ("mayen-koblenz", "offers"): flaw_mayen_koblenz_offers,
    ("bitburg-pruem", "vacancies"): flaw_bitburg_pruem_vacancies,
    ("linz-am-rhein", "events"): flaw_linz_am_rhein_events,
    ("sankt-wendel", "building_plans"): flaw_sankt_wendel_building_plans,
    ("kaiserslautern", "building_plans"): flaw_kaiserslautern_building_plans,
    ("sankt-wendel", "events"): flaw_sankt_wendel_events,
    ("kusel", "vacancies"): flaw_kusel_vacancies,
}

# --------------------------------------------------------------------------------------
# Quelle: Spalten und Werte so, wie das Mitglied sie liefert
# --------------------------------------------------------------------------------------


class Source:
    """Eine Quelle aus cluster.yaml: Zieldatei, Format, Optionen und gelieferte Spalten."""

    def __init__(self, member: dict, dataset: str, spec: dict, ctx: Context):
        self.member, self.dataset, self.ctx = member, dataset, ctx
        self.connector = spec["connector"]
        self.path = ROOT / spec["location"]
        self.options = spec.get("options", {})
        self.schema = load_schema(dataset)
        self.spelling = ctx.profile.spelling_for(dataset)
        mapping = spec.get("mapping")
        if mapping:
            self.fields = [(self.schema.field(name), cols if isinstance(cols, list) else [cols])
                           for name, cols in mapping.items()]
        else:  # Spaltenköpfe = deutsche Feldbezeichnungen, ohne die Koordinaten-Eingabefelder
            self.fields = [(f, [f.label]) for f in self.schema.delivered_fields if not f.input_only]
        self.columns = list(dict.fromkeys(col for _, cols in self.fields for col in cols))

    def columns_of(self, name: str) -> list[str]:
        return next(cols for f, cols in self.fields if f.name == name)

    def shares_date_column(self, first: str, second: str) -> bool:
        names = {f.name for f, _ in self.fields}
        return {first, second} <= names and self.columns_of(first)[0] == self.columns_of(second)[0]

    def set_raw(self, record: dict, name: str, value: str, part: int = -1) -> None:
        """Einen gelieferten Spaltenwert unverändert überschreiben (für absichtliche Fehler)."""
        record.setdefault("_raw", {})[self.columns_of(name)[part]] = value

    def spell(self, field, code: str, record: dict) -> str:
        """Codelistenwert in der Schreibweise des Mitglieds (Code, Label oder Synonym)."""
        entry = next(e for e in field.code_list.codes if e.code == code)
        spellings = [s for s in (entry.label, *entry.synonyms) if field.code_list.lookup(s) == code]
        preferred = record.get(f"_{field.name}_word")
        if self.spelling == "code":
            return entry.code
        if self.spelling == "label":
            return entry.label
        if preferred and field.code_list.lookup(preferred) == code:
            return preferred
        if self.spelling == "synonym":
            return spellings[1] if len(spellings) > 1 else entry.label
        return self.ctx.rng.choice(spellings)

    def coordinate(self, record: dict, name: str) -> float:
        point = record["_point"]
        if self.options.get("crs", WORK_CRS) == "EPSG:4326":
            lon, lat = to_wgs84(point)
            return round(lon if name == "x" else lat, 6)
        return round(point.x if name == "x" else point.y, 1)

    def row(self, record: dict, render) -> dict:
        """Spalte -> Wert; ``render(field, value)`` formatiert für das Dateiformat."""
        row = {}
        for field, cols in self.fields:
            if field.name in record.get("_omit", ()):
                continue
            if field.input_only:
                value = self.coordinate(record, field.name)
            else:
                value = record.get(field.name)
                if field.code_list and value:
                    value = self.spell(field, value, record)
            if len(cols) == 2:  # Datum und Uhrzeit in zwei Spalten
                row[cols[0]], row[cols[1]] = render(field, value, split=True)
            else:
                row[cols[0]] = render(field, value)
        row.update(record.get("_raw", {}))
        return row

# --------------------------------------------------------------------------------------
# Dateiformate
# --------------------------------------------------------------------------------------


def write_csv(source: Source, records: list[dict]) -> None:
    """Deutscher Excel-Dialekt: Semikolon, TT.MM.JJJJ, HH:MM, Dezimalkomma."""
    thousands = source.ctx.profile.csv_thousands

    def render(field, value, split=False):
        if value is None:
            return ("", "") if split else ""
        if isinstance(value, dt.datetime):
            date, time = value.strftime("%d.%m.%Y"), value.strftime("%H:%M")
            return (date, time) if split else f"{date} {time}"
        if isinstance(value, dt.date):
            return value.strftime("%d.%m.%Y")
        if isinstance(value, bool):
            return "ja" if value else "nein"
        if field.type == "decimal":
            if field.input_only:
                return de_number(value, 6 if abs(value) < 180 else 1)
            places = 2 if field.name in MONEY_FIELDS else (0 if float(value).is_integer() else 1)
            return de_number(value, places, thousands)
        return str(value)

    encoding = "cp1252" if source.options.get("encoding") == "cp1252" else "utf-8-sig"
    with open(source.path, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, source.columns, delimiter=";", lineterminator="\r\n",
                                restval="")
        writer.writeheader()
        for record in records:
            writer.writerow(source.row(record, render))


def write_xlsx(source: Source, records: list[dict]) -> None:
    """Ein Blatt, Kopfzeile in Zeile 1, echte Zahlen-, Datums- und Datum/Zeit-Zellen."""
    def render(field, value, split=False):
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None)
        if isinstance(value, bool):
            return "ja" if value else "nein"
        return value

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = source.schema.title
    sheet.append(source.columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    formats = {col: xlsx_format(field) for field, cols in source.fields for col in cols}
    rng = source.ctx.rng
    for record in records:
        row = source.row(record, render)
        # Wie in echten Listen: ab und zu ein Betrag als Text mit Dezimalkomma.
        for column in source.columns_of("price_eur") if source.dataset == "offers" else []:
            if isinstance(row.get(column), float) and rng.random() < 0.05:
                row[column] = de_number(row[column], 2)
        sheet.append([row.get(column) for column in source.columns])
        for column, cell in zip(source.columns, sheet[sheet.max_row]):
            if formats[column] and not isinstance(cell.value, str):
                cell.number_format = formats[column]
    for index, column in enumerate(source.columns, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = max(12, len(column) + 4)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.creator = source.member["name"]
    workbook.save(source.path)
    make_zip_reproducible(source.path)


def xlsx_format(field) -> str | None:
    if field.type == "decimal":
        return "#,##0.00" if field.name in MONEY_FIELDS else "#,##0.##"
    return {"date": "DD.MM.YYYY", "datetime": "DD.MM.YYYY HH:MM"}.get(field.type)


def make_zip_reproducible(path: Path) -> None:
    """openpyxl schreibt die aktuelle Uhrzeit in Zip-Einträge und docProps/core.xml."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    stamp = DTSTAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            archive.writestr(zipfile.ZipInfo(name, DTSTAMP.timetuple()[:6]), data,
                             zipfile.ZIP_DEFLATED)


def write_geojson(source: Source, records: list[dict]) -> None:
    """RFC 7946 in WGS84; Linz-Bebauungspläne (Altbestand) in EPSG:25832 mit crs-Member."""
    german_dates = source.ctx.profile.geojson_dates == "de"
    legacy_utm = source.dataset == "building_plans" and source.member["key"] == "linz-am-rhein"

    def render(field, value, split=False):
        if isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, dt.date):
            return value.strftime("%d.%m.%Y") if german_dates else value.isoformat()
        return value

    def geometry(record):
        shape = record.get("_geometry") or record["_point"]
        if isinstance(shape, MultiPolygon) and len(shape.geoms) == 1:
            shape = shape.geoms[0]
        if legacy_utm:
            return rounded(to_geojson(shape), 3)
        return rounded(to_geojson(shapely.transform(shape, TO_WGS84.transform, interleaved=False)), 7)

    header = {"type": "FeatureCollection", "name": f"{source.member['key']}_{source.dataset}"}
    if legacy_utm:
        header["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}
    features = [json.dumps({"type": "Feature", "properties": source.row(record, render),
                            "geometry": geometry(record)}, ensure_ascii=False) for record in records]
    # Wie GDAL: ein Feature je Zeile.
    lines = [f'"{key}": {json.dumps(value, ensure_ascii=False)},' for key, value in header.items()]
    text = "{\n" + "\n".join(lines) + '\n"features": [\n' + ",\n".join(features) + "\n]\n}\n"
    json.loads(text)  # Selbstkontrolle
    source.path.write_text(text, encoding="utf-8")


def rounded(geometry: dict, places: int) -> dict:
    def walk(value):
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value]
        return round(value, places)
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def write_ical(source: Source, records: list[dict]) -> None:
    """Ein VCALENDAR mit VTIMEZONE Europe/Berlin; LOCATION „Ort, Straße Nr, PLZ Ort“."""
    ctx = source.ctx
    category = source.schema.field("category")
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Südwest-Cluster//Beispiellieferung {source.member['key']}//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Veranstaltungen – {source.member['name']}")
    calendar.add("x-wr-timezone", "Europe/Berlin")
    for record in records:
        event = icalendar.Event()
        event.add("uid", f"{ctx.uuid()}@{ctx.domain}")
        event.add("dtstamp", DTSTAMP)
        event.add("summary", record["title"])
        if record["all_day"]:
            event.add("dtstart", record["start"].date())
            event.add("dtend", record["end"].date())
        else:
            event.add("dtstart", record["start"])
            event.add("dtend", record["end"])
        price = record["price_eur"]
        entry = "Eintritt frei." if not price else f"Eintritt: {de_number(price, 2)} €."
        event.add("description", f"{record['description']} {entry}")
        event.add("categories", [source.spell(category, record["category"], record)])
        street = " ".join(filter(None, [record["street"], record["housenumber"]]))
        event.add("location", ", ".join(filter(None, [record["venue"], street,
                                                      f"{record['postcode']} {record['place']}"])))
        organizer = icalendar.vCalAddress(f"mailto:{record['email']}")
        organizer.params["CN"] = record["organiser"]
        event.add("organizer", organizer)
        event.add("url", record["url"])
        if ctx.rng.random() < 0.5:
            lon, lat = to_wgs84(record["_point"])
            event.add("geo", (round(lat, 6), round(lon, 6)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    source.path.write_bytes(calendar.to_ical())


XPLAN_NAMESPACES = {"5.4": "http://www.xplanung.de/xplangml/5/4",
                    "6.0": "http://www.xplanung.de/xplangml/6/0"}
XPLAN_VERSIONS = {"kaiserslautern": "5.4", "bitburg-pruem": "5.4", "mayen-koblenz": "6.0"}
GML = "http://www.opengis.net/gml/3.2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def write_xplan(source: Source, records: list[dict]) -> None:
    """XPlanAuszug mit einem BP_Plan je Plan (nur die Planebene, ohne Bereiche und Inhalte)."""
    version = XPLAN_VERSIONS[source.member["key"]]
    xplan = XPLAN_NAMESPACES[version]
    for prefix, uri in (("xplan", xplan), ("gml", GML), ("xlink", "http://www.w3.org/1999/xlink"),
                        ("xsi", XSI)):
        ET.register_namespace(prefix, uri)
    ctx = source.ctx

    def gml_id():
        return f"GML_{ctx.uuid()}"

    def sub(parent, tag, text=None, ns=xplan, **attrs):
        element = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
        if text is not None:
            element.text = text.isoformat() if isinstance(text, dt.date) else str(text)
        return element

    def envelope(parent, bounds):
        envelope_ = sub(sub(parent, "boundedBy", ns=GML), "Envelope", ns=GML, srsName="EPSG:25832")
        sub(envelope_, "lowerCorner", f"{bounds[0]:.3f} {bounds[1]:.3f}", ns=GML)
        sub(envelope_, "upperCorner", f"{bounds[2]:.3f} {bounds[3]:.3f}", ns=GML)

    root = ET.Element(f"{{{xplan}}}XPlanAuszug", {
        f"{{{GML}}}id": gml_id(),
        f"{{{XSI}}}schemaLocation": f"{xplan} https://repository.gdi-de.org/schemas/"
                                    f"de.xleitstelle.xplanung/{version}/XPlanung-Operationen.xsd"})
    bounds = [r["_geometry"].bounds for r in records]
    envelope(root, (min(b[0] for b in bounds), min(b[1] for b in bounds),
                    max(b[2] for b in bounds), max(b[3] for b in bounds)))
    for record in records:
        plan = sub(sub(root, "featureMember", ns=GML), "BP_Plan", **{f"{{{GML}}}id": gml_id()})
        envelope(plan, record["_geometry"].bounds)
        sub(plan, "name", record["name"])
        sub(plan, "nummer", record["number"])
        sub(plan, "beschreibung", record["description"])
        sub(plan, "technHerstellDatum", TODAY)
        surface = sub(sub(plan, "raeumlicherGeltungsbereich"), "MultiSurface", ns=GML,
                      srsName="EPSG:25832", **{f"{{{GML}}}id": gml_id()})
        for polygon in record["_geometry"].geoms:
            ring = sub(sub(sub(sub(surface, "surfaceMember", ns=GML), "Polygon", ns=GML,
                               srsName="EPSG:25832", **{f"{{{GML}}}id": gml_id()}),
                           "exterior", ns=GML), "LinearRing", ns=GML)
            coords = list(polygon.exterior.coords)
            sub(ring, "posList", " ".join(f"{x:.3f} {y:.3f}" for x, y in coords), ns=GML,
                srsDimension="2", count=str(len(coords)))
        municipality = sub(sub(plan, "gemeinde"), "XP_Gemeinde")
        sub(municipality, "ags", record["plan_ags"])
        sub(municipality, "gemeindeName", record["plan_municipality"])
        for tag, name in (("planArt", "plan_type"), ("rechtsstand", "legal_status"),
                          ("aufstellungsbeschlussDatum", "decision_date"),
                          ("auslegungsStartDatum", "display_start"),
                          ("auslegungsEndDatum", "display_end"),
                          ("inkrafttretensDatum", "in_force_date")):
            if record.get(name) is not None:
                sub(plan, tag, record[name])
    ET.indent(root, space="  ")
    xml = ET.tostring(root, encoding="unicode")
    source.path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n', encoding="utf-8")


WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "geojson": write_geojson, "ical": write_ical,
           "xplan": write_xplan}

# --------------------------------------------------------------------------------------


def main() -> None:
    cluster = yaml.safe_load((ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    areas = load_areas(cluster["members"])
    for member in cluster["members"]:
        ctx = Context(member, PROFILES[member["key"]], areas[member["key"]], rng)
        for dataset, spec in member["sources"].items():
            source = Source(member, dataset, spec, ctx)
            records = BUILDERS[dataset](ctx, rng.randint(*RECORD_COUNTS[dataset]), source)
            flaw = FLAWS.get((member["key"], dataset))
            notes = flaw(records, source, rng) if flaw else []
            source.path.parent.mkdir(parents=True, exist_ok=True)
            WRITERS[source.connector](source, records)
            print(f"{spec['location']:<55} {source.connector:<8} {len(records):>4}"
                  + (f"  Fehler: {'; '.join(notes)}" if notes else ""))


if __name__ == "__main__":
    main()
