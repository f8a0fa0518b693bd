"""What a refused bundle or an unusable key means, said in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ecoscim_field.sync.bundle import BundleError
    from ecoscim_field.sync.keys import KeyError_

translate = QCoreApplication.translate


def _bundle_reason(problem: str, detail: str) -> str:
    reasons = {
        "no_project": translate(
            "Sync",
            "this laptop is not part of a project yet; import the "
            "project file first (“project join FILE”)",
        ),
        "not_a_bundle": translate("Sync", "it is not an ECOSCIM Field bundle"),
        "newer_format": translate(
            "Sync", "it was made by a newer version of the app; update the app to read it"
        ),
        "newer_schema": translate(
            "Sync", "it was made by a newer version of the app; update the app to read it"
        ),
        "truncated": translate(
            "Sync", "it is incomplete (cut short while copying?); copy it again"
        ),
        "damaged": translate(
            "Sync", "it is damaged or has been changed ({detail}); ask for it again"
        ),
        "not_for_us": translate(
            "Sync", "it was not encrypted for this laptop nor with this project's key"
        ),
        "needs_passphrase": translate(
            "Sync",
            "it is encrypted to the project's key: give the "
            "project passphrase (--passphrase-file or "
            "ECOSCIM_FIELD_PASSPHRASE)",
        ),
        "other_project": translate("Sync", "it belongs to another project"),
        "unsafe_member": translate("Sync", "it holds a file it must not hold ({detail})"),
        "size_mismatch": translate(
            "Sync", "a file in it does not have the size its list says ({detail})"
        ),
        "hash_mismatch": translate("Sync", "a file in it does not match its checksum ({detail})"),
        "bad_signature": translate(
            "Sync", "its signature is not valid: it may have been tampered with"
        ),
        "unknown_device": translate(
            "Sync",
            "it comes from a laptop this store does not know "
            "({detail}); if you expected it, merge again with "
            "--trust-new-device",
        ),
        "key_changed": translate(
            "Sync",
            "it is signed with a key that is not the one this "
            "store knows for that laptop ({detail})",
        ),
        "too_large": translate(
            "Sync", "it declares far more than it holds ({detail}): it is incomplete or forged"
        ),
        "malformed": translate("Sync", "its records are malformed ({detail})"),
        "missing_part": translate("Sync", "a part of it is missing ({detail})"),
        "seq_reused": translate(
            "Sync",
            "a different bundle with the same number ({detail}) from that laptop was merged before",
        ),
        "damaged_audio": translate("Sync", "the recording {detail} is damaged; run “doctor”"),
    }
    text = reasons.get(problem, translate("Sync", "{detail}"))
    return text.format(detail=detail or problem)


def describe_bundle_error(error: BundleError) -> str:
    reason = _bundle_reason(error.problem, error.detail)
    if error.file:
        return translate("Sync", "Bundle {file} refused: {reason}. Nothing was changed.").format(
            file=error.file, reason=reason
        )
    return translate("Sync", "Refused: {reason}. Nothing was changed.").format(reason=reason)


def describe_key_error(error: KeyError_) -> str:
    messages = {
        "passphrase": translate(
            "Sync",
            "The passphrase does not open the project's key (at "
            "least 8 characters when it is made).",
        ),
        "no_project_key": translate(
            "Sync",
            "This laptop does not hold the project's private "
            "key: only the coordinator's laptop merges fieldworkers' "
            "bundles.",
        ),
        "other_project": translate(
            "Sync",
            "This store already belongs to the project "
            "“{detail}”; use another data folder (--data-dir) for "
            "another project.",
        ),
        "unreadable": translate("Sync", "The key file {detail} cannot be read."),
        "malformed": translate("Sync", "The project file is not valid: {detail}"),
    }
    text = messages.get(error.problem, "{detail}")
    return text.format(detail=error.detail)
