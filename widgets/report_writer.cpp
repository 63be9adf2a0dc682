#include "widgets/report_writer.h"

#include "report/report_html.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <qcustomplot.h>

namespace omega::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("omega::widgets", text);   // the context lupdate gives free functions here
}

QColor colour(report::Rgb c)
{
    return QColor(c.r, c.g, c.b);
}

void addTitle(QCustomPlot& plot, const QString& title)
{
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, QFont(QStringLiteral("Sans"), 10, QFont::Bold)));
}

// A dashed vertical line at x with its label at the top of the axis rect.
void addMarker(QCustomPlot& plot, const report::PlotMarker& m)
{
    const QColor c = colour(m.colour);
    auto* line = new QCPItemStraightLine(&plot);
    line->point1->setCoords(m.x, 0);
    line->point2->setCoords(m.x, 1);
    line->setPen(QPen(c, 1, Qt::DashLine));
    auto* label = new QCPItemText(&plot);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(m.x, 0.026 + 0.055 * m.row);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(m.label);
    label->setColor(c);
}

// The report's plots drawn with QCustomPlot offscreen: PNG images as data: URIs, or, for a
// QTextDocument (which does not read data: URIs), as its named image resources.
class QCustomPlotRenderer : public report::PlotRenderer {
public:
    explicit QCustomPlotRenderer(QTextDocument* document = nullptr, double scale = 1.0)
        : m_document(document), m_scale(scale)
    {
    }

    QString timePlot(const report::TimePlot& spec) override
    {
        QCustomPlot plot;
        plot.resize(spec.width, spec.height);
        addTitle(plot, spec.title);
        for (const report::PlotSeries& s : spec.series) {
            QCPGraph* g = plot.addGraph();
            g->setName(s.name);
            g->setPen(QPen(colour(s.colour), 1.5));
            for (const report::PlotPoint& p : s.points)
                g->addData(p.x, p.y);
        }
        plot.xAxis->setRange(spec.x.min, spec.x.max);
        plot.yAxis->setRange(spec.y.min, spec.y.max);
        plot.xAxis->setLabel(spec.xLabel);
        plot.yAxis->setLabel(spec.yLabel);
        plot.legend->setVisible(spec.legend);
        for (const report::PlotMarker& m : spec.changes)
            addMarker(plot, m);
        return image(spec.id, plot, spec.width, spec.height);
    }

    QString modelPlot(const report::ModelPlot& spec) override
    {
        QCustomPlot plot;
        plot.resize(spec.width, spec.height);
        addTitle(plot, spec.title);
        QCPGraph* pts = plot.addGraph();
        pts->setLineStyle(QCPGraph::lsNone);
        pts->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        pts->setName(spec.measured.name);
        for (const report::PlotPoint& p : spec.measured.points)
            pts->addData(p.x, p.y);
        if (!spec.fitted.points.empty()) {   // no fit yet: no legend entry for one
            QCPGraph* fit = plot.addGraph();
            fit->setPen(QPen(colour(spec.fitted.colour), 2));
            fit->setName(spec.fitted.name);
            for (const report::PlotPoint& p : spec.fitted.points)
                fit->addData(p.x, p.y);
        }
        if (spec.optimum)
            addMarker(plot, *spec.optimum);
        plot.xAxis->setRange(spec.x.min, spec.x.max);
        plot.yAxis->setRange(spec.y.min, spec.y.max);
        plot.xAxis->setLabel(spec.xLabel);
        plot.yAxis->setLabel(spec.yLabel);
        plot.legend->setVisible(true);
        plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
        return image(spec.id, plot, spec.width, spec.height);
    }

private:
    QString image(const QString& id, QCustomPlot& plot, int width, int height)
    {
        plot.replot();
        const QImage img = plot.toPixmap(width, height).toImage();
        if (m_document) {
            m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("img://") + id), img);
            return QStringLiteral("<p><img src=\"img://%1\" width=\"%2\"></p>").arg(id).arg(img.width() * m_scale);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        return QStringLiteral("<p><img src=\"data:image/png;base64,%1\" width=\"%2\"></p>").arg(QString::fromLatin1(png.toBase64())).arg(img.width());
    }

    QTextDocument* m_document;
    double m_scale;
};

} // namespace

bool writeComparisonReport(const report::ReportInput& a, const report::ReportInput& b, const QString& path, QString* error)
{
    QCustomPlotRenderer plots;
    return report::writeHtmlComparison(a, b, path, plots, error);
}

QString reportHtml(const report::ReportInput& input)
{
    QCustomPlotRenderer plots;
    return report::reportHtml(input, plots);
}

bool writeReport(const report::ReportInput& input, const QString& path, QString* error)
{
    if (!report::isPdfPath(path)) {
        QCustomPlotRenderer plots;
        return report::writeHtmlReport(input, path, plots, error);
    }
    if (!QFileInfo(path).dir().exists()) {
        if (error)
            *error = tr("cannot write %1: no such folder").arg(path);
        return false;
    }
    // Images at 3/4 of their pixel width on the page, as named resources of the document.
    QTextDocument doc;
    QCustomPlotRenderer plots(&doc, 0.75);
    doc.setHtml(report::reportHtml(input, plots));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(tr("Omega Workbench tuning report"));
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    return QFileInfo(path).size() > 0;
}

} // namespace omega::widgets
