"""`project`, `bundle` and `conflicts`: the project identity, bundles and their merge."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ecoscim_field.i18n.contexts import Sync
from ecoscim_field.i18n.sync_messages import describe_bundle_error, describe_key_error

if TYPE_CHECKING:
    from ecoscim_field.cli import Context
    from ecoscim_field.store.database import Store
    from ecoscim_field.sync.bundle import Identities

translate = QCoreApplication.translate
EXIT_OK, EXIT_UNSAFE, EXIT_USAGE = 0, 1, 2
PASSPHRASE_ENV = "ECOSCIM_FIELD_PASSPHRASE"
Handler = Callable[[argparse.Namespace, "Context"], int]


def _out(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """The `project`, `bundle` and `conflicts` commands, added to the program's parser."""
    passphrase = argparse.ArgumentParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-file", metavar=translate("Sync", "FILE"), default=None,
        help=translate("Sync", "read the project passphrase from FILE (or set "
                       "ECOSCIM_FIELD_PASSPHRASE); never give it on the command line"),
    )  # fmt: skip

    project = commands.add_parser(
        "project", parents=[common],
        help=translate("Sync", "the project: create it (coordinator), join it, show it"),
    )  # fmt: skip
    actions = project.add_subparsers(dest="project_action", metavar=translate("Sync", "ACTION"))
    actions.required = True
    init = actions.add_parser(
        "init", parents=[common, passphrase],
        help=translate("Sync", "create a project with this laptop as its coordinator"),
    )  # fmt: skip
    init.add_argument("--name", required=True, metavar=translate("Sync", "NAME"),
                      help=translate("Sync", "the project's name"))  # fmt: skip
    init.add_argument(
        "--out", required=True, metavar=translate("Sync", "FILE"),
        help=translate("Sync", "where to write the project file for the team"),
    )  # fmt: skip
    init.set_defaults(handler=cmd_project_init)
    join = actions.add_parser(
        "join", parents=[common], help=translate("Sync", "join the project of a project file")
    )
    join.add_argument("file", metavar=translate("Sync", "FILE"))
    join.set_defaults(handler=cmd_project_join)
    show = actions.add_parser(
        "show", parents=[common], help=translate("Sync", "show the project and this laptop's keys")
    )
    show.set_defaults(handler=cmd_project_show)

    bundle = commands.add_parser(
        "bundle", parents=[common],
        help=translate("Sync", "bundles: export this laptop's changes, verify, merge"),
    )  # fmt: skip
    actions = bundle.add_subparsers(dest="bundle_action", metavar=translate("Sync", "ACTION"))
    actions.required = True
    export = actions.add_parser(
        "export", parents=[common],
        help=translate("Sync", "write the changes since the last export as a bundle"),
    )  # fmt: skip
    export.add_argument("--to", required=True, metavar=translate("Sync", "DIR"),
                        help=translate("Sync", "the folder to write the bundle in"))  # fmt: skip
    export.add_argument("--full", action="store_true",
                        help=translate("Sync", "everything, not only what changed"))  # fmt: skip
    export.add_argument(
        "--part-size", type=int, default=None, metavar="MB",
        help=translate("Sync", "split a larger bundle into parts of MB megabytes "
                       "(default: the size set in Settings)"),
    )  # fmt: skip
    export.set_defaults(handler=cmd_bundle_export)
    verify = actions.add_parser(
        "verify", parents=[common, passphrase],
        help=translate("Sync", "check bundles through and say what they hold"),
    )  # fmt: skip
    verify.add_argument("files", nargs="+", metavar=translate("Sync", "FILE"))
    verify.set_defaults(handler=cmd_bundle_verify)
    merge = actions.add_parser(
        "merge", parents=[common, passphrase],
        help=translate("Sync", "verify bundles and merge them into the store"),
    )  # fmt: skip
    merge.add_argument("files", nargs="+", metavar=translate("Sync", "FILE"))
    merge.add_argument(
        "--trust-new-device", action="store_true",
        help=translate("Sync", "accept bundles from a laptop this store does not know yet"),
    )  # fmt: skip
    merge.set_defaults(handler=cmd_bundle_merge)

    conflicts = commands.add_parser(
        "conflicts", parents=[common],
        help=translate("Sync", "edits made on two laptops at once: list and resolve"),
    )  # fmt: skip
    actions = conflicts.add_subparsers(dest="conflicts_action", metavar=translate("Sync", "ACTION"))
    actions.required = True
    listing = actions.add_parser(
        "list", parents=[common], help=translate("Sync", "list the conflicts still open")
    )
    listing.set_defaults(handler=cmd_conflicts_list)
    resolve = actions.add_parser(
        "resolve", parents=[common], help=translate("Sync", "resolve a conflict")
    )
    resolve.add_argument(
        "id", metavar="ID", help=translate("Sync", "the conflict's id (or its start)")
    )
    resolve.add_argument(
        "--keep", required=True, choices=["winner", "loser"],
        help=translate("Sync", "keep the version in the store now (winner) or the other (loser)"),
    )  # fmt: skip
    resolve.set_defaults(handler=cmd_conflicts_resolve)


def _opened(ctx: Context) -> Any:
    from ecoscim_field.cli import _opened_store

    return _opened_store(ctx)


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> bytes | None:
    """The passphrase from --passphrase-file, the environment, or typed at a terminal."""
    if getattr(args, "passphrase_file", None):
        path = Path(args.passphrase_file).expanduser()
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n").encode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _err(translate("Sync", "The passphrase file {file} cannot be read: {reason}").format(
                file=path, reason=exc))  # fmt: skip
            return None
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV].encode("utf-8")
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(translate("Sync", "Project passphrase: "))
    if confirm and getpass.getpass(translate("Sync", "The same passphrase again: ")) != first:
        _err(translate("Sync", "The two passphrases differ."))
        return None
    return first.encode("utf-8")


def cmd_project_init(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.cli import _write_output
    from ecoscim_field.sync.keys import KeyError_
    from ecoscim_field.sync.project import init_project

    target = Path(args.out).expanduser()
    passphrase = read_passphrase(args, confirm=True)
    if passphrase is None:
        _err(translate("Sync", "A passphrase is needed: give --passphrase-file or set "
                       "ECOSCIM_FIELD_PASSPHRASE."))  # fmt: skip
        return EXIT_USAGE
    with _opened(ctx) as store:
        try:
            project = init_project(store, name=args.name, passphrase=passphrase)
        except KeyError_ as exc:
            _err(describe_key_error(exc))
            return EXIT_UNSAFE
    if not _write_output(target, project.to_json().encode("utf-8")):
        return EXIT_UNSAFE
    _out(translate("Sync", "Project “{name}” created. Give {file} to each fieldworker; its "
                   "fingerprint is {fingerprint}.").format(
        name=project.name, file=target, fingerprint=project.fingerprint))  # fmt: skip
    _out(translate("Sync", "Keep the passphrase safe: without it no bundle can be opened."))
    return EXIT_OK


def cmd_project_join(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.sync.keys import KeyError_, Project
    from ecoscim_field.sync.project import join_project

    path = Path(args.file).expanduser()
    try:
        project = Project.from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        _err(translate("Sync", "The file {file} cannot be read: {reason}").format(
            file=path, reason=exc))  # fmt: skip
        return EXIT_UNSAFE
    except KeyError_ as exc:
        _err(translate("Sync", "{file} is not a project file: {reason}").format(
            file=path, reason=exc.detail))  # fmt: skip
        return EXIT_UNSAFE
    with _opened(ctx) as store:
        try:
            joined = join_project(store, project)
        except KeyError_ as exc:
            _err(describe_key_error(exc))
            return EXIT_UNSAFE
    if joined:
        _out(translate("Sync", "This laptop is now part of “{name}” (fingerprint {fingerprint}: "
                       "check it with the coordinator).").format(
            name=project.name, fingerprint=project.fingerprint))  # fmt: skip
    else:
        _out(
            translate("Sync", "This laptop was already part of “{name}”.").format(name=project.name)
        )
    return EXIT_OK


def cmd_project_show(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.sync.bundle import store_project
    from ecoscim_field.sync.keys import device_keys, fingerprint

    with _opened(ctx) as store:
        project = store_project(store)
        keys = device_keys(store.folder)
        device_id = store.device_id
    if project is None:
        _out(translate("Sync", "This laptop is not part of a project yet (see “project join”)."))
    else:
        role = translate("Sync", "coordinator") if project.coordinator.device_id == device_id \
            else translate("Sync", "fieldworker")  # fmt: skip
        _out(translate("Sync", "Project “{name}” ({id}), fingerprint {fingerprint}; this laptop: "
                       "{role}.").format(name=project.name, id=project.project_id,
                                         fingerprint=project.fingerprint, role=role))  # fmt: skip
    _out(translate("Sync", "This laptop: {id}, signing key {fingerprint}.").format(
        id=device_id, fingerprint=fingerprint(keys.signing_public)))  # fmt: skip
    return EXIT_OK


def cmd_bundle_export(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.sync.bundle import BundleError, export_bundle

    part_mb = args.part_size if args.part_size is not None else ctx.config.part_size_mb()
    if part_mb is not None and part_mb < 1:
        _err(translate("Sync", "The part size is in megabytes and at least 1."))
        return EXIT_USAGE
    target = Path(args.to).expanduser()
    with _opened(ctx) as store:
        try:
            result = export_bundle(
                store, target, full=args.full,
                part_size=part_mb * 1024 * 1024 if part_mb else None,
            )  # fmt: skip
        except BundleError as exc:
            _err(describe_bundle_error(exc))
            return EXIT_UNSAFE
    if result is None:
        _out(translate("Sync", "Nothing has changed since the last bundle: nothing to send."))
        return EXIT_OK
    for file in result.files:
        _out(str(file))
    _out(Sync.tr("Bundle {seq}: %n record(s)", "", result.records).format(seq=result.seq)
         + ", " + Sync.tr("%n deletion(s)", "", result.tombstones)
         + ", " + Sync.tr("%n audio file(s)", "", result.audio_files)
         + translate("Sync", ", {mb:.1f} MB.").format(mb=result.bytes / 1e6))  # fmt: skip
    return EXIT_OK


def _identities(store: Store, args: argparse.Namespace, *, ask: bool) -> Identities:
    from ecoscim_field.sync.bundle import Identities, require_project
    from ecoscim_field.sync.keys import device_keys, has_project_key, project_private_key

    project = require_project(store)
    device = device_keys(store.folder).encryption
    if not ask or not has_project_key(store.folder, project.project_id):
        return Identities(device)
    passphrase = read_passphrase(args)
    if passphrase is None:
        return Identities(device)
    return Identities(device, project_private_key(store.folder, project.project_id, passphrase))


def _needs_project_key(store: Store, paths: list[Path]) -> bool:
    """Whether any of the bundles is sealed to the project only (a fieldworker's bundle)."""
    from ecoscim_field.sync.envelope import EnvelopeError, read_header
    from ecoscim_field.sync.keys import device_keys, key_id

    mine = key_id(device_keys(store.folder).encryption_public)
    for path in paths:
        try:
            with open(path, "rb") as handle:
                if mine not in read_header(handle).recipients:
                    return True
        except (OSError, EnvelopeError):
            continue
    return False


def _run_bundles(args: argparse.Namespace, ctx: Context, *, merge: bool) -> int:
    from ecoscim_field.sync.bundle import BundleError, group_parts, read_bundle
    from ecoscim_field.sync.keys import KeyError_
    from ecoscim_field.sync.merge import merge_bundle

    paths = [Path(f).expanduser() for f in args.files]
    for path in paths:
        if not path.is_file():
            _err(translate("Sync", "{file}: no such file.").format(file=path))
            return EXIT_UNSAFE
    try:
        bundles = group_parts(paths)
    except BundleError as exc:
        _err(describe_bundle_error(exc))
        return EXIT_UNSAFE
    status = EXIT_OK
    with _opened(ctx) as store:
        try:
            identities = _identities(store, args, ask=_needs_project_key(store, paths))
        except KeyError_ as exc:
            _err(describe_key_error(exc))
            return EXIT_UNSAFE
        except BundleError as exc:
            _err(describe_bundle_error(exc))
            return EXIT_UNSAFE
        gaps: list[Any] = []
        for parts in bundles:
            try:
                trust = getattr(args, "trust_new_device", False)
                bundle = read_bundle(
                    store, parts, identities, keep_audio=merge, trust_new_device=trust,
                    stop_if_merged=merge,
                )  # fmt: skip
            except BundleError as exc:
                _err(describe_bundle_error(exc))
                status = EXIT_UNSAFE
                continue
            _describe(bundle)
            if not merge:
                continue
            try:
                result = merge_bundle(store, bundle)
            except BundleError as exc:
                exc.file = exc.file or parts[0].name
                _err(describe_bundle_error(exc))
                status = EXIT_UNSAFE
                continue
            gaps = result.gaps
            if result.already_merged:
                when = result.merged_at.strftime("%Y-%m-%d %H:%M UTC") if result.merged_at else "?"
                _out(translate("Sync", "  Already merged on {when}: nothing changed.").format(
                    when=when))  # fmt: skip
                continue
            _out(translate("Sync", "  Merged: {added} added, {updated} updated, {unchanged} "
                           "unchanged, {conflicts} conflicts, {refused} refused.").format(
                **result.counts()))  # fmt: skip
            if result.purged:
                _out(Sync.tr("  A consent withdrawal removed %n recording(s) or note(s).", "",
                             result.purged))  # fmt: skip
            if result.conflicts:
                _out(translate("Sync", "  See them with “conflicts list”."))
        for gap in gaps:
            _out(translate("Sync", "Device {device}: the bundles between {after} and {before} "
                       "have not arrived.").format(
            device=gap.label or gap.device_id[:8], after=gap.after, before=gap.before))  # fmt: skip
    return status


def _describe(bundle: Any) -> None:
    manifest = bundle.manifest
    person = (manifest.get("fieldworker") or {}).get("name") or "?"
    text = translate("Sync", "{file}: bundle {seq} of {device} ({person}), made {when}: valid.")
    _out(text.format(
        file=bundle.paths[0].name, seq=bundle.seq, device=manifest["device"]["label"],
        person=person, when=manifest["created_at"]))  # fmt: skip
    for member in manifest["members"]:
        if "records" in member:
            _out(
                Sync.tr("  %n record(s) in {path}", "", member["records"]).format(
                    path=member["path"]
                )
            )
    audio = [m for m in manifest["members"] if m["path"].startswith("audio/")]
    if audio:
        _out(Sync.tr("  %n audio file(s), {mb:.1f} MB", "", len(audio)).format(
            mb=sum(m["size"] for m in audio) / 1e6))  # fmt: skip


def cmd_bundle_verify(args: argparse.Namespace, ctx: Context) -> int:
    return _run_bundles(args, ctx, merge=False)


def cmd_bundle_merge(args: argparse.Namespace, ctx: Context) -> int:
    return _run_bundles(args, ctx, merge=True)


def cmd_conflicts_list(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.domain.desk import open_conflict_rows

    with _opened(ctx) as store, store.reading() as session:
        conflicts = open_conflict_rows(session)
    if not conflicts:
        _out(translate("Sync", "No conflicts are open."))
        return EXIT_OK
    for conflict in conflicts:
        _out(translate("Sync", "{id}  {table} {record}: kept the version of {winner}; the "
                       "version of {loser} differs in: {fields}").format(
            id=conflict.conflict_id[:8], table=conflict.table_name,
            record=conflict.record_id[:8], winner=_who(conflict.kept_by, conflict.kept_at),
            loser=_who(conflict.other_by, conflict.other_at),
            fields=", ".join(f.name for f in conflict.fields) or "–"))  # fmt: skip
        for field in conflict.fields:
            _out(f"    {field.name}: {field.kept!r}  |  {field.other!r}")
    return EXIT_OK


def _who(name: str, when: Any) -> str:
    return f"{name}, {when.strftime('%Y-%m-%d %H:%M UTC')}"


def cmd_conflicts_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.domain.profile import load_profile
    from ecoscim_field.sync.merge import resolve_conflict

    with _opened(ctx) as store:
        profile = load_profile(store)
        try:
            conflict = resolve_conflict(store, args.id, keep=args.keep,
                                        actor=profile.name if profile else "")  # fmt: skip
        except LookupError:
            _err(translate("Sync", "No open conflict has the id “{id}” (see “conflicts "
                           "list”).").format(id=args.id))  # fmt: skip
            return EXIT_UNSAFE
    _out(translate("Sync", "Conflict {id} resolved; the resolution travels in the next "
                   "bundle.").format(id=conflict.id[:8]))  # fmt: skip
    return EXIT_OK
