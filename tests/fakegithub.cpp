#include "fakegithub.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace hindsight::test {

namespace {

QJsonObject error(const char *type, const QString &field, const QString &message)
{
    return {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("path"), QJsonArray{field}},
            {QStringLiteral("locations"),
             QJsonArray{QJsonObject{{QStringLiteral("line"), 2}, {QStringLiteral("column"), 3}}}},
            {QStringLiteral("message"), message}};
}

QJsonObject failed(const QString &field, const QJsonObject &error)
{
    return {{QStringLiteral("data"), QJsonObject{{field, QJsonValue::Null}}},
            {QStringLiteral("errors"), QJsonArray{error}}};
}

QString rootField(const QString &operation)
{
    if (operation == QLatin1String("HindsightDiscussion"))
        return QStringLiteral("node");
    if (operation == QLatin1String("HindsightCreateDiscussion"))
        return QStringLiteral("createDiscussion");
    if (operation == QLatin1String("HindsightUpdateDiscussion"))
        return QStringLiteral("updateDiscussion");
    return QStringLiteral("repository");
}

QByteArray cursor(int index)
{
    return QByteArray("cursor:v2:" + QByteArray::number(index)).toBase64();
}

} // namespace

FakeGitHub::FakeGitHub()
{
    m_categories = {
        {QStringLiteral("DIC_kwDOgeneral"), QStringLiteral("General"), QStringLiteral("general")},
        {QStringLiteral("DIC_kwDOannounce"), QStringLiteral("Announcements"), QStringLiteral("announcements")},
        {QStringLiteral("DIC_kwDOpostmortem"), QStringLiteral("Postmortems"), QStringLiteral("postmortems")},
        {QStringLiteral("DIC_kwDOqa"), QStringLiteral("Q&A"), QStringLiteral("q-a")}};
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer(m_context);
            if (!m_server->listen(QHostAddress::LocalHost, 0))
                qFatal("FakeGitHub: cannot listen on 127.0.0.1");
            QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { accept(); });
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

FakeGitHub::~FakeGitHub()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString FakeGitHub::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeGitHub::setToken(const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    m_token = token;
}

void FakeGitHub::setRepository(const QString &nameWithOwner, bool discussionsEnabled)
{
    QMutexLocker lock(&m_mutex);
    const QStringList parts = nameWithOwner.split(QLatin1Char('/'));
    m_owner = parts.value(0);
    m_name = parts.value(1);
    m_discussionsEnabled = discussionsEnabled;
}

QList<FakeGitHub::Category> FakeGitHub::categories() const
{
    QMutexLocker lock(&m_mutex);
    return m_categories;
}

QList<FakeGitHub::Discussion> FakeGitHub::discussions() const
{
    QMutexLocker lock(&m_mutex);
    return m_discussions;
}

FakeGitHub::Discussion FakeGitHub::addDiscussion(const QString &categoryId, const QString &title, const QString &body)
{
    QMutexLocker lock(&m_mutex);
    const int number = m_nextNumber++;
    Discussion discussion{QStringLiteral("D_kwDO%1").arg(number),
                          number,
                          QStringLiteral("https://github.com/%1/%2/discussions/%3").arg(m_owner, m_name).arg(number),
                          title,
                          body,
                          categoryId,
                          m_owner + QLatin1Char('/') + m_name,
                          ++m_clock};
    m_discussions << discussion;
    return discussion;
}

void FakeGitHub::deleteDiscussion(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_discussions.removeIf([&](const Discussion &d) { return d.id == id; });
}

void FakeGitHub::failNext(Failure failure, const QString &operation, int times, int retryAfter)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < times; ++i)
        m_failures << Planned{failure, operation, retryAfter};
}

QList<FakeGitHub::Request> FakeGitHub::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QStringList FakeGitHub::operations() const
{
    QMutexLocker lock(&m_mutex);
    QStringList names;
    for (const Request &request : m_requests)
        names << request.operationName;
    return names;
}

void FakeGitHub::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void FakeGitHub::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        QObject::connect(socket, &QTcpSocket::readyRead, m_context, [this, socket] { read(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, m_context, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeGitHub::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    {
        const QMutexLocker locker(&m_mutex);
        const auto dropped = std::find_if(m_failures.begin(), m_failures.end(), [](const Planned &planned) {
            return planned.failure == Failure::DroppedWhileSending;
        });
        if (dropped != m_failures.end()) {
            m_failures.erase(dropped);
            m_buffers.remove(socket);
            socket->abort();
            return;
        }
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    request.raw = buffer.left(headerEnd + 4 + length);
    buffer.remove(0, headerEnd + 4 + length);
    const QJsonObject json = QJsonDocument::fromJson(request.body).object();
    request.operationName = json.value(QLatin1String("operationName")).toString();
    request.query = json.value(QLatin1String("query")).toString();
    request.variables = json.value(QLatin1String("variables")).toObject();

    const Answer reply = answer(request);
    if (reply.hang)
        return; // the socket stays open, unanswered, until the client gives up
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size() + (reply.truncate ? 500 : 0)) + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + reply.body);
    socket->disconnectFromHost();
}

FakeGitHub::Answer FakeGitHub::answer(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests << request;
    Answer reply;
    const auto json = [&](const QJsonObject &object) {
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    if (request.target != "/api/graphql") {
        reply.status = 404;
        reply.reason = "Not Found";
        json({{QStringLiteral("message"), QStringLiteral("Not Found")}});
        return reply;
    }
    if (request.headers.value("authorization") != "bearer " + m_token || m_token.isEmpty()) {
        reply.status = 401;
        reply.reason = "Unauthorized";
        json({{QStringLiteral("message"), QStringLiteral("Bad credentials")},
              {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/graphql")}});
        return reply;
    }

    const auto planned = std::find_if(m_failures.begin(), m_failures.end(), [&](const Planned &p) {
        return p.operation.isEmpty() || p.operation == request.operationName;
    });
    std::optional<Planned> failure;
    if (planned != m_failures.end()) {
        failure = *planned;
        m_failures.erase(planned);
    }
    const QString field = rootField(request.operationName);
    if (failure) {
        switch (failure->failure) {
        case Failure::BadCredentials:
            reply.status = 401;
            reply.reason = "Unauthorized";
            json({{QStringLiteral("message"), QStringLiteral("Bad credentials")},
                  {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/graphql")}});
            return reply;
        case Failure::Forbidden:
            json(failed(field,
                        error("FORBIDDEN", field, QStringLiteral("Resource not accessible by personal access token"))));
            return reply;
        case Failure::NotFound:
            json(failed(field, error("NOT_FOUND", field,
                                     QStringLiteral("Could not resolve to a Repository with the name '%1/%2'.")
                                         .arg(m_owner, m_name))));
            return reply;
        case Failure::RateLimited:
            if (failure->retryAfter >= 0)
                reply.headers.emplaceBack("retry-after", QByteArray::number(failure->retryAfter));
            json({{QStringLiteral("data"), QJsonValue::Null},
                  {QStringLiteral("errors"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("type"), QStringLiteral("RATE_LIMITED")},
                       {QStringLiteral("message"), QStringLiteral("API rate limit exceeded for user ID 1.")}}}}});
            return reply;
        case Failure::PrimaryRateLimit:
            reply.status = 403;
            reply.reason = "Forbidden";
            reply.headers.emplaceBack("x-ratelimit-limit", "5000");
            reply.headers.emplaceBack("x-ratelimit-remaining", "0");
            reply.headers.append(
                {"x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + failure->retryAfter)});
            json({{QStringLiteral("message"), QStringLiteral("API rate limit exceeded for user ID 1.")}});
            return reply;
        case Failure::BadGateway:
            reply.status = 502;
            reply.reason = "Bad Gateway";
            reply.body = "<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete "
                         "response.</body></html>\n";
            return reply;
        case Failure::BadGatewayAfterDoing:
            perform(request);
            reply.status = 502;
            reply.reason = "Bad Gateway";
            reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>\n";
            return reply;
        case Failure::Hang:
            reply.hang = true;
            return reply;
        case Failure::Truncated:
            reply.truncate = true;
            reply.body = QJsonDocument(perform(request)).toJson(QJsonDocument::Compact).left(20);
            return reply;
        case Failure::DroppedWhileSending: // done in read(), before the body arrives
            break;
        case Failure::Malformed:
            reply.body = "<!DOCTYPE html><html><body>Whoa there!</body></html>";
            return reply;
        }
    }
    json(perform(request));
    return reply;
}

QJsonObject FakeGitHub::perform(const Request &request)
{
    const QString operation = request.operationName;
    const QJsonObject variables = request.variables;
    const QJsonObject input = variables.value(QLatin1String("input")).toObject();
    const auto data = [](const QString &field, const QJsonValue &value) {
        return QJsonObject{{QStringLiteral("data"), QJsonObject{{field, value}}}};
    };
    const auto discussionJson = [](const Discussion &d) {
        return QJsonObject{
            {QStringLiteral("id"), d.id}, {QStringLiteral("number"), d.number}, {QStringLiteral("url"), d.url}};
    };
    const auto categoryExists = [&](const QString &id) {
        return std::any_of(m_categories.cbegin(), m_categories.cend(), [&](const Category &c) { return c.id == id; });
    };
    const auto notANode = [&](const QString &field, const QString &id) {
        return failed(field, error("NOT_FOUND", field,
                                   QStringLiteral("Could not resolve to a node with the global id of '%1'").arg(id)));
    };
    const bool ourRepository =
        variables.value(QLatin1String("owner")).toString().compare(m_owner, Qt::CaseInsensitive) == 0 &&
        variables.value(QLatin1String("name")).toString().compare(m_name, Qt::CaseInsensitive) == 0;

    if (operation == QLatin1String("HindsightRepository") || operation == QLatin1String("HindsightDiscussionsPage")) {
        if (!ourRepository) {
            return failed(QStringLiteral("repository"),
                          error("NOT_FOUND", QStringLiteral("repository"),
                                QStringLiteral("Could not resolve to a Repository with the name '%1/%2'.")
                                    .arg(variables.value(QLatin1String("owner")).toString(),
                                         variables.value(QLatin1String("name")).toString())));
        }
    }
    if (operation == QLatin1String("HindsightRepository")) {
        QJsonArray nodes;
        for (const Category &category : m_categories) {
            nodes.append(QJsonObject{{QStringLiteral("id"), category.id},
                                     {QStringLiteral("name"), category.name},
                                     {QStringLiteral("slug"), category.slug},
                                     {QStringLiteral("emoji"), QStringLiteral(":speech_balloon:")},
                                     {QStringLiteral("description"), QString()},
                                     {QStringLiteral("isAnswerable"), category.slug == QLatin1String("q-a")}});
        }
        return data(QStringLiteral("repository"),
                    QJsonObject{{QStringLiteral("id"), m_repositoryId},
                                {QStringLiteral("nameWithOwner"), m_owner + QLatin1Char('/') + m_name},
                                {QStringLiteral("hasDiscussionsEnabled"), m_discussionsEnabled},
                                {QStringLiteral("discussionCategories"),
                                 QJsonObject{{QStringLiteral("nodes"), m_discussionsEnabled ? nodes : QJsonArray()}}}});
    }
    if (operation == QLatin1String("HindsightDiscussion")) {
        const QString id = variables.value(QLatin1String("id")).toString();
        for (const Discussion &d : m_discussions) {
            if (d.id != id)
                continue;
            QJsonObject node = discussionJson(d);
            node.insert(QStringLiteral("repository"), QJsonObject{{QStringLiteral("nameWithOwner"), d.repository}});
            node.insert(QStringLiteral("category"), QJsonObject{{QStringLiteral("id"), d.categoryId}});
            return data(QStringLiteral("node"), node);
        }
        return notANode(QStringLiteral("node"), id);
    }
    if (operation == QLatin1String("HindsightDiscussionsPage")) {
        const QString categoryId = variables.value(QLatin1String("categoryId")).toString();
        QList<Discussion> inCategory;
        for (const Discussion &d : m_discussions) {
            if (d.categoryId == categoryId && d.repository == m_owner + QLatin1Char('/') + m_name)
                inCategory << d;
        }
        std::sort(inCategory.begin(), inCategory.end(),
                  [](const Discussion &a, const Discussion &b) { return a.updated > b.updated; });
        const int first = variables.value(QLatin1String("first")).toInt();
        int start = 0;
        if (const QString after = variables.value(QLatin1String("after")).toString(); !after.isEmpty())
            start = QByteArray::fromBase64(after.toLatin1()).mid(10).toInt() + 1;
        QJsonArray nodes;
        int index = start;
        for (; index < inCategory.size() && index < start + first; ++index) {
            QJsonObject node = discussionJson(inCategory.at(index));
            node.insert(QStringLiteral("body"), inCategory.at(index).body);
            nodes.append(node);
        }
        const bool more = index < inCategory.size();
        return data(
            QStringLiteral("repository"),
            QJsonObject{{QStringLiteral("discussions"),
                         QJsonObject{{QStringLiteral("nodes"), nodes},
                                     {QStringLiteral("pageInfo"),
                                      QJsonObject{{QStringLiteral("hasNextPage"), more},
                                                  {QStringLiteral("endCursor"),
                                                   index > start ? QJsonValue(QString::fromLatin1(cursor(index - 1)))
                                                                 : QJsonValue()}}}}}});
    }
    if (operation == QLatin1String("HindsightCreateDiscussion")) {
        if (input.value(QLatin1String("repositoryId")).toString() != m_repositoryId)
            return notANode(QStringLiteral("createDiscussion"), input.value(QLatin1String("repositoryId")).toString());
        const QString categoryId = input.value(QLatin1String("categoryId")).toString();
        if (!categoryExists(categoryId))
            return notANode(QStringLiteral("createDiscussion"), categoryId);
        if (input.value(QLatin1String("body")).toString().size() > 65536) {
            return failed(QStringLiteral("createDiscussion"),
                          error("UNPROCESSABLE", QStringLiteral("createDiscussion"),
                                QStringLiteral("Body is too long (maximum is 65536 characters)")));
        }
        const int number = m_nextNumber++;
        Discussion discussion{
            QStringLiteral("D_kwDO%1").arg(number),
            number,
            QStringLiteral("https://github.com/%1/%2/discussions/%3").arg(m_owner, m_name).arg(number),
            input.value(QLatin1String("title")).toString(),
            input.value(QLatin1String("body")).toString(),
            categoryId,
            m_owner + QLatin1Char('/') + m_name,
            ++m_clock};
        m_discussions << discussion;
        return data(QStringLiteral("createDiscussion"),
                    QJsonObject{{QStringLiteral("discussion"), discussionJson(discussion)}});
    }
    if (operation == QLatin1String("HindsightUpdateDiscussion")) {
        const QString id = input.value(QLatin1String("discussionId")).toString();
        for (Discussion &d : m_discussions) {
            if (d.id != id)
                continue;
            if (input.contains(QLatin1String("categoryId"))) {
                const QString categoryId = input.value(QLatin1String("categoryId")).toString();
                if (!categoryExists(categoryId))
                    return notANode(QStringLiteral("updateDiscussion"), categoryId);
                d.categoryId = categoryId;
            }
            if (input.contains(QLatin1String("title")))
                d.title = input.value(QLatin1String("title")).toString();
            if (input.contains(QLatin1String("body")))
                d.body = input.value(QLatin1String("body")).toString();
            d.updated = ++m_clock;
            return data(QStringLiteral("updateDiscussion"),
                        QJsonObject{{QStringLiteral("discussion"), discussionJson(d)}});
        }
        return notANode(QStringLiteral("updateDiscussion"), id);
    }
    return {{QStringLiteral("errors"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("message"),
                  QStringLiteral("Hindsight's fake GitHub does not know the operation '%1'.").arg(operation)}}}}};
}

} // namespace hindsight::test
