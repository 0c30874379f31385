"""What else keeps personal values, and for how long: a refused upload set aside with its report
(which quotes the rejected values) goes after `file_retention_days` like a refused file of the
inbox; the run journals and the quality history, kept without a Löschfrist, hold no value of
a row – they name rows by their reference and the member's own id."""
import os
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from support.cli import SAMPLES, swdp_in_process
from test_privacy import _config


def test_refused_uploads_and_their_reports_go_after_the_loeschfrist(tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch, "privacy:\n  file_retention_days: 30")
    refused = data_dir / "uploads" / "kusel" / "vacancies" / "abgelehnt" / "leerstand.csv"
    refused.parent.mkdir(parents=True)
    refused.write_bytes((SAMPLES / "kusel" / "leerstand.csv").read_bytes())
    report = refused.with_name("leerstand.csv.bericht.txt")
    report.write_text("Zeile 25: „Burg“ ist für Objektart nicht zulässig", encoding="utf-8")
    month_ago = (datetime.now() - timedelta(days=31)).timestamp()
    for path in (refused, report):
        os.utime(path, (month_ago, month_ago))
    fresh = refused.with_name("leerstand-neu.csv")
    fresh.write_bytes(refused.read_bytes())

    expired = swdp_in_process("privacy", "expire", data_dir=data_dir)
    assert expired.returncode == 0, expired.stderr[-2000:]
    assert "Löschfristen angewendet: 2 Dateien gelöscht" in " ".join(expired.stdout.split())
    assert not refused.exists() and not report.exists() and fresh.exists()


def _personal_values(data_dir: Path) -> set[str]:
    """The rejected values and the personal fields' values of the lake."""
    found = set()
    for path in (data_dir / "rejects").rglob("*.parquet"):
        found |= {value for value in pd.read_parquet(path)["value"].dropna() if len(str(value)) > 4}
    for path in (data_dir / "lake").rglob("records.parquet"):
        records = pd.read_parquet(path)
        for name in ("owner_name", "owner_email", "owner_phone"):
            found |= set(records[name].dropna()) if name in records else set()
    return {str(value) for value in found}


def test_run_journals_and_quality_history_name_rows_without_their_values(tmp_path, monkeypatch):
    _, data_dir = _config(tmp_path, monkeypatch)
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    values = _personal_values(data_dir)
    assert {"Uwe Schröder", "familie.schroeder@example.org"} <= values
    journals = [path for folder in ("runs", "quality") for path in (data_dir / folder).rglob("*.json")]
    assert journals
    for path in journals:
        text = path.read_text(encoding="utf-8")
        assert not [value for value in values if value in text], path
