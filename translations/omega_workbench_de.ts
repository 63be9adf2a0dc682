<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Runtime</name>
    <message>
        <location filename="../app/runtime.cpp" line="34"/>
        <source>embedded simulator (%1, %2)</source>
        <translation>eingebetteter Simulator (%1, %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench_main.cpp" line="38"/>
        <source>Performance workbench for the Augur Omega agent fleet.</source>
        <translation>Performance-Workbench für die Augur-Omega-Agentenflotte.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="41"/>
        <source>Run the fleet simulator in-process and watch it.</source>
        <translation>Den Flottensimulator im selben Prozess ausführen und beobachten.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="42"/>
        <source>Telemetry endpoint to subscribe to.</source>
        <translation>Telemetrie-Endpunkt, der abonniert werden soll.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="44"/>
        <source>Control endpoint of the orchestrator.</source>
        <translation>Steuerungs-Endpunkt des Orchestrators.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="46"/>
        <source>Scenario file for --demo.</source>
        <translation>Szenariodatei für --demo.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="47"/>
        <source>Simulated seconds per second for --demo (0 = as fast as possible).</source>
        <translation>Simulierte Sekunden pro Sekunde für --demo (0 = so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="49"/>
        <source>No window: print a status line every second.</source>
        <translation>Kein Fenster: jede Sekunde eine Statuszeile ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="50"/>
        <source>Quit after this many seconds (0 = run until closed).</source>
        <translation>Nach so vielen Sekunden beenden (0 = laufen bis zum Schließen).</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="52"/>
        <source>Save a PNG of the window when quitting after --duration.</source>
        <translation>Beim Beenden nach --duration ein PNG des Fensters speichern.</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="131"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="132"/>
        <source>stale (no data)</source>
        <translation>veraltet (keine Daten)</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="133"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="136"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>omega::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="34"/>
        <source>Omega Workbench</source>
        <translation>Omega Workbench</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="44"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="44"/>
        <source>State of the telemetry feed</source>
        <translation>Zustand des Telemetrie-Feeds</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="45"/>
        <source>Agents seen</source>
        <translation>Erfasste Agenten</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="45"/>
        <source>Agents in the current topology</source>
        <translation>Agenten in der aktuellen Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="46"/>
        <source>Agent samples/s</source>
        <translation>Agenten-Samples/s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="46"/>
        <source>Agent samples decoded into the model per second</source>
        <translation>Pro Sekunde ins Modell dekodierte Agenten-Samples</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="47"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="47"/>
        <source>Telemetry messages lost (sequence holes), duplicates and publisher restarts</source>
        <translation>Verlorene Telemetrienachrichten (Sequenzlücken), Duplikate und Publisher-Neustarts</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <source>Fleet throughput</source>
        <translation>Flottendurchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <source>Completed tasks per second, last second</source>
        <translation>Abgeschlossene Aufgaben pro Sekunde, letzte Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="49"/>
        <source>Task latency p50 / p99</source>
        <translation>Aufgabenlatenz p50 / p99</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="49"/>
        <source>End-to-end latency of recently completed tasks</source>
        <translation>End-to-End-Latenz kürzlich abgeschlossener Aufgaben</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="50"/>
        <source>Tasks in flight</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="50"/>
        <source>Admitted and not yet completed or failed</source>
        <translation>Angenommen und noch nicht abgeschlossen oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="51"/>
        <source>Busy / waiting / failed</source>
        <translation>Beschäftigt / wartend / fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="51"/>
        <source>Agents by state in the last sample</source>
        <translation>Agenten nach Zustand im letzten Sample</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="52"/>
        <source>Config version</source>
        <translation>Konfigurationsversion</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="52"/>
        <source>Orchestrator configuration in force</source>
        <translation>Gültige Orchestrator-Konfiguration</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Done/s</source>
        <translation>Fertig/s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>429/s</source>
        <translation>429/s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="61"/>
        <source>Local CPU pool and cloud pool: semaphore limit, slots in use, queue, throttling</source>
        <translation>Lokaler CPU-Pool und Cloud-Pool: Semaphor-Limit, belegte Slots, Warteschlange, Drosselung</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="65"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="66"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="75"/>
        <source>Telemetry source and connection state</source>
        <translation>Telemetriequelle und Verbindungszustand</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="76"/>
        <source>Telemetry messages per second</source>
        <translation>Telemetrienachrichten pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="77"/>
        <source>Lost messages / rejected messages</source>
        <translation>Verlorene Nachrichten / abgelehnte Nachrichten</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="78"/>
        <source>Publish-to-receive delay of the last tick</source>
        <translation>Verzögerung zwischen Senden und Empfang im letzten Tick</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="109"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="111"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="126"/>
        <source>%1 in %2 koshas, %3 teams</source>
        <translation>%1 in %2 Koshas, %3 Teams</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="130"/>
        <source>waiting for topology</source>
        <translation>warte auf Topologie</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="132"/>
        <source>%1 lost · %2 dup · %3 restarts</source>
        <translation>%1 verloren · %2 Dupl. · %3 Neustarts</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="136"/>
        <source>%1 tasks/s</source>
        <translation>%1 Aufgaben/s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="137"/>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="157"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="158"/>
        <source>gaps %1 · rejected %2</source>
        <translation>Lücken %1 · abgelehnt %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="159"/>
        <source>lag %1 ms</source>
        <translation>Verzögerung %1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="161"/>
        <source>Last rejected message: %1</source>
        <translation>Zuletzt abgelehnte Nachricht: %1</translation>
    </message>
</context>
</TS>
