<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/about_dialog.py" line="40"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/about_dialog.py" line="42"/>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version} · store schema {schema}&lt;/p&gt;&lt;p&gt;Fieldwork for the ECOSCIM research project (Empowering Citizen-Oriented Smart City Innovation in Mexico): plan interviews, take informed consent, record, take notes and sync, with or without a network.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="181"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="184"/>
        <source>Interviews by week and as a list, in Mexico City time; and which parts of the research design still have no interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="188"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="189"/>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="190"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="191"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="192"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="193"/>
        <source>Planned or confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="196"/>
        <source>Search code, name, place, case study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="197"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="198"/>
        <source>All appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="199"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="201"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="203"/>
        <source>Only from today on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="206"/>
        <source>Interviews done of those planned, per case study and stakeholder group. A dash marks a cell of the research design with no interview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="210"/>
        <source>Plan an interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="211"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="212"/>
        <source>Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="216"/>
        <source>{status}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="218"/>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="288"/>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="304"/>
        <source>{day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/agenda_page.py" line="310"/>
        <source>no interviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ecoscim_field/ui/app.py" line="39"/>
        <source>The app will close now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/app.py" line="48"/>
        <source>This installation of Qt for Python (PySide6 {version}) has a fault that closes the app without warning after some minutes of use. Recordings survive it, but reinstall the app before fieldwork (the README&apos;s set-up command installs a working version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="154"/>
        <source>Plan an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="154"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="157"/>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="158"/>
        <source>Or recruit from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="159"/>
        <source>Case study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="160"/>
        <source>Guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="161"/>
        <source>Starts (Mexico City time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="162"/>
        <source>Duration (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="163"/>
        <source>Alcaldía:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="164"/>
        <source>Colonia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="165"/>
        <source>Meeting point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="166"/>
        <source>Directions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="167"/>
        <source>Fieldworkers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="168"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="169"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="170"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="174"/>
        <source>(to be recruited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="175"/>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="176"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="179"/>
        <source>Why it was cancelled or did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="184"/>
        <source>An interview needs a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/appointment_dialog.py" line="188"/>
        <source>Say why, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsModel</name>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="45"/>
        <source>To be recruited: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="84"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="85"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="87"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="88"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="89"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="90"/>
        <source>Fieldworkers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="18"/>
        <source>No audio input device was found{detail}. Plug in a microphone, or choose another input in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="20"/>
        <source>The audio input could not be opened{detail}. Check that no other program uses it, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="22"/>
        <source>The audio input refuses this sample rate{detail}. Choose another rate in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="24"/>
        <source>The recordings folder cannot be written{detail}. Free some space or choose another data folder; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="27"/>
        <source>Audio is not available on this laptop{detail}. Install PortAudio (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="37"/>
        <source>The disk is full: recording stopped. Everything recorded until now is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="39"/>
        <source>The audio input stopped delivering sound (was it unplugged?). Everything recorded until now is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="41"/>
        <source>No sound arrived from the audio input. Check the microphone and its cable, or choose another input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/audio_messages.py" line="43"/>
        <source>The recording could not be written ({detail}). Everything recorded until now is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="34"/>
        <source>An interrupted recording was recovered: {file} ({seconds:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="50"/>
        <source>Audio input devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="52"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="53"/>
        <source>{index:&gt;3}  {name} [{api}], {channels} channel(s), {rate:.0f} Hz{default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="94"/>
        <source>The audio is kept in {folder} and will be saved as a normal file once there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_audio.py" line="97"/>
        <source>Recorded {file}: {seconds:.2f} s at {rate} Hz from {device}; peak {peak:.1f} dBFS, RMS {rms:.1f} dBFS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_audio.py" line="102"/>
        <source>%n input overflow(s): some audio was dropped.</source>
        <translation>
            <numerusform>%n input overflow: some audio was dropped.</numerusform>
            <numerusform>%n input overflows: some audio was dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStudiesModel</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="30"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="40"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="41"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="42"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="43"/>
        <source>Responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_model.py" line="44"/>
        <source>Alcaldías</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudiesPage</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="146"/>
        <source>Case studies and guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="149"/>
        <source>Smart City projects in Mexico City: who sponsors them, how far along they are, and where; and the interview guides for each stakeholder group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="153"/>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="154"/>
        <source>Interview guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="156"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="157"/>
        <source>Search guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="158"/>
        <source>Show older versions and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="159"/>
        <source>New case study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="160"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="163"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="161"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="168"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="162"/>
        <source>New guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="164"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="165"/>
        <source>Duplicate as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="166"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="167"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="212"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="220"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="212"/>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="220"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_studies_page.py" line="155"/>
        <source>Search by name, organisation or alcaldía…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudyDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="124"/>
        <source>New case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="124"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="125"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="126"/>
        <source>Links and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="127"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="129"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="130"/>
        <source>Short description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="131"/>
        <source>Sponsor / origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="132"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="133"/>
        <source>Responsible organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="134"/>
        <source>Alcaldías it covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="144"/>
        <source>Web pages, reports, contracts, press notes: a web address, or a file on this laptop or in the team&apos;s shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="148"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="149"/>
        <source>https://… or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="150"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="151"/>
        <source>Add a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="152"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="153"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="154"/>
        <source>Free notes about the case study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="158"/>
        <source>A case study needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/case_study_dialog.py" line="181"/>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../ecoscim_field/cli.py" line="69"/>
        <source>Unknown language “{lang}”. Available languages: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="90"/>
        <source>The command stopped: {reason} ({file}). What was saved before it stays in the store; free some space or fix the folder, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="148"/>
        <location filename="../ecoscim_field/cli.py" line="314"/>
        <location filename="../ecoscim_field/cli.py" line="328"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="150"/>
        <source>keep the whole store (database, recordings, outbox) in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="154"/>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="156"/>
        <source>interface language: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="162"/>
        <source>ECOSCIM Field: fieldwork for Smart City research in Mexico City. Without a command, opens the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="174"/>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="176"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="181"/>
        <source>fill an empty store with demo data in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="188"/>
        <source>multiply the demo data N times (for load tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="195"/>
        <source>check this laptop and its store before fieldwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="200"/>
        <source>list the audio input devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="206"/>
        <source>record a short test and print its duration and levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="213"/>
        <source>how long to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="218"/>
        <source>input device: its number or part of its name (see devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="225"/>
        <source>sample rate (default 16000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="232"/>
        <source>consent checks for the ethics committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="237"/>
        <source>audit: list every recording and note whose participant lacks the consent it needs (exit status 1 if there is any); forms: list the consent form versions; add-version: add a new version of a form from its template files, one per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="246"/>
        <location filename="../ecoscim_field/cli.py" line="265"/>
        <location filename="../ecoscim_field/cli.py" line="273"/>
        <location filename="../ecoscim_field/cli.py" line="289"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="247"/>
        <source>template files (JSON) for add-version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="252"/>
        <source>interview guides: list, export, import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="254"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="257"/>
        <source>list the guides and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="261"/>
        <source>write a guide to a file (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="263"/>
        <source>the guide&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="266"/>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="271"/>
        <source>read a guide file (a new version if the guide exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="278"/>
        <source>print the day&apos;s appointments, or write them as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="282"/>
        <source>the day (default: today in Mexico City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="285"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="286"/>
        <source>only this fieldworker&apos;s appointments (name or initials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="290"/>
        <source>write an iCalendar (.ics) file instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="301"/>
        <source>translators&apos; tools: update, compile or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="306"/>
        <source>update: extract strings into the .ts files; compile: build the .qm files; check: name every missing, unfinished, obsolete or broken translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="316"/>
        <source>the folder of .ts files (default: the app&apos;s translations folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="323"/>
        <source>render every screen and dialog, with demo data, to PNG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="329"/>
        <source>folder for the PNGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="360"/>
        <source>{count} screenshots written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="371"/>
        <source>--scale must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="376"/>
        <source>Demo data added to {folder}: {cases} case studies, {people} team members, {participants} participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="400"/>
        <source>Give a positive number of seconds and a rate of at least 8000 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="426"/>
        <source>no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="427"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="428"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="430"/>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="430"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="433"/>
        <source>{code}: {kind} {label}: consent item “{item}” {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli.py" line="442"/>
        <source>%n item(s) lack the consent they need.</source>
        <translation>
            <numerusform>%n item lacks the consent it needs.</numerusform>
            <numerusform>%n items lack the consent they need.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="444"/>
        <source>Every recording and note has the consent it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="465"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="467"/>
        <source>retired (readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="484"/>
        <source>Name the template files of the new version, one per language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="500"/>
        <source>The new version was not added: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="506"/>
        <source>Version {version} of {form} added; older versions are retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="548"/>
        <source>(older version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="550"/>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="564"/>
        <source>No guide has the id “{id}” (see “guide list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="534"/>
        <source>The file {file} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="571"/>
        <source>Guide written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="583"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="592"/>
        <source>Guide imported as version {version} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="607"/>
        <source>“{date}” is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="616"/>
        <source>ECOSCIM appointments {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli.py" line="619"/>
        <source>%n appointment(s) written to {file}.</source>
        <translation>
            <numerusform>%n appointment written to {file}.</numerusform>
            <numerusform>%n appointments written to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="626"/>
        <source>No appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="631"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="632"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="633"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="634"/>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="635"/>
        <source>Fieldworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="636"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="652"/>
        <source>Built {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="656"/>
        <source>The Qt translation tools failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="666"/>
        <source>missing (run “ecoscim-field i18n update”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="667"/>
        <source>not translated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="668"/>
        <source>obsolete (run “ecoscim-field i18n update”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="669"/>
        <source>placeholders differ from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="670"/>
        <source>not seen by lupdate (rewrite the code around this call, then update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="673"/>
        <source>lupdate does not see a plural here (say it with a class&apos;s tr(), then update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="685"/>
        <source>{file}: {done} of {total} strings translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="691"/>
        <source>{count} translation problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli.py" line="696"/>
        <source>All translations are in order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBar</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/code_bar.py" line="56"/>
        <source>More codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/code_bar.py" line="57"/>
        <source>Edit the codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/code_bar.py" line="71"/>
        <source>Ctrl+{digit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="89"/>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="89"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="93"/>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="94"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="95"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="96"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="97"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="98"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="104"/>
        <source>like the code above (or the next free)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="331"/>
        <source>Give the code a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="332"/>
        <source>A code with this name is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="333"/>
        <source>Choose a colour for the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="334"/>
        <source>Another code has this shortcut: choose another or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="337"/>
        <source>A shortcut is Ctrl and a digit from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="338"/>
        <source>A code cannot go under itself or one of its own codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="339"/>
        <source>The framework&apos;s dimensions stay in the codebook: they cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="342"/>
        <source>Notes use this code or codes sit under it: archive it instead, so the notes keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="346"/>
        <source>This code is archived: restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="174"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="176"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="178"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="179"/>
        <source>New code under this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="180"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="181"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="182"/>
        <source>Show archived codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="212"/>
        <source>{code} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="240"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/codebook_dialog.py" line="240"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="96"/>
        <source>Consent of {code} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="123"/>
        <source>This participant has given no consent to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="171"/>
        <source>The consent of {code} no longer covers {recordings} recording(s) and {notes} note(s). Remove them now, for good? An audit entry will say what was removed, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="176"/>
        <source>Remove withdrawn data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="181"/>
        <source>Not removed yet: the consent audit lists it until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="185"/>
        <source>consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="195"/>
        <source>Removed {recordings} recording(s) and {notes} note(s) of {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="214"/>
        <source>This participant has given no consent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="220"/>
        <source>Save the participant&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="238"/>
        <source>Participant&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="239"/>
        <source>The copy could not be saved in {folder} ({reason}). Choose another folder; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="245"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="298"/>
        <source>Template files of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="299"/>
        <source>Consent form templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_actions.py" line="317"/>
        <source>Version {version} of the consent form added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentAuditDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="56"/>
        <source>Consent audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="59"/>
        <source>%n recording(s) or note(s) lack the consent they need.</source>
        <translation>
            <numerusform>%n recording or note lacks the consent it needs.</numerusform>
            <numerusform>%n recordings or notes lack the consent they need.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="63"/>
        <source>Every recording and note has the consent it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>Consent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="65"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="67"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="69"/>
        <source>no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="70"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="71"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_audit_dialog.py" line="85"/>
        <source>Remove for the selected participant…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="214"/>
        <source>Consent of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="215"/>
        <source>Form language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="216"/>
        <source>How consent is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="217"/>
        <source>Signature on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="218"/>
        <source>Paper form, reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="219"/>
        <source>Verbally, on the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="220"/>
        <source>e.g. the number on the paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="223"/>
        <source>Witnessed by {name} ({initials}), {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="227"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="235"/>
        <source>%n item(s) not answered yet.</source>
        <translation>
            <numerusform>%n item not answered yet.</numerusform>
            <numerusform>%n items not answered yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="238"/>
        <source>The participant has not agreed to take part: consent cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="242"/>
        <source>The participant has not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_dialog.py" line="244"/>
        <source>Give the paper form&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentFormsDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="62"/>
        <source>Consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="64"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="64"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="66"/>
        <source>v{version} · {language} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="70"/>
        <source>Add a new version from files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="72"/>
        <source>One template file (JSON) per language; see resources/consent/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="74"/>
        <source>Only coordinators add form versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/consent_forms_dialog.py" line="85"/>
        <source>Ethics reference: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="220"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="222"/>
        <source>The team&apos;s bundles, laptops, conflicts, withdrawals and progress. What you change here (appointments, guides, consent forms, codes, withdrawals, resolutions) goes out to every laptop in your next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="225"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="225"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="225"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="226"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="226"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="228"/>
        <source>Unlock the project key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="229"/>
        <source>Merge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="230"/>
        <source>Approve this laptop and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="262"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="232"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="235"/>
        <source>Laptops whose bundles this store accepts. A new laptop&apos;s first bundle waits in the inbox until you approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="238"/>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="238"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="264"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="358"/>
        <source>Fieldworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="238"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="239"/>
        <source>Bundles merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="239"/>
        <source>Last merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="241"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="241"/>
        <source>In the store now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="241"/>
        <source>The other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="242"/>
        <source>Resolution (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="243"/>
        <source>Keep the version in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="244"/>
        <source>Take the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="245"/>
        <source>Save the edited resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="247"/>
        <source>A withdrawal received by phone or e-mail: record it by the pseudonym code. It is carried out here at once and on each laptop after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="249"/>
        <source>Pseudonym code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="250"/>
        <source>Withdraws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="251"/>
        <source>Everything (full withdrawal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="254"/>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="255"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="255"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="256"/>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="256"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="259"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="260"/>
        <source>Record and carry out the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="261"/>
        <source>Consent audit of the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="262"/>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="264"/>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="349"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="264"/>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Hours of audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="265"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="266"/>
        <source>Consent problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="285"/>
        <source>The project key is locked: the team&apos;s bundles wait until you unlock it with the project passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="287"/>
        <source>The project key is unlocked for this session: the team&apos;s bundles are merged as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="293"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="294"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="295"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="296"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="305"/>
        <source>{laptop}: the bundles between {after} and {before} have not arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="310"/>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="310"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="311"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="322"/>
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="324"/>
        <source>No conflicts: every laptop&apos;s edits fitted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="343"/>
        <source>{code}: %n recording(s) or note(s) removed</source>
        <translation>
            <numerusform>{code}: %n recording or note removed</numerusform>
            <numerusform>{code}: %n recordings or notes removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="350"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="351"/>
        <source>Participant&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="352"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="353"/>
        <source>Interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="354"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="355"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="356"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="357"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="365"/>
        <source>{added} added, {updated} updated, {conflicts} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/desk_page.py" line="414"/>
        <source>In the store now: the version of {kept_by} ({kept_at}). The other: the version of {other_by} ({other_at}). Neither knew of the other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="20"/>
        <source>laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="21"/>
        <source>team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="22"/>
        <source>audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="23"/>
        <source>case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="24"/>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="25"/>
        <source>identity records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="26"/>
        <source>consent form texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="27"/>
        <source>consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="28"/>
        <source>withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="29"/>
        <source>recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="30"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="31"/>
        <source>guide versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="32"/>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="33"/>
        <source>interview sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="34"/>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="35"/>
        <source>codes applied to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="42"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="43"/>
        <source>fieldworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="51"/>
        <source>The store failed SQLite&apos;s integrity check: {details}. Stop using this laptop for fieldwork and ask your coordinator to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="56"/>
        <source>There is no store in {folder} yet; the app creates it at first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="59"/>
        <source>The store uses schema {found}; the app upgrades it to {head} (after a backup copy) the next time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="64"/>
        <source>No fieldworker profile is set on this laptop yet: open the app to set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="67"/>
        <source>Only {free} of disk space is free: a day of recordings may not fit. Free some space before fieldwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="72"/>
        <source>No audio input device was found: connect a microphone before fieldwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="75"/>
        <source>The audio system is not available ({reason}): nothing can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="78"/>
        <source>Damaged or missing audio files: {files}. The rest of the store is usable; ask your coordinator for the copies from the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_doctor.py" line="84"/>
        <source>%n interrupted recording(s) will be saved as normal files the next time the app or a command opens the store.</source>
        <translation>
            <numerusform>%n interrupted recording will be saved as a normal file the next time the app or a command opens the store.</numerusform>
            <numerusform>%n interrupted recordings will be saved as normal files the next time the app or a command opens the store.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="90"/>
        <source>The installed Qt for Python (PySide6 {binding}) closes the app without warning after some minutes of use on this Python. Reinstall the app with the README&apos;s set-up command before fieldwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="97"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="98"/>
        <source>not readable as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="99"/>
        <source>changed since it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="116"/>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="119"/>
        <source>no store yet (this app writes schema {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="121"/>
        <source>{found} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="123"/>
        <source>{found} (this app writes {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="126"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="130"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="131"/>
        <source>Store size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="133"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="135"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="137"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="138"/>
        <source>Integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="140"/>
        <source>Free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="143"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="145"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="152"/>
        <source>Audio input devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="153"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="155"/>
        <source>Laptop id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="159"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="167"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="174"/>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="177"/>
        <source>ECOSCIM Field doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="181"/>
        <source>Warnings (fix before fieldwork):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="182"/>
        <source>Problems (the store is not safe to use):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="191"/>
        <source>Result: NOT SAFE. Fix the problems above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="193"/>
        <source>Result: usable, with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_doctor.py" line="195"/>
        <source>Result: ready for fieldwork.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="112"/>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="115"/>
        <source>This laptop needs to know who works on it. Your name appears on the consent records you witness and on the work you send to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="120"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="121"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="122"/>
        <source>Import the project file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="127"/>
        <source>The project file from the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="128"/>
        <source>Project files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="148"/>
        <source>“{name}”. Fingerprint {fingerprint}: check it with the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="152"/>
        <source>{file} is not a project file. Ask the coordinator for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="155"/>
        <source>Optional: the coordinator gives you this file. You can also import it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="312"/>
        <source>New interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="312"/>
        <source>Edit interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="315"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="316"/>
        <source>Stakeholder group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="317"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="318"/>
        <source>Case study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="319"/>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="320"/>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="321"/>
        <source>Probes (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="322"/>
        <source>Note to the interviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="328"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="330"/>
        <source>Interviews have used this version of the guide. Saving keeps that version as it is and saves your changes as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="332"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="333"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="334"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="335"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="336"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="337"/>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="435"/>
        <source>Core question (must be covered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="338"/>
        <source>Select a section or a question to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="339"/>
        <source>Drag sections and questions to reorder them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="340"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="341"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="461"/>
        <source>A guide needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="464"/>
        <source>A guide needs at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="467"/>
        <source>Section {number} needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="469"/>
        <source>Section {number} needs at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="473"/>
        <source>Question {number} needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="548"/>
        <source>core question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="550"/>
        <source>any case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="553"/>
        <source>(untitled guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="557"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guide_editor.py" line="561"/>
        <source>(new question)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="31"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="36"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="37"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="37"/>
        <source>older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="52"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="53"/>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="54"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="55"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="56"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/guides_model.py" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="237"/>
        <source>no guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="238"/>
        <source>Interview with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="239"/>
        <source>Interview with {who} · {guide}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="241"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="242"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="243"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="244"/>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="245"/>
        <source>Next question (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="246"/>
        <source>Mark this moment (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="247"/>
        <source>Type a note and press Enter: it is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="249"/>
        <source>Codes go on the chosen note (the newest one unless you pick another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="253"/>
        <source>Finish the interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="254"/>
        <source>Record the consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="255"/>
        <source>Audio refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="261"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="261"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="263"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="263"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="268"/>
        <source>This participant has not agreed to audio recording: take notes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="272"/>
        <source>No consent recorded yet. You may start recording for the consent statement; record the consent right after it. If audio is refused, the recording is deleted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="279"/>
        <source>Input: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="286"/>
        <source>Too loud: the sound is clipping. Move the microphone away a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="299"/>
        <source>Connect a microphone and press Record to go on: the recording continues as a further segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="306"/>
        <source>Disk space for about {minutes} more minutes of recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="310"/>
        <source>Audio refused: %n recording(s) of this interview were deleted. Go on with notes only.</source>
        <translation>
            <numerusform>Audio refused: %n recording of this interview was deleted. Go on with notes only.</numerusform>
            <numerusform>Audio refused: %n recordings of this interview were deleted. Go on with notes only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="401"/>
        <source>(marked moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="447"/>
        <source>Type a note first: codes go on a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="143"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="145"/>
        <source>Recordings, notes stamped with the audio time, and your reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="147"/>
        <source>No interviews have been held with this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="149"/>
        <source>Search all notes (accents and capitals do not matter)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="151"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="152"/>
        <source>Codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="180"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="23"/>
        <source>State-sponsored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="24"/>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="25"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="26"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="32"/>
        <source>Anticipation and conception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="33"/>
        <source>Development and implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="34"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="40"/>
        <source>Fieldworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="41"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="47"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="48"/>
        <source>Non-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="49"/>
        <source>Operator / implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="50"/>
        <source>Public official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="51"/>
        <source>Civil society organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="52"/>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="53"/>
        <source>Academia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="59"/>
        <source>No consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="60"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="61"/>
        <source>Partly withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="62"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="68"/>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="69"/>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="70"/>
        <source>Verbatim quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="71"/>
        <source>Anonymised quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="72"/>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="73"/>
        <source>Contact for workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="79"/>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="80"/>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="81"/>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="82"/>
        <source>reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="89"/>
        <source>Anticipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="90"/>
        <source>Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="91"/>
        <source>Reflexivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="92"/>
        <source>Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="93"/>
        <source>Equity and social justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="100"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="101"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="102"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="103"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/labels.py" line="104"/>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="173"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="174"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="175"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="176"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="177"/>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="178"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="179"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="185"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="187"/>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="193"/>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="196"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="198"/>
        <source>%n bundle(s) in the outbox</source>
        <translation>
            <numerusform>%n bundle in the outbox</numerusform>
            <numerusform>%n bundles in the outbox</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="207"/>
        <source>Network: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="209"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="209"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="211"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="213"/>
        <source>sync after the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="215"/>
        <source>last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="219"/>
        <source>synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="425"/>
        <source>This appointment has no participant yet: register the participant and choose them in the appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="429"/>
        <source>This participant has withdrawn from the study: no interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="579"/>
        <source>The store was upgraded to this version; a copy of the old one is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="590"/>
        <source>%n recording(s) interrupted last time (the laptop or the app stopped) were saved as normal files, marked as recovered:</source>
        <translation>
            <numerusform>%n recording interrupted last time (the laptop or the app stopped) was saved as a normal file, marked as recovered:</numerusform>
            <numerusform>%n recordings interrupted last time (the laptop or the app stopped) were saved as normal files, marked as recovered:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="644"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="689"/>
        <source>Sync failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="692"/>
        <source>Synced: %n bundle(s) sent</source>
        <translation>
            <numerusform>Synced: %n bundle sent</numerusform>
            <numerusform>Synced: %n bundles sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="693"/>
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n record received</numerusform>
            <numerusform>%n records received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="695"/>
        <source>%n bundle(s) set aside</source>
        <translation>
            <numerusform>%n bundle set aside</numerusform>
            <numerusform>%n bundles set aside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="726"/>
        <source>Unlock the project key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="726"/>
        <source>Project passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="771"/>
        <source>This resolution cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="775"/>
        <source>Conflict resolved; the resolution goes to every laptop in your next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="794"/>
        <source>Withdrawal of {code} recorded: %n recording(s) or note(s) removed here; each laptop removes its copies after its next sync.</source>
        <translation>
            <numerusform>Withdrawal of {code} recorded: %n recording or note removed here; each laptop removes its copies after its next sync.</numerusform>
            <numerusform>Withdrawal of {code} recorded: %n recordings or notes removed here; each laptop removes its copies after its next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="806"/>
        <source>No participant has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="808"/>
        <source>{code} never gave consent: there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="817"/>
        <source>The shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="831"/>
        <source>Write the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="848"/>
        <source>%n bundle file(s) written to {folder}</source>
        <translation>
            <numerusform>%n bundle file written to {folder}</numerusform>
            <numerusform>%n bundle files written to {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/main_window.py" line="861"/>
        <source>The bundle cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="134"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="137"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="138"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="144"/>
        <source>Stamped at {at} in the audio, typed at {time}: the stamp stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="112"/>
        <source>Participant {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="114"/>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="116"/>
        <source>Research data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="117"/>
        <source>Identifying data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="119"/>
        <source>Kept apart on this laptop; never part of a research export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="122"/>
        <source>Pseudonym code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="123"/>
        <source>Stakeholder group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="124"/>
        <source>Case study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="125"/>
        <source>Alcaldía:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="126"/>
        <source>Colonia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="127"/>
        <source>Preferred language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="128"/>
        <source>Age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="129"/>
        <source>Gender (in their own words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="130"/>
        <source>Uses the project&apos;s service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="131"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="132"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="133"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="134"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="135"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="141"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="142"/>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="143"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="144"/>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="144"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_dialog.py" line="144"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantFacing</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="15"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="16"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="17"/>
        <source>Please sign here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="18"/>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="19"/>
        <source>Your pseudonym code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="20"/>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="21"/>
        <source>withdrawn since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="22"/>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="23"/>
        <source>Witnessed by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="24"/>
        <source>Your signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="25"/>
        <source>Consent given on a paper form (reference {ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="28"/>
        <source>Consent given verbally, on the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="29"/>
        <source>How to withdraw your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participant_words.py" line="30"/>
        <source>Ethics approval: {ref} · form version {v}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="107"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="108"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="109"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="110"/>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="111"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="112"/>
        <source>Alcaldía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_model.py" line="113"/>
        <source>Colonia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="118"/>
        <source>Participants and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="121"/>
        <source>Participants are known by their pseudonym code; names and contact details stay on this laptop and never go into research exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="125"/>
        <source>Search by code, name or colonia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="128"/>
        <source>All stakeholder groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="131"/>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="228"/>
        <source>All case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="134"/>
        <source>Any consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="137"/>
        <source>New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="138"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="139"/>
        <source>Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="140"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="141"/>
        <source>Take the participant&apos;s informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="142"/>
        <source>PDF copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="143"/>
        <source>Interview now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="144"/>
        <source>A walk-in interview with this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="145"/>
        <source>A copy of the consent for the participant, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="146"/>
        <source>Consent audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="147"/>
        <source>Consent forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/participants_page.py" line="181"/>
        <source>{shown} of {total} participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="137"/>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="150"/>
        <source>Plan an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="151"/>
        <source>Please check before saving:
{warnings}

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="159"/>
        <source>The time is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="161"/>
        <source>{name} has another interview at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="162"/>
        <source>{code} already has an interview at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="167"/>
        <source>This participant has withdrawn from the study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="169"/>
        <source>Choose a participant, or a stakeholder group to recruit from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="170"/>
        <source>An interview needs a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="173"/>
        <source>Interview planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="173"/>
        <source>Appointment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="187"/>
        <source>Why is the interview cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="189"/>
        <source>What happened? (The participant did not come.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="204"/>
        <source>Appointment marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="215"/>
        <source>No appointments to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="221"/>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="241"/>
        <source>Export the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="222"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="227"/>
        <source>ECOSCIM interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="242"/>
        <source>{file} could not be written ({reason}). Choose another folder; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/today/planning_actions.py" line="249"/>
        <source>%n appointment(s) written to {file}</source>
        <translation>
            <numerusform>%n appointment written to {file}</numerusform>
            <numerusform>%n appointments written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="57"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="58"/>
        <source>Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/shell/first_start_dialog.py" line="59"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="125"/>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="157"/>
        <source>{done} done, {planned} still planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="167"/>
        <source>(no case study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/agenda/appointments_model.py" line="169"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="74"/>
        <source>After the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="76"/>
        <source>Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="77"/>
        <source>Atmosphere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="78"/>
        <source>Interruptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interview_window.py" line="79"/>
        <source>Follow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="507"/>
        <source>No speakers or headphones were found: connect some to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="510"/>
        <source>The speakers could not be opened ({detail}). Try another output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="513"/>
        <source>The audio system is not available ({detail}): nothing can be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="516"/>
        <source>An audio file of this interview is missing ({detail}); run `ecoscim-field doctor` and ask your coordinator for the copy from the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="255"/>
        <source>Review of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="256"/>
        <source>Back 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="257"/>
        <source>Forward 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="258"/>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="259"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="261"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="262"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="270"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="270"/>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="291"/>
        <source>{start}, {length} of audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="294"/>
        <source>includes recovered audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="296"/>
        <source>no audio was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="297"/>
        <source>no guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="300"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="301"/>
        <source>Atmosphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="302"/>
        <source>Interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="303"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="307"/>
        <source>No reflection was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="339"/>
        <source>(marked moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="340"/>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/review_window.py" line="388"/>
        <source>Choose a note first: codes go on a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="50"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="51"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="53"/>
        <source>recovered audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="55"/>
        <source>consent to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="58"/>
        <source>%n segment(s), {time}</source>
        <translation>
            <numerusform>%n segment, {time}</numerusform>
            <numerusform>%n segments, {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="71"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="72"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="73"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="74"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="75"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/interviews/interviews_page.py" line="76"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="204"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="205"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="207"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="208"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="209"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="210"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="214"/>
        <source>The app will use the new folder from its next start. The current store stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="220"/>
        <source>The database, recordings and outgoing bundles live here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="222"/>
        <source>Split bundles larger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="223"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="224"/>
        <source>A USB stick formatted FAT32 takes files of up to 4,000 MB; the parts merge as one bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="226"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="227"/>
        <source>Record from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="228"/>
        <source>Recording quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="232"/>
        <source>{khz} kHz, FLAC mono (about {mb} MB an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="236"/>
        <source>{rate}: enough for speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="238"/>
        <source>Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="239"/>
        <source>Test the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="240"/>
        <source>Play reviews on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="264"/>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="306"/>
        <source>System default input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="313"/>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="346"/>
        <source>{name} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="320"/>
        <source>Looking for audio devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="323"/>
        <source>The audio system is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="329"/>
        <source>No microphone found. Connect one before the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="332"/>
        <source>%n input device(s) found.</source>
        <translation>
            <numerusform>%n input device found.</numerusform>
            <numerusform>%n input devices found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="339"/>
        <source>System default output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="415"/>
        <source>Speak into the microphone after pressing Test: the bar should move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="419"/>
        <source>Too loud: the sound is clipped. Move the microphone further away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/settings/settings_dialog.py" line="423"/>
        <source>Listening to {device}. Speak: the bar should move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="24"/>
        <source>The data folder {folder} cannot be written to. Nothing was changed. Fix the folder&apos;s permissions, or choose another data folder (--data-dir, or Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="31"/>
        <source>The disk that holds the data folder {folder} is full. Nothing was changed. Free some space on it, or choose a data folder on another disk, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="37"/>
        <source>The file {path} is damaged or is not an ECOSCIM Field store, so it was not opened and was left untouched. Restore a copy from {backups} or ask your coordinator for help; to start afresh, choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="44"/>
        <source>The file {path} belongs to another program, not to ECOSCIM Field, so it was left untouched. Choose another data folder (--data-dir, or Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="50"/>
        <source>The store in {folder} was written by a newer version of ECOSCIM Field (schema {schema}). Update the app to open it; the store was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="56"/>
        <source>The store in {folder} already holds data. Demo data is only added to an empty store: choose another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="62"/>
        <source>The data folder {folder} cannot be created ({detail}). Choose another data folder (--data-dir, or Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="73"/>
        <source>The consent form template {file} cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="80"/>
        <source>The guide file {file} cannot be imported (line {line}): {problem}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="86"/>
        <source>The guide file {file} cannot be imported: {problem}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="97"/>
        <location filename="../ecoscim_field/i18n/messages.py" line="98"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="99"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="100"/>
        <location filename="../ecoscim_field/i18n/messages.py" line="101"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/messages.py" line="102"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyActions</name>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="89"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="90"/>
        <source>Another case study is already called “{name}”. Choose another name; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="92"/>
        <source>A case study needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="98"/>
        <source>Case study saved: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="110"/>
        <source>Case study archived: it is no longer offered for new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="111"/>
        <source>Case study brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="117"/>
        <source>Delete case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="118"/>
        <source>Delete this case study? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="141"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="143"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="144"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="148"/>
        <source>This case study cannot be deleted: {uses} refer to it. Archive it instead? It will no longer be offered for new plans; everything about it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="154"/>
        <source>Case study deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="158"/>
        <source>Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="224"/>
        <source>Saved as version {version}: interviews used the earlier version, which stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="226"/>
        <source>Guide saved: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="240"/>
        <source>New version made; edit it as you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="247"/>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="273"/>
        <source>Import an interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="248"/>
        <source>Interview guides (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="268"/>
        <source>The file {file} cannot be read ({reason}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="278"/>
        <source>Imported {file} as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="297"/>
        <source>Export an interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="299"/>
        <source>Interview guides (*.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="313"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="314"/>
        <source>{file} could not be written ({reason}). Choose another folder; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="320"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="331"/>
        <source>Guide archived: it is no longer offered for new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="332"/>
        <source>Guide brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="338"/>
        <source>Delete guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="339"/>
        <source>Delete this version of the guide? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="358"/>
        <source>Interviews used this version of the guide, so it cannot be deleted. Archive it instead? It will no longer be offered for new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/casestudies/study_actions.py" line="363"/>
        <source>Guide deleted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="42"/>
        <source>read the project passphrase from FILE (or set ECOSCIM_FIELD_PASSPHRASE); never give it on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="48"/>
        <source>the project: create it (coordinator), join it, show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="50"/>
        <location filename="../ecoscim_field/cli_sync.py" line="77"/>
        <location filename="../ecoscim_field/cli_sync.py" line="114"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="54"/>
        <source>create a project with this laptop as its coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="56"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="57"/>
        <source>the project&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="60"/>
        <source>where to write the project file for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="64"/>
        <source>join the project of a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="69"/>
        <source>show the project and this laptop&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="75"/>
        <source>bundles: export this laptop&apos;s changes, verify, merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="81"/>
        <source>write the changes since the last export as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="83"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="84"/>
        <source>the folder to write the bundle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="86"/>
        <source>everything, not only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="89"/>
        <source>split a larger bundle into parts of MB megabytes (default: the size set in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="95"/>
        <source>check bundles through and say what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="101"/>
        <source>verify bundles and merge them into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="106"/>
        <source>accept bundles from a laptop this store does not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="112"/>
        <source>edits made on two laptops at once: list and resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="117"/>
        <source>list the conflicts still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="121"/>
        <source>resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="124"/>
        <source>the conflict&apos;s id (or its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="128"/>
        <source>keep the version in the store now (winner) or the other (loser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="146"/>
        <source>The passphrase file {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="153"/>
        <source>Project passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="154"/>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="155"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="168"/>
        <source>A passphrase is needed: give --passphrase-file or set ECOSCIM_FIELD_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="179"/>
        <source>Project “{name}” created. Give {file} to each fieldworker; its fingerprint is {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="182"/>
        <source>Keep the passphrase safe: without it no bundle can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="194"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="198"/>
        <source>{file} is not a project file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="208"/>
        <source>This laptop is now part of “{name}” (fingerprint {fingerprint}: check it with the coordinator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="213"/>
        <source>This laptop was already part of “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="227"/>
        <source>This laptop is not part of a project yet (see “project join”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="229"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="230"/>
        <source>fieldworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="231"/>
        <source>Project “{name}” ({id}), fingerprint {fingerprint}; this laptop: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="234"/>
        <source>This laptop: {id}, signing key {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="244"/>
        <source>The part size is in megabytes and at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="257"/>
        <source>Nothing has changed since the last bundle: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="261"/>
        <source>Bundle {seq}: %n record(s)</source>
        <translation>
            <numerusform>Bundle {seq}: %n record</numerusform>
            <numerusform>Bundle {seq}: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="262"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="263"/>
        <source>%n audio file(s)</source>
        <translation>
            <numerusform>%n audio file</numerusform>
            <numerusform>%n audio files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="264"/>
        <source>, {mb:.1f} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="306"/>
        <source>{file}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="348"/>
        <source>  Already merged on {when}: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="351"/>
        <source>  Merged: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="355"/>
        <source>  A consent withdrawal removed %n recording(s) or note(s).</source>
        <translation>
            <numerusform>  A consent withdrawal removed %n recording or note.</numerusform>
            <numerusform>  A consent withdrawal removed %n recordings or notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="358"/>
        <source>  See them with “conflicts list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="360"/>
        <source>Device {device}: the bundles between {after} and {before} have not arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="369"/>
        <source>{file}: bundle {seq} of {device} ({person}), made {when}: valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="376"/>
        <source>  %n record(s) in {path}</source>
        <translation>
            <numerusform>  %n record in {path}</numerusform>
            <numerusform>  %n records in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/cli_sync.py" line="382"/>
        <source>  %n audio file(s), {mb:.1f} MB</source>
        <translation>
            <numerusform>  %n audio file, {mb:.1f} MB</numerusform>
            <numerusform>  %n audio files, {mb:.1f} MB</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="400"/>
        <source>No conflicts are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="403"/>
        <source>{id}  {table} {record}: kept the version of {winner}; the version of {loser} differs in: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="428"/>
        <source>No open conflict has the id “{id}” (see “conflicts list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/cli_sync.py" line="431"/>
        <source>Conflict {id} resolved; the resolution travels in the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="18"/>
        <source>this laptop is not part of a project yet; import the project file first (“project join FILE”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="23"/>
        <source>it is not an ECOSCIM Field bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="24"/>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="27"/>
        <source>it was made by a newer version of the app; update the app to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="30"/>
        <source>it is incomplete (cut short while copying?); copy it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="33"/>
        <source>it is damaged or has been changed ({detail}); ask for it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="36"/>
        <source>it was not encrypted for this laptop nor with this project&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="39"/>
        <source>it is encrypted to the project&apos;s key: give the project passphrase (--passphrase-file or ECOSCIM_FIELD_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="45"/>
        <source>it belongs to another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="46"/>
        <source>it holds a file it must not hold ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="47"/>
        <source>a file in it does not have the size its list says ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="50"/>
        <source>a file in it does not match its checksum ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="51"/>
        <source>its signature is not valid: it may have been tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="54"/>
        <source>it comes from a laptop this store does not know ({detail}); if you expected it, merge again with --trust-new-device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="60"/>
        <source>it is signed with a key that is not the one this store knows for that laptop ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="65"/>
        <source>it declares far more than it holds ({detail}): it is incomplete or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="68"/>
        <source>its records are malformed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="69"/>
        <source>a part of it is missing ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="70"/>
        <source>a different bundle with the same number ({detail}) from that laptop was merged before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="74"/>
        <source>the recording {detail} is damaged; run “doctor”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="76"/>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="83"/>
        <source>Bundle {file} refused: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="86"/>
        <source>Refused: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="91"/>
        <source>The passphrase does not open the project&apos;s key (at least 8 characters when it is made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="96"/>
        <source>This laptop does not hold the project&apos;s private key: only the coordinator&apos;s laptop merges fieldworkers&apos; bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="102"/>
        <source>This store already belongs to the project “{detail}”; use another data folder (--data-dir) for another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="108"/>
        <source>The key file {detail} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/sync_messages.py" line="109"/>
        <source>The project file is not valid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="110"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="113"/>
        <source>Your work travels to the coordinator as bundles through a shared folder whenever this laptop is back online; the coordinator&apos;s assignments come back the same way. Nothing to do but keep the folder chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="118"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="119"/>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="120"/>
        <source>Waiting to go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="121"/>
        <source>Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="123"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="124"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="125"/>
        <source>Write a bundle to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="126"/>
        <source>For places where nothing syncs: a USB stick the coordinator merges by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="128"/>
        <source>Last received from the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="129"/>
        <source>Bundles sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="131"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="148"/>
        <source>None chosen yet: choose the folder your cloud client, network share or USB stick makes available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="152"/>
        <source>The last sync failed: {reason}. It will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="163"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="164"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="166"/>
        <source>%n bundle(s) in the outbox</source>
        <translation>
            <numerusform>%n bundle in the outbox</numerusform>
            <numerusform>%n bundles in the outbox</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="170"/>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="178"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="180"/>
        <source>Waiting for the recording to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="181"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="181"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="182"/>
        <source>network unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="183"/>
        <source>shared folder available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="184"/>
        <source>shared folder not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="190"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="191"/>
        <source>%n guide version(s)</source>
        <translation>
            <numerusform>%n guide version</numerusform>
            <numerusform>%n guide versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="192"/>
        <source>%n consent-form version(s)</source>
        <translation>
            <numerusform>%n consent-form version</numerusform>
            <numerusform>%n consent-form versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="193"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="194"/>
        <source>%n withdrawal(s)</source>
        <translation>
            <numerusform>%n withdrawal</numerusform>
            <numerusform>%n withdrawals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="199"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="200"/>
        <source>{when}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="201"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="205"/>
        <source>%n recording(s) or note(s) removed</source>
        <translation>
            <numerusform>%n recording or note removed</numerusform>
            <numerusform>%n recordings or notes removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="210"/>
        <source>Withdrawal carried out: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="216"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="217"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="218"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="219"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="235"/>
        <source>{added} added, {updated} updated, {conflicts} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/sync/sync_page.py" line="122"/>
        <source>This laptop&apos;s id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="126"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="126"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="129"/>
        <source>Your appointments for the day, where to go and what to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="133"/>
        <source>No interviews are planned for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="134"/>
        <source>Plan an interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="135"/>
        <source>case studies in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="136"/>
        <source>changes waiting to be synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="165"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="166"/>
        <source>Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="167"/>
        <source>Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="175"/>
        <source>To be recruited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="179"/>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="181"/>
        <source>Case study: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="182"/>
        <source>Guide: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="185"/>
        <source>Charged laptop and microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="188"/>
        <source>No consent yet: take it before recording (form in {language}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/today/today_page.py" line="191"/>
        <source>Bring: {things}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="91"/>
        <source>Withdraw consent of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="94"/>
        <source>A withdrawal is recorded as a new fact with its date; the consent record itself is kept. Afterwards you will be asked to remove the recordings and notes that the consent no longer covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="99"/>
        <source>Withdraw all consent (no longer takes part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="100"/>
        <source>Or withdraw only these items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="102"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="103"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="104"/>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="105"/>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="106"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="112"/>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="112"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="112"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/ui/participants/withdrawal_dialog.py" line="117"/>
        <source>Record withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="15"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="16"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="17"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="18"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="19"/>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="20"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="21"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="22"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="23"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="24"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="25"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ecoscim_field/i18n/argparse_tr.py" line="26"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
