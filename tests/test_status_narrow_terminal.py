"""`swdp status` in a terminal of 60 to 80 columns, as a data officer's laptop beside the
mail program has it: a real pseudo-terminal of that width (no COLUMNS), nothing cut at its
edge, no heading broken into letters, every member's name and dataset's title whole or
wrapped between its words, no word cut with or without an ellipsis, and every figure
there."""
import fcntl
import os
import pty
import re
import struct
import subprocess
import termios

import pytest

from pipelines.cli.common import EXIT_OK, PRECISION_LABELS
from schemas import load_schema
from support.cli import SWDP, swdp_in_process

MEMBERS = ("linz-am-rhein", "bitburg-pruem")  # the longest name, and one with an umlaut
DATASETS = ("events", "building_plans")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("narrow") / "data"
    ran = swdp_in_process("run", *(f"-m{m}" for m in MEMBERS), *(f"-d{d}" for d in DATASETS),
                          data_dir=data_dir)
    assert ran.returncode == EXIT_OK, ran.stderr[-2000:]
    return data_dir


def _in_terminal(width: int, data_dir) -> list[str]:
    """The lines `swdp status` shows in a pseudo-terminal `width` columns wide."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, width, 0, 0))
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    shown = subprocess.Popen([SWDP, "status"], stdin=follower, stdout=follower, stderr=follower,
                             env={**env, "SWDP_DATA_DIR": str(data_dir), "TERM": "xterm"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the program
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert shown.wait(300) == EXIT_OK
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8"))
    return text.replace("\r", "").splitlines()


@pytest.mark.parametrize("width", [60, 72, 80])
def test_status_is_readable_in_a_narrow_terminal(data_dir, cluster, width):
    lines = _in_terminal(width, data_dir)
    text = "\n".join(lines)
    assert max(len(line) for line in lines) <= width, text
    table = [line for line in lines if line[:1] in "┏┃┡│├└"]
    assert all(line[-1] in "┓┃┩│┤┘" for line in table), text  # none cut at the edge
    assert "…" not in text, text
    # headings whole: no column so narrow that a heading stands in pieces of letters
    assert all(f"┃ {heading} " in text for heading in ("Datensatz", "Datei (Eingang)")), text
    assert "┃ Da " not in text and "┃ St " not in text
    cells = {cell.strip() for line in table for cell in re.split("[│┃]", line)}
    for member in MEMBERS:
        assert cluster.member_name(member) in cells, (member, text)
    words = {word for cell in cells for word in cell.split()}
    for dataset in DATASETS:
        title = load_schema(dataset).title
        assert title in cells or set(title.split()) <= words, (title, text)
    assert "Koordinaten" in text and "100 %" in text  # the geocoding shares, whole
    # every cell's words are words of what is shown: none cut in two
    known = {*words_of(cluster, data_dir)}
    cut = sorted(word for word in words if re.fullmatch(r"[A-Za-zÄÖÜäöüß]{4,}", word)
                 and word not in known)
    assert cut == [], text


def words_of(cluster, data_dir):
    """Every word the status may show: titles, names, headings, statuses, levels, files."""
    texts = [cluster.member_name(m) for m in MEMBERS]
    texts += [load_schema(d).title for d in DATASETS]
    texts += [*PRECISION_LABELS.values(), "Datensatz Datei Eingang gelesen gültig abgewiesen "
              "verortet Status Zeitpunkt Summe Angaben Abruf ok unverändert Koordinaten "
              "Gemeinde Straße Haus ohne Lage"]
    texts += [path.name for path in (data_dir / "raw").rglob("*") if path.is_file()]
    texts += ["veranstaltungen bebauungsplaene"]
    return {word for text in texts for word in re.split(r"[^A-Za-zÄÖÜäöüß]+", text)}


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_server_addresses_are_folded_in_readable_pieces(cluster, monkeypatch, width):
    """At 80 columns the address of a source on a server stood in pieces of 7 characters
    („https:/“, „/geopor“) beside a column of whole titles: an address is folded in pieces of
    at least 16 characters, or stands under its heading's name beside the title."""
    import io

    from rich.console import Console

    from pipelines.cli import status

    address = "https://geoportal.linz-am-rhein.de/wfs?service=WFS&request=GetFeature"
    shown = io.StringIO()
    monkeypatch.setattr(status, "out", Console(width=width, file=shown, emoji=False,
                                               highlight=False))
    status._print_upstream([{"municipality": member, "dataset": dataset, "location": address,
                             "changed_at": "2026-12-07T13:00:00+00:00", "checked_at": None}
                            for member in MEMBERS for dataset in DATASETS], cluster)
    lines = shown.getvalue().splitlines()
    assert max(len(line) for line in lines) <= width and "…" not in shown.getvalue()
    pieces = [cell.strip() for line in lines for cell in line.split("│")
              if cell.strip() and cell.strip() in address]
    assert pieces and all(len(piece) >= 16 for piece in pieces if not address.endswith(piece))
    assert "".join(pieces[:len(pieces) // (len(MEMBERS) * len(DATASETS))]) == address
    assert sum("07.12.2026" in line for line in lines) == len(MEMBERS) * len(DATASETS)
