// Hindsight in Japanese and English: the embedded translations, their completeness, the main window's menus and the
// CLI's help in the language chosen by $HINDSIGHT_LANG, the setting or the locale.
#include "gui/common/languagesettings.h"
#include "gui/incident/entrydialog.h"
#include "gui/incident/newincidentdialog.h"
#include "gui/mainwindow.h"
#include "gui/playbook/playbooklibrary.h"
#include "i18n/uilanguage.h"
#include "store/incidentstore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hindsight;

namespace {

const QString JapaneseMessages = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/translations/hindsight_ja.ts");

struct Message
{
    QString context;
    QString source;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one per plural form, else one
};

QList<Message> readMessages(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = Message{context, {}, {}, {}};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or one <numerusform> per plural form.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    message.translations << xml.readElementText();
            }
            if (message.translations.isEmpty())
                message.translations << text;
            messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

/// The placeholders a translation must keep: %1 to %9 and %n.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found << match.captured();
    found.removeDuplicates();
    return found;
}

QString problemsOf(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
        if (!message.type.isEmpty()) {
            problems << where + QStringLiteral(" is ") + message.type;
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + QStringLiteral(" has an empty translation");
                continue;
            }
            for (const QString &placeholder : placeholders(message.source)) {
                if (!translation.contains(placeholder))
                    problems << where + QStringLiteral(" loses ") + placeholder + QStringLiteral(" in \"") +
                                    translation + QLatin1Char('"');
            }
        }
    }
    return problems.join(QLatin1Char('\n'));
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

/// What `hindsight ARGUMENTS` prints, in Japanese, on the store at `store`.
QString japaneseOutput(const QString &store, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HINDSIGHT_LANG"), QStringLiteral("ja"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HINDSIGHT_BINARY), QStringList{QStringLiteral("--db"), store} + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The first lines of `hindsight --help`, run with `environment` changed as given ("NAME=value", or "-NAME" to unset).
QStringList helpLines(const QStringList &changes, int count)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &change : changes) {
        if (change.startsWith(QLatin1Char('-')))
            environment.remove(change.mid(1));
        else
            environment.insert(change.section(QLatin1Char('='), 0, 0), change.section(QLatin1Char('='), 1));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HINDSIGHT_BINARY), {QStringLiteral("--help")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {QStringLiteral("hindsight --help failed: ") + QString::fromUtf8(process.readAllStandardError())};
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')).mid(0, count);
}

/// The key that Alt+key reaches in a text ("&Postmortem" -> P, "ポストモーテム(&P)" -> P); a null QChar without one.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

/// Texts that share a mnemonic, as "P: &Playbooks / &Postmortem" lines; `where` names the group.
QStringList clashesIn(const QString &where, const QStringList &texts)
{
    QMap<QChar, QStringList> byKey;
    for (const QString &text : texts) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            byKey[key] << text;
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1, Alt+%2: %3").arg(where, it.key(), it.value().join(QStringLiteral(" / ")));
    }
    return clashes;
}

/// Every mnemonic clash a user can meet in `window` as shown: among its menu bar's titles, tab labels, labels and
/// buttons on screen (all reached with Alt from the same place), and among the items of each of its menus.
QStringList mnemonicClashes(QWidget *window)
{
    QStringList windowLevel;
    QStringList clashes;
    if (const auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *menu : mainWindow->menuBar()->actions()) {
            windowLevel << menu->text();
            QStringList items;
            for (const QAction *item : menu->menu()->actions())
                items << item->text();
            clashes << clashesIn(QStringLiteral("menu %1").arg(menu->text()), items);
        }
    }
    for (const QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (tabs->isVisible() && tabs->window() == window) {
            for (int i = 0; i < tabs->count(); ++i)
                windowLevel << tabs->tabText(i);
        }
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->window() == window && label->buddy())
            windowLevel << label->text();
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->window() == window)
            windowLevel << button->text();
    }
    return clashesIn(window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                    : window->objectName(),
                     windowLevel) +
           clashes;
}

} // namespace

class TranslationsTest : public hindsight::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As main.cpp names the application, so that QSettings here is the file the hindsight process reads.
        QCoreApplication::setApplicationName(QStringLiteral("hindsight"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("hindsight"));
    }

    void cleanup()
    {
        TestCase::cleanup();
        removeTranslators();
        qunsetenv("HINDSIGHT_LANG");
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void embeddedMessagesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral(":/i18n/hindsight_ja.qm");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(":/i18n/hindsight_en.qm");
    }

    void embeddedMessagesLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("hindsight"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(!translator.isEmpty());
    }

    void japaneseIsComplete()
    {
        const QList<Message> messages = readMessages(JapaneseMessages);
        QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
        const QString problems = problemsOf(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // What lupdate finds in app/ and core/ today is all in hindsight_ja.ts, translated: a new tr() string without a
    // translation fails here. To fix: cmake --build <dir> --target update_translations, then translate what is new
    // in resources/translations/hindsight_ja.ts (Qt Linguist, or by hand).
    void japaneseCoversTheSources()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("hindsight_ja.ts"));
        QVERIFY(QFile::copy(JapaneseMessages, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(HINDSIGHT_SOURCE_DIR));
        lupdate.start(QStringLiteral(HINDSIGHT_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-I"), QStringLiteral("app"),
                       QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("core"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        // With -no-obsolete, a run that found no sources would leave an empty file that looks complete.
        const QList<Message> messages = readMessages(copy);
        QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
        const QString problems = problemsOf(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void mainWindowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("languageAction");
        QTest::addColumn<QLocale::Language>("locale");
        QTest::addColumn<QString>("oneItemShown");
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("ファイル(&F)"),   QStringLiteral("編集(&E)"),
                                           QStringLiteral("エントリー(&N)"), QStringLiteral("表示(&V)"),
                                           QStringLiteral("移動(&G)"),       QStringLiteral("プレイブック(&B)"),
                                           QStringLiteral("設定(&S)")}
                            << QStringLiteral("言語(&L)…") << QLocale::Japanese << QStringLiteral("1 件を表示中");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("&File"),    QStringLiteral("&Edit"),
                                           QStringLiteral("E&ntry"),   QStringLiteral("&View"),
                                           QStringLiteral("&Go"),      QStringLiteral("Play&books"),
                                           QStringLiteral("&Settings")}
                            << QStringLiteral("&Language…") << QLocale::C // the tests' LC_ALL=C.UTF-8
                            << QStringLiteral("1 item shown");
    }

    void mainWindowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, languageAction);
        QFETCH(QLocale::Language, locale);
        QFETCH(QString, oneItemShown);
        qputenv("HINDSIGHT_LANG", language.toUtf8());
        UiLanguage::install();
        QCOMPARE(QLocale().language(), locale);
        // Plural forms: English has its own (hindsight_en.ts), not "1 item(s) shown".
        QCOMPARE(QCoreApplication::translate("hindsight::ActionRegister", "%n item(s) shown", nullptr, 1),
                 oneItemShown);

        test::TemporaryStore store;
        MainWindow window(store.store());
        QStringList titles;
        for (const QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        QCOMPARE(titles, menus);
        auto *action = window.findChild<QAction *>(QStringLiteral("languageSettingsAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), languageAction);
    }

    void mnemonicsDoNotClash_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // Alt+P opens the Postmortem tab, as the README says; no two labels a user reaches with Alt from the same place
    // share a key, in either language: the main window with an incident open (its menus, its tabs, the details
    // panel, the postmortem), the entry editor (F2), the new incident dialog and the playbook library.
    void mnemonicsDoNotClash()
    {
        QFETCH(QString, language);
        qputenv("HINDSIGHT_LANG", language.toUtf8());
        UiLanguage::install();
        test::TemporaryStore store;
        Incident draft;
        draft.title = QStringLiteral("mnemonics");
        const int number = IncidentStore(store.store()).create(draft).number;
        MainWindow window(store.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openIncident(number));
        QStringList clashes = mnemonicClashes(&window);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("incidentTabs"));
        QVERIFY(tabs);
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), 1);
        clashes << mnemonicClashes(&window);

        LogEntry entry;
        entry.body = QStringLiteral("an entry");
        entry.at = QDateTime::currentDateTimeUtc();
        EntryDialog editor(entry, {});
        editor.show();
        clashes << mnemonicClashes(&editor);
        NewIncidentDialog newIncident;
        newIncident.show();
        clashes << mnemonicClashes(&newIncident);
        PlaybookLibrary *library = window.openPlaybookLibrary();
        QVERIFY(library);
        clashes << mnemonicClashes(library);
        library->close();
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void languageSettingIsKept()
    {
        test::TemporaryStore store;
        MainWindow window(store.store());
        auto *action = window.findChild<QAction *>(QStringLiteral("languageSettingsAction"));
        QVERIFY(action);
        action->trigger();
        LanguageSettings *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<LanguageSettings *>()));
        auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("uiLanguage"));
        QVERIFY(choice);
        QCOMPARE(choice->currentData().toString(), QStringLiteral("system"));
        choice->setCurrentIndex(choice->findText(QStringLiteral("日本語")));
        dialog->accept();
        QCOMPARE(UiLanguage::setting(), QStringLiteral("ja"));
        QSettings().sync();

        // The next start follows it, in the CLI too, whatever the locale says.
        QCOMPARE(helpLines({QStringLiteral("-HINDSIGHT_LANG"), QStringLiteral("LC_ALL=C.UTF-8")}, 1),
                 QStringList{QStringLiteral("使い方: hindsight [--db PATH] [SUBCOMMAND [オプション]]")});
        // $HINDSIGHT_LANG still comes first.
        QCOMPARE(helpLines({QStringLiteral("HINDSIGHT_LANG=en")}, 1),
                 QStringList{QStringLiteral("Usage: hindsight [--db PATH] [SUBCOMMAND [options]]")});
    }

    void cliHelpSpeaksTheLanguage_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("lines");
        const QStringList japanese{
            QStringLiteral("使い方: hindsight [--db PATH] [SUBCOMMAND [オプション]]"),
            QString(),
            QStringLiteral("Hindsight はインシデント、調査ログ、ポストモーテムを 1 つのローカルストアで管理します。"),
            QStringLiteral("サブコマンドを指定しない場合はメインウィンドウを開きます。"),
            QString(),
            QStringLiteral("サブコマンド:"),
            QStringLiteral("  new         インシデントを作成し、その番号を表示します。")};
        const QStringList english{
            QStringLiteral("Usage: hindsight [--db PATH] [SUBCOMMAND [options]]"),
            QString(),
            QStringLiteral("Hindsight keeps incidents, investigation logs and postmortems in one local store."),
            QStringLiteral("Without a subcommand it opens the main window."),
            QString(),
            QStringLiteral("Subcommands:"),
            QStringLiteral("  new         Create an incident and print its number.")};
        QTest::newRow("HINDSIGHT_LANG=ja") << QStringList{QStringLiteral("HINDSIGHT_LANG=ja")} << japanese;
        QTest::newRow("LANG=ja_JP.UTF-8")
            << QStringList{QStringLiteral("-LC_ALL"), QStringLiteral("-LC_MESSAGES"), QStringLiteral("-LANGUAGE"),
                           QStringLiteral("-HINDSIGHT_LANG"), QStringLiteral("LANG=ja_JP.UTF-8")}
            << japanese;
        QTest::newRow("HINDSIGHT_LANG=en over LANG=ja_JP.UTF-8")
            << QStringList{QStringLiteral("-LC_ALL"), QStringLiteral("LANG=ja_JP.UTF-8"),
                           QStringLiteral("HINDSIGHT_LANG=en")}
            << english;
        QTest::newRow("LC_ALL=C.UTF-8") << QStringList{QStringLiteral("-HINDSIGHT_LANG"),
                                                       QStringLiteral("LC_ALL=C.UTF-8")}
                                        << english;
    }

    // A Japanese character takes two columns on a terminal: the CLI's tables still line up.
    void cliTablesLineUpInJapanese()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        japaneseOutput(store, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("決済 API の遅延"),
                               QStringLiteral("--severity"), QStringLiteral("high")});
        japaneseOutput(store, {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--detected"),
                               QStringLiteral("2026-11-23T14:05")});
        QCOMPARE(japaneseOutput(store, {QStringLiteral("list")}),
                 QStringLiteral(" #  重大度   ステータス    検知日時          タイトル\n"
                                " 1  High     調査中        2026-11-23 14:05  決済 API の遅延\n"));
    }

    // The CLI translates in the context "Cli" where lupdate sees "hindsight::Cli": this also shows the shared-context
    // fallback (app/i18n/sharedcontext.cmake) at work.
    void cliHelpSpeaksTheLanguage()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, lines);
        QCOMPARE(helpLines(environment, int(lines.size())), lines);
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
