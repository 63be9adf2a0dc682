// Every row of the metric table (model/metrics.h) reaches the places its flags name: the alert
// rule parser, the heatmap's and the treemap's colour-by lists, the kosha tree's columns and the
// time views' metric lists. A new row needs no other change for this test to pass.

#include "alerts/rule.h"
#include "model/metrics.h"
#include "widgets/heatmap_panel.h"
#include "widgets/kosha_time_map.h"
#include "widgets/kosha_tree_model.h"
#include "widgets/main_window.h"
#include "widgets/series_plots.h"

#include <QComboBox>
#include <QSet>
#include <QtTest>

using namespace omega;
using model::MetricInfo;

namespace {

bool listsMetric(const QComboBox* box, const MetricInfo& info)
{
    return box && box->findData(static_cast<int>(info.metric)) >= 0;
}

QComboBox* metricBox(const QWidget& view, const char* name)
{
    return view.findChild<QComboBox*>(QLatin1String(name));
}

} // namespace

class TstMetricTable : public QObject {
    Q_OBJECT
private slots:
    void rowsAreComplete()
    {
        QSet<QString> keys;
        for (const MetricInfo& info : model::kMetrics) {
            const QString key = QLatin1String(info.key);
            QVERIFY2(!key.isEmpty() && !keys.contains(key), info.key);
            keys.insert(key);
            QCOMPARE(model::metricByKey(info.key), info.metric);
            QVERIFY2(info.label && *info.label && info.name && *info.name, info.key);
            QVERIFY2(info.fromAgent && info.fromGroup, info.key);
            if (info.uses & model::TreeColumn)
                QVERIFY2(info.column && *info.column && info.columnTip && *info.columnTip, info.key);
        }
        QCOMPARE(model::metricByKey("no_such_metric"), model::Metric::Count);
    }

    void alertRuleParserAcceptsEveryRuleMetric()
    {
        for (const MetricInfo& info : model::kMetrics) {
            for (const char* scope : {"agent", "domain", "prime", "team"}) {
                const QByteArray json = QByteArrayLiteral("{\"rules\": [{\"name\": \"R\", \"scope\": \"") + scope
                                      + QByteArrayLiteral("\", \"metric\": \"") + info.key
                                      + QByteArrayLiteral("\", \"threshold\": 1}]}");
                QString error;
                const bool accepted = alerts::RuleSet::parse(json, QStringLiteral("test"), &error).has_value();
                QVERIFY2(accepted == bool(info.uses & model::AlertRules),
                         qPrintable(QStringLiteral("%1 over %2: %3").arg(QLatin1String(info.key), QLatin1String(scope), error)));
            }
        }
    }

    void heatmapColoursByEveryColourMetric()
    {
        widgets::HeatmapPanel panel;
        const QComboBox* box = metricBox(panel, "metric");
        QVERIFY(box);
        for (const MetricInfo& info : model::kMetrics)
            QVERIFY2(listsMetric(box, info) == bool(info.uses & model::ColourBy), info.key);
    }

    void treemapColoursByEveryColourMetric()
    {
        widgets::MainWindow window;
        const QComboBox* box = metricBox(window, "treemapMetric");
        QVERIFY(box);
        for (const MetricInfo& info : model::kMetrics)
            QVERIFY2(listsMetric(box, info) == bool(info.uses & model::ColourBy), info.key);
    }

    void treeHasAColumnPerTreeMetric()
    {
        widgets::KoshaTreeModel tree;
        QSet<int> shown;
        for (int c = 0; c < tree.columnCount(); ++c) {
            const model::Metric m = widgets::KoshaTreeModel::metricOf(c);
            if (m == model::Metric::Count)
                continue;
            shown.insert(static_cast<int>(m));
            QCOMPARE(tree.headerData(c, Qt::Horizontal).toString(),
                     QCoreApplication::translate("Metric", model::metricInfo(m).column));
            QVERIFY(!tree.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        for (const MetricInfo& info : model::kMetrics)
            QVERIFY2(shown.contains(static_cast<int>(info.metric)) == bool(info.uses & model::TreeColumn), info.key);
    }

    void timeViewsListEveryTimeMetric()
    {
        widgets::KoshaTimeMap timeMap;
        widgets::SeriesPlots plots;
        for (const QWidget* view : {static_cast<const QWidget*>(&timeMap), static_cast<const QWidget*>(&plots)}) {
            const QComboBox* box = metricBox(*view, "metric");
            QVERIFY(box);
            for (const MetricInfo& info : model::kMetrics)
                QVERIFY2(listsMetric(box, info) == bool(info.uses & model::TimeViews), info.key);
        }
    }
};

QTEST_MAIN(TstMetricTable)
#include "tst_metric_table.moc"
