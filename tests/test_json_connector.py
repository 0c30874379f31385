"""connector: json against a real local API: paging, nested fields, schema.org Event preset."""
import json

import pytest

from catalog.ckan_server import free_port
from support.http import upstream_server
from connectors import read_delivery, remote
from connectors.delivery import DeliveryError
from connectors.jsondoc import parse
from pipelines.ingest.delivery import check_delivery
from schemas import load_schema


def offer(number: int) -> dict:
    return {"id": number, "name": f"Angebot {number}",
            "location": {"address": {"postalCode": "66869", "addressLocality": "Kusel"}},
            "tags": ["a", "b"]}


def page(numbers, **extra) -> str:
    return json.dumps({"data": {"items": [offer(n) for n in numbers]}, **extra})


def test_page_numbers_and_dotted_columns(tmp_path):
    with upstream_server() as up:
        url = up.add("/api", "")
        up.add("/api?page=1&per_page=2", page([1, 2]))
        up.add("/api?page=2&per_page=2", page([3, 4]))
        up.add("/api?page=3&per_page=2", page([5]))
        options = {"records": "data.items",
                   "paging": {"type": "page", "size_param": "per_page", "size": 2}}
        fetched = remote.fetch(url, "json", options, tmp_path)
        delivery = read_delivery(fetched.path, "json", options)
        assert [row["name"] for row in delivery.rows] == [f"Angebot {n}" for n in range(1, 6)]
        assert delivery.rows[0]["location.address.postalCode"] == "66869"
        assert delivery.rows[0]["tags"] == "a, b"
        assert delivery.refs[2] == "Datensatz 3 (id 3)"
        assert fetched.path.suffix == ".json"
        again = remote.fetch(url, "json", options, tmp_path, fetched.state)
        assert again.unchanged and again.path is None


def test_offset_next_link_and_link_header(tmp_path):
    with upstream_server() as up:
        url = up.add("/offset", "")
        up.add("/offset?offset=0&limit=2", page([1, 2]))
        up.add("/offset?offset=2&limit=2", page([3]))
        options = {"records": "data.items", "paging": {"type": "offset", "size": 2}}
        fetched = remote.fetch(url, "json", options, tmp_path)
        assert len(read_delivery(fetched.path, "json", options).rows) == 3

        url = up.add("/next", page([1], links={"next": {"href": "/next2"}}))
        up.add("/next2", page([2], links={"next": None}))
        options = {"records": "data.items", "paging": {"type": "next", "next": "links.next"}}
        fetched = remote.fetch(url, "json", options, tmp_path)
        assert len(read_delivery(fetched.path, "json", options).rows) == 2

        url = up.add("/linked", page([1]), headers={"Link": f'<{up.url}/linked2>; rel="next"'})
        up.add("/linked2", page([2, 3]))
        options = {"records": "data.items", "paging": "link"}
        fetched = remote.fetch(url, "json", options, tmp_path)
        assert len(read_delivery(fetched.path, "json", options).rows) == 3


def test_next_link_to_another_port_is_refused(tmp_path):
    elsewhere = f"http://127.0.0.1:{free_port()}/steal"
    with upstream_server() as up:
        url = up.add("/next", page([1], next=elsewhere))
        with pytest.raises(DeliveryError, match="außerhalb der erlaubten Server") as refused:
            remote.fetch(url, "json", {"records": "data.items", "paging": "next"}, tmp_path)
    assert elsewhere in str(refused.value)


def test_depth_limit(tmp_path):
    deep = tmp_path / "tief.json"
    deep.write_text("[" * 100 + "]" * 100)
    with pytest.raises(DeliveryError, match="tiefer als 64 Ebenen"):
        read_delivery(deep, "json", {})
    very_deep = tmp_path / "sehr-tief.geojson"
    very_deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(DeliveryError, match="tiefer als 64 Ebenen"):
        read_delivery(very_deep, "geojson", {})



def test_the_depth_limit_counts_the_deepest_branch_whatever_its_siblings():
    """64 levels are read, 65 refused: objects and arrays count alike, beside shallow values."""
    def nested(levels: int):
        document = 1
        for level in range(levels - 2):  # the outer object and the innermost {} make two
            document = {"a": document, "b": [2, 3]} if level % 2 else [document, "x", {}]
        return {"tief": document, "flach": [1, 2]}

    assert parse(json.dumps(nested(64)), "tief.json") == nested(64)
    with pytest.raises(DeliveryError, match="tief.json: Das JSON ist tiefer als 64 Ebenen"):
        parse(json.dumps(nested(65)), "tief.json")

JSON_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "MusicEvent", "@id": "https://kl.example/e/1", "name": "Orgelkonzert",
         "startDate": "2026-12-20T17:00:00+01:00", "endDate": "2026-12-20T19:00:00+01:00",
         "location": {"@id": "https://kl.example/p/stiftskirche"},
         "organizer": {"@type": "Organization", "name": "Kantorei Kaiserslautern"},
         "offers": [{"@type": "Offer", "price": "12.50", "priceCurrency": "EUR"}],
         "url": "https://kl.example/e/1", "eventStatus": "https://schema.org/EventScheduled"},
        {"@type": "Event", "@id": "https://kl.example/e/2", "name": "Weihnachtsmarkt",
         "startDate": "2026-12-05", "location": {
             "@type": "Place", "name": "Schillerplatz",
             "address": {"streetAddress": "Schillerplatz", "postalCode": "67655",
                         "addressLocality": "Kaiserslautern"}}},
        {"@type": "Event", "@id": "https://kl.example/e/3", "name": "Abgesagt",
         "startDate": "2026-12-06T10:00", "eventStatus": "https://schema.org/EventCancelled"},
        {"@type": "Place", "@id": "https://kl.example/p/stiftskirche", "name": "Stiftskirche",
         "address": {"@type": "PostalAddress", "streetAddress": "Stiftsplatz 1",
                     "postalCode": "67655", "addressLocality": "Kaiserslautern"},
         "geo": {"latitude": 49.4447, "longitude": 7.7690}},
    ]}


def test_schema_org_event_preset_needs_no_mapping(tmp_path):
    feed = tmp_path / "events.jsonld"
    feed.write_text(json.dumps(JSON_LD))
    options = {"preset": "schema.org/Event"}
    delivery = read_delivery(feed, "json", options)
    concert, market = delivery.rows
    assert concert["venue"] == "Stiftskirche" and concert["postcode"] == "67655"
    assert (concert["x"], concert["y"]) == (7.7690, 49.4447)
    assert concert["organiser"] == "Kantorei Kaiserslautern" and concert["price_eur"] == 12.5
    assert market["all_day"] and not concert["all_day"]
    assert delivery.notes == ["1 abgesagte Veranstaltung(en) (eventStatus EventCancelled) "
                              "nicht übernommen"]
    checked = check_delivery(feed, load_schema("events"), "json", options, {},
                             "kaiserslautern", area=None)
    assert checked.problems == []
    records = checked.records.set_index("source_id")
    assert records.loc["https://kl.example/e/1", "start"].isoformat() == "2026-12-20T16:00:00+00:00"
    assert records.loc["https://kl.example/e/2", "place"] == "Kaiserslautern"


def test_since_cursor_asks_only_for_changes(tmp_path):
    changes = [{"id": 1, "name": "A", "dateModified": "2026-11-01T10:00:00Z"},
               {"id": 2, "name": "B", "dateModified": "2026-11-02T09:00:00Z"}]
    with upstream_server() as up:
        url = up.add("/changes", json.dumps(changes))
        options = {"since": {"param": "modified_since", "field": "dateModified"}}
        first = remote.fetch(url, "json", options, tmp_path)
        assert first.state["cursor"] == "2026-11-02T09:00:00Z"
        up.add("/changes?modified_since=2026-11-02T09%3A00%3A00Z", "[]")
        assert remote.fetch(url, "json", options, tmp_path, first.state).unchanged
        up.add("/changes?modified_since=2026-11-02T09%3A00%3A00Z",
               json.dumps([{"id": 3, "name": "C", "dateModified": "2026-11-03T08:00:00Z"}]))
        later = remote.fetch(url, "json", options, tmp_path, first.state)
        assert [row["name"] for row in read_delivery(later.path, "json", options).rows] == ["C"]
        assert later.state["cursor"] == "2026-11-03T08:00:00Z"
