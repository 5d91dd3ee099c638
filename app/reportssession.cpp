#include "reportssession.h"

#include "acceptanceplan.h"
#include "acceptanceresultstore.h"
#include "loadrunstore.h"
#include "planrunner.h"
#include "readjobrunner.h"
#include "recordstore.h"
#include "reportbuilder.h"
#include "reportfonts.h"
#include "reportpreview.h"
#include "reportspage.h"
#include "reportspagepreview.h"
#include "storedrunreport.h"
#include "timeseriesstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>
#include <algorithm>

struct ReportsSession::Preview
{
    quint64 job = 0;
    QString key;
    std::shared_ptr<const report::PlanResult> result;
    QList<QImage> pages;
    QString error;
};

namespace {
QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString verdictText(bool passed, int failed)
{
    if (passed)
        return ReportsSession::tr("PASS");
    return failed > 0 ? ReportsSession::tr("FAIL (%1)").arg(failed) : ReportsSession::tr("FAIL");
}

ReportEntry runEntry(const store::LoadRun& run)
{
    const QJsonObject summary = QJsonDocument::fromJson(run.summaryJson).object();
    const report::StoredRunVerdict verdict =
        report::storedRunVerdict(summary.value(QStringLiteral("report")).toObject(), run.state);
    ReportEntry entry{ReportEntry::Kind::LoadRun, run.id, run.name, run.startedMs,
                      ReportEntry::Verdict::None, {}};
    if (!verdict.completed)
        entry.verdictText =
            run.state == QLatin1String("running") ? ReportsSession::tr("unfinished") : run.state;
    else if (!verdict.judged())
        entry.verdictText = ReportsSession::tr("no criteria");
    else
        entry.verdictText = verdictText(verdict.passed(), verdict.failed);
    if (verdict.judged())
        entry.verdict = verdict.passed() ? ReportEntry::Verdict::Pass : ReportEntry::Verdict::Fail;
    return entry;
}

ReportEntry resultEntry(const report::AcceptanceResultInfo& result)
{
    return {ReportEntry::Kind::Acceptance,
            result.id,
            result.planName,
            result.startedMs,
            result.passed ? ReportEntry::Verdict::Pass : ReportEntry::Verdict::Fail,
            verdictText(result.passed, result.failedRequired)};
}

// The stored item behind a list key ("run:3", "result:2"); nothing with `error` when unreadable.
std::optional<report::PlanResult> readResult(store::TimeSeriesStore* store, const QString& key,
                                             QString* error)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const qint64 id = key.mid(colon + 1).toLongLong();
    if (key.startsWith(QLatin1String("result:")))
        return report::AcceptanceResultStore(store).get(id, error);
    const std::optional<load::StoredRun> run = load::LoadRunStore(store).run(id, error);
    if (!run) {
        if (error->isEmpty())
            *error = ReportsSession::tr("load run %1 is not in the store").arg(id);
        return std::nullopt;
    }
    return report::planResultFromStoredRun(*run);
}

bool loadPlan(const QString& fileName, report::AcceptancePlan* plan, QString* error)
{
    if (fileName.isEmpty()) {
        *plan = report::AcceptancePlan::defaultPlan();
        return true;
    }
    QFile file(fileName); // a plan is a few kilobytes: read here
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReportsSession::tr("cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QStringList errors;
    if (report::AcceptancePlan::fromJsonText(file.read(4 * 1024 * 1024), QFileInfo(fileName).absolutePath(),
                                             plan, &errors))
        return true;
    *error = fileName + QStringLiteral(": ") + errors.join(QStringLiteral("; "));
    return false;
}
} // namespace

ReportsSession::ReportsSession(store::TimeSeriesStore* store, store::ReadJobRunner* reads, ReportsPage* page,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_reads(reads)
    , m_page(page)
{
    connect(page, &ReportsPage::entrySelected, this, &ReportsSession::preview);
    connect(page, &ReportsPage::optionsChanged, this, [this] {
        if (m_current)
            render(m_currentKey, m_current);
    });
    connect(page, &ReportsPage::exportRequested, this, &ReportsSession::exportReport);
    connect(page, &ReportsPage::planRunRequested, this, &ReportsSession::runPlan);
    connect(page, &ReportsPage::cancelRequested, this, [this] {
        m_cancel->store(true);
        m_page->setStatus(tr("Cancelling the plan: what was measured so far is kept…"));
    });
    // Fonts are registered on the GUI thread; the workers only use them.
    QString error;
    if (!report::ReportFonts::load(&error))
        page->setStatus(error, true);
}

ReportsSession::~ReportsSession()
{
    m_cancel->store(true);
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
}

void ReportsSession::setDefaultTarget(const QUrl& url)
{
    m_defaultTarget = url;
}

void ReportsSession::setPlanWatch(const QList<PostgresSource>& postgres, const QList<RedisSource>& redis,
                                  const QList<alerts::AlertRule>& rules)
{
    m_watch.postgres = postgres;
    m_watch.redis = redis;
    m_watch.alertRules = rules;
}

void ReportsSession::offThread(std::function<void()> work, std::function<void()> done)
{
    QThread* thread = QThread::create(std::move(work));
    m_threads.removeAll(QPointer<QThread>());
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [thread, done = std::move(done)] {
        thread->deleteLater();
        done();
    });
    thread->start();
}

void ReportsSession::refreshList()
{
    struct Lists
    {
        std::vector<store::LoadRun> runs;
        std::vector<report::AcceptanceResultInfo> results;
        QString error;
    };
    auto lists = std::make_shared<Lists>();
    store::TimeSeriesStore* store = m_store;
    m_reads->submit(
        QStringLiteral("reports list"),
        [lists, store](store::StoreReader&) {
            lists->runs = store::RecordStore(store).loadRuns(&lists->error);
            lists->results = report::AcceptanceResultStore(store).list(&lists->error);
        },
        [this, lists](const QString& error) {
            if (!m_page)
                return;
            if (!error.isEmpty() || !lists->error.isEmpty())
                m_page->setStatus(
                    tr("The list cannot be read: %1").arg(error.isEmpty() ? lists->error : error), true);
            QList<ReportEntry> entries;
            for (const store::LoadRun& run : lists->runs)
                entries.append(runEntry(run));
            for (const report::AcceptanceResultInfo& result : lists->results)
                entries.append(resultEntry(result));
            std::stable_sort(entries.begin(), entries.end(), [](const ReportEntry& a, const ReportEntry& b) {
                return a.startedMs > b.startedMs;
            });
            m_page->setEntries(entries);
            emit listShown(int(entries.size()));
        });
}

void ReportsSession::preview(const QString& key)
{
    if (key == m_currentKey && m_current)
        return; // the list was refreshed around the same pick
    m_current.reset();
    m_currentKey = key;
    ++m_previewJob; // a preview still rendering for the previous pick is dropped
    if (key.isEmpty()) {
        m_page->setPreviewHeading({});
        m_page->preview()->setMessage(tr("Pick a load run or an acceptance result to preview its report."));
        return;
    }
    render(key, nullptr);
}

void ReportsSession::render(const QString& key, std::shared_ptr<const report::PlanResult> cached)
{
    auto preview = std::make_shared<Preview>();
    preview->job = ++m_previewJob;
    preview->key = key;
    preview->result = std::move(cached);
    const report::ReportOptions options = m_page->options();
    m_page->preview()->setMessage(tr("Rendering the report…"));
    store::TimeSeriesStore* store = m_store;
    offThread(
        [preview, store, options] {
            if (!preview->result) {
                std::optional<report::PlanResult> read = readResult(store, preview->key, &preview->error);
                if (!read)
                    return;
                preview->result = std::make_shared<const report::PlanResult>(std::move(*read));
            }
            const report::ReportDocument document = report::buildReport(*preview->result, options);
            for (QImage& page : report::ReportPreview::render(document, previewDpi, &preview->error))
                preview->pages.append(std::move(page));
        },
        [this, preview] { showPreview(*preview); });
}

void ReportsSession::showPreview(const Preview& preview)
{
    if (preview.job != m_previewJob || !m_page)
        return;
    if (!preview.error.isEmpty()) {
        const QString message = tr("This report cannot be shown: %1").arg(preview.error);
        m_page->preview()->setMessage(message);
        m_page->setStatus(message, true);
        emit previewFailed(preview.key, preview.error);
        return;
    }
    m_current = preview.result;
    const report::PlanResult& result = *preview.result;
    m_page->setPreviewHeading(
        tr("<b>%1</b> — %2, %3 · %n page(s)", nullptr, int(preview.pages.size()))
            .arg(result.system.toHtmlEscaped(), result.planName.toHtmlEscaped(), dateText(result.startedMs)));
    m_page->preview()->setPages(preview.pages);
    emit previewShown(preview.key, int(preview.pages.size()));
}

void ReportsSession::exportReport(report::ReportFormat format, const QString& fileName)
{
    if (!m_current) {
        m_page->setStatus(tr("Nothing to export yet: the report is still being prepared."), true);
        emit exported(fileName, false);
        return;
    }
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    const std::shared_ptr<const report::PlanResult> result = m_current;
    const report::ReportOptions options = m_page->options();
    m_page->setStatus(tr("Writing %1…").arg(fileName));
    offThread([=] { *ok = report::writeReport(*result, format, options, fileName, error.get()); },
              [this, ok, error, fileName] {
                  if (m_page)
                      m_page->setStatus(
                          *ok ? tr("Wrote %1").arg(fileName) : tr("Export failed: %1").arg(*error), !*ok);
                  emit exported(fileName, *ok);
              });
}

void ReportsSession::runPlan(const QString& planFile, qint64 durationMs, int users)
{
    if (m_planRunning)
        return;
    report::AcceptancePlan plan;
    QString error;
    if (!loadPlan(planFile, &plan, &error)) {
        m_page->setStatus(tr("The plan was not run: %1").arg(error), true);
        return;
    }
    report::PlanRunner::Options options = m_watch;
    options.target = m_defaultTarget.toString();
    options.overrides.durationMs = durationMs;
    options.overrides.users = users;
    options.ranBy = qEnvironmentVariable("USER");
    m_cancel->store(false);
    m_planRunning = true;
    m_page->setPlanRunning(true);
    m_page->setStatus(tr("Running plan %1 against %2…")
                          .arg(plan.name, options.target.isEmpty() ? plan.target : options.target));
    struct Run
    {
        report::PlanResult result;
        std::optional<std::int64_t> id;
        QString saveError;
    };
    auto run = std::make_shared<Run>();
    auto cancel = m_cancel;
    store::TimeSeriesStore* store = m_store;
    offThread(
        [this, run, cancel, store, plan, options] {
            const auto progress = [this](const QString& line) {
                // Posted to this session, which waits for this thread before it goes.
                QMetaObject::invokeMethod(this, [this, line] {
                    if (m_page)
                        m_page->appendProgress(line);
                });
            };
            run->result = report::PlanRunner::run(plan, options, progress, cancel.get());
            run->id = report::AcceptanceResultStore(store).save(run->result, &run->saveError);
        },
        [this, run] { planDone(run->result, run->id.value_or(0), run->saveError); });
}

void ReportsSession::planDone(const report::PlanResult& result, qint64 resultId, const QString& saveError)
{
    m_planRunning = false;
    if (!m_page)
        return;
    m_page->setPlanRunning(false);
    QString status =
        tr("Plan %1: %2").arg(result.planName, verdictText(result.passed(), result.failedRequired()));
    if (!result.error.isEmpty())
        status += tr(" — the run was not completed: %1").arg(result.error);
    if (resultId == 0)
        status += tr(" — the result could not be saved: %1").arg(saveError);
    m_page->setStatus(status, !result.error.isEmpty() || resultId == 0);
    if (resultId != 0) {
        m_page->select(QStringLiteral("result:%1").arg(resultId));
        refreshList();
    }
    emit planFinished(resultId, result.passed());
}
