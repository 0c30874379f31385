"""Deliveries uploaded through the shared CKAN. Each member organisation has a private dataset
`<member>-lieferungen`; an editor of that organisation uploads a file as a resource named
after the dataset key (`events`, `offers`, …). CKAN's organisation permissions decide who
may upload there, so a member's user can never deliver for another member. The platform
(with its own token) finds new or changed uploads, downloads them, and writes the German
result back into the resource's description."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import ckanapi
import requests

from catalog.client import Catalog, file_name
from catalog.hand_edits import WRITTEN_EXTRA, kept_note, settle
from connectors.transport import shown
from pipelines.core.cluster import UPLOAD, Cluster, Member
from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import IngestResult
from pipelines.ingest.feedback import outcome, report_text, run_report
from pipelines.ingest.inbox import InboxFile, ingest_inbox_file
from schemas import DATASET_KEYS, fold, load_schema

# Each dataset's German label by its key.
_LABELS = {key: load_schema(key).title for key in DATASET_KEYS}
# Which resource name is which dataset, for the clerk who uploads: „building_plans für
# Bauliche Entwicklungen“.
_KEYS = ", ".join(f"{key} für {label}" for key, label in _LABELS.items())
# Word endings German inflection adds: „Veranstaltungen“, „Angebote“, „Leerstandes“.
_ENDINGS = ("en", "er", "es", "e", "n", "s")


def _stems(text: str) -> str:
    """A name's words in a form spelling and inflection do not change: „Leerstände.CSV“ and
    „Leerstand csv“, „Bebauungspläne“ and „Bebauungsplan“ alike (the plural's umlaut and
    ending go; the same happens to every word compared, so a stem need not be a word)."""
    plain = fold(text).replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return " ".join(_unended(word) for word in re.findall(r"[a-z0-9]+", plain))


def _unended(word: str) -> str:
    ending = next((e for e in _ENDINGS if word.endswith(e) and len(word) > len(e) + 2), "")
    return word[:len(word) - len(ending)]


# What a clerk may call a dataset, in the words of its schema: its key and German title,
# which name it also inside a longer word („Leerstandsliste“), and the keywords no other
# dataset has („Bebauungspläne“; „Kultur“, a keyword of two, names neither), as words of
# their own („Feste“ is no part of „Manifest“).
_TITLES = {key: {_stems(key), _stems(label)} for key, label in _LABELS.items()}
_KEYWORDS = {key: {_stems(word) for word in load_schema(key).keywords} for key in DATASET_KEYS}
_OWN_KEYWORDS = {key: {word for word in words if all(word not in _KEYWORDS[other]
                                                      for other in DATASET_KEYS if other != key)}
                 for key, words in _KEYWORDS.items()}

# The resource field in which the platform notes which version of the file it has checked
# (for a file it does not read for its name: the version with that name).
CHECKED_FIELD = "swdp_geprueft"


def delivery_dataset(member: Member) -> str:
    return f"{member.key}-lieferungen"


@dataclass(frozen=True)
class Upload:
    member: str
    dataset: str
    resource_id: str
    url: str
    version: str  # CKAN's last_modified (or created): changes with every new file
    # Named by the dataset's German name („Leerstände.csv“), not its key: the result says so.
    by_name: bool = False

    @property
    def key(self) -> str:
        return f"ckan:{self.member}/{self.dataset}/{self.resource_id}@{self.version}"

    @property
    def file_name(self) -> str:
        return file_name(self.url) or f"{self.dataset}.dat"


def _delivery_description(member: Member) -> dict[str, str]:
    """The upload dataset's title and notes as this version of the platform words them."""
    return {"title": f"Lieferungen des Mitglieds {member.name} an die Datenplattform",
            "notes": "Hier laden Beschäftigte des Mitglieds ihre Lieferungen hoch: je "
                     "Datensatzart eine Ressource mit deren Schlüssel als Namen "
                     f"({_KEYS}). Das Prüfergebnis erscheint in der Beschreibung der "
                     "Ressource."}


@dataclass(frozen=True)
class DeliveryDatasets:
    created: list[str]      # upload datasets created now
    kept: dict[str, str]    # name → German note on texts kept as a member edited them

    def notes(self) -> list[str]:
        """„kusel-lieferungen: Beschreibung in CKAN von Hand geändert – beibehalten, …“"""
        return [f"{name}: {note}" for name, note in self.kept.items()]


def ensure_delivery_datasets(catalog: Catalog, cluster: Cluster) -> DeliveryDatasets:
    """Create each member's private upload dataset in its organisation where it is missing.
    A member whose organisation CKAN does not know yet (it is
    created with the first `swdp publish`) gets its dataset on a later call. An existing one
    whose title or notes an update of the platform (or a renamed member) changed gets the
    new words – unless a member changed them by hand in CKAN (hand_edits); its resources,
    the members' uploads, stay as they are. Says which it created and which texts it kept."""
    created, kept = [], {}
    for member in cluster.members.values():
        name, description = delivery_dataset(member), _delivery_description(member)
        try:
            package = catalog.call("package_show", id=name)
        except ckanapi.NotFound:
            try:
                catalog.call("organization_show", id=member.ckan_organization)
            except ckanapi.NotFound:
                continue
            texts = settle(None, description)
            catalog.call("package_create", name=name, private=True,
                         owner_org=member.ckan_organization, **texts.fields,
                         extras=[{"key": WRITTEN_EXTRA, "value": texts.record}])
            created.append(name)
            continue
        texts = settle(package, description)
        if texts.kept:
            kept[name] = kept_note(texts.kept)
        extras = {e["key"]: e["value"] for e in package.get("extras", [])}
        if (any(package.get(key) != words for key, words in texts.fields.items())
                or extras.get(WRITTEN_EXTRA) != texts.record):
            # package_patch keeps the resources CKAN shows, and with them each upload's
            # file and its last_modified, by which the platform knows what it has checked.
            extras[WRITTEN_EXTRA] = texts.record
            catalog.call("package_patch", id=package["id"], **texts.fields,
                         extras=[{"key": k, "value": v} for k, v in extras.items()])
    return DeliveryDatasets(created, kept)


def ingested_as(resource: dict) -> str | None:
    """The dataset the upload sensor ingests a resource of an upload dataset as: the key it
    is named by („vacancies“) or the dataset its whole name is (called: „Leerstände.csv“);
    None for a link or a resource of another name („Leerstand März.xlsx“), which the sensor
    does not read (it answers them: answer_unread_uploads)."""
    name = resource.get("name") or ""
    if resource.get("url_type") != "upload":
        return None
    return name if name in DATASET_KEYS else called(name)


def _delivery_resources(catalog: Catalog, cluster: Cluster) -> Iterator[tuple[Member, dict]]:
    """Each resource in the members' upload datasets, with its member."""
    for member in cluster.members.values():
        try:
            package = catalog.call("package_show", id=delivery_dataset(member))
        except ckanapi.NotFound:
            continue
        for resource in package["resources"]:
            yield member, resource


def _uploaded_files(catalog: Catalog, cluster: Cluster) -> Iterator[tuple[Member, dict, str]]:
    """Each resource holding an uploaded file in the members' upload datasets, with its member
    and the version of its file: CKAN's last_modified (or created), new with every file."""
    for member, resource in _delivery_resources(catalog, cluster):
        if resource.get("url_type") == "upload":
            yield member, resource, _file_version(resource)


def _file_version(resource: dict) -> str:
    return resource.get("last_modified") or resource.get("created") or ""


def pending_uploads(catalog: Catalog, cluster: Cluster) -> list[Upload]:
    """Uploaded resources whose current file the platform has not checked yet."""
    return [Upload(member.key, dataset, resource["id"], resource["url"], version,
                   by_name=dataset != resource["name"])
            for member, resource, version in _uploaded_files(catalog, cluster)
            if (dataset := ingested_as(resource)) and resource.get(CHECKED_FIELD) != version]


def _named(name: str) -> set[str]:
    """The datasets a name mentions (see _TITLES)."""
    stems = _stems(name)
    return {key for key in DATASET_KEYS
            if any(title in stems for title in _TITLES[key])
            or any(f" {word} " in f" {stems} " for word in _OWN_KEYWORDS[key])}


def named_dataset(name: str) -> str | None:
    """The dataset a resource's name other than a key mentions unambiguously by its key or
    German name, in any spelling and number („Leerstand März.xlsx“, „Leerstände 2019
    alt.xlsx“ → vacancies); None for none or several („Veranstaltungen und Angebote.xlsx“).

    Unless the whole name is that dataset's (called), only the note on the resource suggests
    it: a name that says more is no declaration that the file is the current delivery.
    „Leerstand 2019 alt.xlsx“, kept there for reference, would be read as a full snapshot and
    withdraw every vacancy it lacks; two such files of one dataset would each be read in turn,
    the older one last as often as not."""
    named = _named(name)
    return named.pop() if len(named) == 1 else None


def called(name: str) -> str | None:
    """The dataset a resource's whole name (but a file's extension) is, by its key or German
    title, in any spelling and number: „Leerstände.csv“, „Veranstaltungen.xlsx“, „bauliche
    Entwicklungen“. CKAN names a resource after its file: a clerk who uploads „Leerstände.csv“
    into the upload dataset, whose description asks for one resource per dataset, has
    declared what it is as plainly as by the key. A keyword alone is only suggested: it names
    a part as often as the whole („Vereine.csv“, „Flächennutzung.gml“), and a part read as
    the member's whole delivery would withdraw every other offer or plan."""
    stems = _stems(re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.strip()))
    found = {key for key in DATASET_KEYS if stems in _TITLES[key]}
    return found.pop() if len(found) == 1 else None


def unread_note(name: str) -> str:
    """The German note on an upload the sensor does not read for its name. It quotes neither
    the name nor anything of the file: CKAN keeps every description for good, and a file's
    name may name a person."""
    named = named_dataset(name)
    suggestion = (f" Ist diese Datei eine Lieferung der Datensatzart „{_LABELS[named]}“, nennen "
                  f"Sie die Ressource bitte „{named}“." if named else "")
    return ("Nicht eingelesen: Die Plattform liest eine hochgeladene Datei nur, wenn die "
            "Ressource den Schlüssel oder die deutsche Bezeichnung ihrer Datensatzart als Namen "
            "trägt, ohne weitere Wörter; ohne eigene Eingabe benennt CKAN sie nach der Datei. "
            "Die Schlüssel sind: "
            f"{_KEYS}.{suggestion} Ändern Sie dazu den Namen der Ressource (Ressource "
            "bearbeiten, Feld „Name“); danach liest die Plattform die Datei ein und schreibt "
            "das Prüfergebnis in diese Beschreibung.")


def link_note(cluster: Cluster, member: Member, url: str) -> str:
    """The German note on a link in an upload dataset, which the platform does not fetch: the
    address is the clerk's to choose, so the platform's server would request whatever it
    names (services of its own network among them), and the file behind a link changes
    without CKAN noticing, so the platform would never know when to read it again. A source
    configured in cluster.yaml has its schedule, its checked host and conditional requests;
    the note asks for the file or for such a source, or says that the address is one."""
    source = next((s for s in member.sources.values()
                   if s.remote and _same_address(str(s.location), url)), None)
    if source is not None:
        return (f"Nicht abgerufen: Diese Adresse ruft die Plattform bereits als Quelle der "
                f"Datensatzart „{_LABELS[source.dataset]}“ Ihrer Organisation nach deren "
                f"Zeitplan ab; der Link hier ist dafür nicht nötig. Das Prüfergebnis jedes "
                f"Abrufs erhält Ihre Datenstelle ({member.data_office}) per Mail.")
    return ("Nicht eingelesen: Links ruft die Plattform nicht ab, sie liest nur hochgeladene "
            "Dateien. Bitte laden Sie die Datei hier hoch (Ressource bearbeiten, „Hochladen“) "
            f"und nennen Sie die Ressource nach ihrer Datensatzart ({_KEYS}); danach liest die "
            "Plattform sie ein und schreibt das Prüfergebnis in diese Beschreibung. Soll die "
            "Plattform die Daten regelmäßig unter dieser Adresse abrufen, schreiben Sie bitte "
            f"an {cluster.data_office}: Die Datenstelle des Clusters richtet sie als Quelle ein.")


def _same_address(configured: str, linked: str) -> bool:
    """Whether a link names a configured source's address (whose user and password the
    configuration may hold, a link not)."""
    try:
        return shown(configured) == shown(linked.strip())
    except ValueError:  # no address at all (a port that is no number)
        return False


def _unread_answer(cluster: Cluster, member: Member, resource: dict) -> tuple[str, str, str] | None:
    """For a resource of an upload dataset the sensor does not read: the note on it, the mark
    of what the note answers (CHECKED_FIELD) and what the log says; None for one it reads and
    for one with neither file nor link."""
    name = resource.get("name") or ""
    if resource.get("url_type") == "upload":
        if ingested_as(resource):
            return None
        return (unread_note(name), f"{_file_version(resource)} {name}",
                "ohne Schlüssel einer Datensatzart als Namen – nicht eingelesen, Hinweis geschrieben")
    if not (url := resource.get("url")):
        return None
    if resource.get("description") and not resource.get(CHECKED_FIELD):
        return None  # a link the clerk described: an information for colleagues, not a delivery
    return link_note(cluster, member, url), url, "ist ein Link – nicht abgerufen, Hinweis geschrieben"


def answer_unread_uploads(catalog: Catalog, cluster: Cluster) -> list[str]:
    """Note on each uploaded file whose resource no dataset names that it was not read and
    how to name it, and on each link that links are not fetched; those answered now, named
    for the log („kusel-lieferungen: Ressource …“). Each is answered once as it is: the mark
    in CHECKED_FIELD holds the version of the file with the name (a link's address), so the
    next tick passes it, while a new file, name or address is answered anew – and a
    resource renamed to a key no longer bears its file's version alone, so pending_uploads
    takes it on the next tick."""
    answered = []
    for member, resource in _delivery_resources(catalog, cluster):
        answer = _unread_answer(cluster, member, resource)
        if answer is None or resource.get(CHECKED_FIELD) == answer[1]:
            continue
        note, checked, told = answer
        try:
            write_note(catalog, resource["id"], note, checked)
        except ckanapi.NotFound:
            continue  # deleted since CKAN listed it: no one to answer
        answered.append(f"{delivery_dataset(member)}: Ressource {resource['id']} {told}")
    return answered


def download(upload: Upload, token: str, folder: Path, timeout: float = 120) -> Path:
    """The uploaded file (private: fetched with the platform's token) into `folder`."""
    response = requests.get(upload.url, headers={"Authorization": token}, timeout=timeout)
    response.raise_for_status()
    target = folder / upload.file_name
    # private, as the raw archive: a delivery holds the owners' contacts
    atomic_write(target, lambda partial: Path(partial).write_bytes(response.content), private=True)
    return target


def write_note(catalog: Catalog, resource_id: str, note: str, checked: str) -> None:
    """The German answer as the resource's description; marks what it answered as checked."""
    catalog.call("resource_patch", id=resource_id, description=note, **{CHECKED_FIELD: checked})


def ingest_upload(settings: Settings, cluster: Cluster, catalog: Catalog, upload: Upload,
                  run_id: str) -> IngestResult:
    """Download, ingest like a file from the inbox, and answer on the resource."""
    folder = settings.uploads_dir / upload.member / upload.dataset
    path = download(upload, settings.ckan_token or "", folder)
    result = ingest_inbox_file(settings, cluster,
                               InboxFile(upload.member, upload.dataset, path, UPLOAD), run_id,
                               lambda r: report_text(settings, cluster, r))
    read_as = (f"Eingelesen als Lieferung der Datensatzart „{_LABELS[upload.dataset]}“ "
               f"(Schlüssel {upload.dataset}), die der Name dieser Ressource nennt. War das nicht "
               f"gemeint, laden Sie bitte die aktuelle Datei dieser Datensatzart hoch; sie ersetzt "
               f"den Stand.\n\n" if upload.by_name else "")
    # named without a delivered value: CKAN keeps every description in the activity stream
    write_note(catalog, upload.resource_id,
               f"Geprüft: {outcome(result, run_report(settings, result))}\n\n{read_as}"
               f"{report_text(settings, cluster, result, values=False)}", upload.version)
    return result
