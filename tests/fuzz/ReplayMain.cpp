// Without libFuzzer (gcc): the same entry points as plain programs that feed the
// seed corpus, then randomly mutated copies of it (bytes flipped, cut, repeated,
// spliced) for a bounded time; built with AddressSanitizer they find the same
// class of bugs, only slower and without coverage guidance.
//   kartoteka_fuzz_xlsx [-max_total_time=SECONDS] CORPUS_DIR...
#include <QByteArray>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int run(const QByteArray& bytes)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                  size_t(bytes.size()));
}

QByteArray mutate(const QList<QByteArray>& corpus, QRandomGenerator& random)
{
    QByteArray bytes = corpus.at(random.bounded(qsizetype(corpus.size())));
    const int steps = 1 + random.bounded(8);
    for (int i = 0; i < steps && !bytes.isEmpty(); ++i) {
        const qsizetype at = random.bounded(bytes.size());
        switch (random.bounded(5)) {
        case 0:
            bytes[at] = char(random.bounded(256));
            break;
        case 1:
            bytes.truncate(at);
            break;
        case 2:
            bytes.insert(at, bytes.mid(random.bounded(bytes.size()), random.bounded(64)));
            break;
        case 3:
            bytes.remove(at, random.bounded(64));
            break;
        default: {
            const QByteArray& other = corpus.at(random.bounded(qsizetype(corpus.size())));
            bytes = bytes.left(at) + other.mid(random.bounded(qMax(qsizetype(1), other.size())));
            break;
        }
        }
    }
    return bytes;
}

} // namespace

int main(int argc, char** argv)
{
    int seconds = 10;
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "-max_total_time=", 16) == 0) {
            seconds = std::atoi(argv[i] + 16);
            continue;
        }
        if (argv[i][0] == '-')
            continue; // libFuzzer's other flags
        QDirIterator files(QString::fromLocal8Bit(argv[i]), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                corpus.append(file.readAll());
        }
    }
    if (corpus.isEmpty())
        corpus.append(QByteArray());
    for (const QByteArray& seed : corpus)
        run(seed);
    QRandomGenerator random(14);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < qint64(seconds) * 1000) {
        run(mutate(corpus, random));
        ++runs;
    }
    std::printf("replayed %lld seeds and %lld mutated inputs in %d s\n",
                static_cast<long long>(corpus.size()), static_cast<long long>(runs), seconds);
    return 0;
}
