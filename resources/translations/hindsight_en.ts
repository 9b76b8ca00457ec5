<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>- %1: %n problem(s)</source>
        <translation>
            <numerusform>- %1: %n problem</numerusform>
            <numerusform>- %1: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ActionRegister</name>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::BackupActions</name>
    <message numerus="yes">
        <source>Replace everything in the store with the backup %1 (%n incident(s))?</source>
        <translation>
            <numerusform>Replace everything in the store with the backup %1 (%n incident)?</numerusform>
            <numerusform>Replace everything in the store with the backup %1 (%n incidents)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::CategoryPicker</name>
    <message numerus="yes">
        <source>%1 has no category &apos;%2&apos;: pick one of its %n categories.</source>
        <translation>
            <numerusform>%1 has no category &apos;%2&apos;: it has %n category; pick that one.</numerusform>
            <numerusform>%1 has no category &apos;%2&apos;: pick one of its %n categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories in %1.</source>
        <translation>
            <numerusform>%n category in %1.</numerusform>
            <numerusform>%n categories in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::Cli</name>
    <message numerus="yes">
        <source>hindsight restore: restored %1 (%n incident(s)) into %2.</source>
        <translation>
            <numerusform>hindsight restore: restored %1 (%n incident) into %2.</numerusform>
            <numerusform>hindsight restore: restored %1 (%n incidents) into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hindsight export-all: wrote %n incident(s)</source>
        <translation>
            <numerusform>hindsight export-all: wrote %n incident</numerusform>
            <numerusform>hindsight export-all: wrote %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redaction masked %n value(s).</source>
        <translation>
            <numerusform>redaction masked %n value.</numerusform>
            <numerusform>redaction masked %n values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ExportDialog</name>
    <message numerus="yes">
        <source>%n value(s) will be masked before the document leaves Hindsight:</source>
        <translation>
            <numerusform>%n value will be masked before the document leaves Hindsight:</numerusform>
            <numerusform>%n values will be masked before the document leaves Hindsight:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ImportDialog</name>
    <message numerus="yes">
        <source>Imported as incident %1, with %n guess(es)</source>
        <translation>
            <numerusform>Imported as incident %1, with %n guess</numerusform>
            <numerusform>Imported as incident %1, with %n guesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::IncidentView</name>
    <message numerus="yes">
        <source>%n screenshot(s) will be saved with the next entry</source>
        <translation>
            <numerusform>%n screenshot will be saved with the next entry</numerusform>
            <numerusform>%n screenshots will be saved with the next entry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::InsightsView</name>
    <message numerus="yes">
        <source>Exercises are left out. %n postmortem(s) still within the two weeks.</source>
        <translation>
            <numerusform>Exercises are left out. %n postmortem still within the two weeks.</numerusform>
            <numerusform>Exercises are left out. %n postmortems still within the two weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::LogEntryDelegate</name>
    <message numerus="yes">
        <source>edited (%n earlier version(s))</source>
        <translation>
            <numerusform>edited (%n earlier version)</numerusform>
            <numerusform>edited (%n earlier versions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::PublishDialog</name>
    <message numerus="yes">
        <source>Redaction masks %n value(s) before it is sent: %1.</source>
        <translation>
            <numerusform>Redaction masks %n value before it is sent: %1.</numerusform>
            <numerusform>Redaction masks %n values before it is sent: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s). Up/Down to choose, Enter to open.</source>
        <translation>
            <numerusform>%n result. Up/Down to choose, Enter to open.</numerusform>
            <numerusform>%n results. Up/Down to choose, Enter to open.</numerusform>
        </translation>
    </message>
</context>
</TS>
