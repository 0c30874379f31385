"""Export: open-data files for citizens and their metadata (licence, attribution)."""
