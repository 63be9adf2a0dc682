#pragma once
// Runs one of the project's programs to its end, as a user would, for the command-line tests.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace omega::testing {

struct ProgramRun {
    int exitCode = -1;        // -1: it crashed or never started
    bool finished = false;    // false: killed after the timeout
    QString out, err;
};

inline ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs,
                             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForStarted())
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace omega::testing
