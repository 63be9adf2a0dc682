// omega-headless: the workbench without a window and without Qt Widgets or Qt Gui. One status line
// per second, the tuning loop (--auto-apply), recording, the report with SVG plots (--report
// FILE.html) and the comparison of two recordings (--compare). For servers and CI runners.

#include "app/key_options.h"
#include "app/run_options.h"
#include "runtime/headless_run.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omega-headless"));
    QCoreApplication::setOrganizationName(QStringLiteral("Omega"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    omega::app::RunCommandLine cli;
    const omega::app::ProgramInfo program{
        "omega-headless",
        QCoreApplication::translate("main", "Omega Workbench without a window: watches the Augur Omega agent fleet and prints a status line every second."),
        false};
    if (!omega::app::parseRunOptions(app, program, cli))
        return 2;
    if (!cli.genKey.isEmpty())
        return omega::app::generateKeyFile(program.name, cli.genKey);
    cli.run.program = QString::fromLatin1(program.name);
    return omega::runtime::runHeadless(app, cli.run);
}
