<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/about_dialog.py" line="40"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/about_dialog.py" line="42"/>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version} · store schema {schema}&lt;/p&gt;&lt;p&gt;Fieldwork for the ECOSCIM research project (Empowering Citizen-Oriented Smart City Innovation in Mexico): plan interviews, take informed consent, record, take notes and sync, with or without a network.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Versión {version} · esquema del almacén {schema}&lt;/p&gt;&lt;p&gt;Trabajo de campo para el proyecto de investigación ECOSCIM (Empowering Citizen-Oriented Smart City Innovation in Mexico): planear entrevistas, tomar el consentimiento informado, grabar, tomar notas y sincronizar, con o sin red.&lt;/p&gt;&lt;p&gt;Carpeta de datos: {folder}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="181"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="184"/>
        <source>Interviews by week and as a list, in Mexico City time; and which parts of the research design still have no interviews.</source>
        <translation>Entrevistas por semana y en lista, en hora de la Ciudad de México; y qué partes del diseño de la investigación aún no tienen entrevistas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="188"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="189"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="190"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="191"/>
        <source>Everyone</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="192"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="193"/>
        <source>Planned or confirmed</source>
        <translation>Planeadas o confirmadas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="196"/>
        <source>Search code, name, place, case study…</source>
        <translation>Buscar código, nombre, lugar, caso de estudio…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="197"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="198"/>
        <source>All appointments</source>
        <translation>Todas las citas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="199"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="203"/>
        <source>Only from today on</source>
        <translation>Solo de hoy en adelante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="206"/>
        <source>Interviews done of those planned, per case study and stakeholder group. A dash marks a cell of the research design with no interview yet.</source>
        <translation>Entrevistas hechas de las planeadas, por caso de estudio y grupo de actores. Un guion marca una celda del diseño de la investigación que aún no tiene entrevistas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="210"/>
        <source>Plan an interview…</source>
        <translation>Planear una entrevista…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="211"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="212"/>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="216"/>
        <source>{status}…</source>
        <translation>{status}…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="218"/>
        <source>Export calendar (.ics)…</source>
        <translation>Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="288"/>
        <source>{first} to {last}</source>
        <translation>{first} al {last}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="304"/>
        <source>{day} (today)</source>
        <translation>{day} (hoy)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="310"/>
        <source>no interviews</source>
        <translation>sin entrevistas</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ecoscim_field/ui/app.py" line="39"/>
        <source>The app will close now.</source>
        <translation>La aplicación se cerrará ahora.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/app.py" line="48"/>
        <source>This installation of Qt for Python (PySide6 {version}) has a fault that closes the app without warning after some minutes of use. Recordings survive it, but reinstall the app before fieldwork (the README&apos;s set-up command installs a working version).</source>
        <translation>Esta instalación de Qt para Python (PySide6 {version}) tiene una falla que cierra la aplicación sin aviso tras unos minutos de uso. Las grabaciones la resisten, pero reinstala la aplicación antes del trabajo de campo (el comando de instalación del README instala una versión que funciona).</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="154"/>
        <source>Plan an interview</source>
        <translation>Planear una entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="154"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="157"/>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="158"/>
        <source>Or recruit from:</source>
        <translation>O reclutar en:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="159"/>
        <source>Case study:</source>
        <translation>Caso de estudio:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="160"/>
        <source>Guide:</source>
        <translation>Guía:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="161"/>
        <source>Starts (Mexico City time):</source>
        <translation>Inicio (hora de la Ciudad de México):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="162"/>
        <source>Duration (minutes):</source>
        <translation>Duración (minutos):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="163"/>
        <source>Alcaldía:</source>
        <translation>Alcaldía:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="164"/>
        <source>Colonia:</source>
        <translation>Colonia:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="165"/>
        <source>Meeting point:</source>
        <translation>Punto de encuentro:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="166"/>
        <source>Directions:</source>
        <translation>Indicaciones:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="167"/>
        <source>Fieldworkers:</source>
        <translation>Entrevistadores/as:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="168"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="169"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="170"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="174"/>
        <source>(to be recruited)</source>
        <translation>(por reclutar)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="175"/>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="176"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="179"/>
        <source>Why it was cancelled or did not happen</source>
        <translation>Por qué se canceló o no se realizó</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="184"/>
        <source>An interview needs a duration.</source>
        <translation>Una entrevista necesita una duración.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="188"/>
        <source>Say why, in a few words.</source>
        <translation>Indique el motivo en pocas palabras.</translation>
    </message>
</context>
<context>
    <name>AppointmentsModel</name>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="45"/>
        <source>To be recruited: {group}</source>
        <translation>Por reclutar: {group}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="84"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="85"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="87"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="88"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="89"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="90"/>
        <source>Fieldworkers</source>
        <translation>Entrevistadores/as</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="18"/>
        <source>No audio input device was found{detail}. Plug in a microphone, or choose another input in Settings.</source>
        <translation>No se encontró ningún dispositivo de entrada de audio{detail}. Conecte un micrófono o elija otra entrada en Configuración.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="20"/>
        <source>The audio input could not be opened{detail}. Check that no other program uses it, or choose another.</source>
        <translation>No se pudo abrir la entrada de audio{detail}. Revise que ningún otro programa la esté usando, o elija otra.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="22"/>
        <source>The audio input refuses this sample rate{detail}. Choose another rate in Settings.</source>
        <translation>La entrada de audio no acepta esta frecuencia de muestreo{detail}. Elija otra en Configuración.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="24"/>
        <source>The recordings folder cannot be written{detail}. Free some space or choose another data folder; nothing was recorded.</source>
        <translation>No se puede escribir en la carpeta de grabaciones{detail}. Libere espacio o elija otra carpeta de datos; no se grabó nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="27"/>
        <source>Audio is not available on this laptop{detail}. Install PortAudio (see the README).</source>
        <translation>El audio no está disponible en esta computadora{detail}. Instale PortAudio (vea el README).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="37"/>
        <source>The disk is full: recording stopped. Everything recorded until now is kept.</source>
        <translation>El disco está lleno: la grabación se detuvo. Se conserva todo lo grabado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="39"/>
        <source>The audio input stopped delivering sound (was it unplugged?). Everything recorded until now is kept.</source>
        <translation>La entrada de audio dejó de enviar sonido (¿se desconectó?). Se conserva todo lo grabado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="41"/>
        <source>No sound arrived from the audio input. Check the microphone and its cable, or choose another input.</source>
        <translation>No llegó sonido de la entrada de audio. Revise el micrófono y su cable, o elija otra entrada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="43"/>
        <source>The recording could not be written ({detail}). Everything recorded until now is kept.</source>
        <translation>No se pudo escribir la grabación ({detail}). Se conserva todo lo grabado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="34"/>
        <source>An interrupted recording was recovered: {file} ({seconds:.1f} s).</source>
        <translation>Se recuperó una grabación interrumpida: {file} ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="50"/>
        <source>Audio input devices:</source>
        <translation>Dispositivos de entrada de audio:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="52"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="53"/>
        <source>{index:&gt;3}  {name} [{api}], {channels} channel(s), {rate:.0f} Hz{default}</source>
        <translation>{index:&gt;3}  {name} [{api}], {channels} canal(es), {rate:.0f} Hz{default}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="94"/>
        <source>The audio is kept in {folder} and will be saved as a normal file once there is room.</source>
        <translation>El audio se conserva en {folder} y se guardará como archivo normal en cuanto haya espacio.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="97"/>
        <source>Recorded {file}: {seconds:.2f} s at {rate} Hz from {device}; peak {peak:.1f} dBFS, RMS {rms:.1f} dBFS.</source>
        <translation>Grabado {file}: {seconds:.2f} s a {rate} Hz desde {device}; pico {peak:.1f} dBFS, RMS {rms:.1f} dBFS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_audio.py" line="102"/>
        <source>%n input overflow(s): some audio was dropped.</source>
        <translation>
            <numerusform>%n desbordamiento de entrada: se perdió algo de audio.</numerusform>
            <numerusform>%n desbordamientos de entrada: se perdió algo de audio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStudiesModel</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="30"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="40"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="41"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="42"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="43"/>
        <source>Responsible organisation</source>
        <translation>Organización responsable</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="44"/>
        <source>Alcaldías</source>
        <translation>Alcaldías</translation>
    </message>
</context>
<context>
    <name>CaseStudiesPage</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="146"/>
        <source>Case studies and guides</source>
        <translation>Casos de estudio y guías</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="149"/>
        <source>Smart City projects in Mexico City: who sponsors them, how far along they are, and where; and the interview guides for each stakeholder group.</source>
        <translation>Proyectos de ciudad inteligente en la Ciudad de México: quién los impulsa, qué tan avanzados están y dónde; y las guías de entrevista para cada grupo de actores.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="153"/>
        <source>Case studies</source>
        <translation>Casos de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="154"/>
        <source>Interview guides</source>
        <translation>Guías de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="156"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="157"/>
        <source>Search guides…</source>
        <translation>Buscar guías…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="158"/>
        <source>Show older versions and archived</source>
        <translation>Mostrar versiones anteriores y archivadas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="159"/>
        <source>New case study…</source>
        <translation>Nuevo caso de estudio…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="160"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="163"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="161"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="168"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="162"/>
        <source>New guide…</source>
        <translation>Nueva guía…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="164"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="165"/>
        <source>Duplicate as new version</source>
        <translation>Duplicar como nueva versión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="166"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="167"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="212"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="220"/>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="212"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="220"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="155"/>
        <source>Search by name, organisation or alcaldía…</source>
        <translation>Buscar por nombre, organización o alcaldía…</translation>
    </message>
</context>
<context>
    <name>CaseStudyDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="124"/>
        <source>New case study</source>
        <translation>Nuevo caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="124"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="125"/>
        <source>About</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="126"/>
        <source>Links and documents</source>
        <translation>Enlaces y documentos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="127"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="129"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="130"/>
        <source>Short description:</source>
        <translation>Descripción breve:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="131"/>
        <source>Sponsor / origin:</source>
        <translation>Impulsor / origen:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="132"/>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="133"/>
        <source>Responsible organisation:</source>
        <translation>Organización responsable:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="134"/>
        <source>Alcaldías it covers:</source>
        <translation>Alcaldías que abarca:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="144"/>
        <source>Web pages, reports, contracts, press notes: a web address, or a file on this laptop or in the team&apos;s shared folder.</source>
        <translation>Páginas web, informes, contratos, notas de prensa: una dirección web o un archivo en esta computadora o en la carpeta compartida del equipo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="148"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="149"/>
        <source>https://… or a file</source>
        <translation>https://… o un archivo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="150"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="151"/>
        <source>Add a document…</source>
        <translation>Agregar un documento…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="152"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="153"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="154"/>
        <source>Free notes about the case study…</source>
        <translation>Notas libres sobre el caso de estudio…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="158"/>
        <source>A case study needs a name.</source>
        <translation>Un caso de estudio necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="181"/>
        <source>Add a document</source>
        <translation>Agregar un documento</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../ecoscim_field/cli.py" line="69"/>
        <source>Unknown language “{lang}”. Available languages: {available}.</source>
        <translation>Idioma desconocido «{lang}». Idiomas disponibles: {available}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="90"/>
        <source>The command stopped: {reason} ({file}). What was saved before it stays in the store; free some space or fix the folder, then run it again.</source>
        <translation>El comando se detuvo: {reason} ({file}). Lo que se guardó antes sigue en el almacén; libere espacio o corrija la carpeta y vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="148"/>
        <location filename="../ecoscim_field/cli.py" line="314"/>
        <location filename="../ecoscim_field/cli.py" line="328"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="150"/>
        <source>keep the whole store (database, recordings, outbox) in DIR</source>
        <translation>guardar todo el almacén (base de datos, grabaciones, bandeja de salida) en CARPETA</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="154"/>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="156"/>
        <source>interface language: {languages}</source>
        <translation>idioma de la interfaz: {languages}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="162"/>
        <source>ECOSCIM Field: fieldwork for Smart City research in Mexico City. Without a command, opens the desktop app.</source>
        <translation>ECOSCIM Field: trabajo de campo para la investigación sobre Ciudades Inteligentes en la Ciudad de México. Sin comando, abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="174"/>
        <source>print the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="176"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="181"/>
        <source>fill an empty store with demo data in Spanish</source>
        <translation>llenar un almacén vacío con datos de demostración en español</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="188"/>
        <source>multiply the demo data N times (for load tests)</source>
        <translation>multiplicar N veces los datos de demostración (para pruebas de carga)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="195"/>
        <source>check this laptop and its store before fieldwork</source>
        <translation>revisar esta computadora y su almacén antes del trabajo de campo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="200"/>
        <source>list the audio input devices</source>
        <translation>lista los dispositivos de entrada de audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="206"/>
        <source>record a short test and print its duration and levels</source>
        <translation>graba una prueba corta y muestra su duración y niveles</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="213"/>
        <source>how long to record</source>
        <translation>cuánto tiempo grabar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="218"/>
        <source>input device: its number or part of its name (see devices)</source>
        <translation>dispositivo de entrada: su número o parte de su nombre (vea devices)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="225"/>
        <source>sample rate (default 16000)</source>
        <translation>frecuencia de muestreo (16000 de forma predeterminada)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="232"/>
        <source>consent checks for the ethics committee</source>
        <translation>revisiones de consentimiento para el comité de ética</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="237"/>
        <source>audit: list every recording and note whose participant lacks the consent it needs (exit status 1 if there is any); forms: list the consent form versions; add-version: add a new version of a form from its template files, one per language</source>
        <translation>audit: listar cada grabación y nota cuyo participante no tiene el consentimiento necesario (estado de salida 1 si hay alguna); forms: listar las versiones de los formatos de consentimiento; add-version: agregar una versión nueva de un formato a partir de sus archivos de plantilla, uno por idioma</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="246"/>
        <location filename="../ecoscim_field/cli.py" line="265"/>
        <location filename="../ecoscim_field/cli.py" line="273"/>
        <location filename="../ecoscim_field/cli.py" line="289"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="247"/>
        <source>template files (JSON) for add-version</source>
        <translation>archivos de plantilla (JSON) para add-version</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="252"/>
        <source>interview guides: list, export, import</source>
        <translation>guías de entrevista: listar, exportar, importar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="254"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="257"/>
        <source>list the guides and their versions</source>
        <translation>listar las guías y sus versiones</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="261"/>
        <source>write a guide to a file (YAML)</source>
        <translation>escribir una guía en un archivo (YAML)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="263"/>
        <source>the guide&apos;s id</source>
        <translation>el identificador de la guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="266"/>
        <source>the file to write</source>
        <translation>el archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="271"/>
        <source>read a guide file (a new version if the guide exists)</source>
        <translation>leer un archivo de guía (una versión nueva si la guía ya existe)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="278"/>
        <source>print the day&apos;s appointments, or write them as iCalendar</source>
        <translation>mostrar las citas del día, o escribirlas como iCalendar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="282"/>
        <source>the day (default: today in Mexico City)</source>
        <translation>el día (por omisión: hoy en la Ciudad de México)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="285"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="286"/>
        <source>only this fieldworker&apos;s appointments (name or initials)</source>
        <translation>solo las citas de este entrevistador/a (nombre o iniciales)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="290"/>
        <source>write an iCalendar (.ics) file instead of printing</source>
        <translation>escribir un archivo iCalendar (.ics) en lugar de mostrarlas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="301"/>
        <source>translators&apos; tools: update, compile or check</source>
        <translation>herramientas de traducción: actualizar, compilar o revisar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="306"/>
        <source>update: extract strings into the .ts files; compile: build the .qm files; check: name every missing, unfinished, obsolete or broken translation</source>
        <translation>update: extraer los textos a los archivos .ts; compile: generar los archivos .qm; check: señalar cada traducción faltante, sin terminar, obsoleta o dañada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="316"/>
        <source>the folder of .ts files (default: the app&apos;s translations folder)</source>
        <translation>la carpeta de archivos .ts (por omisión: la carpeta de traducciones de la aplicación)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="323"/>
        <source>render every screen and dialog, with demo data, to PNG files</source>
        <translation>dibujar cada pantalla y diálogo, con datos de demostración, en archivos PNG</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="329"/>
        <source>folder for the PNGs</source>
        <translation>carpeta para los PNG</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="360"/>
        <source>{count} screenshots written to {folder}.</source>
        <translation>Se guardaron {count} capturas de pantalla en {folder}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="371"/>
        <source>--scale must be a whole number of at least 1.</source>
        <translation>--scale debe ser un número entero de al menos 1.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="376"/>
        <source>Demo data added to {folder}: {cases} case studies, {people} team members, {participants} participants.</source>
        <translation>Datos de demostración agregados a {folder}: {cases} casos de estudio, {people} integrantes del equipo, {participants} participantes.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="400"/>
        <source>Give a positive number of seconds and a rate of at least 8000 Hz.</source>
        <translation>Indique un número positivo de segundos y una frecuencia de al menos 8000 Hz.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="426"/>
        <source>no consent recorded</source>
        <translation>sin consentimiento registrado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="427"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="428"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="430"/>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="430"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="433"/>
        <source>{code}: {kind} {label}: consent item “{item}” {problem}</source>
        <translation>{code}: {kind} {label}: punto de consentimiento «{item}» {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli.py" line="442"/>
        <source>%n item(s) lack the consent they need.</source>
        <translation>
            <numerusform>%n elemento no tiene el consentimiento necesario.</numerusform>
            <numerusform>%n elementos no tienen el consentimiento necesario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="444"/>
        <source>Every recording and note has the consent it needs.</source>
        <translation>Cada grabación y cada nota tiene el consentimiento necesario.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="465"/>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="467"/>
        <source>retired (readable)</source>
        <translation>retirada (se puede leer)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="484"/>
        <source>Name the template files of the new version, one per language.</source>
        <translation>Indique los archivos de plantilla de la versión nueva, uno por idioma.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="500"/>
        <source>The new version was not added: {problem}</source>
        <translation>No se agregó la versión nueva: {problem}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="506"/>
        <source>Version {version} of {form} added; older versions are retired.</source>
        <translation>Se agregó la versión {version} de {form}; las versiones anteriores quedan retiradas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="548"/>
        <source>(older version)</source>
        <translation>(versión anterior)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="550"/>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="564"/>
        <source>No guide has the id “{id}” (see “guide list”).</source>
        <translation>Ninguna guía tiene el identificador «{id}» (vea «guide list»).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="534"/>
        <source>The file {file} cannot be written: {reason}</source>
        <translation>No se puede escribir el archivo {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="571"/>
        <source>Guide written to {file}.</source>
        <translation>Guía escrita en {file}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="583"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="592"/>
        <source>Guide imported as version {version} ({id}).</source>
        <translation>Guía importada como versión {version} ({id}).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="607"/>
        <source>“{date}” is not a date of the form YYYY-MM-DD.</source>
        <translation>«{date}» no es una fecha de la forma AAAA-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="616"/>
        <source>ECOSCIM appointments {date}</source>
        <translation>Citas ECOSCIM {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli.py" line="619"/>
        <source>%n appointment(s) written to {file}.</source>
        <translation>
            <numerusform>%n cita escrita en {file}.</numerusform>
            <numerusform>%n citas escritas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="626"/>
        <source>No appointments.</source>
        <translation>No hay citas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="631"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="632"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="633"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="634"/>
        <source>Directions</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="635"/>
        <source>Fieldworkers</source>
        <translation>Entrevistadores/as</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="636"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="652"/>
        <source>Built {file}</source>
        <translation>Generado {file}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="656"/>
        <source>The Qt translation tools failed: {reason}</source>
        <translation>Fallaron las herramientas de traducción de Qt: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="666"/>
        <source>missing (run “ecoscim-field i18n update”)</source>
        <translation>falta (ejecute «ecoscim-field i18n update»)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="667"/>
        <source>not translated yet</source>
        <translation>aún sin traducir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="668"/>
        <source>obsolete (run “ecoscim-field i18n update”)</source>
        <translation>obsoleta (ejecute «ecoscim-field i18n update»)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="669"/>
        <source>placeholders differ from the source</source>
        <translation>los marcadores no coinciden con el original</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="670"/>
        <source>not seen by lupdate (rewrite the code around this call, then update)</source>
        <translation>lupdate no lo ve (reescribe el código alrededor de esta llamada y vuelve a actualizar)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="673"/>
        <source>lupdate does not see a plural here (say it with a class&apos;s tr(), then update)</source>
        <translation>lupdate no ve aquí un plural (dilo con el tr() de una clase y vuelve a actualizar)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="685"/>
        <source>{file}: {done} of {total} strings translated</source>
        <translation>{file}: {done} de {total} textos traducidos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="691"/>
        <source>{count} translation problems found.</source>
        <translation>Se encontraron {count} problemas de traducción.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="696"/>
        <source>All translations are in order.</source>
        <translation>Todas las traducciones están en orden.</translation>
    </message>
</context>
<context>
    <name>CodeBar</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/code_bar.py" line="56"/>
        <source>More codes</source>
        <translation>Más códigos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/code_bar.py" line="57"/>
        <source>Edit the codebook…</source>
        <translation>Editar el libro de códigos…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/code_bar.py" line="71"/>
        <source>Ctrl+{digit}</source>
        <translation>Ctrl+{digit}</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="89"/>
        <source>Edit code</source>
        <translation>Editar código</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="89"/>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="92"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="93"/>
        <source>Under</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="94"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="95"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="96"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="97"/>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="98"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="104"/>
        <source>like the code above (or the next free)</source>
        <translation>como el código de arriba (o el siguiente libre)</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="331"/>
        <source>Give the code a name.</source>
        <translation>Ponle un nombre al código.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="332"/>
        <source>A code with this name is already there.</source>
        <translation>Ya hay un código con este nombre.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="333"/>
        <source>Choose a colour for the code.</source>
        <translation>Elige un color para el código.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="334"/>
        <source>Another code has this shortcut: choose another or none.</source>
        <translation>Otro código tiene este atajo: elija otro o ninguno.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="337"/>
        <source>A shortcut is Ctrl and a digit from 1 to 9.</source>
        <translation>Un atajo es Ctrl y un dígito del 1 al 9.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="338"/>
        <source>A code cannot go under itself or one of its own codes.</source>
        <translation>Un código no puede ir dentro de sí mismo ni de uno de sus propios códigos.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="339"/>
        <source>The framework&apos;s dimensions stay in the codebook: they cannot be removed.</source>
        <translation>Las dimensiones del marco se quedan en el libro de códigos: no se pueden quitar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="342"/>
        <source>Notes use this code or codes sit under it: archive it instead, so the notes keep it.</source>
        <translation>Hay notas que usan este código o códigos dentro de él: archívalo en su lugar, así las notas lo conservan.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="346"/>
        <source>This code is archived: restore it first.</source>
        <translation>Este código está archivado: restáuralo primero.</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="174"/>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="178"/>
        <source>New code…</source>
        <translation>Nuevo código…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="179"/>
        <source>New code under this one…</source>
        <translation>Nuevo código dentro de este…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="180"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="181"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="182"/>
        <source>Show archived codes</source>
        <translation>Mostrar códigos archivados</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="212"/>
        <source>{code} (archived)</source>
        <translation>{code} (archivado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="240"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="240"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="96"/>
        <source>Consent of {code} recorded.</source>
        <translation>Se registró el consentimiento de {code}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="123"/>
        <source>This participant has given no consent to withdraw.</source>
        <translation>Esta persona no ha dado un consentimiento que se pueda retirar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="171"/>
        <source>The consent of {code} no longer covers {recordings} recording(s) and {notes} note(s). Remove them now, for good? An audit entry will say what was removed, when and why.</source>
        <translation>El consentimiento de {code} ya no cubre {recordings} grabación(es) y {notes} nota(s). ¿Eliminarlas ahora, de forma definitiva? Una entrada de auditoría dirá qué se eliminó, cuándo y por qué.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="176"/>
        <source>Remove withdrawn data</source>
        <translation>Eliminar datos retirados</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="181"/>
        <source>Not removed yet: the consent audit lists it until it is.</source>
        <translation>Aún no se eliminó: la auditoría de consentimiento lo seguirá mostrando hasta que se elimine.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="185"/>
        <source>consent withdrawn</source>
        <translation>consentimiento retirado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="195"/>
        <source>Removed {recordings} recording(s) and {notes} note(s) of {code}.</source>
        <translation>Se eliminaron {recordings} grabación(es) y {notes} nota(s) de {code}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="214"/>
        <source>This participant has given no consent yet.</source>
        <translation>Esta persona todavía no ha dado su consentimiento.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="220"/>
        <source>Save the participant&apos;s copy</source>
        <translation>Guardar la copia para la persona participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="238"/>
        <source>Participant&apos;s copy</source>
        <translation>Copia para la persona participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="239"/>
        <source>The copy could not be saved in {folder} ({reason}). Choose another folder; nothing was lost.</source>
        <translation>No se pudo guardar la copia en {folder} ({reason}). Elija otra carpeta; no se perdió nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="245"/>
        <source>Saved {file}</source>
        <translation>Guardado: {file}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="298"/>
        <source>Template files of the new version</source>
        <translation>Archivos de plantilla de la versión nueva</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="299"/>
        <source>Consent form templates (*.json)</source>
        <translation>Plantillas de formatos de consentimiento (*.json)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="317"/>
        <source>Version {version} of the consent form added.</source>
        <translation>Se agregó la versión {version} del formato de consentimiento.</translation>
    </message>
</context>
<context>
    <name>ConsentAuditDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="56"/>
        <source>Consent audit</source>
        <translation>Auditoría de consentimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="59"/>
        <source>%n recording(s) or note(s) lack the consent they need.</source>
        <translation>
            <numerusform>%n grabación o nota no tiene el consentimiento necesario.</numerusform>
            <numerusform>%n grabaciones o notas no tienen el consentimiento necesario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="63"/>
        <source>Every recording and note has the consent it needs.</source>
        <translation>Cada grabación y cada nota tiene el consentimiento necesario.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>Consent item</source>
        <translation>Punto de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="67"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="67"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="69"/>
        <source>no consent recorded</source>
        <translation>sin consentimiento registrado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="70"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="71"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="85"/>
        <source>Remove for the selected participant…</source>
        <translation>Eliminar para la persona seleccionada…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="214"/>
        <source>Consent of {code}</source>
        <translation>Consentimiento de {code}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="215"/>
        <source>Form language:</source>
        <translation>Idioma del formato:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="216"/>
        <source>How consent is given</source>
        <translation>Cómo se da el consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="217"/>
        <source>Signature on screen</source>
        <translation>Firma en pantalla</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="218"/>
        <source>Paper form, reference:</source>
        <translation>Formato en papel, referencia:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="219"/>
        <source>Verbally, on the recording</source>
        <translation>De palabra, en la grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="220"/>
        <source>e.g. the number on the paper form</source>
        <translation>p. ej., el número del formato en papel</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="223"/>
        <source>Witnessed by {name} ({initials}), {time}</source>
        <translation>Atestiguado por {name} ({initials}), {time}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="227"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="235"/>
        <source>%n item(s) not answered yet.</source>
        <translation>
            <numerusform>Falta responder %n punto.</numerusform>
            <numerusform>Faltan responder %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="238"/>
        <source>The participant has not agreed to take part: consent cannot be recorded.</source>
        <translation>La persona no aceptó participar: no se puede registrar el consentimiento.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="242"/>
        <source>The participant has not signed yet.</source>
        <translation>La persona todavía no ha firmado.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="244"/>
        <source>Give the paper form&apos;s reference.</source>
        <translation>Indique la referencia del formato en papel.</translation>
    </message>
</context>
<context>
    <name>ConsentFormsDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="62"/>
        <source>Consent forms</source>
        <translation>Formatos de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="64"/>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="64"/>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="66"/>
        <source>v{version} · {language} · {state}</source>
        <translation>v{version} · {language} · {state}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="70"/>
        <source>Add a new version from files…</source>
        <translation>Agregar una versión nueva desde archivos…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="72"/>
        <source>One template file (JSON) per language; see resources/consent/.</source>
        <translation>Un archivo de plantilla (JSON) por idioma; vea resources/consent/.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="74"/>
        <source>Only coordinators add form versions.</source>
        <translation>Solo la coordinación agrega versiones de los formatos.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="85"/>
        <source>Ethics reference: {ref}</source>
        <translation>Referencia ética: {ref}</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="220"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="222"/>
        <source>The team&apos;s bundles, laptops, conflicts, withdrawals and progress. What you change here (appointments, guides, consent forms, codes, withdrawals, resolutions) goes out to every laptop in your next bundle.</source>
        <translation>Los paquetes, las computadoras, los conflictos, los retiros y el avance del equipo. Lo que cambie aquí (citas, guías, formularios de consentimiento, códigos, retiros, resoluciones) sale hacia cada computadora en su próximo paquete.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="225"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="225"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="225"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="226"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="226"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="228"/>
        <source>Unlock the project key…</source>
        <translation>Desbloquear la clave del proyecto…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="229"/>
        <source>Merge now</source>
        <translation>Fusionar ahora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="230"/>
        <source>Approve this laptop and merge</source>
        <translation>Aprobar esta computadora y fusionar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="262"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="235"/>
        <source>Laptops whose bundles this store accepts. A new laptop&apos;s first bundle waits in the inbox until you approve it.</source>
        <translation>Computadoras cuyos paquetes acepta este almacén. El primer paquete de una computadora nueva espera en la bandeja de entrada hasta que usted lo apruebe.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="238"/>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="238"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="264"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="358"/>
        <source>Fieldworker</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="238"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="239"/>
        <source>Bundles merged</source>
        <translation>Paquetes fusionados</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="239"/>
        <source>Last merged</source>
        <translation>Última fusión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="241"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="241"/>
        <source>In the store now</source>
        <translation>En el almacén ahora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="241"/>
        <source>The other version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="242"/>
        <source>Resolution (editable)</source>
        <translation>Resolución (editable)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="243"/>
        <source>Keep the version in the store</source>
        <translation>Conservar la versión del almacén</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="244"/>
        <source>Take the other version</source>
        <translation>Tomar la otra versión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="245"/>
        <source>Save the edited resolution</source>
        <translation>Guardar la resolución editada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="247"/>
        <source>A withdrawal received by phone or e-mail: record it by the pseudonym code. It is carried out here at once and on each laptop after its next sync.</source>
        <translation>Un retiro recibido por teléfono o correo electrónico: regístrelo con el código de seudónimo. Se aplica aquí de inmediato y en cada computadora tras su próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="249"/>
        <source>Pseudonym code:</source>
        <translation>Código de seudónimo:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="250"/>
        <source>Withdraws:</source>
        <translation>Retira:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="251"/>
        <source>Everything (full withdrawal)</source>
        <translation>Todo (retiro completo)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="254"/>
        <source>Received by:</source>
        <translation>Recibido por:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="255"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="255"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="256"/>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="256"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="259"/>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="260"/>
        <source>Record and carry out the withdrawal</source>
        <translation>Registrar y aplicar el retiro</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="261"/>
        <source>Consent audit of the team…</source>
        <translation>Auditoría de consentimiento del equipo…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="262"/>
        <source>Carried out</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="264"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="349"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="264"/>
        <source>Stakeholder group</source>
        <translation>Grupo de actores</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Planned</source>
        <translation>Planeadas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Hours of audio</source>
        <translation>Horas de audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="266"/>
        <source>Consent problems</source>
        <translation>Problemas de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="285"/>
        <source>The project key is locked: the team&apos;s bundles wait until you unlock it with the project passphrase.</source>
        <translation>La clave del proyecto está bloqueada: los paquetes del equipo esperan hasta que la desbloquee con la frase de acceso del proyecto.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="287"/>
        <source>The project key is unlocked for this session: the team&apos;s bundles are merged as they arrive.</source>
        <translation>La clave del proyecto está desbloqueada en esta sesión: los paquetes del equipo se fusionan conforme llegan.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="293"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="294"/>
        <source>Set aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="295"/>
        <source>Waiting for approval</source>
        <translation>Espera aprobación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="296"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="305"/>
        <source>{laptop}: the bundles between {after} and {before} have not arrived.</source>
        <translation>{laptop}: no han llegado los paquetes entre el {after} y el {before}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="310"/>
        <source>this laptop</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="310"/>
        <source>coordinator</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="311"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="322"/>
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflicto por resolver.</numerusform>
            <numerusform>%n conflictos por resolver.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="324"/>
        <source>No conflicts: every laptop&apos;s edits fitted together.</source>
        <translation>Sin conflictos: las ediciones de todas las computadoras encajaron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="343"/>
        <source>{code}: %n recording(s) or note(s) removed</source>
        <translation>
            <numerusform>{code}: %n grabación o nota eliminada</numerusform>
            <numerusform>{code}: %n grabaciones o notas eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="350"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="351"/>
        <source>Participant&apos;s contact details</source>
        <translation>Datos de contacto del participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="352"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="353"/>
        <source>Interview guide</source>
        <translation>Guía de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="354"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="355"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="356"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="357"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="365"/>
        <source>{added} added, {updated} updated, {conflicts} conflicts</source>
        <translation>{added} añadidos, {updated} actualizados, {conflicts} conflictos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="414"/>
        <source>In the store now: the version of {kept_by} ({kept_at}). The other: the version of {other_by} ({other_at}). Neither knew of the other.</source>
        <translation>En el almacén ahora: la versión de {kept_by} ({kept_at}). La otra: la versión de {other_by} ({other_at}). Ninguna conocía a la otra.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="20"/>
        <source>laptops</source>
        <translation>computadoras</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="21"/>
        <source>team members</source>
        <translation>integrantes del equipo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="22"/>
        <source>audit entries</source>
        <translation>entradas de auditoría</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="23"/>
        <source>case studies</source>
        <translation>casos de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="24"/>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="25"/>
        <source>identity records</source>
        <translation>registros de identidad</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="26"/>
        <source>consent form texts</source>
        <translation>textos de formatos de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="27"/>
        <source>consent records</source>
        <translation>registros de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="28"/>
        <source>withdrawals</source>
        <translation>retiros</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="29"/>
        <source>recordings</source>
        <translation>grabaciones</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="30"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="31"/>
        <source>guide versions</source>
        <translation>versiones de guías</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="32"/>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="33"/>
        <source>interview sessions</source>
        <translation>sesiones de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="34"/>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="35"/>
        <source>codes applied to notes</source>
        <translation>códigos aplicados a notas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="42"/>
        <source>coordinator</source>
        <translation>coordinador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="43"/>
        <source>fieldworker</source>
        <translation>entrevistador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="51"/>
        <source>The store failed SQLite&apos;s integrity check: {details}. Stop using this laptop for fieldwork and ask your coordinator to restore a backup.</source>
        <translation>El almacén no pasó la revisión de integridad de SQLite: {details}. Deje de usar esta computadora para el trabajo de campo y pida a su coordinador/a que restaure una copia de respaldo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="56"/>
        <source>There is no store in {folder} yet; the app creates it at first start.</source>
        <translation>Todavía no hay un almacén en {folder}; la aplicación lo crea la primera vez que se abre.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="59"/>
        <source>The store uses schema {found}; the app upgrades it to {head} (after a backup copy) the next time it opens.</source>
        <translation>El almacén usa el esquema {found}; la aplicación lo actualizará a {head} (tras hacer una copia de respaldo) la próxima vez que se abra.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="64"/>
        <source>No fieldworker profile is set on this laptop yet: open the app to set it.</source>
        <translation>Esta computadora aún no tiene perfil de entrevistador/a: abra la aplicación para crearlo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="67"/>
        <source>Only {free} of disk space is free: a day of recordings may not fit. Free some space before fieldwork.</source>
        <translation>Solo quedan {free} libres en el disco: quizá no quepa un día de grabaciones. Libere espacio antes del trabajo de campo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="72"/>
        <source>No audio input device was found: connect a microphone before fieldwork.</source>
        <translation>No se encontró ningún dispositivo de entrada de audio: conecte un micrófono antes del trabajo de campo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="75"/>
        <source>The audio system is not available ({reason}): nothing can be recorded.</source>
        <translation>El sistema de audio no está disponible ({reason}): no se puede grabar nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="78"/>
        <source>Damaged or missing audio files: {files}. The rest of the store is usable; ask your coordinator for the copies from the last sync.</source>
        <translation>Archivos de audio dañados o faltantes: {files}. El resto del almacén se puede usar; pida a su coordinación las copias de la última sincronización.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_doctor.py" line="84"/>
        <source>%n interrupted recording(s) will be saved as normal files the next time the app or a command opens the store.</source>
        <translation>
            <numerusform>%n grabación interrumpida se guardará como archivo normal la próxima vez que la aplicación o un comando abra el almacén.</numerusform>
            <numerusform>%n grabaciones interrumpidas se guardarán como archivos normales la próxima vez que la aplicación o un comando abra el almacén.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="90"/>
        <source>The installed Qt for Python (PySide6 {binding}) closes the app without warning after some minutes of use on this Python. Reinstall the app with the README&apos;s set-up command before fieldwork.</source>
        <translation>El Qt para Python instalado (PySide6 {binding}) cierra la aplicación sin aviso tras unos minutos de uso con este Python. Reinstala la aplicación con el comando de instalación del README antes del trabajo de campo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="97"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="98"/>
        <source>not readable as audio</source>
        <translation>no se puede leer como audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="99"/>
        <source>changed since it was recorded</source>
        <translation>cambió desde que se grabó</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="116"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="119"/>
        <source>no store yet (this app writes schema {head})</source>
        <translation>aún no hay almacén (esta aplicación escribe el esquema {head})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="121"/>
        <source>{found} (current)</source>
        <translation>{found} (actual)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="123"/>
        <source>{found} (this app writes {head})</source>
        <translation>{found} (esta aplicación escribe {head})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="126"/>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="130"/>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="131"/>
        <source>Store size</source>
        <translation>Tamaño del almacén</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="133"/>
        <source>not checked</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="135"/>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="137"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="138"/>
        <source>Integrity check</source>
        <translation>Revisión de integridad</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="140"/>
        <source>Free disk space</source>
        <translation>Espacio libre en disco</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="143"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="145"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="152"/>
        <source>Audio input devices</source>
        <translation>Dispositivos de entrada de audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="153"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="155"/>
        <source>Laptop id</source>
        <translation>Identificador de la computadora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="159"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="167"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="174"/>
        <source>Changes waiting to sync</source>
        <translation>Cambios por sincronizar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="177"/>
        <source>ECOSCIM Field doctor</source>
        <translation>Diagnóstico de ECOSCIM Field</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="181"/>
        <source>Warnings (fix before fieldwork):</source>
        <translation>Advertencias (resuélvalas antes del trabajo de campo):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="182"/>
        <source>Problems (the store is not safe to use):</source>
        <translation>Problemas (no es seguro usar el almacén):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="191"/>
        <source>Result: NOT SAFE. Fix the problems above first.</source>
        <translation>Resultado: NO ES SEGURO. Primero resuelva los problemas de arriba.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="193"/>
        <source>Result: usable, with warnings.</source>
        <translation>Resultado: se puede usar, con advertencias.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="195"/>
        <source>Result: ready for fieldwork.</source>
        <translation>Resultado: listo para el trabajo de campo.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="112"/>
        <source>Welcome to {app}</source>
        <translation>Bienvenida a {app}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="115"/>
        <source>This laptop needs to know who works on it. Your name appears on the consent records you witness and on the work you send to the coordinator.</source>
        <translation>Esta computadora necesita saber quién trabaja en ella. Su nombre aparece en los registros de consentimiento que usted atestigua y en el trabajo que envía a la coordinación.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="120"/>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="121"/>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="122"/>
        <source>Import the project file…</source>
        <translation>Importar el archivo de proyecto…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="127"/>
        <source>The project file from the coordinator</source>
        <translation>El archivo de proyecto de la coordinación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="128"/>
        <source>Project files (*.json);;All files (*)</source>
        <translation>Archivos de proyecto (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="148"/>
        <source>“{name}”. Fingerprint {fingerprint}: check it with the coordinator.</source>
        <translation>«{name}». Huella {fingerprint}: compruébela con la coordinación.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="152"/>
        <source>{file} is not a project file. Ask the coordinator for it again.</source>
        <translation>{file} no es un archivo de proyecto. Pídalo de nuevo a la coordinación.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="155"/>
        <source>Optional: the coordinator gives you this file. You can also import it later.</source>
        <translation>Opcional: la coordinación le da este archivo. También puede importarlo después.</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="312"/>
        <source>New interview guide</source>
        <translation>Nueva guía de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="312"/>
        <source>Edit interview guide</source>
        <translation>Editar guía de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="315"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="316"/>
        <source>Stakeholder group:</source>
        <translation>Grupo de actores:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="317"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="318"/>
        <source>Case study:</source>
        <translation>Caso de estudio:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="319"/>
        <source>Section title:</source>
        <translation>Título de la sección:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="320"/>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="321"/>
        <source>Probes (one per line):</source>
        <translation>Preguntas de sondeo (una por línea):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="322"/>
        <source>Note to the interviewer:</source>
        <translation>Nota para quien entrevista:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="328"/>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="330"/>
        <source>Interviews have used this version of the guide. Saving keeps that version as it is and saves your changes as a new version.</source>
        <translation>Ya se usó esta versión de la guía en entrevistas. Al guardar, esa versión queda como está y sus cambios se guardan como una versión nueva.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="332"/>
        <source>Add section</source>
        <translation>Agregar sección</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="333"/>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="334"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="335"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="336"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="337"/>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="435"/>
        <source>Core question (must be covered)</source>
        <translation>Pregunta central (debe cubrirse)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="338"/>
        <source>Select a section or a question to edit it.</source>
        <translation>Seleccione una sección o una pregunta para editarla.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="339"/>
        <source>Drag sections and questions to reorder them.</source>
        <translation>Arrastre secciones y preguntas para cambiar su orden.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="340"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="341"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="461"/>
        <source>A guide needs a title.</source>
        <translation>Una guía necesita un título.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="464"/>
        <source>A guide needs at least one section.</source>
        <translation>Una guía necesita al menos una sección.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="467"/>
        <source>Section {number} needs a title.</source>
        <translation>La sección {number} necesita un título.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="469"/>
        <source>Section {number} needs at least one question.</source>
        <translation>La sección {number} necesita al menos una pregunta.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="473"/>
        <source>Question {number} needs its text.</source>
        <translation>La pregunta {number} necesita su texto.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="548"/>
        <source>core question</source>
        <translation>pregunta central</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="550"/>
        <source>any case study</source>
        <translation>cualquier caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="553"/>
        <source>(untitled guide)</source>
        <translation>(guía sin título)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="557"/>
        <source>(untitled section)</source>
        <translation>(sección sin título)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="561"/>
        <source>(new question)</source>
        <translation>(pregunta nueva)</translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="31"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="36"/>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="37"/>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="37"/>
        <source>older version</source>
        <translation>versión anterior</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="52"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="53"/>
        <source>Stakeholder group</source>
        <translation>Grupo de actores</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="55"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="56"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="57"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="237"/>
        <source>no guide</source>
        <translation>sin guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="238"/>
        <source>Interview with {who}</source>
        <translation>Entrevista con {who}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="239"/>
        <source>Interview with {who} · {guide}</source>
        <translation>Entrevista con {who} · {guide}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="241"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="242"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="243"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="244"/>
        <source>Covered</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="245"/>
        <source>Next question (F8)</source>
        <translation>Siguiente pregunta (F8)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="246"/>
        <source>Mark this moment (F9)</source>
        <translation>Marcar este momento (F9)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="247"/>
        <source>Type a note and press Enter: it is saved at once</source>
        <translation>Escriba una nota y presione Intro: se guarda de inmediato</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="249"/>
        <source>Codes go on the chosen note (the newest one unless you pick another).</source>
        <translation>Los códigos van en la nota elegida (la más reciente, salvo que elija otra).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="253"/>
        <source>Finish the interview…</source>
        <translation>Terminar la entrevista…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="254"/>
        <source>Record the consent…</source>
        <translation>Registrar el consentimiento…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="255"/>
        <source>Audio refused</source>
        <translation>Audio rechazado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="261"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="261"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="263"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="263"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="268"/>
        <source>This participant has not agreed to audio recording: take notes only.</source>
        <translation>Esta persona no aceptó la grabación de audio: tome solo notas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="272"/>
        <source>No consent recorded yet. You may start recording for the consent statement; record the consent right after it. If audio is refused, the recording is deleted at once.</source>
        <translation>Aún no hay consentimiento registrado. Puede empezar a grabar para la declaración de consentimiento; regístrelo justo después. Si se rechaza el audio, la grabación se borra de inmediato.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="279"/>
        <source>Input: {device}</source>
        <translation>Entrada: {device}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="286"/>
        <source>Too loud: the sound is clipping. Move the microphone away a little.</source>
        <translation>Demasiado fuerte: el sonido se satura. Aleje un poco el micrófono.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="299"/>
        <source>Connect a microphone and press Record to go on: the recording continues as a further segment.</source>
        <translation>Conecte un micrófono y presione Grabar para seguir: la grabación continúa como un tramo más.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="306"/>
        <source>Disk space for about {minutes} more minutes of recording.</source>
        <translation>Queda espacio en disco para unos {minutes} minutos más de grabación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="310"/>
        <source>Audio refused: %n recording(s) of this interview were deleted. Go on with notes only.</source>
        <translation>
            <numerusform>Audio rechazado: se borró %n grabación de esta entrevista. Continúe solo con notas.</numerusform>
            <numerusform>Audio rechazado: se borraron %n grabaciones de esta entrevista. Continúe solo con notas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="401"/>
        <source>(marked moment)</source>
        <translation>(momento marcado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="447"/>
        <source>Type a note first: codes go on a note.</source>
        <translation>Primero escriba una nota: los códigos van en una nota.</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="143"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="145"/>
        <source>Recordings, notes stamped with the audio time, and your reflections.</source>
        <translation>Grabaciones, notas marcadas con el tiempo del audio y sus reflexiones.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="147"/>
        <source>No interviews have been held with this store yet.</source>
        <translation>Todavía no se han hecho entrevistas con este almacén.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="149"/>
        <source>Search all notes (accents and capitals do not matter)…</source>
        <translation>Buscar en todas las notas (no importan acentos ni mayúsculas)…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="151"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="152"/>
        <source>Codebook…</source>
        <translation>Libro de códigos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="180"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n nota encontrada</numerusform>
            <numerusform>%n notas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="23"/>
        <source>State-sponsored</source>
        <translation>Impulsado por el Estado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="24"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="25"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="26"/>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="32"/>
        <source>Anticipation and conception</source>
        <translation>Anticipación y concepción</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="33"/>
        <source>Development and implementation</source>
        <translation>Desarrollo e implementación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="34"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="40"/>
        <source>Fieldworker</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="41"/>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="47"/>
        <source>User</source>
        <translation>Usuario/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="48"/>
        <source>Non-user</source>
        <translation>No usuario/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="49"/>
        <source>Operator / implementer</source>
        <translation>Operador/a / implementador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="50"/>
        <source>Public official</source>
        <translation>Funcionario/a público/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="51"/>
        <source>Civil society organisation</source>
        <translation>Organización de la sociedad civil</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="52"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="53"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="59"/>
        <source>No consent yet</source>
        <translation>Sin consentimiento aún</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="60"/>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="61"/>
        <source>Partly withdrawn</source>
        <translation>Retirado en parte</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="62"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="68"/>
        <source>Taking part</source>
        <translation>Participar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="69"/>
        <source>Audio recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="70"/>
        <source>Verbatim quotation</source>
        <translation>Cita textual</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="71"/>
        <source>Anonymised quotation</source>
        <translation>Cita anonimizada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="72"/>
        <source>Archiving</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="73"/>
        <source>Contact for workshops</source>
        <translation>Contacto para talleres</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="79"/>
        <source>observation</source>
        <translation>observación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="80"/>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="81"/>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="82"/>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="89"/>
        <source>Anticipation</source>
        <translation>Anticipación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="90"/>
        <source>Inclusion</source>
        <translation>Inclusión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="91"/>
        <source>Reflexivity</source>
        <translation>Reflexividad</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="92"/>
        <source>Responsiveness</source>
        <translation>Capacidad de respuesta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="93"/>
        <source>Equity and social justice</source>
        <translation>Equidad y justicia social</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="100"/>
        <source>planned</source>
        <translation>planeada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="101"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="102"/>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="103"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="104"/>
        <source>no-show</source>
        <translation>no se presentó</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="173"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="174"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="175"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="176"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="177"/>
        <source>Case studies</source>
        <translation>Casos de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="178"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="179"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="185"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="187"/>
        <source>&amp;About {app}</source>
        <translation>A&amp;cerca de {app}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="193"/>
        <source>Opening the store…</source>
        <translation>Abriendo el almacén…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="196"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n cambio por sincronizar</numerusform>
            <numerusform>%n cambios por sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="198"/>
        <source>%n bundle(s) in the outbox</source>
        <translation>
            <numerusform>%n paquete en la bandeja de salida</numerusform>
            <numerusform>%n paquetes en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="207"/>
        <source>Network: unknown</source>
        <translation>Red: desconocida</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="209"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="209"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="211"/>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="213"/>
        <source>sync after the recording</source>
        <translation>se sincroniza al terminar la grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="215"/>
        <source>last sync failed</source>
        <translation>la última sincronización falló</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="219"/>
        <source>synced {time}</source>
        <translation>sincronizado {time}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="425"/>
        <source>This appointment has no participant yet: register the participant and choose them in the appointment first.</source>
        <translation>Esta cita aún no tiene participante: primero registre a la persona y elíjala en la cita.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="429"/>
        <source>This participant has withdrawn from the study: no interview.</source>
        <translation>Esta persona se retiró del estudio: no hay entrevista.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="579"/>
        <source>The store was upgraded to this version; a copy of the old one is in {path}.</source>
        <translation>El almacén se actualizó a esta versión; hay una copia del anterior en {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="590"/>
        <source>%n recording(s) interrupted last time (the laptop or the app stopped) were saved as normal files, marked as recovered:</source>
        <translation>
            <numerusform>%n grabación interrumpida la última vez (se apagó la computadora o la aplicación) se guardó como archivo normal, marcada como recuperada:</numerusform>
            <numerusform>%n grabaciones interrumpidas la última vez (se apagó la computadora o la aplicación) se guardaron como archivos normales, marcadas como recuperadas:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="644"/>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="689"/>
        <source>Sync failed: {reason}</source>
        <translation>La sincronización falló: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="692"/>
        <source>Synced: %n bundle(s) sent</source>
        <translation>
            <numerusform>Sincronizado: %n paquete enviado</numerusform>
            <numerusform>Sincronizado: %n paquetes enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="693"/>
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n registro recibido</numerusform>
            <numerusform>%n registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="695"/>
        <source>%n bundle(s) set aside</source>
        <translation>
            <numerusform>%n paquete apartado</numerusform>
            <numerusform>%n paquetes apartados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="726"/>
        <source>Unlock the project key</source>
        <translation>Desbloquear la clave del proyecto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="726"/>
        <source>Project passphrase:</source>
        <translation>Frase de acceso del proyecto:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="771"/>
        <source>This resolution cannot be saved: {reason}</source>
        <translation>No se puede guardar esta resolución: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="775"/>
        <source>Conflict resolved; the resolution goes to every laptop in your next bundle.</source>
        <translation>Conflicto resuelto; la resolución sale hacia cada computadora en su próximo paquete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="794"/>
        <source>Withdrawal of {code} recorded: %n recording(s) or note(s) removed here; each laptop removes its copies after its next sync.</source>
        <translation>
            <numerusform>Retiro de {code} registrado: se eliminó aquí %n grabación o nota; cada computadora elimina sus copias tras su próxima sincronización.</numerusform>
            <numerusform>Retiro de {code} registrado: se eliminaron aquí %n grabaciones o notas; cada computadora elimina sus copias tras su próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="806"/>
        <source>No participant has the code {code}.</source>
        <translation>Ningún participante tiene el código {code}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="808"/>
        <source>{code} never gave consent: there is nothing to withdraw.</source>
        <translation>{code} nunca dio su consentimiento: no hay nada que retirar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="817"/>
        <source>The shared folder</source>
        <translation>La carpeta compartida</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="831"/>
        <source>Write the bundle to</source>
        <translation>Escribir el paquete en</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="848"/>
        <source>%n bundle file(s) written to {folder}</source>
        <translation>
            <numerusform>%n archivo de paquete escrito en {folder}</numerusform>
            <numerusform>%n archivos de paquete escritos en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="861"/>
        <source>The bundle cannot be written: {reason}</source>
        <translation>No se puede escribir el paquete: {reason}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="134"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="137"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="138"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="144"/>
        <source>Stamped at {at} in the audio, typed at {time}: the stamp stays.</source>
        <translation>Marcada en {at} del audio, escrita a las {time}: la marca se conserva.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="112"/>
        <source>Participant {code}</source>
        <translation>Participante {code}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="114"/>
        <source>New participant</source>
        <translation>Nueva persona participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="116"/>
        <source>Research data</source>
        <translation>Datos de investigación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="117"/>
        <source>Identifying data</source>
        <translation>Datos de identificación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="119"/>
        <source>Kept apart on this laptop; never part of a research export.</source>
        <translation>Se guardan aparte en esta computadora; nunca forman parte de una exportación para la investigación.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="122"/>
        <source>Pseudonym code:</source>
        <translation>Código de seudónimo:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="123"/>
        <source>Stakeholder group:</source>
        <translation>Grupo de actores:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="124"/>
        <source>Case study:</source>
        <translation>Caso de estudio:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="125"/>
        <source>Alcaldía:</source>
        <translation>Alcaldía:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="126"/>
        <source>Colonia:</source>
        <translation>Colonia:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="127"/>
        <source>Preferred language:</source>
        <translation>Idioma preferido:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="128"/>
        <source>Age band:</source>
        <translation>Rango de edad:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="129"/>
        <source>Gender (in their own words):</source>
        <translation>Género (en sus propias palabras):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="130"/>
        <source>Uses the project&apos;s service:</source>
        <translation>Usa el servicio del proyecto:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="131"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="132"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="133"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="134"/>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="135"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="141"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="142"/>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="143"/>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="144"/>
        <source>(not asked)</source>
        <translation>(no se preguntó)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="144"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="144"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ParticipantFacing</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="15"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="16"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="17"/>
        <source>Please sign here:</source>
        <translation>Por favor firme aquí:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="18"/>
        <source>Clear signature</source>
        <translation>Borrar firma</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="19"/>
        <source>Your pseudonym code: {code}</source>
        <translation>Su código de seudónimo: {code}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="20"/>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="21"/>
        <source>withdrawn since</source>
        <translation>retirado después</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="22"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="23"/>
        <source>Witnessed by: {name}</source>
        <translation>Atestiguó: {name}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="24"/>
        <source>Your signature:</source>
        <translation>Su firma:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="25"/>
        <source>Consent given on a paper form (reference {ref}).</source>
        <translation>Consentimiento dado en un formato en papel (referencia {ref}).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="28"/>
        <source>Consent given verbally, on the recording.</source>
        <translation>Consentimiento dado de palabra, en la grabación.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="29"/>
        <source>How to withdraw your consent</source>
        <translation>Cómo retirar su consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="30"/>
        <source>Ethics approval: {ref} · form version {v}</source>
        <translation>Aprobación ética: {ref} · versión del formato {v}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="107"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="108"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="109"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="110"/>
        <source>Stakeholder group</source>
        <translation>Grupo de actores</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="111"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="112"/>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="113"/>
        <source>Colonia</source>
        <translation>Colonia</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="118"/>
        <source>Participants and consent</source>
        <translation>Participantes y consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="121"/>
        <source>Participants are known by their pseudonym code; names and contact details stay on this laptop and never go into research exports.</source>
        <translation>A las y los participantes se les identifica por su código de seudónimo; los nombres y datos de contacto se quedan en esta computadora y nunca van en las exportaciones para la investigación.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="125"/>
        <source>Search by code, name or colonia…</source>
        <translation>Buscar por código, nombre o colonia…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="128"/>
        <source>All stakeholder groups</source>
        <translation>Todos los grupos de actores</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="131"/>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="228"/>
        <source>All case studies</source>
        <translation>Todos los casos de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="134"/>
        <source>Any consent state</source>
        <translation>Cualquier estado de consentimiento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="137"/>
        <source>New participant…</source>
        <translation>Nueva participante…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="138"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="139"/>
        <source>Consent…</source>
        <translation>Consentimiento…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="140"/>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="141"/>
        <source>Take the participant&apos;s informed consent</source>
        <translation>Tomar el consentimiento informado de la persona</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="142"/>
        <source>PDF copy…</source>
        <translation>Copia en PDF…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="143"/>
        <source>Interview now…</source>
        <translation>Entrevistar ahora…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="144"/>
        <source>A walk-in interview with this participant</source>
        <translation>Una entrevista sin cita con esta persona</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="145"/>
        <source>A copy of the consent for the participant, as a PDF</source>
        <translation>Una copia del consentimiento para la persona, en PDF</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="146"/>
        <source>Consent audit…</source>
        <translation>Auditoría de consentimiento…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="147"/>
        <source>Consent forms…</source>
        <translation>Formatos de consentimiento…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="181"/>
        <source>{shown} of {total} participants</source>
        <translation>{shown} de {total} participantes</translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="137"/>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="150"/>
        <source>Plan an interview</source>
        <translation>Planear una entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="151"/>
        <source>Please check before saving:
{warnings}

Save anyway?</source>
        <translation>Revise antes de guardar:
{warnings}

¿Guardar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="159"/>
        <source>The time is in the past.</source>
        <translation>La hora ya pasó.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="161"/>
        <source>{name} has another interview at that time.</source>
        <translation>{name} tiene otra entrevista a esa hora.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="162"/>
        <source>{code} already has an interview at that time.</source>
        <translation>{code} ya tiene una entrevista a esa hora.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="167"/>
        <source>This participant has withdrawn from the study.</source>
        <translation>Esta persona se retiró del estudio.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="169"/>
        <source>Choose a participant, or a stakeholder group to recruit from.</source>
        <translation>Elija una persona participante o un grupo de actores en el que reclutar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="170"/>
        <source>An interview needs a duration.</source>
        <translation>Una entrevista necesita una duración.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="173"/>
        <source>Interview planned.</source>
        <translation>Entrevista planeada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="173"/>
        <source>Appointment saved.</source>
        <translation>Cita guardada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="187"/>
        <source>Why is the interview cancelled?</source>
        <translation>¿Por qué se cancela la entrevista?</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="189"/>
        <source>What happened? (The participant did not come.)</source>
        <translation>¿Qué pasó? (La persona participante no llegó.)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="204"/>
        <source>Appointment marked {status}.</source>
        <translation>Cita marcada como {status}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="215"/>
        <source>No appointments to export.</source>
        <translation>No hay citas para exportar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="221"/>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="241"/>
        <source>Export the agenda</source>
        <translation>Exportar la agenda</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="222"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="227"/>
        <source>ECOSCIM interviews</source>
        <translation>Entrevistas ECOSCIM</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="242"/>
        <source>{file} could not be written ({reason}). Choose another folder; nothing was lost.</source>
        <translation>No se pudo escribir {file} ({reason}). Elija otra carpeta; no se perdió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="249"/>
        <source>%n appointment(s) written to {file}</source>
        <translation>
            <numerusform>%n cita escrita en {file}</numerusform>
            <numerusform>%n citas escritas en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="57"/>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="58"/>
        <source>Initials:</source>
        <translation>Iniciales:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="59"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="125"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="157"/>
        <source>{done} done, {planned} still planned</source>
        <translation>{done} hechas, {planned} aún planeadas</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="167"/>
        <source>(no case study)</source>
        <translation>(sin caso de estudio)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="169"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="74"/>
        <source>After the interview</source>
        <translation>Después de la entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="76"/>
        <source>Setting:</source>
        <translation>Lugar y contexto:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="77"/>
        <source>Atmosphere:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="78"/>
        <source>Interruptions:</source>
        <translation>Interrupciones:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="79"/>
        <source>Follow-ups:</source>
        <translation>Seguimientos:</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="507"/>
        <source>No speakers or headphones were found: connect some to listen.</source>
        <translation>No se encontraron bocinas ni audífonos: conecte unos para escuchar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="510"/>
        <source>The speakers could not be opened ({detail}). Try another output.</source>
        <translation>No se pudieron abrir las bocinas ({detail}). Pruebe otra salida.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="513"/>
        <source>The audio system is not available ({detail}): nothing can be played.</source>
        <translation>El sistema de audio no está disponible ({detail}): no se puede reproducir nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="516"/>
        <source>An audio file of this interview is missing ({detail}); run `ecoscim-field doctor` and ask your coordinator for the copy from the last sync.</source>
        <translation>Falta un archivo de audio de esta entrevista ({detail}); ejecute `ecoscim-field doctor` y pida a su coordinador/a la copia de la última sincronización.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="255"/>
        <source>Review of the interview</source>
        <translation>Revisión de la entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="256"/>
        <source>Back 10 s</source>
        <translation>Atrás 10 s</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="257"/>
        <source>Forward 10 s</source>
        <translation>Adelante 10 s</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="258"/>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="259"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="262"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="270"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="270"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="291"/>
        <source>{start}, {length} of audio</source>
        <translation>{start}, {length} de audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="294"/>
        <source>includes recovered audio</source>
        <translation>incluye audio recuperado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="296"/>
        <source>no audio was recorded</source>
        <translation>no se grabó audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="297"/>
        <source>no guide</source>
        <translation>sin guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="300"/>
        <source>Setting</source>
        <translation>Lugar y contexto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="301"/>
        <source>Atmosphere</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="302"/>
        <source>Interruptions</source>
        <translation>Interrupciones</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="303"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="307"/>
        <source>No reflection was written.</source>
        <translation>No se escribió una reflexión.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="339"/>
        <source>(marked moment)</source>
        <translation>(momento marcado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="340"/>
        <source>(edited)</source>
        <translation>(editada)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="388"/>
        <source>Choose a note first: codes go on a note.</source>
        <translation>Primero elija una nota: los códigos van en una nota.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="50"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="51"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="53"/>
        <source>recovered audio</source>
        <translation>audio recuperado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="55"/>
        <source>consent to confirm</source>
        <translation>consentimiento por confirmar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="58"/>
        <source>%n segment(s), {time}</source>
        <translation>
            <numerusform>%n tramo, {time}</numerusform>
            <numerusform>%n tramos, {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="71"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="72"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="73"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="74"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="75"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="76"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="204"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="205"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="207"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="208"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="210"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="214"/>
        <source>The app will use the new folder from its next start. The current store stays where it is.</source>
        <translation>La aplicación usará la nueva carpeta a partir de la próxima vez que se abra. El almacén actual se queda donde está.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="220"/>
        <source>The database, recordings and outgoing bundles live here.</source>
        <translation>Aquí se guardan la base de datos, las grabaciones y los paquetes por enviar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="222"/>
        <source>Split bundles larger than:</source>
        <translation>Dividir los paquetes de más de:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="223"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="224"/>
        <source>A USB stick formatted FAT32 takes files of up to 4,000 MB; the parts merge as one bundle.</source>
        <translation>Una memoria USB con formato FAT32 acepta archivos de hasta 4000 MB; las partes se fusionan como un solo paquete.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="226"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="227"/>
        <source>Record from:</source>
        <translation>Grabar desde:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="228"/>
        <source>Recording quality:</source>
        <translation>Calidad de grabación:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="232"/>
        <source>{khz} kHz, FLAC mono (about {mb} MB an hour)</source>
        <translation>{khz} kHz, FLAC mono (unos {mb} MB por hora)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="236"/>
        <source>{rate}: enough for speech</source>
        <translation>{rate}: suficiente para voz</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="238"/>
        <source>Stop the test</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="239"/>
        <source>Test the microphone</source>
        <translation>Probar el micrófono</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="240"/>
        <source>Play reviews on:</source>
        <translation>Reproducir las revisiones en:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="264"/>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="306"/>
        <source>System default input</source>
        <translation>Entrada predeterminada del sistema</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="313"/>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="346"/>
        <source>{name} (not connected)</source>
        <translation>{name} (no conectado)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="320"/>
        <source>Looking for audio devices…</source>
        <translation>Buscando dispositivos de audio…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="323"/>
        <source>The audio system is not available: {reason}</source>
        <translation>El sistema de audio no está disponible: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="329"/>
        <source>No microphone found. Connect one before the interview.</source>
        <translation>No se encontró ningún micrófono. Conecte uno antes de la entrevista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="332"/>
        <source>%n input device(s) found.</source>
        <translation>
            <numerusform>Se encontró %n dispositivo de entrada.</numerusform>
            <numerusform>Se encontraron %n dispositivos de entrada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="339"/>
        <source>System default output</source>
        <translation>Salida predeterminada del sistema</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="415"/>
        <source>Speak into the microphone after pressing Test: the bar should move.</source>
        <translation>Hable al micrófono después de pulsar Probar: la barra debe moverse.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="419"/>
        <source>Too loud: the sound is clipped. Move the microphone further away.</source>
        <translation>Demasiado fuerte: el sonido se satura. Aleje el micrófono.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="423"/>
        <source>Listening to {device}. Speak: the bar should move.</source>
        <translation>Escuchando {device}. Hable: la barra debe moverse.</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="24"/>
        <source>The data folder {folder} cannot be written to. Nothing was changed. Fix the folder&apos;s permissions, or choose another data folder (--data-dir, or Settings).</source>
        <translation>No se puede escribir en la carpeta de datos {folder}. No se modificó nada. Corrija los permisos de la carpeta o elija otra carpeta de datos (--data-dir, o Configuración).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="31"/>
        <source>The disk that holds the data folder {folder} is full. Nothing was changed. Free some space on it, or choose a data folder on another disk, and try again.</source>
        <translation>El disco donde está la carpeta de datos {folder} está lleno. No se modificó nada. Libere espacio o elija una carpeta de datos en otro disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="37"/>
        <source>The file {path} is damaged or is not an ECOSCIM Field store, so it was not opened and was left untouched. Restore a copy from {backups} or ask your coordinator for help; to start afresh, choose another data folder.</source>
        <translation>El archivo {path} está dañado o no es un almacén de ECOSCIM Field; no se abrió y se dejó intacto. Restaure una copia desde {backups} o pida ayuda a su coordinador/a; para empezar de nuevo, elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="44"/>
        <source>The file {path} belongs to another program, not to ECOSCIM Field, so it was left untouched. Choose another data folder (--data-dir, or Settings).</source>
        <translation>El archivo {path} pertenece a otro programa, no a ECOSCIM Field; se dejó intacto. Elija otra carpeta de datos (--data-dir, o Configuración).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="50"/>
        <source>The store in {folder} was written by a newer version of ECOSCIM Field (schema {schema}). Update the app to open it; the store was left untouched.</source>
        <translation>El almacén en {folder} lo escribió una versión más reciente de ECOSCIM Field (esquema {schema}). Actualice la aplicación para abrirlo; el almacén se dejó intacto.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="56"/>
        <source>The store in {folder} already holds data. Demo data is only added to an empty store: choose another data folder (--data-dir).</source>
        <translation>El almacén en {folder} ya tiene datos. Los datos de demostración solo se agregan a un almacén vacío: elija otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="62"/>
        <source>The data folder {folder} cannot be created ({detail}). Choose another data folder (--data-dir, or Settings).</source>
        <translation>No se puede crear la carpeta de datos {folder} ({detail}). Elija otra carpeta de datos (--data-dir, o Configuración).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="73"/>
        <source>The consent form template {file} cannot be used: {problem}</source>
        <translation>La plantilla de formato de consentimiento {file} no se puede usar: {problem}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="80"/>
        <source>The guide file {file} cannot be imported (line {line}): {problem}. Nothing was imported.</source>
        <translation>No se puede importar el archivo de guía {file} (línea {line}): {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="86"/>
        <source>The guide file {file} cannot be imported: {problem}. Nothing was imported.</source>
        <translation>No se puede importar el archivo de guía {file}: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="97"/>
        <location filename="../ecoscim_field/i18n/messages.py" line="98"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="99"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="100"/>
        <location filename="../ecoscim_field/i18n/messages.py" line="101"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="102"/>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
</context>
<context>
    <name>StudyActions</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="89"/>
        <source>Case study</source>
        <translation>Caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="90"/>
        <source>Another case study is already called “{name}”. Choose another name; nothing was saved.</source>
        <translation>Ya hay otro caso de estudio llamado «{name}». Elija otro nombre; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="92"/>
        <source>A case study needs a name.</source>
        <translation>Un caso de estudio necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="98"/>
        <source>Case study saved: {name}</source>
        <translation>Caso de estudio guardado: {name}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="110"/>
        <source>Case study archived: it is no longer offered for new plans.</source>
        <translation>Caso de estudio archivado: ya no se ofrece para nuevas citas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="111"/>
        <source>Case study brought back.</source>
        <translation>Caso de estudio recuperado.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="117"/>
        <source>Delete case study</source>
        <translation>Eliminar caso de estudio</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="118"/>
        <source>Delete this case study? This cannot be undone.</source>
        <translation>¿Eliminar este caso de estudio? No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="141"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="143"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="144"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guía</numerusform>
            <numerusform>%n guías</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="148"/>
        <source>This case study cannot be deleted: {uses} refer to it. Archive it instead? It will no longer be offered for new plans; everything about it is kept.</source>
        <translation>Este caso de estudio no se puede eliminar: {uses} lo mencionan. ¿Archivarlo en su lugar? Ya no se ofrecerá para nuevas citas; todo lo relacionado se conserva.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="154"/>
        <source>Case study deleted.</source>
        <translation>Caso de estudio eliminado.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="158"/>
        <source>Archive instead</source>
        <translation>Archivar en su lugar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="224"/>
        <source>Saved as version {version}: interviews used the earlier version, which stays as it was.</source>
        <translation>Guardada como versión {version}: las entrevistas usaron la versión anterior, que queda como estaba.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="226"/>
        <source>Guide saved: {title}</source>
        <translation>Guía guardada: {title}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="240"/>
        <source>New version made; edit it as you need.</source>
        <translation>Se creó una versión nueva; edítela como necesite.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="247"/>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="273"/>
        <source>Import an interview guide</source>
        <translation>Importar una guía de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="248"/>
        <source>Interview guides (*.yaml *.yml *.json)</source>
        <translation>Guías de entrevista (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="268"/>
        <source>The file {file} cannot be read ({reason}). Nothing was imported.</source>
        <translation>No se puede leer el archivo {file} ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="278"/>
        <source>Imported {file} as version {version}.</source>
        <translation>Se importó {file} como versión {version}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="297"/>
        <source>Export an interview guide</source>
        <translation>Exportar una guía de entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="299"/>
        <source>Interview guides (*.yaml)</source>
        <translation>Guías de entrevista (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="313"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="314"/>
        <source>{file} could not be written ({reason}). Choose another folder; nothing was lost.</source>
        <translation>No se pudo escribir {file} ({reason}). Elija otra carpeta; no se perdió nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="320"/>
        <source>Saved {file}</source>
        <translation>Guardado: {file}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="331"/>
        <source>Guide archived: it is no longer offered for new plans.</source>
        <translation>Guía archivada: ya no se ofrece para nuevas citas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="332"/>
        <source>Guide brought back.</source>
        <translation>Guía recuperada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="338"/>
        <source>Delete guide</source>
        <translation>Eliminar guía</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="339"/>
        <source>Delete this version of the guide? This cannot be undone.</source>
        <translation>¿Eliminar esta versión de la guía? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="358"/>
        <source>Interviews used this version of the guide, so it cannot be deleted. Archive it instead? It will no longer be offered for new plans.</source>
        <translation>Hay entrevistas que usaron esta versión de la guía, así que no se puede eliminar. ¿Archivarla en su lugar? Ya no se ofrecerá para nuevas citas.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="363"/>
        <source>Guide deleted.</source>
        <translation>Guía eliminada.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="41"/>
        <location filename="../ecoscim_field/cli_sync.py" line="59"/>
        <location filename="../ecoscim_field/cli_sync.py" line="66"/>
        <location filename="../ecoscim_field/cli_sync.py" line="97"/>
        <location filename="../ecoscim_field/cli_sync.py" line="103"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="42"/>
        <source>read the project passphrase from FILE (or set ECOSCIM_FIELD_PASSPHRASE); never give it on the command line</source>
        <translation>leer la frase de acceso del proyecto de ARCHIVO (o definir ECOSCIM_FIELD_PASSPHRASE); nunca la escriba en la línea de comandos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="48"/>
        <source>the project: create it (coordinator), join it, show it</source>
        <translation>el proyecto: crearlo (coordinación), unirse, mostrarlo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="50"/>
        <location filename="../ecoscim_field/cli_sync.py" line="77"/>
        <location filename="../ecoscim_field/cli_sync.py" line="114"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="54"/>
        <source>create a project with this laptop as its coordinator</source>
        <translation>crear un proyecto con esta computadora como coordinadora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="56"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="57"/>
        <source>the project&apos;s name</source>
        <translation>el nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="60"/>
        <source>where to write the project file for the team</source>
        <translation>dónde escribir el archivo de proyecto para el equipo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="64"/>
        <source>join the project of a project file</source>
        <translation>unirse al proyecto de un archivo de proyecto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="69"/>
        <source>show the project and this laptop&apos;s keys</source>
        <translation>mostrar el proyecto y las claves de esta computadora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="75"/>
        <source>bundles: export this laptop&apos;s changes, verify, merge</source>
        <translation>paquetes: exportar los cambios de esta computadora, verificar, fusionar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="81"/>
        <source>write the changes since the last export as a bundle</source>
        <translation>escribir como paquete los cambios desde la última exportación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="83"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="84"/>
        <source>the folder to write the bundle in</source>
        <translation>la carpeta donde escribir el paquete</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="86"/>
        <source>everything, not only what changed</source>
        <translation>todo, no solo lo que cambió</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="89"/>
        <source>split a larger bundle into parts of MB megabytes (default: the size set in Settings)</source>
        <translation>dividir un paquete más grande en partes de MB megabytes (predeterminado: el tamaño fijado en Configuración)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="95"/>
        <source>check bundles through and say what they hold</source>
        <translation>revisar paquetes a fondo y decir qué contienen</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="101"/>
        <source>verify bundles and merge them into the store</source>
        <translation>verificar paquetes y fusionarlos en el almacén</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="106"/>
        <source>accept bundles from a laptop this store does not know yet</source>
        <translation>aceptar paquetes de una computadora que este almacén aún no conoce</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="112"/>
        <source>edits made on two laptops at once: list and resolve</source>
        <translation>ediciones hechas en dos computadoras a la vez: listar y resolver</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="117"/>
        <source>list the conflicts still open</source>
        <translation>listar los conflictos aún abiertos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="121"/>
        <source>resolve a conflict</source>
        <translation>resolver un conflicto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="124"/>
        <source>the conflict&apos;s id (or its start)</source>
        <translation>el id del conflicto (o su inicio)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="128"/>
        <source>keep the version in the store now (winner) or the other (loser)</source>
        <translation>conservar la versión que está ahora en el almacén (winner) o la otra (loser)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="146"/>
        <source>The passphrase file {file} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo de frase de acceso {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="153"/>
        <source>Project passphrase: </source>
        <translation>Frase de acceso del proyecto: </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="154"/>
        <source>The same passphrase again: </source>
        <translation>La misma frase de acceso otra vez: </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="155"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="168"/>
        <source>A passphrase is needed: give --passphrase-file or set ECOSCIM_FIELD_PASSPHRASE.</source>
        <translation>Se necesita una frase de acceso: indique --passphrase-file o defina ECOSCIM_FIELD_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="179"/>
        <source>Project “{name}” created. Give {file} to each fieldworker; its fingerprint is {fingerprint}.</source>
        <translation>Proyecto «{name}» creado. Entregue {file} a cada entrevistador/a; su huella es {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="182"/>
        <source>Keep the passphrase safe: without it no bundle can be opened.</source>
        <translation>Guarde bien la frase de acceso: sin ella no se puede abrir ningún paquete.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="194"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="198"/>
        <source>{file} is not a project file: {reason}</source>
        <translation>{file} no es un archivo de proyecto: {reason}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="208"/>
        <source>This laptop is now part of “{name}” (fingerprint {fingerprint}: check it with the coordinator).</source>
        <translation>Esta computadora ya forma parte de «{name}» (huella {fingerprint}: compruébela con la coordinación).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="213"/>
        <source>This laptop was already part of “{name}”.</source>
        <translation>Esta computadora ya formaba parte de «{name}».</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="227"/>
        <source>This laptop is not part of a project yet (see “project join”).</source>
        <translation>Esta computadora aún no forma parte de un proyecto (vea «project join»).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="229"/>
        <source>coordinator</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="230"/>
        <source>fieldworker</source>
        <translation>entrevistador/a</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="231"/>
        <source>Project “{name}” ({id}), fingerprint {fingerprint}; this laptop: {role}.</source>
        <translation>Proyecto «{name}» ({id}), huella {fingerprint}; esta computadora: {role}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="234"/>
        <source>This laptop: {id}, signing key {fingerprint}.</source>
        <translation>Esta computadora: {id}, clave de firma {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="244"/>
        <source>The part size is in megabytes and at least 1.</source>
        <translation>El tamaño de parte va en megabytes y es al menos 1.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="257"/>
        <source>Nothing has changed since the last bundle: nothing to send.</source>
        <translation>Nada cambió desde el último paquete: no hay nada que enviar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="261"/>
        <source>Bundle {seq}: %n record(s)</source>
        <translation>
            <numerusform>Paquete {seq}: %n registro</numerusform>
            <numerusform>Paquete {seq}: %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="262"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n eliminación</numerusform>
            <numerusform>%n eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="263"/>
        <source>%n audio file(s)</source>
        <translation>
            <numerusform>%n archivo de audio</numerusform>
            <numerusform>%n archivos de audio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="264"/>
        <source>, {mb:.1f} MB.</source>
        <translation>, {mb:.1f} MB.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="306"/>
        <source>{file}: no such file.</source>
        <translation>{file}: no existe ese archivo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="348"/>
        <source>  Already merged on {when}: nothing changed.</source>
        <translation>  Ya se fusionó el {when}: nada cambió.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="351"/>
        <source>  Merged: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {refused} refused.</source>
        <translation>  Fusionado: {added} añadidos, {updated} actualizados, {unchanged} sin cambios, {conflicts} conflictos, {refused} rechazados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="355"/>
        <source>  A consent withdrawal removed %n recording(s) or note(s).</source>
        <translation>
            <numerusform>  Un retiro de consentimiento eliminó %n grabación o nota.</numerusform>
            <numerusform>  Un retiro de consentimiento eliminó %n grabaciones o notas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="358"/>
        <source>  See them with “conflicts list”.</source>
        <translation>  Véalos con «conflicts list».</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="360"/>
        <source>Device {device}: the bundles between {after} and {before} have not arrived.</source>
        <translation>Equipo {device}: no han llegado los paquetes entre el {after} y el {before}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="369"/>
        <source>{file}: bundle {seq} of {device} ({person}), made {when}: valid.</source>
        <translation>{file}: paquete {seq} de {device} ({person}), hecho {when}: válido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="376"/>
        <source>  %n record(s) in {path}</source>
        <translation>
            <numerusform>  %n registro en {path}</numerusform>
            <numerusform>  %n registros en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="382"/>
        <source>  %n audio file(s), {mb:.1f} MB</source>
        <translation>
            <numerusform>  %n archivo de audio, {mb:.1f} MB</numerusform>
            <numerusform>  %n archivos de audio, {mb:.1f} MB</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="400"/>
        <source>No conflicts are open.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="403"/>
        <source>{id}  {table} {record}: kept the version of {winner}; the version of {loser} differs in: {fields}</source>
        <translation>{id}  {table} {record}: se conservó la versión de {winner}; la versión de {loser} difiere en: {fields}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="428"/>
        <source>No open conflict has the id “{id}” (see “conflicts list”).</source>
        <translation>Ningún conflicto abierto tiene el id «{id}» (vea «conflicts list»).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="431"/>
        <source>Conflict {id} resolved; the resolution travels in the next bundle.</source>
        <translation>Conflicto {id} resuelto; la resolución viaja en el próximo paquete.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="18"/>
        <source>this laptop is not part of a project yet; import the project file first (“project join FILE”)</source>
        <translation>esta computadora aún no forma parte de un proyecto; importe primero el archivo de proyecto («project join ARCHIVO»)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="23"/>
        <source>it is not an ECOSCIM Field bundle</source>
        <translation>no es un paquete de ECOSCIM Field</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="24"/>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="27"/>
        <source>it was made by a newer version of the app; update the app to read it</source>
        <translation>lo hizo una versión más nueva de la aplicación; actualice la aplicación para leerlo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="30"/>
        <source>it is incomplete (cut short while copying?); copy it again</source>
        <translation>está incompleto (¿se cortó al copiarlo?); cópielo de nuevo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="33"/>
        <source>it is damaged or has been changed ({detail}); ask for it again</source>
        <translation>está dañado o fue modificado ({detail}); pídalo de nuevo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="36"/>
        <source>it was not encrypted for this laptop nor with this project&apos;s key</source>
        <translation>no se cifró para esta computadora ni con la clave de este proyecto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="39"/>
        <source>it is encrypted to the project&apos;s key: give the project passphrase (--passphrase-file or ECOSCIM_FIELD_PASSPHRASE)</source>
        <translation>está cifrado con la clave del proyecto: indique la frase de acceso del proyecto (--passphrase-file o ECOSCIM_FIELD_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="45"/>
        <source>it belongs to another project</source>
        <translation>pertenece a otro proyecto</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="46"/>
        <source>it holds a file it must not hold ({detail})</source>
        <translation>contiene un archivo que no debe contener ({detail})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="47"/>
        <source>a file in it does not have the size its list says ({detail})</source>
        <translation>un archivo suyo no tiene el tamaño que dice su lista ({detail})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="50"/>
        <source>a file in it does not match its checksum ({detail})</source>
        <translation>un archivo suyo no coincide con su suma de verificación ({detail})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="51"/>
        <source>its signature is not valid: it may have been tampered with</source>
        <translation>su firma no es válida: pudo haber sido alterado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="54"/>
        <source>it comes from a laptop this store does not know ({detail}); if you expected it, merge again with --trust-new-device</source>
        <translation>viene de una computadora que este almacén no conoce ({detail}); si lo esperaba, fusiónelo de nuevo con --trust-new-device</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="60"/>
        <source>it is signed with a key that is not the one this store knows for that laptop ({detail})</source>
        <translation>está firmado con una clave que no es la que este almacén conoce para esa computadora ({detail})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="65"/>
        <source>it declares far more than it holds ({detail}): it is incomplete or forged</source>
        <translation>declara mucho más de lo que contiene ({detail}): está incompleto o falsificado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="68"/>
        <source>its records are malformed ({detail})</source>
        <translation>sus registros están mal formados ({detail})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="69"/>
        <source>a part of it is missing ({detail})</source>
        <translation>le falta una parte ({detail})</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="70"/>
        <source>a different bundle with the same number ({detail}) from that laptop was merged before</source>
        <translation>antes se fusionó un paquete distinto con el mismo número ({detail}) de esa computadora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="74"/>
        <source>the recording {detail} is damaged; run “doctor”</source>
        <translation>la grabación {detail} está dañada; ejecute «doctor»</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="76"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="83"/>
        <source>Bundle {file} refused: {reason}. Nothing was changed.</source>
        <translation>Paquete {file} rechazado: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="86"/>
        <source>Refused: {reason}. Nothing was changed.</source>
        <translation>Rechazado: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="91"/>
        <source>The passphrase does not open the project&apos;s key (at least 8 characters when it is made).</source>
        <translation>La frase de acceso no abre la clave del proyecto (al crearla, al menos 8 caracteres).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="96"/>
        <source>This laptop does not hold the project&apos;s private key: only the coordinator&apos;s laptop merges fieldworkers&apos; bundles.</source>
        <translation>Esta computadora no tiene la clave privada del proyecto: solo la computadora de coordinación fusiona los paquetes de las y los entrevistadores.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="102"/>
        <source>This store already belongs to the project “{detail}”; use another data folder (--data-dir) for another project.</source>
        <translation>Este almacén ya pertenece al proyecto «{detail}»; use otra carpeta de datos (--data-dir) para otro proyecto.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="108"/>
        <source>The key file {detail} cannot be read.</source>
        <translation>No se puede leer el archivo de clave {detail}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="109"/>
        <source>The project file is not valid: {detail}</source>
        <translation>El archivo de proyecto no es válido: {detail}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="110"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="113"/>
        <source>Your work travels to the coordinator as bundles through a shared folder whenever this laptop is back online; the coordinator&apos;s assignments come back the same way. Nothing to do but keep the folder chosen below.</source>
        <translation>Su trabajo viaja a la coordinación en paquetes a través de una carpeta compartida cada vez que esta computadora vuelve a estar en línea; las asignaciones de la coordinación regresan por el mismo camino. No hay nada que hacer más que mantener elegida la carpeta de abajo.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="118"/>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="119"/>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="120"/>
        <source>Waiting to go:</source>
        <translation>Por enviar:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="121"/>
        <source>Shared folder:</source>
        <translation>Carpeta compartida:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="123"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="124"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="125"/>
        <source>Write a bundle to a folder…</source>
        <translation>Escribir un paquete en una carpeta…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="126"/>
        <source>For places where nothing syncs: a USB stick the coordinator merges by hand.</source>
        <translation>Para lugares donde nada se sincroniza: una memoria USB que la coordinación fusiona a mano.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="128"/>
        <source>Last received from the coordinator</source>
        <translation>Lo último recibido de la coordinación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="129"/>
        <source>Bundles sent and received</source>
        <translation>Paquetes enviados y recibidos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="148"/>
        <source>None chosen yet: choose the folder your cloud client, network share or USB stick makes available.</source>
        <translation>Aún no hay ninguna: elija la carpeta que pone a su disposición su cliente de nube, su recurso de red o su memoria USB.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="152"/>
        <source>The last sync failed: {reason}. It will be tried again.</source>
        <translation>La última sincronización falló: {reason}. Se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="163"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="164"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="166"/>
        <source>%n bundle(s) in the outbox</source>
        <translation>
            <numerusform>%n paquete en la bandeja de salida</numerusform>
            <numerusform>%n paquetes en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="170"/>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="178"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="180"/>
        <source>Waiting for the recording to stop</source>
        <translation>Esperando a que termine la grabación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="181"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="181"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="182"/>
        <source>network unknown</source>
        <translation>red desconocida</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="183"/>
        <source>shared folder available</source>
        <translation>carpeta compartida disponible</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="184"/>
        <source>shared folder not available</source>
        <translation>carpeta compartida no disponible</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="190"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="191"/>
        <source>%n guide version(s)</source>
        <translation>
            <numerusform>%n versión de guía</numerusform>
            <numerusform>%n versiones de guía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="192"/>
        <source>%n consent-form version(s)</source>
        <translation>
            <numerusform>%n versión de formulario de consentimiento</numerusform>
            <numerusform>%n versiones de formulario de consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="193"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="194"/>
        <source>%n withdrawal(s)</source>
        <translation>
            <numerusform>%n retiro</numerusform>
            <numerusform>%n retiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="199"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n registro más</numerusform>
            <numerusform>%n registros más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="200"/>
        <source>{when}: {what}.</source>
        <translation>{when}: {what}.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="201"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="205"/>
        <source>%n recording(s) or note(s) removed</source>
        <translation>
            <numerusform>%n grabación o nota eliminada</numerusform>
            <numerusform>%n grabaciones o notas eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="210"/>
        <source>Withdrawal carried out: {detail}</source>
        <translation>Retiro aplicado: {detail}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="216"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="217"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="218"/>
        <source>Set aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="219"/>
        <source>Waiting for approval</source>
        <translation>Espera aprobación</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="235"/>
        <source>{added} added, {updated} updated, {conflicts} conflicts</source>
        <translation>{added} añadidos, {updated} actualizados, {conflicts} conflictos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="122"/>
        <source>This laptop&apos;s id:</source>
        <translation>Identificador de esta computadora:</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="126"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="126"/>
        <source>Hello, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="129"/>
        <source>Your appointments for the day, where to go and what to bring.</source>
        <translation>Sus citas del día, a dónde ir y qué llevar.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="133"/>
        <source>No interviews are planned for today.</source>
        <translation>No hay entrevistas planeadas para hoy.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="134"/>
        <source>Plan an interview…</source>
        <translation>Planear una entrevista…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="135"/>
        <source>case studies in this store</source>
        <translation>casos de estudio en este almacén</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="136"/>
        <source>changes waiting to be synced</source>
        <translation>cambios por sincronizar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="165"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="166"/>
        <source>Start interview</source>
        <translation>Iniciar entrevista</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="167"/>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="175"/>
        <source>To be recruited</source>
        <translation>Por reclutar</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="179"/>
        <source>Where: {place}</source>
        <translation>Dónde: {place}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="181"/>
        <source>Case study: {name}</source>
        <translation>Caso de estudio: {name}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="182"/>
        <source>Guide: {name}</source>
        <translation>Guía: {name}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="185"/>
        <source>Charged laptop and microphone.</source>
        <translation>Computadora y micrófono con carga.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="188"/>
        <source>No consent yet: take it before recording (form in {language}).</source>
        <translation>Aún sin consentimiento: tómelo antes de grabar (formato en {language}).</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="191"/>
        <source>Bring: {things}</source>
        <translation>Llevar: {things}</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="91"/>
        <source>Withdraw consent of {code}</source>
        <translation>Retirar el consentimiento de {code}</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="94"/>
        <source>A withdrawal is recorded as a new fact with its date; the consent record itself is kept. Afterwards you will be asked to remove the recordings and notes that the consent no longer covers.</source>
        <translation>El retiro se registra como un hecho nuevo con su fecha; el registro de consentimiento se conserva. Después se le pedirá eliminar las grabaciones y notas que el consentimiento ya no cubre.</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="99"/>
        <source>Withdraw all consent (no longer takes part)</source>
        <translation>Retirar todo el consentimiento (ya no participa)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="100"/>
        <source>Or withdraw only these items</source>
        <translation>O retirar solo estos puntos</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="102"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="103"/>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="104"/>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="105"/>
        <source>In writing</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="106"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="112"/>
        <source>Requested:</source>
        <translation>Solicitado:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="112"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="112"/>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="117"/>
        <source>Record withdrawal</source>
        <translation>Registrar retiro</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="15"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="16"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="17"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="18"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="19"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="20"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="21"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="22"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="23"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="24"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="25"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="26"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
</context>
</TS>
