"""Clerks of the members in a real CKAN, for deliveries uploaded through the catalogue."""
from __future__ import annotations

import ckanapi


def member_editor(admin: ckanapi.RemoteCKAN, cluster, member: str) -> ckanapi.RemoteCKAN:
    """A clerk of the member: a CKAN user who edits the member's organisation only."""
    name = f"sachbearbeitung-{member}"
    organization = cluster.member(member).ckan_organization
    try:
        admin.action.organization_show(id=organization)
    except ckanapi.NotFound:
        admin.action.organization_create(name=organization, title=cluster.member(member).name)
    try:
        admin.action.user_show(id=name)
    except ckanapi.NotFound:
        admin.action.user_create(name=name, email=f"{name}@example.org",
                                 password="Sachbearbeitung-2026!")
    admin.action.organization_member_create(id=organization, username=name, role="editor")
    token = admin.action.api_token_create(user=name, name="lieferungen")["token"]
    return ckanapi.RemoteCKAN(admin.address, apikey=token)
