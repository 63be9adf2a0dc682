<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Finding</name>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="26"/>
        <source>Fleet throughput (tasks/s)</source>
        <translation>Flottendurchsatz (Aufgaben/s)</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="28"/>
        <source>Task latency p99 (ms)</source>
        <translation>Aufgabenlatenz p99 (ms)</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="39"/>
        <source>Saturated pool</source>
        <translation>Gesättigter Pool</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="40"/>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="41"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="42"/>
        <source>Throttled (429)</source>
        <translation>Gedrosselt (429)</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="43"/>
        <source>Slow service</source>
        <translation>Langsame Bearbeitung</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="44"/>
        <source>Crashed agents</source>
        <translation>Abgestürzte Agenten</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="45"/>
        <source>Capacity lost</source>
        <translation>Kapazitätsverlust</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="53"/>
        <location filename="../backend/analysis/finding_text.cpp" line="140"/>
        <source>fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="54"/>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="55"/>
        <source>prime kosha %1</source>
        <translation>Prime-Kosha %1</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="56"/>
        <source>domain kosha %1</source>
        <translation>Domain-Kosha %1</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="57"/>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="58"/>
        <source>%1 pool</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="67"/>
        <source>%1 of %2 slots busy, %3 calls waiting</source>
        <translation>%1 von %2 Plätzen belegt, %3 Aufrufe warten</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="72"/>
        <source>%1; nothing finished yet to measure the wait by</source>
        <translation>%1; noch nichts abgeschlossen, woran sich die Wartezeit messen ließe</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="73"/>
        <source>%1: each waits about %2 s before its %3 ms of service (Little&apos;s law)</source>
        <translation>%1: jeder wartet etwa %2 s vor seinen %3 ms Bedienzeit (Littles Gesetz)</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="77"/>
        <source>p99 latency %1 ms over the last %2 s, %3× its peers&apos; median of %4 ms</source>
        <translation>p99-Latenz %1 ms in den letzten %2 s, %3× der Median der Vergleichsgruppe von %4 ms</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="81"/>
        <source>%1 went from %2 to %3 (%4 %) at %5</source>
        <translation>%1 ging von %2 auf %3 (%4 %) um %5</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="85"/>
        <source>%1 % of calls get HTTP 429 (%2/s) while %3 calls/s pass</source>
        <translation>%1 % der Aufrufe erhalten HTTP 429 (%2/s), während %3 Aufrufe/s durchkommen</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="92"/>
        <source>%1: the provider&apos;s quota is about %2 calls/s, which %3 slots keep busy</source>
        <translation>%1: das Kontingent des Anbieters liegt bei etwa %2 Aufrufen/s, die %3 Slots auslasten</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="96"/>
        <source>its agents take %1 ms per unit of work, %2× the %3 ms of their peers, over %4 units; that is %5 % of the fleet&apos;s work time</source>
        <translation>seine Agenten brauchen %1 ms pro Arbeitseinheit, %2× die %3 ms der Vergleichsgruppe, über %4 Einheiten; das sind %5 % der Arbeitszeit der Flotte</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="103"/>
        <source>its own service takes %1 ms per unit (median of its last units; the fleet&apos;s agents %2 ms, its domain&apos;s other agents %3 ms), %4 ms at the 99th percentile (the fleet&apos;s agents %5 ms)</source>
        <translation>seine eigene Bearbeitung dauert %1 ms pro Einheit (Median seiner letzten Einheiten; Agenten der Flotte %2 ms, die übrigen Agenten seines Domain-Kosha %3 ms), %4 ms im 99. Perzentil (Agenten der Flotte %5 ms)</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="111"/>
        <source>%1; in its domain, %2</source>
        <translation>%1; in seinem Domain-Kosha: %2</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="112"/>
        <source>%1; that is %2 % of the fleet&apos;s work time</source>
        <translation>%1; das sind %2 % der Arbeitszeit der Flotte</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="116"/>
        <source>%1 of its %2 agents have failed; the work they held failed with them (%3 units)</source>
        <translation>%1 seiner %2 Agenten sind ausgefallen; ihre Arbeit ist mit ihnen fehlgeschlagen (%3 Einheiten)</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="120"/>
        <source>a stage now holds a slot for %1 ms instead of %2 ms (%3×) under the same settings since %4: about %5 % of the pool&apos;s capacity is lost</source>
        <translation>eine Stufe belegt seit %4 bei gleichen Einstellungen einen Slot %1 ms statt %2 ms (%3×): etwa %5 % der Kapazität des Pools gehen verloren</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="131"/>
        <source>Evidence (%1 – %2):</source>
        <translation>Belege (%1 – %2):</translation>
    </message>
    <message>
        <location filename="../backend/analysis/finding_text.cpp" line="142"/>
        <source>  series: %1 of %2</source>
        <translation>  Reihe: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../backend/model/metrics.h" line="54"/>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="55"/>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="55"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="55"/>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="56"/>
        <source>p99 stage latency in ms (mean of the members&apos; p99)</source>
        <translation>p99-Latenz der Stufen in ms (Mittelwert der p99-Werte der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="59"/>
        <location filename="../backend/model/metrics.h" line="60"/>
        <source>Queue depth</source>
        <translation>Warteschlangentiefe</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="60"/>
        <source>stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="60"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="61"/>
        <source>Stages waiting (sum of members)</source>
        <translation>Wartende Stufen (Summe der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="64"/>
        <source>Utilisation (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="65"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="65"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="65"/>
        <source>Util. %</source>
        <translation>Ausl. %</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="66"/>
        <source>Utilisation in percent (mean of members)</source>
        <translation>Auslastung in Prozent (Mittelwert der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="69"/>
        <location filename="../backend/model/metrics.h" line="70"/>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="70"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="70"/>
        <source>failed/s</source>
        <translation>fehlgeschl./s</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="71"/>
        <source>Failed stages per second (sum of members)</source>
        <translation>Fehlgeschlagene Stufen pro Sekunde (Summe der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="74"/>
        <source>Throughput (stages/s)</source>
        <translation>Durchsatz (Stufen/s)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="75"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="75"/>
        <source>stages/s</source>
        <translation>Stufen/s</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="75"/>
        <source>Stages/s</source>
        <translation>Stufen/s</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="76"/>
        <source>Throughput in stages per second (sum of members)</source>
        <translation>Durchsatz in Stufen pro Sekunde (Summe der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../backend/model/metrics.h" line="81"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../backend/model/metric_text.h" line="38"/>
        <source>Active agents (%)</source>
        <translation>Aktive Agenten (%)</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <location filename="../backend/runtime/telemetry_source.cpp" line="92"/>
        <source>replay of %1</source>
        <translation>Wiedergabe von %1</translation>
    </message>
    <message>
        <location filename="../backend/runtime/telemetry_source.cpp" line="37"/>
        <source>embedded simulator (%1, %2)</source>
        <translation>eingebetteter Simulator (%1, %2)</translation>
    </message>
    <message>
        <location filename="../backend/runtime/runtime.cpp" line="115"/>
        <source>control: none (replay)</source>
        <translation>Steuerung: keine (Wiedergabe)</translation>
    </message>
    <message>
        <location filename="../backend/runtime/runtime.cpp" line="119"/>
        <source>control: CURVE, refused: %1</source>
        <translation>Steuerung: CURVE, abgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../backend/runtime/runtime.cpp" line="120"/>
        <source>control: CURVE (encrypted, key checked by the server)</source>
        <translation>Steuerung: CURVE (verschlüsselt, Schlüssel vom Server geprüft)</translation>
    </message>
    <message>
        <location filename="../backend/runtime/runtime.cpp" line="122"/>
        <source>control: PLAINTEXT (--insecure-control): anyone on the path can read or forge commands</source>
        <translation>Steuerung: KLARTEXT (--insecure-control): Jeder auf dem Übertragungsweg kann Befehle mitlesen oder fälschen</translation>
    </message>
    <message>
        <location filename="../backend/runtime/runtime.cpp" line="125"/>
        <source>control: off (watching only; tuning needs --identity and --server-public-key, or --insecure-control)</source>
        <translation>Steuerung: aus (nur beobachten; Tuning braucht --identity und --server-public-key oder --insecure-control)</translation>
    </message>
</context>
<context>
    <name>SeriesPlots</name>
    <message>
        <location filename="../widgets/series_plots.cpp" line="72"/>
        <source>stage p99 latency (ms)</source>
        <translation>p99-Latenz der Stufen (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="73"/>
        <source>queued stages</source>
        <translation>Stufen in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="74"/>
        <source>mean utilisation (%)</source>
        <translation>mittlere Auslastung (%)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="75"/>
        <source>failed tasks/s</source>
        <translation>fehlgeschlagene Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="76"/>
        <source>busy agents</source>
        <translation>beschäftigte Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="79"/>
        <source>stages/s</source>
        <translation>Stufen/s</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../widgets/severity.h" line="14"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../widgets/severity.h" line="15"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/severity.h" line="16"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench_main.cpp" line="62"/>
        <source>Performance workbench for the Augur Omega agent fleet.</source>
        <translation>Performance-Workbench für die Augur-Omega-Agentenflotte.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="20"/>
        <source>Run the fleet simulator in-process and watch it.</source>
        <translation>Den Flottensimulator im selben Prozess ausführen und beobachten.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="21"/>
        <source>Telemetry endpoint to subscribe to.</source>
        <translation>Telemetrie-Endpunkt, der abonniert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="23"/>
        <source>Control endpoint of the orchestrator.</source>
        <translation>Steuerungs-Endpunkt des Orchestrators.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="25"/>
        <source>Scenario file for --demo.</source>
        <translation>Szenariodatei für --demo.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="26"/>
        <source>Simulated seconds per second for --demo (0 = as fast as possible).</source>
        <translation>Simulierte Sekunden pro Sekunde für --demo (0 = so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="28"/>
        <source>No window: print a status line every second.</source>
        <translation>Kein Fenster: jede Sekunde eine Statuszeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="29"/>
        <source>Quit after this many seconds (0 = run until closed).</source>
        <translation>Nach so vielen Sekunden beenden (0 = laufen bis zum Schließen).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="31"/>
        <source>Save a PNG of the window when quitting after --duration.</source>
        <translation>Beim Beenden nach --duration ein PNG des Fensters speichern.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="33"/>
        <source>Record the feed into a new session file (.omega).</source>
        <translation>Den Datenstrom in eine neue Sitzungsdatei (.omega) aufzeichnen.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="35"/>
        <source>Replay a session file instead of a live feed (--speed sets the pace).</source>
        <translation>Eine Sitzungsdatei statt eines Live-Datenstroms wiedergeben (--speed legt das Tempo fest).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="37"/>
        <source>Alert rules file (JSON, see docs/alerts.md); default: built-in rules.</source>
        <translation>Datei mit Alarmregeln (JSON, siehe docs/alerts.md); Standard: eingebaute Regeln.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="40"/>
        <source>Let the tuning loop apply recommendations on its own, within its guardrails (SIGUSR1 or Ctrl+Shift+K is the kill switch).</source>
        <translation>Die Tuning-Schleife Empfehlungen selbstständig innerhalb ihrer Schutzgrenzen anwenden lassen (SIGUSR1 oder Ctrl+Shift+K ist der Not-Aus).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="42"/>
        <source>Tuning audit database (SQLite); default: tuning-history.sqlite in the workbench&apos;s data folder, shared by omega-workbench and omega-headless.</source>
        <translation>Tuning-Audit-Datenbank (SQLite); Standard: tuning-history.sqlite im Datenordner der Workbench, gemeinsam für omega-workbench und omega-headless.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="45"/>
        <source>Write the run&apos;s report when quitting (.html with embedded plots, or .pdf).</source>
        <translation>Beim Beenden den Bericht des Laufs schreiben (.html mit eingebetteten Diagrammen oder .pdf).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="46"/>
        <source>Write the run&apos;s report when quitting (.html with SVG plots).</source>
        <translation>Beim Beenden den Bericht des Laufs schreiben (.html mit SVG-Diagrammen).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="49"/>
        <source>Compare two recordings (give it twice: before, then after) in the --report file (.html), then exit.</source>
        <translation>Zwei Aufzeichnungen vergleichen (zweimal angeben: vorher, dann nachher), in die --report-Datei (.html) schreiben, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="52"/>
        <source>Write a new CURVE key pair to FILE (mode 0600), print its public key and exit.</source>
        <translation>Ein neues CURVE-Schlüsselpaar in DATEI schreiben (Modus 0600), seinen öffentlichen Schlüssel ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="55"/>
        <source>This workbench&apos;s CURVE key file (from --gen-key); the orchestrator must list its public key.</source>
        <translation>CURVE-Schlüsseldatei dieser Workbench (von --gen-key); der Orchestrator muss ihren öffentlichen Schlüssel führen.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="58"/>
        <source>The orchestrator&apos;s CURVE public key (40 characters) or a file holding it.</source>
        <translation>Öffentlicher CURVE-Schlüssel des Orchestrators (40 Zeichen) oder eine Datei, die ihn enthält.</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="61"/>
        <source>Send control commands in plaintext (only for a trusted network; without keys control is off otherwise).</source>
        <translation>Steuerbefehle im Klartext senden (nur in einem vertrauenswürdigen Netz; ohne Schlüssel ist die Steuerung sonst aus).</translation>
    </message>
    <message>
        <location filename="../app/run_options.cpp" line="63"/>
        <source>The telemetry feed is CURVE-encrypted too (same keys).</source>
        <translation>Auch der Telemetrie-Datenstrom ist CURVE-verschlüsselt (dieselben Schlüssel).</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="134"/>
        <source>Cannot use these keys</source>
        <translation>Diese Schlüssel sind nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="160"/>
        <source>replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="162"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="163"/>
        <source>stale (no data)</source>
        <translation>veraltet (keine Daten)</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="164"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="167"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="188"/>
        <source>Cannot write the report</source>
        <translation>Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="194"/>
        <source>Export tuning audit</source>
        <translation>Tuning-Audit exportieren</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="198"/>
        <source>Cannot export the audit</source>
        <translation>Audit kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="208"/>
        <source>edited rules</source>
        <translation>bearbeitete Regeln</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="209"/>
        <source>Rules applied: %1 rules in force.</source>
        <translation>Regeln übernommen: %1 Regeln in Kraft.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="237"/>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="246"/>
        <source>Cannot record</source>
        <translation>Aufzeichnung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="277"/>
        <source>recording stopped</source>
        <translation>Aufzeichnung gestoppt</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="279"/>
        <source>Recording stopped</source>
        <translation>Aufzeichnung gestoppt</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="285"/>
        <source>● REC %1 MB</source>
        <translation>● REC %1 MB</translation>
    </message>
    <message>
        <location filename="../app/key_options.cpp" line="44"/>
        <source>--insecure-control contradicts --server-key / --authorized-keys / --observer-keys</source>
        <translation>--insecure-control widerspricht --server-key / --authorized-keys / --observer-keys</translation>
    </message>
    <message>
        <location filename="../app/key_options.cpp" line="48"/>
        <source>plaintext control may only bind a loopback, ipc:// or inproc:// endpoint (got %1); use --server-key and --authorized-keys for anything else</source>
        <translation>Steuerung im Klartext darf nur an einen Loopback-, ipc://- oder inproc://-Endpunkt binden (erhalten: %1); für alles andere --server-key und --authorized-keys verwenden</translation>
    </message>
    <message>
        <location filename="../app/key_options.cpp" line="56"/>
        <source>the control channel needs keys: --server-key FILE --authorized-keys FILE (make keys with --gen-key), or --insecure-control to let anyone who reaches the port change the configuration</source>
        <translation>Der Steuerkanal braucht Schlüssel: --server-key DATEI --authorized-keys DATEI (Schlüssel mit --gen-key erzeugen), oder --insecure-control, damit jeder, der den Port erreicht, die Konfiguration ändern kann</translation>
    </message>
    <message>
        <location filename="../app/key_options.cpp" line="73"/>
        <source>no client key is authorised: give --authorized-keys FILE (operators) or --observer-keys FILE</source>
        <translation>Kein Client-Schlüssel ist zugelassen: --authorized-keys DATEI (Operatoren) oder --observer-keys DATEI angeben</translation>
    </message>
    <message>
        <location filename="../app/key_options.cpp" line="83"/>
        <source>--identity and --server-public-key go together (our key pair, and the key the server proves)</source>
        <translation>--identity und --server-public-key gehören zusammen (unser Schlüsselpaar und der Schlüssel, den der Server nachweist)</translation>
    </message>
    <message>
        <location filename="../app/headless_main.cpp" line="20"/>
        <source>Omega Workbench without a window: watches the Augur Omega agent fleet and prints a status line every second.</source>
        <translation>Omega Workbench ohne Fenster: beobachtet die Augur-Omega-Agentenflotte und gibt jede Sekunde eine Statuszeile aus.</translation>
    </message>
</context>
<context>
    <name>omega::report</name>
    <message>
        <location filename="../backend/report/report_html.cpp" line="37"/>
        <source>local %1 · cloud %2 · batch %3 · share %4</source>
        <translation>lokal %1 · Cloud %2 · Batch %3 · Anteil %4</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="58"/>
        <source>%1 → %2 tasks/s: %3× the baseline</source>
        <translation>%1 → %2 Tasks/s: %3× der Ausgangswert</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="59"/>
        <source>measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="59"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="61"/>
        <source>baseline (first steady window)</source>
        <translation>Ausgangswert (erstes stabiles Zeitfenster)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="61"/>
        <location filename="../backend/report/report_html.cpp" line="62"/>
        <source>%1 tasks/s</source>
        <translation>%1 Tasks/s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="62"/>
        <source>now (newest window)</source>
        <translation>jetzt (neuestes Zeitfenster)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="63"/>
        <source>ratio to the baseline</source>
        <translation>Verhältnis zum Ausgangswert</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="63"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="65"/>
        <source>share of the publisher&apos;s own bound (%1 tasks/s; never an input)</source>
        <translation>Anteil an der eigenen Obergrenze des Publishers (%1 Tasks/s; nie eine Eingabe)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="66"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="67"/>
        <source>changes kept / rolled back / failed</source>
        <translation>Änderungen beibehalten / zurückgenommen / fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="76"/>
        <source>simulated time from the first change to the last verdict</source>
        <translation>simulierte Zeit von der ersten Änderung bis zur letzten Bewertung</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="76"/>
        <location filename="../backend/report/report_html.cpp" line="77"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="77"/>
        <source>wall time of the run</source>
        <translation>reale Dauer des Laufs</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="78"/>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>who</source>
        <translation>wer</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>applied at</source>
        <translation>angewendet um</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>predicted tasks/s</source>
        <translation>vorhergesagte Tasks/s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="85"/>
        <source>before → after</source>
        <translation>vorher → nachher</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="86"/>
        <source>verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="90"/>
        <source>rollback of #%1</source>
        <translation>Rücknahme von #%1</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="106"/>
        <source>Capacity models (fitted from telemetry only)</source>
        <translation>Kapazitätsmodelle (nur aus Telemetrie angepasst)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="108"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="108"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="110"/>
        <source>local pool (USL)</source>
        <translation>lokaler Pool (USL)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="110"/>
        <source>S1 %1 ms, σ %2 ± %3, κ %4 ± %5, n* %6 (%7 windows, %8 levels)</source>
        <translation>S1 %1 ms, σ %2 ± %3, κ %4 ± %5, n* %6 (%7 Zeitfenster, %8 Niveaus)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="115"/>
        <source>cloud call time a + b·B</source>
        <translation>Cloud-Aufrufdauer a + b·B</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="115"/>
        <source>a %1 ± %2 ms, b %3 ± %4 ms (%5 windows, %6 levels)</source>
        <translation>a %1 ± %2 ms, b %3 ± %4 ms (%5 Zeitfenster, %6 Niveaus)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="119"/>
        <source>provider quota</source>
        <translation>Kontingent des Anbieters</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="119"/>
        <source>%1 ± %2 calls/s (from %3 windows with 429s)</source>
        <translation>%1 ± %2 Aufrufe/s (aus %3 Zeitfenstern mit 429ern)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="122"/>
        <source>not seen; at least %1 calls/s</source>
        <translation>nicht beobachtet; mindestens %1 Aufrufe/s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="123"/>
        <source>work per task, closed loop</source>
        <translation>Arbeit pro Task, geschlossener Kreislauf</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="123"/>
        <source>%1 local stages + %2 bulk items per task, %3 tasks in flight, p99 / mean %4</source>
        <translation>%1 lokale Stufen + %2 Bulk-Elemente pro Task, %3 laufende Tasks, p99 / Mittelwert %4</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="150"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="160"/>
        <source>Findings at the end of the run</source>
        <translation>Befunde am Ende des Laufs</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="169"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="169"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="174"/>
        <source>No warnings at %1 (fleet time).</source>
        <translation>Keine Warnungen um %1 (Flottenzeit).</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="176"/>
        <source>At %1 (fleet time), most important first:</source>
        <translation>Um %1 (Flottenzeit), wichtigste zuerst:</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="178"/>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="178"/>
        <source>scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="178"/>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="178"/>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="181"/>
        <source>%1 info finding(s) not listed: they explain no measurable loss.</source>
        <translation>%1 Info-Befund(e) nicht aufgeführt: sie erklären keinen messbaren Verlust.</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="188"/>
        <location filename="../backend/report/report_html.cpp" line="190"/>
        <source>Omega Workbench tuning report</source>
        <translation>Tuning-Bericht der Omega Workbench</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="195"/>
        <source>No tuning in this run: the plots show the fleet as it ran.</source>
        <translation>Kein Tuning in diesem Lauf: Die Diagramme zeigen die Flotte, wie sie lief.</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="196"/>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="197"/>
        <source>Fleet throughput</source>
        <translation>Flottendurchsatz</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="197"/>
        <location filename="../backend/report/report_html.cpp" line="198"/>
        <location filename="../backend/report/report_html.cpp" line="201"/>
        <location filename="../backend/report/report_html.cpp" line="242"/>
        <source>tasks/s</source>
        <translation>Tasks/s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="199"/>
        <source>Task latency</source>
        <translation>Task-Latenz</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="199"/>
        <location filename="../backend/report/report_html.cpp" line="244"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="200"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="200"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="201"/>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Tasks</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="202"/>
        <source>failed/s</source>
        <translation>fehlgeschl./s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="203"/>
        <source>Dashed lines: changes (green kept, red rolled back), numbered as in the audit trail.</source>
        <translation>Gestrichelte Linien: Änderungen (grün beibehalten, rot zurückgenommen), nummeriert wie im Audit-Protokoll.</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="216"/>
        <location filename="../backend/report/report_html.cpp" line="217"/>
        <source>Omega Workbench: two runs compared</source>
        <translation>Omega Workbench: zwei Läufe im Vergleich</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="218"/>
        <location filename="../backend/report/report_html.cpp" line="225"/>
        <location filename="../backend/report/report_html.cpp" line="242"/>
        <location filename="../backend/report/report_html.cpp" line="245"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="218"/>
        <location filename="../backend/report/report_html.cpp" line="225"/>
        <location filename="../backend/report/report_html.cpp" line="242"/>
        <location filename="../backend/report/report_html.cpp" line="245"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="225"/>
        <source>at the end (last minute)</source>
        <translation>am Ende (letzte Minute)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="225"/>
        <source>after / before</source>
        <translation>nachher / vorher</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="230"/>
        <source>throughput (tasks/s)</source>
        <translation>Durchsatz (Tasks/s)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="231"/>
        <source>task p99 (ms)</source>
        <translation>Task-p99 (ms)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="232"/>
        <source>failed tasks/s</source>
        <translation>fehlgeschlagene Tasks/s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="233"/>
        <source>simulated time recorded (s)</source>
        <translation>aufgezeichnete simulierte Zeit (s)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="236"/>
        <source>knobs at the end</source>
        <translation>Stellgrößen am Ende</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="238"/>
        <source>local optimum n* (fitted)</source>
        <translation>lokales Optimum n* (angepasst)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="241"/>
        <source>Fleet throughput: before (blue) and after (orange)</source>
        <translation>Flottendurchsatz: vorher (blau) und nachher (orange)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="244"/>
        <source>Task p99: before (blue) and after (orange)</source>
        <translation>Task-p99: vorher (blau) und nachher (orange)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="260"/>
        <source>this program writes the report as .html; omega-workbench writes .pdf</source>
        <translation>dieses Programm schreibt den Bericht als .html; omega-workbench schreibt .pdf</translation>
    </message>
    <message>
        <location filename="../backend/report/report_html.cpp" line="270"/>
        <source>a comparison is written as .html</source>
        <translation>ein Vergleich wird als .html geschrieben</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="30"/>
        <source>simulated time (s)</source>
        <translation>simulierte Zeit (s)</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="80"/>
        <source>Local pool: stages/s against concurrency, USL fit</source>
        <translation>Lokaler Pool: Stufen/s über Nebenläufigkeit, USL-Anpassung</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="80"/>
        <source>Cloud pool: call time against items per call</source>
        <translation>Cloud-Pool: Aufrufdauer über Elemente pro Aufruf</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="81"/>
        <source>stages in service</source>
        <translation>Stufen in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="81"/>
        <source>items per call</source>
        <translation>Elemente pro Aufruf</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="82"/>
        <source>stages/s</source>
        <translation>Stufen/s</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="82"/>
        <source>ms in service per call</source>
        <translation>ms Bearbeitung pro Aufruf</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="83"/>
        <source>windows measured</source>
        <translation>gemessene Zeitfenster</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="84"/>
        <source>fitted model</source>
        <translation>angepasstes Modell</translation>
    </message>
    <message>
        <location filename="../backend/report/report_plots.cpp" line="112"/>
        <source>n* %1</source>
        <translation>n* %1</translation>
    </message>
</context>
<context>
    <name>omega::security</name>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="23"/>
        <location filename="../backend/security/authorized_keys.cpp" line="23"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="28"/>
        <source>%1 is too large to be a key file</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="69"/>
        <source>not a CURVE key pair</source>
        <translation>kein CURVE-Schlüsselpaar</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="76"/>
        <source>%1 exists; remove it first to make a new key</source>
        <translation>%1 existiert bereits; zuerst entfernen, um einen neuen Schlüssel zu erzeugen</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="77"/>
        <location filename="../backend/security/curve_keys.cpp" line="85"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="98"/>
        <source>%1 holds a secret key but others may read it; run: chmod 600 %1</source>
        <translation>%1 enthält einen geheimen Schlüssel, ist aber für andere lesbar; ausführen: chmod 600 %1</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="116"/>
        <source>%1 is not a key file (no valid secret-key line)</source>
        <translation>%1 ist keine Schlüsseldatei (keine gültige Zeile mit geheimem Schlüssel)</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="121"/>
        <source>%1: the public key does not belong to the secret key</source>
        <translation>%1: Der öffentliche Schlüssel gehört nicht zum geheimen Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="136"/>
        <source>%1 is neither a 40-character Z85 public key nor a readable file (%2)</source>
        <translation>%1 ist weder ein öffentlicher Z85-Schlüssel mit 40 Zeichen noch eine lesbare Datei (%2)</translation>
    </message>
    <message>
        <location filename="../backend/security/curve_keys.cpp" line="148"/>
        <source>%1 holds no Z85 public key</source>
        <translation>%1 enthält keinen öffentlichen Z85-Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/security/authorized_keys.cpp" line="28"/>
        <source>%1 is too large for a key list</source>
        <translation>%1 ist zu groß für eine Schlüsselliste</translation>
    </message>
    <message>
        <location filename="../backend/security/authorized_keys.cpp" line="46"/>
        <source>%1 line %2: not a 40-character Z85 public key</source>
        <translation>%1 Zeile %2: kein öffentlicher Z85-Schlüssel mit 40 Zeichen</translation>
    </message>
    <message>
        <location filename="../backend/security/handshake_watch.cpp" line="47"/>
        <source>the server refused this key (ZAP status %1): ask its operator to add our public key to its authorized keys</source>
        <translation>Der Server hat diesen Schlüssel abgewiesen (ZAP-Status %1): Seinen Betreiber bitten, unseren öffentlichen Schlüssel in seine zugelassenen Schlüssel aufzunehmen</translation>
    </message>
    <message>
        <location filename="../backend/security/handshake_watch.cpp" line="51"/>
        <source>the secure handshake failed: wrong server public key, or the server does not use CURVE</source>
        <translation>Der sichere Verbindungsaufbau ist fehlgeschlagen: falscher öffentlicher Serverschlüssel, oder der Server verwendet kein CURVE</translation>
    </message>
    <message>
        <location filename="../backend/security/zap_authenticator.cpp" line="46"/>
        <source>cannot start the key check (ZAP handler): %1</source>
        <translation>Die Schlüsselprüfung (ZAP-Handler) kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>omega::tuning</name>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="117"/>
        <source>too few seconds of data to judge</source>
        <translation>zu wenige Sekunden an Daten für eine Bewertung</translation>
    </message>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="136"/>
        <source>throughput %1 → %2 tasks/s (p = %3), p99 %4 → %5 ms (p = %6)</source>
        <translation>Durchsatz %1 → %2 Tasks/s (p = %3), p99 %4 → %5 ms (p = %6)</translation>
    </message>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="144"/>
        <source>worse: throughput fell by more than %1 %: %2</source>
        <translation>schlechter: Durchsatz um mehr als %1 % gesunken: %2</translation>
    </message>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="146"/>
        <source>worse: p99 rose by more than %1 %: %2</source>
        <translation>schlechter: p99 um mehr als %1 % gestiegen: %2</translation>
    </message>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="148"/>
        <source>worse: failed tasks rose from %1/s to %2/s</source>
        <translation>schlechter: fehlgeschlagene Tasks von %1/s auf %2/s gestiegen</translation>
    </message>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="150"/>
        <source>better: %1</source>
        <translation>besser: %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/verification.cpp" line="152"/>
        <source>no significant change: %1</source>
        <translation>keine signifikante Änderung: %1</translation>
    </message>
</context>
<context>
    <name>omega::tuning::TuningController</name>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="62"/>
        <source>waiting for telemetry</source>
        <translation>warte auf Telemetrie</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="89"/>
        <source>a change is already in flight; one at a time</source>
        <translation>eine Änderung läuft bereits; immer nur eine zugleich</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="100"/>
        <source>rejected by a person</source>
        <translation>von einer Person abgelehnt</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="116"/>
        <source>kill switch: left in force as it is, without a verdict</source>
        <translation>Not-Aus: unverändert in Kraft belassen, ohne Bewertung</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="117"/>
        <source>stopped by the kill switch; the configuration in force is left as it is</source>
        <translation>durch den Not-Aus gestoppt; die gültige Konfiguration bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="153"/>
        <source>sent, expecting config version %1</source>
        <translation>gesendet, erwarte Konfigurationsversion %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="157"/>
        <source>no reply: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="165"/>
        <source>refused by the publisher: %1</source>
        <translation>vom Publisher abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="171"/>
        <source>acknowledged as config version %1</source>
        <translation>bestätigt als Konfigurationsversion %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="181"/>
        <source>acknowledged, but the telemetry never showed version %1</source>
        <translation>bestätigt, aber die Telemetrie zeigte nie Version %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="186"/>
        <source>rollback in force as config version %1</source>
        <translation>Rücknahme in Kraft als Konfigurationsversion %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="199"/>
        <source>verifying: %1 s to settle, then %2 s against the %2 s before</source>
        <translation>Überprüfung: %1 s Einschwingzeit, dann %2 s im Vergleich zu den %2 s davor</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="245"/>
        <source>rollback of change %1</source>
        <translation>Rücknahme von Änderung %1</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="271"/>
        <source>approved; waiting for the fleet to hold steady before sending it</source>
        <translation>genehmigt; warte vor dem Senden, bis die Flotte stabil läuft</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="281"/>
        <source>the configuration changed since (version %1 in force, the change expected %2)</source>
        <translation>die Konfiguration hat sich seitdem geändert (Version %1 in Kraft, die Änderung erwartete %2)</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="289"/>
        <source>refused by the guardrails: a knob moves more than %1× in one step</source>
        <translation>von den Schutzgrenzen abgelehnt: eine Stellgröße ändert sich um mehr als %1× in einem Schritt</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="293"/>
        <source>approved by a person</source>
        <translation>von einer Person genehmigt</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="300"/>
        <source>cooling down</source>
        <translation>Abkühlphase</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="304"/>
        <source>waiting for a window at the configuration in force</source>
        <translation>warte auf ein Zeitfenster mit der gültigen Konfiguration</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="310"/>
        <source>waiting for the fleet to hold steady before the next change</source>
        <translation>warte vor der nächsten Änderung, bis die Flotte stabil läuft</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="317"/>
        <source>the best recommendation is below the auto-apply thresholds (confidence %1 %, risk %2)</source>
        <translation>die beste Empfehlung liegt unter den Schwellen für automatisches Anwenden (Konfidenz %1 %, Risiko %2)</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="325"/>
        <source>auto-apply: predicted %1 tasks/s, confidence %2 %</source>
        <translation>automatisch angewendet: vorhergesagt %1 Tasks/s, Konfidenz %2 %</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="331"/>
        <source>converged: no change left that the models predict would help</source>
        <translation>konvergiert: keine Änderung mehr, die laut den Modellen helfen würde</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="342"/>
        <source>the publisher restarted mid-change: re-checked from its new telemetry, not assumed</source>
        <translation>der Publisher wurde während der Änderung neu gestartet: anhand seiner neuen Telemetrie erneut geprüft, nicht angenommen</translation>
    </message>
    <message>
        <location filename="../backend/tuning/tuning_controller.cpp" line="380"/>
        <source>change %1 %2</source>
        <translation>Änderung %1 %2</translation>
    </message>
</context>
<context>
    <name>omega::widgets</name>
    <message>
        <location filename="../widgets/report_writer.cpp" line="162"/>
        <source>Omega Workbench tuning report</source>
        <translation>Tuning-Bericht der Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/report_writer.cpp" line="152"/>
        <source>cannot write %1: no such folder</source>
        <translation>%1 kann nicht geschrieben werden: Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>omega::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="114"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="120"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="120"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="122"/>
        <source>About Omega Workbench</source>
        <translation>Über Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="124"/>
        <source>&lt;h3&gt;Omega Workbench %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Omega Workbench %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="125"/>
        <source>A performance workbench for the Augur Omega agent fleet: live telemetry, bottlenecks and their causes, tuning with verification and rollback, recorded sessions.</source>
        <translation>Eine Leistungswerkbank für die Augur-Omega-Agentenflotte: Live-Telemetrie, Engpässe und ihre Ursachen, Tuning mit Überprüfung und Rücknahme, aufgezeichnete Sitzungen.</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="142"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
</context>
<context>
    <name>omega::widgets::AlertsPanel</name>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="23"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="23"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="23"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="24"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="24"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="24"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="25"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="47"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="48"/>
        <source>Mark the selected alert as seen: no more notifications for it</source>
        <translation>Den ausgewählten Alarm als gesehen markieren: keine weiteren Benachrichtigungen dazu</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="49"/>
        <source>Silence 1 h</source>
        <translation>1 h stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="50"/>
        <source>Silence the selected alert&apos;s rule on its scope for one hour</source>
        <translation>Die Regel des ausgewählten Alarms in ihrem Bereich für eine Stunde stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="51"/>
        <source>Edit rules…</source>
        <translation>Regeln bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="52"/>
        <source>Open the alert rule editor</source>
        <translation>Den Editor für Alarmregeln öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="59"/>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="60"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="78"/>
        <source>No alerts</source>
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="103"/>
        <source>No alerts firing · rules evaluated in %1 µs per sample</source>
        <translation>Keine aktiven Alarme · Regeln in %1 µs pro Messung ausgewertet</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="104"/>
        <source>%1 firing, %2 critical · rules evaluated in %3 µs per sample</source>
        <translation>%1 aktiv, %2 kritisch · Regeln in %3 µs pro Messung ausgewertet</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="117"/>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="119"/>
        <source>flapping</source>
        <translation>flatternd</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="121"/>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="123"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
</context>
<context>
    <name>omega::widgets::ColorLegend</name>
    <message>
        <location filename="../widgets/color_legend.cpp" line="18"/>
        <source>Colour legend</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <location filename="../widgets/color_legend.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>omega::widgets::EventLog</name>
    <message>
        <location filename="../widgets/event_log.cpp" line="13"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="14"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="15"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="16"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="41"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="41"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="41"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="41"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../widgets/event_log.cpp" line="46"/>
        <source>Faults and configuration changes reported by the orchestrator (simulated time)</source>
        <translation>Vom Orchestrator gemeldete Störungen und Konfigurationsänderungen (simulierte Zeit)</translation>
    </message>
</context>
<context>
    <name>omega::widgets::FindingsPanel</name>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="39"/>
        <source>Show info</source>
        <translation>Infos zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="43"/>
        <source>Waiting for the first analysis…</source>
        <translation>Warte auf die erste Analyse…</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="44"/>
        <source>The analysis runs on its own thread once a second on the newest snapshot</source>
        <translation>Die Analyse läuft in einem eigenen Thread einmal pro Sekunde auf dem neuesten Schnappschuss</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="47"/>
        <source>Also list info findings: things noticed that explain no measurable loss (an idle queue, a small outlier)</source>
        <translation>Auch Info-Befunde auflisten: Auffälligkeiten, die keinen messbaren Verlust erklären (eine leere Warteschlange, ein kleiner Ausreißer)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="109"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="109"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="111"/>
        <source>(%1 info hidden)</source>
        <translation>(%1 Info ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="112"/>
        <source>%1 at %2 · analysis took %3 ms (cycle %4)</source>
        <translation>%1 um %2 · Analyse dauerte %3 ms (Zyklus %4)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="123"/>
        <source>%1 · %2 · confidence %3 % · since %4</source>
        <translation>%1 · %2 · Konfidenz %3 % · seit %4</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>omega::widgets::FleetHeatmap</name>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="45"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="46"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="47"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="48"/>
        <source>failed</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="49"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="682"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="68"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="77"/>
        <source>the fleet</source>
        <translation>die Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="80"/>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="81"/>
        <source>prime kosha %1</source>
        <translation>Prime-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="82"/>
        <source>domain kosha %1</source>
        <translation>Domain-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="83"/>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="181"/>
        <source>Selected %1 is outside this view · Backspace zooms out</source>
        <translation>Ausgewählt: %1 liegt außerhalb dieser Ansicht · Rücktaste zoomt heraus</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="193"/>
        <source>Fleet heatmap</source>
        <translation>Flotten-Heatmap</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="194"/>
        <source>One cell per agent, grouped by team, prime kosha and domain kosha</source>
        <translation>Eine Zelle pro Agent, gruppiert nach Team, Prime-Kosha und Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="316"/>
        <source>1 agent</source>
        <translation>1 Agent</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="316"/>
        <source>%1 agents</source>
        <translation>%1 Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="676"/>
        <source>Domain kosha</source>
        <translation>Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="677"/>
        <source>Prime kosha</source>
        <translation>Prime-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="678"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="700"/>
        <source>%1 agents: %2 busy, %3 waiting, %4 failed</source>
        <translation>%1 Agenten: %2 beschäftigt, %3 wartend, %4 ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="703"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="705"/>
        <source>Click to select, double-click to zoom in</source>
        <translation>Klicken zum Auswählen, Doppelklick zum Hineinzoomen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="719"/>
        <source>No agents to show</source>
        <translation>Keine Agenten anzuzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="719"/>
        <source>Waiting for the fleet&apos;s topology…</source>
        <translation>Warte auf die Topologie der Flotte…</translation>
    </message>
</context>
<context>
    <name>omega::widgets::GuideDialog</name>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="152"/>
        <source>Omega Workbench user guide</source>
        <translation>Benutzerhandbuch von Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="158"/>
        <source>The guide is not built into this program; it is docs/guide.md in the source.</source>
        <translation>Das Handbuch ist nicht in dieses Programm eingebaut; es liegt als docs/guide.md in den Quellen.</translation>
    </message>
</context>
<context>
    <name>omega::widgets::HeatmapPanel</name>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="32"/>
        <source>Auto range</source>
        <translation>Automatischer Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="50"/>
        <source>What the colour of each agent&apos;s cell shows</source>
        <translation>Was die Farbe der Zelle jedes Agenten zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="52"/>
        <source>On: the colours span the shown agents&apos; lowest to highest value.
Off: a fixed range, so colours mean the same thing over time.</source>
        <translation>An: Die Farben reichen vom niedrigsten bis zum höchsten Wert der gezeigten Agenten.
Aus: ein fester Bereich, damit Farben über die Zeit dasselbe bedeuten.</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="60"/>
        <source>Value at the bottom of the colour scale</source>
        <translation>Wert am unteren Ende der Farbskala</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="61"/>
        <source>Value at the top of the colour scale</source>
        <translation>Wert am oberen Ende der Farbskala</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="62"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="63"/>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="64"/>
        <source>Colour scale; both are perceptually uniform and readable with colour-vision deficiency</source>
        <translation>Farbskala; beide sind wahrnehmungsgleichförmig und bei Farbsehschwäche lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="65"/>
        <source>Find agent or kosha (Ctrl+F)</source>
        <translation>Agent oder Kosha suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="68"/>
        <source>Enter selects the next team, kosha or agent whose name contains the text; Esc clears</source>
        <translation>Eingabe wählt das nächste Team, Kosha oder den nächsten Agenten, dessen Name den Text enthält; Esc leert</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="70"/>
        <source>Show only the selected team or kosha (an agent: its prime kosha).
Double-clicking a block zooms into it as well.</source>
        <translation>Nur das ausgewählte Team oder Kosha zeigen (bei einem Agenten: sein Prime-Kosha).
Ein Doppelklick auf einen Block zoomt ebenfalls hinein.</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="73"/>
        <source>Back to the enclosing level (Backspace or Esc on the map)</source>
        <translation>Zurück zur umgebenden Ebene (Rücktaste oder Esc auf der Karte)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="76"/>
        <source>Find agent or kosha</source>
        <translation>Agent oder Kosha suchen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="77"/>
        <source>Colour range low</source>
        <translation>Farbbereich unten</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="78"/>
        <source>Colour range high</source>
        <translation>Farbbereich oben</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="79"/>
        <source>Colour scale</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="83"/>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="300"/>
        <source>Found %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="301"/>
        <source>%1 of %2: %3 · Enter for the next</source>
        <translation>%1 von %2: %3 · Eingabe für den nächsten</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="375"/>
        <source>(auto)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="375"/>
        <source>(fixed)</source>
        <translation>(fest)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="72"/>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="69"/>
        <source>Zoom to selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="321"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="289"/>
        <source>No agent or kosha matches “%1”</source>
        <translation>Kein Agent und kein Kosha passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>omega::widgets::KoshaTimeMap</name>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="37"/>
        <source>raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="38"/>
        <source>1 s buckets</source>
        <translation>1-s-Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="39"/>
        <source>10 s buckets</source>
        <translation>10-s-Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="40"/>
        <source>1 min buckets</source>
        <translation>1-min-Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="104"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="105"/>
        <source>Prime koshas</source>
        <translation>Prime-Koshas</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="106"/>
        <source>Domain koshas</source>
        <translation>Domain-Koshas</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="108"/>
        <source>One row per team, prime kosha or domain kosha</source>
        <translation>Eine Zeile pro Team, Prime-Kosha oder Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="115"/>
        <source>Colour = this metric&apos;s mean over each time bucket</source>
        <translation>Farbe = Mittelwert dieser Metrik je Zeitintervall</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="117"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="118"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="119"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="120"/>
        <source>Time shown; longer windows use coarser buckets</source>
        <translation>Angezeigte Zeitspanne; längere Zeitfenster verwenden gröbere Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="122"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="125"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="128"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="157"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="177"/>
        <location filename="../widgets/kosha_time_map.cpp" line="390"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="321"/>
        <source>Waiting for the fleet&apos;s topology</source>
        <translation>Warte auf die Topologie der Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="321"/>
        <source>No history source</source>
        <translation>Keine Verlaufsquelle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="392"/>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="580"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="582"/>
        <source>Prime kosha in team %1</source>
        <translation>Prime-Kosha in Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="587"/>
        <source>Domain kosha in %1 › %2</source>
        <translation>Domain-Kosha in %1 › %2</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="613"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="614"/>
        <source>%1
%2
%3 – %4
%5: %6</source>
        <translation>%1
%2
%3 – %4
%5: %6</translation>
    </message>
</context>
<context>
    <name>omega::widgets::KoshaTreeModel</name>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="440"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="440"/>
        <source>Prime kosha</source>
        <translation>Prime-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="441"/>
        <source>Domain kosha</source>
        <translation>Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="441"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="442"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="457"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="458"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="459"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="460"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="461"/>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="468"/>
        <source>Team → prime kosha → domain kosha → agent</source>
        <translation>Team → Prime-Kosha → Domain-Kosha → Agent</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="469"/>
        <source>Agents in the group</source>
        <translation>Agenten in der Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="470"/>
        <source>Agents with a stage in service</source>
        <translation>Agenten, die gerade eine Stufe bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="471"/>
        <source>Agents waiting for a pool slot</source>
        <translation>Agenten, die auf einen Pool-Slot warten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="472"/>
        <source>Agents crashed or unavailable</source>
        <translation>Abgestürzte oder nicht verfügbare Agenten</translation>
    </message>
</context>
<context>
    <name>omega::widgets::KoshaTreeView</name>
    <message>
        <location filename="../widgets/kosha_tree_view.cpp" line="114"/>
        <source>Filter teams, koshas and agents…</source>
        <translation>Teams, Koshas und Agenten filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_view.cpp" line="116"/>
        <source>Shows rows whose name contains the text, with their parents</source>
        <translation>Zeigt Zeilen, deren Name den Text enthält, samt ihren übergeordneten Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_view.cpp" line="289"/>
        <source>waiting for topology</source>
        <translation>warte auf Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_view.cpp" line="294"/>
        <source>%1 teams · %2 primes · %3 domains · %4 agents</source>
        <translation>%1 Teams · %2 Primes · %3 Domains · %4 Agenten</translation>
    </message>
</context>
<context>
    <name>omega::widgets::KoshaTreemap</name>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="113"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="114"/>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="115"/>
        <location filename="../widgets/kosha_treemap.cpp" line="542"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="116"/>
        <source>%1 err/s</source>
        <translation>%1 Fehler/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="117"/>
        <location filename="../widgets/kosha_treemap.cpp" line="543"/>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="118"/>
        <source>%1 % active</source>
        <translation>%1 % aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="121"/>
        <source>%1 agents · %2 stages/s</source>
        <translation>%1 Agenten · %2 Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="122"/>
        <source>1 agent · %1 stages/s</source>
        <translation>1 Agent · %1 Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="519"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="535"/>
        <source>No metrics yet</source>
        <translation>Noch keine Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="539"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="539"/>
        <source>%1 stages/s</source>
        <translation>%1 Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="540"/>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="540"/>
        <source>%1 ms (worst agent %2 ms)</source>
        <translation>%1 ms (schlechtester Agent %2 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="541"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="541"/>
        <source>%1 stages</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="542"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="543"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="544"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="544"/>
        <source>%1 (busy %2, waiting %3, failed %4)</source>
        <translation>%1 (beschäftigt %2, wartend %3, ausgefallen %4)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="592"/>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="593"/>
        <source>Area: stages/s</source>
        <translation>Fläche: Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="593"/>
        <source>Area: agents</source>
        <translation>Fläche: Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="598"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="606"/>
        <source>double-click to zoom in</source>
        <translation>Doppelklick zum Hineinzoomen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="606"/>
        <source>Backspace to zoom out</source>
        <translation>Rücktaste zum Herauszoomen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="637"/>
        <source>Waiting for the fleet topology…</source>
        <translation>Warte auf die Flottentopologie…</translation>
    </message>
</context>
<context>
    <name>omega::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="58"/>
        <location filename="../widgets/main_window.cpp" line="178"/>
        <source>Omega Workbench</source>
        <translation>Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="193"/>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="194"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="195"/>
        <source>Omega sessions (*.omega);;All files (*)</source>
        <translation>Omega-Sitzungen (*.omega);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="202"/>
        <location filename="../widgets/main_window.cpp" line="467"/>
        <source>&amp;Record…</source>
        <translation>&amp;Aufzeichnen…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="207"/>
        <source>Record session to</source>
        <translation>Sitzung aufzeichnen nach</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="208"/>
        <source>Omega sessions (*.omega)</source>
        <translation>Omega-Sitzungen (*.omega)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="215"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="216"/>
        <source>Record the feed into a session file, or stop recording</source>
        <translation>Den Datenstrom in eine Sitzungsdatei aufzeichnen oder die Aufzeichnung stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="235"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="171"/>
        <source>Telemetry source and connection state</source>
        <translation>Telemetriequelle und Verbindungszustand</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="71"/>
        <location filename="../widgets/main_window.cpp" line="383"/>
        <source>No tuning: this source has no control channel (a replay, or a feed without one)</source>
        <translation>Kein Tuning: Diese Quelle hat keinen Steuerkanal (eine Wiedergabe oder ein Datenstrom ohne Steuerkanal)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="97"/>
        <source>Colour of the treemap; area is the work each kosha does</source>
        <translation>Farbe der Treemap; die Fläche entspricht der Arbeit jedes Koshas</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="117"/>
        <source>Find agent or kosha</source>
        <translation>Agent oder Kosha suchen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="123"/>
        <source>Fleet overview</source>
        <translation>Flottenübersicht</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="123"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="124"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="124"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="125"/>
        <source>Kosha hierarchy</source>
        <translation>Kosha-Hierarchie</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="125"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="126"/>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="126"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="127"/>
        <source>Time series</source>
        <translation>Zeitreihen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="127"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="128"/>
        <source>Kosha × time</source>
        <translation>Kosha × Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="128"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="129"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="129"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="130"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="130"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="131"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="131"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="132"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="133"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="134"/>
        <source>Tuning</source>
        <translation>Tuning</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="134"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="145"/>
        <source>Session timeline</source>
        <translation>Sitzungszeitleiste</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="149"/>
        <source>Play / pause replay</source>
        <translation>Wiedergabe starten / pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="150"/>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="154"/>
        <source>Step replay</source>
        <translation>Wiedergabe schrittweise fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="155"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="172"/>
        <source>Telemetry messages per second</source>
        <translation>Telemetrienachrichten pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="173"/>
        <source>Lost messages / rejected messages</source>
        <translation>Verlorene Nachrichten / abgelehnte Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="174"/>
        <source>Publish-to-receive delay of the last tick, and snapshot-to-screen delay</source>
        <translation>Verzögerung vom Veröffentlichen bis zum Empfang des letzten Ticks und vom Snapshot bis zur Anzeige</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_layout.cpp" line="37"/>
        <source>Show or hide %1 (%2)</source>
        <translation>%1 ein- oder ausblenden (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="220"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="226"/>
        <source>Export &amp;report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="227"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="228"/>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="232"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="233"/>
        <source>Throughput, latency and failures over time with every change, the audit trail and the models</source>
        <translation>Durchsatz, Latenz und Fehlschläge im Zeitverlauf mit jeder Änderung, dem Audit-Protokoll und den Modellen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="242"/>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="243"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="245"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="246"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="247"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="248"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="256"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="261"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="262"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="271"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="274"/>
        <source>&amp;About Omega Workbench</source>
        <translation>&amp;Über Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="275"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="363"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="364"/>
        <source>Critical alert: %1</source>
        <translation>Kritischer Alarm: %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="366"/>
        <source>Critical alert</source>
        <translation>Kritischer Alarm</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="384"/>
        <source>Nothing can apply a change: this source has no control channel</source>
        <translation>Keine Änderung kann angewendet werden: Diese Quelle hat keinen Steuerkanal</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="410"/>
        <source>change %1: %2</source>
        <translation>Änderung %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="448"/>
        <source>lag %1 ms · display %2 ms</source>
        <translation>Verzögerung %1 ms · Anzeige %2 ms</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="467"/>
        <source>Stop &amp;recording</source>
        <translation>Aufzeichnung &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="477"/>
        <source>control off</source>
        <translation>Steuerung aus</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="478"/>
        <source>control: CURVE</source>
        <translation>Steuerung: CURVE</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="479"/>
        <source>control: PLAINTEXT</source>
        <translation>Steuerung: KLARTEXT</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="480"/>
        <source>control: key refused</source>
        <translation>Steuerung: Schlüssel abgewiesen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="415"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="417"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="425"/>
        <location filename="../widgets/main_window.cpp" line="445"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="447"/>
        <source>gaps %1 · rejected %2</source>
        <translation>Lücken %1 · abgelehnt %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="450"/>
        <source>Last rejected message: %1</source>
        <translation>Zuletzt abgelehnte Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>omega::widgets::OverviewPanel</name>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="22"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="22"/>
        <source>State of the telemetry feed</source>
        <translation>Zustand des Telemetrie-Datenstroms</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="23"/>
        <source>Agents seen</source>
        <translation>Gesehene Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="23"/>
        <source>Agents in the current topology</source>
        <translation>Agenten in der aktuellen Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="24"/>
        <source>Agent samples/s</source>
        <translation>Agenten-Messwerte/s</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="24"/>
        <source>Agent samples decoded into the model per second</source>
        <translation>Pro Sekunde in das Modell dekodierte Agenten-Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="25"/>
        <source>Fleet throughput</source>
        <translation>Flottendurchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="25"/>
        <source>Completed tasks per second, last second</source>
        <translation>Abgeschlossene Tasks pro Sekunde, letzte Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="26"/>
        <source>Task latency p50 / p99</source>
        <translation>Task-Latenz p50 / p99</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="26"/>
        <source>End-to-end latency of recently completed tasks</source>
        <translation>End-to-End-Latenz kürzlich abgeschlossener Tasks</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="27"/>
        <source>Tasks in flight</source>
        <translation>Laufende Tasks</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="27"/>
        <source>Admitted and not yet completed or failed</source>
        <translation>Angenommen und noch nicht abgeschlossen oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="28"/>
        <source>Busy / waiting / failed</source>
        <translation>Beschäftigt / wartend / ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="28"/>
        <source>Agents by state in the last sample</source>
        <translation>Agenten nach Zustand in der letzten Messung</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="29"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="29"/>
        <source>Telemetry messages lost (sequence holes), duplicates and publisher restarts</source>
        <translation>Verlorene Telemetrienachrichten (Sequenzlücken), Duplikate und Neustarts des Publishers</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="30"/>
        <source>Config version</source>
        <translation>Konfigurationsversion</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="30"/>
        <source>Orchestrator configuration in force</source>
        <translation>Gültige Konfiguration des Orchestrators</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="31"/>
        <source>Rejected messages</source>
        <translation>Abgelehnte Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="32"/>
        <location filename="../widgets/overview_panel.cpp" line="108"/>
        <source>Telemetry messages refused by the protocol rules, per reason (docs/protocol.md §2)</source>
        <translation>Nach den Protokollregeln abgelehnte Telemetrie-Nachrichten, je Grund (docs/protocol.md §2)</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="39"/>
        <source>bad framing</source>
        <translation>fehlerhafte Rahmung</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="40"/>
        <source>unknown topic</source>
        <translation>unbekanntes Thema</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="41"/>
        <source>unparsable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="42"/>
        <source>wrong version</source>
        <translation>falsche Version</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="43"/>
        <source>inconsistent</source>
        <translation>widersprüchlich</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="44"/>
        <source>non-finite</source>
        <translation>nicht endlich</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="45"/>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="46"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="47"/>
        <source>duplicate name</source>
        <translation>doppelter Name</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="84"/>
        <source>%1 in %2 koshas, %3 teams</source>
        <translation>%1 in %2 Koshas, %3 Teams</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="88"/>
        <source>waiting for topology</source>
        <translation>warte auf Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="91"/>
        <source>%1 lost · %2 dup · %3 restarts</source>
        <translation>%1 verloren · %2 Dupl. · %3 Neustarts</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="95"/>
        <source>%1 tasks/s</source>
        <translation>%1 Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="96"/>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="104"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="106"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="109"/>
        <source>%1 refused in all. Last: %2</source>
        <translation>%1 insgesamt abgelehnt. Zuletzt: %2</translation>
    </message>
</context>
<context>
    <name>omega::widgets::PoolPanel</name>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="56"/>
        <source>In use / limit</source>
        <translation>Belegt / Limit</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="56"/>
        <source>Slots held now out of the pool&apos;s limit</source>
        <translation>Derzeit belegte Slots im Verhältnis zum Limit des Pools</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="61"/>
        <source>Slots in use as a share of the limit</source>
        <translation>Belegte Slots als Anteil am Limit</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="64"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="64"/>
        <source>Concurrency limit (semaphore size) in force</source>
        <translation>Gültiges Nebenläufigkeitslimit (Semaphorgröße)</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="65"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="65"/>
        <source>Requests queued for a slot</source>
        <translation>Anfragen, die auf einen Slot warten</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="66"/>
        <source>Done/s</source>
        <translation>Erledigt/s</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="66"/>
        <source>Calls (cloud) or stages (local) completed per second</source>
        <translation>Pro Sekunde abgeschlossene Aufrufe (Cloud) oder Stufen (lokal)</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="67"/>
        <source>Throttled 429/s</source>
        <translation>Gedrosselt 429/s</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="67"/>
        <source>Calls refused by the provider&apos;s quota (HTTP 429) per second</source>
        <translation>Pro Sekunde durch das Kontingent des Anbieters abgelehnte Aufrufe (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="68"/>
        <source>Latency p50 / p99</source>
        <translation>Latenz p50 / p99</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="68"/>
        <source>Service latency of recently completed calls</source>
        <translation>Bearbeitungslatenz kürzlich abgeschlossener Aufrufe</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="69"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="69"/>
        <source>Items per call in force (1 for the local pool)</source>
        <translation>Gültige Elemente pro Aufruf (1 für den lokalen Pool)</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="70"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="70"/>
        <source>Slots in use over the limit, averaged over the interval</source>
        <translation>Belegte Slots im Verhältnis zum Limit, gemittelt über das Intervall</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="122"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="124"/>
        <source>local CPU pool</source>
        <translation>lokaler CPU-Pool</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="125"/>
        <source>cloud pool</source>
        <translation>Cloud-Pool</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="126"/>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="129"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="141"/>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
    </message>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="143"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>omega::widgets::PoolPanels</name>
    <message>
        <location filename="../widgets/pool_panel.cpp" line="159"/>
        <source>No pool state received yet</source>
        <translation>Noch kein Pool-Zustand empfangen</translation>
    </message>
</context>
<context>
    <name>omega::widgets::RecommendationsPanel</name>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="26"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="27"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="28"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="34"/>
        <source>local %1, cloud %2, batch %3, bulk local %4 %</source>
        <translation>lokal %1, Cloud %2, Batch %3, Bulk lokal %4 %</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="44"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="45"/>
        <source>one level seen</source>
        <translation>nur ein Niveau beobachtet</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="46"/>
        <source>partly determined</source>
        <translation>teilweise bestimmt</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="47"/>
        <source>fitted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="56"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="57"/>
        <source>the local CPU pool</source>
        <translation>lokaler CPU-Pool</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="58"/>
        <source>the cloud pool&apos;s slots</source>
        <translation>Slots des Cloud-Pools</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="59"/>
        <source>the provider&apos;s quota</source>
        <translation>Kontingent des Anbieters</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="60"/>
        <source>the tasks in flight</source>
        <translation>laufende Tasks</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="69"/>
        <source>local limit %1 → %2</source>
        <translation>lokales Limit %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="71"/>
        <source>cloud limit %1 → %2</source>
        <translation>Cloud-Limit %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="73"/>
        <source>cloud batch %1 → %2</source>
        <translation>Cloud-Batch %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="75"/>
        <source>bulk local share %1 % → %2 %</source>
        <translation>lokaler Bulk-Anteil %1 % → %2 %</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="83"/>
        <source>Throughput %1 → %2 tasks/s (%3%4, 95 % interval %5–%6)</source>
        <translation>Durchsatz %1 → %2 Tasks/s (%3%4, 95-%-Intervall %5–%6)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="87"/>
        <source>; task p99 %1 → %2 s</source>
        <translation>; Task-p99 %1 → %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="93"/>
        <source>Relieves %1. Confidence %2 %, risk %3.</source>
        <translation>Entlastet: %1. Konfidenz %2 %, Risiko %3.</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="97"/>
        <source>An experiment: the data do not yet determine the outcome at these knobs; the step is bounded and what it measures fixes the model.</source>
        <translation>Ein Experiment: Die Daten bestimmen das Ergebnis bei diesen Stellgrößen noch nicht; der Schritt ist begrenzt, und was er misst, legt das Modell fest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/recommendations_panel.cpp" line="101"/>
        <source>Plan: %n step(s) to %1 tasks/s at %2.</source>
        <translation>
            <numerusform>Plan: %n Schritt bis %1 Tasks/s bei %2.</numerusform>
            <numerusform>Plan: %n Schritte bis %1 Tasks/s bei %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="107"/>
        <source>The p99 objective of %1 s is not met where this plan ends (%2 s); it goes on once its experiment has run.</source>
        <translation>Das p99-Ziel von %1 s wird am Ende dieses Plans nicht erreicht (%2 s); er wird fortgesetzt, sobald sein Experiment gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="112"/>
        <source>The p99 objective of %1 s is out of reach at this capacity: the best reachable is %2 s.</source>
        <translation>Das p99-Ziel von %1 s ist bei dieser Kapazität unerreichbar: Bestenfalls erreichbar sind %2 s.</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="120"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="121"/>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="126"/>
        <source>Waiting for the capacity models…</source>
        <translation>Warte auf die Kapazitätsmodelle…</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="127"/>
        <source>Models are fitted on windows of the fleet&apos;s own telemetry, never on the scenario</source>
        <translation>Die Modelle werden an Zeitfenstern der eigenen Telemetrie der Flotte angepasst, nie am Szenario</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="139"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="140"/>
        <source>Local pool: throughput vs concurrency (USL)</source>
        <translation>Lokaler Pool: Durchsatz über Nebenläufigkeit (USL)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="141"/>
        <source>Cloud pool: call time vs batch</source>
        <translation>Cloud-Pool: Aufrufdauer über Batchgröße</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="142"/>
        <source>The fitted model with the windows it was fitted on</source>
        <translation>Das angepasste Modell mit den Zeitfenstern, an die es angepasst wurde</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="148"/>
        <source>Nothing can apply a change from here yet: no tuning controller is connected</source>
        <translation>Von hier kann noch keine Änderung angewendet werden: Kein Tuning-Controller ist verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="168"/>
        <source>Apply the selected change (it is verified on live data)</source>
        <translation>Die ausgewählte Änderung anwenden (sie wird an Live-Daten überprüft)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="169"/>
        <source>Dismiss the selected change</source>
        <translation>Die ausgewählte Änderung verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/recommendations_panel.cpp" line="197"/>
        <source>Learning the fleet&apos;s capacity: %n window(s) of telemetry so far.</source>
        <translation>
            <numerusform>Lerne die Kapazität der Flotte: bisher %n Zeitfenster Telemetrie.</numerusform>
            <numerusform>Lerne die Kapazität der Flotte: bisher %n Zeitfenster Telemetrie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="199"/>
        <source>Bottleneck now: %1. Measured %2 tasks/s; the models give %3 (%4–%5) at %6.</source>
        <translation>Engpass jetzt: %1. Gemessen %2 Tasks/s; die Modelle ergeben %3 (%4–%5) bei %6.</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="205"/>
        <source>Settling after a change: no verdict until a window at these knobs closes.</source>
        <translation>Einschwingen nach einer Änderung: keine Bewertung, bis ein Zeitfenster mit diesen Stellgrößen abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="207"/>
        <source>No change is predicted to add more than 3 %.</source>
        <translation>Für keine Änderung wird ein Zuwachs von mehr als 3 % vorhergesagt.</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="210"/>
        <source>(The publisher does not report its knobs: read from the pool states.)</source>
        <translation>(Der Publisher meldet seine Stellgrößen nicht: aus den Pool-Zuständen gelesen.)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="217"/>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="218"/>
        <source>Change: %1</source>
        <translation>Änderung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="222"/>
        <source>%1. %2 → %3 tasks/s</source>
        <translation>%1. %2 → %3 Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="223"/>
        <source>Step plan:
%1</source>
        <translation>Schrittplan:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="243"/>
        <source>windows measured</source>
        <translation>gemessene Zeitfenster</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="246"/>
        <source>fitted model</source>
        <translation>angepasstes Modell</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="266"/>
        <source>stages in service (concurrency)</source>
        <translation>Stufen in Bearbeitung (Nebenläufigkeit)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="267"/>
        <source>local stages/s</source>
        <translation>lokale Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="277"/>
        <source> optimum n* = %1 (σ %2, κ %3)</source>
        <translation> Optimum n* = %1 (σ %2, κ %3)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="279"/>
        <source>USL fit: %1</source>
        <translation>USL-Anpassung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="297"/>
        <source>items per call</source>
        <translation>Elemente pro Aufruf</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="298"/>
        <source>call time in service (ms)</source>
        <translation>Bearbeitungszeit pro Aufruf (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="300"/>
        <source>a + b·B: a = %1 ms, b = %2 ms</source>
        <translation>a + b·B: a = %1 ms, b = %2 ms</translation>
    </message>
    <message>
        <location filename="../widgets/recommendations_panel.cpp" line="301"/>
        <source>a + b·B: %1</source>
        <translation>a + b·B: %1</translation>
    </message>
</context>
<context>
    <name>omega::widgets::ReplayBanner</name>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="46"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="47"/>
        <source>Hide this message until the replay meets another problem</source>
        <translation>Diese Meldung ausblenden, bis die Wiedergabe auf ein weiteres Problem stößt</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline_bar.cpp" line="68"/>
        <source>Replay: %n damaged frame(s) skipped; every other frame was played. Last: %1</source>
        <translation>
            <numerusform>Wiedergabe: %n beschädigter Frame übersprungen; alle anderen Frames wurden abgespielt. Zuletzt: %1</numerusform>
            <numerusform>Wiedergabe: %n beschädigte Frames übersprungen; alle anderen Frames wurden abgespielt. Zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="70"/>
        <source>Replay problem: %1</source>
        <translation>Problem bei der Wiedergabe: %1</translation>
    </message>
</context>
<context>
    <name>omega::widgets::RuleEditor</name>
    <message>
        <location filename="../widgets/rule_editor.cpp" line="16"/>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <location filename="../widgets/rule_editor.cpp" line="19"/>
        <source>Rules as JSON: threshold, rate, absence and burn rules over agent, domain, prime, team, pool or fleet scopes. See docs/alerts.md.</source>
        <translation>Regeln als JSON: Schwellwert-, Raten-, Ausbleiben- und Burn-Regeln für die Bereiche Agent, Domain, Prime, Team, Pool oder Flotte. Siehe docs/alerts.md.</translation>
    </message>
    <message>
        <location filename="../widgets/rule_editor.cpp" line="30"/>
        <source>Check the rules and use them at once (Ctrl+Return)</source>
        <translation>Die Regeln prüfen und sofort anwenden (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../widgets/rule_editor.cpp" line="31"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>omega::widgets::SeriesPlots</name>
    <message>
        <location filename="../widgets/series_plots.cpp" line="58"/>
        <source>raw samples</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="59"/>
        <source>1 s buckets, min–max band</source>
        <translation>1-s-Intervalle, Min.–Max.-Band</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="60"/>
        <source>10 s buckets, min–max band</source>
        <translation>10-s-Intervalle, Min.–Max.-Band</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="61"/>
        <source>1 min buckets, min–max band</source>
        <translation>1-min-Intervalle, Min.–Max.-Band</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="111"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="112"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="113"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="114"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="115"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="117"/>
        <source>Time shown while following live; longer windows use coarser buckets</source>
        <translation>Angezeigte Zeitspanne beim Live-Folgen; längere Zeitfenster verwenden gröbere Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="119"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="121"/>
        <source>Freeze the time axis while data keeps arriving (Space)</source>
        <translation>Zeitachse einfrieren, während weiter Daten eintreffen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="123"/>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="124"/>
        <source>Scroll with the newest data again</source>
        <translation>Wieder mit den neuesten Daten mitlaufen</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="132"/>
        <source>What the bottom plot shows for the selected team, kosha or agent</source>
        <translation>Was das untere Diagramm für das ausgewählte Team, Kosha oder den ausgewählten Agenten zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="135"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="140"/>
        <source>Selection shows</source>
        <translation>Auswahl zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="234"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="235"/>
        <source>tasks/s</source>
        <translation>Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="236"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="237"/>
        <source>failed/s</source>
        <translation>fehlgeschl./s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="253"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="254"/>
        <source>%1 max</source>
        <translation>%1 Max.</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="278"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="279"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="280"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="281"/>
        <source>failed tasks/s</source>
        <translation>fehlgeschlagene Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="282"/>
        <source>selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="546"/>
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="546"/>
        <source>No history source</source>
        <translation>Keine Verlaufsquelle</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="604"/>
        <source>Recording %1 from the moment it was selected…</source>
        <translation>%1 wird ab dem Zeitpunkt der Auswahl aufgezeichnet…</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="605"/>
        <source>No data for %1 in this range</source>
        <translation>Keine Daten für %1 in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="654"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="655"/>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="656"/>
        <source>Prime kosha %1</source>
        <translation>Prime-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="657"/>
        <source>Domain kosha %1</source>
        <translation>Domain-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="658"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="670"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="670"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="686"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="686"/>
        <source>latest</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="687"/>
        <source>Fleet throughput: %1 tasks/s (%2)</source>
        <translation>Flottendurchsatz: %1 Tasks/s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="688"/>
        <source>Task latency: p50 %1 ms · p99 %2 ms (%3)</source>
        <translation>Task-Latenz: p50 %1 ms · p99 %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="690"/>
        <source>Error rate: %1 failed tasks/s (%2)</source>
        <translation>Fehlerrate: %1 fehlgeschlagene Tasks/s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="695"/>
        <source>state (1 idle · 2 busy · 3 waiting · 4 failed)</source>
        <translation>Zustand (1 untätig · 2 beschäftigt · 3 wartend · 4 ausgefallen)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="696"/>
        <source>%1 · %2: %3 (%4)</source>
        <translation>%1 · %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="700"/>
        <source>paused · %1</source>
        <translation>pausiert · %1</translation>
    </message>
</context>
<context>
    <name>omega::widgets::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="57"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="64"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="64"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="74"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="74"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="74"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="76"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/help_dialogs.cpp" line="78"/>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
</context>
<context>
    <name>omega::widgets::StartPage</name>
    <message>
        <location filename="../widgets/start_page.cpp" line="63"/>
        <source>Omega Workbench — start</source>
        <translation>Omega Workbench — Start</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="65"/>
        <source>&lt;h2&gt;What would you like to watch?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Was möchten Sie beobachten?&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="66"/>
        <source>The workbench shows a fleet&apos;s telemetry live, finds its bottlenecks and tunes it. Choose a source; the next start can name one on the command line (--demo, --connect, --replay) and skip this page.</source>
        <translation>Die Workbench zeigt die Telemetrie einer Flotte live, findet ihre Engpässe und stimmt sie ab. Wählen Sie eine Quelle; beim nächsten Start kann sie auf der Befehlszeile angegeben werden (--demo, --connect, --replay), dann entfällt diese Seite.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="72"/>
        <source>Watch the embedded simulator</source>
        <translation>Den eingebauten Simulator beobachten</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="73"/>
        <source>A simulated fleet of 3,000 agents in this process: every view, alerts, analysis and tuning, without a publisher.</source>
        <translation>Eine simulierte Flotte mit 3.000 Agenten in diesem Prozess: alle Ansichten, Alarme, Analyse und Tuning, ohne Publisher.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="77"/>
        <source>Connect to a publisher</source>
        <translation>Mit einem Publisher verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="78"/>
        <source>Subscribe to a fleet&apos;s telemetry endpoint; with its control endpoint and CURVE keys, tuning too.</source>
        <translation>Den Telemetrie-Endpunkt einer Flotte abonnieren; mit ihrem Steuerungs-Endpunkt und CURVE-Schlüsseln auch abstimmen.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="82"/>
        <source>Open a recording</source>
        <translation>Eine Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="83"/>
        <source>Replay a session file (.omega) through the same views.</source>
        <translation>Eine Sitzungsdatei (.omega) in denselben Ansichten wiedergeben.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="88"/>
        <source>optional, e.g. tcp://fleet.example:5557</source>
        <translation>optional, z. B. tcp://fleet.example:5557</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="89"/>
        <source>optional: this workbench&apos;s key file (--gen-key)</source>
        <translation>optional: die Schlüsseldatei dieser Workbench (--gen-key)</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="90"/>
        <source>optional: the orchestrator&apos;s public key or its file</source>
        <translation>optional: der öffentliche Schlüssel des Orchestrators oder seine Datei</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="91"/>
        <source>Recent publishers…</source>
        <translation>Zuletzt verwendete Publisher …</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="104"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="107"/>
        <source>This workbench&apos;s key file</source>
        <translation>Schlüsseldatei dieser Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="114"/>
        <source>&amp;Telemetry endpoint:</source>
        <translation>&amp;Telemetrie-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="115"/>
        <source>C&amp;ontrol endpoint:</source>
        <translation>St&amp;euerungs-Endpunkt:</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="116"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="119"/>
        <source>&amp;Server public key:</source>
        <translation>Öffentlicher Ser&amp;verschlüssel:</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="120"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="132"/>
        <source>Recent recordings (double-click to replay):</source>
        <translation>Zuletzt verwendete Aufzeichnungen (Doppelklick zum Wiedergeben):</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="197"/>
        <source>Give the publisher&apos;s telemetry endpoint.</source>
        <translation>Geben Sie den Telemetrie-Endpunkt des Publishers an.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="199"/>
        <source>Telemetry endpoint: %1</source>
        <translation>Telemetrie-Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="201"/>
        <source>Control endpoint: %1</source>
        <translation>Steuerungs-Endpunkt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="203"/>
        <source>The key file and the server&apos;s public key go together: give both, or neither to watch only.</source>
        <translation>Schlüsseldatei und öffentlicher Serverschlüssel gehören zusammen: beide angeben oder keinen, um nur zu beobachten.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="221"/>
        <source>%1 is not there any more.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="234"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.cpp" line="235"/>
        <source>Omega sessions (*.omega);;All files (*)</source>
        <translation>Omega-Sitzungen (*.omega);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>omega::widgets::TimelineBar</name>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="96"/>
        <source>Play / pause the session (Ctrl+Space)</source>
        <translation>Sitzung abspielen / pausieren (Ctrl+Space)</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="99"/>
        <source>Step to the next sample (Ctrl+Right)</source>
        <translation>Zur nächsten Messung springen (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="101"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="101"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="101"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="101"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="102"/>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="127"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="128"/>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
</context>
<context>
    <name>omega::widgets::TimelineTrack</name>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="143"/>
        <source>Click or drag to seek</source>
        <translation>Klicken oder ziehen, um zu springen</translation>
    </message>
</context>
<context>
    <name>omega::widgets::TuningPanel</name>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="28"/>
        <source>local %1→%2</source>
        <translation>lokal %1→%2</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="30"/>
        <source>cloud %1→%2</source>
        <translation>Cloud %1→%2</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="32"/>
        <source>batch %1→%2</source>
        <translation>Batch %1→%2</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="34"/>
        <source>share %1→%2</source>
        <translation>Anteil %1→%2</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="35"/>
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="45"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="46"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="47"/>
        <source>auto-approved</source>
        <translation>automatisch genehmigt</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="48"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="49"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="50"/>
        <source>verifying</source>
        <translation>wird überprüft</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="51"/>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="52"/>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="53"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="54"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="55"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="61"/>
        <source>&amp;Auto-apply</source>
        <translation>Auto&amp;matisch anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="63"/>
        <source>&amp;Kill switch</source>
        <translation>&amp;Not-Aus</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="63"/>
        <source>E&amp;xport audit…</source>
        <translation>Audit e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="69"/>
        <source>Apply recommendations on its own, one verified change at a time, within the guardrails</source>
        <translation>Empfehlungen selbstständig anwenden, jeweils eine überprüfte Änderung, innerhalb der Schutzgrenzen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="71"/>
        <source>min confidence</source>
        <translation>min. Konfidenz</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="75"/>
        <source>Auto-apply leaves recommendations less certain than this to a person</source>
        <translation>Automatisches Anwenden überlässt Empfehlungen, die unsicherer als dieser Wert sind, einer Person</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="77"/>
        <source>max risk</source>
        <translation>max. Risiko</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="80"/>
        <source>1 low, 2 medium, 3 high: auto-apply skips riskier recommendations</source>
        <translation>1 niedrig, 2 mittel, 3 hoch: Automatisches Anwenden überspringt riskantere Empfehlungen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="83"/>
        <source>Stop auto-apply at once and leave the configuration in force as it is (Ctrl+Shift+K)</source>
        <translation>Automatisches Anwenden sofort stoppen und die gültige Konfiguration unverändert lassen (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="84"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="88"/>
        <source>Write every transition of every change to a CSV file</source>
        <translation>Jeden Zustandsübergang jeder Änderung in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="92"/>
        <source>No tuning yet.</source>
        <translation>Noch kein Tuning.</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="94"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="94"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="94"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="94"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="94"/>
        <source>Predicted tasks/s</source>
        <translation>Vorhergesagte Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="95"/>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="95"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="150"/>
        <source>%1 · %2 → %3 tasks/s (%4× the first steady window) · %5 kept, %6 rolled back, %7 failed</source>
        <translation>%1 · %2 → %3 Tasks/s (%4× das erste stabile Zeitfenster) · %5 beibehalten, %6 zurückgenommen, %7 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="156"/>
        <source>Kill switch pressed: auto-apply is off. %1</source>
        <translation>Not-Aus betätigt: Automatisches Anwenden ist aus. %1</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="182"/>
        <source>rollback of #%1</source>
        <translation>Rücknahme von #%1</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="183"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="183"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="186"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="192"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="194"/>
        <source> (missed the prediction by %1 %)</source>
        <translation> (Vorhersage um %1 % verfehlt)</translation>
    </message>
    <message>
        <location filename="../widgets/tuning_panel.cpp" line="195"/>
        <source> (within the prediction)</source>
        <translation> (innerhalb der Vorhersage)</translation>
    </message>
</context>
</TS>
