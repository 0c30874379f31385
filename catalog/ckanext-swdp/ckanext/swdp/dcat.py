"""DCAT-AP.de on top of ckanext-dcat's `euro_dcat_ap_3` profile (enable it after that one).

It adds what GovData's DCAT-AP.de 3.0 asks for beyond DCAT-AP: political geocoding,
contributor ID, licences from the dcat-ap.de vocabulary with the attribution text on every
distribution, file types and media types as IRIs, and a publisher for the catalogue; and the
platform's schema every distribution follows (dct:conformsTo, with its version and SHA-256). Every
concept used is typed and named with the scheme it belongs to (skos:inScheme), so validators
that do not load the vocabularies still see where each value comes from.

The values come from dataset extras the platform writes (see catalog/desired.py in the
project): political_geocoding_uri, political_geocoding_level_uri, contributor_id,
license_attribution_by_text, swdp_dataset, swdp_schema_version, swdp_schema_hash, and from
the resources' format and mimetype.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import ckantoolkit as toolkit
from rdflib import XSD, BNode, Literal, Namespace, URIRef

from ckanext.dcat.profiles import (DCAT, DCT, FOAF, GSP, LOCN, RDF, RDFS, SKOS, VCARD,
                                   RDFProfile)
from ckanext.dcat.utils import resource_uri

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
EU = "http://publications.europa.eu/resource/authority"
LICENCES = "http://dcat-ap.de/def/licenses"
IANA = "https://www.iana.org/assignments/media-types/"
BERLIN = ZoneInfo("Europe/Berlin")
# CKAN resource format (upper case) -> EU file type, for the formats the platform publishes;
# the IRIs of the EU vocabulary are these codes.
FILE_TYPES = {"CSV": "CSV", "GEOJSON": "GEOJSON", "GEOPARQUET": "PARQUET", "PARQUET": "PARQUET",
              "ICS": "ICS", "CSVW": "JSON_LD", "TXT": "TXT", "XLSX": "XLSX", "GPKG": "GPKG"}


class DcatApDeProfile(RDFProfile):
    """Serialisation only: the catalogue is harvested from here, not into here."""

    def parse_dataset(self, dataset_dict, dataset_ref):
        return dataset_dict

    def graph_from_dataset(self, dataset_dict, dataset_ref):
        g = self.g
        g.bind("dcatde", DCATDE)
        for uri in self._list(dataset_dict, "political_geocoding_uri"):
            # DCAT-AP.de 3.0 states the area as dct:spatial; the 2.0 property stays for
            # harvesters that still read it (the validator only warns that it is deprecated).
            g.add((dataset_ref, DCT.spatial, URIRef(uri)))
            g.add((URIRef(uri), RDF.type, DCT.Location))
            g.add((dataset_ref, DCATDE.politicalGeocodingURI, URIRef(uri)))
        # DCAT-AP 3 wants locn:geometry to be a locn:Geometry node; the extent the platform
        # states is a bounding box anyway, so it goes out as dcat:bbox (WKT).
        for location in list(g.objects(dataset_ref, DCT.spatial)):
            for geometry in list(g.objects(location, LOCN.geometry)):
                g.remove((location, LOCN.geometry, geometry))
                if isinstance(geometry, Literal) and geometry.datatype == GSP.wktLiteral:
                    g.add((location, DCAT.bbox, geometry))
        level = self._get_dataset_value(dataset_dict, "political_geocoding_level_uri")
        if level:
            g.add((dataset_ref, DCATDE.politicalGeocodingLevelURI, URIRef(level)))
            self._concept(URIRef(level), "http://dcat-ap.de/def/politicalGeocoding/Level")
        contributor = self._get_dataset_value(dataset_dict, "contributor_id")
        if contributor:
            g.add((dataset_ref, DCATDE.contributorID, URIRef(contributor)))
            self._concept(URIRef(contributor), "http://dcat-ap.de/def/contributors")
        for predicate, scheme in ((DCT.accrualPeriodicity, f"{EU}/frequency"),
                                  (DCAT.theme, f"{EU}/data-theme"),
                                  (DCT.language, f"{EU}/language"),
                                  (DCT.accessRights, f"{EU}/access-right")):
            for concept in list(g.objects(dataset_ref, predicate)):
                if isinstance(concept, URIRef):
                    self._concept(concept, scheme)
        for publisher in list(g.objects(dataset_ref, DCT.publisher)):
            for kind in list(g.objects(publisher, DCT.type)):
                self._concept(kind, "http://purl.org/adms/publishertype/1.0")
        for contact in list(g.objects(dataset_ref, DCAT.contactPoint)):
            g.add((contact, RDF.type, VCARD.Kind))
        for period in list(g.objects(dataset_ref, DCT.temporal)):
            for key, predicate in (("temporal_start", DCAT.startDate),
                                   ("temporal_end", DCAT.endDate)):
                value = self._get_dataset_value(dataset_dict, key)
                if value:
                    self._add_date_triple(period, predicate, value)
        schema = self._schema(dataset_dict)
        for resource in dataset_dict.get("resources", []):
            distribution = URIRef(resource_uri(resource))
            self._distribution(dataset_dict, resource, distribution)
            if schema:
                g.add((distribution, DCT.conformsTo, schema))
        for subject in (dataset_ref, *g.objects(dataset_ref, DCAT.distribution)):
            self._with_time_zone(subject)

    def _distribution(self, dataset_dict, resource, distribution):
        g = self.g
        licence_id = dataset_dict.get("license_id")
        if licence_id:
            g.remove((distribution, DCT.license, None))
            licence = URIRef(f"{LICENCES}/{licence_id}")
            g.add((distribution, DCT.license, licence))
            g.add((licence, RDF.type, DCT.LicenseDocument))
            self._concept(licence, LICENCES)
        attribution = self._get_dataset_value(dataset_dict, "license_attribution_by_text")
        if attribution:
            g.add((distribution, DCATDE.licenseAttributionByText, Literal(attribution)))
        self._rights(dataset_dict, distribution, attribution)
        file_type = FILE_TYPES.get((resource.get("format") or "").upper())
        if file_type:
            g.remove((distribution, DCT["format"], None))
            uri = URIRef(f"{EU}/file-type/{file_type}")
            g.add((distribution, DCT["format"], uri))
            g.add((uri, RDF.type, DCT.MediaTypeOrExtent))
            self._concept(uri, f"{EU}/file-type")
        # "text/plain; charset=utf-8" is media type text/plain with a parameter
        mimetype = (resource.get("mimetype") or "").split(";")[0].strip()
        if "/" in mimetype and not mimetype.startswith("http"):
            g.remove((distribution, DCAT.mediaType, None))
            uri = URIRef(IANA + mimetype)
            g.add((distribution, DCAT.mediaType, uri))
            g.add((uri, RDF.type, DCT.MediaType))
        if resource.get("url"):
            g.add((distribution, DCAT.downloadURL, URIRef(resource["url"])))

    def _schema(self, dataset_dict):
        """The platform's schema the dataset's files follow (their columns, the readme's list
        of them), for DCAT-AP's „linked schemas“ (dct:conformsTo of a distribution): a
        dct:Standard with its version as dcat:version (DCAT-AP.de 3.0 deprecates
        owl:versionInfo) and the SHA-256 of its files as spdx:checksum; None for a dataset
        without a schema version."""
        version = self._get_dataset_value(dataset_dict, "swdp_schema_version")
        if not version:
            return None
        g, schema = self.g, BNode()
        key = self._get_dataset_value(dataset_dict, "swdp_dataset")
        g.add((schema, RDF.type, DCT.Standard))
        g.add((schema, DCT.identifier, Literal(key)))
        g.add((schema, DCT.title, Literal(f"Schema „{key}“ der Datenplattform, Version {version}",
                                          lang="de")))
        g.add((schema, DCAT.version, Literal(version)))
        sha256 = self._get_dataset_value(dataset_dict, "swdp_schema_hash")
        if sha256:
            checksum, algorithm = BNode(), SPDX.checksumAlgorithm_sha256
            g.add((schema, SPDX.checksum, checksum))
            g.add((checksum, RDF.type, SPDX.Checksum))
            g.add((checksum, SPDX.algorithm, algorithm))
            g.add((algorithm, RDF.type, SPDX.ChecksumAlgorithm))
            g.add((checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary)))
        return schema

    def _rights(self, dataset_dict, distribution, attribution) -> None:
        """dct:rights in words: the licence by name and whom to name (the MQA asks for it on
        every distribution)."""
        title = dataset_dict.get("license_title")
        if not title:
            return
        g = self.g
        g.remove((distribution, DCT.rights, None))
        statement = BNode()
        text = f"Nutzung nach {title}"
        if dataset_dict.get("license_url"):
            text += f" ({dataset_dict['license_url']})"
        if attribution:
            text += f"; Quellenvermerk: {attribution}"
        g.add((distribution, DCT.rights, statement))
        g.add((statement, RDF.type, DCT.RightsStatement))
        g.add((statement, RDFS.label, Literal(text, lang="de")))

    def graph_from_catalog(self, catalog_dict, catalog_ref):
        g = self.g
        config = toolkit.config
        g.bind("dcatde", DCATDE)
        if not any(g.objects(catalog_ref, DCT.description)):
            g.add((catalog_ref, DCT.description, Literal(
                config.get("ckanext.swdp.catalog_description")
                or f"Offene Daten: {config.get('ckan.site_title')}", lang="de")))
        # A bare language code ("de") becomes the EU language concept.
        for language in list(g.objects(catalog_ref, DCT.language)):
            if isinstance(language, Literal):
                g.remove((catalog_ref, DCT.language, language))
                g.add((catalog_ref, DCT.language, URIRef(f"{EU}/language/DEU")))
        for language in list(g.objects(catalog_ref, DCT.language)):
            g.add((language, RDF.type, DCT.LinguisticSystem))
            self._concept(language, f"{EU}/language")
        if not any(g.objects(catalog_ref, DCT.publisher)):
            publisher = BNode()
            g.add((catalog_ref, DCT.publisher, publisher))
            g.add((publisher, RDF.type, FOAF.Agent))
            g.add((publisher, FOAF.name, Literal(
                config.get("ckanext.swdp.publisher_name") or config.get("ckan.site_title"))))
            kind = URIRef("http://purl.org/adms/publishertype/LocalAuthority")
            g.add((publisher, DCT.type, kind))
            self._concept(kind, "http://purl.org/adms/publishertype/1.0")
        self._with_time_zone(catalog_ref)

    def _with_time_zone(self, subject) -> None:
        """dct:issued and dct:modified with their offset, in Berlin time. CKAN keeps its
        timestamps in UTC without a zone; a harvester reads such an xsd:dateTime as local
        time, and GovData would show 07:11 for what happened at 08:11."""
        for predicate in (DCT.issued, DCT.modified):
            for value in list(self.g.objects(subject, predicate)):
                moment = value.toPython() if isinstance(value, Literal) else None
                if isinstance(moment, datetime) and moment.tzinfo is None:
                    self.g.remove((subject, predicate, value))
                    berlin = moment.replace(tzinfo=timezone.utc).astimezone(BERLIN)
                    self.g.add((subject, predicate, Literal(berlin.isoformat(), datatype=XSD.dateTime)))

    def _concept(self, concept, scheme: str) -> None:
        self.g.add((concept, RDF.type, SKOS.Concept))
        self.g.add((concept, SKOS.inScheme, URIRef(scheme)))

    def _list(self, dataset_dict, key) -> list[str]:
        value = self._get_dataset_value(dataset_dict, key)
        if not value:
            return []
        try:
            parsed = json.loads(value)
        except ValueError:
            return [value]
        return parsed if isinstance(parsed, list) else [parsed]
