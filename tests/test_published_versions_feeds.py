"""The Atom feeds (a member's runs, a receiver's neighbour notifications) as a feed reader
gets them: the elements RFC 4287 requires, and their own public address (rel="self") once
cluster.yaml says under which address the export folder is served (`public_url`); without
it, no address of their own, as before."""
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import geopandas as gpd
import pytest
from lxml import etree

from pipelines.coordination.config import feed_base_url, receivers
from pipelines.coordination.outputs import write_outputs
from pipelines.core.cluster import ConfigError, load_cluster
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.feedback import write_run_feed

ATOM = "{http://www.w3.org/2005/Atom}"
PUBLIC = "https://daten.suedwest-cluster.de/export/"


def _valid_atom(path) -> etree._Element:
    """The feed after checking what RFC 4287 requires of it (4.1.1, 4.1.2, 4.2.7): one id,
    title and updated each in the feed and in every entry, an author for every entry, content
    or an alternate link in every entry, no two alternate links of one type, absolute IRIs."""
    feed = etree.parse(str(path)).getroot()
    assert feed.tag == f"{ATOM}feed"

    def one(element, name) -> str:
        found = element.findall(f"{ATOM}{name}")
        assert len(found) == 1, (name, len(found))
        return found[0].text or found[0].findtext(f"{ATOM}name") or ""

    def checked(element) -> None:
        assert urlsplit(one(element, "id")).scheme, "atom:id is an IRI"
        assert one(element, "title").strip()
        assert datetime.fromisoformat(one(element, "updated")).tzinfo  # RFC 3339 with offset
        alternates = [(link.get("type"), link.get("hreflang")) for link in element.findall(f"{ATOM}link")
                      if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == len(set(alternates))
        for link in element.findall(f"{ATOM}link"):
            assert urlsplit(link.get("href")).scheme in ("http", "https")

    checked(feed)
    feed_author = feed.find(f"{ATOM}author") is not None and feed.findtext(f"{ATOM}author/{ATOM}name")
    entries = feed.findall(f"{ATOM}entry")
    for entry in entries:
        checked(entry)
        assert feed_author or entry.findtext(f"{ATOM}author/{ATOM}name")
        content = entry.find(f"{ATOM}content")
        assert (content is not None and content.get("src") is None) or entry.find(f"{ATOM}summary") is not None
    return feed


def _self_links(feed: etree._Element) -> list[tuple[str, str]]:
    return [(link.get("href"), link.get("type")) for link in feed.findall(f"{ATOM}link")
            if link.get("rel") == "self"]


def _configured(folder: Path, public_url: str) -> Path:
    """A copy of cluster.yaml in `folder` with `public_url` set (sample paths made absolute;
    a folder each: load_cluster keeps what it read from a path)."""
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    assert text.count("\n  public_url:\n") == 1
    folder.mkdir()
    path = folder / "cluster.yaml"
    path.write_text(text.replace("\n  public_url:\n", f"\n  public_url: {public_url}\n")
                    .replace("location: samples/", f"location: {PROJECT_ROOT}/samples/"), encoding="utf-8")
    return path


def test_cluster_yaml_takes_the_public_address_of_the_export_folder(tmp_path, cluster):
    assert cluster.public_url is None  # as delivered: the export folder is not served
    assert load_cluster(_configured(tmp_path / "bereitgestellt", PUBLIC)).public_url == PUBLIC
    with pytest.raises(ConfigError, match="cluster.yaml: Abschnitt cluster: public_url: „daten.example.de/export“ "
                                          "ist keine gültige Adresse"):
        load_cluster(_configured(tmp_path / "falsch", "daten.example.de/export"))


def test_the_run_feed_names_its_address_once_the_export_folder_is_served(kusel_events, cluster, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", config_path=Settings.from_env().config_path)
    for folder in ("runs", "reports"):  # the small run's journals, read, not changed
        shutil.copytree(kusel_events.data_dir / folder, settings.data_dir / folder)
    unserved = _valid_atom(write_run_feed(settings, cluster, "kusel"))
    assert len(unserved.findall(f"{ATOM}entry")) >= 1 and _self_links(unserved) == []
    served = _valid_atom(write_run_feed(settings, replace(cluster, public_url=PUBLIC), "kusel"))
    assert _self_links(served) == [(f"{PUBLIC}laeufe/kusel.atom", "application/atom+xml")]
    # the address configured without its closing slash names the same feed
    again = _valid_atom(write_run_feed(settings, replace(cluster, public_url=PUBLIC.rstrip("/")), "kusel"))
    assert _self_links(again) == _self_links(served)


def test_the_coordination_feed_is_served_below_the_export_folder(settings, cluster):
    """Without coordination.feed_base_url, the notifications' feeds lie in the export folder's
    coordination/ – and the one configured for them wins."""
    assert feed_base_url(cluster) is None
    served = replace(cluster, public_url=PUBLIC)
    assert feed_base_url(served) == f"{PUBLIC}coordination/"
    elsewhere = replace(served, coordination={"feed_base_url": "https://bauleitplanung.example.de/feeds"})
    assert feed_base_url(elsewhere) == "https://bauleitplanung.example.de/feeds/"
    [kusel] = [receiver for receiver in receivers(served) if receiver.key == "kusel"]
    row = {"notification_id": "5b0c7c1e-9a51-4f4e-8d0e-2f3c1a6b7d01", "plan_record_id": "bp-1",
           "from_member": "sankt-wendel", "reason": "new", "distance_m": 850, "nearest_ags": "07336050",
           "nearest_name": "Kusel", "plan_name": "Bebauungsplan „Am Mühlenweg“", "plan_number": "12",
           "plan_type": "1000", "legal_status": "2200", "plan_municipality": "Freisen",
           "plan_ags": "10046112", "url": "https://www.example.de/plaene/12", "display_start": None,
           "display_end": None, "earlier_withdrawal": None, "created_at": "2026-12-07T12:00:00+00:00"}
    plans = gpd.GeoDataFrame({"record_id": []}, geometry=[], crs="EPSG:4326").set_index("record_id")
    for configured, expected in ((cluster, []),
                                 (served, [(f"{PUBLIC}coordination/kusel.atom", "application/atom+xml")])):
        [feed, _geojson] = write_outputs(settings, configured, kusel, [row], plans, {}, {})
        atom = _valid_atom(feed)
        assert len(atom.findall(f"{ATOM}entry")) == 1 and _self_links(atom) == expected
