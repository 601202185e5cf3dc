#include "TestServer.h"

#include <QDateTime>
#include <QTest>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <optional>

using namespace onbehalf::test;
using nlohmann::json;
using Params = QList<QPair<QString, QString>>;

namespace {

QString qs(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

// "path?k=v&…" with every key and value percent-encoded, so '+', '|', '!' and non-ASCII arrive intact.
QString describe(const Params &params)
{
    QStringList parts;
    for (const auto &[k, v] : params)
        parts << QString(k + QLatin1Char('=') + v);
    return parts.join(QLatin1Char('&'));
}

QStringList ids(const json &items)
{
    QStringList out;
    for (const json &i : items)
        out << jsonField(i, "ID");
    return out;
}

QStringList sortedIds(const json &items)
{
    QStringList out = ids(items);
    out.sort();
    return out;
}

// Case-insensitive glob: '*' is any run of characters.
bool globMatch(const QString &textIn, const QString &patternIn)
{
    const QString text = textIn.toLower();
    const QStringList parts = patternIn.toLower().split(QLatin1Char('*'));
    if (parts.size() == 1)
        return text == parts.first();
    if (!text.startsWith(parts.first()) || !text.endsWith(parts.last()))
        return false;
    qsizetype pos = parts.first().size();
    const qsizetype end = text.size() - parts.last().size();
    if (end < pos)
        return false;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const qsizetype at = text.indexOf(parts.at(i), pos);
        if (at < 0 || at + parts.at(i).size() > end)
            return false;
        pos = at + parts.at(i).size();
    }
    return true;
}

// Byte order of the UTF-8 text, i.e. code point order: what both databases sort by.
int compareText(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    return x < y ? -1 : (y < x ? 1 : 0);
}

QDateTime when(const json &item, const char *name)
{
    return QDateTime::fromString(jsonField(item, name), Qt::ISODateWithMs);
}

// A dotted path inside xp, or null when any step is missing.
json xpAt(const json &item, const QString &path)
{
    const json *cur = item.contains("xp") ? &item["xp"] : nullptr;
    for (const QString &step : path.split(QLatin1Char('.'))) {
        if (!cur || !cur->is_object() || !cur->contains(step.toStdString()))
            return nullptr;
        cur = &(*cur)[step.toStdString()];
    }
    return cur ? *cur : json(nullptr);
}

// OrderCloud's search finds a word anywhere inside a field, case-insensitively.
bool containsText(const QString &value, const QString &term)
{
    return value.toLower().contains(term.toLower());
}

const char *const kUserSearchFields[] = {"ID", "Username", "FirstName", "LastName", "Email"};

} // namespace

// The OrderCloud list grammar, checked against an independent computation over the full list.
class TestLists : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Http> m_http;
    QByteArray m_admin;
    QByteArray m_agent;
    json m_users; // every NORTHWIND user, ordered by ID, fetched page by page
    QString m_failure;

    const QString kUsers = QStringLiteral("/v1/buyers/NORTHWIND/users");

    // Every item of a list, pageSize=100 page after page, with the Meta checked on the way.
    std::optional<json> fetchAll(const QString &path, const Params &params = {}, const QByteArray &token = {})
    {
        json all = json::array();
        int expectedTotal = -1;
        for (int page = 1; page < 1000; ++page) {
            Params p = params;
            p << qMakePair(QStringLiteral("pageSize"), QStringLiteral("100"))
              << qMakePair(QStringLiteral("page"), QString::number(page));
            const Http::Response r = m_http->get(withQuery(path, p), token.isEmpty() ? m_admin : token);
            if (r.status != 200) {
                m_failure = QStringLiteral("GET %1 → %2 %3")
                                .arg(withQuery(path, p))
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body));
                return std::nullopt;
            }
            const json body = r.json();
            const json meta = body.value("Meta", json());
            const int total = meta.value("TotalCount", -1);
            if (expectedTotal < 0)
                expectedTotal = total;
            if (total != expectedTotal || meta.value("Page", 0) != page || meta.value("PageSize", 0) != 100 ||
                !body.contains("Items") || !body["Items"].is_array()) {
                m_failure = QStringLiteral("inconsistent page %1 of %2: %3")
                                .arg(page)
                                .arg(describe(params), QString::fromUtf8(r.body.left(400)));
                return std::nullopt;
            }
            for (const json &i : body["Items"])
                all.push_back(i);
            if (body["Items"].empty() || int(all.size()) >= total)
                break;
        }
        if (int(all.size()) != expectedTotal) {
            m_failure = QStringLiteral("collected %1 items but TotalCount says %2 for %3")
                            .arg(all.size())
                            .arg(expectedTotal)
                            .arg(describe(params));
            return std::nullopt;
        }
        return all;
    }

    json filtered(const std::function<bool(const json &)> &pred) const
    {
        json out = json::array();
        for (const json &u : m_users) {
            if (pred(u))
                out.push_back(u);
        }
        return out;
    }

    void expectError(const QString &pathWithQuery, int status, const char *code)
    {
        const Http::Response r = m_http->get(pathWithQuery, m_admin);
        QVERIFY2(
            r.status == status,
            qPrintable(QStringLiteral("%1 → %2 %3").arg(pathWithQuery).arg(r.status).arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.errorCode(), QString::fromLatin1(code));
        const json e = r.json()["Errors"][0];
        QVERIFY(e.contains("Message") && e["Message"].is_string() && !e["Message"].get<std::string>().empty());
        QVERIFY(e.contains("Data"));
    }

    // The server's answer for `params` (all pages) compared with `expected` as ID sets: "" when equal.
    QString difference(const QString &path, const Params &params, const json &expected, bool allowEmpty = false)
    {
        const auto got = fetchAll(path, params);
        if (!got)
            return m_failure;
        if (!allowEmpty && expected.empty())
            return QStringLiteral("vacuous case: %1").arg(describe(params));
        const QStringList g = sortedIds(*got), e = sortedIds(expected);
        if (g == e)
            return {};
        return QStringLiteral("%1\n  got      %2\n  expected %3")
            .arg(describe(params), g.join(QLatin1Char(',')), e.join(QLatin1Char(',')));
    }

    void expectSame(const QString &path, const Params &params, const json &expected, bool allowEmpty = false)
    {
        const QString diff = difference(path, params, expected, allowEmpty);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The order of `items` holds under `key` (asc or desc) with ascending ID breaking ties.
    static bool ordered(const json &items, const std::function<int(const json &, const json &)> &key, bool desc,
                        QString *why)
    {
        for (size_t i = 1; i < items.size(); ++i) {
            const json &a = items[i - 1], &b = items[i];
            int c = key(a, b);
            if (desc)
                c = -c;
            if (c > 0 || (c == 0 && compareText(jsonField(a, "ID"), jsonField(b, "ID")) >= 0)) {
                *why = QStringLiteral("out of order at %1: %2 then %3")
                           .arg(i)
                           .arg(QString::fromStdString(a.dump()), QString::fromStdString(b.dump()));
                return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<Http>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin01"));
        m_agent = m_http->login(QStringLiteral("agent01"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());

        // Users with xp (and some without a phone), created the way an administrator would.
        const json extra[] = {
            {{"ID", "LT-XP-1"},
             {"Username", "lt.quill"},
             {"FirstName", "Zed"},
             {"LastName", "Quill"},
             {"Email", "zed.quill@lists.example"},
             {"Active", true},
             {"xp", {{"Region", "North"}, {"Level", 3}, {"Team", {{"Name", "Alpha"}}}}}},
            {{"ID", "LT-XP-2"},
             {"Username", "lt.quincy"},
             {"FirstName", "Quincy"},
             {"LastName", "Quill"},
             {"Email", "quincy@lists.example"},
             {"Active", true},
             {"xp", {{"Region", "South"}, {"Level", 7}, {"Team", {{"Name", "Beta"}}}}}},
            {{"ID", "LT-XP-3"},
             {"Username", "lt.ulla"},
             {"FirstName", "Ulla"},
             {"LastName", "Quast"},
             {"Email", "ulla@lists.example"},
             {"Active", true},
             {"Phone", "+1 555 0100"},
             {"xp", {{"Region", "Northeast"}, {"Level", 1}}}},
            {{"ID", "LT-XP-4"},
             {"Username", "lt.vera"},
             {"FirstName", "Vera"},
             {"LastName", "Quist"},
             {"Email", "vera@lists.example"},
             {"Active", true},
             {"xp", {{"Region", "West"}}}},
            {{"ID", "LT-XP-5"},
             {"Username", "lt.wim"},
             {"FirstName", "Wim"},
             {"LastName", "Quaid"},
             {"Email", "wim@lists.example"},
             {"Active", false}},
        };
        for (const json &u : extra) {
            const Http::Response r = m_http->post(kUsers, u, m_admin);
            QVERIFY2(r.status == 201, r.body.constData());
        }

        const auto all = fetchAll(kUsers);
        QVERIFY2(all, qPrintable(m_failure));
        m_users = *all;
        QVERIFY2(m_users.size() >= 30, "the demo seed should give NORTHWIND at least 25 users");
    }

    void envelopeAndDefaults()
    {
        const Http::Response r = m_http->get(kUsers, m_agent);
        QCOMPARE(r.status, 200);
        const json body = r.json();
        QVERIFY(body.is_object() && body.contains("Meta") && body.contains("Items"));
        const json meta = body["Meta"];
        const int total = int(m_users.size());
        QCOMPARE(meta.value("Page", 0), 1);
        QCOMPARE(meta.value("PageSize", 0), 20);
        QCOMPARE(meta.value("TotalCount", 0), total);
        QCOMPARE(meta.value("TotalPages", 0), (total + 19) / 20);
        QVERIFY(meta["ItemRange"] == json::array({1, std::min(20, total)}));
        QCOMPARE(int(body["Items"].size()), std::min(20, total));
        // The default order is by ID, so the first page is the first 20 of the full list.
        QStringList expected = ids(m_users).mid(0, 20);
        QCOMPARE(ids(body["Items"]), expected);
        // Passwords never appear in a list.
        for (const json &u : body["Items"]) {
            QVERIFY(!u.contains("Password") || u["Password"].is_null());
            QVERIFY(u.contains("AvailableRoles"));
        }
    }

    void pagingItemRange()
    {
        const int total = int(m_users.size());
        // A page size that leaves a partial last page and at least three pages.
        int ps = 7;
        while (ps < 20 && (total % ps == 0 || total / ps < 3))
            ++ps;
        QVERIFY2(total % ps != 0 && total / ps >= 3, "no page size gives a partial last page");
        const int pages = (total + ps - 1) / ps;
        const QStringList all = ids(m_users);
        QStringList concatenated;
        for (int page = 1; page <= pages; ++page) {
            const Http::Response r = m_http->get(withQuery(kUsers, {{QStringLiteral("pageSize"), QString::number(ps)},
                                                                    {QStringLiteral("page"), QString::number(page)}}),
                                                 m_agent);
            QCOMPARE(r.status, 200);
            const json meta = r.json()["Meta"];
            const json items = r.json()["Items"];
            const int first = (page - 1) * ps + 1;
            const int last = std::min(page * ps, total);
            QCOMPARE(meta.value("Page", 0), page);
            QCOMPARE(meta.value("PageSize", 0), ps);
            QCOMPARE(meta.value("TotalCount", 0), total);
            QCOMPARE(meta.value("TotalPages", 0), pages);
            QVERIFY2(meta["ItemRange"] == json::array({first, last}),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(QString::fromStdString(meta.dump()))));
            QCOMPARE(int(items.size()), last - first + 1);
            QCOMPARE(ids(items), all.mid(first - 1, last - first + 1));
            concatenated << ids(items);
        }
        QCOMPARE(concatenated, all); // no gaps, no repeats across pages
        // The last page is partial, a middle page full.
        QVERIFY(total - (pages - 1) * ps < ps);

        // Past the end: an empty page, still the true totals.
        const Http::Response beyond =
            m_http->get(withQuery(kUsers, {{QStringLiteral("pageSize"), QString::number(ps)},
                                           {QStringLiteral("page"), QString::number(pages + 1)}}),
                        m_agent);
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.json()["Items"].empty());
        QCOMPARE(beyond.json()["Meta"].value("TotalCount", 0), total);
    }

    void pageSizeLimits()
    {
        const Http::Response max =
            m_http->get(withQuery(kUsers, {{QStringLiteral("pageSize"), QStringLiteral("100")}}), m_agent);
        QCOMPARE(max.status, 200);
        QCOMPARE(max.json()["Meta"].value("PageSize", 0), 100);
        QCOMPARE(int(max.json()["Items"].size()), std::min(100, int(m_users.size())));

        expectError(withQuery(kUsers, {{QStringLiteral("pageSize"), QStringLiteral("101")}}), 400,
                    "List.InvalidPageSize");
        expectError(withQuery(kUsers, {{QStringLiteral("pageSize"), QStringLiteral("0")}}), 400,
                    "List.InvalidPageSize");
        expectError(withQuery(kUsers, {{QStringLiteral("pageSize"), QStringLiteral("-5")}}), 400,
                    "List.InvalidPageSize");
        expectError(withQuery(kUsers, {{QStringLiteral("pageSize"), QStringLiteral("ten")}}), 400,
                    "List.InvalidPageSize");
        expectError(withQuery(kUsers, {{QStringLiteral("page"), QStringLiteral("0")}}), 400, "List.InvalidPage");
        expectError(withQuery(kUsers, {{QStringLiteral("page"), QStringLiteral("-1")}}), 400, "List.InvalidPage");
        expectError(withQuery(QStringLiteral("/v1/buyers"), {{QStringLiteral("pageSize"), QStringLiteral("101")}}), 400,
                    "List.InvalidPageSize");
        expectError(withQuery(QStringLiteral("/v1/securityprofiles"), {{QStringLiteral("page"), QStringLiteral("0")}}),
                    400, "List.InvalidPage");
    }

    void sortBy_data()
    {
        QTest::addColumn<QString>("property");
        for (const char *p : {"LastName", "FirstName", "Username", "Email", "ID", "DateCreated"}) {
            QTest::newRow(p) << QString::fromLatin1(p);
            QTest::newRow(QByteArray(QByteArray("!") + p).constData())
                << QString(QLatin1Char('!') + QString::fromLatin1(p));
        }
    }

    void sortBy()
    {
        QFETCH(QString, property);
        const bool desc = property.startsWith(QLatin1Char('!'));
        const QByteArray name = (desc ? property.mid(1) : property).toLatin1();
        // Small pages, so the order has to hold across page boundaries too.
        json items = json::array();
        int total = -1;
        for (int page = 1; total < 0 || int(items.size()) < total; ++page) {
            const Http::Response r = m_http->get(withQuery(kUsers, {{QStringLiteral("sortBy"), property},
                                                                    {QStringLiteral("pageSize"), QStringLiteral("9")},
                                                                    {QStringLiteral("page"), QString::number(page)}}),
                                                 m_agent);
            QCOMPARE(r.status, 200);
            const json body = r.json();
            total = body["Meta"].value("TotalCount", 0);
            QVERIFY2(!body["Items"].empty(), qPrintable(QStringLiteral("page %1 of %2 is empty").arg(page).arg(total)));
            for (const json &i : body["Items"])
                items.push_back(i);
        }
        QCOMPARE(sortedIds(items), sortedIds(m_users));
        QString why;
        const bool isDate = name == "DateCreated";
        QVERIFY2(ordered(
                     items,
                     [&](const json &a, const json &b) {
                         if (isDate) {
                             const QDateTime x = when(a, name.constData()), y = when(b, name.constData());
                             return x < y ? -1 : (y < x ? 1 : 0);
                         }
                         return compareText(jsonField(a, name.constData()), jsonField(b, name.constData()));
                     },
                     desc, &why),
                 qPrintable(why));
        // Not the same order as the default: sorting did something (ID sorts are the exception).
        if (name != "ID") {
            QVERIFY2(ids(items) != ids(m_users), "sortBy had no effect");
        } else if (desc) {
            QStringList reversed = ids(m_users);
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(ids(items), reversed);
        }
    }

    void sortByTwoProperties()
    {
        const auto items = fetchAll(kUsers, {{QStringLiteral("sortBy"), QStringLiteral("LastName,!FirstName")}});
        QVERIFY2(items, qPrintable(m_failure));
        QCOMPARE(sortedIds(*items), sortedIds(m_users));
        QString why;
        QVERIFY2(ordered(
                     *items,
                     [](const json &a, const json &b) {
                         const int c = compareText(jsonField(a, "LastName"), jsonField(b, "LastName"));
                         return c != 0 ? c : -compareText(jsonField(a, "FirstName"), jsonField(b, "FirstName"));
                     },
                     false, &why),
                 qPrintable(why));
    }

    void sortByUnknownProperty()
    {
        for (const char *p : {"Nope", "!Nope", "Password", "LastName,Bogus", "xp"})
            expectError(withQuery(kUsers, {{QStringLiteral("sortBy"), QString::fromLatin1(p)}}), 400,
                        "List.InvalidSortProperty");
        expectError(withQuery(QStringLiteral("/v1/buyers"), {{QStringLiteral("sortBy"), QStringLiteral("Bogus")}}), 400,
                    "List.InvalidSortProperty");
    }

    void search()
    {
        // Terms drawn from the data: what an agent would type.
        const json jane = filtered([](const json &u) { return jsonField(u, "ID") == QLatin1String("NW-0001"); });
        QCOMPARE(int(jane.size()), 1);
        const QString first = jsonField(jane[0], "FirstName"), last = jsonField(jane[0], "LastName");
        QStringList terms{first.left(1),
                          first.left(2),
                          first.left(3),
                          first,
                          first.toUpper(),
                          last.left(2).toLower(),
                          QString(first + QLatin1Char(' ') + last),
                          jsonField(jane[0], "Username"),
                          jsonField(jane[0], "Email").left(6),
                          QStringLiteral("NW-00"),
                          QStringLiteral("nw-001"),
                          QStringLiteral("lt.q"),
                          QStringLiteral("zzzq-nothing")};
        // Non-ASCII: a name that starts with a non-ASCII letter (e.g. "Zoë", "Łukasz", "Ødegaard"),
        // searched in lower and upper case; and a name with a non-ASCII letter after the start.
        QString nonAsciiStart, nonAsciiInner;
        for (const json &u : m_users) {
            for (const char *f : {"FirstName", "LastName"}) {
                const QString v = jsonField(u, f);
                if (v.isEmpty())
                    continue;
                if (nonAsciiStart.isEmpty() && v.at(0).unicode() > 127 && v.at(0).isLetter() &&
                    v.at(0).toLower() != v.at(0).toUpper())
                    nonAsciiStart = v.left(3);
                for (qsizetype i = 1; i < v.size() && nonAsciiInner.isEmpty(); ++i) {
                    if (v.at(i).unicode() > 127 && v.at(i).toLower() != v.at(i).toUpper())
                        nonAsciiInner = v.left(i + 1);
                }
            }
        }
        QVERIFY2(!nonAsciiInner.isEmpty(), "the demo seed should have non-ASCII names");
        terms << nonAsciiInner.toLower() << nonAsciiInner.toUpper();
        if (!nonAsciiStart.isEmpty())
            terms << nonAsciiStart.toLower() << nonAsciiStart.toUpper();
        for (const QString &term : std::as_const(terms)) {
            // OrderCloud's default searchType, AnyTerm: any of the words, in any field.
            const QStringList tokens = term.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const json expected = filtered([&](const json &u) {
                for (const QString &t : tokens) {
                    for (const char *f : kUserSearchFields) {
                        if (containsText(jsonField(u, f), t))
                            return true;
                    }
                }
                return false;
            });
            expectSame(kUsers, {{QStringLiteral("search"), term}}, expected, term == QLatin1String("zzzq-nothing"));
        }
        // Text inside a word: the middle of a last name matches.
        const QString middle = last.mid(1, 2);
        const json expected = filtered([&](const json &u) {
            for (const char *f : kUserSearchFields) {
                if (containsText(jsonField(u, f), middle))
                    return true;
            }
            return false;
        });
        expectSame(kUsers, {{QStringLiteral("search"), middle}}, expected, true);
    }

    void searchOn()
    {
        const QString last = jsonField(m_users[0], "LastName");
        const QString first = jsonField(m_users[0], "FirstName");
        struct Case
        {
            QString on;
            QString term;
        };
        const Case cases[] = {{QStringLiteral("LastName"), last.left(2)},
                              {QStringLiteral("FirstName"), last.left(2)},
                              {QStringLiteral("FirstName"), first.left(1)},
                              {QStringLiteral("Email"), jsonField(m_users[0], "Email").left(3)},
                              {QStringLiteral("Username"), QStringLiteral("lt.")},
                              {QStringLiteral("ID"), QStringLiteral("lt-xp")},
                              {QStringLiteral("FirstName,LastName"), QStringLiteral("q")},
                              {QStringLiteral("lastname"), QStringLiteral("qu")}};
        for (const Case &c : cases) {
            const QStringList on = c.on.split(QLatin1Char(','));
            const json expected = filtered([&](const json &u) {
                for (const QString &f : std::as_const(on)) {
                    for (const char *name : kUserSearchFields) {
                        if (f.compare(QLatin1String(name), Qt::CaseInsensitive) == 0 &&
                            containsText(jsonField(u, name), c.term))
                            return true;
                    }
                }
                return false;
            });
            expectSame(kUsers, {{QStringLiteral("search"), c.term}, {QStringLiteral("searchOn"), c.on}}, expected,
                       true);
        }
        // searchOn really restricts: "q" on LastName finds the Qu… users, on Email (no such emails) not all
        // of them.
        const json onLast =
            filtered([](const json &u) { return containsText(jsonField(u, "LastName"), QStringLiteral("qu")); });
        QVERIFY(onLast.size() >= 5);

        for (const char *bad : {"Nope", "Password", "FirstName,Bogus", "Active", "DateCreated"})
            expectError(withQuery(kUsers, {{QStringLiteral("search"), QStringLiteral("a")},
                                           {QStringLiteral("searchOn"), QString::fromLatin1(bad)}}),
                        400, "List.InvalidSearchProperty");
    }

    void filters()
    {
        const json jane = filtered([](const json &u) { return jsonField(u, "ID") == QLatin1String("NW-0001"); });
        QCOMPARE(int(jane.size()), 1);
        const QString janeLast = jsonField(jane[0], "LastName");
        const QString otherLast = jsonField(m_users[m_users.size() / 2], "LastName");
        // Dates: the median creation time of the list, and the day of one user.
        std::vector<QDateTime> times;
        for (const json &u : m_users)
            times.push_back(when(u, "DateCreated"));
        std::sort(times.begin(), times.end());
        const QDateTime median = times[times.size() / 2];
        const QDateTime early = times[times.size() / 4];
        QString medianText;
        for (const json &u : m_users) {
            if (when(u, "DateCreated") == median)
                medianText = jsonField(u, "DateCreated");
        }
        QVERIFY(!medianText.isEmpty());
        const QDate day = median.toUTC().date();
        const QString earlyText = early.toUTC().toString(Qt::ISODateWithMs);

        struct Case
        {
            const char *name;
            Params params;
            std::function<bool(const json &)> pred;
            bool allowEmpty = false;
        };
        auto p = [](const char *k, const QString &v) { return qMakePair(QString::fromLatin1(k), v); };
        const std::vector<Case> cases{
            {"exact",
             {p("LastName", janeLast)},
             [&](const json &u) { return jsonField(u, "LastName").toLower() == janeLast.toLower(); }},
            {"exact, other case",
             {p("LastName", janeLast.toUpper())},
             [&](const json &u) { return jsonField(u, "LastName").toLower() == janeLast.toLower(); }},
            {"exact ID",
             {p("ID", QStringLiteral("NW-0001"))},
             [](const json &u) { return jsonField(u, "ID") == QLatin1String("NW-0001"); }},
            {"inactive",
             {p("Active", QStringLiteral("false"))},
             [](const json &u) { return !u.value("Active", true); }},
            {"active", {p("Active", QStringLiteral("true"))}, [](const json &u) { return u.value("Active", false); }},
            {"prefix wildcard",
             {p("LastName", QStringLiteral("Qu*"))},
             [](const json &u) { return globMatch(jsonField(u, "LastName"), QStringLiteral("Qu*")); }},
            {"suffix wildcard",
             {p("Email", QStringLiteral("*@northwind.example"))},
             [](const json &u) { return globMatch(jsonField(u, "Email"), QStringLiteral("*@northwind.example")); }},
            {"contains wildcard",
             {p("Username", QStringLiteral("*an*"))},
             [](const json &u) { return globMatch(jsonField(u, "Username"), QStringLiteral("*an*")); }},
            {"inner wildcards",
             {p("Email", QStringLiteral("*i*@lists.*"))},
             [](const json &u) { return globMatch(jsonField(u, "Email"), QStringLiteral("*i*@lists.*")); }},
            {"OR",
             {p("LastName", QString(janeLast + QLatin1Char('|') + otherLast))},
             [&](const json &u) {
                 const QString l = jsonField(u, "LastName").toLower();
                 return l == janeLast.toLower() || l == otherLast.toLower();
             }},
            {"OR of wildcards",
             {p("FirstName", QStringLiteral("J*|L*|q*"))},
             [](const json &u) {
                 const QString f = jsonField(u, "FirstName").toLower();
                 return f.startsWith(QLatin1Char('j')) || f.startsWith(QLatin1Char('l')) ||
                        f.startsWith(QLatin1Char('q'));
             }},
            {"negation",
             {p("LastName", QString(QLatin1Char('!') + janeLast))},
             [&](const json &u) { return jsonField(u, "LastName").toLower() != janeLast.toLower(); }},
            {"negated wildcard",
             {p("LastName", QStringLiteral("!Qu*"))},
             [](const json &u) { return !globMatch(jsonField(u, "LastName"), QStringLiteral("Qu*")); }},
            {"negated bool",
             {p("Active", QStringLiteral("!true"))},
             [](const json &u) { return !u.value("Active", true); }},
            {"after",
             {p("DateCreated", QString(QLatin1Char('>') + medianText))},
             [&](const json &u) { return when(u, "DateCreated") > median; }},
            {"before",
             {p("DateCreated", QString(QLatin1Char('<') + medianText))},
             [&](const json &u) { return when(u, "DateCreated") < median; }},
            {"at or after",
             {p("DateCreated", QString(QStringLiteral(">=") + medianText))},
             [&](const json &u) { return when(u, "DateCreated") >= median; }},
            {"at or before",
             {p("DateCreated", QString(QStringLiteral("<=") + medianText))},
             [&](const json &u) { return when(u, "DateCreated") <= median; }},
            {"between (repeated key = AND)",
             {p("DateCreated", QString(QStringLiteral(">=") + earlyText)),
              p("DateCreated", QString(QLatin1Char('<') + medianText))},
             [&](const json &u) {
                 const QDateTime t = when(u, "DateCreated");
                 return t >= early && t < median;
             }},
            {"a whole day",
             {p("DateCreated", day.toString(Qt::ISODate))},
             [&](const json &u) { return when(u, "DateCreated").toUTC().date() == day; }},
            {"repeated key = AND",
             {p("LastName", QStringLiteral("*a*")), p("LastName", QStringLiteral("*n*"))},
             [](const json &u) {
                 const QString l = jsonField(u, "LastName").toLower();
                 return l.contains(QLatin1Char('a')) && l.contains(QLatin1Char('n'));
             }},
            {"two properties = AND",
             {p("Active", QStringLiteral("true")), p("LastName", QStringLiteral("Qu*"))},
             [](const json &u) {
                 return u.value("Active", false) && globMatch(jsonField(u, "LastName"), QStringLiteral("Qu*"));
             }},
            {"absent",
             {p("Phone", QStringLiteral("!*"))},
             [](const json &u) { return !u.contains("Phone") || u["Phone"].is_null() || qs(u["Phone"]).isEmpty(); }},
            {"present",
             {p("Phone", QStringLiteral("*"))},
             [](const json &u) { return u.contains("Phone") && !qs(u["Phone"]).isEmpty(); }},
            {"xp exact",
             {p("xp.Region", QStringLiteral("North"))},
             [](const json &u) { return qs(xpAt(u, QStringLiteral("Region"))).toLower() == QLatin1String("north"); }},
            {"xp wildcard",
             {p("xp.Region", QStringLiteral("North*"))},
             [](const json &u) { return globMatch(qs(xpAt(u, QStringLiteral("Region"))), QStringLiteral("North*")); }},
            {"xp nested",
             {p("xp.Team.Name", QStringLiteral("Alpha"))},
             [](const json &u) { return qs(xpAt(u, QStringLiteral("Team.Name"))) == QLatin1String("Alpha"); }},
            {"xp number >",
             {p("xp.Level", QStringLiteral(">2"))},
             [](const json &u) {
                 const json v = xpAt(u, QStringLiteral("Level"));
                 return v.is_number() && v.get<double>() > 2;
             }},
            {"xp number <=",
             {p("xp.Level", QStringLiteral("<=3"))},
             [](const json &u) {
                 const json v = xpAt(u, QStringLiteral("Level"));
                 return v.is_number() && v.get<double>() <= 3;
             }},
            {"xp absent",
             {p("xp.Region", QStringLiteral("!*"))},
             [](const json &u) { return qs(xpAt(u, QStringLiteral("Region"))).isEmpty(); }},
            {"xp OR",
             {p("xp.Region", QStringLiteral("South|West"))},
             [](const json &u) {
                 const QString r = qs(xpAt(u, QStringLiteral("Region")));
                 return r == QLatin1String("South") || r == QLatin1String("West");
             }},
            {"xp of the seed",
             {p("xp.EmployeeNumber", QStringLiteral("E1000*"))},
             [](const json &u) {
                 return globMatch(qs(xpAt(u, QStringLiteral("EmployeeNumber"))), QStringLiteral("E1000*"));
             }},
            {"search and filter",
             {p("search", QStringLiteral("q")), p("Active", QStringLiteral("true"))},
             [](const json &u) {
                 if (!u.value("Active", false))
                     return false;
                 for (const char *f : kUserSearchFields) {
                     if (containsText(jsonField(u, f), QStringLiteral("q")))
                         return true;
                 }
                 return false;
             }},
        };
        QStringList failures;
        for (const Case &c : cases) {
            const QString diff = difference(kUsers, c.params, filtered(c.pred), c.allowEmpty);
            if (!diff.isEmpty())
                failures << QString(QString::fromLatin1(c.name) + QStringLiteral(": ") + diff);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // The inactive users are exactly those the seed marked so (≥ 2 per buyer), plus the one created here.
        const json inactive = filtered([](const json &u) { return !u.value("Active", true); });
        QVERIFY(inactive.size() >= 3);
        const Http::Response r =
            m_http->get(withQuery(kUsers, {{QStringLiteral("Active"), QStringLiteral("false")}}), m_agent);
        QCOMPARE(r.json()["Meta"].value("TotalCount", -1), int(inactive.size()));
    }

    void filtersAreCaseInsensitiveBeyondAscii()
    {
        // A name with a non-ASCII letter inside (e.g. "Wójcik", "Müller"): case-insensitive filters on it,
        // as contains and as exact value, in the other case.
        QString contains, exact;
        for (const json &u : m_users) {
            const QString v = jsonField(u, "LastName");
            for (qsizetype i = 1; i + 1 < v.size() && contains.isEmpty(); ++i) {
                if (v.at(i).unicode() > 127 && v.at(i).toLower() != v.at(i).toUpper()) {
                    contains = QString(QLatin1Char('*') + v.mid(i, 2).toUpper() + QLatin1Char('*'));
                    exact = v.toUpper();
                }
            }
        }
        QVERIFY2(!contains.isEmpty(), "the demo seed should have a last name with a non-ASCII letter inside");
        QStringList failures;
        for (const QString &pattern : {contains, exact, QString(exact.left(exact.size() - 1) + QLatin1Char('*')),
                                       QString(QLatin1Char('*') + exact.mid(1))}) {
            const QString diff =
                difference(kUsers, {{QStringLiteral("LastName"), pattern}},
                           filtered([&](const json &u) { return globMatch(jsonField(u, "LastName"), pattern); }));
            if (!diff.isEmpty())
                failures << diff;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void filterErrors()
    {
        for (const char *key : {"Nope", "Password", "PasswordHash", "xp", "Buyer.ID"})
            expectError(withQuery(kUsers, {{QString::fromLatin1(key), QStringLiteral("x")}}), 400,
                        "List.InvalidProperty");
        expectError(withQuery(kUsers, {{QStringLiteral("xp.bad key"), QStringLiteral("x")}}), 400,
                    "List.InvalidProperty");
        expectError(withQuery(kUsers, {{QStringLiteral("xp.a'b"), QStringLiteral("x")}}), 400, "List.InvalidProperty");
        expectError(withQuery(kUsers, {{QStringLiteral("Active"), QStringLiteral("maybe")}}), 400,
                    "List.InvalidFilterValue");
        expectError(withQuery(kUsers, {{QStringLiteral("DateCreated"), QStringLiteral(">yesterday")}}), 400,
                    "List.InvalidFilterValue");
        expectError(withQuery(QStringLiteral("/v1/buyers"), {{QStringLiteral("Bogus"), QStringLiteral("1")}}), 400,
                    "List.InvalidProperty");
        // Security profiles have no xp.
        expectError(withQuery(QStringLiteral("/v1/securityprofiles"), {{QStringLiteral("xp.a"), QStringLiteral("1")}}),
                    400, "List.InvalidProperty");
    }

    void buyersList()
    {
        // Enough buyers for several pages, some inactive, some with xp.
        for (int i = 1; i <= 12; ++i) {
            const json b{{"ID", QStringLiteral("LT-BUYER-%1").arg(i, 2, 10, QLatin1Char('0')).toStdString()},
                         {"Name", QStringLiteral("%1 Trading %2")
                                      .arg(i % 2 ? QStringLiteral("Lakeside") : QStringLiteral("Northgate"))
                                      .arg(13 - i)
                                      .toStdString()},
                         {"Active", i % 4 != 0},
                         {"xp", {{"Tier", i % 3 == 0 ? "Gold" : "Silver"}, {"Seats", i * 10}}}};
            const Http::Response r = m_http->post(QStringLiteral("/v1/buyers"), b, m_admin);
            QVERIFY2(r.status == 201, r.body.constData());
        }
        const QString path = QStringLiteral("/v1/buyers");
        const auto all = fetchAll(path, {}, m_agent);
        QVERIFY2(all, qPrintable(m_failure));
        const int total = int(all->size());
        QVERIFY(total >= 15);
        QVERIFY(sortedIds(*all).contains(QStringLiteral("NORTHWIND")));

        // Paging: page 1, a middle page and the partial last page with pageSize 4.
        const int ps = total % 4 ? 4 : 7;
        const int pages = (total + ps - 1) / ps;
        for (int page : {1, pages / 2 + 1, pages}) {
            const Http::Response r = m_http->get(withQuery(path, {{QStringLiteral("pageSize"), QString::number(ps)},
                                                                  {QStringLiteral("page"), QString::number(page)}}),
                                                 m_agent);
            QCOMPARE(r.status, 200);
            const json meta = r.json()["Meta"];
            QCOMPARE(meta.value("TotalCount", 0), total);
            QCOMPARE(meta.value("TotalPages", 0), pages);
            QVERIFY(meta["ItemRange"] == json::array({(page - 1) * ps + 1, std::min(page * ps, total)}));
            QCOMPARE(ids(r.json()["Items"]), ids(*all).mid((page - 1) * ps, ps));
        }

        // Sorted by name, both ways.
        for (const bool desc : {false, true}) {
            const auto sorted =
                fetchAll(path, {{QStringLiteral("sortBy"), desc ? QStringLiteral("!Name") : QStringLiteral("Name")}});
            QVERIFY2(sorted, qPrintable(m_failure));
            QString why;
            QVERIFY2(ordered(
                         *sorted,
                         [](const json &a, const json &b) {
                             return compareText(jsonField(a, "Name"), jsonField(b, "Name"));
                         },
                         desc, &why),
                     qPrintable(why));
        }

        auto expect = [&](const Params &params, const std::function<bool(const json &)> &pred) {
            json expected = json::array();
            for (const json &b : *all) {
                if (pred(b))
                    expected.push_back(b);
            }
            expectSame(path, params, expected);
        };
        expect({{QStringLiteral("search"), QStringLiteral("north")}}, [](const json &b) {
            return containsText(jsonField(b, "ID"), QStringLiteral("north")) ||
                   containsText(jsonField(b, "Name"), QStringLiteral("north"));
        });
        if (QTest::currentTestFailed())
            return;
        expect({{QStringLiteral("search"), QStringLiteral("LAKE")}}, [](const json &b) {
            return containsText(jsonField(b, "ID"), QStringLiteral("lake")) ||
                   containsText(jsonField(b, "Name"), QStringLiteral("lake"));
        });
        if (QTest::currentTestFailed())
            return;
        expect({{QStringLiteral("Active"), QStringLiteral("false")}},
               [](const json &b) { return !b.value("Active", true); });
        if (QTest::currentTestFailed())
            return;
        expect({{QStringLiteral("ID"), QStringLiteral("LT-BUYER-0*")}},
               [](const json &b) { return globMatch(jsonField(b, "ID"), QStringLiteral("LT-BUYER-0*")); });
        if (QTest::currentTestFailed())
            return;
        expect({{QStringLiteral("Name"), QStringLiteral("*Trading 1*")}},
               [](const json &b) { return globMatch(jsonField(b, "Name"), QStringLiteral("*Trading 1*")); });
        if (QTest::currentTestFailed())
            return;
        expect({{QStringLiteral("xp.Tier"), QStringLiteral("Gold")}},
               [](const json &b) { return qs(xpAt(b, QStringLiteral("Tier"))) == QLatin1String("Gold"); });
        if (QTest::currentTestFailed())
            return;
        expect(
            {{QStringLiteral("xp.Seats"), QStringLiteral(">=60")}, {QStringLiteral("Active"), QStringLiteral("true")}},
            [](const json &b) {
                const json v = xpAt(b, QStringLiteral("Seats"));
                return b.value("Active", false) && v.is_number() && v.get<double>() >= 60;
            });
    }

    // With thousands of users in a buyer, a search for one or two letters matches a large share
    // of them, and the server walks its name index instead of sorting every match; a narrow
    // search sorts its few matches. Either way the pages must be exactly the ordered matches.
    void searchPagesOnLargeBuyers()
    {
        TestServer big;
        TestServer::Options options;
        options.seedUsers = 6000;
        QVERIFY2(big.start(options), qPrintable(big.errorString()));
        Http http(big.url());
        const QByteArray agent = http.login(QStringLiteral("agent01"));
        QVERIFY(!agent.isEmpty());
        const QString path = QStringLiteral("/v1/buyers/CONTOSO/users");
        auto pages = [&](Params params, int pageSize, json *items, QString *why,
                         const QString &sortBy = QStringLiteral("LastName,FirstName")) {
            *items = json::array();
            if (!sortBy.isEmpty())
                params << qMakePair(QStringLiteral("sortBy"), sortBy);
            for (int page = 1; page < 500; ++page) {
                Params p = params;
                p << qMakePair(QStringLiteral("pageSize"), QString::number(pageSize))
                  << qMakePair(QStringLiteral("page"), QString::number(page));
                const Http::Response r = http.get(withQuery(path, p), agent);
                if (r.status != 200) {
                    *why = QStringLiteral("%1 → %2").arg(withQuery(path, p)).arg(r.status);
                    return -1;
                }
                const json body = r.json();
                for (const json &i : body["Items"])
                    items->push_back(i);
                if (page >= body["Meta"].value("TotalPages", 0))
                    return body["Meta"].value("TotalCount", -1);
            }
            *why = QStringLiteral("too many pages");
            return -1;
        };

        // The whole buyer, in name order (LastName, FirstName, then ID; byte-wise).
        json all;
        QString why;
        const int total = pages({}, 100, &all, &why);
        QVERIFY2(total >= 1900, qPrintable(why + QString::number(total)));
        QCOMPARE(int(all.size()), total);
        for (size_t i = 1; i < all.size(); ++i) {
            const json &a = all[i - 1], &b = all[i];
            int c = compareText(jsonField(a, "LastName"), jsonField(b, "LastName"));
            if (c == 0)
                c = compareText(jsonField(a, "FirstName"), jsonField(b, "FirstName"));
            if (c == 0)
                c = compareText(jsonField(a, "ID"), jsonField(b, "ID"));
            QVERIFY2(
                c < 0,
                qPrintable(
                    QStringLiteral("out of order at %1: %2 / %3").arg(i).arg(jsonField(a, "ID"), jsonField(b, "ID"))));
        }

        for (const QString &term :
             {QStringLiteral("s"), QStringLiteral("syn-00"), QStringLiteral("m"), QStringLiteral("ma"),
              QStringLiteral("e"), QStringLiteral("j"), QStringLiteral("sch"), QStringLiteral("zzz")}) {
            for (const bool activeOnly : {false, true}) {
                json expected = json::array();
                for (const json &u : all) {
                    if (activeOnly && !u.value("Active", false))
                        continue;
                    for (const char *f : kUserSearchFields) {
                        if (containsText(jsonField(u, f), term)) {
                            expected.push_back(u);
                            break;
                        }
                    }
                }
                Params params{
                    qMakePair(QStringLiteral("search"), term),
                    qMakePair(QStringLiteral("searchOn"), QStringLiteral("ID,Username,FirstName,LastName,Email"))};
                if (activeOnly)
                    params << qMakePair(QStringLiteral("Active"), QStringLiteral("true"));
                json got;
                const int count = pages(params, 30, &got, &why);
                const QString label = term + (activeOnly ? QStringLiteral(" (active)") : QString());
                QVERIFY2(count >= 0, qPrintable(label + QStringLiteral(": ") + why));
                QCOMPARE(count, int(expected.size()));
                QVERIFY2(ids(got) == ids(expected), qPrintable(label));

                // By ID (OrderCloud's default order), both ways.
                QStringList byId = ids(expected);
                std::sort(byId.begin(), byId.end(),
                          [](const QString &a, const QString &b) { return compareText(a, b) < 0; });
                for (const QString &sort : {QString(), QStringLiteral("!ID")}) {
                    QVERIFY2(pages(params, 30, &got, &why, sort) == int(expected.size()), qPrintable(label + why));
                    QStringList want = byId;
                    if (!sort.isEmpty())
                        std::reverse(want.begin(), want.end());
                    QVERIFY2(ids(got) == want, qPrintable(label + QStringLiteral(" sortBy=") + sort));
                }
            }
        }
        QVERIFY(big.stop());
    }

    void securityProfilesList()
    {
        const QString path = QStringLiteral("/v1/securityprofiles");
        const auto all = fetchAll(path);
        QVERIFY2(all, qPrintable(m_failure));
        QVERIFY(all->size() >= 3);
        const Http::Response first = m_http->get(path, m_admin);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()["Meta"].value("TotalCount", 0), int(all->size()));
        QVERIFY(first.json()["Meta"]["ItemRange"] == json::array({1, std::min(20, int(all->size()))}));

        const auto sorted = fetchAll(path, {{QStringLiteral("sortBy"), QStringLiteral("!Name")}});
        QVERIFY2(sorted, qPrintable(m_failure));
        QString why;
        QVERIFY2(
            ordered(
                *sorted,
                [](const json &a, const json &b) { return compareText(jsonField(a, "Name"), jsonField(b, "Name")); },
                true, &why),
            qPrintable(why));

        const QString term = jsonField((*all)[0], "Name").left(3).toLower();
        json expected = json::array();
        for (const json &p : *all) {
            if (containsText(jsonField(p, "ID"), term) || containsText(jsonField(p, "Name"), term))
                expected.push_back(p);
        }
        expectSame(path, {{QStringLiteral("search"), term}}, expected);

        json withAgent = json::array();
        for (const json &p : *all) {
            if (globMatch(jsonField(p, "Name"), QStringLiteral("*desk*")))
                withAgent.push_back(p);
        }
        expectSame(path, {{QStringLiteral("Name"), QStringLiteral("*desk*")}}, withAgent);
        expectError(withQuery(path, {{QStringLiteral("sortBy"), QStringLiteral("Roles")}}), 400,
                    "List.InvalidSortProperty");
        expectError(withQuery(path, {{QStringLiteral("search"), QStringLiteral("a")},
                                     {QStringLiteral("searchOn"), QStringLiteral("Roles")}}),
                    400, "List.InvalidSearchProperty");
    }
};

QTEST_MAIN(TestLists)
#include "tst_lists.moc"
