#pragma once
// Edits the alert rules as JSON. Apply forwards the text; the app answers with setResult(), and an
// error naming a line moves the cursor there.

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace omega::widgets {

class RuleEditor : public QDialog {
    Q_OBJECT
public:
    explicit RuleEditor(QWidget* parent = nullptr);
    void setText(const QByteArray& json);
    QByteArray text() const;
    void setResult(bool ok, const QString& message);
    QString message() const;
    int cursorLine() const;

signals:
    void applyRequested(const QByteArray& json);

private:
    QPlainTextEdit* m_edit;
    QLabel* m_message;
};

} // namespace omega::widgets
