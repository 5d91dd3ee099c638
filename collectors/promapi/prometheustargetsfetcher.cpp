#include "prometheustargetsfetcher.h"

#include "promapiclient.h"

#include <memory>

PrometheusTargetsFetcher::PrometheusTargetsFetcher(QObject* parent)
    : QObject(parent)
{
    m_loop.start();
}

PrometheusTargetsFetcher::~PrometheusTargetsFetcher()
{
    m_loop.stop();
}

void PrometheusTargetsFetcher::fetch(const PrometheusServer& server)
{
    m_loop.post([this, server] {
        auto client = std::make_shared<PromApiClient>(&m_loop, server);
        client->targets([this, client](const promapi::Response& response) {
            QString error = response.ok() ? QString() : response.errorText();
            const QList<promapi::Target> targets =
                response.ok() ? promapi::parseTargets(response, &error) : QList<promapi::Target>();
            QMetaObject::invokeMethod(
                this, [this, targets, error] { emit fetched(targets, error); }, Qt::QueuedConnection);
        });
    });
}
