<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Runtime</name>
    <message>
        <location filename="../app/runtime.cpp" line="34"/>
        <source>embedded simulator (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/workbench_main.cpp" line="38"/>
        <source>Performance workbench for the Augur Omega agent fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="41"/>
        <source>Run the fleet simulator in-process and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="42"/>
        <source>Telemetry endpoint to subscribe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="44"/>
        <source>Control endpoint of the orchestrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="46"/>
        <source>Scenario file for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="47"/>
        <source>Simulated seconds per second for --demo (0 = as fast as possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="49"/>
        <source>No window: print a status line every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="50"/>
        <source>Quit after this many seconds (0 = run until closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="52"/>
        <source>Save a PNG of the window when quitting after --duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="131"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="132"/>
        <source>stale (no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="133"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workbench_main.cpp" line="136"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>omega::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="34"/>
        <source>Omega Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="44"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="44"/>
        <source>State of the telemetry feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="45"/>
        <source>Agents seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="45"/>
        <source>Agents in the current topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="46"/>
        <source>Agent samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="46"/>
        <source>Agent samples decoded into the model per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="47"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="47"/>
        <source>Telemetry messages lost (sequence holes), duplicates and publisher restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <source>Fleet throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <source>Completed tasks per second, last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="49"/>
        <source>Task latency p50 / p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="49"/>
        <source>End-to-end latency of recently completed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="50"/>
        <source>Tasks in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="50"/>
        <source>Admitted and not yet completed or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="51"/>
        <source>Busy / waiting / failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="51"/>
        <source>Agents by state in the last sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="52"/>
        <source>Config version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="52"/>
        <source>Orchestrator configuration in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="56"/>
        <source>Done/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>429/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="61"/>
        <source>Local CPU pool and cloud pool: semaphore limit, slots in use, queue, throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="65"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="66"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="75"/>
        <source>Telemetry source and connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="76"/>
        <source>Telemetry messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="77"/>
        <source>Lost messages / rejected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="78"/>
        <source>Publish-to-receive delay of the last tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="109"/>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="111"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="126"/>
        <source>%1 in %2 koshas, %3 teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="130"/>
        <source>waiting for topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="132"/>
        <source>%1 lost · %2 dup · %3 restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="136"/>
        <source>%1 tasks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="137"/>
        <source>%1 / %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="157"/>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="158"/>
        <source>gaps %1 · rejected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="159"/>
        <source>lag %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="161"/>
        <source>Last rejected message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
