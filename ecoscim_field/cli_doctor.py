"""Words and layout of the `doctor` report, in the interface language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale

from ecoscim_field.domain.doctor import DoctorReport, Finding
from ecoscim_field.i18n.contexts import Doctor
from ecoscim_field.i18n.messages import describe_store_error
from ecoscim_field.qt_binding import binding_version
from ecoscim_field.store.models import Role

translate = QCoreApplication.translate


def table_label(table: str) -> str:
    labels = {
        "devices": translate("Doctor", "laptops"),
        "fieldworkers": translate("Doctor", "team members"),
        "audit_log": translate("Doctor", "audit entries"),
        "case_studies": translate("Doctor", "case studies"),
        "participants": translate("Doctor", "participants"),
        "participant_identities": translate("Doctor", "identity records"),
        "consent_forms": translate("Doctor", "consent form texts"),
        "consent_records": translate("Doctor", "consent records"),
        "consent_withdrawals": translate("Doctor", "withdrawals"),
        "recordings": translate("Doctor", "recordings"),
        "notes": translate("Doctor", "notes"),
        "interview_guides": translate("Doctor", "guide versions"),
        "appointments": translate("Doctor", "appointments"),
        "interview_sessions": translate("Doctor", "interview sessions"),
        "codes": translate("Doctor", "codes"),
        "note_codes": translate("Doctor", "codes applied to notes"),
    }
    return labels.get(table, table)


def role_label(role: Role) -> str:
    if role is Role.COORDINATOR:
        return translate("Doctor", "coordinator")
    return translate("Doctor", "fieldworker")


def finding_text(finding: Finding, report: DoctorReport) -> str:
    locale = QLocale()
    if finding is Finding.STORE_UNUSABLE and report.store_error is not None:
        return describe_store_error(report.store_error)
    texts = {
        Finding.INTEGRITY_FAILED: translate(
            "Doctor",
            "The store failed SQLite's integrity check: {details}. Stop using this laptop "
            "for fieldwork and ask your coordinator to restore a backup.",
        ),
        Finding.NO_STORE_YET: translate(
            "Doctor", "There is no store in {folder} yet; the app creates it at first start."
        ),
        Finding.UPGRADE_PENDING: translate(
            "Doctor",
            "The store uses schema {found}; the app upgrades it to {head} (after a backup "
            "copy) the next time it opens.",
        ),
        Finding.NO_PROFILE: translate(
            "Doctor", "No fieldworker profile is set on this laptop yet: open the app to set it."
        ),
        Finding.LOW_DISK: translate(
            "Doctor",
            "Only {free} of disk space is free: a day of recordings may not fit. "
            "Free some space before fieldwork.",
        ),
        Finding.NO_MICROPHONE: translate(
            "Doctor", "No audio input device was found: connect a microphone before fieldwork."
        ),
        Finding.AUDIO_UNAVAILABLE: translate(
            "Doctor", "The audio system is not available ({reason}): nothing can be recorded."
        ),
        Finding.DAMAGED_AUDIO: translate(
            "Doctor",
            "Damaged or missing audio files: {files}. The rest of the store is usable; ask "
            "your coordinator for the copies from the last sync.",
        ),
        Finding.INTERRUPTED_RECORDINGS: Doctor.tr(
            "%n interrupted recording(s) will be saved as normal files the next time the "
            "app or a command opens the store.",
            "",
            report.interrupted,
        ),
    }
    texts[Finding.QT_BINDING_FAULT] = translate(
        "Doctor",
        "The installed Qt for Python (PySide6 {binding}) closes the app without warning "
        "after some minutes of use on this Python. Reinstall the app with the README's "
        "set-up command before fieldwork.",
    )
    reasons = {
        "missing": translate("Doctor", "missing"),
        "unreadable": translate("Doctor", "not readable as audio"),
        "checksum": translate("Doctor", "changed since it was recorded"),
    }
    return texts[finding].format(
        details="; ".join(report.integrity),
        folder=report.folder,
        found=report.schema_found,
        head=report.schema_head,
        free=locale.formattedDataSize(report.free_bytes or 0),
        reason=report.audio_error,
        binding=binding_version(),
        files="; ".join(f"{name} ({reasons[why]})" for name, why in report.damaged_audio),
    )


def print_doctor_report(report: DoctorReport, *, language_label: str) -> None:
    locale = QLocale()
    rows: list[tuple[str, str]] = [
        (translate("Doctor", "App version"), report.app_version),
    ]
    if report.schema_found is None:
        schema = translate("Doctor", "no store yet (this app writes schema {head})")
    elif report.schema_found == report.schema_head:
        schema = translate("Doctor", "{found} (current)")
    else:
        schema = translate("Doctor", "{found} (this app writes {head})")
    rows.append(
        (
            translate("Doctor", "Schema version"),
            schema.format(found=report.schema_found, head=report.schema_head),
        )
    )
    rows.append((translate("Doctor", "Store"), str(report.db_path)))
    rows.append((translate("Doctor", "Store size"), locale.formattedDataSize(report.store_size)))
    if report.schema_found is None:
        integrity = translate("Doctor", "not checked")
    elif report.integrity:
        integrity = translate("Doctor", "FAILED")
    else:
        integrity = translate("Doctor", "ok")
    rows.append((translate("Doctor", "Integrity check"), integrity))
    rows.append(
        (translate("Doctor", "Free disk space"), locale.formattedDataSize(report.free_bytes or 0))
    )
    if report.audio_error:
        audio = translate("Doctor", "unavailable")
    elif not report.audio_devices:
        audio = translate("Doctor", "none")
    else:
        names = [
            f"{d.name} ({d.host_api})" + (" *" if d.is_default else "")
            for d in report.audio_devices
        ]
        audio = f"{locale.toString(len(names))}: " + ", ".join(names)
    rows.append((translate("Doctor", "Audio input devices"), audio))
    rows.append((translate("Doctor", "Interface language"), language_label))
    if report.device_id:
        rows.append((translate("Doctor", "Laptop id"), report.device_id))
    if report.profile is not None:
        rows.append(
            (
                translate("Doctor", "Profile"),
                f"{report.profile.name} ({report.profile.initials}), "
                f"{role_label(report.profile.role)}",
            )
        )
    if report.counts:
        rows.append(
            (
                translate("Doctor", "Records"),
                ", ".join(
                    f"{table_label(k)} {locale.toString(v)}" for k, v in report.counts.items()
                ),
            )
        )
        rows.append(
            (translate("Doctor", "Changes waiting to sync"), locale.toString(report.pending))
        )
    width = max(len(label) for label, _ in rows) + 2
    print(translate("Doctor", "ECOSCIM Field doctor"))
    for label, value in rows:
        print(f"  {label + ':':<{width}}{value}")
    for title, findings in (
        (translate("Doctor", "Warnings (fix before fieldwork):"), report.warnings),
        (translate("Doctor", "Problems (the store is not safe to use):"), report.problems),
    ):
        if findings:
            print()
            print(title)
            for finding in findings:
                print(f"  - {finding_text(finding, report)}")
    print()
    if report.problems:
        verdict = translate("Doctor", "Result: NOT SAFE. Fix the problems above first.")
    elif report.warnings:
        verdict = translate("Doctor", "Result: usable, with warnings.")
    else:
        verdict = translate("Doctor", "Result: ready for fieldwork.")
    print(verdict, file=sys.stdout, flush=True)
