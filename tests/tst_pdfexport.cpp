// PDF export: a real PDF, paginated, with the Japanese text's font embedded, made without a display.
#include "postmortem/postmortemdocument.h"
#include "postmortem/templatelibrary.h"
#include "report/pdfexport.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

PostmortemSource longJapaneseSource()
{
    PostmortemSource source;
    source.incident.number = 12;
    source.incident.title = u"決済 API の 5xx"_s;
    source.incident.severity = Severity::High;
    source.incident.timeZone = u"Asia/Tokyo"_s;
    source.incident.summary = u"決済 API の 5xx が 2% を超え、一部のお客様が決済できなかった。"_s;
    source.incident.products << u"checkout"_s;
    const QDateTime start(QDate(2021, 8, 1), QTime(4, 0), Qt::UTC);
    for (int i = 0; i < 120; ++i) {
        LogEntry entry;
        entry.id = QUuid::createUuidV5(QUuid(), QString::number(i));
        entry.at = start.addSecs(60 * i);
        entry.kind = LogEntryKind(i % 6);
        entry.body = u"接続プールの使用状況を確認した（%1 回目）。pool max=10"_s.arg(i);
        source.log << entry;
    }
    QImage image(1200, 300, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    source.attachments << Attachment{QUuid::createUuid(), source.log[3].id, u"pool.png"_s, u"image/png"_s, png, {}};
    ActionItem item;
    item.title = u"プールの使用率を監視する"_s;
    item.owner = u"SRE チーム"_s;
    source.actionItems << item;
    return source;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void producesPaginatedPdfWithEmbeddedFonts();
};

void TestPdfExport::producesPaginatedPdfWithEmbeddedFonts()
{
    QVERIFY(PdfExport::isAvailable());
    const QByteArray pdf =
        PdfExport::render(longJapaneseSource(), DocumentLanguage::Japanese, TemplateLibrary::builtIn());
    QVERIFY(pdf.startsWith("%PDF-1."));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    static const QRegularExpression pageCount(u"/Type /Pages\\s*/Kids\\s*\\[[^\\]]*\\]\\s*/Count (\\d+)"_s);
    const auto match = pageCount.match(QString::fromLatin1(pdf));
    QVERIFY2(match.hasMatch(), "no page tree");
    QVERIFY2(match.captured(1).toInt() >= 2, qPrintable(match.captured(1)));
    static const QRegularExpression page(u"/Type /Page(?!s)"_s);
    QCOMPARE(int(QString::fromLatin1(pdf).count(page)), match.captured(1).toInt());
    // The Japanese text is set in Noto Sans CJK, embedded in the file.
    QVERIFY2(pdf.contains("NotoSansCJK"), "the CJK font is not used");
    QVERIFY(pdf.contains("/FontFile"));
    QVERIFY(pdf.contains("/Subtype /Image"));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
