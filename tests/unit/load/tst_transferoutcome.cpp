// libcurl results and HTTP statuses mapped to the error kinds a run reports.
#include "transferoutcome.h"

#include <QTest>
#include <curl/curl.h>

using namespace load;

Q_DECLARE_METATYPE(std::optional<load::ErrorKind>)

class TestTransferOutcome : public QObject
{
    Q_OBJECT
private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("curlCode");
        QTest::addColumn<long>("status");
        QTest::addColumn<int>("expectStatus");
        QTest::addColumn<bool>("bodyMismatch");
        QTest::addColumn<std::optional<ErrorKind>>("kind");
        const std::optional<ErrorKind> none;
        QTest::newRow("200") << int(CURLE_OK) << 200L << 0 << false << none;
        QTest::newRow("302 is a success") << int(CURLE_OK) << 302L << 0 << false << none;
        QTest::newRow("404") << int(CURLE_OK) << 404L << 0 << false << std::optional(ErrorKind::Status4xx);
        QTest::newRow("503") << int(CURLE_OK) << 503L << 0 << false << std::optional(ErrorKind::Status5xx);
        QTest::newRow("101") << int(CURLE_OK) << 101L << 0 << false << std::optional(ErrorKind::StatusOther);
        QTest::newRow("expected 201, got 200")
            << int(CURLE_OK) << 200L << 201 << false << std::optional(ErrorKind::StatusOther);
        QTest::newRow("expected 404, got 404") << int(CURLE_OK) << 404L << 404 << false << none;
        QTest::newRow("expected 201, got 500")
            << int(CURLE_OK) << 500L << 201 << false << std::optional(ErrorKind::Status5xx);
        QTest::newRow("body mismatch")
            << int(CURLE_OK) << 200L << 0 << true << std::optional(ErrorKind::Assertion);
        QTest::newRow("status before body")
            << int(CURLE_OK) << 500L << 0 << true << std::optional(ErrorKind::Status5xx);
        QTest::newRow("refused") << int(CURLE_COULDNT_CONNECT) << 0L << 0 << false
                                 << std::optional(ErrorKind::Connect);
        QTest::newRow("unresolved") << int(CURLE_COULDNT_RESOLVE_HOST) << 0L << 0 << false
                                    << std::optional(ErrorKind::Connect);
        QTest::newRow("tls handshake")
            << int(CURLE_SSL_CONNECT_ERROR) << 0L << 0 << false << std::optional(ErrorKind::Connect);
        QTest::newRow("certificate") << int(CURLE_PEER_FAILED_VERIFICATION) << 0L << 0 << false
                                     << std::optional(ErrorKind::Connect);
        QTest::newRow("timeout") << int(CURLE_OPERATION_TIMEDOUT) << 0L << 0 << false
                                 << std::optional(ErrorKind::Timeout);
        QTest::newRow("send") << int(CURLE_SEND_ERROR) << 0L << 0 << false << std::optional(ErrorKind::Write);
        QTest::newRow("recv") << int(CURLE_RECV_ERROR) << 0L << 0 << false << std::optional(ErrorKind::Read);
        QTest::newRow("partial") << int(CURLE_PARTIAL_FILE) << 200L << 0 << false
                                 << std::optional(ErrorKind::Read);
        QTest::newRow("empty reply") << int(CURLE_GOT_NOTHING) << 0L << 0 << false
                                     << std::optional(ErrorKind::Read);
    }

    void mapping()
    {
        QFETCH(int, curlCode);
        QFETCH(long, status);
        QFETCH(int, expectStatus);
        QFETCH(bool, bodyMismatch);
        QFETCH(std::optional<ErrorKind>, kind);
        const std::optional<ErrorKind> got = transferError(curlCode, status, expectStatus, bodyMismatch);
        QCOMPARE(got.has_value(), kind.has_value());
        if (kind)
            QCOMPARE(errorKindName(*got), errorKindName(*kind));
    }
};

QTEST_APPLESS_MAIN(TestTransferOutcome)
#include "tst_transferoutcome.moc"
