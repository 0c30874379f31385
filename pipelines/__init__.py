"""Südwest-Cluster Datenplattform: rooms by domain (see README „Aufbau“)."""
