#include "httpclient.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <curl/curl.h>
#include <mutex>

namespace hindsight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpClient", text);
}

/// libcurl's global set-up, once per process, before the first handle.
void initializeCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    HttpResponse *response = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    bool tooLarge = false;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->response->body.size() + qsizetype(bytes) > HttpClient::MaxResponseBytes) {
        transfer->tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    transfer->response->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response begins (after a 100 Continue, say): only the last one's headers count.
        transfer->response->headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return bytes;
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<Transfer *>(user);
    return transfer->cancel && transfer->cancel->load() ? 1 : 0;
}

HttpClient::Result failed(HttpClient::Failure failure, const QString &error)
{
    HttpClient::Result result;
    result.failure = failure;
    result.error = error;
    return result;
}

/// The request's headers for libcurl; the caller frees the list once the transfer is over.
curl_slist *headerList(const HttpRequest &request)
{
    curl_slist *headers = nullptr;
    for (const HttpHeader &header : request.headers)
        headers = curl_slist_append(headers, QByteArray(header.name + ": " + header.value).constData());
    // Without this libcurl waits for a 100 Continue before sending larger bodies.
    return curl_slist_append(headers, "Expect:");
}

/// Where to, and how: the one protocol the address allows, certificates verified, no redirects, the time limits.
void setConnectionOptions(CURL *curl, const QByteArray &url, bool plainHttp, const QByteArray &agent,
                          const HttpTimeouts &timeouts)
{
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, plainHttp ? "http" : "https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (plainHttp)
        curl_easy_setopt(curl, CURLOPT_PROXY, ""); // loopback: never through a proxy from the environment
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(timeouts.connect.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeouts.transfer.count()));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.constData());
}

/// What is sent and where the answer goes. libcurl keeps pointers to all of these until the transfer is over.
void setTransferOptions(CURL *curl, const HttpRequest &request, curl_slist *headers, Transfer *transfer,
                        char *errorText)
{
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &writeHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, transfer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
}

/// Says what went wrong with a transfer that did not end in CURLE_OK, in words that point at the cause.
void describeFailure(CURL *curl, CURLcode code, const char *errorText, const Transfer &transfer, const QString &host,
                     const HttpTimeouts &timeouts, HttpClient::Result *result)
{
    using Failure = HttpClient::Failure;
    const QString detail =
        errorText[0] ? QString::fromLocal8Bit(errorText).trimmed() : QString::fromLatin1(curl_easy_strerror(code));
    const auto seconds = [](std::chrono::milliseconds ms) { return QString::number(double(ms.count()) / 1000.0); };
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        result->failure = Failure::Cancelled;
        result->error = tr("Cancelled.");
        break;
    case CURLE_OPERATION_TIMEDOUT:
        result->failure = Failure::Timeout;
        result->error =
            result->response.status == 0
                ? tr("%1 did not answer within %2 seconds.").arg(host, seconds(timeouts.transfer))
                : tr("%1 did not finish its answer within %2 seconds.").arg(host, seconds(timeouts.transfer));
        {
            double connectTime = 0;
            if (curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME, &connectTime) == CURLE_OK && connectTime == 0.0)
                result->error = tr("Could not connect to %1 within %2 seconds.").arg(host, seconds(timeouts.connect));
        }
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        result->failure = Failure::Network;
        result->error = tr("Cannot find %1 (%2): check the network connection, the address and the proxy settings.")
                            .arg(host, detail);
        break;
    case CURLE_COULDNT_CONNECT:
        result->failure = Failure::Network;
        result->error =
            tr("Cannot connect to %1 (%2): check the network connection and the proxy settings.").arg(host, detail);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        result->failure = Failure::Certificate;
        result->error = tr("The certificate of %1 could not be verified (%2). Nothing was sent. Check the address, the "
                           "system's certificate store (ca-certificates) or an intercepting proxy.")
                            .arg(host, detail);
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
        result->failure = Failure::Truncated;
        result->error = tr("The connection to %1 closed before the whole answer arrived (%2).").arg(host, detail);
        break;
    case CURLE_WRITE_ERROR:
        if (transfer.tooLarge) {
            result->failure = Failure::TooLarge;
            result->error =
                tr("The answer from %1 is larger than %2 MiB.").arg(host).arg(HttpClient::MaxResponseBytes >> 20);
            break;
        }
        [[fallthrough]];
    default:
        result->failure = Failure::Network;
        result->error = tr("The request to %1 failed: %2.").arg(host, detail);
        break;
    }
}

} // namespace

struct HttpClient::Handle
{
    CURL *curl = nullptr;

    Handle()
    {
        initializeCurl();
        curl = curl_easy_init();
    }
    ~Handle() { curl_easy_cleanup(curl); }
};

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (it->name == name)
            return it->value;
    }
    return {};
}

HttpClient::HttpClient()
    : m_handle(std::make_unique<Handle>())
{}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Hindsight/") + QByteArrayLiteral(HINDSIGHT_VERSION);
}

bool HttpClient::isLoopback(const QString &host)
{
    // Literal addresses only (and localhost, which libcurl resolves to loopback itself): a name that merely resolves
    // to 127.0.0.1 today is not trusted with plain HTTP. QtCore has no address parser, so this is done by hand.
    QString address = host.toLower();
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    if (address == QLatin1String("localhost") || address == QLatin1String("::1") ||
        address == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        const bool digits = !part.isEmpty() && part.size() <= 3 &&
                            std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits || part.toInt() > 255)
            return false;
    }
    return parts.constFirst() == QLatin1String("127");
}

bool HttpClient::isAllowed(const QUrl &url, QString *why)
{
    const auto refuse = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("'%1' is not a web address.").arg(url.toDisplayString()));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return refuse(
            tr("%1 is not an HTTPS address: Hindsight sends credentials over HTTPS only.").arg(url.toDisplayString()));
    if (!isLoopback(url.host())) {
        return refuse(tr("Not sending to %1: http:// sends the token in clear; use https://. (HINDSIGHT_ALLOW_HTTP=1 "
                         "allows plain HTTP only to a test stand-in on this machine's loopback address.)")
                          .arg(url.toDisplayString()));
    }
    if (!loopbackHttpAllowed()) {
        return refuse(tr("Not sending to %1: http:// sends the token in clear; use https://, or for a test stand-in "
                         "on this machine set HINDSIGHT_ALLOW_HTTP=1.")
                          .arg(url.toDisplayString()));
    }
    return true;
}

bool HttpClient::loopbackHttpAllowed()
{
    return qEnvironmentVariable("HINDSIGHT_ALLOW_HTTP").trimmed() == QLatin1String("1");
}

HttpClient::Result HttpClient::post(const HttpRequest &request)
{
    QString why;
    if (!isAllowed(request.url, &why))
        return failed(Failure::RefusedUrl, why);
    if (m_cancel && m_cancel->load())
        return failed(Failure::Cancelled, tr("Cancelled."));
    CURL *curl = m_handle->curl;
    if (!curl)
        return failed(Failure::Network, tr("The network library could not be started."));
    curl_easy_reset(curl);

    Result result;
    const QByteArray url = request.url.toEncoded();
    const QByteArray agent = userAgent();
    Transfer transfer{&result.response, m_cancel, false};
    char errorText[CURL_ERROR_SIZE] = {};
    curl_slist *headers = headerList(request);
    setConnectionOptions(curl, url, request.url.scheme() == QLatin1String("http"), agent, m_timeouts);
    setTransferOptions(curl, request, headers, &transfer, errorText);

    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    // The request's buffers are ours: libcurl must not keep pointers to them past this call.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(headers);

    result.response.status = int(status);
    if (code != CURLE_OK)
        describeFailure(curl, code, errorText, transfer, request.url.host(), m_timeouts, &result);
    return result;
}

} // namespace hindsight
