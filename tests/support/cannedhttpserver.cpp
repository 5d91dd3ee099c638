#include "cannedhttpserver.h"

#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

CannedHttpServer::~CannedHttpServer() = default;

bool CannedHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void CannedHttpServer::close()
{
    m_server.close();
}

QUrl CannedHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void CannedHttpServer::respondWith(int status, const QByteArray& contentType, const QByteArray& body,
                                   const QList<QByteArray>& extraHeaders)
{
    m_extraHeaders = extraHeaders;
    m_silent = false;
    m_status = status;
    m_contentType = contentType;
    m_body = body;
}

void CannedHttpServer::neverRespond()
{
    m_silent = true;
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool())
                return;
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            socket->setProperty("request", request);
            const qsizetype headerEnd = request.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            // A body is complete once Content-Length bytes followed the headers.
            qsizetype length = 0;
            for (const QByteArray& line : request.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (request.size() - (headerEnd + 4) < length)
                return;
            m_heads.append(request.left(headerEnd));
            m_bodies.append(request.mid(headerEnd + 4, length));
            ++m_requests;
            socket->setProperty("answered", true);
            if (m_silent)
                return;
            QByteArray response =
                "HTTP/1.1 " + QByteArray::number(m_status) + " Canned\r\nContent-Type: " + m_contentType +
                "\r\nContent-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n";
            for (const QByteArray& header : std::as_const(m_extraHeaders))
                response += header + "\r\n";
            socket->write(response + "\r\n" + m_body);
            socket->disconnectFromHost();
        });
    }
}
