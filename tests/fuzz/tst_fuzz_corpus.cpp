// Replays every file of tests/fuzz/corpus through the fuzz entry functions with the normal compiler,
// so ctest runs every seed and every crasher the fuzzers found (docs/fuzzing.md).
//   valid-*  must be accepted, bad-* must be refused, any other file (found by a fuzzer) must
//   simply come back: a crash, an abort on a broken invariant or a hang fails the test.

#include "fuzz_entries.h"
#include "fuzz_fleet.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QtTest>

using omega::fuzz::kAccepted;
using omega::fuzz::kRefused;

namespace {
QDir corpusDir(const char* target)
{
    return QDir(QStringLiteral(OMEGA_FUZZ_CORPUS_DIR "/") + QLatin1String(target));
}

int run(const omega::fuzz::Target& target, const QByteArray& bytes)
{
    return target.entry(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}
} // namespace

class TestFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("omega.*=false"));   // thousands of rejections
    }

    void everyTargetHasSeeds_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < omega::fuzz::targets().size(); ++i)
            QTest::newRow(omega::fuzz::targets()[i].name) << static_cast<int>(i);
    }
    void everyTargetHasSeeds()
    {
        QFETCH(int, index);
        const auto& target = omega::fuzz::targets()[static_cast<std::size_t>(index)];
        const QDir dir = corpusDir(target.name);
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        QVERIFY2(!dir.entryList({QStringLiteral("valid-*")}, QDir::Files).isEmpty(), "no valid-* seed");
        QVERIFY2(!dir.entryList({QStringLiteral("bad-*")}, QDir::Files).isEmpty(), "no bad-* seed");
    }

    void replayCorpus_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("path");
        for (std::size_t i = 0; i < omega::fuzz::targets().size(); ++i) {
            const auto& target = omega::fuzz::targets()[i];
            const QDir dir = corpusDir(target.name);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(target.name), name)))
                    << static_cast<int>(i) << dir.filePath(name);
        }
    }
    void replayCorpus()
    {
        QFETCH(int, index);
        QFETCH(QString, path);
        const auto& target = omega::fuzz::targets()[static_cast<std::size_t>(index)];
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const int verdict = run(target, f.readAll());
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QLatin1String("valid-")))
            QCOMPARE(verdict, kAccepted);
        else if (name.startsWith(QLatin1String("bad-")))
            QCOMPARE(verdict, kRefused);
        else
            QVERIFY(verdict == kAccepted || verdict == kRefused);
    }

    // Seeds made now by the current encoder and simulator: a format change that the stored seeds
    // no longer follow shows up here, and the stored ones are rewritten with omega-fuzz-seeds.
    void freshSeedsGiveTheirVerdict_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        for (std::size_t i = 0; i < omega::fuzz::targets().size(); ++i) {
            const auto& target = omega::fuzz::targets()[i];
            for (const auto& seed : omega::fuzz::seedsFor(target.name, QStringLiteral(OMEGA_SOURCE_ROOT)))
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(target.name),
                                                                     QString::fromStdString(seed.file))))
                    << static_cast<int>(i) << seed.bytes << (seed.file.rfind("valid-", 0) == 0);
        }
    }
    void freshSeedsGiveTheirVerdict()
    {
        QFETCH(int, index);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(run(omega::fuzz::targets()[static_cast<std::size_t>(index)], bytes), valid ? kAccepted : kRefused);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
