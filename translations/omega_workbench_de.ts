<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Metric</name>
    <message>
        <location filename="../widgets/metric_names.h" line="14"/>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/metric_names.h" line="15"/>
        <source>Queue depth</source>
        <translation>Warteschlangentiefe</translation>
    </message>
    <message>
        <location filename="../widgets/metric_names.h" line="16"/>
        <source>Utilisation (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <location filename="../widgets/metric_names.h" line="17"/>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <location filename="../widgets/metric_names.h" line="18"/>
        <source>Throughput (stages/s)</source>
        <translation>Durchsatz (Stufen/s)</translation>
    </message>
    <message>
        <location filename="../widgets/metric_names.h" line="19"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <location filename="../app/runtime.cpp" line="86"/>
        <location filename="../app/runtime.cpp" line="152"/>
        <source>replay of %1</source>
        <translation>Wiedergabe von %1</translation>
    </message>
    <message>
        <location filename="../app/runtime.cpp" line="107"/>
        <source>embedded simulator (%1, %2)</source>
        <translation>eingebetteter Simulator (%1, %2)</translation>
    </message>
</context>
<context>
    <name>SeriesPlots</name>
    <message>
        <location filename="../widgets/series_plots.cpp" line="76"/>
        <source>stage p99 latency (ms)</source>
        <translation>p99-Latenz der Stufen (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="77"/>
        <source>queued stages</source>
        <translation>Stufen in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="78"/>
        <source>mean utilisation (%)</source>
        <translation>mittlere Auslastung (%)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="79"/>
        <source>failed tasks/s</source>
        <translation>fehlgeschlagene Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="80"/>
        <source>busy agents</source>
        <translation>beschäftigte Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="84"/>
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
        <location filename="../app/workbench_main.cpp" line="41"/>
        <source>Performance workbench for the Augur Omega agent fleet.</source>
        <translation>Performance-Workbench für die Augur-Omega-Agentenflotte.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="44"/>
        <source>Run the fleet simulator in-process and watch it.</source>
        <translation>Den Flottensimulator im selben Prozess ausführen und beobachten.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="45"/>
        <source>Telemetry endpoint to subscribe to.</source>
        <translation>Telemetrie-Endpunkt, der abonniert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="47"/>
        <source>Control endpoint of the orchestrator.</source>
        <translation>Steuerungs-Endpunkt des Orchestrators.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="49"/>
        <source>Scenario file for --demo.</source>
        <translation>Szenariodatei für --demo.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="50"/>
        <source>Simulated seconds per second for --demo (0 = as fast as possible).</source>
        <translation>Simulierte Sekunden pro Sekunde für --demo (0 = so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="52"/>
        <source>No window: print a status line every second.</source>
        <translation>Kein Fenster: jede Sekunde eine Statuszeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="53"/>
        <source>Quit after this many seconds (0 = run until closed).</source>
        <translation>Nach so vielen Sekunden beenden (0 = laufen bis zum Schließen).</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="55"/>
        <source>Save a PNG of the window when quitting after --duration.</source>
        <translation>Beim Beenden nach --duration ein PNG des Fensters speichern.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="57"/>
        <source>Record the feed into a new session file (.omega).</source>
        <translation>Den Datenstrom in eine neue Sitzungsdatei (.omega) aufzeichnen.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="59"/>
        <source>Replay a session file instead of a live feed (--speed sets the pace).</source>
        <translation>Eine Sitzungsdatei statt eines Live-Datenstroms wiedergeben (--speed legt das Tempo fest).</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="61"/>
        <source>Alert rules file (JSON, see docs/alerts.md); default: built-in rules.</source>
        <translation>Datei mit Alarmregeln (JSON, siehe docs/alerts.md); Standard: eingebaute Regeln.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="180"/>
        <source>replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="182"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="183"/>
        <source>stale (no data)</source>
        <translation>veraltet (keine Daten)</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="184"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="187"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="201"/>
        <source>edited rules</source>
        <translation>bearbeitete Regeln</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="202"/>
        <source>Rules applied: %1 rules in force.</source>
        <translation>Regeln übernommen: %1 Regeln in Kraft.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="230"/>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="238"/>
        <source>Cannot record</source>
        <translation>Aufzeichnung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="261"/>
        <source>recording stopped</source>
        <translation>Aufzeichnung gestoppt</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="263"/>
        <source>Recording stopped</source>
        <translation>Aufzeichnung gestoppt</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="269"/>
        <source>● REC %1 MB</source>
        <translation>● REC %1 MB</translation>
    </message>
</context>
<context>
    <name>omega::widgets::AlertsPanel</name>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="22"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="22"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="22"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="23"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="23"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="23"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="24"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="53"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="54"/>
        <source>Mark the selected alert as seen: no more notifications for it</source>
        <translation>Den ausgewählten Alarm als gesehen markieren: keine weiteren Benachrichtigungen dazu</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="55"/>
        <source>Silence 1 h</source>
        <translation>1 h stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="56"/>
        <source>Silence the selected alert&apos;s rule on its scope for one hour</source>
        <translation>Die Regel des ausgewählten Alarms in ihrem Bereich für eine Stunde stummschalten</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="57"/>
        <source>Edit rules…</source>
        <translation>Regeln bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="58"/>
        <source>Open the alert rule editor</source>
        <translation>Den Editor für Alarmregeln öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="65"/>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="66"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="84"/>
        <source>No alerts</source>
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="109"/>
        <source>No alerts firing · rules evaluated in %1 µs per sample</source>
        <translation>Keine aktiven Alarme · Regeln in %1 µs pro Messung ausgewertet</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="110"/>
        <source>%1 firing, %2 critical · rules evaluated in %3 µs per sample</source>
        <translation>%1 aktiv, %2 kritisch · Regeln in %3 µs pro Messung ausgewertet</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="123"/>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="125"/>
        <source>flapping</source>
        <translation>flatternd</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="127"/>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../widgets/alerts_panel.cpp" line="129"/>
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
        <location filename="../widgets/findings_panel.cpp" line="24"/>
        <source>Fleet throughput (tasks/s)</source>
        <translation>Flottendurchsatz (Aufgaben/s)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="26"/>
        <source>Task latency p99 (ms)</source>
        <translation>Aufgabenlatenz p99 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="28"/>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="35"/>
        <source>Saturated pool</source>
        <translation>Gesättigter Pool</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="36"/>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="37"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="45"/>
        <source>fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="46"/>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="47"/>
        <source>prime kosha %1</source>
        <translation>Prime-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="48"/>
        <source>domain kosha %1</source>
        <translation>Domain-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="49"/>
        <source>%1 pool</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="71"/>
        <source>%1 of %2 slots busy, %3 calls waiting</source>
        <translation>%1 von %2 Plätzen belegt, %3 Aufrufe warten</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="76"/>
        <source>%1; nothing finished yet to measure the wait by</source>
        <translation>%1; noch nichts abgeschlossen, woran sich die Wartezeit messen ließe</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="77"/>
        <source>%1: each waits about %2 s before its %3 ms of service (Little&apos;s law)</source>
        <translation>%1: jeder wartet etwa %2 s vor seinen %3 ms Bedienzeit (Littles Gesetz)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="81"/>
        <source>p99 latency %1 ms over the last %2 s, %3× its peers&apos; median of %4 ms</source>
        <translation>p99-Latenz %1 ms in den letzten %2 s, %3× der Median der Vergleichsgruppe von %4 ms</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="85"/>
        <source>%1 went from %2 to %3 (%4 %) at %5</source>
        <translation>%1 ging von %2 auf %3 (%4 %) um %5</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="95"/>
        <source>Evidence (%1 – %2):</source>
        <translation>Belege (%1 – %2):</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="106"/>
        <source>Waiting for the first analysis…</source>
        <translation>Warte auf die erste Analyse…</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="107"/>
        <source>The analysis runs on its own thread once a second on the newest snapshot</source>
        <translation>Die Analyse läuft in einem eigenen Thread einmal pro Sekunde auf dem neuesten Schnappschuss</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="135"/>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="136"/>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="137"/>
        <source>%1 at %2 · analysis took %3 ms (cycle %4)</source>
        <translation>%1 um %2 · Analyse dauerte %3 ms (Zyklus %4)</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="145"/>
        <source>%1 · %2 · confidence %3 % · since %4</source>
        <translation>%1 · %2 · Konfidenz %3 % · seit %4</translation>
    </message>
    <message>
        <location filename="../widgets/findings_panel.cpp" line="148"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>omega::widgets::FleetHeatmap</name>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="60"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="61"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="62"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="63"/>
        <source>failed</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="64"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="71"/>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="72"/>
        <source>Queue depth</source>
        <translation>Warteschlangentiefe</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="73"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="74"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="75"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="76"/>
        <location filename="../widgets/fleet_heatmap.cpp" line="1026"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="85"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="86"/>
        <source>stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="87"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="88"/>
        <source>failed/s</source>
        <translation>fehlgeschl./s</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="89"/>
        <source>stages/s</source>
        <translation>Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="101"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="110"/>
        <source>the fleet</source>
        <translation>die Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="113"/>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="114"/>
        <source>prime kosha %1</source>
        <translation>Prime-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="115"/>
        <source>domain kosha %1</source>
        <translation>Domain-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="116"/>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="211"/>
        <source>Selected %1 is outside this view · Backspace zooms out</source>
        <translation>Ausgewählt: %1 liegt außerhalb dieser Ansicht · Rücktaste zoomt heraus</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="223"/>
        <source>Fleet heatmap</source>
        <translation>Flotten-Heatmap</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="224"/>
        <source>One cell per agent, grouped by team, prime kosha and domain kosha</source>
        <translation>Eine Zelle pro Agent, gruppiert nach Team, Prime-Kosha und Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="396"/>
        <source>1 agent</source>
        <translation>1 Agent</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="396"/>
        <source>%1 agents</source>
        <translation>%1 Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1020"/>
        <source>Domain kosha</source>
        <translation>Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1021"/>
        <source>Prime kosha</source>
        <translation>Prime-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1022"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1045"/>
        <source>%1 agents: %2 busy, %3 waiting, %4 failed</source>
        <translation>%1 Agenten: %2 beschäftigt, %3 wartend, %4 ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1048"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1050"/>
        <source>Click to select, double-click to zoom in</source>
        <translation>Klicken zum Auswählen, Doppelklick zum Hineinzoomen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1064"/>
        <source>No agents to show</source>
        <translation>Keine Agenten anzuzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/fleet_heatmap.cpp" line="1064"/>
        <source>Waiting for the fleet&apos;s topology…</source>
        <translation>Warte auf die Topologie der Flotte…</translation>
    </message>
</context>
<context>
    <name>omega::widgets::HeatmapPanel</name>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="33"/>
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
        <location filename="../widgets/heatmap_panel.cpp" line="299"/>
        <source>Found %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="300"/>
        <source>%1 of %2: %3 · Enter for the next</source>
        <translation>%1 von %2: %3 · Eingabe für den nächsten</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="373"/>
        <source>(auto)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="373"/>
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
        <location filename="../widgets/heatmap_panel.cpp" line="320"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_panel.cpp" line="288"/>
        <source>No agent or kosha matches “%1”</source>
        <translation>Kein Agent und kein Kosha passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>omega::widgets::KoshaTimeMap</name>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="35"/>
        <source>raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="36"/>
        <source>1 s buckets</source>
        <translation>1-s-Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="37"/>
        <source>10 s buckets</source>
        <translation>10-s-Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="38"/>
        <source>1 min buckets</source>
        <translation>1-min-Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="45"/>
        <source>Active agents (%)</source>
        <translation>Aktive Agenten (%)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="89"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="90"/>
        <source>Prime koshas</source>
        <translation>Prime-Koshas</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="91"/>
        <source>Domain koshas</source>
        <translation>Domain-Koshas</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="93"/>
        <source>One row per team, prime kosha or domain kosha</source>
        <translation>Eine Zeile pro Team, Prime-Kosha oder Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="98"/>
        <source>Colour = this metric&apos;s mean over each time bucket</source>
        <translation>Farbe = Mittelwert dieser Metrik je Zeitintervall</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="100"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="101"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="102"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="103"/>
        <source>Time shown; longer windows use coarser buckets</source>
        <translation>Angezeigte Zeitspanne; längere Zeitfenster verwenden gröbere Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="105"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="108"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="111"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="140"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="160"/>
        <location filename="../widgets/kosha_time_map.cpp" line="368"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="304"/>
        <source>Waiting for the fleet&apos;s topology</source>
        <translation>Warte auf die Topologie der Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="304"/>
        <source>No history source</source>
        <translation>Keine Verlaufsquelle</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="370"/>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="545"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="547"/>
        <source>Prime kosha in team %1</source>
        <translation>Prime-Kosha in Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="552"/>
        <source>Domain kosha in %1 › %2</source>
        <translation>Domain-Kosha in %1 › %2</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="576"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_time_map.cpp" line="577"/>
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
        <location filename="../widgets/kosha_tree_model.cpp" line="450"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="450"/>
        <source>Prime kosha</source>
        <translation>Prime-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="451"/>
        <source>Domain kosha</source>
        <translation>Domain-Kosha</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="451"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="452"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="465"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="466"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="467"/>
        <source>Stages/s</source>
        <translation>Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="468"/>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="469"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="470"/>
        <source>Util. %</source>
        <translation>Ausl. %</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="471"/>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="472"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="473"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="474"/>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="479"/>
        <source>Team → prime kosha → domain kosha → agent</source>
        <translation>Team → Prime-Kosha → Domain-Kosha → Agent</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="480"/>
        <source>Agents in the group</source>
        <translation>Agenten in der Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="481"/>
        <source>Throughput in stages per second (sum of members)</source>
        <translation>Durchsatz in Stufen pro Sekunde (Summe der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="482"/>
        <source>p99 stage latency in ms (mean of the members&apos; p99)</source>
        <translation>p99-Latenz der Stufen in ms (Mittelwert der p99-Werte der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="483"/>
        <source>Stages waiting (sum of members)</source>
        <translation>Wartende Stufen (Summe der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="484"/>
        <source>Utilisation in percent (mean of members)</source>
        <translation>Auslastung in Prozent (Mittelwert der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="485"/>
        <source>Failed stages per second (sum of members)</source>
        <translation>Fehlgeschlagene Stufen pro Sekunde (Summe der Mitglieder)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="486"/>
        <source>Agents with a stage in service</source>
        <translation>Agenten, die gerade eine Stufe bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="487"/>
        <source>Agents waiting for a pool slot</source>
        <translation>Agenten, die auf einen Pool-Slot warten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_tree_model.cpp" line="488"/>
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
        <location filename="../widgets/kosha_treemap.cpp" line="121"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="122"/>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="123"/>
        <location filename="../widgets/kosha_treemap.cpp" line="550"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="124"/>
        <source>%1 err/s</source>
        <translation>%1 Fehler/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="125"/>
        <location filename="../widgets/kosha_treemap.cpp" line="551"/>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="126"/>
        <source>%1 % active</source>
        <translation>%1 % aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="129"/>
        <source>%1 agents · %2 stages/s</source>
        <translation>%1 Agenten · %2 Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="130"/>
        <source>1 agent · %1 stages/s</source>
        <translation>1 Agent · %1 Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="527"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="543"/>
        <source>No metrics yet</source>
        <translation>Noch keine Metriken</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="547"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="547"/>
        <source>%1 stages/s</source>
        <translation>%1 Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="548"/>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="548"/>
        <source>%1 ms (worst agent %2 ms)</source>
        <translation>%1 ms (schlechtester Agent %2 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="549"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="549"/>
        <source>%1 stages</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="550"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="551"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="552"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="552"/>
        <source>%1 (busy %2, waiting %3, failed %4)</source>
        <translation>%1 (beschäftigt %2, wartend %3, ausgefallen %4)</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="599"/>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="600"/>
        <source>Area: stages/s</source>
        <translation>Fläche: Stufen/s</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="600"/>
        <source>Area: agents</source>
        <translation>Fläche: Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="605"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="613"/>
        <source>double-click to zoom in</source>
        <translation>Doppelklick zum Hineinzoomen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="613"/>
        <source>Backspace to zoom out</source>
        <translation>Rücktaste zum Herauszoomen</translation>
    </message>
    <message>
        <location filename="../widgets/kosha_treemap.cpp" line="644"/>
        <source>Waiting for the fleet topology…</source>
        <translation>Warte auf die Flottentopologie…</translation>
    </message>
</context>
<context>
    <name>omega::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="55"/>
        <location filename="../widgets/main_window.cpp" line="163"/>
        <source>Omega Workbench</source>
        <translation>Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="200"/>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="201"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="202"/>
        <source>Omega sessions (*.omega);;All files (*)</source>
        <translation>Omega-Sitzungen (*.omega);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="207"/>
        <location filename="../widgets/main_window.cpp" line="375"/>
        <source>&amp;Record…</source>
        <translation>&amp;Aufzeichnen…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="212"/>
        <source>Record session to</source>
        <translation>Sitzung aufzeichnen nach</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="213"/>
        <source>Omega sessions (*.omega)</source>
        <translation>Omega-Sitzungen (*.omega)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="220"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="221"/>
        <source>Record the feed into a session file, or stop recording</source>
        <translation>Den Datenstrom in eine Sitzungsdatei aufzeichnen oder die Aufzeichnung stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="230"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="156"/>
        <source>Telemetry source and connection state</source>
        <translation>Telemetriequelle und Verbindungszustand</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="84"/>
        <source>Colour of the treemap; area is the work each kosha does</source>
        <translation>Farbe der Treemap; die Fläche entspricht der Arbeit jedes Koshas</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="95"/>
        <source>Find agent or kosha</source>
        <translation>Agent oder Kosha suchen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="100"/>
        <source>Fleet overview</source>
        <translation>Flottenübersicht</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="100"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="101"/>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="101"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="102"/>
        <source>Kosha hierarchy</source>
        <translation>Kosha-Hierarchie</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="102"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="103"/>
        <source>Treemap</source>
        <translation>Treemap</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="103"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="104"/>
        <source>Time series</source>
        <translation>Zeitreihen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="104"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="105"/>
        <source>Kosha × time</source>
        <translation>Kosha × Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="105"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="106"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="106"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="107"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="107"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="108"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="108"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="132"/>
        <source>Session timeline</source>
        <translation>Sitzungszeitleiste</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="136"/>
        <source>Play / pause replay</source>
        <translation>Wiedergabe starten / pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="137"/>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="141"/>
        <source>Step replay</source>
        <translation>Wiedergabe schrittweise fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="142"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="157"/>
        <source>Telemetry messages per second</source>
        <translation>Telemetrienachrichten pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="158"/>
        <source>Lost messages / rejected messages</source>
        <translation>Verlorene Nachrichten / abgelehnte Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="159"/>
        <source>Publish-to-receive delay of the last tick, and snapshot-to-screen delay</source>
        <translation>Verzögerung vom Veröffentlichen bis zum Empfang des letzten Ticks und vom Snapshot bis zur Anzeige</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="182"/>
        <source>Show or hide %1 (%2)</source>
        <translation>%1 ein- oder ausblenden (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="224"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="233"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="237"/>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="238"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="240"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="241"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="242"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="243"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="251"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="320"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="321"/>
        <source>Critical alert: %1</source>
        <translation>Kritischer Alarm: %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="323"/>
        <source>Critical alert</source>
        <translation>Kritischer Alarm</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="357"/>
        <source>lag %1 ms · display %2 ms</source>
        <translation>Verzögerung %1 ms · Anzeige %2 ms</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="375"/>
        <source>Stop &amp;recording</source>
        <translation>Aufzeichnung &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="334"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="336"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="355"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="356"/>
        <source>gaps %1 · rejected %2</source>
        <translation>Lücken %1 · abgelehnt %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="359"/>
        <source>Last rejected message: %1</source>
        <translation>Zuletzt abgelehnte Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>omega::widgets::OverviewPanel</name>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="21"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="21"/>
        <source>State of the telemetry feed</source>
        <translation>Zustand des Telemetrie-Datenstroms</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="22"/>
        <source>Agents seen</source>
        <translation>Gesehene Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="22"/>
        <source>Agents in the current topology</source>
        <translation>Agenten in der aktuellen Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="23"/>
        <source>Agent samples/s</source>
        <translation>Agenten-Messwerte/s</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="23"/>
        <source>Agent samples decoded into the model per second</source>
        <translation>Pro Sekunde in das Modell dekodierte Agenten-Messwerte</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="24"/>
        <source>Fleet throughput</source>
        <translation>Flottendurchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="24"/>
        <source>Completed tasks per second, last second</source>
        <translation>Abgeschlossene Tasks pro Sekunde, letzte Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="25"/>
        <source>Task latency p50 / p99</source>
        <translation>Task-Latenz p50 / p99</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="25"/>
        <source>End-to-end latency of recently completed tasks</source>
        <translation>End-to-End-Latenz kürzlich abgeschlossener Tasks</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="26"/>
        <source>Tasks in flight</source>
        <translation>Laufende Tasks</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="26"/>
        <source>Admitted and not yet completed or failed</source>
        <translation>Angenommen und noch nicht abgeschlossen oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="27"/>
        <source>Busy / waiting / failed</source>
        <translation>Beschäftigt / wartend / ausgefallen</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="27"/>
        <source>Agents by state in the last sample</source>
        <translation>Agenten nach Zustand in der letzten Messung</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="28"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="28"/>
        <source>Telemetry messages lost (sequence holes), duplicates and publisher restarts</source>
        <translation>Verlorene Telemetrienachrichten (Sequenzlücken), Duplikate und Neustarts des Publishers</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="29"/>
        <source>Config version</source>
        <translation>Konfigurationsversion</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="29"/>
        <source>Orchestrator configuration in force</source>
        <translation>Gültige Konfiguration des Orchestrators</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="59"/>
        <source>%1 in %2 koshas, %3 teams</source>
        <translation>%1 in %2 Koshas, %3 Teams</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="63"/>
        <source>waiting for topology</source>
        <translation>warte auf Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="65"/>
        <source>%1 lost · %2 dup · %3 restarts</source>
        <translation>%1 verloren · %2 Dupl. · %3 Neustarts</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="69"/>
        <source>%1 tasks/s</source>
        <translation>%1 Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/overview_panel.cpp" line="70"/>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
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
        <location filename="../widgets/series_plots.cpp" line="57"/>
        <source>raw samples</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="58"/>
        <source>1 s buckets, min–max band</source>
        <translation>1-s-Intervalle, Min.–Max.-Band</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="59"/>
        <source>10 s buckets, min–max band</source>
        <translation>10-s-Intervalle, Min.–Max.-Band</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="60"/>
        <source>1 min buckets, min–max band</source>
        <translation>1-min-Intervalle, Min.–Max.-Band</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="67"/>
        <source>Active agents (%)</source>
        <translation>Aktive Agenten (%)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="116"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="117"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="118"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="119"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="120"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="122"/>
        <source>Time shown while following live; longer windows use coarser buckets</source>
        <translation>Angezeigte Zeitspanne beim Live-Folgen; längere Zeitfenster verwenden gröbere Intervalle</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="124"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="126"/>
        <source>Freeze the time axis while data keeps arriving (Space)</source>
        <translation>Zeitachse einfrieren, während weiter Daten eintreffen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="128"/>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="129"/>
        <source>Scroll with the newest data again</source>
        <translation>Wieder mit den neuesten Daten mitlaufen</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="135"/>
        <source>What the bottom plot shows for the selected team, kosha or agent</source>
        <translation>Was das untere Diagramm für das ausgewählte Team, Kosha oder den ausgewählten Agenten zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="137"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="142"/>
        <source>Selection shows</source>
        <translation>Auswahl zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="236"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="237"/>
        <source>tasks/s</source>
        <translation>Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="238"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="239"/>
        <source>failed/s</source>
        <translation>fehlgeschl./s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="255"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="256"/>
        <source>%1 max</source>
        <translation>%1 Max.</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="280"/>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="281"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="282"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="283"/>
        <source>failed tasks/s</source>
        <translation>fehlgeschlagene Tasks/s</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="284"/>
        <source>selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="548"/>
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="548"/>
        <source>No history source</source>
        <translation>Keine Verlaufsquelle</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="609"/>
        <source>Recording %1 from the moment it was selected…</source>
        <translation>%1 wird ab dem Zeitpunkt der Auswahl aufgezeichnet…</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="610"/>
        <source>No data for %1 in this range</source>
        <translation>Keine Daten für %1 in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="659"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="660"/>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="661"/>
        <source>Prime kosha %1</source>
        <translation>Prime-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="662"/>
        <source>Domain kosha %1</source>
        <translation>Domain-Kosha %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="663"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="674"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="674"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="690"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="690"/>
        <source>latest</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="691"/>
        <source>Fleet throughput: %1 tasks/s (%2)</source>
        <translation>Flottendurchsatz: %1 Tasks/s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="692"/>
        <source>Task latency: p50 %1 ms · p99 %2 ms (%3)</source>
        <translation>Task-Latenz: p50 %1 ms · p99 %2 ms (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="694"/>
        <source>Error rate: %1 failed tasks/s (%2)</source>
        <translation>Fehlerrate: %1 fehlgeschlagene Tasks/s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="698"/>
        <source>state (1 idle · 2 busy · 3 waiting · 4 failed)</source>
        <translation>Zustand (1 untätig · 2 beschäftigt · 3 wartend · 4 ausgefallen)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="699"/>
        <source>%1 · %2: %3 (%4)</source>
        <translation>%1 · %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../widgets/series_plots.cpp" line="703"/>
        <source>paused · %1</source>
        <translation>pausiert · %1</translation>
    </message>
</context>
<context>
    <name>omega::widgets::TimelineBar</name>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="46"/>
        <source>Play / pause the session (Ctrl+Space)</source>
        <translation>Sitzung abspielen / pausieren (Ctrl+Space)</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="49"/>
        <source>Step to the next sample (Ctrl+Right)</source>
        <translation>Zur nächsten Messung springen (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="51"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="51"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="51"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="51"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="52"/>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="77"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="78"/>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
</context>
<context>
    <name>omega::widgets::TimelineTrack</name>
    <message>
        <location filename="../widgets/timeline_bar.cpp" line="93"/>
        <source>Click or drag to seek</source>
        <translation>Klicken oder ziehen, um zu springen</translation>
    </message>
</context>
</TS>
