#include "widgets/help_dialogs.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace omega::widgets {

namespace {
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));   // "…"
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget* window)
{
    QList<Entry> entries;
    QSet<const QAction*> seen;
    for (const QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        Entry e;
        e.action = plainText(a->text());
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        e.shortcuts = keys.join(tr(" or "));
        for (const QObject* o : a->associatedObjects())
            if (const auto* menu = qobject_cast<const QMenu*>(o)) {
                e.where = plainText(menu->title());
                break;
            }
        if (e.where.isEmpty())
            e.where = qobject_cast<const QDockWidget*>(a->parent()) ? tr("View") : tr("Window");
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
        return x.where != y.where ? x.where.localeAwareCompare(y.where) < 0 : x.action.localeAwareCompare(y.action) < 0;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget* window, QWidget* parent)
    : QDialog(parent), m_table(makeTable(this, {tr("Action"), tr("Keys"), tr("Menu")})), m_filter(new QLineEdit(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    const QList<Entry> entries = collect(window);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry& e = entries[row];
        m_table->setItem(row, 0, new QTableWidgetItem(e.action));
        m_table->setItem(row, 1, new QTableWidgetItem(e.shortcuts));
        m_table->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    m_table->resizeColumnsToContents();
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int col = 0; col < 2 && !match; ++col)
            match = m_table->item(row, col)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

AboutDialog::Versions AboutDialog::builtIn()
{
    Versions v;
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    v << qMakePair(QStringLiteral("Qt"), runtime == built ? runtime : tr("%1 (built with %2)").arg(runtime, built));
    v << qMakePair(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    return v;
}

AboutDialog::AboutDialog(const Versions& components, QWidget* parent)
    : QDialog(parent), m_table(makeTable(this, {tr("Component"), tr("Version")}))
{
    setWindowTitle(tr("About Omega Workbench"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* heading = new QLabel(tr("<h3>Omega Workbench %1</h3>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    auto* text = new QLabel(tr("A performance workbench for the Augur Omega agent fleet: live telemetry, bottlenecks and "
                               "their causes, tuning with verification and rollback, recorded sessions."),
                            this);
    text->setWordWrap(true);
    const Versions all = builtIn() + components;
    m_table->setRowCount(static_cast<int>(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(all[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(all[row].second));
    }
    m_table->resizeColumnsToContents();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(480, 380);
}

const char* const GuideDialog::kGuideUrl = "qrc:/guide/guide.md";

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Omega Workbench user guide"));
    auto* layout = new QVBoxLayout(this);
    // Markdown from the resources; its screenshots resolve next to it (qrc:/guide/screenshots/).
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QString::fromLatin1(kGuideUrl)), QTextDocument::MarkdownResource);
    if (m_browser->document()->isEmpty())
        m_browser->setPlainText(tr("The guide is not built into this program; it is docs/guide.md in the source."));
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
}

} // namespace omega::widgets
