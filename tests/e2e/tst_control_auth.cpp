// Authenticated control over real ZeroMQ on tcp loopback: CURVE key files, the authorized-keys
// list, the ZAP handler, roles (observer reads, operator applies), and clients that must fail:
// an unknown key, a plaintext client, a wrong server key, an observer trying to apply.

#include "model/ingest_pipeline.h"
#include "security/authorized_keys.h"
#include "security/curve_keys.h"
#include "sim/sim_server.h"
#include "transport/control_client.h"
#include "transport/telemetry_subscriber.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <zmq.hpp>

using namespace omega;

namespace {
const std::string kAnyPort = "tcp://127.0.0.1:*";

omega::v1::Config cloudLimit(int limit)
{
    omega::v1::Config change;
    change.set_cloud_limit(limit);
    return change;
}

std::optional<omega::v1::ControlReply> applyOnce(transport::ControlClient& client, int limit, std::uint64_t expected,
                                                 QString* error)
{
    omega::v1::ControlRequest req;
    auto* apply = req.mutable_apply_config();
    apply->set_expected_version(expected);
    *apply->mutable_change() = cloudLimit(limit);
    return client.call(req, 400, 1, error);
}

std::optional<omega::v1::ControlReply> getConfigOnce(transport::ControlClient& client, QString* error)
{
    omega::v1::ControlRequest req;
    req.mutable_get_config();
    return client.call(req, 400, 1, error);
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

class TestControlAuth : public QObject {
    Q_OBJECT

    security::CurveKeyPair m_server = security::generateKeyPair();
    security::CurveKeyPair m_operator = security::generateKeyPair();
    security::CurveKeyPair m_observer = security::generateKeyPair();
    security::CurveKeyPair m_stranger = security::generateKeyPair();

    sim::SimulatorServer::Options secureOptions(bool curveTelemetry = false) const
    {
        sim::SimulatorServer::Options o;
        o.telemetryEndpoint = o.controlEndpoint = kAnyPort;
        o.speed = 5.0;
        o.serverKeys = m_server;
        o.authorizedKeys.add(m_operator.publicKey, security::KeyRole::Operator, QStringLiteral("alice"));
        o.authorizedKeys.add(m_observer.publicKey, security::KeyRole::Observer, QStringLiteral("bob"));
        o.curveTelemetry = curveTelemetry;
        return o;
    }
    security::CurveClient as(const security::CurveKeyPair& own) const { return {own, m_server.publicKey}; }

private slots:
    void initTestCase() { QVERIFY2(security::curveAvailable(), "libzmq without CURVE"); }

    void keyFileRoundTripIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("id_omega"));
        const auto pair = security::generateKeyPair();
        QCOMPARE(pair.publicKey.size(), std::size_t{40});
        QCOMPARE(security::publicKeyOf(pair.secretKey), pair.publicKey);
        QString error;
        QVERIFY2(security::writeKeyFile(path, pair, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const auto back = security::readKeyFile(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->secretKey, pair.secretKey);
        QCOMPARE(back->publicKey, pair.publicKey);
        // Never overwritten, like ssh-keygen.
        QVERIFY(!security::writeKeyFile(path, security::generateKeyPair(), &error));
        QVERIFY2(error.contains(QStringLiteral("exists")), qPrintable(error));
        QCOMPARE(security::readKeyFile(path, nullptr)->secretKey, pair.secretKey);
        // The public key reads from the key file, from the bare text, and not from nonsense.
        QCOMPARE(security::readPublicKey(path, &error).value_or(""), pair.publicKey);
        QCOMPARE(security::readPublicKey(QString::fromStdString(pair.publicKey), &error).value_or(""), pair.publicKey);
        QVERIFY(!security::readPublicKey(QStringLiteral("not-a-key"), &error));
        QVERIFY2(error.contains(QStringLiteral("Z85")), qPrintable(error));
        // A secret others may read is refused with the fix in the message.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QVERIFY(!security::readKeyFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
        // A file whose halves do not belong together is refused.
        const QString mixed = dir.filePath(QStringLiteral("mixed"));
        writeText(mixed, QByteArray("public-key ") + QByteArray::fromStdString(m_operator.publicKey) + "\nsecret-key "
                             + QByteArray::fromStdString(m_observer.secretKey) + "\n");
        QFile::setPermissions(mixed, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!security::readKeyFile(mixed, &error));
        QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));
    }

    void authorizedKeysFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authorized_keys"));
        writeText(path, "# operators of the fleet\n\n" + QByteArray::fromStdString(m_operator.publicKey) + "  alice laptop\n"
                            + QByteArray::fromStdString(m_observer.publicKey) + "\n");
        security::AuthorizedKeys keys;
        QString error;
        QVERIFY2(keys.load(path, security::KeyRole::Operator, &error), qPrintable(error));
        QCOMPARE(keys.size(), std::size_t{2});
        QCOMPARE(keys.find(m_operator.publicKey)->comment, QStringLiteral("alice laptop"));
        QVERIFY(keys.find(m_observer.publicKey));
        QVERIFY(!keys.find(m_stranger.publicKey));
        // The stronger grant wins when a key is in both lists.
        keys.add(m_operator.publicKey, security::KeyRole::Observer);
        QCOMPARE(keys.find(m_operator.publicKey)->role, security::KeyRole::Operator);
        QCOMPARE(security::roleOfUserId(security::userIdFor(*keys.find(m_operator.publicKey))), security::KeyRole::Operator);
        // A line that is neither a key nor a comment: the line is named, nothing of the file is taken.
        const QString bad = dir.filePath(QStringLiteral("bad"));
        writeText(bad, QByteArray::fromStdString(m_stranger.publicKey) + "\nssh-ed25519 AAAA bob\n");
        security::AuthorizedKeys other;
        QVERIFY(!other.load(bad, security::KeyRole::Observer, &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QCOMPARE(other.size(), std::size_t{0});
    }

    void operatorAppliesObserverOnlyReads()
    {
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), secureOptions());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        transport::ControlClient observer(server.controlEndpoint(), nullptr, as(m_observer));
        const auto config = observer.getConfig(&error);
        QVERIFY2(config && config->ok(), qPrintable(error));
        const std::uint64_t version = config->config().version();
        QVERIFY2(observer.getScenario(&error) && error.isEmpty(), qPrintable(error));
        const auto refused = applyOnce(observer, 3, version, &error);
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        QVERIFY2(QString::fromStdString(refused->error()).contains(QStringLiteral("not authorised")), refused->error().c_str());
        QCOMPARE(refused->config().version(), version);
        QTRY_COMPARE(server.status().commandsRefused, std::uint64_t{1});

        transport::ControlClient op(server.controlEndpoint(), nullptr, as(m_operator));
        const auto applied = applyOnce(op, 12, version, &error);
        QVERIFY2(applied && applied->ok(), qPrintable(error));
        QCOMPARE(applied->config().version(), version + 1);
        QCOMPARE(applied->config().cloud_limit(), 12);
        QCOMPARE(server.status().clientsRefused, std::uint64_t{0});
    }

    void strangersCannotChangeAnything()
    {
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), secureOptions());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const std::uint64_t version = server.status().config.version;

        // A key not in the list: the ZAP handler refuses the handshake; the client says so.
        transport::ControlClient stranger(server.controlEndpoint(), nullptr, as(m_stranger));
        QVERIFY(!applyOnce(stranger, 3, version, &error));
        QVERIFY2(error.contains(QStringLiteral("refused this key")), qPrintable(error));
        QTRY_VERIFY(server.status().clientsRefused >= 1);
        QVERIFY(QString::fromStdString(server.status().lastRefused).contains(QString::fromStdString(m_stranger.publicKey)));

        // An anonymous plaintext client (the reproducer of the issue): no answer, nothing applied.
        transport::ControlClient anonymous(server.controlEndpoint());
        QVERIFY(!applyOnce(anonymous, 3, version, &error));

        // The operator's own key against the wrong server key: the handshake fails, the client says so.
        transport::ControlClient confused(server.controlEndpoint(), nullptr, {m_operator, m_stranger.publicKey});
        QVERIFY(!getConfigOnce(confused, &error));
        QVERIFY2(error.contains(QStringLiteral("handshake failed")), qPrintable(error));

        // A raw DEALER with a random key pair straight from libzmq, as an outside tool would.
        zmq::context_t ctx(1);
        zmq::socket_t raw(ctx, zmq::socket_type::dealer);
        raw.set(zmq::sockopt::linger, 0);
        const auto rawKeys = security::generateKeyPair();
        raw.set(zmq::sockopt::curve_serverkey, m_server.publicKey);
        raw.set(zmq::sockopt::curve_publickey, rawKeys.publicKey);
        raw.set(zmq::sockopt::curve_secretkey, rawKeys.secretKey);
        raw.connect(server.controlEndpoint());
        omega::v1::ControlRequest req;
        req.set_protocol_version(1);
        req.set_command_id("raw-1");
        req.mutable_apply_config()->set_expected_version(version);
        *req.mutable_apply_config()->mutable_change() = cloudLimit(3);
        std::string bytes;
        req.SerializeToString(&bytes);
        (void)raw.send(zmq::buffer(bytes), zmq::send_flags::dontwait);
        zmq::pollitem_t item{raw.handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, std::chrono::milliseconds(500));
        QVERIFY(!(item.revents & ZMQ_POLLIN));

        QCOMPARE(server.status().config.version, version);
        QCOMPARE(server.status().config.cloudLimit, sim::Scenario::referenceDefault().baseline.cloudLimit);
        // The operator still gets through after all that.
        transport::ControlClient op(server.controlEndpoint(), nullptr, as(m_operator));
        QVERIFY2(getConfigOnce(op, &error), qPrintable(error));
    }

    void curveTelemetryNeedsAListedKey()
    {
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), secureOptions(true));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const auto watch = [&](const security::CurveKeyPair& own, model::IngestPipeline& pipeline) {
            transport::TelemetrySubscriber::Options o;
            o.endpoint = server.telemetryEndpoint();
            o.controlEndpoint = server.controlEndpoint();
            o.curve = as(own);
            o.curveTelemetry = true;
            return std::make_unique<transport::TelemetrySubscriber>(pipeline, o);
        };
        model::IngestPipeline listed, unlisted;
        auto good = watch(m_observer, listed);
        auto bad = watch(m_stranger, unlisted);
        good->start();
        bad->start();
        QTRY_VERIFY_WITH_TIMEOUT(listed.latest() && listed.latest()->stats.ticksApplied >= 5, 10000);
        QVERIFY(!unlisted.latest() || unlisted.latest()->stats.ticksApplied == 0);
        QVERIFY(server.status().clientsRefused >= 1);
    }

    void reqClientGetsItsReply()
    {
        // Plaintext server: a REQ client's envelope [identity, "", request] is answered in kind.
        sim::SimulatorServer::Options o;
        o.telemetryEndpoint = o.controlEndpoint = kAnyPort;
        sim::SimulatorServer server(sim::Scenario::referenceDefault(), o);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        zmq::context_t ctx(1);
        zmq::socket_t req(ctx, zmq::socket_type::req);
        req.set(zmq::sockopt::linger, 0);
        req.connect(server.controlEndpoint());
        omega::v1::ControlRequest request;
        request.set_protocol_version(1);
        request.set_command_id("req-1");
        request.mutable_get_config();
        std::string bytes;
        request.SerializeToString(&bytes);
        (void)req.send(zmq::buffer(bytes), zmq::send_flags::none);
        zmq::pollitem_t item{req.handle(), 0, ZMQ_POLLIN, 0};
        zmq::poll(&item, 1, std::chrono::milliseconds(2000));
        QVERIFY(item.revents & ZMQ_POLLIN);
        zmq::message_t answer;
        QVERIFY(req.recv(answer));
        omega::v1::ControlReply reply;
        QVERIFY(reply.ParseFromArray(answer.data(), static_cast<int>(answer.size())));
        QCOMPARE(reply.command_id(), std::string("req-1"));
        QVERIFY2(reply.ok(), reply.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestControlAuth)
#include "tst_control_auth.moc"
