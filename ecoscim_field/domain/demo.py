"""Realistic demo data in Spanish, for training new fieldworkers and for screenshots.

Each later capability adds its own records here. `scale` multiplies everything for
load tests; names get a numbered suffix beyond the first copy so they stay distinct.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import numpy as np
from sqlalchemy import func, select

from ecoscim_field.audio.files import write_flac
from ecoscim_field.domain.appointments import MEXICO_CITY, AppointmentData, save_appointment
from ecoscim_field.domain.case_studies import CaseStudyLink, create_case_study
from ecoscim_field.domain.codebook import (
    create_code,
    ensure_builtin_codes,
    list_codes,
    note_code_id,
)
from ecoscim_field.domain.consent import consent_states, take_consent, withdraw_consent
from ecoscim_field.domain.consent_forms import current_form, ensure_builtin_forms
from ecoscim_field.domain.guides import ensure_builtin_guides, list_guides, suggested_guide
from ecoscim_field.domain.participants import AGE_BANDS, ParticipantData, register_participant
from ecoscim_field.domain.profile import load_profile, save_profile
from ecoscim_field.store.database import RECORDINGS_DIR, Store
from ecoscim_field.store.enums import (
    AppointmentStatus,
    ConsentItem,
    ConsentMethod,
    ConsentState,
    NoteKind,
    StakeholderGroup,
)
from ecoscim_field.store.errors import StoreError, StoreProblem
from ecoscim_field.store.models import (
    AuditEntry,
    CaseStudy,
    Fieldworker,
    InterviewSession,
    Note,
    NoteCode,
    Origin,
    Participant,
    Recording,
    Role,
    Stage,
)

CASE_STUDIES: list[dict[str, object]] = [
    {
        "name": "Ecobici: bicicletas públicas compartidas",
        "origin": Origin.STATE,
        "stage": Stage.OPERATION,
        "organisation": "Secretaría de Movilidad (SEMOVI)",
        "alcaldias": ["Cuauhtémoc", "Miguel Hidalgo", "Benito Juárez", "Coyoacán"],
        "description": "Sistema de bicicletas compartidas con estaciones, tarjeta y aplicación "
        "móvil; datos abiertos de viajes.",
        "links": [
            ("Sitio oficial", "https://ecobici.cdmx.gob.mx/"),
            ("Datos abiertos de viajes", "https://ecobici.cdmx.gob.mx/datos-abiertos/"),
        ],
    },
    {
        "name": "C5: videovigilancia y botones de auxilio",
        "origin": Origin.STATE,
        "stage": Stage.OPERATION,
        "organisation": "Centro de Comando, Control, Cómputo, Comunicaciones y Contacto "
        "Ciudadano (C5)",
        "alcaldias": ["Iztapalapa", "Gustavo A. Madero", "Cuauhtémoc"],
        "description": "Cámaras en postes con altavoz y botón de auxilio conectadas al centro "
        "de monitoreo de la ciudad.",
        "links": [("C5 CDMX", "https://www.c5.cdmx.gob.mx/")],
    },
    {
        "name": "Wi-Fi gratuito en espacios públicos",
        "origin": Origin.STATE,
        "stage": Stage.DEVELOPMENT,
        "organisation": "Agencia Digital de Innovación Pública (ADIP)",
        "alcaldias": ["Tlalpan", "Xochimilco", "Milpa Alta", "Iztapalapa"],
        "description": "Puntos de acceso gratuito en plazas, postes del C5 y transporte.",
    },
    {
        "name": "Cablebús Línea 2",
        "origin": Origin.STATE,
        "stage": Stage.OPERATION,
        "organisation": "Servicio de Transportes Eléctricos",
        "alcaldias": ["Iztapalapa"],
        "description": "Teleférico urbano con pago por tarjeta de movilidad integrada.",
    },
    {
        "name": "Red comunitaria de sensores de calidad del aire",
        "origin": Origin.CIVIL_SOCIETY,
        "stage": Stage.ANTICIPATION,
        "organisation": "Colectivo Aire Limpio Oriente",
        "alcaldias": ["Iztacalco", "Venustiano Carranza"],
        "description": "Vecinas y vecinos instalan sensores de bajo costo y publican un mapa.",
    },
    {
        "name": "Mapeo colaborativo del transporte concesionado",
        "origin": Origin.MIXED,
        "stage": Stage.OPERATION,
        "organisation": "Laboratorio ciudadano con universidades y gobierno",
        "alcaldias": ["Álvaro Obregón", "La Magdalena Contreras", "Tlalpan"],
        "description": "Voluntarios registran rutas de microbuses con el teléfono para "
        "producir datos abiertos de movilidad.",
    },
    {
        "name": "Huertos urbanos con riego monitoreado",
        "origin": Origin.CIVIL_SOCIETY,
        "stage": Stage.DEVELOPMENT,
        "organisation": "Cooperativa Milpa Urbana",
        "alcaldias": ["Xochimilco", "Tláhuac"],
        "description": "Huertos comunitarios con sensores de humedad y un tablero compartido.",
    },
    {
        "name": "Estacionamiento inteligente con parquímetros",
        "origin": Origin.PRIVATE,
        "stage": Stage.OPERATION,
        "organisation": "Concesionaria de parquímetros",
        "alcaldias": ["Cuauhtémoc", "Miguel Hidalgo"],
        "description": "Pago con aplicación y sensores de ocupación en calles de alta demanda.",
    },
]

TEAM: list[tuple[str, str, Role]] = [
    ("Lucía Hernández Ríos", "LHR", Role.FIELDWORKER),
    ("Diego Martínez Cruz", "DMC", Role.FIELDWORKER),
    ("Ximena Ortega Paz", "XOP", Role.FIELDWORKER),
    ("Rosa Elena Vázquez", "REV", Role.COORDINATOR),
]


# Invented people (any likeness is chance): name, group, alcaldía, colonia, language.
PEOPLE: list[tuple[str, StakeholderGroup, str, str, str]] = [
    (
        "María Guadalupe Sánchez",
        StakeholderGroup.USER,
        "Iztapalapa",
        "Santa Cruz Meyehualco",
        "es_MX",
    ),
    ("José Luis Ramírez", StakeholderGroup.USER, "Cuauhtémoc", "Doctores", "es_MX"),
    ("Fernanda Castillo", StakeholderGroup.NON_USER, "Tláhuac", "San Francisco Tlaltenco", "es_MX"),
    ("Juan Carlos Morales", StakeholderGroup.NON_USER, "Gustavo A. Madero", "Lindavista", "es_MX"),
    ("Adriana Flores", StakeholderGroup.OPERATOR, "Miguel Hidalgo", "Polanco", "es_MX"),
    ("Ricardo Jiménez", StakeholderGroup.PUBLIC_OFFICIAL, "Cuauhtémoc", "Centro", "es_MX"),
    ("Sofía Mendoza", StakeholderGroup.CIVIL_SOCIETY, "Coyoacán", "Santo Domingo", "es_MX"),
    ("Emily Clarke", StakeholderGroup.ACADEMIA, "Coyoacán", "Ciudad Universitaria", "en"),
    ("Alejandro Reyes", StakeholderGroup.PRIVATE_SECTOR, "Benito Juárez", "Del Valle", "es_MX"),
    ("Guadalupe Torres", StakeholderGroup.USER, "Xochimilco", "San Gregorio Atlapulco", "es_MX"),
    ("Miguel Ángel Cruz", StakeholderGroup.USER, "Iztacalco", "Agrícola Oriental", "es_MX"),
    ("Daniela Ortiz", StakeholderGroup.NON_USER, "Milpa Alta", "Villa Milpa Alta", "es_MX"),
]


@dataclass(frozen=True)
class DemoReport:
    """How many records the demo added, by kind."""

    case_studies: int
    fieldworkers: int
    participants: int = 0


def fill_demo(store: Store, *, scale: int = 1) -> DemoReport:
    """Fill an empty store with demo data; refuses a store that already holds research data."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    with store.transaction() as session:
        if session.scalar(select(func.count()).select_from(CaseStudy)):
            raise StoreError(StoreProblem.NOT_EMPTY, store.folder)
    created_profile = load_profile(store) is None
    if created_profile:
        name, initials, role = TEAM[0]
        save_profile(store, name=name, initials=initials, role=role)
    with store.transaction() as session:
        existing = set(session.scalars(select(Fieldworker.name)))
        people = 0
        for name, initials, role in TEAM[1:]:
            if name not in existing:
                session.add(Fieldworker(name=name, initials=initials, role=role.value))
                people += 1
        cases = 0
        for copy in range(scale):
            suffix = "" if copy == 0 else f" ({copy + 1})"
            for spec in CASE_STUDIES:
                create_case_study(
                    session,
                    name=f"{spec['name']}{suffix}",
                    origin=spec["origin"],  # type: ignore[arg-type]
                    stage=spec["stage"],  # type: ignore[arg-type]
                    description=str(spec["description"]),
                    organisation=str(spec["organisation"]),
                    alcaldias=list(spec["alcaldias"]),  # type: ignore[call-overload]
                    links=[CaseStudyLink(t, r) for t, r in spec.get("links", [])],  # type: ignore[attr-defined]
                )
                cases += 1
        session.add(AuditEntry(action="demo.filled", detail=f"scale={scale}"))
    participants = _demo_participants(store, scale, _demo_codebook(store))
    _demo_appointments(store)
    return DemoReport(
        case_studies=cases, fieldworkers=people + int(created_profile), participants=participants
    )


NOTES = [
    (NoteKind.OBSERVATION, "Llegó en Ecobici; conoce bien las estaciones de su colonia.",
     ("inclusion",)),
    (NoteKind.QUOTE, "«La aplicación funciona, pero nadie nos preguntó dónde poner estaciones.»",
     ("responsiveness", "Participación vecinal")),
    (NoteKind.OBSERVATION, "", ()),  # a marked moment
    (NoteKind.FOLLOW_UP, "Pedir el contacto de la asociación vecinal para el taller.",
     ("Participación vecinal",)),
]  # fmt: skip
# The team's own codes, as a team would add them: (name, parent's key or name, shortcut).
TEAM_CODES = [
    ("Accesibilidad", "inclusion", "6"),
    ("Brecha digital", "inclusion", ""),
    ("Participación vecinal", "responsiveness", "7"),
    ("Datos abiertos", "", ""),
]
DEMO_AUDIO_S = 60  # the first interviews carry a minute of speech-like sound
FULL_AUDIO_INTERVIEWS = 3


def _demo_codebook(store: Store) -> dict[str, str]:
    """The framework's codes and a few of the team's; returns code ids by key or name."""
    ensure_builtin_codes(store)
    ensure_builtin_guides(store)  # the interviews use them
    with store.transaction() as session:
        ids = {row.builtin_key or row.name: row.id for row in list_codes(session)}
    for name, parent, shortcut in TEAM_CODES:
        if name not in ids:
            ids[name] = create_code(store, name=name, parent_id=ids.get(parent), shortcut=shortcut)
    return ids


def speech_like(seconds: float, rate: int, seed: int) -> np.ndarray:
    """Bursts of band-limited noise at the pace of syllables, with pauses between phrases:
    something that looks like speech on a waveform, made without a voice."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    noise = rng.standard_normal(n)
    kernel = np.hanning(9)
    voiced = np.convolve(noise, kernel / kernel.sum(), mode="same")
    t = np.arange(n) / rate
    syllables = 0.5 + 0.5 * np.sin(2 * np.pi * 4.3 * t) ** 2
    phrase = np.zeros(n)
    at = 0.0
    while at < seconds:
        length, pause = rng.uniform(1.5, 6.0), rng.uniform(0.4, 2.0)
        start, end = int(at * rate), int(min(seconds, at + length) * rate)
        phrase[start:end] = rng.uniform(0.3, 1.0)
        at += length + pause
    return np.clip(0.5 * voiced * syllables * phrase, -1.0, 1.0)


def _demo_interview(store: Store, participant_id: str, tag: str, codes: dict[str, str]) -> None:
    """A finished interview: its session, a recording and notes (some coded) through it."""
    number = int(tag.replace("-", ""))
    full = tag.startswith("001-") and number % 100 <= FULL_AUDIO_INTERVIEWS
    seconds = float(DEMO_AUDIO_S if full else 1)
    samples = speech_like(seconds, 16000, number) if full else np.zeros(16000)
    name = f"demo-{tag}.flac"
    digest = write_flac(store.folder / RECORDINGS_DIR / name, samples, 16000)
    with store.transaction() as session:
        person = session.get_one(Participant, participant_id)
        guide_id = suggested_guide(session, StakeholderGroup(person.stakeholder_group),
                                   person.language)  # fmt: skip
        started = datetime.now(MEXICO_CITY).replace(microsecond=0) - timedelta(days=1, hours=2)
        interview = InterviewSession(
            participant_id=participant_id, guide_id=guide_id, started_at=started,
            ended_at=started + timedelta(minutes=50), state="finished", consent_pending=False,
            covered=json.dumps(["1.1", "1.2", "2.1"]),
            reflection=json.dumps({"setting": "Cocina de la participante, con ruido de la calle."},
                                  ensure_ascii=False),
        )  # fmt: skip
        session.add(interview)
        session.flush()
        session.add(
            Recording(participant_id=participant_id, session_id=interview.id, segment=1,
                      file_name=name, sha256=digest, duration_s=seconds, sample_rate=16000,
                      device="demo")
        )  # fmt: skip
        for index, (kind, text, applied) in enumerate(NOTES):
            offset_ms = int(seconds * 1000 * (index + 1) / (len(NOTES) + 1))
            note = Note(
                participant_id=participant_id, session_id=interview.id, kind=kind.value,
                text=text, audio_offset_ms=offset_ms, question_ref=f"1.{index + 1}",
                written_at=started + timedelta(milliseconds=offset_ms),
            )  # fmt: skip
            session.add(note)
            session.flush()
            for key in applied:
                session.add(NoteCode(id=note_code_id(note.id, codes[key]), note_id=note.id,
                                     code_id=codes[key]))  # fmt: skip


MEETING_POINTS = [
    ("Centro comunitario", "Frente a la estación del Cablebús", 10),
    ("Mercado municipal", "Entrada por la calle lateral, junto a la fonda", 12),
    ("Casa de la participante", "Tocar en el portón verde", 16),
    ("Biblioteca de la alcaldía", "Sala de lectura, planta baja", 18),
]


def _demo_appointments(store: Store) -> None:
    """Yesterday's interviews done, today's and the week's planned, for every participant
    with consent; a few still to recruit."""
    ensure_builtin_guides(store)
    with store.transaction() as session:
        guides = {(g.stakeholder_group.value, g.language): g.id for g in list_guides(session)}
        people = list(
            session.execute(
                select(Participant.id, Participant.stakeholder_group, Participant.language,
                       Participant.case_study_id, Participant.alcaldia, Participant.colonia)
                .order_by(Participant.code)
            )
        )  # fmt: skip
        states = consent_states(session)
        team = {f.name: f.id for f in session.scalars(select(Fieldworker))}
    today = datetime.now(MEXICO_CITY).date()
    workers = [team[TEAM[0][0]], team[TEAM[1][0]]]
    for i, (pid, group, language, case_id, alcaldia, colonia) in enumerate(people):
        if states.get(pid) is ConsentState.WITHDRAWN:
            continue
        offset = (i % 5) - 1  # yesterday, today, tomorrow, …
        point, directions, hour = MEETING_POINTS[i % len(MEETING_POINTS)]
        start = datetime.combine(today + timedelta(days=offset), time(hour), MEXICO_CITY)
        done = offset < 0
        data = AppointmentData(
            starts_at=start, duration_min=60, participant_id=pid, case_study_id=case_id,
            guide_id=guides.get((group, language)) or guides.get(("user", language)),
            alcaldia=alcaldia, colonia=colonia, meeting_point=point, directions=directions,
            fieldworker_ids=[workers[i % 2]],
            status=AppointmentStatus.DONE if done else AppointmentStatus.CONFIRMED,
        )  # fmt: skip
        save_appointment(store, data=data, confirmed=True)
    for j, group in enumerate((StakeholderGroup.PUBLIC_OFFICIAL, StakeholderGroup.ACADEMIA)):
        start = datetime.combine(today + timedelta(days=2 + j), time(11), MEXICO_CITY)
        save_appointment(
            store,
            data=AppointmentData(starts_at=start, target_group=group, fieldworker_ids=workers,
                                 meeting_point="Por confirmar"),
            confirmed=True,
        )  # fmt: skip


def _demo_participants(store: Store, scale: int, codes: dict[str, str]) -> int:
    """Participants with a spread of consent states: given, partly withdrawn, withdrawn, none."""
    ensure_builtin_forms(store)
    profile = load_profile(store)
    assert profile is not None
    with store.transaction() as session:
        case_ids = list(session.scalars(select(CaseStudy.id).order_by(CaseStudy.name)))
    count = 0
    for copy in range(scale):
        for i, (name, group, alcaldia, colonia, language) in enumerate(PEOPLE):
            data = ParticipantData(
                stakeholder_group=group,
                case_study_id=case_ids[(i + copy) % len(case_ids)],
                alcaldia=alcaldia,
                colonia=colonia,
                language=language,
                age_band=AGE_BANDS[1 + (i + copy) % (len(AGE_BANDS) - 1)],
                name=name if copy == 0 else f"{name} {copy + 1}",
                phone=f"55 {5100 + i:04d} {1000 + copy:04d}",
            )
            participant_id, _code = register_participant(store, data=data, actor=profile.name)
            count += 1
            if i % 6 == 5:
                continue  # not asked yet
            with store.transaction() as session:
                form = current_form(session, language)
            assert form is not None
            answers = {item.key: item.key is not ConsentItem.CONTACT_WORKSHOPS or i % 2 == 0
                       for item in form.items}  # fmt: skip
            take_consent(
                store, participant_id=participant_id, form_id=form.id, answers=answers,
                method=ConsentMethod.PAPER if i % 2 else ConsentMethod.VERBAL,
                paper_ref=f"Formato en papel {copy + 1}-{i + 1:02d}", witness=profile,
            )  # fmt: skip
            _demo_interview(store, participant_id, f"{copy + 1:03d}-{i + 1:02d}", codes)
            if i % 6 == 3:
                withdraw_consent(
                    store, participant_id=participant_id, items={ConsentItem.QUOTE_DIRECT},
                    requested_via="phone", recorded_by=profile.name,
                )  # fmt: skip
            elif i % 6 == 4:
                withdraw_consent(
                    store, participant_id=participant_id, items=None,
                    requested_via="email", recorded_by=profile.name,
                )  # fmt: skip
    return count
