"""`swdp instance` as a data office runs it before daemon and UI: one German line, without
Dagster's English migration progress (a line and a bar over every run on disk)."""
from support.cli import swdp, swdp_in_process


def test_instance_reports_in_one_german_line_on_a_fresh_and_on_an_existing_instance(tmp_path):
    data_dir = tmp_path / "data"
    for _ in ("fresh", "existing"):
        made = swdp("instance", data_dir=data_dir)
        assert made.returncode == 0, made.stderr[-2000:]
        lines = [line for line in (made.stdout + made.stderr).splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith(f"Dagster-Instanz in {data_dir / 'dagster'}"), lines
    assert (data_dir / "dagster" / "dagster.yaml").is_file()


def test_instance_and_run_create_the_members_inbox_folders_as_the_readme_says(tmp_path, cluster):
    """A clerk looks for `inbox/<member>/<dataset>/` before the daemon's sensor ever ran."""
    configured = {(member.key, dataset) for member in cluster.members.values()
                  for dataset in member.sources}
    for command in (("instance",), ("run", "-m", "kusel", "-d", "events")):
        data_dir = tmp_path / command[0] / "data"
        for _ in ("first", "again"):  # idempotent: a second call finds them and goes on
            done = swdp_in_process(*command, data_dir=data_dir)
            assert done.returncode == 0, done.stderr[-2000:]
        inbox = data_dir / "inbox"
        assert {(folder.parent.name, folder.name) for folder in inbox.glob("*/*")} == configured
        # the mode every folder of the data folder has (as the umask gives)
        assert {folder.stat().st_mode for folder in [inbox, *inbox.glob("*/*")]} == {
            (data_dir / "dagster").stat().st_mode}
