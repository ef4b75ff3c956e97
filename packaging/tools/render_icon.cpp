// kartoteka-render-icon SVG OUT.png SIZE: renders the program's SVG icon into
// a square PNG for the hicolor sizes at build time. Qt's own SVG renderer is
// the one the program uses for its window icon, so the pictures match and no
// extra tool (rsvg-convert, Inkscape) is needed on any build system.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Drawing into an image needs no display; offscreen keeps it that way
    // on build machines and in chroots.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&ok) : 0;
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "usage: kartoteka-render-icon SVG OUT.png SIZE\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "kartoteka-render-icon: cannot read %s\n", qUtf8Printable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
    }
    if (!image.save(args.at(2), "PNG")) {
        std::fprintf(stderr, "kartoteka-render-icon: cannot write %s\n",
                     qUtf8Printable(args.at(2)));
        return 1;
    }
    return 0;
}
