// perfdash-svgtopng: renders one SVG to square PNGs of the given sizes, for the hicolor
// icon theme at build time. Qt Svg is already a dependency, so no rsvg-convert is needed.
//   perfdash-svgtopng <in.svg> <out-dir> <size>...   writes <out-dir>/<size>x<size>.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

namespace {
int fail(const QString& message)
{
    std::fprintf(stderr, "perfdash-svgtopng: %s\n", qPrintable(message));
    return 1;
}

bool renderPng(QSvgRenderer& svg, int size, const QString& file)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.save(file, "PNG");
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: perfdash-svgtopng <in.svg> <out-dir> <size>..."));
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read the SVG %1").arg(args.at(1)));
    if (!QDir().mkpath(args.at(2)))
        return fail(QStringLiteral("cannot create %1").arg(args.at(2)));
    for (const QString& sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("not a size in pixels: %1").arg(sizeText));
        const QString file = QStringLiteral("%1/%2x%2.png").arg(args.at(2)).arg(size);
        if (!renderPng(svg, size, file))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
