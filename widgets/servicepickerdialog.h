#pragma once

#include "promapiresponse.h"
#include "prometheusserver.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// "Pick services…" for a Prometheus server source: the server's scrape targets (job, instance,
// health, last scrape, last error) with a checkbox each, so a fleet's services are added without
// typing URLs. A checked job with every instance checked is kept as the job alone (all instances,
// also those added later); otherwise as the checked instances.
class ServicePickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServicePickerDialog(const QList<PrometheusService>& chosen, QWidget* parent = nullptr);

    // Lists the targets, checking those the source already has.
    void setTargets(const QList<promapi::Target>& targets);
    // The server could not be asked: its message, in place of the list.
    void setError(const QString& message);
    QList<PrometheusService> chosenServices() const;

private:
    bool isChosen(const promapi::Target& target) const;
    void addRow(const promapi::Target& target);

    QList<PrometheusService> m_chosen;
    QLabel* m_status;
    QTableWidget* m_table;
};
