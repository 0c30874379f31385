"""Geocoding: official geodata, gazetteer, address registers, matching, coordinates and the
online geocoder with its cache."""
