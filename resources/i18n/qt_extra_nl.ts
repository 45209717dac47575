<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<!-- Qt's own texts that the qtbase_nl.qm shipped with Qt lacks (they changed in Qt 6).
     Compile: pyside6-lrelease resources/i18n/qt_extra_nl.ts -qm ceo_desk/resources/i18n/qt_extra_nl.qm -->
<TS version="2.1" language="nl_NL" sourcelanguage="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
</TS>
