"""Publication metadata for the cluster's open data (and, later, CKAN publishing)."""
