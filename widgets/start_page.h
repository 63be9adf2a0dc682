#pragma once
// First run: when the program was started without a source, this page asks for one: the embedded
// simulator, a publisher (endpoints and CURVE keys), or a recording. Recent recordings and
// publishers are remembered (QSettings "recent/…"). It only collects the choice; the app starts it.

#include <QDialog>
#include <QString>
#include <QStringList>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QWidget;

namespace omega::widgets {

class StartPage : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        enum class Kind { None, Demo, Connect, Replay } kind = Kind::None;
        QString telemetryEndpoint, controlEndpoint;   // Connect
        QString identityFile, serverPublicKey;         // Connect, both or neither
        QString sessionPath;                           // Replay
    };
    // Says why an endpoint cannot be used (the app knows the rules); empty = fine.
    using EndpointCheck = std::function<QString(const QString& endpoint)>;

    explicit StartPage(QWidget* parent = nullptr);
    void setEndpointCheck(EndpointCheck check) { m_check = std::move(check); }
    Choice choice() const { return m_choice; }

    static constexpr int kMaxRecent = 8;
    static QStringList recentSessions();
    static QStringList recentPublishers();   // "telemetry control" pairs, newest first
    static void rememberSession(const QString& path);
    static void rememberPublisher(const QString& telemetry, const QString& control);

    // The pieces, for tests.
    QWidget* connectForm() const { return m_connectForm; }
    QLineEdit* telemetryEdit() const { return m_telemetry; }
    QLineEdit* controlEdit() const { return m_control; }
    QLineEdit* identityEdit() const { return m_identity; }
    QLineEdit* serverKeyEdit() const { return m_serverKey; }
    QListWidget* recentSessionList() const { return m_recentSessions; }
    QComboBox* recentPublisherBox() const { return m_recentPublishers; }
    QLabel* message() const { return m_message; }

    void chooseDemo();
    void chooseConnect();           // validates the form; stays open with a message if it is wrong
    void chooseSession(const QString& path);

private:
    void browseSession();
    void showConnectForm();
    QWidget* m_connectForm;
    QLineEdit* m_telemetry;
    QLineEdit* m_control;
    QLineEdit* m_identity;
    QLineEdit* m_serverKey;
    QComboBox* m_recentPublishers;
    QListWidget* m_recentSessions;
    QLabel* m_message;
    EndpointCheck m_check;
    Choice m_choice;
};

} // namespace omega::widgets
