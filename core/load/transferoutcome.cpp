#include "transferoutcome.h"

#include <curl/curl.h>

namespace load {

namespace {
ErrorKind transportError(int curlCode)
{
    switch (curlCode) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return ErrorKind::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return ErrorKind::Timeout;
    case CURLE_SEND_ERROR:
        return ErrorKind::Write;
    default:
        // CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING and the rest: the answer broke off.
        return ErrorKind::Read;
    }
}

ErrorKind statusClass(long status)
{
    if (status >= 400 && status < 500)
        return ErrorKind::Status4xx;
    if (status >= 500 && status < 600)
        return ErrorKind::Status5xx;
    return ErrorKind::StatusOther;
}
} // namespace

std::optional<ErrorKind> transferError(int curlCode, long httpStatus, int expectStatus, bool bodyMismatch)
{
    if (curlCode != CURLE_OK)
        return transportError(curlCode);
    const bool statusOk =
        expectStatus != 0 ? httpStatus == expectStatus : httpStatus >= 200 && httpStatus < 400;
    if (!statusOk)
        return statusClass(httpStatus);
    if (bodyMismatch)
        return ErrorKind::Assertion;
    return std::nullopt;
}

} // namespace load
