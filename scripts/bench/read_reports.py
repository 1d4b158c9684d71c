#!/usr/bin/env python3
"""The script a specialist's IT colleague would write: read every unit report in a folder (.xlsx with
openpyxl in read-only mode, .docx with python-docx) and print how many cells and paragraphs it saw.
It only reads; the app also matches, checks and files. `npm run bench` times it beside the app."""
import sys
from pathlib import Path

import docx
import openpyxl


def main(folder: str) -> None:
    cells = paragraphs = 0
    for path in sorted(Path(folder).iterdir()):
        if path.suffix == '.xlsx':
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    cells += sum(1 for v in row if v is not None)
            wb.close()
        elif path.suffix == '.docx':
            d = docx.Document(str(path))
            paragraphs += sum(1 for p in d.paragraphs if p.text.strip())
            for t in d.tables:
                for r in t.rows:
                    cells += sum(1 for c in r.cells if c.text.strip())
    print(f'{cells} cells, {paragraphs} paragraphs')


if __name__ == '__main__':
    main(sys.argv[1])
