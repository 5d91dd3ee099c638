#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

// A real HTTP/1.1 server on a loopback port, for the failure modes a well-behaved server
// will not produce on demand: a fixed status and body (garbage, huge, 500) or no answer at
// all (a hung target). It answers from the thread it lives in, so the test's event loop
// (QSignalSpy::wait, QTRY_*) must run for it to respond.
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit CannedHttpServer(QObject* parent = nullptr);
    ~CannedHttpServer() override;

    bool listen(quint16 port = 0); // 0: any free loopback port
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = QStringLiteral("/metrics")) const;

    // extraHeaders: whole lines without CRLF, e.g. "Content-Encoding: gzip".
    void respondWith(int status, const QByteArray& contentType, const QByteArray& body,
                     const QList<QByteArray>& extraHeaders = {});
    // Accepts connections and reads requests but never answers.
    void neverRespond();
    int requestsSeen() const { return m_requests; }
    // The bodies of the requests answered so far (read up to their Content-Length), in order.
    QList<QByteArray> requestBodies() const { return m_bodies; }
    // Their request lines and headers, in the same order.
    QList<QByteArray> requestHeads() const { return m_heads; }

private:
    void onNewConnection();

    QTcpServer m_server;
    bool m_silent = false;
    int m_status = 200;
    QByteArray m_contentType;
    QByteArray m_body;
    QList<QByteArray> m_extraHeaders;
    int m_requests = 0;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_heads;
};
