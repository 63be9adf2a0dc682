#pragma once
// Help ▸ User guide, Help ▸ Keyboard shortcuts and Help ▸ About. The shortcut list is read from
// the window's own QActions each time it opens, so it cannot drift from what the keys do; the guide
// is docs/guide.md with its screenshots, built into the program.

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QAction;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace omega::widgets {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString action;     // the action's text without mnemonics or ellipsis
        QString shortcuts;  // every key sequence it answers to, native text
        QString where;      // its menu ("File", "View") or "Window" for keys that act anywhere
    };
    // Every action under `window` (menus, toolbars, the window itself) that has a shortcut.
    static QList<Entry> collect(const QWidget* window);

    explicit ShortcutsDialog(const QWidget* window, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void applyFilter(const QString& text);
    QTableWidget* m_table;
    QLineEdit* m_filter;
};

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    using Versions = QList<QPair<QString, QString>>;   // component, version
    // `components`: what the program links besides Qt and QCustomPlot (which the dialog knows).
    explicit AboutDialog(const Versions& components, QWidget* parent = nullptr);
    static Versions builtIn();                          // Qt (run time and build time), QCustomPlot
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

class GuideDialog : public QDialog {
    Q_OBJECT
public:
    static const char* const kGuideUrl;   // qrc:/guide/guide.md
    explicit GuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace omega::widgets
