#pragma once
// The command line omega-workbench and omega-headless share: the source (--demo, --connect,
// --replay), control and its keys, recording, rules, tuning, --duration, --report and --compare.
// The workbench adds its window's options (--headless, --screenshot).

#include "runtime/headless_run.h"

#include <QString>

class QCoreApplication;

namespace omega::app {

struct RunCommandLine {
    runtime::HeadlessOptions run;   // the runtime's options, duration, report, compare
    QString screenshot;             // the window's picture at the end of --duration
    QString genKey;                 // --gen-key: write a key pair and exit
    bool sourceGiven = false;       // --demo, --connect or --replay: no start page
};

struct ProgramInfo {
    const char* name;               // "omega-headless": messages start with it
    QString description;            // --help's first line
    bool window = false;            // the program has a window: --headless and --screenshot
};

// Parses the command line (--help and --version print and exit). False after a message on stderr
// when the options cannot work together: the caller exits 2.
bool parseRunOptions(QCoreApplication& app, const ProgramInfo& program, RunCommandLine& cli);

} // namespace omega::app
