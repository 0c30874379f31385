"""Ingestion: archive a delivery, map and normalise it, run it through geocoding and the
quality suite, store it in the lake; the pre-check of `swdp check`."""
