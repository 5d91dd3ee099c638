// The report font patches on the real Noto Sans CJK file: the radical blocks leave the cmap while
// the ideographs keep their glyphs, the family takes its new name, and damaged data is refused.
#include "fontrename.h"
#include "radicalcmap.h"
#include "reportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QtTest>

using namespace report;

namespace {
QByteArray readFont()
{
    QFile file(ReportFonts::cjkFontFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 glyphOf(const QRawFont& font, char32_t codePoint)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&codePoint, 1));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}
} // namespace

class TestFontPatch : public QObject
{
    Q_OBJECT

private slots:
    void radicalsLeaveTheIdeographsTheirGlyphs()
    {
        const QByteArray original = readFont();
        QVERIFY2(!original.isEmpty(), qPrintable(ReportFonts::cjkFontFile));
        QByteArray patched = original;
        QString error;
        QVERIFY2(RadicalCmap::unmapRadicals(&patched, &error), qPrintable(error));
        QCOMPARE(patched.size(), original.size());
        // Face 2 of the collection is Simplified Chinese; any face shows the same cmap change.
        const QRawFont before(original, 12), after(patched, 12);
        QVERIFY(before.isValid() && after.isValid());
        for (const auto& [radical, ideograph] : {std::pair<char32_t, char32_t>{0x2F08, 0x4EBA}, // ⼈ 人
                                                 {0x2F64, 0x7528},                              // ⽤ 用
                                                 {0x2EDA, 0x9875}}) {                           // ⻚ 页
            QCOMPARE(glyphOf(before, radical), glyphOf(before, ideograph)); // what made the problem
            QCOMPARE(glyphOf(after, radical), 0u);
            QCOMPARE(glyphOf(after, ideograph), glyphOf(before, ideograph));
        }
        QCOMPARE(glyphOf(after, U'A'), glyphOf(before, U'A'));
        QCOMPARE(glyphOf(after, 0x3000), glyphOf(before, 0x3000)); // just past the blocks
        QCOMPARE(glyphOf(after, 0x2E7F), glyphOf(before, 0x2E7F)); // just before them
    }

    void renamedFamilyIsTheOnlyMatch()
    {
        QByteArray font = readFont();
        QString error;
        QVERIFY2(FontRename::renameFamily(&font, ReportFonts::cjkFamily, QStringLiteral("Test Sans CJK SC"),
                                          &error),
                 qPrintable(error));
        const int id = QFontDatabase::addApplicationFontFromData(font);
        QVERIFY(id >= 0);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        QVERIFY2(families.contains(QStringLiteral("Test Sans CJK SC")), qPrintable(families.join(u',')));
        QVERIFY(!families.contains(ReportFonts::cjkFamily));
        QVERIFY(families.contains(QStringLiteral("Noto Sans CJK JP"))); // the other faces keep theirs
        QFontDatabase::removeApplicationFont(id);
    }

    void renameRefusesWhatItCannotDo()
    {
        QByteArray font = readFont();
        QString error;
        QVERIFY(!FontRename::renameFamily(&font, ReportFonts::cjkFamily, QStringLiteral("Short"), &error));
        QVERIFY2(error.contains(QLatin1String("same length")), qPrintable(error));
        QVERIFY(!FontRename::renameFamily(&font, QStringLiteral("Nowhere Sans"),
                                          QStringLiteral("Elsewhere Se"), &error));
        QVERIFY2(error.contains(QLatin1String("no family named Nowhere Sans")), qPrintable(error));
    }

    void damagedDataIsRefused()
    {
        QByteArray cut = readFont().left(64); // a collection header whose faces lie past the end
        QString error;
        QVERIFY(!RadicalCmap::unmapRadicals(&cut, &error));
        QVERIFY2(error.contains(QLatin1String("outside the font data")), qPrintable(error));
        QByteArray nothing("not a font at all, just some text");
        QVERIFY(!FontRename::renameFamily(&nothing, ReportFonts::cjkFamily,
                                          QStringLiteral("Test Sans CJK SC"), &error));
    }
};

QTEST_MAIN(TestFontPatch)
#include "tst_fontpatch.moc"
