// End to end with the window: simulator -> ZeroMQ -> pipeline -> analysis -> Recommendations dock
// -> one click -> tuning service -> control channel -> simulator -> verified on live data.
#include "runtime/runtime.h"
#include "session/session_reader.h"
#include "tuning/control_port.h"
#include "widgets/main_window.h"
#include "widgets/recommendations_panel.h"
#include "widgets/series_plots.h"
#include "widgets/tuning_panel.h"

#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace omega;

namespace {
void wire(widgets::MainWindow& w, runtime::Runtime& runtime)
{
    w.resize(1600, 1000);
    w.setHistorySource(&runtime.pipeline());
    w.setSources([&runtime] { return runtime.pipeline().latest(); },
                 [&runtime] { return QString::fromLatin1(transport::linkStateName(runtime.link())); },
                 runtime.sourceDescription());
    w.setFindingsSource([&runtime] { return runtime.analysis().latest(); });
    w.setTuningSource([&runtime] { return runtime.tuning()->view(); });
    QObject::connect(&w, &widgets::MainWindow::approveRecommendationRequested,
                     [&runtime](const analysis::Recommendation& r) { runtime.tuning()->approve(r); });
    QObject::connect(&w, &widgets::MainWindow::autoApplyRequested, [&runtime](bool on) { runtime.tuning()->setAutoApply(on); });
    QObject::connect(&w, &widgets::MainWindow::killSwitchRequested, [&runtime] { runtime.tuning()->kill(); });
}

void save(widgets::MainWindow& w, const QString& name)
{
    w.dock(QStringLiteral("recommendations"))->raise();
    w.dock(QStringLiteral("tuning"))->raise();
    QTest::qWait(300);
    const QString dir = qEnvironmentVariable("OMEGA_ARTIFACT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
}

QPushButton* button(QWidget* parent, const QString& text)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}
} // namespace

class TestGuiTuning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Over the real control channel: the same command id sent again is answered, not applied twice.
    void resentCommandIsAppliedOnce()
    {
        sim::SimulatorServer::Options so;
        so.telemetryEndpoint = "tcp://127.0.0.1:*";
        so.controlEndpoint = "tcp://127.0.0.1:*";
        so.speed = 10;
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), so);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        tuning::ControlPort port(server.controlEndpoint());
        model::KnobSettings to{1, 1, 20, 1, 0, true};
        const auto first = port.apply(to, 1, "resend-1", &error);
        QVERIFY2(first && first->ok, qPrintable(error));
        QCOMPARE(first->config.version, 2u);
        const auto again = port.apply(to, 1, "resend-1", &error);
        QVERIFY2(again && again->ok, qPrintable(error));
        QCOMPARE(again->config.version, 2u);
        QCOMPARE(server.status().config.version, 2u);
        QCOMPARE(server.status().config.cloudLimit, 20u);
        // A new command that still expects version 1 is refused: someone changed the fleet since.
        const auto stale = port.apply(to, 1, "resend-2", &error);
        QVERIFY(stale);
        QVERIFY(!stale->ok);
        QVERIFY(stale->error.contains(QStringLiteral("version")));
        // The same id for a corrected request is refused, not answered with the old reply.
        model::KnobSettings corrected = to;
        corrected.cloudLimit = 30;
        const auto reused = port.apply(corrected, 2, "resend-2", &error);
        QVERIFY(reused && !reused->ok);
        QVERIFY2(reused->error.contains(QStringLiteral("already used")), qPrintable(reused->error));

        // Requests a third party could send: refused with a reason, nothing applied.
        transport::ControlClient raw(server.controlEndpoint());
        auto refused = [&](omega::v1::ControlRequest req, const char* why) {
            QString err;
            const auto reply = raw.call(req, 1000, 1, &err);
            QVERIFY2(reply, qPrintable(err));
            QVERIFY(!reply->ok());
            QVERIFY2(QString::fromStdString(reply->error()).contains(QLatin1String(why)), reply->error().c_str());
        };
        omega::v1::ControlRequest nothing;
        nothing.set_command_id("no-change");
        nothing.mutable_apply_config()->set_expected_version(2);
        nothing.mutable_apply_config()->mutable_change();
        refused(nothing, "changes nothing");
        omega::v1::ControlRequest longId;
        longId.set_command_id(std::string(4096, 'x'));
        longId.mutable_get_config();
        refused(longId, "longer than");
        QCOMPARE(server.status().config.version, 2u);
        server.stop();
    }

    void oneClickApprovalIsVerifiedAndKept()
    {
        QTemporaryDir dir;
        runtime::Runtime runtime;
        runtime::Runtime::Options options;
        options.demo = true;
        options.speed = 20;
        options.tuningHistoryPath = dir.filePath(QStringLiteral("history.sqlite"));
        options.recordPath = dir.filePath(QStringLiteral("run.omega"));
        QString error;
        QVERIFY2(runtime.start(options, &error), qPrintable(error));
        QVERIFY(runtime.tuning());
        // The demo is secure by default: its control channel is CURVE with keys made in-process,
        // the approval below goes through it, and the simulator refuses nobody.
        QCOMPARE(runtime.controlSecurity(), runtime::ControlSecurity::Curve);
        widgets::MainWindow w;
        wire(w, runtime);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* panel = w.recommendationsPanel();
        QVERIFY(QTest::qWaitFor([&] { return panel->list()->count() > 0; }, 20000));
        QPushButton* approve = button(panel, widgets::RecommendationsPanel::tr("&Approve"));
        QVERIFY(approve);
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        // Sent, acknowledged, settled, judged against the window before it: kept.
        const bool kept = QTest::qWaitFor([&] {
            const auto v = runtime.tuning()->view();
            return !v->changes.empty() && v->changes.front().state == tuning::ChangeState::Kept;
        }, 30000);
        for (const auto& c : runtime.tuning()->view()->changes)
            qInfo("change %llu %s: %s", static_cast<unsigned long long>(c.id), tuning::stateKey(c.state), qPrintable(c.note));
        QVERIFY(kept);
        const auto v = runtime.tuning()->view();
        const tuning::Change& c = v->changes.front();
        QCOMPARE(c.actor, tuning::Actor::Person);
        QVERIFY(c.verdict.judged);
        QVERIFY2(c.verdict.afterTasksPerS > c.verdict.beforeTasksPerS * 1.5, qPrintable(c.verdict.reason));
        QCOMPARE(runtime.embeddedSimulator()->status().config.version, c.appliedVersion);
        QCOMPARE(runtime.embeddedSimulator()->status().clientsRefused, std::uint64_t{0});
        QCOMPARE(runtime.controlProblem(), QString());
        QTest::qWait(300);
        QVERIFY(w.tuningPanel()->table()->rowCount() >= 1);
        save(w, QStringLiteral("tuning-approved.png"));
        // The recording holds the change's transitions, and its replay timeline marks them.
        runtime.stopRecording();
        auto reader = session::SessionReader::open(options.recordPath, &error);
        QVERIFY2(reader, qPrintable(error));
        const auto markers = reader->markers();
        const auto tuningMarks = std::count_if(markers.begin(), markers.end(), [](const session::TimelineMarker& m) {
            return m.kind == session::TimelineMarker::Kind::Tuning && m.text.startsWith(QStringLiteral("kept"));
        });
        QVERIFY2(tuningMarks >= 1, qPrintable(QString::number(markers.size())));
    }

    void autoApplyClimbsPastTenTimesAndTheKillSwitchStopsIt()
    {
        QTemporaryDir dir;
        runtime::Runtime runtime;
        runtime::Runtime::Options options;
        options.demo = true;
        options.speed = 0;   // as fast as the simulator goes
        options.tuningHistoryPath = dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        QVERIFY2(runtime.start(options, &error), qPrintable(error));
        widgets::MainWindow w;
        wire(w, runtime);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.tuningPanel()->autoApplyBox()->click();
        QVERIFY(QTest::qWaitFor([&] {
            const auto v = runtime.tuning()->view();
            return v->converged && v->kept > 0;
        }, 60000));
        const auto v = runtime.tuning()->view();
        const double bound = runtime.embeddedSimulator()->status().boundTasksPerS;   // judges only
        qInfo("auto-apply: %.1f -> %.1f tasks/s (%.1fx, %.0f %% of bound) with %d kept, %d rolled back", v->baselineTasksPerS,
              v->nowTasksPerS, v->ratio(), 100 * v->nowTasksPerS / bound, v->kept, v->rolledBack);
        QVERIFY(v->ratio() >= 10);
        QVERIFY(v->nowTasksPerS >= 0.95 * bound);
        QVERIFY(v->kept <= 8);
        // Every kept change is a solid line on the time series (one per panel).
        QVERIFY(QTest::qWaitFor([&] { return w.seriesPlots()->markCount() >= v->kept; }, 2000));
        save(w, QStringLiteral("tuning-auto.png"));
        QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor([&] { return runtime.tuning()->view()->killed; }, 2000));
        // The switch follows the service's view, which the window takes on its next refresh.
        QVERIFY(QTest::qWaitFor([&] { return !w.tuningPanel()->autoApplyBox()->isChecked(); }, 2000));
    }
};

QTEST_MAIN(TestGuiTuning)
#include "tst_gui_tuning.moc"
