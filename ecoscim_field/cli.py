"""The command line: `ecoscim-field [--data-dir DIR] [--lang L] [COMMAND …]`.

With no command it opens the desktop app; commands do the headless work. Exit status:
0 done, 1 the store or the input is unsafe to use (nothing was changed), 2 the command
line itself is wrong. Messages are in the interface language.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ecoscim_field import APP_ID, APP_NAME, ORGANISATION, __version__
from ecoscim_field.config import Config
from ecoscim_field.i18n.argparse_tr import translate_argparse
from ecoscim_field.i18n.catalogue import install_language
from ecoscim_field.i18n.contexts import Cli
from ecoscim_field.i18n.languages import available_languages, choose_language, native_name
from ecoscim_field.i18n.messages import (
    describe_guide_error,
    describe_os_reason,
    describe_store_error,
    describe_template_error,
)
from ecoscim_field.paths import DATA_DIR_ENV, default_data_dir
from ecoscim_field.store.errors import StoreError

if TYPE_CHECKING:
    from ecoscim_field.store.database import Store

EXIT_OK, EXIT_UNSAFE, EXIT_USAGE = 0, 1, 2
GUI_COMMANDS = {None, "screenshots"}
_VALUE_OPTIONS = {"--data-dir", "--lang"}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


@dataclass
class Context:
    """What every command needs: where the store is, which language, the user's settings."""

    data_dir: Path
    language: str
    config: Config


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    requested_lang, command = _scan(args_in)
    if command == "screenshots":
        # Screenshots render offscreen, with or without a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _ensure_application(gui=command in GUI_COMMANDS and not _asks_only_for_info(args_in))
    config = Config.load()
    language = choose_language(requested_lang, config.language)
    install_language(language)
    translate_argparse()
    if requested_lang is not None and requested_lang not in available_languages():
        _err(
            translate("Cli", "Unknown language “{lang}”. Available languages: {available}.").format(
                lang=requested_lang, available=", ".join(available_languages())
            )
        )
        return EXIT_USAGE
    parser = build_parser()
    try:
        args = parser.parse_args(args_in)
    except SystemExit as exc:  # argparse has printed its (translated) message
        return int(exc.code or 0)
    context = Context(resolve_data_dir(getattr(args, "data_dir", None), config), language, config)
    handler: Callable[[argparse.Namespace, Context], int] = args.handler
    try:
        return handler(args, context)
    except StoreError as exc:
        _err(describe_store_error(exc))
        return EXIT_UNSAFE
    except OSError as exc:
        # A disk that fills up (or goes away) under a command: every store write is one
        # transaction, so what was committed before stays and the rest was rolled back.
        _err(
            translate(
                "Cli",
                "The command stopped: {reason} ({file}). What was saved before it stays in "
                "the store; free some space or fix the folder, then run it again.",
            ).format(reason=describe_os_reason(exc), file=exc.filename or context.data_dir)
        )
        return EXIT_UNSAFE


def resolve_data_dir(option: str | None, config: Config) -> Path:
    """--data-dir, else $ECOSCIM_FIELD_DATA_DIR, else Settings, else the platform default."""
    for candidate in (option, os.environ.get(DATA_DIR_ENV), config.data_dir):
        if candidate:
            return Path(candidate).expanduser().absolute()
    return default_data_dir()


def _scan(args: list[str]) -> tuple[str | None, str | None]:
    """--lang and the command name, read before argparse so its messages are translated."""
    lang = command = None
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            if arg == "--lang" and i + 1 < len(args):
                lang = args[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        elif not arg.startswith("-") and command is None:
            command = arg
    return lang, command


def _asks_only_for_info(args: list[str]) -> bool:
    return any(a in ("-h", "--help", "--version") for a in args)


def _ensure_application(*, gui: bool) -> None:
    if QCoreApplication.instance() is not None:
        return
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    if gui:
        from PySide6.QtWidgets import QApplication

        QApplication([APP_ID])
    else:
        QCoreApplication([APP_ID])


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=translate("Cli", "DIR"),
        default=argparse.SUPPRESS,
        help=translate("Cli", "keep the whole store (database, recordings, outbox) in DIR"),
    )
    common.add_argument(
        "--lang",
        metavar=translate("Cli", "LANGUAGE"),
        default=argparse.SUPPRESS,
        help=translate("Cli", "interface language: {languages}").format(
            languages=", ".join(available_languages())
        ),
    )
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=translate(
            "Cli",
            "ECOSCIM Field: fieldwork for Smart City research in Mexico City. "
            "Without a command, opens the desktop app.",
        ),
        parents=[common],
    )
    parser.set_defaults(handler=_cmd_open_app)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("Cli", "print the version and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=translate("Cli", "fill an empty store with demo data in Spanish"),
    )
    demo.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help=translate("Cli", "multiply the demo data N times (for load tests)"),
    )
    demo.set_defaults(handler=_cmd_demo)

    doctor = commands.add_parser(
        "doctor",
        parents=[common],
        help=translate("Cli", "check this laptop and its store before fieldwork"),
    )
    doctor.set_defaults(handler=_cmd_doctor)

    devices = commands.add_parser(
        "devices", parents=[common], help=translate("Cli", "list the audio input devices")
    )
    devices.set_defaults(handler=_cmd_devices)
    record = commands.add_parser(
        "record",
        parents=[common],
        help=translate("Cli", "record a short test and print its duration and levels"),
    )
    record.add_argument(
        "--seconds",
        type=float,
        required=True,
        metavar="N",
        help=translate("Cli", "how long to record"),
    )
    record.add_argument(
        "--device",
        metavar="D",
        help=translate("Cli", "input device: its number or part of its name (see devices)"),
    )
    record.add_argument(
        "--rate",
        type=int,
        default=16000,
        metavar="HZ",
        help=translate("Cli", "sample rate (default 16000)"),
    )
    record.set_defaults(handler=_cmd_record)

    consent = commands.add_parser(
        "consent",
        parents=[common],
        help=translate("Cli", "consent checks for the ethics committee"),
    )
    consent.add_argument(
        "action",
        choices=["audit", "forms", "add-version"],
        help=translate(
            "Cli",
            "audit: list every recording and note whose participant lacks the consent it "
            "needs (exit status 1 if there is any); forms: list the consent form versions; "
            "add-version: add a new version of a form from its template files, one per "
            "language",
        ),
    )
    consent.add_argument(
        "files", nargs="*", metavar=translate("Cli", "FILE"),
        help=translate("Cli", "template files (JSON) for add-version"),
    )  # fmt: skip
    consent.set_defaults(handler=_cmd_consent)

    guide = commands.add_parser(
        "guide", parents=[common], help=translate("Cli", "interview guides: list, export, import")
    )
    guide_actions = guide.add_subparsers(dest="guide_action", metavar=translate("Cli", "ACTION"))
    guide_actions.required = True
    guide_list = guide_actions.add_parser(
        "list", parents=[common], help=translate("Cli", "list the guides and their versions")
    )
    guide_list.set_defaults(handler=_cmd_guide_list)
    guide_export = guide_actions.add_parser(
        "export", parents=[common], help=translate("Cli", "write a guide to a file (YAML)")
    )
    guide_export.add_argument("id", metavar="ID", help=translate("Cli", "the guide's id"))
    guide_export.add_argument(
        "--to", required=True, metavar=translate("Cli", "FILE"),
        help=translate("Cli", "the file to write"),
    )  # fmt: skip
    guide_export.set_defaults(handler=_cmd_guide_export)
    guide_import = guide_actions.add_parser(
        "import", parents=[common],
        help=translate("Cli", "read a guide file (a new version if the guide exists)"),
    )  # fmt: skip
    guide_import.add_argument("file", metavar=translate("Cli", "FILE"))
    guide_import.set_defaults(handler=_cmd_guide_import)

    agenda = commands.add_parser(
        "agenda", parents=[common],
        help=translate("Cli", "print the day's appointments, or write them as iCalendar"),
    )  # fmt: skip
    agenda.add_argument(
        "--date", metavar="YYYY-MM-DD", default=None,
        help=translate("Cli", "the day (default: today in Mexico City)"),
    )  # fmt: skip
    agenda.add_argument(
        "--fieldworker", metavar=translate("Cli", "NAME"), default=None,
        help=translate("Cli", "only this fieldworker's appointments (name or initials)"),
    )  # fmt: skip
    agenda.add_argument(
        "--ics", metavar=translate("Cli", "FILE"), default=None,
        help=translate("Cli", "write an iCalendar (.ics) file instead of printing"),
    )  # fmt: skip
    agenda.set_defaults(handler=_cmd_agenda)

    from ecoscim_field.cli_sync import add_commands as add_sync_commands

    add_sync_commands(commands, common)

    i18n = commands.add_parser(
        "i18n",
        parents=[common],
        help=translate("Cli", "translators' tools: update, compile or check"),
    )
    i18n.add_argument(
        "action",
        choices=["update", "compile", "check"],
        help=translate(
            "Cli",
            "update: extract strings into the .ts files; compile: build the .qm files; "
            "check: name every missing, unfinished, obsolete or broken translation",
        ),
    )
    i18n.add_argument(
        "--translations",
        metavar=translate("Cli", "DIR"),
        default=None,
        help=translate("Cli", "the folder of .ts files (default: the app's translations folder)"),
    )
    i18n.set_defaults(handler=_cmd_i18n)

    shots = commands.add_parser(
        "screenshots",
        parents=[common],
        help=translate("Cli", "render every screen and dialog, with demo data, to PNG files"),
    )
    shots.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "DIR"),
        help=translate("Cli", "folder for the PNGs"),
    )
    shots.set_defaults(handler=_cmd_screenshots)
    return parser


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- commands --------------------------------------------------------------------------


def _cmd_open_app(args: argparse.Namespace, ctx: Context) -> int:
    # The one place (with screenshots) where the command line reaches the interface.
    from ecoscim_field.ui.app import run_app

    return run_app(data_dir=ctx.data_dir, language=ctx.language, config=ctx.config)


def _cmd_screenshots(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.ui.screenshots import render_all

    written = render_all(Path(args.out), language=ctx.language)
    for path in written:
        _out(str(path))
    _out(
        translate("Cli", "{count} screenshots written to {folder}.").format(
            count=len(written), folder=args.out
        )
    )
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.domain.demo import fill_demo

    if args.scale < 1:
        _err(translate("Cli", "--scale must be a whole number of at least 1."))
        return EXIT_USAGE
    with _opened_store(ctx) as store:
        report = fill_demo(store, scale=args.scale)
    _out(
        translate(
            "Cli",
            "Demo data added to {folder}: {cases} case studies, {people} team members, "
            "{participants} participants.",
        ).format(
            folder=ctx.data_dir,
            cases=report.case_studies,
            people=report.fieldworkers,
            participants=report.participants,
        )
    )
    return EXIT_OK


def _cmd_devices(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.cli_audio import cmd_devices

    return cmd_devices()


def _cmd_record(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.cli_audio import cmd_record

    if args.seconds <= 0 or args.rate < 8000:
        _err(translate("Cli", "Give a positive number of seconds and a rate of at least "
                       "8000 Hz."))  # fmt: skip
        return EXIT_USAGE
    with _opened_store(ctx) as store:
        return cmd_record(store, seconds=args.seconds, device=args.device, rate=args.rate)


def _cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.cli_doctor import print_doctor_report
    from ecoscim_field.domain.doctor import examine

    report = examine(ctx.data_dir)
    print_doctor_report(report, language_label=f"{native_name(ctx.language)} [{ctx.language}]")
    return EXIT_UNSAFE if report.problems else EXIT_OK


def _cmd_consent(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "forms":
        return _consent_forms(ctx)
    if args.action == "add-version":
        return _consent_add_version(ctx, [Path(f) for f in args.files])
    from ecoscim_field.domain.consent_audit import consent_audit

    with _opened_store(ctx) as store, store.transaction() as session:
        findings = consent_audit(session)
    problems = {
        "no_consent": translate("Cli", "no consent recorded"),
        "refused": translate("Cli", "refused"),
        "withdrawn": translate("Cli", "withdrawn"),
    }
    kinds = {"recording": translate("Cli", "recording"), "note": translate("Cli", "note")}
    for f in findings:
        _out(
            translate("Cli", "{code}: {kind} {label}: consent item “{item}” {problem}").format(
                code=f.participant_code,
                kind=kinds[f.kind],
                label=f.label if f.at is None else f"{f.label} {f.at:%Y-%m-%d %H:%M} UTC",
                item=f.item.value,
                problem=problems[f.problem],
            )
        )
    if findings:
        _out(Cli.tr("%n item(s) lack the consent they need.", "", len(findings)))
        return EXIT_UNSAFE
    _out(translate("Cli", "Every recording and note has the consent it needs."))
    return EXIT_OK


def _consent_forms(ctx: Context) -> int:
    from sqlalchemy import select

    from ecoscim_field.domain.consent_forms import ensure_builtin_forms, latest_version
    from ecoscim_field.store.models import ConsentForm

    with _opened_store(ctx) as store:
        ensure_builtin_forms(store)
        with store.transaction() as session:
            forms = session.scalars(
                select(ConsentForm).order_by(
                    ConsentForm.form_key, ConsentForm.version, ConsentForm.language
                )
            ).all()
            latest = {f.form_key: latest_version(session, f.form_key) for f in forms}
            for form in forms:
                state = (
                    translate("Cli", "in use")
                    if form.version == latest[form.form_key]
                    else translate("Cli", "retired (readable)")
                )
                _out(f"{form.form_key} v{form.version} [{form.language}] {form.ethics_ref}: "
                     f"{form.title} — {state}")  # fmt: skip
    return EXIT_OK


def _consent_add_version(ctx: Context, files: list[Path]) -> int:
    from ecoscim_field.domain.consent_forms import (
        TemplateError,
        add_form_version,
        ensure_builtin_forms,
        load_template,
    )
    from ecoscim_field.domain.profile import load_profile

    if not files:
        _err(translate("Cli", "Name the template files of the new version, one per language."))
        return EXIT_USAGE
    try:
        templates = [load_template(path) for path in files]
    except TemplateError as exc:
        _err(describe_template_error(exc.file, exc.problem))
        return EXIT_UNSAFE
    with _opened_store(ctx) as store:
        ensure_builtin_forms(store)
        profile = load_profile(store)
        try:
            version = add_form_version(
                store, templates=templates, actor=profile.name if profile else ""
            )
        except TemplateError as exc:
            _err(
                translate("Cli", "The new version was not added: {problem}").format(
                    problem=exc.problem
                )
            )
            return EXIT_UNSAFE
    _out(
        translate("Cli", "Version {version} of {form} added; older versions are retired.").format(
            version=version, form=templates[0]["form_key"]
        )
    )
    return EXIT_OK


@contextmanager
def _opened_store(ctx: Context) -> Iterator[Store]:
    """The store of `ctx`, opened for one command and closed after it, whatever happens."""
    from ecoscim_field.cli_audio import tell_recovered
    from ecoscim_field.store.database import Store

    store = Store.open(ctx.data_dir)
    try:
        tell_recovered(store)  # an interrupted recording is saved before anything else
        yield store
    finally:
        store.close()


def _write_output(target: Path, data: bytes) -> bool:
    """Write a command's output file atomically; False (with the reason said) if it cannot."""
    from ecoscim_field.config import write_atomically

    try:
        write_atomically(target, data)
    except OSError as exc:
        _err(translate("Cli", "The file {file} cannot be written: {reason}").format(
            file=target, reason=describe_os_reason(exc)))  # fmt: skip
        return False
    return True


def _cmd_guide_list(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.domain.guides import ensure_builtin_guides, list_guides

    with _opened_store(ctx) as store:
        ensure_builtin_guides(store)
        with store.transaction() as session:
            rows = list_guides(session, include_archived=True)
    for row in rows:
        mark = "" if row.latest else " " + translate("Cli", "(older version)")
        if row.archived:
            mark += " " + translate("Cli", "(archived)")
        _out(f"{row.id}  v{row.version}  [{row.language}] {row.stakeholder_group.value}: "
             f"{row.title}{mark}")  # fmt: skip
    return EXIT_OK


def _cmd_guide_export(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.domain.guides import ensure_builtin_guides, export_guide, find_guide

    with _opened_store(ctx) as store:
        ensure_builtin_guides(store)
        with store.transaction() as session:
            guide = find_guide(session, args.id)
            if guide is None:
                _err(translate("Cli", "No guide has the id “{id}” (see “guide list”).").format(
                    id=args.id))  # fmt: skip
                return EXIT_UNSAFE
            text = export_guide(session, guide.id)
    target = Path(args.to).expanduser()
    if not _write_output(target, text.encode("utf-8")):
        return EXIT_UNSAFE
    _out(translate("Cli", "Guide written to {file}.").format(file=target))
    return EXIT_OK


def _cmd_guide_import(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.domain.guide_format import GuideFileError
    from ecoscim_field.domain.guides import import_guide

    path = Path(args.file).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _err(translate("Cli", "The file {file} cannot be read: {reason}").format(
            file=path, reason=exc))  # fmt: skip
        return EXIT_UNSAFE
    with _opened_store(ctx) as store:
        try:
            guide_id, version = import_guide(store, text=text, source=str(path))
        except GuideFileError as exc:
            _err(describe_guide_error(exc.source, exc.line, exc.problem))
            return EXIT_UNSAFE
    _out(translate("Cli", "Guide imported as version {version} ({id}).").format(
        version=version, id=guide_id))  # fmt: skip
    return EXIT_OK


def _cmd_agenda(args: argparse.Namespace, ctx: Context) -> int:
    from datetime import date, datetime

    from ecoscim_field.domain.appointments import MEXICO_CITY, agenda, agenda_ics
    from ecoscim_field.i18n.labels import status_label

    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            _err(translate("Cli", "“{date}” is not a date of the form YYYY-MM-DD.").format(
                date=args.date))  # fmt: skip
            return EXIT_USAGE
    else:
        day = datetime.now(MEXICO_CITY).date()
    with _opened_store(ctx) as store, store.transaction() as session:
        rows = agenda(session, start=day, fieldworker=args.fieldworker)
    if args.ics:
        target = Path(args.ics).expanduser()
        name = translate("Cli", "ECOSCIM appointments {date}").format(date=day.isoformat())
        if not _write_output(target, agenda_ics(rows, calendar_name=name)):
            return EXIT_UNSAFE
        _out(Cli.tr("%n appointment(s) written to {file}.", "", len(rows)).format(
            file=target))  # fmt: skip
        return EXIT_OK
    locale = QLocale()
    _out(locale.toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat))  # fmt: skip
    if not rows:
        _out(translate("Cli", "No appointments."))
    for row in rows:
        start = f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
        _out(f"{start}  {row.who}  {row.name}".rstrip())
        for label, value in (
            (translate("Cli", "Case study"), row.case_study),
            (translate("Cli", "Guide"), row.guide),
            (translate("Cli", "Where"), row.place),
            (translate("Cli", "Directions"), row.directions),
            (translate("Cli", "Fieldworkers"), ", ".join(row.fieldworkers)),
            (translate("Cli", "Status"), status_label(row.status)),
        ):
            if value:
                _out(f"       {label}: {value}")
    return EXIT_OK


def _cmd_i18n(args: argparse.Namespace, ctx: Context) -> int:
    from ecoscim_field.i18n import tools

    folder = Path(args.translations) if args.translations else None
    try:
        if args.action == "update":
            _out(tools.update_catalogues(folder).rstrip())
        elif args.action == "compile":
            for built in tools.compile_catalogues(folder):
                _out(translate("Cli", "Built {file}").format(file=built))
        else:
            return _print_check(tools.check_catalogues(folder))
    except tools.ToolError as exc:
        _err(translate("Cli", "The Qt translation tools failed: {reason}").format(reason=exc))
        return EXIT_UNSAFE
    return EXIT_OK


def _print_check(report: object) -> int:
    from ecoscim_field.i18n.tools import CheckReport

    assert isinstance(report, CheckReport)
    labels = {
        "missing": translate("Cli", "missing (run “ecoscim-field i18n update”)"),
        "unfinished": translate("Cli", "not translated yet"),
        "obsolete": translate("Cli", "obsolete (run “ecoscim-field i18n update”)"),
        "placeholders": translate("Cli", "placeholders differ from the source"),
        "unextracted": translate(
            "Cli", "not seen by lupdate (rewrite the code around this call, then update)"
        ),
        "not_plural": translate(
            "Cli", "lupdate does not see a plural here (say it with a class's tr(), then update)"
        ),
    }
    for problem in report.problems:
        line = f"{problem.file}: {labels[problem.kind]}: [{problem.context}] “{problem.source}”"
        if problem.detail:
            line += f" → “{problem.detail}”"
        _err(line)
    locale = QLocale()
    for name, (done, total) in sorted(report.counts.items()):
        _out(
            translate("Cli", "{file}: {done} of {total} strings translated").format(
                file=name, done=locale.toString(done), total=locale.toString(total)
            )
        )
    if report.problems:
        _err(
            translate("Cli", "{count} translation problems found.").format(
                count=len(report.problems)
            )
        )
        return EXIT_UNSAFE
    _out(translate("Cli", "All translations are in order."))
    return EXIT_OK
