"""`swdp instance` as a data office runs it before daemon and UI: one German line, without
Dagster's English migration progress (a line and a bar over every run on disk)."""
from support.cli import swdp


def test_instance_reports_in_one_german_line_on_a_fresh_and_on_an_existing_instance(tmp_path):
    data_dir = tmp_path / "data"
    for _ in ("fresh", "existing"):
        made = swdp("instance", data_dir=data_dir)
        assert made.returncode == 0, made.stderr[-2000:]
        lines = [line for line in (made.stdout + made.stderr).splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith(f"Dagster-Instanz in {data_dir / 'dagster'}"), lines
    assert (data_dir / "dagster" / "dagster.yaml").is_file()
