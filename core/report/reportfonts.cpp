#include "reportfonts.h"

#include "fontrename.h"
#include "radicalcmap.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>

namespace report::ReportFonts {

namespace {
QStringList loadedFamilies;

// The family of `file` named `wanted`; empty with `error` when the file is missing or holds none.
QString addFont(const QString& file, const QString& wanted, const char* package, QString* error)
{
    if (!QFile::exists(file)) {
        *error = QStringLiteral("the report font %1 is missing; install %2 (installer/install-deps.sh)")
                     .arg(file, QLatin1String(package));
        return {};
    }
    const int id = QFontDatabase::addApplicationFont(file);
    // A collection (.ttc) holds several faces; the reports want one of them.
    if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(wanted)) {
        *error = QStringLiteral("%1 holds no %2 face").arg(file, wanted);
        return {};
    }
    return wanted;
}

// The CJK faces from their file with the radical blocks unmapped (see RadicalCmap), so the PDF's
// text reads back as the ideographs the report printed, and the family renamed (see FontRename)
// so the installed, unpatched file cannot stand in for it.
QString addCjkFont(const QString& file, QString* error)
{
    QFile font(file);
    if (!font.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral(
                     "the report font %1 is missing; install fonts-noto-cjk (installer/install-deps.sh)")
                     .arg(file);
        return {};
    }
    QByteArray data = font.readAll();
    if (!RadicalCmap::unmapRadicals(&data, error) ||
        !FontRename::renameFamily(&data, cjkFamily, patchedCjkFamily, error)) {
        *error = file + QStringLiteral(": ") + *error;
        return {};
    }
    const int id = QFontDatabase::addApplicationFontFromData(data);
    if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(patchedCjkFamily)) {
        *error = QStringLiteral("%1 holds no %2 face").arg(file, cjkFamily);
        return {};
    }
    return patchedCjkFamily;
}
} // namespace

bool load(QString* error)
{
    if (!loadedFamilies.isEmpty())
        return true;
    const QString latin = addFont(latinFontFile, QStringLiteral("Lato"), "fonts-lato", error);
    const QString cjk = latin.isEmpty() ? QString() : addCjkFont(cjkFontFile, error);
    if (cjk.isEmpty())
        return false;
    // The bold faces are optional: without them Qt emboldens the regular ones.
    QString ignored;
    addFont(latinBoldFontFile, latin, "fonts-lato", &ignored);
    addCjkFont(cjkBoldFontFile, &ignored);
    loadedFamilies = {latin, cjk};
    return true;
}

QFont font(double pointSize, bool bold)
{
    QFont made;
    made.setFamilies(loadedFamilies);
    made.setPointSizeF(pointSize);
    made.setBold(bold);
    made.setHintingPreference(QFont::PreferNoHinting); // PDF and SVG are scaled, not pixel-aligned
    // Qt's PDF text map covers the font's cmap only: a ligature ("ti") or a substituted digit would
    // vanish from the text a reader searches and pdftotext reads.
    made.setStyleStrategy(QFont::PreferNoShaping);
    return made;
}

} // namespace report::ReportFonts
