// Writes the seed inputs of every fuzz target into a corpus folder:
//   omega-fuzz-seeds <repository root> <corpus root>
// Valid seeds come from the real encoder and simulator; files the fuzzer found are left alone.
#include "fuzz_entries.h"
#include "fuzz_fleet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <repository root> <corpus root>\n", argv[0]);
        return 2;
    }
    const QString sourceDir = QString::fromLocal8Bit(argv[1]);
    const QDir root(QString::fromLocal8Bit(argv[2]));
    for (const omega::fuzz::Target& target : omega::fuzz::targets()) {
        const QString dir = root.filePath(QString::fromLatin1(target.name));
        QDir().mkpath(dir);
        for (const omega::fuzz::Seed& seed : omega::fuzz::seedsFor(target.name, sourceDir)) {
            QFile f(QDir(dir).filePath(QString::fromStdString(seed.file)));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(seed.bytes) != seed.bytes.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
        }
    }
    return 0;
}
