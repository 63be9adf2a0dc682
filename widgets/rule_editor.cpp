#include "widgets/rule_editor.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace omega::widgets {

RuleEditor::RuleEditor(QWidget* parent) : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Alert rules"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Rules as JSON: threshold, rate, absence and burn rules over agent, domain, prime, team, "
                               "pool or fleet scopes. See docs/alerts.md."), this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_edit, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Check the rules and use them at once (Ctrl+Return)"));
    buttons->button(QDialogButtonBox::Apply)->setShortcut(QKeySequence(tr("Ctrl+Return")));
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { emit applyRequested(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RuleEditor::setText(const QByteArray& json)
{
    m_edit->setPlainText(QString::fromUtf8(json));
}

QByteArray RuleEditor::text() const
{
    return m_edit->toPlainText().toUtf8();
}

QString RuleEditor::message() const
{
    return m_message->text();
}

int RuleEditor::cursorLine() const
{
    return m_edit->textCursor().blockNumber() + 1;
}

void RuleEditor::setResult(bool ok, const QString& message)
{
    m_message->setText(message);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #2ca02c;") : QStringLiteral("color: #d62728; font-weight: bold;"));
    if (ok)
        return;
    static const QRegularExpression lineRe(QStringLiteral("line (\\d+)"));
    const auto m = lineRe.match(message);
    if (!m.hasMatch())
        return;
    const QTextBlock block = m_edit->document()->findBlockByNumber(m.captured(1).toInt() - 1);
    if (!block.isValid())
        return;
    QTextCursor c(block);
    m_edit->setTextCursor(c);
    m_edit->setFocus();
}

} // namespace omega::widgets
