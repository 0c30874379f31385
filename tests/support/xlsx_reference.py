"""XLSX as openpyxl writes it cell by cell: the reference that
`pipelines.export.spreadsheet.write_xlsx` (which writes the data rows as sheet XML) must match
when both files are opened in openpyxl."""
from __future__ import annotations

from openpyxl import load_workbook

from pipelines.export.spreadsheet import (EXCEL_ROWS, _cell, sheet_counts, spreadsheet_columns,
                                          workbook)


def reference_xlsx(frame, schema, fields, path, about, rows_per_sheet=EXCEL_ROWS - 1):
    columns = spreadsheet_columns(schema, fields)
    order = [name for name in schema.sort_fields if name in frame]
    rows = frame.sort_values(order, kind="stable", na_position="last") if order else frame
    counts = sheet_counts(len(rows), rows_per_sheet)

    def fill(sheet, number):
        first = sum(counts[:number])
        part = rows.iloc[first:first + counts[number]]
        for record in part[[f.name for f in columns]].itertuples(index=False):
            sheet.append([_cell(sheet, value, f) for value, f in zip(record, columns)])

    workbook(schema, columns, counts, about, fill).save(path)
    return path


def opened(path) -> list:
    """Everything a person sees of a workbook: per sheet its frozen pane, filter, column
    widths and every cell's value, type, number format and boldness."""
    book = load_workbook(path)
    return [(sheet.title, sheet.freeze_panes, sheet.auto_filter.ref,
             {key: d.width for key, d in sheet.column_dimensions.items()},
             [[(c.coordinate, c.value, c.data_type, c.number_format, c.font.b) for c in row]
              for row in sheet.iter_rows()]) for sheet in book.worksheets]
