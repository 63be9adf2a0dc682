// Fleet overview: the messages a publisher got refused are shown per reason, not only as a total.
// The counts come from a real ingest pipeline fed with hostile messages.

#include "model/ingest_pipeline.h"
#include "unit/test_fleet.h"
#include "widgets/overview_panel.h"
#include "widgets/stat_tile.h"

#include <QTest>
#include <limits>

using namespace omega;

class TestOverviewPanel : public QObject {
    Q_OBJECT
private slots:
    void rejectionsPerReason()
    {
        model::IngestPipeline pipeline;
        auto send = [&](const char* topic, const google::protobuf::MessageLite& m) {
            const std::string wire = m.SerializeAsString();
            pipeline.ingest(topic, wire.data(), wire.size(), protocol::wallClockUs());
        };
        send("topo", testing::makeTopology(8));
        send("tick", testing::makeTick(8, 1, 100'000, 1, 0, 1));
        pipeline.publishNow(protocol::wallClockUs());
        widgets::OverviewPanel panel;
        panel.setSnapshot(pipeline.latest());
        widgets::StatTile* rejected = panel.tile(QStringLiteral("rejected"));
        QVERIFY(rejected);
        QCOMPARE(rejected->value(), widgets::OverviewPanel::tr("none"));

        auto nan = testing::makeTick(8, 2, 200'000, 2, 0, 1);
        nan.set_latency_p99_ms(3, std::numeric_limits<float>::quiet_NaN());
        send("tick", nan);
        auto inf = testing::makeTick(8, 2, 200'000, 2, 0, 1);
        inf.set_task_latency_p99_ms(std::numeric_limits<float>::infinity());
        send("tick", inf);
        v1::Event big;
        protocol::fillHeader(*big.mutable_header(), "test-pub", 7, 1, protocol::wallClockUs(), 0, 1);
        big.set_text(std::string(8u << 20, 'x'));
        send("event", big);
        auto duplicate = testing::makeTopology(8);
        duplicate.set_agent_names(1, duplicate.agent_names(0));
        send("topo", duplicate);
        pipeline.publishNow(protocol::wallClockUs());
        const auto snap = pipeline.latest();
        QCOMPARE(snap->stats.rejectedTotal, 4u);
        panel.setSnapshot(snap);

        const QString text = rejected->value();
        const QString expected = QStringList{QStringLiteral("2 ") + widgets::OverviewPanel::reasonName(int(protocol::DecodeError::NonFinite)),
                                             QStringLiteral("1 ") + widgets::OverviewPanel::reasonName(int(protocol::DecodeError::TooLarge)),
                                             QStringLiteral("1 ") + widgets::OverviewPanel::reasonName(int(protocol::DecodeError::DuplicateName))}
                                     .join(QStringLiteral(" · "));
        QCOMPARE(text, expected);
        QVERIFY2(rejected->toolTip().contains(QStringLiteral("duplicate")), qPrintable(rejected->toolTip()));
        // Every reason has a name (a new DecodeError needs one here too).
        for (int i = 1; i < protocol::kDecodeErrorCount; ++i)
            QVERIFY2(!widgets::OverviewPanel::reasonName(i).isEmpty(), qPrintable(QString::number(i)));
    }
};

QTEST_MAIN(TestOverviewPanel)
#include "tst_overview_panel.moc"
