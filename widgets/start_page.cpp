#include "widgets/start_page.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace omega::widgets {

namespace {
const QString kSessionsKey = QStringLiteral("recent/sessions");
const QString kPublishersKey = QStringLiteral("recent/publishers");

void remember(const QString& key, const QString& value)
{
    if (value.isEmpty())
        return;
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(value);
    list.prepend(value);
    while (list.size() > StartPage::kMaxRecent)
        list.removeLast();
    settings.setValue(key, list);
}
} // namespace

QStringList StartPage::recentSessions()
{
    return QSettings().value(kSessionsKey).toStringList();
}

QStringList StartPage::recentPublishers()
{
    return QSettings().value(kPublishersKey).toStringList();
}

void StartPage::rememberSession(const QString& path)
{
    remember(kSessionsKey, QFileInfo(path).absoluteFilePath());
}

void StartPage::rememberPublisher(const QString& telemetry, const QString& control)
{
    remember(kPublishersKey, control.isEmpty() ? telemetry : telemetry + QLatin1Char(' ') + control);
}

StartPage::StartPage(QWidget* parent)
    : QDialog(parent), m_connectForm(new QWidget(this)), m_telemetry(new QLineEdit(this)), m_control(new QLineEdit(this)),
      m_identity(new QLineEdit(this)), m_serverKey(new QLineEdit(this)), m_recentPublishers(new QComboBox(this)),
      m_recentSessions(new QListWidget(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Omega Workbench — start"));
    setObjectName(QStringLiteral("startPage"));
    auto* heading = new QLabel(tr("<h2>What would you like to watch?</h2>"), this);
    auto* intro = new QLabel(tr("The workbench shows a fleet's telemetry live, finds its bottlenecks and tunes it. "
                                "Choose a source; the next start can name one on the command line "
                                "(--demo, --connect, --replay) and skip this page."),
                             this);
    intro->setWordWrap(true);

    auto* demo = new QCommandLinkButton(tr("Watch the embedded simulator"),
                                        tr("A simulated fleet of 3,000 agents in this process: every view, alerts, "
                                           "analysis and tuning, without a publisher."),
                                        this);
    demo->setObjectName(QStringLiteral("startDemo"));
    auto* connectButton = new QCommandLinkButton(tr("Connect to a publisher"),
                                                 tr("Subscribe to a fleet's telemetry endpoint; with its control endpoint "
                                                    "and CURVE keys, tuning too."),
                                                 this);
    connectButton->setObjectName(QStringLiteral("startConnect"));
    auto* open = new QCommandLinkButton(tr("Open a recording"),
                                        tr("Replay a session file (.omega) through the same views."), this);
    open->setObjectName(QStringLiteral("startOpen"));

    // The publisher form, shown once "Connect" is chosen.
    m_telemetry->setPlaceholderText(QStringLiteral("tcp://fleet.example:5556"));
    m_control->setPlaceholderText(tr("optional, e.g. tcp://fleet.example:5557"));
    m_identity->setPlaceholderText(tr("optional: this workbench's key file (--gen-key)"));
    m_serverKey->setPlaceholderText(tr("optional: the orchestrator's public key or its file"));
    m_recentPublishers->addItem(tr("Recent publishers…"));
    for (const QString& p : recentPublishers())
        m_recentPublishers->addItem(p, p);
    m_recentPublishers->setEnabled(m_recentPublishers->count() > 1);
    connect(m_recentPublishers, &QComboBox::activated, this, [this](int index) {
        const QStringList parts = m_recentPublishers->itemData(index).toString().split(QLatin1Char(' '));
        if (parts.isEmpty() || parts.first().isEmpty())
            return;
        m_telemetry->setText(parts.value(0));
        m_control->setText(parts.value(1));
    });
    auto* identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    auto* browseKey = new QPushButton(tr("Browse…"), this);
    identityRow->addWidget(browseKey);
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("This workbench's key file"));
        if (!path.isEmpty())
            m_identity->setText(path);
    });
    auto* form = new QFormLayout(m_connectForm);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(m_recentPublishers);
    form->addRow(tr("&Telemetry endpoint:"), m_telemetry);
    form->addRow(tr("C&ontrol endpoint:"), m_control);
    auto* identityLabel = new QLabel(tr("&Key file:"), m_connectForm);
    identityLabel->setBuddy(m_identity);
    form->addRow(identityLabel, identityRow);
    form->addRow(tr("&Server public key:"), m_serverKey);
    auto* go = new QPushButton(tr("&Connect"), m_connectForm);
    go->setObjectName(QStringLiteral("connectGo"));
    form->addRow(go);
    m_connectForm->setVisible(false);

    m_recentSessions->setObjectName(QStringLiteral("recentSessions"));
    for (const QString& path : recentSessions()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(),
                                         m_recentSessions);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    auto* recentLabel = new QLabel(tr("Recent recordings (double-click to replay):"), this);
    recentLabel->setVisible(m_recentSessions->count() > 0);
    m_recentSessions->setVisible(m_recentSessions->count() > 0);
    m_recentSessions->setMaximumHeight(120);

    m_message->setObjectName(QStringLiteral("startMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d62728;"));
    m_message->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(connectButton);
    layout->addWidget(m_connectForm);
    layout->addWidget(open);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recentSessions);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(demo, &QCommandLinkButton::clicked, this, &StartPage::chooseDemo);
    connect(connectButton, &QCommandLinkButton::clicked, this, [this] {
        showConnectForm();
        m_telemetry->setFocus();
    });
    connect(go, &QPushButton::clicked, this, &StartPage::chooseConnect);
    connect(m_telemetry, &QLineEdit::returnPressed, this, &StartPage::chooseConnect);
    connect(open, &QCommandLinkButton::clicked, this, &StartPage::browseSession);
    connect(m_recentSessions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { chooseSession(item->data(Qt::UserRole).toString()); });
    layout->setSizeConstraint(QLayout::SetMinimumSize);   // grows with the form rather than squeezing it
    setMinimumWidth(560);
    resize(620, sizeHint().height());
}

void StartPage::chooseDemo()
{
    m_choice = {};
    m_choice.kind = Choice::Kind::Demo;
    accept();
}

void StartPage::showConnectForm()
{
    if (m_connectForm->isVisible())
        return;
    m_connectForm->setVisible(true);
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));   // room for the form's rows
}

void StartPage::chooseConnect()
{
    showConnectForm();
    const QString telemetry = m_telemetry->text().trimmed();
    const QString control = m_control->text().trimmed();
    QString why;
    if (telemetry.isEmpty())
        why = tr("Give the publisher's telemetry endpoint.");
    else if (m_check && !(why = m_check(telemetry)).isEmpty())
        why = tr("Telemetry endpoint: %1").arg(why);
    else if (!control.isEmpty() && m_check && !(why = m_check(control)).isEmpty())
        why = tr("Control endpoint: %1").arg(why);
    else if (m_identity->text().trimmed().isEmpty() != m_serverKey->text().trimmed().isEmpty())
        why = tr("The key file and the server's public key go together: give both, or neither to watch only.");
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    m_choice = {};
    m_choice.kind = Choice::Kind::Connect;
    m_choice.telemetryEndpoint = telemetry;
    m_choice.controlEndpoint = control;
    m_choice.identityFile = m_identity->text().trimmed();
    m_choice.serverPublicKey = m_serverKey->text().trimmed();
    rememberPublisher(telemetry, control);
    accept();
}

void StartPage::chooseSession(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        m_message->setText(tr("%1 is not there any more.").arg(path));
        m_message->setVisible(true);
        return;
    }
    m_choice = {};
    m_choice.kind = Choice::Kind::Replay;
    m_choice.sessionPath = path;
    rememberSession(path);
    accept();
}

void StartPage::browseSession()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(),
                                                      tr("Omega sessions (*.omega);;All files (*)"));
    if (!path.isEmpty())
        chooseSession(path);
}

} // namespace omega::widgets
