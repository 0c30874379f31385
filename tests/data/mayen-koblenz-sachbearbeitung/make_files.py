"""Files as a clerk in Mayen-Koblenz sends them (generated, then saved by LibreOffice)."""
from openpyxl import Workbook
from openpyxl.styles import Font

def vacancies():
    wb = Workbook(); ws = wb.active; ws.title = "Leerstand"
    ws["A1"] = "Leerstandskataster Landkreis Mayen-Koblenz – Stand 1.12.2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:P1")
    header = ["ObjNr", "Titel", "Art", "Angebot", "Strasse", "HausNr", "PLZ", "Ort", "Nutzflaeche",
              "Grundstuecksflaeche", "Raeume", "Leerstand seit", "Kaltmiete", "Kaufpreis", "Bemerkung",
              "Kontakt Verwaltung", "Interne Notiz"]
    ws.append([]); ws.append(header)
    rows = [
        ["MYK-LS-0101", "Ladenlokal in der Fußgängerzone", "Laden", "zu vermieten", "Marktstraße", "12", 56626,
         "Andernach", "85,5", None, 2, 46204, "1.140,00 €", None, "Schaufensterfront, barrierefrei.", "leerstand@kvmyk.de", "Eigentümer will verkaufen"],
        ["MYK-LS-0102", "Café am Markt", "Café", "Miete/Kauf", "Marktstraße", "14", 56626,
         None, 120, 300, 3, "3.12.2025", "950 €", "249.000 €", "Küche vorhanden.", "leerstand@kvmyk.de", ""],
        ["MYK-LS-0103", "Scheune mit Hof", "Scheune", "zu verkaufen", "Hauptstraße", "7a", 56729,
         "Ettringen", None, "1.200", None, "Sommer 2021", None, "VB", "Ehemalige Hofstelle.", "leerstand@kvmyk.de", ""],
        ["MYK-LS-0104", "Büro über der Apotheke", "Büro/Praxis", "zu vermieten", "Bahnhofstraße", "3", 56727,
         "Mayen", 64, None, 2, 45292.0, "auf Anfrage", None, None, "leerstand@kvmyk.de", ""],
    ]
    for r in rows: ws.append(r)
    ws.merge_cells("H4:H5")  # "Andernach" for both shops on the market square
    ws.column_dimensions["Q"].hidden = True
    ws.row_dimensions[7].hidden = True  # the office above the pharmacy, let in the meantime
    for _ in range(5): ws.append([None] * 17)
    ws.cell(row=ws.max_row + 3, column=1).font = Font(bold=True)  # formatted empty rows at the end
    notes = wb.create_sheet("Erläuterungen")
    notes["A1"] = "Art: Laden, Haus, Gewerbe, Büro/Praxis, Gastronomie, Scheune"
    wb.save("leerstand-mayen-koblenz.xlsx")

def events():
    wb = Workbook(); ws = wb.active; ws.title = "Veranstaltungen 2026"
    ws["A1"] = "Veranstaltungskalender Dezember"
    ws.merge_cells("A1:I1")
    ws.append(["Titel", "Beginn", "Ende", "Veranstaltungsort", "Ort", "Veranstalter", "Preis in Euro", "Kategorie", "Webseite"])
    ws.append(["Adventskonzert des Männergesangvereins", "13.12.2026 19 Uhr", None, "Pfarrkirche St. Genovefa", "Mendig", "MGV Mendig 1878 e. V.", "12,50 €", "Konzert", "https://www.mendig.de"])
    ws.append(["Weihnachtsmarkt Andernach", "27.11.2026", "23.12.2026", "Marktplatz", "Andernach", "Stadt Andernach", "kostenlos", "Markt", None])
    ws.append(["Nikolauslauf", 46361, None, "Sportplatz", "Polch", "TuS Polch", "5", "Sport", None])
    ws.append(["Lesung: Eifelkrimi", "3.12.2026, 19.30 Uhr", "3.12.2026, 21 Uhr", "Stadtbücherei", "Mayen", "Stadtbücherei Mayen", "Eintritt frei", "Lesung", None])
    ws.append(["Silvesterparty", "31.12.2026 20:00", "1.1.2027 02:00", "Stadthalle", "Weißenthurm", "Karnevalsgesellschaft", "15,– €", "Fest", None])
    wb.create_sheet("Tabelle2")
    wb.save("veranstaltungen-mayen-koblenz.xlsx")

vacancies(); events()
