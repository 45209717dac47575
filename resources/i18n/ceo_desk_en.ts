<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="57"/>
        <source>stats.sent.diff_interval_grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="61"/>
        <source>stats.sent.mdd_grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownBar</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="30"/>
        <source>Uitsplitsen naar</source>
        <translation>Break down by</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="31"/>
        <source>Toon de resultaten per groep: doelgroep, stadsdeel, wijk, type hulp, leeftijd of gemeente</source>
        <translation>Show the results per group: target group, district, neighbourhood, kind of support, age or municipality</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="34"/>
        <source>&amp;Uitsplitsen naar:</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="37"/>
        <source>Groepen tonen als</source>
        <translation>Show groups as</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="38"/>
        <source>groepen als rijen onder elke vraag</source>
        <translation>groups as rows under each question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="39"/>
        <source>groepen als kolommen</source>
        <translation>groups as columns</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="58"/>
        <source>niets (alle respondenten samen)</source>
        <translation>nothing (all respondents together)</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="27"/>
        <source>Rapportcijfer (gemiddelde)</source>
        <translation>Grade (mean)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="29"/>
        <source>Niet herkend</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="33"/>
        <source>Gemengd</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="34"/>
        <source>Eigen indeling</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="38"/>
        <source>Positief</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="38"/>
        <source>Negatief</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="39"/>
        <source>Telt niet mee</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="77"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="77"/>
        <source>Vraagnummer</source>
        <translation>Question number</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="77"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="77"/>
        <source>Vraag of kolom uit de bestanden</source>
        <translation>Question or column from the files</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="78"/>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="78"/>
        <source>Antwoordschaal die de import herkende</source>
        <translation>Answer scale the import recognised</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="79"/>
        <source>Referentievraag</source>
        <translation>Reference question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="79"/>
        <source>De vraag in de referentiegroep waarmee vergeleken wordt; dubbelklik om te wijzigen</source>
        <translation>The reference-group question it is compared with; double-click to change</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="80"/>
        <source>Telt mee</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="80"/>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="164"/>
        <source>Uitvinken als deze kolom geen vraag is</source>
        <translation>Untick when this column is not a question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="85"/>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="115"/>
        <source>— geen referentie —</source>
        <translation>— no reference —</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="94"/>
        <source>Een rapportcijfer wordt niet met de referentiegroep vergeleken.</source>
        <translation>A grade is not compared with the reference group.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="96"/>
        <source>Geen referentiegroep geladen.</source>
        <translation>No reference group loaded.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="101"/>
        <source>door u gekozen</source>
        <translation>chosen by you</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="101"/>
        <source>zelfde tekst</source>
        <translation>same wording</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="106"/>
        <source>Let op: {ids} is/zijn ook met deze referentievraag gekoppeld.</source>
        <translation>Note: {ids} is/are paired with this reference question too.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="112"/>
        <source>voorstel: {text}</source>
        <translation>suggestion: {text}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="112"/>
        <source>Geen vraag met dezelfde tekst. Bedoelt u &apos;{text}&apos;? Dubbelklik om te koppelen.</source>
        <translation>No question with the same wording. Do you mean &apos;{text}&apos;? Double-click to pair them.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="115"/>
        <source>Door u ontkoppeld.</source>
        <translation>Unpaired by you.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="116"/>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="116"/>
        <source>Geen vraag met dezelfde tekst in de referentiegroep.</source>
        <translation>No question with the same wording in the reference group.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="157"/>
        <source>telt niet mee</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="157"/>
        <source>telt mee</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="160"/>
        <source>Door u uitgezet: deze kolom telt niet mee. Vink aan om haar weer mee te tellen.</source>
        <translation>Switched off by you: this column is not counted. Tick to count it again.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="162"/>
        <source>Telt niet mee: de antwoorden passen bij geen bekende schaal. Kies hieronder welke categorieën positief zijn om de vraag mee te tellen.</source>
        <translation>Not counted: the answers fit no known scale. Choose below which categories are positive to count the question.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="232"/>
        <source>Antwoorden {year}</source>
        <translation>Answers {year}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="233"/>
        <source>Antwoorden (alle jaren)</source>
        <translation>Answers (all years)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="234"/>
        <source>Antwoordcategorie</source>
        <translation>Answer category</translation>
    </message>
    <message>
        <source>Antwoorden</source>
        <translation type="vanished">Answers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="235"/>
        <source>Telt als</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="259"/>
        <source>Het bestand verklaart deze code als ontbrekend; hij telt nooit mee.</source>
        <translation>The file declares this code missing; it never counts.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/catalogue_models.py" line="260"/>
        <source>Dubbelklik om te kiezen: positief, negatief of niet meetellen (niet in n).</source>
        <translation>Double-click to choose: positive, negative or not counted (not in n).</translation>
    </message>
    <message>
        <source>Gemiddeld cijfer: {means}</source>
        <translation>Mean grade: {means}</translation>
    </message>
    <message>
        <source>De vraag in {reference} waarmee vergeleken wordt; dubbelklik om te wijzigen</source>
        <translation>The question in {reference} it is compared with; double-click to change</translation>
    </message>
    <message>
        <source>Geen vraag met dezelfde tekst in {reference}.</source>
        <translation>No question with the same wording in {reference}.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="29"/>
        <source>Kopiëren als afbeelding</source>
        <translation>Copy as image</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="31"/>
        <source>Opslaan als PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="33"/>
        <source>Opslaan als SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="105"/>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="105"/>
        <source>SVG-tekening (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="106"/>
        <source>Grafiek opslaan</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="113"/>
        <source>kan niet schrijven</source>
        <translation>cannot write</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="181"/>
        <source>Dit bestand kon niet worden gebruikt:</source>
        <translation>This file could not be used:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="182"/>
        <source>Deze bestanden konden niet worden gebruikt:</source>
        <translation>These files could not be used:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="183"/>
        <source>Wat al geladen was, blijft geladen.</source>
        <translation>What was loaded before stays loaded.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="185"/>
        <source>Bestand niet te gebruiken</source>
        <translation>File cannot be used</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="189"/>
        <source>(geen logbestand)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="190"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="190"/>
        <source>Er ging iets mis dat CEO Desk niet had voorzien. Wat u geladen had, is nog aanwezig; sla uw project op.

De details staan in het logbestand:
{path}

Stuur dat bestand mee als u de fout meldt.</source>
        <translation>Something went wrong that CEO Desk did not foresee. What you loaded is still there; save your project.

The details are in the log file:
{path}

Please attach that file when you report the error.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="197"/>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="197"/>
        <source>Het project heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</source>
        <translation>The project has changes that have not been saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="207"/>
        <source>Bestand niet gevonden</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="208"/>
        <source>{name} staat niet meer op {folder}.

Kies &apos;Zoeken…&apos; om aan te wijzen waar het nu staat, of &apos;Overslaan&apos; om het project zonder dit bestand te openen.</source>
        <translation>{name} is no longer in {folder}.

Choose &apos;Locate…&apos; to point to where it is now, or &apos;Skip&apos; to open the project without this file.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="211"/>
        <source>Zoeken…</source>
        <translation>Locate…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="212"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="308"/>
        <source>Bestanden buiten de projectmap</source>
        <translation>Files outside the project folder</translation>
    </message>
    <message>
        <source>{name} staat niet meer op {path}.

Waar staat het nu? Kies &apos;Overslaan&apos; om het project zonder dit bestand te openen.</source>
        <translation type="vanished">{name} is no longer in {path}.

Where is it now? Choose &apos;Ignore&apos; to open the project without this file.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="231"/>
        <source>Waar staat {name}?</source>
        <translation>Where is {name}?</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="243"/>
        <source>Bestanden gewijzigd</source>
        <translation>Files changed</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="243"/>
        <source>Deze bestanden zijn veranderd sinds het project werd opgeslagen; de cijfers kunnen afwijken van eerder:

{names}</source>
        <translation>These files changed since the project was saved; the figures may differ from before:

{names}</translation>
    </message>
    <message>
        <source>Jaar van het onderzoek</source>
        <translation type="vanished">Survey year</translation>
    </message>
    <message>
        <source>{name} zegt niet over welk jaar het gaat (geen kolom &apos;jaar&apos;, geen jaartal in de naam).

Over welk jaar gaan de antwoorden?</source>
        <translation type="vanished">{name} does not say which year it is about (no column &apos;jaar&apos;, no year in its name).

Which year are the answers about?</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="275"/>
        <source>PDF niet geopend</source>
        <translation>PDF not opened</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="275"/>
        <source>Het rapport is opgeslagen:
{path}

Er is geen programma gevonden dat PDF-bestanden opent. Installeer een PDF-lezer, of open het bestand zelf vanuit die map. (Instellingen: &apos;PDF openen na het exporteren&apos; uitzetten voorkomt deze melding.)</source>
        <translation>The report was saved:
{path}

No program was found that opens PDF files. Install a PDF reader, or open the file yourself from that folder. (Settings: switching off &apos;Open the PDF after exporting&apos; avoids this message.)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="282"/>
        <source>Over CEO Desk</source>
        <translation>About CEO Desk</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="282"/>
        <source>&lt;h3&gt;CEO Desk {version}&lt;/h3&gt;&lt;p&gt;Cliëntervaringsonderzoek (Wmo en Jeugd) voor gemeenten: bestanden van het bureau inlezen, percentages positief met foutmarges, toetsen tegen de referentiegroep en het vorige jaar, en een PDF-rapport per vraag en jaar.&lt;/p&gt;&lt;p&gt;Gemaakt met Python, Qt (PySide6), pandas, statsmodels en ReportLab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CEO Desk {version}&lt;/h3&gt;&lt;p&gt;Client-experience surveys (Wmo and youth care) for municipalities: read the agency&apos;s files, percent positive with margins of error, tests against the reference group and the previous year, and a PDF report per question and year.&lt;/p&gt;&lt;p&gt;Made with Python, Qt (PySide6), pandas, statsmodels and ReportLab.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="46"/>
        <source>&lt;h2&gt;Cliëntervaringsonderzoek analyseren&lt;/h2&gt;&lt;p&gt;Sleep de enquêtebestanden van het bureau (SPSS .sav, Excel .xlsx of CSV) en de tabel van de referentiegroep hierheen,&lt;br&gt;of kies &lt;b&gt;Bestanden openen&lt;/b&gt;. Meerdere jaren tegelijk kan.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Analyse client-experience surveys&lt;/h2&gt;&lt;p&gt;Drop the agency&apos;s survey files (SPSS .sav, Excel .xlsx or CSV) and the reference-group table here,&lt;br&gt;or choose &lt;b&gt;Open files&lt;/b&gt;. Several years at once is fine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="51"/>
        <source>Bestanden openen…</source>
        <translation>Open files…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="52"/>
        <source>Bestanden openen</source>
        <translation>Open files</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Verschil met {against}: {diff} procentpunt, niet getoetst</source>
        <translation type="vanished">Difference with {against}: {diff} percentage points, not tested</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="36"/>
        <source>punt</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="36"/>
        <source>procentpunt</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="41"/>
        <source>Verschil met {against}: {diff} {unit}, niet getoetst</source>
        <translation>Difference with {against}: {diff} {unit}, not tested</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="43"/>
        <source>significant hoger</source>
        <translation>significantly higher</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="43"/>
        <source>significant lager</source>
        <translation>significantly lower</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="44"/>
        <source>{direction} dan {against}: {diff} {unit} ({p})</source>
        <translation>{direction} than {against}: {diff} {unit} ({p})</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="46"/>
        <source>Verschil met {against}: {diff} {unit}, niet significant ({p})</source>
        <translation>Difference with {against}: {diff} {unit}, not significant ({p})</translation>
    </message>
    <message>
        <source>{direction} dan {against}: {diff} procentpunt (p = {p})</source>
        <translation type="vanished">{direction} than {against}: {diff} percentage points (p = {p})</translation>
    </message>
    <message>
        <source>Verschil met {against}: {diff} procentpunt, niet significant (p = {p})</source>
        <translation type="vanished">Difference with {against}: {diff} percentage points, not significant (p = {p})</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="88"/>
        <source>Gemiddeld rapportcijfer; {level}%-betrouwbaarheidsinterval {low} – {high}</source>
        <translation>Mean grade; {level}% confidence interval {low} – {high}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/formatting.py" line="91"/>
        <source>{pos} van {n} positief; {level}%-betrouwbaarheidsinterval {low} – {high}</source>
        <translation>{pos} of {n} positive; {level}% confidence interval {low} – {high}</translation>
    </message>
</context>
<context>
    <name>GroupColumnsModel</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="86"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="86"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="88"/>
        <source>Aantal geldige antwoorden in {year}</source>
        <translation>Number of valid answers in {year}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="89"/>
        <source>Percentage positief (gemiddelde bij het rapportcijfer)</source>
        <translation>Percent positive (mean for the grade)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="90"/>
        <source>Significant hoger of lager dan de rest</source>
        <translation>Significantly higher or lower than the rest</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="104"/>
        <source>de rest</source>
        <translation>the rest</translation>
    </message>
</context>
<context>
    <name>GroupColumnsView</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="123"/>
        <source>Resultaten per groep</source>
        <translation>Results per group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/breakdown.py" line="128"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="257"/>
        <location filename="../../ceo_desk/gui/dialogs.py" line="260"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="264"/>
        <source>&lt;p&gt;De handleiding ontbreekt in deze installatie.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The manual is missing from this installation.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Referentietabel importeren: {name}</source>
        <translation type="vanished">Import reference table: {name}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="187"/>
        <source>Kies boven elke kolom wat erin staat. CEO Desk heeft de kolommen al ingevuld zoals het ze leest; gemarkeerde kolommen komen allebei in aanmerking (★).</source>
        <translation>Choose above each column what it holds. CEO Desk has filled in the columns as it reads them; marked columns are both candidates (★).</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="65"/>
        <source>De rij met de kolomkoppen, zoals het rekenblad die nummert</source>
        <translation>The row with the column headers, as the spreadsheet numbers it</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="45"/>
        <source>Importinstellingen: {name}</source>
        <translation>Import settings: {name}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="59"/>
        <source>antwoorden van een enquête</source>
        <translation>answers to a survey</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="60"/>
        <source>de tabel van de referentiegroep</source>
        <translation>the reference group&apos;s table</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="63"/>
        <source>Het bestand bevat:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="66"/>
        <source>Rij met kolomkoppen:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="70"/>
        <source>Eén jaar voor het hele bestand, als het bestand zelf geen jaren noemt (of kies boven een kolom de rol &apos;Jaar&apos;)</source>
        <translation>One year for the whole file, when the file itself names no years (or choose the role &apos;Year&apos; above a column)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="72"/>
        <source>Jaar voor het hele bestand:</source>
        <translation>Year for the whole file:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="96"/>
        <source>Zo wordt het bestand gelezen:</source>
        <translation>This is how the file is read:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="114"/>
        <source>Achtergrond (groepen)</source>
        <translation>Background (groups)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="115"/>
        <source>Weegfactor</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="179"/>
        <source>Kies boven elke kolom wat erin staat: een vraag, een achtergrondkenmerk om op uit te splitsen, het jaar of de weegfactor. CEO Desk heeft de kolommen al ingevuld zoals het ze leest.</source>
        <translation>Choose above each column what it holds: a question, a background characteristic to break down by, the year or the weight. CEO Desk has filled in the columns as it reads them.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="182"/>
        <source>(uit het bestand)</source>
        <translation>(from the file)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="185"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="185"/>
        <source>Gelezen als</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="185"/>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="189"/>
        <source>(uit de tabel)</source>
        <translation>(from the table)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="344"/>
        <source>Respondenten: {rows}; jaar: {years}; vragen: {questions}; achtergrondkolommen: {background}.</source>
        <translation>Respondents: {rows}; year: {years}; questions: {questions}; background columns: {background}.</translation>
    </message>
    <message>
        <source>Eén jaar voor de hele tabel, als de tabel zelf geen jaren noemt</source>
        <translation type="vanished">One year for the whole table, when the table itself names no years</translation>
    </message>
    <message>
        <source>Jaar voor de hele tabel:</source>
        <translation type="vanished">Year for the whole table:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="114"/>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="116"/>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="192"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="115"/>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="116"/>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="192"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="192"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="192"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="193"/>
        <source>Gepaard met vraag uit de enquête</source>
        <translation>Paired with survey question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="85"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="93"/>
        <source>Eerste rijen van het bestand:</source>
        <translation>First rows of the file:</translation>
    </message>
    <message>
        <source>Zo wordt de tabel gelezen:</source>
        <translation type="vanished">This is how the table is read:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="115"/>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="116"/>
        <source>— niet gebruiken</source>
        <translation>— do not use</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="117"/>
        <source>n (aantal)</source>
        <translation>n (count)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="117"/>
        <source>Percentage positief</source>
        <translation>Percent positive</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="210"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="218"/>
        <source>Rol van kolom {letter}</source>
        <translation>Role of column {letter}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="245"/>
        <source>Kandidaat voor &apos;{role}&apos;: kies zelf</source>
        <translation>Candidate for &apos;{role}&apos;: choose yourself</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="300"/>
        <source>Meer dan één kolom heeft de rol &apos;{role}&apos;: kies er één.</source>
        <translation>More than one column has the role &apos;{role}&apos;: choose one.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/import_dialog.py" line="331"/>
        <source>{rows} regels gelezen.</source>
        <translation>{rows} rows read.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="105"/>
        <source>Bestanden &amp;openen…</source>
        <translation>&amp;Open files…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="106"/>
        <source>Enquêtebestanden en de referentiegroep openen</source>
        <translation>Open survey files and the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="107"/>
        <source>&amp;Referentiegroep openen…</source>
        <translation>Open &amp;reference group…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="108"/>
        <source>De tabel van de referentiegroep openen</source>
        <translation>Open the reference-group table</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="109"/>
        <source>&amp;Project openen…</source>
        <translation>Open &amp;project…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="111"/>
        <source>Project op&amp;slaan</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="112"/>
        <source>Bestanden, koppelingen, indeling en instellingen opslaan</source>
        <translation>Save files, pairings, categories and settings</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="113"/>
        <source>Project opslaan &amp;als…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="114"/>
        <source>Rapport &amp;exporteren (PDF)…</source>
        <translation>&amp;Export report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="115"/>
        <source>Het rapport als PDF maken</source>
        <translation>Make the report as a PDF</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="124"/>
        <source>&amp;Tabel exporteren…</source>
        <translation>Export &amp;table…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="125"/>
        <source>De resultatentabel naar Excel, CSV of JSON</source>
        <translation>The results table to Excel, CSV or JSON</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="126"/>
        <source>Alles s&amp;luiten</source>
        <translation>&amp;Close all</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="127"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="128"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="129"/>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="130"/>
        <source>Betrouwbaarheid, alfa, minimale n, taal</source>
        <translation>Confidence, alpha, minimum n, language</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="132"/>
        <source>&amp;Populatie en streefwaarden…</source>
        <translation>&amp;Population and targets…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="133"/>
        <source>Aantal cliënten per jaar (eindige-populatiecorrectie) en streefwaarden per vraag</source>
        <translation>Number of clients per year (finite-population correction) and targets per question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="135"/>
        <source>&amp;Over CEO Desk</source>
        <translation>&amp;About CEO Desk</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="136"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="137"/>
        <source>Wat elk paneel doet en wat de cijfers betekenen</source>
        <translation>What each panel does and what the figures mean</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="141"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="144"/>
        <source>Opnieuw &amp;doen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="147"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="148"/>
        <source>Het lopende werk stoppen</source>
        <translation>Stop the running work</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="153"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="157"/>
        <source>&amp;Recente projecten</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="159"/>
        <source>Recente &amp;bestanden</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="167"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="173"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="175"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="191"/>
        <source>Bestanden</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="192"/>
        <source>Vragen en antwoordcategorieën</source>
        <translation>Questions and answer categories</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="224"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="225"/>
        <source>Open antwoorden</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="258"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="399"/>
        <source>Naamloos</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="425"/>
        <source>Grafiek tekenen…</source>
        <translation>Drawing chart…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="525"/>
        <source>Enquêtebestanden en referentiegroep openen</source>
        <translation>Open survey files and reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="532"/>
        <source>Referentiegroep openen</source>
        <translation>Open reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="533"/>
        <source>Referentietabellen (*.xlsx *.csv)</source>
        <translation>Reference tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="541"/>
        <source>Project openen</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="542"/>
        <location filename="../../ceo_desk/gui/main_window.py" line="647"/>
        <source>CEO Desk-projecten (*{suffix})</source>
        <translation>CEO Desk projects (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="607"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="612"/>
        <source>{name}: het bestand bestaat niet meer op {folder}.</source>
        <translation>{name}: the file no longer exists in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="685"/>
        <source>rapport-{place}.pdf</source>
        <translation>report-{place}.pdf</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="708"/>
        <source>resultaten.xlsx</source>
        <translation>results.xlsx</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="745"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{name}: het project bestaat niet meer op {folder}.</source>
        <translation type="vanished">{name}: the project no longer exists in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="646"/>
        <source>Project opslaan</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="658"/>
        <source>Project opgeslagen: {path}</source>
        <translation>Project saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="685"/>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="686"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="709"/>
        <source>Tabel exporteren</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="716"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="116"/>
        <source>Raads&amp;informatiebrief maken (PDF/Word)…</source>
        <translation>Council &amp;brief (PDF/Word)…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="118"/>
        <source>De brief voor de raad: de belangrijkste bevindingen op één of twee pagina&apos;s, als PDF of bewerkbaar Word-bestand</source>
        <translation>The brief for the council: the main findings on one or two pages, as PDF or editable Word file</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="120"/>
        <source>Tabellen&amp;bijlage maken (Excel)…</source>
        <translation>Table &amp;appendix (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="122"/>
        <source>Een werkmap per vraag met tabel en Excel-grafiek, voor onderzoekers</source>
        <translation>A workbook with a table and Excel chart per question, for researchers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="693"/>
        <source>Raadsinformatiebrief opslaan</source>
        <translation>Save council brief</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="695"/>
        <source>PDF-bestanden (*.pdf);;Word-documenten (*.docx)</source>
        <translation>PDF files (*.pdf);;Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="702"/>
        <source>Tabellenbijlage opslaan</source>
        <translation>Save table appendix</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="703"/>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="694"/>
        <source>raadsinformatiebrief-{place}.pdf</source>
        <translation>council-brief-{place}.pdf</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/main_window.py" line="702"/>
        <source>tabellen-{place}.xlsx</source>
        <translation>tables-{place}.xlsx</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="22"/>
        <source>Kanttekeningen bij het inlezen</source>
        <translation>Notes on reading the files</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="33"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="35"/>
        <source>Alle kanttekeningen tonen</source>
        <translation>Show all notes</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="37"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="38"/>
        <source>Deze kanttekeningen verbergen (ze staan ook in de tooltip van het bestand)</source>
        <translation>Hide these notes (they are also in the file&apos;s tooltip)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="57"/>
        <source>Ingelezen, met een kanttekening: {first}</source>
        <translation>Read, with a note: {first}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/notices.py" line="58"/>
        <source>Ingelezen, met {n} kanttekeningen: {first} …</source>
        <translation>Read, with {n} notes: {first} …</translation>
    </message>
</context>
<context>
    <name>OpenAnswersPanel</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="95"/>
        <source>Open vraag</source>
        <translation>Open question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="96"/>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="112"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="97"/>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="119"/>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="312"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="98"/>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="113"/>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="100"/>
        <source>Groepswaarde</source>
        <translation>Group value</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="102"/>
        <source>Zoeken in de antwoorden…</source>
        <translation>Search the answers…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="103"/>
        <source>Zoeken in de antwoorden</source>
        <translation>Search the answers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="106"/>
        <source>Thema&apos;s bewerken…</source>
        <translation>Edit themes…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="108"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="109"/>
        <source>De open antwoorden zonder persoonsgegevens naar Excel, CSV of JSON</source>
        <translation>The open answers without personal data to Excel, CSV or JSON</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="112"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="126"/>
        <source>Thema&apos;s per jaar</source>
        <translation>Themes per year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="133"/>
        <source>Open antwoorden</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="137"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="177"/>
        <source>Open antwoorden lezen…</source>
        <translation>Reading open answers…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="219"/>
        <source>geen uitsplitsing</source>
        <translation>no breakdown</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="227"/>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="231"/>
        <source>alle thema&apos;s</source>
        <translation>all themes</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="245"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="252"/>
        <source>{label} (te klein: minder dan {n})</source>
        <translation>{label} (too small: fewer than {n})</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="332"/>
        <source>Open antwoorden worden gelezen…</source>
        <translation>Reading open answers…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="335"/>
        <source>De geladen bestanden bevatten geen open vragen.</source>
        <translation>The loaded files contain no open questions.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="338"/>
        <source>{count} antwoorden. Persoonsgegevens zijn vervangen door {masks}. Groepen en jaren met minder dan {n} respondenten worden niet getoond.</source>
        <translation>{count} answers. Personal data has been replaced by {masks}. Groups and years with fewer than {n} respondents are not shown.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="342"/>
        <source>De eerste {n} staan in de lijst; zoek of filter om de rest te zien.</source>
        <translation>The first {n} are listed; search or filter to see the rest.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="364"/>
        <source>Open antwoorden exporteren</source>
        <translation>Export open answers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="365"/>
        <source>open-antwoorden.xlsx</source>
        <translation>open-answers.xlsx</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="369"/>
        <source>Open antwoorden exporteren…</source>
        <translation>Export open answers…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="371"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PopulationTargetsDialog</name>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="45"/>
        <source>Populatie en streefwaarden</source>
        <translation>Population and targets</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="53"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="53"/>
        <source>Respondenten</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="54"/>
        <source>Cliënten met ondersteuning (N)</source>
        <translation>Clients who received support (N)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="55"/>
        <location filename="../../ceo_desk/gui/population_targets.py" line="86"/>
        <source>Aantal cliënten per jaar</source>
        <translation>Number of clients per year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="70"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="70"/>
        <source>Streefwaarde (% positief)</source>
        <translation>Target (% positive)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="71"/>
        <source>Streefwaarde per vraag</source>
        <translation>Target per question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="87"/>
        <source>Het aantal cliënten dat dat jaar ondersteuning kreeg. Is het bekend, dan worden marges, intervallen en toetsen gecorrigeerd voor de eindige populatie. Leeg: geen correctie.</source>
        <translation>The number of clients who received support that year. When known, margins, intervals and tests are corrected for the finite population. Empty: no correction.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="90"/>
        <source>Streefwaarden</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="91"/>
        <source>Het beleidsdoel per stelling als percentage positief; het cijfer wordt er met een exacte binomiale toets mee vergeleken. Leeg: geen streefwaarde.</source>
        <translation>The policy target per statement as a percentage positive; the figure is compared with it by an exact binomial test. Empty: no target.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="120"/>
        <source>{year}: &apos;{text}&apos; is geen aantal cliënten. Typ een geheel getal, bijvoorbeeld 1850, of laat het veld leeg.</source>
        <translation>{year}: &apos;{text}&apos; is not a number of clients. Type a whole number, e.g. 1850, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="123"/>
        <source>{year}: {n} cliënten is niet meer dan de {respondents} respondenten. Typ het aantal cliënten dat in {year} ondersteuning kreeg, of laat het veld leeg.</source>
        <translation>{year}: {n} clients is not more than the {respondents} respondents. Type the number of clients who received support in {year}, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/population_targets.py" line="137"/>
        <source>{question}: &apos;{text}&apos; is geen percentage. Typ een getal van 0 tot 100, of laat het veld leeg.</source>
        <translation>{question}: &apos;{text}&apos; is not a percentage. Type a number from 0 to 100, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="309"/>
        <source>err.hostile.project_outside_question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="121"/>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="171"/>
        <source>Kies een vraag in de tabel.</source>
        <translation>Choose a question in the table.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="129"/>
        <source>Grafiek van de gekozen vraag</source>
        <translation>Chart of the chosen question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="133"/>
        <source>Cijfers van de gekozen vraag per jaar</source>
        <translation>Figures of the chosen question per year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/question_view.py" line="140"/>
        <source>Toelichting bij de gekozen vraag</source>
        <translation>Explanation of the chosen question</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="29"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="51"/>
        <source>Antwoordcategorieën van de gekozen vraag</source>
        <translation>Answer categories of the chosen question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="58"/>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="126"/>
        <source>Kies een vraag om te zien welke antwoorden als positief tellen.</source>
        <translation>Choose a question to see which answers count as positive.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="60"/>
        <source>Standaardindeling</source>
        <translation>Default roles</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="61"/>
        <source>Zet de indeling van deze vraag terug zoals de import haar herkende</source>
        <translation>Restore the roles of this question as the import recognised them</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="62"/>
        <source>Standaardindeling herstellen</source>
        <translation>Restore default roles</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="130"/>
        <source>{id}: een rapportcijfer; het gemiddelde wordt gerapporteerd.</source>
        <translation>{id}: a grade; its mean is reported.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="132"/>
        <source>{id}: de antwoorden passen bij geen bekende schaal. Kies welke categorieën positief zijn om de vraag mee te tellen.</source>
        <translation>{id}: the answers fit no known scale. Choose which categories are positive to count the question.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/questions.py" line="135"/>
        <source>{id}: percentage positief = positief / (positief + negatief).</source>
        <translation>{id}: percent positive = positive / (positive + negative).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="119"/>
        <source>Rapport exporteren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="122"/>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="123"/>
        <source>&amp;Volledig rapport (alle vragen, alle jaren)</source>
        <translation>&amp;Full report (all questions, all years)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="125"/>
        <source>Alleen de &amp;gekozen vragen ({n})</source>
        <translation>Only the &amp;selected questions ({n})</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="127"/>
        <source>Eén &amp;jaar:</source>
        <translation>One &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="131"/>
        <source>Jaar van het rapport</source>
        <translation>Year of the report</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="143"/>
        <source>Standaardtitel (onderzoek, gemeente, jaren)</source>
        <translation>Default title (survey, municipality, years)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="144"/>
        <source>Titel van het rapport</source>
        <translation>Title of the report</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="146"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="153"/>
        <source>Bijlage met de &amp;open antwoorden (thema&apos;s en citaten, zonder persoonsgegevens)</source>
        <translation>Appendix with the &amp;open answers (themes and quotes, without personal data)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="160"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="119"/>
        <source>Raadsinformatiebrief maken</source>
        <translation>Council brief</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="120"/>
        <source>Tabellenbijlage maken</source>
        <translation>Table appendix</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="124"/>
        <source>&amp;Alle vragen, alle jaren</source>
        <translation>&amp;All questions, all years</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="148"/>
        <source>Referentiegroep</source>
        <translation>Reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="149"/>
        <source>Naam van de referentiegroep</source>
        <translation>Name of the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="150"/>
        <source>Hoe het rapport, de brief, de tabellen en de grafieken de referentiegroep noemen (leeg: &apos;Referentiegroep&apos;)</source>
        <translation>What the report, the brief, the tables and the charts call the reference group (empty: &apos;Reference group&apos;)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="152"/>
        <source>Naam &amp;referentiegroep:</source>
        <translation>&amp;Reference group name:</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="84"/>
        <source>Referentiegroep: n = {n}</source>
        <translation>Reference group: n = {n}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="90"/>
        <location filename="../../ceo_desk/gui/models.py" line="293"/>
        <source>de referentiegroep</source>
        <translation>the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="106"/>
        <source>geen verschil getoetst</source>
        <translation>no difference tested</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="163"/>
        <source>Aantal geldige antwoorden in {year}</source>
        <translation>Number of valid answers in {year}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="164"/>
        <source>Percentage positief in {year} (bij een rapportcijfer: het gemiddelde)</source>
        <translation>Percent positive in {year} (for a grade: the mean)</translation>
    </message>
    <message>
        <source>Foutmarge in procentpunten, {year}</source>
        <translation type="vanished">Margin of error in percentage points, {year}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="165"/>
        <source>Foutmarge in procentpunten, {year}: ± z·√(p(1−p)/n), de gangbare benadering. De grafiek en de tooltip bij % tonen het Wilson-interval, dat bij kleine n of uitersten scheef is.</source>
        <translation>Margin of error in percentage points, {year}: ± z·√(p(1−p)/n), the conventional approximation. The chart and the tooltip on % show the Wilson interval, which is skewed for small n or extremes.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="168"/>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="168"/>
        <source>Percentage positief in de referentiegroep, {year}</source>
        <translation>Percent positive in the reference group, {year}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="169"/>
        <source>▲▼ ref</source>
        <translation>▲▼ ref</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="169"/>
        <source>▲ ▼ significant hoger of lager dan de referentiegroep in {year}</source>
        <translation>▲ ▼ significantly higher or lower than the reference group in {year}</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="170"/>
        <source>▲▼ vorig</source>
        <translation>▲▼ prev.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="170"/>
        <source>▲ ▼ significant hoger of lager dan het jaar ervoor</source>
        <translation>▲ ▼ significantly higher or lower than the year before</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="180"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="180"/>
        <source>Vraagnummer</source>
        <translation>Question number</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="181"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="181"/>
        <source>Vraag of stelling</source>
        <translation>Question or statement</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="267"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="267"/>
        <source>Aantal geldige antwoorden</source>
        <translation>Number of valid answers</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="268"/>
        <source>Gemiddelde</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="268"/>
        <source>Gemiddeld cijfer</source>
        <translation>Mean grade</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="268"/>
        <source>Percentage positief</source>
        <translation>Percent positive</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="269"/>
        <source>Foutmarge: ± z·√(p(1−p)/n), de gangbare benadering; de grafiek toont het Wilson-interval</source>
        <translation>Margin of error: ± z·√(p(1−p)/n), the conventional approximation; the chart shows the Wilson interval</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="271"/>
        <source>Ref gem.</source>
        <translation>Ref mean</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="272"/>
        <source>Gemiddeld cijfer in de referentiegroep</source>
        <translation>Mean grade in the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="275"/>
        <source>Verschil met de referentiegroep in punten van het cijfer</source>
        <translation>Difference from the reference group in points of the grade</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="278"/>
        <source>Verschil met het jaar ervoor in punten van het cijfer</source>
        <translation>Difference with the year before in grade points</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="279"/>
        <source>Verschil met het jaar ervoor in procentpunten</source>
        <translation>Difference with the year before in percentage points</translation>
    </message>
    <message>
        <source>Foutmarge in procentpunten</source>
        <translation type="vanished">Margin of error in percentage points</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="271"/>
        <source>Ref %</source>
        <translation>Ref %</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="273"/>
        <source>Percentage positief in de referentiegroep</source>
        <translation>Percent positive in the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="273"/>
        <source>Ref n</source>
        <translation>Ref n</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="273"/>
        <source>n van de referentiegroep</source>
        <translation>n of the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="274"/>
        <source>Verschil ref</source>
        <translation>Diff. ref</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="276"/>
        <source>Verschil met de referentiegroep in procentpunten</source>
        <translation>Difference with the reference group in percentage points</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="276"/>
        <source>Significant t.o.v. referentie</source>
        <translation>Significant against the reference</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="277"/>
        <source>Verschil vorig jaar</source>
        <translation>Diff. previous year</translation>
    </message>
    <message>
        <source>Verschil met het jaar ervoor</source>
        <translation type="vanished">Difference with the year before</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/models.py" line="279"/>
        <source>Significant t.o.v. vorig jaar</source>
        <translation>Significant against the previous year</translation>
    </message>
    <message>
        <source>n = {n} in {reference}</source>
        <translation>n = {n} in {reference}</translation>
    </message>
    <message>
        <source>Percentage positief (bij een rapportcijfer: het gemiddelde) in {reference}, {year}</source>
        <translation>Percent positive (for a grade: the mean) in {reference}, {year}</translation>
    </message>
    <message>
        <source>▲ ▼ significant hoger of lager dan {reference} in {year}</source>
        <translation>▲ ▼ significantly higher or lower than {reference} in {year}</translation>
    </message>
    <message>
        <source>Gemiddeld cijfer in {reference}</source>
        <translation>Mean grade in {reference}</translation>
    </message>
    <message>
        <source>Percentage positief in {reference}</source>
        <translation>Percent positive in {reference}</translation>
    </message>
    <message>
        <source>n van {reference}</source>
        <translation>n of {reference}</translation>
    </message>
    <message>
        <source>Verschil met {reference} in punten van het cijfer</source>
        <translation>Difference from {reference} in points of the grade</translation>
    </message>
    <message>
        <source>Verschil met {reference} in procentpunten</source>
        <translation>Difference from {reference} in percentage points</translation>
    </message>
    <message>
        <source>Significant t.o.v. {reference}</source>
        <translation>Significant against {reference}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="72"/>
        <source>Zoek een vraag…</source>
        <translation>Find a question…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="74"/>
        <source>Vragen filteren</source>
        <translation>Filter questions</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="77"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="79"/>
        <source>Toon alle jaren of één jaar</source>
        <translation>Show all years or one year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="81"/>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="84"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="85"/>
        <source>Kies welke cijfers per jaar in de tabel staan</source>
        <translation>Choose which figures per year the table shows</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="86"/>
        <source>Cijfers per jaar kiezen</source>
        <translation>Choose figures per year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="106"/>
        <source>Resultaten per vraag en jaar</source>
        <translation>Results per question and year</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="114"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="123"/>
        <source>▲ ▼ significant hoger of lager dan de referentiegroep of het jaar ervoor · cursief: indicatief (kleine n) · wijs een cel aan voor details</source>
        <translation>▲ ▼ significantly higher or lower than the reference group or the year before · italic: indicative (small n) · point at a cell for details</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="125"/>
        <source>Geen teken: geen significant verschil, of niet getoetst (te kleine n).</source>
        <translation>No mark: no significant difference, or not tested (n too small).</translation>
    </message>
    <message>
        <source>▲ ▼ significant hoger of lager (t.o.v. de referentiegroep of het jaar ervoor); geen teken: geen significant verschil of niet getoetst. Cursief: indicatief (kleine n). Wijs een cel aan voor details.</source>
        <translation type="vanished">▲ ▼ significantly higher or lower (than the reference group or the year before); no mark: no significant difference or not tested. Italic: indicative (small n). Point at a cell for details.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="138"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="151"/>
        <source>n (aantal geldige antwoorden)</source>
        <translation>n (number of valid answers)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="151"/>
        <source>% positief of gemiddeld cijfer</source>
        <translation>% positive or mean grade</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="152"/>
        <source>± foutmarge</source>
        <translation>± margin of error</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="152"/>
        <source>ref: % in de referentiegroep</source>
        <translation>ref: % in the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="153"/>
        <source>▲▼ t.o.v. de referentiegroep</source>
        <translation>▲▼ against the reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/results.py" line="153"/>
        <source>▲▼ t.o.v. het jaar ervoor</source>
        <translation>▲▼ against the year before</translation>
    </message>
    <message>
        <source>▲ ▼ significant hoger of lager dan {reference} of het jaar ervoor · cursief: indicatief (kleine n) · wijs een cel aan voor details</source>
        <translation>▲ ▼ significantly higher or lower than {reference} or the year before · italic: indicative (small n) · point at a cell for details</translation>
    </message>
    <message>
        <source>ref: % of gemiddelde in {reference}</source>
        <translation>ref: % or mean in {reference}</translation>
    </message>
    <message>
        <source>▲▼ t.o.v. {reference}</source>
        <translation>▲▼ against {reference}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="117"/>
        <source>Bestanden inlezen…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="193"/>
        <location filename="../../ceo_desk/gui/session.py" line="318"/>
        <source>Opnieuw berekenen…</source>
        <translation>Recalculating…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="248"/>
        <source>Referentievraag kiezen</source>
        <translation>choose reference question</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="261"/>
        <source>&apos;{category}&apos; telt als…</source>
        <translation>&apos;{category}&apos; counts as…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="264"/>
        <source>Standaardindeling</source>
        <translation>default categories</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="273"/>
        <source>Telt mee</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="288"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="366"/>
        <location filename="../../ceo_desk/gui/session.py" line="383"/>
        <source>Project openen…</source>
        <translation>Opening project…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="399"/>
        <source>Tabel exporteren…</source>
        <translation>Exporting table…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="404"/>
        <source>Rapport maken…</source>
        <translation>Making report…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="409"/>
        <source>Raadsinformatiebrief maken…</source>
        <translation>Making the council brief…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/session.py" line="415"/>
        <source>Tabellenbijlage maken…</source>
        <translation>Making the table appendix…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="40"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="47"/>
        <source>Betrouwbaarheid van intervallen en foutmarges (meestal 95 %)</source>
        <translation>Confidence of intervals and margins of error (usually 95 %)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="53"/>
        <source>Significantieniveau van de toetsen (meestal 0,05)</source>
        <translation>Significance level of the tests (usually 0.05)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="57"/>
        <source>Onder deze n: indicatief, geen toets</source>
        <translation>Below this n: indicative, no test</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="61"/>
        <source>Onder deze n wordt het cijfer niet getoond</source>
        <translation>Below this n the figure is not shown</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="65"/>
        <source>Geen correctie</source>
        <translation>No correction</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="69"/>
        <source>De referentiegroep bevat deze gemeente zelf</source>
        <translation>The reference group includes this municipality</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="75"/>
        <source>PDF openen na het exporteren</source>
        <translation>Open the PDF after exporting</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="77"/>
        <source>&amp;Betrouwbaarheid:</source>
        <translation>&amp;Confidence:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="77"/>
        <source>&amp;Alfa (significantie):</source>
        <translation>&amp;Alpha (significance):</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="78"/>
        <source>Minimale n voor een &amp;toets:</source>
        <translation>Minimum n for a &amp;test:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="79"/>
        <source>Minimale n om te &amp;tonen:</source>
        <translation>Minimum n to &amp;show:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="80"/>
        <source>&amp;Meervoudig toetsen:</source>
        <translation>&amp;Multiple testing:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/dialogs.py" line="81"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="24"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="24"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="24"/>
        <source>Jaren</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="24"/>
        <source>Respondenten</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="28"/>
        <source>Geladen bestanden</source>
        <translation>Loaded files</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="29"/>
        <source>De geladen enquêtebestanden en de referentiegroep. Sleep bestanden hierheen om ze toe te voegen.</source>
        <translation>The loaded survey files and the reference group. Drop files here to add them.</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="34"/>
        <source>Bestand verwijderen</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="39"/>
        <source>Importinstellingen…</source>
        <translation>Import settings…</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="40"/>
        <source>Hoe dit bestand gelezen wordt: rij met kolomkoppen, jaar, wat elke kolom is</source>
        <translation>How this file is read: row with column headers, year, what each column is</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="69"/>
        <source>Referentiegroep</source>
        <translation>Reference group</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/sources.py" line="71"/>
        <source>{n} vragen</source>
        <translation>{n} questions</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="47"/>
        <source>Thema&apos;s bewerken</source>
        <translation>Edit themes</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="50"/>
        <source>Thema&apos;s en trefwoorden</source>
        <translation>Themes and keywords</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/open_answers.py" line="52"/>
        <source>Eén thema per regel: &lt;i&gt;naam: trefwoord, trefwoord&lt;/i&gt;. Een trefwoord van 7 letters of meer telt ook midden in een woord, een korter aan het begin (ook na ‘ge’ of ‘on’): ‘wacht’ vindt ‘wachten’, ‘gewacht’ en ‘wachtlijst’. Met ! ervoor sluit u woorden uit: ‘!kennismak’.</source>
        <translation>One theme per line: &lt;i&gt;name: keyword, keyword&lt;/i&gt;. A keyword of 7 letters or more also counts inside a word, a shorter one at the start (also after ‘ge’ or ‘on’): ‘wacht’ finds ‘wachten’, ‘gewacht’ and ‘wachtlijst’. A ! in front excludes words: ‘!kennismak’.</translation>
    </message>
</context>
<context>
    <name>WeightChooser</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="35"/>
        <source>Wegen met</source>
        <translation>Weight by</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="36"/>
        <source>Weeg de antwoorden met een weegfactor uit de bestanden: gewogen percentages, gemiddelden en toetsen op het effectieve aantal (Kish)</source>
        <translation>Weight the answers with a weight column from the files: weighted percentages, means and tests on the effective number (Kish)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="39"/>
        <source>Wegen &amp;met:</source>
        <translation>Weight &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="52"/>
        <source>niet wegen</source>
        <translation>no weighting</translation>
    </message>
</context>
<context>
    <name>WeightProposal</name>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="78"/>
        <source>&amp;Wegen</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="79"/>
        <source>De cijfers wegen met deze kolom (ongedaan te maken met Ctrl+Z)</source>
        <translation>Weight the figures with this column (undo with Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="80"/>
        <source>&amp;Niet wegen</source>
        <translation>&amp;Do not weight</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="81"/>
        <source>Ongewogen blijven; later te kiezen bij &apos;Wegen met&apos;</source>
        <translation>Stay unweighted; you can choose later at &apos;Weight by&apos;</translation>
    </message>
    <message>
        <location filename="../../ceo_desk/gui/panels/weights.py" line="103"/>
        <source>Deze bestanden hebben een weegfactor (kolom &apos;{column}&apos;). De cijfers wegen?</source>
        <translation>These files have a weight column (&apos;{column}&apos;). Weight the figures?</translation>
    </message>
</context>
</TS>
