"""A real local CKAN for development, tests and demos (``swdp ckan up|down|status``).

CKAN runs from its own virtualenv (default ``.ckan/venv`` in the project, kept out of git,
shared by all instances and reused by every later ``up``), with the project's own plugin
package ``catalog/ckanext-swdp`` installed editable next to ``ckanext-dcat``. Each instance
lives in a folder of its own (default ``.ckan/default``; ``--home`` or ``SWDP_CKAN_HOME``) that
holds ``ckan.ini``, the uploaded files, the log, the pid file and the sysadmin's API token
(mode 0600, never printed). Each instance gets a fresh PostgreSQL database with a unique name,
which is also its ``ckan.site_id`` – CKAN prefixes its Redis keys with it, so instances of
other developers on the same machine do not clash in the shared Redis – and names its own
cookies, so several instances (the platform's and a member's portal in the tests) run side
by side on 127.0.0.1, each on its own port.

The functions run CKAN's own command line (``ckan db init``, ``ckan user …``, ``ckan run``) as
subprocesses; nothing of CKAN is imported into the platform's environment.

Longer than 350 lines because installing, configuring, starting, describing and dropping an
instance share one set of paths, locks and subprocess helpers that no other module needs.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from catalog.portal_files import write_portal_files
from pipelines.core.cluster import Cluster, load_cluster
from pipelines.core.mail import SENDER
from pipelines.core.settings import PROJECT_ROOT, Settings, environment_importing_first

CKAN_REQUIREMENTS = ("ckan[requirements]>=2.11,<2.13", "ckanext-dcat>=2.4,<3")
PLUGIN_PACKAGE = PROJECT_ROOT / "catalog" / "ckanext-swdp"
# swdp_portal first: its templates take precedence over those of the plugins after it (also
# over the activity plugin's, whose filter of activity types it translates).
PLUGINS = ("swdp_portal", "activity", "swdp_pgsearch", "dcat")
# The ckanext-dcat profiles of the catalogue endpoints, in order; later ones refine earlier ones.
DCAT_PROFILES = ("euro_dcat_ap_3", "swdp_dcat_ap_de")
ADMIN_USER = "swdp-admin"
MAX_UPLOAD_MB = 1024
START_TIMEOUT_S = 180

Progress = Callable[[str], None]


class CkanServerError(Exception):
    """A German message for the user: why the local CKAN could not be started or stopped."""


@dataclass(frozen=True)
class Services:
    """Where PostgreSQL and Redis are; trust authentication on localhost is assumed."""

    postgres_url: str
    redis_url: str

    @classmethod
    def from_env(cls) -> Services:
        return cls(
            postgres_url=os.environ.get("SWDP_CKAN_POSTGRES", "postgresql://postgres@127.0.0.1:5432"),
            redis_url=os.environ.get("SWDP_CKAN_REDIS", "redis://127.0.0.1:6379/0"))


@dataclass(frozen=True)
class Instance:
    home: Path

    @classmethod
    def from_env(cls, home: Path | None = None) -> Instance:
        return cls(Path(home or os.environ.get("SWDP_CKAN_HOME") or PROJECT_ROOT / ".ckan" / "default")
                   .resolve())

    ini = property(lambda self: self.home / "ckan.ini")
    state_file = property(lambda self: self.home / "instance.json")
    pid_file = property(lambda self: self.home / "ckan.pid")
    log_file = property(lambda self: self.home / "ckan.log")
    token_file = property(lambda self: self.home / "api-token")
    storage = property(lambda self: self.home / "storage")

    def state(self) -> dict:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def running_pid(self) -> int | None:
        """The server's pid if it still runs – checked against its command line, so a stale
        pid file never makes us signal somebody else's process."""
        try:
            pid = int(self.pid_file.read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (FileNotFoundError, ValueError, ProcessLookupError):
            return None
        return pid if str(self.ini).encode() in cmdline else None


def venv_dir() -> Path:
    return Path(os.environ.get("SWDP_CKAN_VENV") or PROJECT_ROOT / ".ckan" / "venv").resolve()


def _installation_fingerprint() -> str:
    """Changes whenever the requirements or the plugin's packaging (entry points) change."""
    digest = hashlib.sha256("\n".join(CKAN_REQUIREMENTS).encode())
    digest.update((PLUGIN_PACKAGE / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def ensure_venv(progress: Progress) -> Path:
    """CKAN, ckanext-dcat and the plugin in their own virtualenv; one pip call, done once."""
    venv = venv_dir()
    stamp = venv / ".swdp-installed"
    fingerprint = _installation_fingerprint()
    venv.parent.mkdir(parents=True, exist_ok=True)
    # Two test sessions in one checkout may start at once: one installs, the other waits.
    with open(venv.parent / f".{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_text() == fingerprint:
            return venv
        started = time.monotonic()
        progress(f"CKAN wird in {venv} installiert (einmalig, 1–3 Minuten) …")
        if not (venv / "bin" / "python").exists():
            _run([sys.executable, "-m", "venv", str(venv)], "Anlegen der CKAN-Umgebung")
        _pip_install(venv, progress)
        stamp.write_text(fingerprint)
        progress(f"CKAN installiert ({time.monotonic() - started:.0f} s).")
    return venv


def _pip_install(venv: Path, progress: Progress) -> None:
    """The one pip call; its output goes to pip.log, a count of resolved packages to the user."""
    log = venv / "pip.log"
    with open(log, "w", encoding="utf-8") as record:
        pip = subprocess.Popen(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check",
             "--progress-bar", "off", *CKAN_REQUIREMENTS, "-e", str(PLUGIN_PACKAGE)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        collected = 0
        for line in pip.stdout:
            record.write(line)
            if line.startswith("Collecting "):
                collected += 1
                if collected % 25 == 0:
                    progress(f"  {collected} Pakete aufgelöst …")
            elif line.startswith("Installing collected packages"):
                progress(f"  {collected} Pakete werden installiert …")
    if pip.wait() != 0:
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-15:])
        raise CkanServerError(f"Installation von CKAN fehlgeschlagen (Protokoll: {log}):\n{tail}")


def _run(command: list[str], what: str, **kwargs) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    except FileNotFoundError:
        raise CkanServerError(f"{what} nicht möglich: {command[0]} fehlt – die CKAN-Umgebung "
                              f"{venv_dir()} ist unvollständig; „swdp ckan up“ richtet sie ein.") from None
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-15:])
        raise CkanServerError(f"{what} fehlgeschlagen (Exit-Code {result.returncode}):\n{tail}")
    return result.stdout


def check_services(services: Services) -> None:
    """PostgreSQL and Redis must answer; otherwise a clear German message, never a hang."""
    for name, url, default_port in (("PostgreSQL", services.postgres_url, 5432),
                                    ("Redis", services.redis_url, 6379)):
        parts = urlsplit(url)
        address = (parts.hostname or "127.0.0.1", parts.port or default_port)
        try:
            socket.create_connection(address, timeout=3).close()
        except OSError as error:
            raise CkanServerError(f"{name} ist unter {address[0]}:{address[1]} nicht erreichbar "
                                  f"({error.strerror or error}). Der lokale CKAN braucht "
                                  f"PostgreSQL und Redis; bitte den Dienst starten.") from None


# Runs inside the CKAN virtualenv, which has psycopg2 and redis; the platform's does not.
_SQL = ("import sys, psycopg2; c = psycopg2.connect(sys.argv[1]); c.autocommit = True; "
        "c.cursor().execute(sys.argv[2])")
_REDIS_CLEANUP = ("import sys, redis; r = redis.Redis.from_url(sys.argv[1]); "
                  "keys = list(r.scan_iter(match=sys.argv[2], count=1000)); keys and r.delete(*keys)")


def _postgres(venv: Path, services: Services, sql: str, what: str) -> None:
    _run([str(venv / "bin" / "python"), "-c", _SQL, f"{services.postgres_url}/postgres", sql], what)


def _ckan(venv: Path, instance: Instance, *args: str, what: str) -> str:
    return _run([str(venv / "bin" / "ckan"), "-c", str(instance.ini), *args], what,
                cwd=instance.home, env=_with_plugin())


def _with_plugin() -> dict[str, str]:
    """The environment of CKAN's commands: this checkout's plugin package ahead of the one
    installed editable, so that a virtualenv shared by several checkouts (SWDP_CKAN_VENV)
    runs the plugin of the checkout that starts CKAN."""
    return environment_importing_first(PLUGIN_PACKAGE)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        # As the server binds: connections of a just stopped CKAN in TIME_WAIT do not count.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _create_instance(venv: Path, instance: Instance, services: Services, port: int,
                     progress: Progress) -> dict:
    """Fresh database, ckan.ini, schema, sysadmin and API token for a new instance."""
    database = f"swdp_ckan_{secrets.token_hex(5)}"
    url = f"http://127.0.0.1:{port}"
    instance.home.mkdir(parents=True, exist_ok=True)
    instance.storage.mkdir(exist_ok=True)
    progress(f"Lege die Datenbank {database} an und schreibe {instance.ini} …")
    _postgres(venv, services, f'CREATE DATABASE "{database}" ENCODING \'UTF8\' TEMPLATE template0',
              f"Anlegen der Datenbank {database}")
    state = {"database": database, "site_id": database, "port": port, "url": url}
    # Recorded at once, so that "down --drop" can remove the database if a later step fails.
    instance.state_file.write_text(json.dumps(state, indent=2), encoding="utf-8")
    _run([str(venv / "bin" / "ckan"), "generate", "config", str(instance.ini)], "ckan generate config")
    settings = {
        "ckan.site_url": url,
        "ckan.site_id": database,
        "sqlalchemy.url": f"{services.postgres_url}/{database}",
        "ckan.redis.url": services.redis_url,
        "ckan.storage_path": str(instance.storage),
        "ckan.max_resource_size": str(MAX_UPLOAD_MB),
        **_project_settings(instance),
        "ckanext.dcat.rdf.profiles": " ".join(DCAT_PROFILES),
        "ckan.locale_default": "de",
        "ckan.display_timezone": "Europe/Berlin",
        "ckan.devserver.threaded": "true",
    }  # solr_url keeps the generated value: CKAN insists on one, swdp_pgsearch never uses it
    _run([str(venv / "bin" / "ckan"), "config-tool", str(instance.ini),
          *(f"{key}={value}" for key, value in settings.items())], "ckan config-tool")
    instance.ini.chmod(0o600)  # holds SECRET_KEY and the database address
    progress("Initialisiere die CKAN-Datenbank (ckan db init) …")
    _ckan(venv, instance, "db", "init", what="ckan db init")
    progress(f"Lege den Systemadministrator {ADMIN_USER} und sein API-Token an …")
    _ckan(venv, instance, "sysadmin", "add", "--create", ADMIN_USER,
          f"email={ADMIN_USER}@localhost.localdomain", f"password={secrets.token_urlsafe(24)}",
          what="Anlegen des Administrators")
    token = _ckan(venv, instance, "user", "token", "add", ADMIN_USER, "swdp",
                  what="Anlegen des API-Tokens").strip().splitlines()[-1].strip()
    descriptor = os.open(instance.token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(token)
    return state


def _project_settings(instance: Instance) -> dict[str, str]:
    """The ckan.ini settings that come from the project and cluster.yaml, renewed at every
    start (the portal files are rewritten too)."""
    settings = Settings.from_env()
    config_path = settings.config_path
    cluster = load_cluster(config_path)
    return {
        **_mail_settings(settings, cluster),
        "ckan.plugins": " ".join(PLUGINS),
        "ckan.site_title": cluster.title,
        # The header shows the plugin's text logo, never CKAN's image.
        "ckan.site_logo": "",
        # Publisher of the DCAT catalogue (profile swdp_dcat_ap_de).
        "ckanext.swdp.publisher_name": cluster.title,
        # The portal labels the extras itself (German); ckanext-dcat would rename their keys.
        "ckanext.dcat.translate_keys": "false",
        **write_portal_files(cluster, config_path, instance.home / "portal"),
    }


def _mail_settings(settings: Settings, cluster: Cluster) -> dict[str, str]:
    """CKAN's own mails (password reset, invitation of a clerk) go out through the platform's
    mail server (SWDP_SMTP_URL) from its sender, replies to the cluster's data office. CKAN
    speaks SMTP with STARTTLS only, not SMTPS: with an smtps:// server (or none) it sends none."""
    address = urlsplit(settings.smtp_url or "")
    if address.scheme != "smtp" or not address.hostname:
        return {"smtp.server": ""}
    return {"smtp.server": f"{address.hostname}:{address.port or 25}",
            # credentials never go over an unencrypted connection
            "smtp.starttls": "true" if settings.smtp_user else "false",
            "smtp.user": settings.smtp_user or "", "smtp.password": settings.smtp_password or "",
            # the address alone: CKAN names the site as the sender („Südwest-Cluster …“)
            "smtp.mail_from": parseaddr(cluster.mail_sender or SENDER)[1],
            "smtp.reply_to": cluster.data_office}


def up(home: Path | None = None, port: int | None = None, progress: Progress = lambda _: None) -> dict:
    """Start (and on first use install and create) the local CKAN; returns its description."""
    instance = Instance.from_env(home)
    services = Services.from_env()
    check_services(services)
    if instance.running_pid():
        return describe(instance) | {"status": "läuft bereits"}
    venv = ensure_venv(progress)
    state = instance.state()
    if not state or not instance.token_file.exists():
        if state:  # a half-created instance from an interrupted "up": start over
            drop(instance.home, progress)
        chosen = port or (5000 if _port_free(5000) else free_port())
        state = _create_instance(venv, instance, services, chosen, progress)
    elif port and port != state["port"]:
        state |= {"port": port, "url": f"http://127.0.0.1:{port}"}
        instance.state_file.write_text(json.dumps(state, indent=2), encoding="utf-8")
    # Plugins, names, licences and portal texts follow the project and cluster.yaml. Cookies
    # belong to the host, not the port: each instance names its own, so a browser can be
    # signed in to two local instances (platform and a member's portal) at once.
    _run([str(venv / "bin" / "ckan"), "config-tool", str(instance.ini),
          f"ckan.site_url={state['url']}", f"SESSION_COOKIE_NAME=ckan_{state['site_id']}",
          f"REMEMBER_COOKIE_NAME=remember_{state['site_id']}",
          *(f"{key}={value}" for key, value in _project_settings(instance).items())],
         "ckan config-tool")
    if not _port_free(state["port"]):
        raise CkanServerError(f"Port {state['port']} ist belegt – „swdp ckan up --port N“ "
                              f"mit einem freien Port verwenden.")
    progress(f"Starte CKAN auf {state['url']} …")
    with open(instance.log_file, "ab") as log:
        server = subprocess.Popen(
            [str(venv / "bin" / "ckan"), "-c", str(instance.ini), "run", "--host", "127.0.0.1",
             "--port", str(state["port"]), "--disable-reloader", "--disable-debugger"],
            # detached: survives the command and the terminal
            cwd=instance.home, env=_with_plugin(), stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True)
    instance.pid_file.write_text(str(server.pid))
    _wait_until_answering(instance, server, state["url"])
    return describe(instance) | {"status": "gestartet"}


def _wait_until_answering(instance: Instance, server: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            instance.pid_file.unlink(missing_ok=True)
            raise CkanServerError(f"CKAN hat sich beim Start beendet (Exit-Code {server.returncode}). "
                                  f"Letzte Zeilen aus {instance.log_file}:\n{_log_tail(instance)}")
        try:
            with urllib.request.urlopen(f"{url}/api/3/action/status_show", timeout=5) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    stop(instance.home)
    raise CkanServerError(f"CKAN antwortet nach {START_TIMEOUT_S} s nicht unter {url}. "
                          f"Letzte Zeilen aus {instance.log_file}:\n{_log_tail(instance)}")


def _log_tail(instance: Instance, lines: int = 20) -> str:
    try:
        return "\n".join(instance.log_file.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(kein Protokoll)"


def describe(home_or_instance: Path | Instance | None = None) -> dict:
    """What ``swdp ckan status`` shows: whether it runs, where, with which database."""
    instance = (home_or_instance if isinstance(home_or_instance, Instance)
                else Instance.from_env(home_or_instance))
    state = instance.state()
    pid = instance.running_pid()
    return {"running": pid is not None, "url": state.get("url"), "pid": pid,
            "token_file": str(instance.token_file) if instance.token_file.exists() else None,
            "home": str(instance.home), "database": state.get("database"),
            "ini": str(instance.ini) if instance.ini.exists() else None,
            "log": str(instance.log_file)}


def stop(home: Path | None = None, timeout_s: float = 20) -> bool:
    """Stop the server (its whole process group); True if it was running."""
    instance = Instance.from_env(home)
    pid = instance.running_pid()
    if pid is None:
        instance.pid_file.unlink(missing_ok=True)
        return False
    for sig, wait_s in ((signal.SIGTERM, timeout_s), (signal.SIGKILL, 5)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and instance.running_pid():
            _reap(pid)
            time.sleep(0.2)
        if not instance.running_pid():
            break
    instance.pid_file.unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    """Collect the exit status when the server is our own child (tests start it in-process)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def drop(home: Path | None = None, progress: Progress = lambda _: None) -> dict:
    """Stop the server and remove everything of the instance: database, Redis keys, files."""
    instance = Instance.from_env(home)
    was_running = stop(instance.home)
    state = instance.state()
    if state:
        venv = venv_dir()
        services = Services.from_env()
        progress(f"Entferne die Datenbank {state['database']} …")
        _postgres(venv, services, f'DROP DATABASE IF EXISTS "{state["database"]}" WITH (FORCE)',
                  f"Löschen der Datenbank {state['database']}")
        _run([str(venv / "bin" / "python"), "-c", _REDIS_CLEANUP, services.redis_url,
              f"ckan:{state['site_id']}:*"], "Aufräumen in Redis")
    for path in (instance.ini, instance.token_file, instance.log_file, instance.state_file):
        path.unlink(missing_ok=True)
    shutil.rmtree(instance.storage, ignore_errors=True)
    shutil.rmtree(instance.home / "portal", ignore_errors=True)
    return {"stopped": was_running, "dropped": state.get("database"), "home": str(instance.home)}
