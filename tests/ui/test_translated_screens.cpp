#include "Catch.h"
#include "ReportShop.h"
#include "TestSupport.h"

#include "accounts/OwnerSetupDialog.h"
#include "accounts/SignInPanel.h"
#include "admin/AdminPage.h"
#include "automation/Rule.h"
#include "automation/RuleDialog.h"
#include "clients/ClientForm.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/CustomFields.h"
#include "clients/DuplicatesDialog.h"
#include "clients/ExportClientsDialog.h"
#include "clients/ImportAssistant.h"
#include "clients/ImportHistoryDialog.h"
#include "clients/InteractionDialog.h"
#include "clients/Lists.h"
#include "clients/MergeHistoryDialog.h"
#include "deals/DealDialog.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "documents/DocumentDialog.h"
#include "documents/DocumentFields.h"
#include "documents/TemplateEditor.h"
#include "language/Language.h"
#include "main/DatabaseDialog.h"
#include "main/MainWindow.h"
#include "main/WorkspaceOpener.h"
#include "reports/ReportsPage.h"
#include "storage/Sessions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// Consulted after Kartoteka's own translations (translators installed later
// are asked first), so it hears exactly the messages they lack: the failure
// names their contexts, which says which catalogue misses them.
class MissingTranslations : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArray(context).startsWith("kartoteka"))
            missing.insert(QString::fromUtf8(context) + u": "_s + QString::fromUtf8(source));
        return {};
    }
    mutable QSet<QString> missing;
};

// Installs a language for one test and puts English back afterwards, so that
// the other GUI tests keep running in the source language.
class LanguageScope
{
public:
    explicit LanguageScope(Language language)
        : m_locale(QLocale()), m_missing(new MissingTranslations(qApp))
    {
        QCoreApplication::installTranslator(m_missing);
        useLanguage(*qApp, language);
    }
    QStringList missing() const
    {
        QStringList list(m_missing->missing.begin(), m_missing->missing.end());
        list.sort();
        return list;
    }
    ~LanguageScope()
    {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }

private:
    QLocale m_locale;
    MissingTranslations* m_missing;
};

// Latin words a translated screen may still show: the brand, formats and
// names that are the same in every language, and the examples of what to type.
const QStringList kAllowedWords = {
    u"Kartoteka"_s, u"CSV"_s, u"XLSX"_s, u"PDF"_s, u"PNG"_s, u"Excel"_s, u"SQLite"_s, u"Telegram"_s,
    u"telegram"_s, u"VIP"_s, u"IBAN"_s, u"RFM"_s, u"USB"_s, u"Ctrl"_s, u"Enter"_s, u"GNU"_s,
    u"GPL"_s, u"CRM"_s, u"UAH"_s, u"xlsx"_s, u"csv"_s, u"txt"_s, u"sqlite"_s, u"db"_s, u"png"_s,
    u"pdf"_s, u"kartoteka"_s, u"vcf"_s, u"vCard"_s, u"PostgreSQL"_s, u"JPEG"_s,
    // Ukraine's letters in an IBAN ("UA00 0000…").
    u"UA"_s,
    // Text encodings by their names (the import's "Encoding").
    u"UTF"_s, u"Windows"_s,
    // The language menu names each language in itself (Українська, Русский, English).
    u"English"_s,
    // Mail and SMS: the protocols' and services' own names, and HTTP's words
    // (a method, a header) as a service's API description writes them.
    u"SMTP"_s, u"STARTTLS"_s, u"SSL"_s, u"TLS"_s, u"SMS"_s, u"HTTP"_s, u"API"_s, u"URL"_s,
    u"JSON"_s, u"json"_s, u"Gmail"_s, u"POST"_s, u"GET"_s, u"Content"_s, u"Type"_s};

// What is left of a text after markup, paths, addresses and allowed words are
// taken out: empty when nothing English remains.
QString englishIn(QString text, const QSet<QString>& dataWords)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    static const QRegularExpression noise(
        u"(\\S+@\\S+|https?://\\S+|\\S*[/"
        u"\\\\]\\S*|\\*\\.\\w+|[\\w.-]+\\.(sqlite|db|csv|xlsx|png|pdf)\\b|olena\\.koval|e-mail|"
        u"\\b[A-Z]?\\d+\\w*\\b|Ctrl\\+\\S+|\\bF\\d+\\b|"
        // Host names (smtp.gmail.com), placeholders ({phone}) and JSON to type ("status":"ok").
        u"\\b[\\w-]+(\\.[\\w-]+)+\\b|\\{\\w+\\}|\"[^\"]*\"\\s*:\\s*\"[^\"]*\")"_s);
    text.remove(noise);
    static const QRegularExpression word(u"[A-Za-z][A-Za-z']*"_s);
    QStringList left;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() < 2 || kAllowedWords.contains(w) || dataWords.contains(w))
            continue;
        left.append(w);
    }
    return left.join(u' ');
}

// The names the shop's data gives (lists, stages, staff, clients, deals):
// they are the shop's words, not the program's.
QSet<QString> dataWordsOf(Database& db)
{
    QStringList names;
    Lists lists(db);
    for (const QString& list :
         {kContactTypes, kStatuses, kSources, kLossReasons, kDeliveryTypes, kTaskKinds})
        if (auto items = lists.items(list))
            for (const ListItem& item : *items)
                names.append(item.name);
    if (auto users = lists.users())
        for (const ListItem& user : *users)
            names.append(user.name);
    if (auto pipelines = PipelineRepository(db).pipelines())
        for (const Pipeline& p : *pipelines) {
            names.append(p.name);
            for (const Stage& s : p.stages)
                names.append(s.name);
        }
    DealRepository deals(db);
    if (auto all = deals.list(DealListQuery{}))
        for (const Deal& d : *all)
            names.append(d.title);
    // The placeholders a rule's texts take are typed as they are: {client}.
    names.append(placeholderList());
    // So are a document template's fields ({{client.name}}); the templates
    // are named in their own languages (the English invoice is "Invoice").
    for (const DocumentFieldInfo& field : documentFieldList())
        names.append(field.key);
    if (auto templates = TemplateRepository(db).list())
        for (const DocumentTemplate& t : *templates)
            names << t.name << t.shippedKey; // the code --template takes: invoice.uk
    // Who runs the tests, on which computer (the list of connected PCs).
    names.append(Identity::current().userName);
    names.append(Identity::current().host);
    QSet<QString> words;
    static const QRegularExpression word(u"[A-Za-z][A-Za-z']*"_s);
    for (const QString& name : names)
        for (auto it = word.globalMatch(name); it.hasNext();)
            words.insert(it.next().captured());
    return words;
}

void look(QStringList& found, const QString& where, const QString& text,
          const QSet<QString>& dataWords)
{
    const QString english = englishIn(text, dataWords);
    if (!english.isEmpty())
        found.append(u"%1: \"%2\" (%3)"_s.arg(where, text.left(120), english));
}

QString nameOf(const QObject* o)
{
    return QString::fromLatin1(o->metaObject()->className()) + u'#' + o->objectName();
}

// Every text a person reads in `root` and its children: labels, buttons,
// actions, tabs, group titles, placeholders, tooltips, column headers, combo
// items, window titles and charts.
QStringList englishOn(QWidget* root, const QSet<QString>& dataWords)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QString where = nameOf(w);
        if (w->isWindow())
            look(found, where + u" title"_s, w->windowTitle(), dataWords);
        look(found, where + u" tooltip"_s, w->toolTip(), dataWords);
        if (auto* label = qobject_cast<QLabel*>(w))
            look(found, where, label->text(), dataWords);
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            look(found, where, button->text(), dataWords);
        if (auto* group = qobject_cast<QGroupBox*>(w))
            look(found, where, group->title(), dataWords);
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            look(found, where + u" placeholder"_s, edit->placeholderText(), dataWords);
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                look(found, where, tabs->tabText(i), dataWords);
        if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                look(found, where + u" item"_s, combo->itemText(i), dataWords);
        if (auto* list = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < list->count(); ++i)
                look(found, where + u" item"_s, list->item(i)->text(), dataWords);
        if (auto* view = qobject_cast<QAbstractItemView*>(w);
            view && view->model() && !qobject_cast<QHeaderView*>(w)) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                look(found, where + u" header"_s, model->headerData(c, Qt::Horizontal).toString(),
                     dataWords);
                // The cells the program words (segments, kinds, states), not the shop's data.
                for (int r = 0; r < std::min(model->rowCount(), 20); ++r) {
                    const QVariant cell = model->index(r, c).data();
                    if (cell.typeId() == QMetaType::QString)
                        look(found, where + u" cell"_s, cell.toString(), dataWords);
                }
            }
        }
        if (auto* chartView = qobject_cast<QChartView*>(w); chartView && chartView->chart()) {
            QChart* chart = chartView->chart();
            look(found, where + u" chart"_s, chart->title(), dataWords);
            for (QAbstractAxis* axis : chart->axes()) {
                look(found, where + u" axis"_s, axis->titleText(), dataWords);
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                    for (const QString& category : categories->categories())
                        look(found, where + u" category"_s, category, dataWords);
            }
            for (QLegendMarker* marker : chart->legend()->markers())
                look(found, where + u" legend"_s, marker->label(), dataWords);
        }
        for (QAction* action : w->actions()) {
            look(found, where + u" action"_s, action->text(), dataWords);
            look(found, where + u" action tooltip"_s, action->toolTip(), dataWords);
        }
    }
    found.removeDuplicates();
    return found;
}

// Saves a picture of `widget` into $KARTOTEKA_SCREENSHOTS, when it is set, to
// proof-read the translations in place.
void shoot(QWidget& widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    QApplication::processEvents();
    widget.grab().save(QDir(shots).filePath(name + u".png"_s));
}

// The main window over a shop with clients, deals and sales, every section
// shown once (the reports counted, a client's card open), then the dialogs a
// person opens daily.
QStringList englishOnEveryScreen(const QString& path, qint64 clientId, const QString& shots)
{
    QStringList found;
    auto window =
        std::make_unique<MainWindow>(requireValue(openWorkspace({path, ModeChoice::Local}, true)));
    window->resize(1366, 768);
    window->show();
    Database& db = window->workspace().database();
    const QSet<QString> dataWords = dataWordsOf(db);
    auto* navigation = window->findChild<QListWidget*>();
    REQUIRE(navigation);
    ReportsPage* reports = window->reportsPage();
    reports->setCustomPeriod(QDate(2025, 1, 1), QDate(2026, 12, 31));
    waitUntil([&] { return reports->dashboard().has_value() && !reports->isLoading(); }, 20000);
    auto* adminTabs = window->adminPage()->findChild<QTabWidget*>();
    REQUIRE(adminTabs);
    for (int i = 0; i < navigation->count(); ++i) {
        navigation->setCurrentRow(i);
        shoot(*window, shots + u"-section%1"_s.arg(i));
    }
    for (int tab = 0; tab < adminTabs->count(); ++tab) {
        adminTabs->setCurrentIndex(tab);
        shoot(*window, shots + u"-admin%1"_s.arg(tab));
    }
    navigation->setCurrentRow(3);
    for (int tab = 0; tab < 8; ++tab) {
        window->showTab(tab);
        shoot(*window, shots + u"-reports%1"_s.arg(tab));
    }
    navigation->setCurrentRow(1);
    window->clientsPage()->openClient(clientId);
    shoot(*window, shots + u"-card"_s);
    found += englishOn(window.get(), dataWords);

    ClientRepository clients(db);
    DealRepository deals(db);
    const Pipeline pipeline = requireValue(PipelineRepository(db).pipelineNamed(QString()));
    const auto check = [&](QWidget& dialog, const QString& name) {
        dialog.show();
        shoot(dialog, shots + u"-"_s + name);
        found += englishOn(&dialog, dataWords);
    };
    ClientForm form(db, clients, Client{});
    check(form, u"client-form"_s);
    Deal deal;
    DealDialog dealDialog(db, deals, clients, deal, pipeline);
    check(dealDialog, u"deal"_s);
    Interaction call;
    call.kind = InteractionKind::Call;
    InteractionDialog callDialog(call, u"UAH"_s);
    check(callDialog, u"call"_s);
    Interaction purchase;
    purchase.kind = InteractionKind::Purchase;
    InteractionDialog purchaseDialog(purchase, u"UAH"_s);
    check(purchaseDialog, u"purchase"_s);
    DatabaseDialog open(DatabaseDialog::Purpose::Open, {path, ModeChoice::Automatic});
    check(open, u"open-database"_s);
    SignInPanel signIn(db);
    check(signIn, u"sign-in"_s);
    OwnerSetupDialog owner(db);
    check(owner, u"owner-setup"_s);

    // The import assistant page by page, on a file with a problem and a new status.
    const QString file = QFileInfo(path).dir().filePath(u"import.csv"_s);
    writeFile(file, u"ПІБ;Телефон;Статус\r\nКоваль Іван;12;Новий статус\r\n"_s.toUtf8());
    ImportAssistant assistant(db);
    assistant.resize(1180, 680);
    assistant.show();
    assistant.openFile(file);
    REQUIRE(waitUntil([&] { return !assistant.isBusy() && assistant.nextButton()->isEnabled(); },
                      10000));
    for (int page = 0; page < 3; ++page) {
        if (page > 0) {
            assistant.nextButton()->click();
            REQUIRE(waitUntil([&] { return !assistant.isBusy(); }, 10000));
        }
        shoot(assistant, shots + u"-import%1"_s.arg(page));
        found += englishOn(&assistant, dataWords);
    }
    ImportHistoryDialog history(db);
    check(history, u"import-history"_s);

    // Two cards of one person, for the duplicates' side-by-side comparison.
    for (const QString& first : {u"Олена"_s, u"Олена Іванівна"_s}) {
        Client twin;
        twin.lastName = u"Петренко"_s;
        twin.firstName = first;
        twin.phones.append({{}, u"050 123 45 67"_s, {}});
        twin.gender = u"female"_s;
        requireOk(clients.create(twin));
    }
    DuplicatesDialog duplicates(db);
    duplicates.resize(1366, 700);
    duplicates.show();
    REQUIRE(waitUntil([&] { return !duplicates.isSearching(); }, 10000));
    check(duplicates, u"duplicates"_s);
    MergeHistoryDialog merges(db);
    check(merges, u"merge-history"_s);
    RuleDialog rule(db, Rule{});
    check(rule, u"rule"_s);
    DocumentDialog document(db, clientId, 0);
    check(document, u"document"_s);
    TemplateEditor templateEditor(db, requireValue(TemplateRepository(db).find(u"letter.uk"_s)));
    check(templateEditor, u"template"_s);
    ExportClientsDialog exportChoice(requireValue(CustomFieldRepository(db).fields()),
                                     ClientListQuery{}, false);
    check(exportChoice, u"export-choice"_s);
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("in Ukrainian and in Russian no window, dialog, menu or chart is left in English",
          "[ui][language]")
{
    const Language language = GENERATE(Language::Ukrainian, Language::Russian);
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    Shop shop = makeShop(path);
    const qint64 clientId = shop.c;
    shop.db.reset();

    // The check itself: in English, the same walk finds the English words.
    REQUIRE_FALSE(englishOnEveryScreen(path, clientId, u"en"_s).isEmpty());

    LanguageScope scope(language);
    REQUIRE(QCoreApplication::translate("kartoteka::ui::MainWindow", "Clients") != u"Clients"_s);
    const QStringList english = englishOnEveryScreen(path, clientId, languageCode(language));
    INFO(languageCode(language).toStdString() + ":\n" + english.join(u'\n').toStdString() +
         "\n\nUntranslated messages:\n" + scope.missing().join(u'\n').toStdString());
    CHECK(english.isEmpty());
}
