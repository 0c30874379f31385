"""Storage: the GeoParquet lake, rejected rows and the DuckDB warehouse built from them."""
