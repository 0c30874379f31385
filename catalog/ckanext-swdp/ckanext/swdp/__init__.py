"""CKAN extensions of the Südwest-Cluster data platform."""
