"""A release packaged for a repository: a BagIt bag whose payload is the release and an
RO-Crate describing it.

Repositories (and the archivists who feed them) check a deposit by its manifests, and
read what it is from its metadata: the bag carries sha256 and sha512 manifests and a
bag-info with the dataset's title, version, licence and contact; ``ro-crate-metadata.json``
(written with the ``rocrate`` library) describes every distribution, the ontology, the
shapes and the software that built them. Everything is taken from the release's own
``void.ttl``, never from the clock, so the same release gives the same bag.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from . import __version__, describe
from .model import InputError

SOFTWARE = "https://pypi.org/project/coalition-lod/"
# what each file of a release is: (name, media type, description)
FILES = {
    "dataset.ttl": ("text/turtle", "The dataset in Turtle"),
    "dataset.nt": ("application/n-triples", "The dataset in N-Triples"),
    "dataset.jsonld": ("application/ld+json", "The dataset in JSON-LD (context: context.jsonld)"),
    "dataset.trig": ("application/trig", "The dataset in TriG, one named graph per source document"),
    "context.jsonld": ("application/ld+json", "The JSON-LD context of the dataset"),
    "ontology.ttl": ("text/turtle", "The OWL ontology the dataset uses"),
    "ontology.jsonld": ("application/ld+json", "The ontology in JSON-LD"),
    "ontology.html": ("text/html", "The ontology's documentation"),
    "shapes.ttl": ("text/turtle", "The SHACL shapes the dataset was validated with"),
    "validation-report.ttl": ("text/turtle", "The SHACL validation report of the dataset"),
    "validation-report.txt": ("text/plain", "The validation report, in words"),
    "build-report.txt": ("text/plain", "What the build read and found"),
    "void.ttl": ("text/turtle", "DCAT and VoID description of the release"),
    "changes.trig": ("application/trig", "The changes since the previous release: a prov:Activity and the triples added and removed"),
    "changes.txt": ("text/plain", "The changes since the previous release, in words"),
    "SHA256SUMS": ("text/plain", "SHA-256 checksums of every file of the release"),
    "index.html": ("text/html", "The release's pages: start here, with the map and charts of the partners"),
    "overview.fr.html": ("text/html", "The map and charts of the partners, in French"),
    "overview.ar.html": ("text/html", "The map and charts of the partners, in Arabic"),
    "network.html": ("text/html", "The cooperation network of the partners"),
    "network.fr.html": ("text/html", "The cooperation network of the partners, in French"),
    "network.ar.html": ("text/html", "The cooperation network of the partners, in Arabic"),
    "query.html": ("text/html", "A SPARQL query page (YASGUI) with the release's example queries"),
}
FOLDERS = {"static": "YASGUI's script, style and licence, for query.html"}  # else: pages and per-entity files


def crate(release: Path, payload: Path, about: dict[str, str]) -> None:
    """Copy the release into ``payload`` with its RO-Crate metadata."""
    from rocrate.model.contextentity import ContextEntity
    from rocrate.rocrate import ROCrate

    c = ROCrate(gen_preview=False)
    root = c.root_dataset
    root["name"] = about.get("title", release.name)
    root["description"] = about.get("description", about.get("title", ""))
    root["version"] = about.get("version", "")
    root["datePublished"] = about.get("issued", "")
    if about.get("license"):
        root["license"] = {"@id": about["license"]}
        c.add(ContextEntity(c, about["license"], properties={"@type": "CreativeWork", "name": about["license"]}))
    if about.get("dataset"):
        root["identifier"] = about["dataset"]
    if about.get("publisher"):
        pid = about.get("homepage") or "#publisher"
        c.add(ContextEntity(c, pid, properties={"@type": "Organization", "name": about["publisher"]}))
        root["publisher"] = {"@id": pid}
    software = c.add(ContextEntity(c, SOFTWARE, properties={
        "@type": "SoftwareApplication", "name": "coalition-lod", "version": __version__, "url": SOFTWARE}))
    made = []
    for path in sorted(p for p in release.rglob("*") if p.is_file()):
        rel = path.relative_to(release).as_posix()
        fmt, text = FILES.get(rel, (None, None))
        if fmt is None:
            continue  # the pages and per-entity files travel in the payload, listed in SHA256SUMS
        made.append(c.add_file(path, dest_path=rel, properties={"name": rel, "encodingFormat": fmt, "description": text}))
    for folder in sorted({p.relative_to(release).parts[0] for p in release.rglob("*") if p.is_file()
                          and len(p.relative_to(release).parts) > 1}):
        made.append(c.add_dataset(release / folder, dest_path=folder,
                                  properties={"name": folder,
                                              "description": FOLDERS.get(folder, f"Pages and per-entity files: {folder}")}))
    c.add_action(software, identifier="#build", result=made, properties={
        "name": "Build of the release by coalition-lod", "endTime": about.get("issued", ""),
        "@type": "CreateAction"})
    c.write(payload)


def bag(release: Path, out: Path, contact: str | None = None) -> Path:
    """Write the bag to ``out`` (which must not exist), whole or not at all; it is
    validated before it is moved into place."""
    import bagit

    release = release.resolve()
    about = describe.about(release)
    if out.exists():
        raise InputError(f"{out}: already exists; the bag is written to a new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        payload = tmp / "bag"
        crate(release, payload, about)
        # files the crate does not list (pages, per-entity files) are payload too
        for path in release.rglob("*"):
            target = payload / path.relative_to(release)
            if path.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
        info = {"Source-Organization": about.get("publisher", "coalition-lod"),
                "Contact-Name": contact or about.get("publisher", "coalition-lod"),
                "External-Description": about.get("title", ""),
                "External-Identifier": about.get("dataset", ""),
                "Version": about.get("version", ""), "License": about.get("license", ""),
                "Bagging-Date": about.get("issued", ""),
                "Bag-Software-Agent": f"coalition-lod {__version__} (bagit {bagit.VERSION})"}
        made = bagit.make_bag(str(payload), bag_info={k: v for k, v in info.items() if v}, checksums=["sha256", "sha512"])
        made.validate()
        payload.rename(out)
    except bagit.BagError as e:
        raise InputError(f"{out}: the bag does not validate: {e}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
