#!/usr/bin/python3
"""The peer the ingest benchmark is measured against: what an analyst would write in an afternoon.

Reads the progress table of every .xlsx under INBOX (one folder per office, as offices drop them),
keeps the rows that have a 項次, adds the office code from the folder name, concatenates them and
writes one master workbook. openpyxl + pandas, nothing else; no checks, no receipts, no database.

    /usr/bin/python3 src/test/benchmark/consolidate_peer.py INBOX MASTER.xlsx

Prints one line: "peer: <files> files, <rows> rows, read <s> s, write <s> s".
"""
import pathlib
import sys
import time
import warnings

import pandas as pd

# openpyxl warns that POI's workbooks have no default style; it reads them all the same
warnings.filterwarnings("ignore", module="openpyxl")

SHEET = "進度回報"
CODE = "項次"


def read_sheet(path):
    raw = pd.read_excel(path, sheet_name=SHEET, header=None, engine="openpyxl", dtype=object)
    header = raw.index[(raw == CODE).any(axis=1)][0]
    table = raw.iloc[header + 1:].copy()
    table.columns = raw.iloc[header]
    table = table[table[CODE].notna()]
    table.insert(0, "機關代碼", path.parent.name)
    return table


def main(inbox, master):
    started = time.perf_counter()
    files = sorted(pathlib.Path(inbox).rglob("*.xlsx"))
    frames = [read_sheet(path) for path in files]
    table = pd.concat(frames, ignore_index=True)
    read = time.perf_counter()
    table.to_excel(master, index=False, sheet_name="彙整", engine="openpyxl")
    written = time.perf_counter()
    print("peer: %d files, %d rows, read %.2f s, write %.2f s" % (len(files), len(table), read - started,
                                                                  written - read))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
