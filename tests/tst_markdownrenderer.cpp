// The preview renders what GitHub renders (tables, task lists, strikethrough, autolinks), and never lets typed text
// inject HTML or script links.
#include "markdown/markdownrenderer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace hindsight;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void unsafeContentIsNeutralised_data();
    void unsafeContentIsNeutralised();
    void tooWideTableIsText();
};

void TestMarkdownRenderer::render_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("paragraph") << "pool **max=10**"
                               << "<p>pool <strong>max=10</strong></p>\n";
    QTest::newRow("strikethrough") << "~~not the release~~"
                                   << "<p><del>not the release</del></p>\n";
    QTest::newRow("autolink") << "see https://example.com/x"
                              << "<p>see <a href=\"https://example.com/x\">https://example.com/x</a></p>\n";
    QTest::newRow("task list") << "- [x] rolled back\n- [ ] raise pool"
                               << "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> rolled back</li>\n"
                                  "<li><input type=\"checkbox\" disabled=\"\" /> raise pool</li>\n</ul>\n";
    QTest::newRow("table") << "| pool | in use |\n|---|---|\n| payments | 10 |"
                           << "<table>\n<thead>\n<tr>\n<th>pool</th>\n<th>in use</th>\n</tr>\n</thead>\n"
                              "<tbody>\n<tr>\n<td>payments</td>\n<td>10</td>\n</tr>\n</tbody>\n</table>\n";
    QTest::newRow("code with language") << "```sql\nSELECT 1;\n```"
                                        << "<pre lang=\"sql\"><code>SELECT 1;\n</code></pre>\n";
    QTest::newRow("Japanese") << "原因は**接続プール**"
                              << "<p>原因は<strong>接続プール</strong></p>\n";
}

void TestMarkdownRenderer::render()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
}

void TestMarkdownRenderer::unsafeContentIsNeutralised_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("script tag") << "<script>alert(1)</script>"
                                << "<!-- raw HTML omitted -->\n";
    QTest::newRow("inline html") << "a <img src=x onerror=alert(1)> b"
                                 << "<p>a <!-- raw HTML omitted --> b</p>\n";
    QTest::newRow("javascript link") << "[click](javascript:alert(1))"
                                     << "<p><a href=\"\">click</a></p>\n";
    QTest::newRow("vbscript link") << "[click](vbscript:msgbox)"
                                   << "<p><a href=\"\">click</a></p>\n";
}

void TestMarkdownRenderer::unsafeContentIsNeutralised()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
}

// Found by fuzz_markdown (fuzz/regressions/markdown/): cmark-gfm 0.29 takes time quadratic in the cells of a table row,
// so a pasted megabyte of 5,000-column rows froze the preview for seconds. Such a document is read without tables.
void TestMarkdownRenderer::tooWideTableIsText()
{
    const QString row = QLatin1Char('|') + QStringLiteral("x|").repeated(5000) + QLatin1Char('\n');
    const QString markdown =
        row + QLatin1Char('|') + QStringLiteral("-|").repeated(5000) + QLatin1Char('\n') + row.repeated(100);
    QElapsedTimer timer;
    timer.start();
    const QString html = MarkdownRenderer::toHtml(markdown);
    const MarkdownNode tree = MarkdownRenderer::parse(markdown);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(html, QStringLiteral("<p>") + markdown.chopped(1) + QStringLiteral("</p>\n"));
    QCOMPARE(tree.children.size(), 1);
    QCOMPARE(tree.children.constFirst().type, MarkdownNode::Type::Paragraph);
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
