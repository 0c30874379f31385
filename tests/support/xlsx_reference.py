"""XLSX as openpyxl writes it cell by cell: the reference that
`pipelines.export.spreadsheet.write_xlsx` (which writes the data rows as sheet XML) must match
when both files are opened in openpyxl."""
from __future__ import annotations

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pipelines.export.spreadsheet import _cell, _text, spreadsheet_columns


def reference_xlsx(frame, schema, fields, path, about):
    columns = spreadsheet_columns(schema, fields)
    order = [name for name in schema.sort_fields if name in frame]
    rows = frame.sort_values(order, kind="stable", na_position="last") if order else frame
    book = Workbook(write_only=True)
    sheet = book.create_sheet(schema.title[:31])
    sheet.freeze_panes = "A2"
    header = []
    for f in columns:
        cell = WriteOnlyCell(sheet, value=f.label)
        cell.font = Font(bold=True)
        header.append(cell)
    for index, f in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(len(f.label) + 2, 12), 40)
    sheet.append(header)
    for record in rows[[f.name for f in columns]].itertuples(index=False):
        sheet.append([_cell(sheet, value, f) for value, f in zip(record, columns)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    notes = book.create_sheet("Hinweise")
    for line in (about["title"], about["description"], f"Lizenz: {about['license_title']} "
                 f"({about['license']})", *(f"Quelle: {text}" for text in about["attribution"])):
        notes.append([_text(notes, line)])
    book.save(path)
    return path


def opened(path) -> list:
    """Everything a person sees of a workbook: per sheet its frozen pane, filter, column
    widths and every cell's value, type, number format and boldness."""
    book = load_workbook(path)
    return [(sheet.title, sheet.freeze_panes, sheet.auto_filter.ref,
             {key: d.width for key, d in sheet.column_dimensions.items()},
             [[(c.coordinate, c.value, c.data_type, c.number_format, c.font.b) for c in row]
              for row in sheet.iter_rows()]) for sheet in book.worksheets]
