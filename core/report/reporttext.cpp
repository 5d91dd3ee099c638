#include "reporttext.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace report {

namespace {
struct Phrase
{
    const char* english;
    const char* chinese;
};

// UTF-8 literals; QString::fromUtf8 below.
constexpr Phrase phrases[] = {
    {"Performance acceptance report", "性能验收报告"},
    {"System under test", "被测系统"},
    {"Version", "版本"},
    {"Target", "目标地址"},
    {"Date", "日期"},
    {"Run by", "执行人"},
    {"Client machine", "压测客户端"},
    {"perfdash version", "perfdash 版本"},
    {"Plan", "验收方案"},
    {"Verdict", "结论"},
    {"PASS", "通过"},
    {"FAIL", "未通过"},
    {"Shortened run", "缩短的运行"},
    {"This run was shortened (%1); the criteria name the full run.",
     "本次运行已被缩短（%1）；验收标准针对完整运行。"},
    {"The run was not completed: %1", "运行未完成：%1"},
    {"Summary of criteria", "验收标准汇总"},
    {"No criteria were set: the run is reported as measured, without a verdict.",
     "未设置验收标准：按实测结果报告，不给出结论。"},
    {"No criteria were set for this run.", "本次运行未设置验收标准。"},
    {"Criterion", "验收标准"},
    {"Scenario", "场景"},
    {"Measured", "实测值"},
    {"Threshold", "阈值"},
    {"Margin", "余量"},
    {"advisory", "参考项"},
    {"%1 of %2 required criteria passed.", "%2 项必选标准中 %1 项通过。"},
    {"Advisory criteria (seed 003's extras) are reported but do not decide the verdict.",
     "参考项（种子 003 的补充指标）仅作报告，不影响结论。"},
    {"Configuration", "配置"},
    {"Model", "负载模型"},
    {"closed (fixed users)", "封闭模型（固定用户数）"},
    {"open (arrival rate)", "开放模型（到达速率）"},
    {"Users", "并发用户"},
    {"Ramp-up", "加压时间"},
    {"Think time", "思考时间"},
    {"Duration", "持续时间"},
    {"Arrival rate", "到达速率"},
    {"Requests", "请求"},
    {"Environment", "环境"},
    {"Connections", "连接数"},
    {"Started", "开始时间"},
    {"Measured duration", "实际持续时间"},
    {"Run end", "结束方式"},
    {"Latency percentiles (ms)", "响应时间百分位（毫秒）"},
    {"Endpoint", "接口"},
    {"Errors", "错误"},
    {"RPS", "每秒请求"},
    {"Mean", "平均"},
    {"Max", "最大"},
    {"all endpoints", "全部接口"},
    {"Latency over time (ms)", "响应时间随时间变化（毫秒）"},
    {"Throughput over time (requests per second)", "吞吐量随时间变化（每秒请求数）"},
    {"Errors over time (per second)", "错误随时间变化（每秒）"},
    {"Seconds since start", "开始后的秒数"},
    {"Errors by kind", "按类型统计的错误"},
    {"Kind", "类型"},
    {"Count", "数量"},
    {"No request failed.", "没有失败的请求。"},
    {"Cache: cold vs warm access", "缓存：冷访问与热访问对比"},
    {"Key", "键"},
    {"Cold (ms)", "冷访问（毫秒）"},
    {"Warm (ms)", "热访问（毫秒）"},
    {"Improvement", "提升"},
    {"Overall: cold P50 %1 ms, warm P50 %2 ms, improvement %3 (required %4).",
     "总体：冷访问 P50 %1 毫秒，热访问 P50 %2 毫秒，提升 %3（要求 %4）。"},
    {"Batch operations", "批量操作"},
    {"Check", "检查项"},
    {"Rows", "行数"},
    {"Expected", "期望状态"},
    {"Answered", "实际状态"},
    {"Slowest (ms)", "最慢（毫秒）"},
    {"Limit", "时限"},
    {"Result", "结果"},
    {"What the collectors saw", "采集器观测"},
    {"Figure", "指标"},
    {"Value", "数值"},
    {"Peak database pool in use", "数据库连接池峰值占用"},
    {"Peak pool overflow", "连接池溢出峰值"},
    {"Requests that waited for a connection", "等待连接的请求数"},
    {"Peak queue backlog", "队列积压峰值"},
    {"Peak requests in flight", "并发处理中请求峰值"},
    {"Cache hit rate", "缓存命中率"},
    {"Scrapes (failed)", "采集次数（失败）"},
    {"not exposed", "未暴露"},
    {"Events during the run", "运行期间的事件"},
    {"No warning condition held during the run.", "运行期间未出现告警条件。"},
    {"Collectors over time", "采集指标随时间变化"},
    {"pool in use", "连接池占用"},
    {"queue backlog", "队列积压"},
    {"in flight", "处理中"},
    {"Metrics were scraped from %1 every second while the scenario ran.",
     "场景运行期间每秒从 %1 采集一次指标。"},
    {"No metrics were watched during this scenario.", "此场景运行期间未采集指标。"},
    {"How the percentiles were computed", "百分位的计算方法"},
    {"Sign-off", "签字确认"},
    {"Role", "角色"},
    {"Name", "姓名"},
    {"Signature", "签名"},
    {"Performance engineer", "性能测试工程师"},
    {"System owner", "系统负责人"},
    {"Quality assurance", "质量保证"},
    {"Page %1 of %2", "第 %1 页，共 %2 页"},
    {"Contents", "目录"},
    {"Scenarios", "场景"},
    {"completed", "完成"},
    {"cancelled", "已取消"},
    {"aborted", "已中止"},
    {"failed", "失败"},
    {"not measured", "未测得"},
    {"Detail", "说明"},
    {"The acceptance criteria were met.", "验收标准全部满足。"},
    {"no cache lookups", "无缓存查询"},
    {"PostgreSQL %1 (%2)", "PostgreSQL %1（%2）"},
    {"Peak connections / max_connections", "连接数峰值 / max_connections"},
    {"Peak active sessions", "活跃会话峰值"},
    {"Peak sessions idle in transaction", "事务中空闲会话峰值"},
    {"PostgreSQL lock waits (peak sessions waiting)", "PostgreSQL 锁等待（等待会话峰值）"},
    {"Commits (rollbacks)", "提交（回滚）"},
    {"Polls (failed)", "轮询次数（失败）"},
    {"Last error: %1", "最近错误：%1"},
    {"Redis %1 (%2)", "Redis %1（%2）"},
    {"Redis hit rate", "Redis 命中率"},
    {"%1 % (%2 hits, %3 misses)", "%1 %（命中 %2 次，未命中 %3 次）"},
    {"no lookups", "无查询"},
    {"Peak memory used", "内存占用峰值"},
    {"Peak connected clients", "客户端连接数峰值"},
    {"Evicted keys", "淘汰的键"},
    {"Alerts during the run", "运行期间的告警"},
    {"%1 alert rule(s) were evaluated every metrics interval over what the collectors saw.",
     "按指标采集间隔对采集到的数据评估了 %1 条告警规则。"},
    {"No alert went pending or firing during the run.", "运行期间没有告警进入待定或触发状态。"},
    {"Time", "时间"},
    {"Rule", "规则"},
    {"Change", "状态变化"},
    {"Severity", "级别"},
    {"inactive", "未激活"},
    {"pending", "待定"},
    {"firing", "触发"},
    {"resolved", "已恢复"},
    {"nodata", "无数据"},
    {"warning", "警告"},
    {"critical", "严重"},
    {"By signing, the parties accept the results in this report as the acceptance evidence of the system "
     "named on its "
     "cover.",
     "签字即表示各方接受本报告的结果，作为封面所列系统的验收依据。"},
    // The load engine's percentile methods (core/load/loadrun.cpp), closed and open model.
    {"log-linear histogram (HdrHistogram layout), 3 significant digits, 1 us to 60 s; a percentile is the "
     "highest "
     "value equivalent to the sample at its nearest rank, within 0.1 %; max is exact; answers only "
     "(transport errors "
     "are counted, not timed)",
     "对数线性直方图（HdrHistogram 布局），3 位有效数字，范围 1 微秒至 60 "
     "秒；百分位取最近秩样本所在桶的最高等值，误差在 "
     "0.1% 以内；最大值为精确值；仅统计有应答的请求（传输错误只计数、不计时）"},
    {"log-linear histogram (HdrHistogram layout), 3 significant digits, 1 us to 60 s; a percentile is the "
     "highest "
     "value equivalent to the sample at its nearest rank, within 0.1 %; max is exact; answers only "
     "(transport errors "
     "are counted, not timed); latency from the intended send time (coordinated omission corrected), "
     "uncorrected "
     "figures from the actual send",
     "对数线性直方图（HdrHistogram 布局），3 位有效数字，范围 1 微秒至 60 "
     "秒；百分位取最近秩样本所在桶的最高等值，误差在 "
     "0.1% "
     "以内；最大值为精确值；仅统计有应答的请求（传输错误只计数、不计时）；响应时间从计划发送时刻起算（已校正"
     "协调遗漏），"
     "未校正数据从实际发送时刻起算"},
    {"The acceptance criteria were not met: %1.", "验收标准未满足：%1。"},
};

const QHash<QString, QString>& chineseTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> built;
        for (const Phrase& phrase : phrases)
            built.insert(QString::fromUtf8(phrase.english), QString::fromUtf8(phrase.chinese));
        return built;
    }();
    return table;
}

QMutex missingMutex;
QSet<QString> missing;
} // namespace

ReportText::ReportText(const QString& language)
    : m_chinese(language == QLatin1String("zh"))
{
}

QString ReportText::operator()(const char* english) const
{
    const QString key = QString::fromUtf8(english);
    if (!m_chinese)
        return key;
    const auto found = chineseTable().constFind(key);
    if (found != chineseTable().constEnd())
        return *found;
    QMutexLocker lock(&missingMutex);
    missing.insert(key);
    return key;
}

QString ReportText::known(const QString& english) const
{
    return m_chinese ? chineseTable().value(english, english) : english;
}

QString ReportText::detail(const QString& english) const
{
    if (!m_chinese)
        return english;
    // The forms criterion.cpp writes, each with its Chinese; captures keep their order.
    static const std::pair<QRegularExpression, QString> forms[] = {
        {QRegularExpression(QStringLiteral("^worst endpoint: (.*)$")), QStringLiteral("最差接口：\\1")},
        {QRegularExpression(QStringLiteral("^endpoint (.*)$")), QStringLiteral("接口 \\1")},
        {QRegularExpression(
             QStringLiteral("^(\\d+) of (\\d+) requests failed; (\\d+) users for ([\\d.]+) s$")),
         QStringLiteral("\\2 个请求中 \\1 个失败；\\3 个用户，\\4 秒")},
        {QRegularExpression(QStringLiteral("^(\\d+) keys; cold P50 ([\\d.]+) ms, warm P50 ([\\d.]+) ms$")),
         QStringLiteral("\\1 个键；冷访问 P50 \\2 毫秒，热访问 P50 \\3 毫秒")},
        {QRegularExpression(QStringLiteral("^([\\d.]+) PostgreSQL session\\(s\\) waiting for a lock$")),
         QStringLiteral("\\1 个 PostgreSQL 会话在等待锁")},
        {QRegularExpression(QStringLiteral("^PostgreSQL connections at ([\\d.]+) of ([\\d.]+)$")),
         QStringLiteral("PostgreSQL 连接数达到 \\1 / \\2")},
        {QRegularExpression(QStringLiteral("^Redis evicted ([\\d.]+) key\\(s\\)$")),
         QStringLiteral("Redis 淘汰了 \\1 个键")},
        {QRegularExpression(QStringLiteral("^k6 threshold of the scenario$")),
         QStringLiteral("场景的 k6 阈值")},
        {QRegularExpression(QStringLiteral("^(\\d+) batch checks passed$")),
         QStringLiteral("\\1 项批量检查全部通过")},
        {QRegularExpression(QStringLiteral("^(\\d+) of (\\d+) batch checks failed; (.*)$")),
         QStringLiteral("\\2 项批量检查中 \\1 项未通过；\\3")},
    };
    QString line = english;
    QString suffix;
    if (line.endsWith(QLatin1String("; the load run did not complete"))) {
        line.chop(QStringLiteral("; the load run did not complete").size());
        suffix = QStringLiteral("；负载运行未完成");
    }
    for (const auto& [pattern, chinese] : forms)
        if (pattern.match(line).hasMatch())
            return QString(line).replace(pattern, chinese) + suffix;
    return english;
}

QStringList ReportText::missingPhrases()
{
    QMutexLocker lock(&missingMutex);
    QStringList list(missing.begin(), missing.end());
    list.sort();
    return list;
}

} // namespace report
