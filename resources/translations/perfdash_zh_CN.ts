<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddTargetForm</name>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="31"/>
        <source>Workspace name</source>
        <translation>工作区名称</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="31"/>
        <source>e.g. erp</source>
        <translation>例如 erp</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="32"/>
        <source>A folder of that name keeps its settings and everything collected.</source>
        <translation>同名文件夹保存其设置和采集到的全部数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="33"/>
        <source>Metrics URL</source>
        <translation>指标 URL</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="33"/>
        <source>https://erp.example:8443/metrics</source>
        <translation>https://erp.example:8443/metrics</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="34"/>
        <source>Your service&apos;s Prometheus endpoint (text format or OpenMetrics).</source>
        <translation>你的服务的 Prometheus 端点（文本格式或 OpenMetrics）。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="35"/>
        <source>Health URL (optional)</source>
        <translation>健康检查 URL（可选）</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="36"/>
        <source>https://erp.example:8443/health</source>
        <translation>https://erp.example:8443/health</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="37"/>
        <source>Checked every 5 s; down after three failures in a row.</source>
        <translation>每 5 秒检查一次；连续失败三次即判定为宕机。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="75"/>
        <source>a workspace name is needed, without &apos;/&apos; and not starting with &apos;.&apos;</source>
        <translation>需要工作区名称，不能包含“/”，也不能以“.”开头</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="78"/>
        <source>the metrics URL is needed</source>
        <translation>需要指标 URL</translation>
    </message>
</context>
<context>
    <name>AddTargetPage</name>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="76"/>
        <source>Start with my own system</source>
        <translation>从我自己的系统开始</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="79"/>
        <source>Add your first target</source>
        <translation>添加第一个监控目标</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="82"/>
        <source>perfdash reads your service&apos;s Prometheus &lt;b&gt;/metrics&lt;/b&gt; endpoint: latency histograms, request counters, pools and queues. Enter its URL and test it. TLS, authentication, databases and Redis are added later in Settings.</source>
        <translation>perfdash 读取你的服务的 Prometheus &lt;b&gt;/metrics&lt;/b&gt; 端点：延迟直方图、请求计数、连接池和队列。输入其 URL 并测试。TLS、认证、数据库和 Redis 之后可在“设置”中添加。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="96"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="98"/>
        <source>Scrape the metrics URL once and show what it exposes.</source>
        <translation>抓取一次指标 URL 并显示其内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="106"/>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="140"/>
        <source>Enter a valid metrics URL first.</source>
        <translation>请先输入有效的指标 URL。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="157"/>
        <source>Scraping %1…</source>
        <translation>正在抓取 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="165"/>
        <source>&lt;b&gt;The scrape failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;抓取失败：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/addtargetpage.cpp" line="168"/>
        <source>&lt;b&gt;Success.&lt;/b&gt; %n metric famil(y/ies)</source>
        <translation>
            <numerusform>&lt;b&gt;成功。&lt;/b&gt;%n 个指标族</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/addtargetpage.cpp" line="169"/>
        <source>, %n sample(s) in %1 ms.</source>
        <translation>
            <numerusform>，%n 个样本，用时 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="172"/>
        <source>HTTP request histograms found: the latency cards will fill.</source>
        <translation>已找到 HTTP 请求直方图：延迟卡片将显示数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="173"/>
        <source>No http_request_duration_seconds histogram: the latency cards will stay empty, the other figures are charted.</source>
        <translation>没有 http_request_duration_seconds 直方图：延迟卡片将保持为空，其他指标照常绘制。</translation>
    </message>
</context>
<context>
    <name>AlertRuleForm</name>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="200"/>
        <source>Latency quantile (histogram)</source>
        <translation>延迟分位数（直方图）</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="202"/>
        <source>5xx error ratio</source>
        <translation>5xx 错误率</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="204"/>
        <source>Queue length</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="206"/>
        <source>Pool in use</source>
        <translation>连接池占用</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="208"/>
        <source>Redis hit rate</source>
        <translation>Redis 命中率</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="210"/>
        <source>Health check down</source>
        <translation>健康检查失败</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="212"/>
        <source>Task duration</source>
        <translation>任务耗时</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="214"/>
        <source>Gauge (any metric)</source>
        <translation>仪表（任意指标）</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="228"/>
        <source>P%1 of %2</source>
        <translation>%2 的 P%1</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="231"/>
        <source>5xx share of %1</source>
        <translation>%1 的 5xx 占比</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="234"/>
        <source>queue length %1</source>
        <translation>队列长度 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="237"/>
        <source>pool in use %1</source>
        <translation>连接池占用 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="240"/>
        <source>Redis hit rate %1</source>
        <translation>Redis 命中率 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="246"/>
        <source>P99 of %1</source>
        <translation>%1 的 P99</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="249"/>
        <source>&lt;metric&gt;</source>
        <translation>&lt;指标&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="254"/>
        <source>%1 by %2</source>
        <translation>%1，按 %2 分组</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="258"/>
        <source>%1 for %2</source>
        <translation>%1，持续 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="272"/>
        <source>Evaluates</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="274"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="274"/>
        <source>e.g. CheckoutLatencyHigh</source>
        <translation>例如 CheckoutLatencyHigh</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="275"/>
        <source>Unique among the rules; alerts and notifications carry it as alertname.</source>
        <translation>在所有规则中唯一；告警和通知以它作为 alertname。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="279"/>
        <source>Watches</source>
        <translation>监视</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="281"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="288"/>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="288"/>
        <source>0.95 for P95, 0.99 for P99.</source>
        <translation>0.95 即 P95，0.99 即 P99。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="290"/>
        <source>Only series with</source>
        <translation>仅限序列</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="290"/>
        <source>e.g. job=erp-api, queue=import</source>
        <translation>例如 job=erp-api, queue=import</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="291"/>
        <source>label=value pairs separated by commas, matched exactly on every series the rule reads; empty: all series.</source>
        <translation>以逗号分隔的 label=value，对规则读取的每个序列精确匹配；留空：所有序列。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="294"/>
        <source>One alert per</source>
        <translation>每个告警对应</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="295"/>
        <source>Label names separated by commas; empty: the kind&apos;s usual grouping (shown greyed).</source>
        <translation>以逗号分隔的标签名；留空：该类型的默认分组（灰色显示）。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="297"/>
        <source>Rate window</source>
        <translation>速率窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="298"/>
        <source>The [range] of the rates: the figure follows the last this long of samples.</source>
        <translation>速率的 [range]：数值跟随最近这段时间的样本。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="309"/>
        <source>e.g. 0.5</source>
        <translation>例如 0.5</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="313"/>
        <source>Fires when the figure is</source>
        <translation>触发条件：数值</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="321"/>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="322"/>
        <source>How long the condition must hold before the alert fires (pending until then); 0s fires at once.</source>
        <translation>条件需持续多久告警才触发（在此之前为待定）；0s 立即触发。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="324"/>
        <source>Keep firing for</source>
        <translation>保持触发</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="325"/>
        <source>After the condition clears, the alert keeps firing this long; 0s resolves at once.</source>
        <translation>条件解除后，告警继续触发这么久；0s 立即解除。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="328"/>
        <source>No data after</source>
        <translation>无数据时限</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="329"/>
        <source>Without a value this long, the alert says no data instead of resolving; 0s: never.</source>
        <translation>超过这么久没有数值，告警显示为无数据而不是解除；0s：从不。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="332"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="333"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="335"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="336"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="337"/>
        <source>e.g. queue {{ $labels.queue }} holds {{ $value }} tasks</source>
        <translation>例如 队列 {{ $labels.queue }} 中有 {{ $value }} 个任务</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="338"/>
        <source>Shown in the alert and sent with it: {{ $value }} is the figure ({{ $value | humanize }} rounded), {{ $labels.job }} a label of the alert instance.</source>
        <translation>显示在告警中并随之发送：{{ $value }} 为数值（{{ $value | humanize }} 为取整后的值），{{ $labels.job }} 为告警实例的标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="340"/>
        <source>team=erp</source>
        <translation>team=erp</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="342"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="343"/>
        <source>One name=value per line, added to the alert&apos;s labels (for routing in Alertmanager).</source>
        <translation>每行一个 name=value，加入告警的标签（用于 Alertmanager 路由）。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="344"/>
        <source>runbook=https://wiki.example/erp/queues</source>
        <translation>runbook=https://wiki.example/erp/queues</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="346"/>
        <source>Annotations</source>
        <translation>注解</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="347"/>
        <source>One name=value per line, sent with the notification.</source>
        <translation>每行一个 name=value，随通知发送。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="361"/>
        <source>e.g. 1m30s</source>
        <translation>例如 1m30s</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="393"/>
        <source>e.g. app_pool_usage_ratio</source>
        <translation>例如 app_pool_usage_ratio</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="397"/>
        <source>Required: every series of this metric (with the labels below) is compared on its own.</source>
        <translation>必填：该指标的每个序列（符合下面的标签）分别比较。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="399"/>
        <source>Empty for %1; name another metric of the same type to watch it instead.</source>
        <translation>留空即 %1；填写另一个同类型的指标以改为监视它。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="403"/>
        <source>histogram_quantile over the rate of the histogram&apos;s buckets.</source>
        <translation>对直方图桶的速率计算 histogram_quantile。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="404"/>
        <source>In seconds: 0.5 for 500 ms.</source>
        <translation>单位为秒：0.5 即 500 毫秒。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="407"/>
        <source>The share of http_requests_total answered with a 5xx status.</source>
        <translation>http_requests_total 中以 5xx 状态应答的占比。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="408"/>
        <source>A share from 0 to 1; &gt; 0 alerts on any 5xx.</source>
        <translation>0 到 1 之间的占比；&gt; 0 表示任何 5xx 都告警。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="411"/>
        <source>Tasks waiting: celery_queue_length and redis_queue_length.</source>
        <translation>等待中的任务：celery_queue_length 和 redis_queue_length。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="412"/>
        <source>A number of tasks.</source>
        <translation>任务数量。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="416"/>
        <source>The share of a pool in use: app_pool_usage_ratio and pg_connection_usage_ratio.</source>
        <translation>连接池的占用比例：app_pool_usage_ratio 和 pg_connection_usage_ratio。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="417"/>
        <source>A share from 0 to 1: 0.7 for 70 %.</source>
        <translation>0 到 1 之间的占比：0.7 即 70 %。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="420"/>
        <source>Keyspace hits / (hits + misses) of a Redis source, from their rates.</source>
        <translation>Redis 源的键空间命中 / (命中 + 未命中)，由其速率计算。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="421"/>
        <source>A share from 0 to 1: &lt; 0.5 alerts under 50 %.</source>
        <translation>0 到 1 之间的占比：&lt; 0.5 表示低于 50 % 时告警。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="424"/>
        <source>probe_up of each health probe: 1 while up, 0 once it counts as down.</source>
        <translation>每个健康探针的 probe_up：正常时为 1，判定为宕机后为 0。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="425"/>
        <source>== 0 alerts while the probe is down.</source>
        <translation>== 0 表示探针宕机期间告警。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="428"/>
        <source>The 0.99 quantile of a summary of task durations.</source>
        <translation>任务耗时摘要的 0.99 分位数。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="429"/>
        <source>In seconds.</source>
        <translation>单位为秒。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="432"/>
        <source>Any metric as it is scraped, as an imported Prometheus rule compares it.</source>
        <translation>按抓取到的原样使用任意指标，与导入的 Prometheus 规则的比较方式相同。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="433"/>
        <source>In the metric&apos;s own unit.</source>
        <translation>使用该指标自身的单位。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="503"/>
        <source>&quot;%1&quot; is not label=value (exact matches only: no =~, != or empty values)</source>
        <translation>“%1”不是 label=value（仅支持精确匹配：不支持 =~、!= 或空值）</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="507"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="514"/>
        <source>&quot;%1&quot; is not a duration; write e.g. 30s, 1m30s or 2h</source>
        <translation>“%1”不是时长；请写成例如 30s、1m30s 或 2h</translation>
    </message>
</context>
<context>
    <name>AlertSession</name>
    <message>
        <location filename="../../app/alertsession.cpp" line="84"/>
        <source>Alert rules could not be evaluated: %1</source>
        <translation>无法计算告警规则：%1</translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="60"/>
        <source>Alert webhook: %1 — retrying</source>
        <translation>告警 Webhook：%1 — 正在重试</translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="61"/>
        <source>Alert webhook: %1 — dropped</source>
        <translation>告警 Webhook：%1 — 已丢弃</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/alertsession.cpp" line="65"/>
        <source>Alert webhook delivered after %n attempt(s)</source>
        <translation>
            <numerusform>告警 Webhook 在 %n 次尝试后送达</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="68"/>
        <source>Alert webhook: %1</source>
        <translation>告警 Webhook：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/alertsession.cpp" line="118"/>
        <source>%n rule(s) evaluated every %1 s.</source>
        <translation>
            <numerusform>每 %1 秒计算 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="258"/>
        <source>%1 firing</source>
        <translation>%1 告警中</translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="258"/>
        <source>%1 resolved</source>
        <translation>%1 已恢复</translation>
    </message>
</context>
<context>
    <name>AlertingForm</name>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="15"/>
        <source>Evaluate the rules every</source>
        <translation>规则评估间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="16"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="16"/>
        <source>From 1 s to 1 hour; a rule&apos;s For counts in these steps.</source>
        <translation>1 秒到 1 小时；规则的“持续”按此步长计算。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="17"/>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="18"/>
        <source>e.g. http://alertmanager.example:9093/api/v2/alerts</source>
        <translation>例如 http://alertmanager.example:9093/api/v2/alerts</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="19"/>
        <source>Firing and resolved alerts are posted here as Alertmanager&apos;s webhook body (version 4), retried while the receiver is down. Empty: notifications stay in perfdash (status line, tray).</source>
        <translation>触发和解除的告警以 Alertmanager 的 webhook 格式（版本 4）发送到这里，接收方不可用时会重试。留空：通知只留在 perfdash 中（状态栏、托盘）。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="22"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="22"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="25"/>
        <source>TLS CA file</source>
        <translation>TLS CA 文件</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="25"/>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="26"/>
        <source>PEM file of the certificate authority that signed the receiver&apos;s certificate.</source>
        <translation>签发接收方证书的证书颁发机构的 PEM 文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="28"/>
        <source>Skip TLS certificate verification</source>
        <translation>跳过 TLS 证书验证</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="30"/>
        <source>⚠ Only for test receivers: anyone on the path could read the alerts and the token, or pose as the receiver.</source>
        <translation>⚠ 仅用于测试接收方：路径上的任何人都可能读取告警和令牌，或冒充接收方。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="36"/>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="37"/>
        <source>The receiver name the body carries.</source>
        <translation>消息体中携带的接收方名称。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="39"/>
        <source>External URL</source>
        <translation>外部 URL</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="39"/>
        <source>e.g. https://perfdash.example</source>
        <translation>例如 https://perfdash.example</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="40"/>
        <source>Where a reader of the notification finds this dashboard (informational).</source>
        <translation>通知的读者在哪里可以找到此仪表盘（仅供参考）。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="41"/>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="42"/>
        <source>Bearer token from</source>
        <translation>Bearer 令牌来自</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Firing</source>
        <translation>触发中</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="47"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="77"/>
        <location filename="../../widgets/alertspage.cpp" line="128"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="93"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="96"/>
        <source>Every transition, newest first</source>
        <translation>每一次状态变化，最新的在前</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="97"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="116"/>
        <source>Rules (%1)</source>
        <translation>规则（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="128"/>
        <source>Active (%1)</source>
        <translation>活动（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="67"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="69"/>
        <source>Silence for 1 hour</source>
        <translation>静默 1 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="71"/>
        <source>Unsilence</source>
        <translation>取消静默</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="138"/>
        <source> (silenced until %1)</source>
        <translation>（静默至 %1）</translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="142"/>
        <source> (acknowledged)</source>
        <translation>（已确认）</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Queue key</source>
        <translation>队列键</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Pending (streams)</source>
        <translation>待处理（流）</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="44"/>
        <source>Cache &amp; Queues</source>
        <translation>缓存与队列</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="45"/>
        <source>No Redis source in this workspace: add one on the Settings page (Ctrl+8), tab Redis. Application queues exposed on /metrics are charted on the Overview.</source>
        <translation>此工作区没有 Redis 数据源：请在“设置”页（Ctrl+8）的 Redis 标签页中添加。/metrics 暴露的应用队列显示在“概览”图表中。</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="58"/>
        <source>&lt;b&gt;Queues&lt;/b&gt;</source>
        <translation>&lt;b&gt;队列&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="88"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (at %3; next try in %4 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2（%3；%4 秒后再试）</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="109"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — Redis %2 (%3), polled at %4&lt;br&gt;Hit rate %5 · %6 ops/s · PING %7 ms&lt;br&gt;Memory %8 (%9) · clients %10 of %11, %12 blocked, %13 rejected&lt;br&gt;Evicted %14 · expired %15 · keys %16</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Redis %2（%3），轮询于 %4&lt;br&gt;命中率 %5 · %6 次操作/秒 · PING %7 毫秒&lt;br&gt;内存 %8（%9）· 客户端 %10 / %11，阻塞 %12，拒绝 %13&lt;br&gt;驱逐 %14 · 过期 %15 · 键 %16</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="114"/>
        <source>— (no lookups yet)</source>
        <translation>—（尚无查询）</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="118"/>
        <source>maxmemory %1</source>
        <translation>maxmemory %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="118"/>
        <source>no maxmemory</source>
        <translation>未设 maxmemory</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="124"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="141"/>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="389"/>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="391"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="391"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="393"/>
        <location filename="../../widgets/chartcard.cpp" line="399"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="395"/>
        <source>Save data as CSV…</source>
        <translation>将数据另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="397"/>
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="397"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="156"/>
        <source>Starting the demo target…</source>
        <translation>正在启动演示目标…</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="160"/>
        <source>Workspace %1 opened</source>
        <translation>已打开工作区 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="541"/>
        <source>Demo target running at %1</source>
        <translation>演示目标运行于 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="149"/>
        <source>embedded demo server, starting</source>
        <translation>内置演示服务，启动中</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="251"/>
        <source>The charts cannot read the data file: %1</source>
        <translation>图表无法读取数据文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="364"/>
        <source>%1 — collected data is shown but not kept</source>
        <translation>%1 — 采集的数据会显示，但不会保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboardsession.cpp" line="373"/>
        <source>keeps %n day(s)</source>
        <translation>
            <numerusform>保留 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="374"/>
        <source>keeps everything</source>
        <translation>保留全部数据</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="376"/>
        <source>, at most %1 MiB</source>
        <translation>，最多 %1 MiB</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="386"/>
        <source>%1 samples written this session, %2</source>
        <translation>本次会话已写入 %1 个样本，%2</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="392"/>
        <source>The data file is writable again; held samples are being written</source>
        <translation>数据文件恢复可写；暂存的样本正在写入</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="396"/>
        <source>%1 — collection goes on, %2 samples held in memory (oldest dropped past %3)</source>
        <translation>%1 — 采集继续进行，内存中暂存 %2 个样本（超过 %3 个时丢弃最旧的）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="413"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="417"/>
        <source>%1: %2 — still running the previous configuration</source>
        <translation>%1：%2 — 仍在使用上一个有效配置</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="429"/>
        <source>Configuration reloaded from %1</source>
        <translation>已从 %1 重新加载配置</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="439"/>
        <source>Settings not saved: %1 — still running the previous configuration</source>
        <translation>设置未保存：%1 — 仍在使用上一个配置</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="453"/>
        <source>Saved to %1 at %2; the collectors run on it.</source>
        <translation>已于 %2 保存到 %1；采集器已按新配置运行。</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="457"/>
        <source>The storage settings take effect when the workspace is next opened.</source>
        <translation>存储设置将在下次打开工作区时生效。</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="459"/>
        <source>Settings saved to %1</source>
        <translation>设置已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="483"/>
        <source>waiting for the first scrape</source>
        <translation>等待首次抓取</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="486"/>
        <source>waiting for the first check</source>
        <translation>等待首次检查</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="488"/>
        <location filename="../../app/dashboardsession.cpp" line="491"/>
        <location filename="../../app/dashboardsession.cpp" line="494"/>
        <location filename="../../app/dashboardsession.cpp" line="497"/>
        <source>waiting for the first poll</source>
        <translation>等待首次轮询</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="538"/>
        <source>embedded demo server, process %1</source>
        <translation>内置演示服务，进程 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="558"/>
        <source>%1 samples in %2 ms at %3</source>
        <translation>%1 个样本，耗时 %2 ms，时间 %3</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="564"/>
        <location filename="../../app/dashboardsession.cpp" line="589"/>
        <location filename="../../app/dashboardsession.cpp" line="640"/>
        <source>%1 (at %2)</source>
        <translation>%1（时间 %2）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="571"/>
        <source>healthy, %1 ms at %2</source>
        <translation>健康，%1 ms，时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="574"/>
        <source>%1 (%2 failures in a row, at %3)</source>
        <translation>%1（连续失败 %2 次，时间 %3）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="588"/>
        <source>%1 series at %2</source>
        <translation>%1 个序列，时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="599"/>
        <location filename="../../app/dashboardsession.cpp" line="620"/>
        <source>%1 (at %2; retry in %3 s)</source>
        <translation>%1（%2；%3 秒后重试）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="606"/>
        <source>PostgreSQL %1, connections %2 % of max, %3 waiting on locks, at %4</source>
        <translation>PostgreSQL %1，连接数占上限 %2 %，%3 个会话等待锁，%4</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="626"/>
        <source>%1 series in %2 ms at %3</source>
        <translation>%1 个序列，耗时 %2 毫秒，%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboardsession.cpp" line="644"/>
        <source>%n series at %1</source>
        <translation>
            <numerusform>%n 个序列,于 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="646"/>
        <source>; partial answer: %1</source>
        <translation>;部分结果:%1</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Waiting pid</source>
        <translation>等待 pid</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Blocked by</source>
        <translation>被阻塞于</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="51"/>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="52"/>
        <source>No PostgreSQL source in this workspace: add one on the Settings page (Ctrl+8), tab PostgreSQL.</source>
        <translation>此工作区没有 PostgreSQL 数据源：请在“设置”页（Ctrl+8）的 PostgreSQL 标签页中添加。</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Total ms</source>
        <translation>总耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Mean ms</source>
        <translation>平均耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Running</source>
        <translation>已运行</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Waiting on</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="70"/>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="71"/>
        <source>Statements by total time</source>
        <translation>按总耗时排序的语句</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="72"/>
        <source>Statements by mean time</source>
        <translation>按平均耗时排序的语句</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="73"/>
        <source>Long-running queries</source>
        <translation>长时间运行的查询</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (at %3; retry in %4 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2（%3；%4 秒后重试）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="131"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — PostgreSQL %2, polled at %3 in %4 ms&lt;br&gt;Connections: %5 % of %6 (%7)&lt;br&gt;Lock waits: %8 · oldest query %9 · oldest transaction %10&lt;br&gt;Buffer cache hit ratio (all databases, since the statistics reset): %11 · commits %12 · rollbacks %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — PostgreSQL %2，轮询于 %3，耗时 %4 毫秒&lt;br&gt;连接：占 %6 的 %5 %（%7）&lt;br&gt;锁等待：%8 · 最久查询 %9 · 最久事务 %10&lt;br&gt;缓冲区缓存命中率（所有数据库，自统计重置以来）：%11 · 提交 %12 · 回滚 %13</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="156"/>
        <source>%1 (holds)</source>
        <translation>%1（持有）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="168"/>
        <source>Statement statistics: %1</source>
        <translation>语句统计：%1</translation>
    </message>
</context>
<context>
    <name>DemoTargetLauncher</name>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="32"/>
        <source>cannot start the demo target %1: %2</source>
        <translation>无法启动演示目标 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="98"/>
        <source>crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="98"/>
        <source>exited with code %1</source>
        <translation>已退出，退出码 %1</translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="99"/>
        <source>the demo target %1</source>
        <translation>演示目标%1</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>P50 ms</source>
        <translation>P50 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>P95 ms</source>
        <translation>P95 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="48"/>
        <source>P99 ms</source>
        <translation>P99 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="48"/>
        <source>5xx %</source>
        <translation>5xx %</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="54"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="64"/>
        <source>Filter by service or path</source>
        <translation>按服务或路径筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="93"/>
        <source>Latency of the selected endpoint</source>
        <translation>所选端点的延迟</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="94"/>
        <source>Select an endpoint to chart its P50 / P95 / P99.</source>
        <translation>选择一个端点以绘制其 P50 / P95 / P99。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/endpointspage.cpp" line="107"/>
        <source>rates and percentiles over the last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟的速率与百分位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="56"/>
        <source>Restart the demo target</source>
        <translation>重启演示服务</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="98"/>
        <location filename="../../app/firstrunflow.cpp" line="111"/>
        <location filename="../../app/firstrunflow.cpp" line="218"/>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="118"/>
        <source>The workspace opened last, %1, is gone: its workspace.json no longer exists.</source>
        <translation>上次使用的工作区 %1 已不存在：其 workspace.json 已被删除。</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="124"/>
        <source>The workspace opened last, %1, cannot be opened: %2</source>
        <translation>无法打开上次使用的工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="166"/>
        <location filename="../../app/firstrunflow.cpp" line="235"/>
        <source>The demo workspace %1 cannot be opened: %2</source>
        <translation>无法打开演示工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="188"/>
        <source>A workspace named %1 already exists (%2). Choose another name, or open that folder from the welcome page.</source>
        <translation>名为 %1 的工作区已存在（%2）。请换一个名称，或在欢迎页打开该文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="197"/>
        <source>The workspace was not created: %1</source>
        <translation>未能创建工作区：%1</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="202"/>
        <source>Open a workspace folder</source>
        <translation>打开工作区文件夹</translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="212"/>
        <source>%1 is not a perfdash workspace: it has no workspace.json.</source>
        <translation>%1 不是 perfdash 工作区：其中没有 workspace.json。</translation>
    </message>
</context>
<context>
    <name>HealthProbeForm</name>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="16"/>
        <source>e.g. erp health</source>
        <translation>例如 erp health</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="17"/>
        <source>Unique among the probes; stored samples carry it as the probe label.</source>
        <translation>在所有探针中必须唯一；存储的样本以它作为 probe 标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="18"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="18"/>
        <source>https://erp.example:8443/health</source>
        <translation>https://erp.example:8443/health</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="22"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="24"/>
        <source>Expected status</source>
        <translation>预期状态码</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="27"/>
        <source>JSON field</source>
        <translation>JSON 字段</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="27"/>
        <source>e.g. components.database.status</source>
        <translation>例如 components.database.status</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="28"/>
        <source>Dotted path into the JSON body; empty: only the status is checked.</source>
        <translation>JSON 响应体中以点号分隔的字段路径；留空则只检查状态码。</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="29"/>
        <source>Expected value</source>
        <translation>预期值</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="29"/>
        <source>e.g. ok</source>
        <translation>例如 ok</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="30"/>
        <source>Compared with the field rendered as text.</source>
        <translation>与该字段的文本形式进行比较。</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="31"/>
        <source>Check interval</source>
        <translation>检查间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="31"/>
        <location filename="../../widgets/healthprobeform.cpp" line="33"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="33"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="36"/>
        <source>Failures before down</source>
        <translation>判定故障前的失败次数</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="37"/>
        <source>Consecutive failed checks that mark it down; one success brings it up.</source>
        <translation>连续失败达到此次数即判定为故障；一次成功即恢复正常。</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="38"/>
        <source>TLS CA file</source>
        <translation>TLS CA 文件</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="38"/>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="39"/>
        <source>Skip TLS certificate verification</source>
        <translation>跳过 TLS 证书校验</translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="40"/>
        <source>Only for test servers.</source>
        <translation>仅用于测试服务器。</translation>
    </message>
</context>
<context>
    <name>JsonEndpointForm</name>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="31"/>
        <source>e.g. erp performance</source>
        <translation>例如 erp performance</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="32"/>
        <source>Unique among the JSON endpoints; stored samples carry it as the job label.</source>
        <translation>在所有 JSON 端点中必须唯一；存储的样本以它作为 job 标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="34"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="34"/>
        <source>https://erp.example:8443/api/performance/metrics</source>
        <translation>https://erp.example:8443/api/performance/metrics</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="35"/>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="35"/>
        <location filename="../../widgets/jsonendpointform.cpp" line="37"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="37"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="41"/>
        <source>JSON path</source>
        <translation>JSON 路径</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="41"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="41"/>
        <source>Labels for *</source>
        <translation>* 对应的标签</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="49"/>
        <source>Mappings</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="50"/>
        <source>Path e.g. queues.*.length, metric queue_length, labels queue (one name per *, comma-separated).</source>
        <translation>例如路径 queues.*.length、指标 queue_length、标签 queue（每个 * 对应一个标签名，以逗号分隔）。</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="56"/>
        <source>Add mapping</source>
        <translation>添加映射</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="58"/>
        <source>Remove mapping</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="60"/>
        <source>Use the performance-metrics preset</source>
        <translation>使用 performance-metrics 预设</translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="62"/>
        <source>Seed 003&apos;s /api/performance/metrics: min/max/avg/total seconds and count per operation. Replaces the mappings above.</source>
        <translation>Seed 003 的 /api/performance/metrics：每个操作的 min/max/avg/total 秒数及次数。将替换上方的映射。</translation>
    </message>
</context>
<context>
    <name>LoadCompareModel</name>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="87"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="89"/>
        <source>Run A</source>
        <translation>运行 A</translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="91"/>
        <source>Run B</source>
        <translation>运行 B</translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="93"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="95"/>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
</context>
<context>
    <name>LoadLauncher</name>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="36"/>
        <source>Load a remote target?</source>
        <translation>对远程目标施压？</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="37"/>
        <source>%1 is not this machine. A load run sends it many requests. Run against it anyway?</source>
        <translation>%1 不是本机。压测会向它发送大量请求。仍要运行吗？</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="63"/>
        <source>scenario.json</source>
        <translation>scenario.json</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="70"/>
        <source>the scenario&apos;s target</source>
        <translation>场景中的目标</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="71"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="72"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="73"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="83"/>
        <source>As the scenario says</source>
        <translation>按场景设定</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="84"/>
        <source>Closed: concurrent users</source>
        <translation>封闭模型：并发用户</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="85"/>
        <source>Open: arrival rate</source>
        <translation>开放模型：到达速率</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="86"/>
        <source>scenario&apos;s</source>
        <translation>按场景</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="87"/>
        <source> users</source>
        <translation> 用户</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="92"/>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="94"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="98"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="99"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="100"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="101"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="102"/>
        <source>Max requests</source>
        <translation>最大请求数</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="105"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="107"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="131"/>
        <source>Scenario file</source>
        <translation>场景文件</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="132"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="141"/>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="142"/>
        <source>Scenario file…</source>
        <translation>场景文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="184"/>
        <source>The target is not a URL: %1</source>
        <translation>目标不是 URL：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="189"/>
        <source>Not run: %1 was not confirmed.</source>
        <translation>未运行：%1 未获确认。</translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="217"/>
        <source>%1 s elapsed, %2 s remaining</source>
        <translation>已用 %1 秒，剩余 %2 秒</translation>
    </message>
</context>
<context>
    <name>LoadRunCards</name>
    <message>
        <location filename="../../app/loadruncards.cpp" line="55"/>
        <source>No second measured yet.</source>
        <translation>尚未测得任何一秒。</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="89"/>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="89"/>
        <location filename="../../app/loadruncards.cpp" line="125"/>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="90"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="92"/>
        <source>Latency P50 / P95 / P99</source>
        <translation>延迟 P50 / P95 / P99</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="98"/>
        <source>Errors per second</source>
        <translation>每秒错误数</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="98"/>
        <location filename="../../app/loadruncards.cpp" line="127"/>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="99"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="100"/>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="101"/>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="111"/>
        <source>all endpoints</source>
        <translation>所有端点</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="123"/>
        <source>Latency P50 / P95 (time since start)</source>
        <translation>延迟 P50 / P95（自开始起）</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="124"/>
        <source>Requests per second (time since start)</source>
        <translation>每秒请求数（自开始起）</translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="127"/>
        <source>Errors per second (time since start)</source>
        <translation>每秒错误数（自开始起）</translation>
    </message>
</context>
<context>
    <name>LoadRunView</name>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>Req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>P50 ms</source>
        <translation>P50 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>P95 ms</source>
        <translation>P95 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>P99 ms</source>
        <translation>P99 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>Max ms</source>
        <translation>最大 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>Errors by kind</source>
        <translation>按类型的错误</translation>
    </message>
</context>
<context>
    <name>LoadRunsPage</name>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="41"/>
        <source>&lt;h2&gt;Load runs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;压测运行&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="45"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="46"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="49"/>
        <source>Pick a run in the history to review it.</source>
        <translation>在历史中选择一次运行以回顾。</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="50"/>
        <location filename="../../widgets/loadrunspage.cpp" line="83"/>
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="51"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="85"/>
        <source>Compare the two selected</source>
        <translation>对比所选的两次</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="87"/>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="112"/>
        <source>Select two runs in the history and compare them.</source>
        <translation>在历史中选择两次运行进行对比。</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>P95 ms</source>
        <translation>P95 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>LoadSession</name>
    <message>
        <location filename="../../app/loadsession.cpp" line="54"/>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="60"/>
        <source>Waiting for the first second…</source>
        <translation>等待第一秒…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/loadsession.cpp" line="64"/>
        <source>%1 req/s · P50 %2 ms · P95 %3 ms · P99 %4 ms · %5 active users · %n error(s) so far</source>
        <translation>
            <numerusform>%1 请求/秒 · P50 %2 毫秒 · P95 %3 毫秒 · P99 %4 毫秒 · %5 个活跃用户 · 至今 %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="76"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="78"/>
        <source>cancelled, partial results kept</source>
        <translation>已取消，保留部分结果</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="80"/>
        <source>aborted by a threshold</source>
        <translation>因阈值中止</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="84"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="106"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="117"/>
        <source>The run could not be stored: %1</source>
        <translation>无法保存该运行：%1</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="119"/>
        <source>No run yet: pick a preset or a scenario file, then Run.</source>
        <translation>尚无运行：选择预设或场景文件，然后点击运行。</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="144"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="153"/>
        <source>Pick a preset or a scenario file.</source>
        <translation>请选择预设或场景文件。</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="186"/>
        <source>%1 is not this machine: enter it as the target to confirm it.</source>
        <translation>%1 不是本机：请在“目标”中填写它以确认。</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="190"/>
        <source>Not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="218"/>
        <source>Running %1 against %2…</source>
        <translation>正在对 %2 运行 %1…</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="220"/>
        <source>%1 against %2, started %3</source>
        <translation>%1 对 %2，开始于 %3</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="305"/>
        <source>Running the acceptance steps…</source>
        <translation>正在运行验收步骤…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/loadsession.cpp" line="332"/>
        <source>Run %1: %2 requests, %n error(s); %3 of %4 checks passed</source>
        <translation>
            <numerusform>运行%1：%2 个请求，%n 个错误；%4 项检查中 %3 项通过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="360"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="394"/>
        <source>Run %1 — %2 against %3, %4, %5</source>
        <translation>运行 %1 — %2 对 %3，%4，%5</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="421"/>
        <source>A #%1</source>
        <translation>A #%1</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="422"/>
        <source>B #%1</source>
        <translation>B #%1</translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="424"/>
        <source>A: run %1, %2 (%3) — B: run %4, %5 (%6). Deltas are B against A.</source>
        <translation>A：运行 %1，%2（%3）— B：运行 %4，%5（%6）。差值为 B 相对 A。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="41"/>
        <source>perfdash</source>
        <translation>perfdash</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="66"/>
        <location filename="../../app/mainwindow.cpp" line="138"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="121"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="122"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="156"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="260"/>
        <source>Unsaved settings</source>
        <translation>未保存的设置</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="261"/>
        <source>The Settings page has changes that are not applied yet.</source>
        <translation>“设置”页中有尚未应用的更改。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="264"/>
        <source>Apply them to workspace.json before closing, or discard them?</source>
        <translation>关闭前将其应用到 workspace.json，还是放弃这些更改？</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="31"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="52"/>
        <source>&lt;b&gt;Health&lt;/b&gt;</source>
        <translation>&lt;b&gt;健康检查&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="59"/>
        <source>&lt;b&gt;Charts&lt;/b&gt; — drag across a chart to zoom, double-click to reset</source>
        <translation>&lt;b&gt;图表&lt;/b&gt; — 在图表上拖动以缩放，双击重置缩放</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="69"/>
        <source>&lt;b&gt;Targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;监控目标&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="90"/>
        <source>Overview — workspace “%1”</source>
        <translation>概览 — 工作区“%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="91"/>
        <source>Configuration: %1&lt;br&gt;Data file: %2 (SQLite, journal mode %3)</source>
        <translation>配置：%1&lt;br&gt;数据文件：%2（SQLite，日志模式 %3）</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="101"/>
        <source>Store: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="102"/>
        <source>&lt;b style=&quot;color:#c0392b&quot;&gt;Store not writing:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&quot;color:#c0392b&quot;&gt;存储无法写入：&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="7"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="9"/>
        <source>The workspace at a glance.</source>
        <translation>工作区一览。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="13"/>
        <source>Endpoints</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="15"/>
        <source>Every service and path the targets expose, with their rates and latency percentiles.</source>
        <translation>各目标暴露的所有服务与路径，及其速率和延迟分位数。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="16"/>
        <source>QPS, P50/P95/P99 latency and error % per service and path</source>
        <translation>按服务与路径统计的 QPS、P50/P95/P99 延迟和错误率</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="16"/>
        <source>Sorting and filtering</source>
        <translation>排序与筛选</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="17"/>
        <source>A chart of the selected endpoint</source>
        <translation>所选接口的图表</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="20"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="22"/>
        <source>PostgreSQL as the application sees it.</source>
        <translation>应用视角下的 PostgreSQL。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="23"/>
        <source>Connections by state against max_connections</source>
        <translation>按状态统计的连接数与 max_connections 对比</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="23"/>
        <source>Lock waits with their blocking chains</source>
        <translation>锁等待及其阻塞链</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="24"/>
        <source>Slowest statements from pg_stat_statements</source>
        <translation>pg_stat_statements 中最慢的语句</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="25"/>
        <source>Buffer cache hit ratio, commits and rollbacks</source>
        <translation>缓冲区命中率、提交与回滚</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="28"/>
        <source>Cache &amp; Queues</source>
        <translation>缓存与队列</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="30"/>
        <source>Redis and the application&apos;s work queues.</source>
        <translation>Redis 与应用的任务队列。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="31"/>
        <source>Redis hit rate, memory against maxmemory, clients, ops/s, evictions</source>
        <translation>Redis 命中率、内存与 maxmemory 对比、客户端数、ops/s、淘汰数</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="32"/>
        <source>Queue backlog per queue</source>
        <translation>各队列积压</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="35"/>
        <source>Load runs</source>
        <translation>压测</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="37"/>
        <source>Built-in load runs against the targets, and their review.</source>
        <translation>对目标执行内置压测并复盘结果。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="38"/>
        <source>100 users for 5 minutes, zero errors</source>
        <translation>100 并发持续 5 分钟无报错</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="38"/>
        <source>Cache cold/warm pairs</source>
        <translation>缓存冷/热访问对比</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="39"/>
        <source>Bulk imports and over-limit checks</source>
        <translation>批量导入与超限校验</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="39"/>
        <source>Latency percentiles per second and per endpoint</source>
        <translation>按秒、按接口的延迟分位数</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="42"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="44"/>
        <source>Threshold rules with for-durations, their states and history.</source>
        <translation>带持续时间的阈值规则、状态与历史。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="45"/>
        <source>Active alerts with acknowledge and silence</source>
        <translation>活动告警，可确认与静默</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="45"/>
        <source>Alert history</source>
        <translation>告警历史</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="45"/>
        <source>Rule editor</source>
        <translation>规则编辑器</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="48"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="50"/>
        <source>Acceptance reports to sign.</source>
        <translation>待签署的验收报告。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="51"/>
        <source>Criteria with measured value, threshold and verdict</source>
        <translation>各验收标准的实测值、阈值与结论</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="52"/>
        <source>PDF, HTML, JSON, CSV and JUnit export</source>
        <translation>导出 PDF、HTML、JSON、CSV 和 JUnit</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="55"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="57"/>
        <source>Targets, probes, database and cache sources, intervals and retention.</source>
        <translation>目标、探测、数据库与缓存数据源、采集间隔与保留策略。</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="58"/>
        <source>Editable sources with validation</source>
        <translation>可编辑并校验的数据源</translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="58"/>
        <source>Scrape intervals and retention</source>
        <translation>抓取间隔与保留策略</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../widgets/pendingpage.cpp" line="25"/>
        <source>&lt;b&gt;Not built yet.&lt;/b&gt; This page shows no data until its feature lands (issue #%1). Nothing here is simulated.</source>
        <translation>&lt;b&gt;尚未完成。&lt;/b&gt;本页在相应功能上线前不显示数据（issue #%1）。这里没有任何模拟数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/pendingpage.cpp" line="41"/>
        <source>It will show:</source>
        <translation>将会显示：</translation>
    </message>
</context>
<context>
    <name>PostgresSourceForm</name>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="16"/>
        <source>e.g. erp-db</source>
        <translation>例如 erp-db</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="17"/>
        <source>Unique among the PostgreSQL sources; the Database page lists it by this name.</source>
        <translation>在所有 PostgreSQL 数据源中必须唯一；数据库页面以此名称列出它。</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="19"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="20"/>
        <source>host=db.example port=5432 user=perfdash_monitor dbname=erp</source>
        <translation>host=db.example port=5432 user=perfdash_monitor dbname=erp</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="21"/>
        <source>A libpq conninfo: key=value pairs, a postgresql:// URI or service=NAME. The password is never written here: libpq takes it from ~/.pgpass (or passfile=), a service file or the PGPASSWORD environment variable. A role with pg_monitor is enough.</source>
        <translation>libpq conninfo：key=value 键值对、postgresql:// URI 或 service=NAME。密码绝不写在这里：libpq 会从 ~/.pgpass（或 passfile=）、服务文件或 PGPASSWORD 环境变量中读取。具有 pg_monitor 权限的角色即可。</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="27"/>
        <source>Connects to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="28"/>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="28"/>
        <location filename="../../widgets/postgressourceform.cpp" line="31"/>
        <location filename="../../widgets/postgressourceform.cpp" line="34"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="31"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="33"/>
        <source>Statement timeout</source>
        <translation>语句超时</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="34"/>
        <source>SET statement_timeout on every poll session.</source>
        <translation>在每个轮询会话中执行 SET statement_timeout。</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="36"/>
        <source>Statements listed</source>
        <translation>列出的语句数</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="37"/>
        <source>The top statements by total and by mean time from pg_stat_statements.</source>
        <translation>pg_stat_statements 中按总耗时和平均耗时排名靠前的语句。</translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="46"/>
        <source>— the connection string does not parse</source>
        <translation>— 无法解析连接字符串</translation>
    </message>
</context>
<context>
    <name>PrometheusServerForm</name>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="35"/>
        <source>e.g. fleet</source>
        <translation>例如 fleet</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="36"/>
        <source>Its series are stored with source=&quot;prom:&lt;name&gt;&quot; and charts say &quot;via prom:&lt;name&gt;&quot;.</source>
        <translation>其序列以 source=&quot;prom:&lt;名称&gt;&quot; 存储,图表标注“来自 prom:&lt;名称&gt;”。</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="37"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="40"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="40"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="40"/>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="41"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="43"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="43"/>
        <source>basic auth only</source>
        <translation>仅用于 Basic 认证</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="44"/>
        <source>password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="45"/>
        <source>Secret from</source>
        <translation>密钥来源</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="50"/>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="50"/>
        <source>system CA store</source>
        <translation>系统 CA 证书库</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="51"/>
        <source>Do not verify TLS (insecure)</source>
        <translation>不验证 TLS(不安全)</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="52"/>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="52"/>
        <location filename="../../widgets/prometheusserverform.cpp" line="53"/>
        <location filename="../../widgets/prometheusserverform.cpp" line="54"/>
        <location filename="../../widgets/prometheusserverform.cpp" line="56"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="53"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="54"/>
        <source>Rate window</source>
        <translation>速率窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="55"/>
        <source>The [window] of the generated rate() queries.</source>
        <translation>生成的 rate() 查询所用的 [窗口]。</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="56"/>
        <source>Backfill</source>
        <translation>回填</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="57"/>
        <source>History read with query_range on the first poll; 0: none.</source>
        <translation>首次轮询时用 query_range 读取的历史;0:不回填。</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="65"/>
        <source>erp-api
wms 10.0.0.7:8080</source>
        <translation>erp-api
wms 10.0.0.7:8080</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="67"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="68"/>
        <source>One job per line, optionally followed by one instance; empty: every job of the server.</source>
        <translation>每行一个 job,可在其后跟一个实例;留空:服务器上的所有 job。</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="69"/>
        <source>Pick services…</source>
        <translation>选择服务…</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="73"/>
        <source>celery_backlog = sum by (queue) (ef_celery_queue_length)</source>
        <translation>celery_backlog = sum by (queue) (ef_celery_queue_length)</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="75"/>
        <source>Own queries</source>
        <translation>自定义查询</translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="76"/>
        <source>One per line: metric name = PromQL; the results are stored under that name.</source>
        <translation>每行一个:指标名 = PromQL;结果以该指标名存储。</translation>
    </message>
</context>
<context>
    <name>RedisSourceForm</name>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="21"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="21"/>
        <source>e.g. celery-broker</source>
        <translation>例如 celery-broker</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="22"/>
        <source>Unique among the Redis sources; the Cache &amp; Queues page lists it by this name.</source>
        <translation>在所有 Redis 数据源中必须唯一；“缓存与队列”页面以此名称列出它。</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="23"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="24"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="26"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="27"/>
        <source>SELECTed after connecting; the queue keys live there.</source>
        <translation>连接后通过 SELECT 选择该库；队列键位于其中。</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="30"/>
        <source>Connect with TLS</source>
        <translation>使用 TLS 连接</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="31"/>
        <source>ACL user</source>
        <translation>ACL 用户</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="31"/>
        <source>default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="32"/>
        <source>Redis 6 ACL user name; empty for the default user.</source>
        <translation>Redis 6 ACL 用户名；留空则使用默认用户。</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="33"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="34"/>
        <source>Password from</source>
        <translation>密码来源</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="39"/>
        <source>Poll interval</source>
        <translation>轮询间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="39"/>
        <location filename="../../widgets/redissourceform.cpp" line="42"/>
        <location filename="../../widgets/redissourceform.cpp" line="45"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="42"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="45"/>
        <source>Command timeout</source>
        <translation>命令超时</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="48"/>
        <source>celery
imports</source>
        <translation>celery
imports</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="52"/>
        <source>Queue keys</source>
        <translation>队列键</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="53"/>
        <source>One key per line, read every poll: LLEN for lists (Celery queues), XLEN and pending counts for streams, ZCARD for sorted sets.</source>
        <translation>每行一个键，每次轮询时读取：列表（Celery 队列）用 LLEN，流用 XLEN 及待处理数，有序集合用 ZCARD。</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="56"/>
        <source>Discover keys matching</source>
        <translation>自动发现匹配的键</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="56"/>
        <source>e.g. queue:*</source>
        <translation>例如 queue:*</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="57"/>
        <source>Found with SCAN MATCH (never KEYS); empty: no discovery.</source>
        <translation>通过 SCAN MATCH 查找（从不使用 KEYS）；留空则不自动发现。</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="59"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="59"/>
        <source> keys</source>
        <translation> 个键</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="32"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="33"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="34"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="35"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="36"/>
        <source>JUnit</source>
        <translation>JUnit</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="46"/>
        <source>as planned</source>
        <translation>按方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="56"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;报告&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="100"/>
        <source>Acceptance plan</source>
        <translation>验收方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="103"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="105"/>
        <source>Shorten load to</source>
        <translation>负载缩短为</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="106"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="109"/>
        <source>Run plan…</source>
        <translation>运行方案…</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="112"/>
        <source>The default plan</source>
        <translation>默认方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="113"/>
        <source>A plan file…</source>
        <translation>方案文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="115"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="127"/>
        <source>The plan&apos;s progress shows here while it runs.</source>
        <translation>方案运行时在此显示进度。</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="144"/>
        <source>Pick a load run or an acceptance result to preview its report.</source>
        <translation>选择一次负载运行或验收结果以预览其报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="161"/>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="167"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="227"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="242"/>
        <source>Run an acceptance plan</source>
        <translation>运行验收方案</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="242"/>
        <source>Plans (*.json)</source>
        <translation>方案 (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportsPageModel</name>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="52"/>
        <source>Load run</source>
        <translation>负载运行</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="52"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>ReportsSession</name>
    <message>
        <location filename="../../app/reportssession.cpp" line="42"/>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="43"/>
        <source>FAIL (%1)</source>
        <translation>未通过（%1）</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="43"/>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="55"/>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="57"/>
        <source>no criteria</source>
        <translation>无验收标准</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="86"/>
        <source>load run %1 is not in the store</source>
        <translation>存储中没有负载运行 %1</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="100"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="128"/>
        <source>Cancelling the plan: what was measured so far is kept…</source>
        <translation>正在取消方案：已测得的结果将保留…</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="185"/>
        <source>The list cannot be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="208"/>
        <source>Pick a load run or an acceptance result to preview its report.</source>
        <translation>选择一次负载运行或验收结果以预览其报告。</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="221"/>
        <source>Rendering the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="243"/>
        <source>This report cannot be shown: %1</source>
        <translation>无法显示此报告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reportssession.cpp" line="252"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 · %n page(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2，%3 · %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="261"/>
        <source>Nothing to export yet: the report is still being prepared.</source>
        <translation>尚无可导出内容：报告仍在准备中。</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="269"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="274"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="274"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="286"/>
        <source>The plan was not run: %1</source>
        <translation>方案未运行：%1</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="297"/>
        <source>Running plan %1 against %2…</source>
        <translation>正在对 %2 运行方案 %1…</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="330"/>
        <source>Plan %1: %2</source>
        <translation>方案 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="332"/>
        <source> — the run was not completed: %1</source>
        <translation> — 运行未完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="334"/>
        <source> — the result could not be saved: %1</source>
        <translation> — 结果无法保存：%1</translation>
    </message>
</context>
<context>
    <name>RuleImportDialog</name>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="38"/>
        <source>&lt;b&gt;Rules perfdash evaluates&lt;/b&gt; (the checked ones are added)</source>
        <translation>&lt;b&gt;perfdash 可评估的规则&lt;/b&gt;（添加勾选的规则）</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <source>Evaluates</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="40"/>
        <source>&lt;b&gt;Rules that cannot be imported&lt;/b&gt;</source>
        <translation>&lt;b&gt;无法导入的规则&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="44"/>
        <source>Import Prometheus rules</source>
        <translation>导入 Prometheus 规则</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="65"/>
        <source>This is not a Prometheus rule file: %1</source>
        <translation>这不是 Prometheus 规则文件：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="78"/>
        <source>The file holds no alerting rules.</source>
        <translation>文件中没有告警规则。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/ruleimportdialog.cpp" line="79"/>
        <source>%n rule(s) can be imported</source>
        <translation>
            <numerusform>%n 条规则可以导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/ruleimportdialog.cpp" line="81"/>
        <source>%n cannot (listed below with why).</source>
        <translation>
            <numerusform>%n 条无法导入（原因见下）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="108"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="108"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="110"/>
        <source>renamed: %1 is taken</source>
        <translation>已重命名：%1 已被占用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/ruleimportdialog.cpp" line="138"/>
        <source>Add %n rule(s)</source>
        <translation>
            <numerusform>添加 %n 条规则</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScrapeTargetForm</name>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="21"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="21"/>
        <source>e.g. erp-api</source>
        <translation>例如 erp-api</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="22"/>
        <source>Unique among the targets; stored samples carry it as the job label.</source>
        <translation>在所有目标中必须唯一；存储的样本以它作为 job 标签。</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="23"/>
        <source>Metrics URL</source>
        <translation>指标 URL</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="23"/>
        <source>https://erp.example:8443/metrics</source>
        <translation>https://erp.example:8443/metrics</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="24"/>
        <source>Scrape interval</source>
        <translation>抓取间隔</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="24"/>
        <location filename="../../widgets/scrapetargetform.cpp" line="26"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="26"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="27"/>
        <source>At most the scrape interval, as Prometheus requires.</source>
        <translation>不能超过抓取间隔，这是 Prometheus 的要求。</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="29"/>
        <source>Largest response</source>
        <translation>最大响应大小</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="30"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="31"/>
        <source>A larger response is cut off and the scrape fails with that reason.</source>
        <translation>超出此大小的响应会被截断，本次抓取失败并注明此原因。</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="33"/>
        <source>TLS CA file</source>
        <translation>TLS CA 文件</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="33"/>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="34"/>
        <source>PEM file of the certificate authority that signed the server&apos;s certificate.</source>
        <translation>签发服务器证书的 CA（证书颁发机构）的 PEM 文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="36"/>
        <source>Skip TLS certificate verification</source>
        <translation>跳过 TLS 证书校验</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="37"/>
        <source>Only for test servers: anyone on the path could read and alter the scrape.</source>
        <translation>仅用于测试服务器：通信链路上的任何人都可以读取和篡改抓取内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="39"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="40"/>
        <source>Basic (user and password)</source>
        <translation>Basic（用户名和密码）</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="41"/>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="42"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="43"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="43"/>
        <source>e.g. perfdash</source>
        <translation>例如 perfdash</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="44"/>
        <location filename="../../widgets/scrapetargetform.cpp" line="64"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="45"/>
        <source>Secret from</source>
        <translation>凭据来源</translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="64"/>
        <source>token</source>
        <translation>令牌</translation>
    </message>
</context>
<context>
    <name>SecretSourceEdit</name>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="19"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="20"/>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="21"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="70"/>
        <source>No %1 is sent.</source>
        <translation>不发送%1。</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="73"/>
        <source>e.g. ERP_METRICS_TOKEN</source>
        <translation>例如 ERP_METRICS_TOKEN</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="74"/>
        <source>Name of the environment variable that holds the %1, read when perfdash connects. Never the %1 itself: the workspace file stores no secret.</source>
        <translation>保存%1的环境变量名，perfdash 连接时读取。请勿填写%1本身：工作区文件不保存任何机密。</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="79"/>
        <source>e.g. /run/secrets/erp-token</source>
        <translation>例如 /run/secrets/erp-token</translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="80"/>
        <source>Path of a file whose first line is the %1, read when perfdash connects. The workspace file stores only the path.</source>
        <translation>首行为%1的文件的路径，perfdash 连接时读取。工作区文件只保存该路径。</translation>
    </message>
</context>
<context>
    <name>ServicePickerDialog</name>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="28"/>
        <source>Asking the server for its targets…</source>
        <translation>正在向服务器查询其抓取目标…</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="31"/>
        <source>Pick services</source>
        <translation>选择服务</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Job</source>
        <translation>任务 (job)</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Last scrape</source>
        <translation>上次抓取</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="66"/>
        <source>%1 (%2 ms)</source>
        <translation>%1(%2 毫秒)</translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="82"/>
        <source>The server has no scrape targets.</source>
        <translation>服务器没有抓取目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/servicepickerdialog.cpp" line="83"/>
        <source>%n target(s); check the services to watch.</source>
        <translation>
            <numerusform>%n 个目标;勾选要监视的服务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="89"/>
        <source>The server could not list its targets: %1</source>
        <translation>服务器无法列出其目标:%1</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../widgets/settingsform.cpp" line="99"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="41"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="71"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="95"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="96"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="100"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="110"/>
        <source>What this workspace watches. Apply saves it and the collectors follow at once.</source>
        <translation>此工作区的监控内容。点击“应用”即保存，采集器会立即按新配置运行。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="116"/>
        <source>This is the demo workspace: its scrape target, health probe and JSON endpoint follow the embedded demo target and are written anew each time it starts. PostgreSQL and Redis sources and the storage settings you add are kept.</source>
        <translation>这是演示工作区：其抓取目标、健康检查探针和 JSON 端点与内置演示目标保持一致，每次启动时都会重新写入。你添加的 PostgreSQL 和 Redis 数据源以及存储设置会被保留。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="125"/>
        <source>Scrape targets</source>
        <translation>抓取目标</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="126"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="127"/>
        <source>No scrape targets. Add one to scrape a Prometheus /metrics endpoint: request rates, latency histograms, pool and queue gauges.</source>
        <translation>没有抓取目标。添加一个目标以抓取 Prometheus /metrics 端点：请求速率、延迟直方图、连接池和队列指标。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="132"/>
        <source>Health probes</source>
        <translation>健康检查探针</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="132"/>
        <source>probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="133"/>
        <source>No health probes. Add one to check a /health endpoint on a schedule: the status it answers and, optionally, a field of its JSON body.</source>
        <translation>没有健康检查探针。添加一个探针以定时检查 /health 端点：检查其返回的状态码，还可选择检查 JSON 响应体中的某个字段。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="139"/>
        <source>JSON endpoints</source>
        <translation>JSON 端点</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="139"/>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="140"/>
        <source>No JSON endpoints. Add one to turn numbers of a JSON document (such as /api/performance/metrics) into series.</source>
        <translation>没有 JSON 端点。添加一个端点，将 JSON 文档（如 /api/performance/metrics）中的数值转换为时间序列。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="145"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="146"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="147"/>
        <source>No PostgreSQL sources. Add one to watch connections, lock waits and the slowest statements of a server.</source>
        <translation>没有 PostgreSQL 数据源。添加一个数据源以监控服务器的连接、锁等待和最慢的语句。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="152"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="152"/>
        <source>redis</source>
        <translation>redis</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="153"/>
        <source>No Redis sources. Add one to watch hit rate, memory, clients and the backlog of work queues.</source>
        <translation>没有 Redis 数据源。添加一个数据源以监控命中率、内存、客户端以及任务队列积压。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="160"/>
        <source>Prometheus servers</source>
        <translation>Prometheus 服务器</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="160"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="161"/>
        <source>No Prometheus servers. Add one to watch a fleet through the Prometheus (or Thanos, Mimir, VictoriaMetrics) that already scrapes it.</source>
        <translation>没有 Prometheus 服务器。添加一个,即可通过已在抓取集群的 Prometheus(或 Thanos、Mimir、VictoriaMetrics)监视整个集群。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="192"/>
        <source>Drop the unsaved edits and show the saved configuration</source>
        <translation>丢弃未保存的更改，显示已保存的配置</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="194"/>
        <source>Save to workspace.json and run the collectors on it (Ctrl+S)</source>
        <translation>保存到 workspace.json 并让采集器按其运行（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="214"/>
        <source>What this workspace watches. Apply saves it to %1 and the collectors follow at once.</source>
        <translation>此工作区的监控内容。点击“应用”会保存到 %1，采集器会立即按新配置运行。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="232"/>
        <source>workspace.json was changed on disk; showing what it holds now.</source>
        <translation>workspace.json 已在磁盘上被修改；现显示其当前内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="237"/>
        <source>workspace.json was changed on disk and the collectors run on it now. Your unsaved edits are kept: Apply replaces the file with them, Revert shows the file&apos;s version.</source>
        <translation>workspace.json 已在磁盘上被修改，采集器现已按该文件运行。你未保存的更改仍然保留：“应用”会用这些更改覆盖该文件，“还原”则显示文件中的版本。</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="244"/>
        <source>workspace.json was changed on disk but not taken up: %1</source>
        <translation>workspace.json 已在磁盘上被修改，但未被采用：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="254"/>
        <source>Not saved: %1. Your edits are kept; the collectors still run on the saved configuration.</source>
        <translation>未保存：%1。你的更改仍然保留；采集器仍按已保存的配置运行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/settingspage.cpp" line="329"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/settingspage.cpp" line="330"/>
        <source>&lt;b&gt;%n problem(s) to fix before Apply:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;应用前需修复 %n 个问题：&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="340"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="341"/>
        <source>&lt;b&gt;Unsaved changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;未保存的更改&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="342"/>
        <source>&lt;b&gt;Unsaved changes&lt;/b&gt; (not valid yet)</source>
        <translation>&lt;b&gt;未保存的更改&lt;/b&gt;（尚未通过校验）</translation>
    </message>
    <message>
        <location filename="../../widgets/settingssection.h" line="105"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="19"/>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="20"/>
        <source>NewRule</source>
        <translation>NewRule</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="21"/>
        <source>No alert rules: nothing alerts. Add one, restore the shipped rules or import a Prometheus rule file.</source>
        <translation>没有告警规则：不会发出任何告警。请添加一条、恢复内置规则或导入 Prometheus 规则文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="32"/>
        <source>Restore shipped rules</source>
        <translation>恢复内置规则</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="35"/>
        <source>Adds the rules perfdash ships whose names are missing; your rules and edits stay</source>
        <translation>添加 perfdash 内置规则中名称缺失的那些；您的规则和修改保持不变</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="37"/>
        <source>Import Prometheus rules…</source>
        <translation>导入 Prometheus 规则…</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="40"/>
        <source>Adds rules of a Prometheus rule file (.yml) that perfdash can evaluate</source>
        <translation>添加 Prometheus 规则文件（.yml）中 perfdash 能评估的规则</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="88"/>
        <source>Every shipped rule is there; nothing added.</source>
        <translation>所有内置规则都在；未添加任何规则。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/alertrulessection.cpp" line="89"/>
        <source>Added %n shipped rule(s): %1.</source>
        <translation>
            <numerusform>已添加 %n 条内置规则：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="96"/>
        <source>Import Prometheus rules</source>
        <translation>导入 Prometheus 规则</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="97"/>
        <source>Prometheus rule files (*.yml *.yaml);;All files (*)</source>
        <translation>Prometheus 规则文件 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="102"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="114"/>
        <source>Import Prometheus rules from %1</source>
        <translation>从 %1 导入 Prometheus 规则</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/alertrulessection.cpp" line="117"/>
        <source>Added %n imported rule(s).</source>
        <translation>
            <numerusform>已添加 %n 条导入的规则。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceListEditor</name>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="11"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="12"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="13"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="65"/>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../widgets/sourcepage.cpp" line="100"/>
        <source>Source “%1”: waiting for the first poll.</source>
        <translation>数据源“%1”：等待首次轮询。</translation>
    </message>
</context>
<context>
    <name>StorageForm</name>
    <message>
        <location filename="../../widgets/storageform.cpp" line="9"/>
        <source>Keep samples for</source>
        <translation>样本保留期</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="10"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="10"/>
        <source>Older samples are deleted. 0 keeps everything.</source>
        <translation>更早的样本会被删除。0 表示全部保留。</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="11"/>
        <source>ever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="13"/>
        <source>Largest data file</source>
        <translation>数据文件大小上限</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="13"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="14"/>
        <source>Past this size the oldest data goes first. 0 for no limit, else at least 16 MiB.</source>
        <translation>超过此大小时优先删除最旧的数据。0 表示不限制，否则至少为 16 MiB。</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="15"/>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="17"/>
        <source>Storage settings take effect the next time the workspace is opened.</source>
        <translation>存储设置将在下次打开工作区时生效。</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="27"/>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="33"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="35"/>
        <source>Not monitored yet</source>
        <translation>尚未监控</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="103"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="105"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="107"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="29"/>
        <source>Up</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="31"/>
        <source>Down</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="43"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="45"/>
        <source>Health</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="47"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="49"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="51"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="53"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="55"/>
        <source>Prometheus server</source>
        <translation>Prometheus 服务器</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="99"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="101"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="21"/>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="22"/>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="23"/>
        <source>Last 1 hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="24"/>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="25"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="26"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="67"/>
        <location filename="../../widgets/timerangebar.cpp" line="233"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="68"/>
        <source>Back to the chosen span, following the clock (Alt+0, or double-click a chart)</source>
        <translation>恢复到所选时间跨度并跟随当前时间（Alt+0，或双击图表）</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="74"/>
        <location filename="../../widgets/timerangebar.cpp" line="229"/>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="76"/>
        <source>The span every chart shows (Alt+1 … Alt+6)</source>
        <translation>所有图表显示的时间跨度（Alt+1 … Alt+6）</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="90"/>
        <source>How often live charts are redrawn</source>
        <translation>实时图表的刷新频率</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="92"/>
        <source>every %1 s</source>
        <translation>每 %1 s</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="101"/>
        <source>Follow the clock (on) or keep the charts as they are (off) — Alt+L</source>
        <translation>跟随当前时间（开）或保持图表不变（关）— Alt+L</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="183"/>
        <source>Custom time range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="195"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="196"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="204"/>
        <source>“From” must be before “To”.</source>
        <translation>“开始”必须早于“结束”。</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="230"/>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="231"/>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="232"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="234"/>
        <source>Live / pause</source>
        <translation>实时 / 暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="258"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="258"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="265"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../app/trayicon.cpp" line="47"/>
        <location filename="../../app/trayicon.cpp" line="64"/>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <location filename="../../app/trayicon.cpp" line="52"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续运行</translation>
    </message>
    <message>
        <location filename="../../app/trayicon.cpp" line="58"/>
        <source>Quit perfdash</source>
        <translation>退出 perfdash</translation>
    </message>
    <message>
        <location filename="../../app/trayicon.cpp" line="64"/>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <location filename="../../app/traystatus.cpp" line="28"/>
        <source>No alerts firing</source>
        <translation>没有正在触发的告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/traystatus.cpp" line="28"/>
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n 条告警正在触发</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/traystatus.cpp" line="34"/>
        <source>perfdash — no workspace open</source>
        <translation>perfdash — 未打开工作区</translation>
    </message>
    <message>
        <location filename="../../app/traystatus.cpp" line="35"/>
        <source>perfdash — %1</source>
        <translation>perfdash — %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="78"/>
        <source>Welcome to perfdash</source>
        <translation>欢迎使用 perfdash</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="82"/>
        <source>Prove that a web system meets its performance acceptance criteria: live latency percentiles, cache, pools and queues with alerts, load runs and a signed-off report.</source>
        <translation>证明 Web 系统满足性能验收标准：实时延迟百分位、缓存、连接池与队列及告警，压测运行，以及签字确认的报告。</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="96"/>
        <source>Explore the demo</source>
        <translation>体验演示</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="100"/>
        <source>See it working</source>
        <translation>看看实际效果</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="101"/>
        <source>perfdash starts its demo server on this machine (127.0.0.1 only) and watches it: every chart fills within seconds, alerts fire, load runs and reports work.</source>
        <translation>perfdash 在本机启动演示服务（仅 127.0.0.1）并进行监控：图表数秒内即有数据，告警会触发，压测和报告均可使用。</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="105"/>
        <source>Start with my own system</source>
        <translation>从我自己的系统开始</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="108"/>
        <source>Watch your service</source>
        <translation>监控你的服务</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="109"/>
        <source>Point perfdash at your service&apos;s Prometheus /metrics endpoint, test it, and the dashboard opens on a new workspace of your own.</source>
        <translation>将 perfdash 指向你的服务的 Prometheus /metrics 端点并测试，随后仪表盘会在你自己的新工作区中打开。</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="145"/>
        <source>Open a workspace folder…</source>
        <translation>打开工作区文件夹…</translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="170"/>
        <source>Workspaces are kept in %1</source>
        <translation>工作区保存在 %1</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../app/overviewcards.cpp" line="18"/>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="21"/>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="50"/>
        <source>No data: %1.</source>
        <translation>暂无数据：%1。</translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="51"/>
        <source>The store could not answer: %1</source>
        <translation>存储无法应答：%1</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../core/panels/panelbuilding.cpp" line="35"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="55"/>
        <source>Latency P50 / P95 / P99</source>
        <translation>延迟 P50 / P95 / P99</translation>
    </message>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="73"/>
        <source>%1 %2: latency P50 / P95 / P99</source>
        <translation>%1 %2：延迟 P50 / P95 / P99</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="30"/>
        <source>P95 ≤ 500 ms</source>
        <translation>P95 ≤ 500 毫秒</translation>
    </message>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="76"/>
        <source>no traffic on this endpoint in this range</source>
        <translation>此时间范围内该端点没有流量</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="57"/>
        <source>no http_request_duration_seconds histogram with traffic in this range</source>
        <translation>此时间范围内没有带流量的 http_request_duration_seconds 直方图</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="60"/>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="62"/>
        <source>no http_requests_total counter seen twice in this range</source>
        <translation>此时间范围内 http_requests_total 计数器未被采集到两次</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="65"/>
        <source>5xx ratio</source>
        <translation>5xx 比例</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="66"/>
        <source>zero errors</source>
        <translation>零错误</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="71"/>
        <source>no requests in this range</source>
        <translation>此时间范围内没有请求</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="74"/>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="75"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="83"/>
        <source>alert under 50 %</source>
        <translation>低于 50 % 告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="80"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="82"/>
        <source>no cache lookups (cache_hits_total / cache_misses_total) and no Redis source</source>
        <translation>没有缓存查询（cache_hits_total / cache_misses_total），也没有 Redis 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="85"/>
        <source>Connection-pool usage</source>
        <translation>连接池使用率</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="86"/>
        <source>alert over 70 %</source>
        <translation>高于 70 % 告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="90"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="91"/>
        <source>no application pool gauges (…_pool_size) and no PostgreSQL source</source>
        <translation>没有应用连接池指标（…_pool_size），也没有 PostgreSQL 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="94"/>
        <source>Queue backlog</source>
        <translation>队列积压</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="95"/>
        <source>alert over 50</source>
        <translation>高于 50 告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="99"/>
        <source>no queue length gauges (celery_queue_length) and no Redis queue keys</source>
        <translation>没有队列长度指标（celery_queue_length），也没有 Redis 队列键</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="102"/>
        <source>Health-check latency</source>
        <translation>健康检查延迟</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="104"/>
        <source>no health-check results in this range</source>
        <translation>此时间范围内没有健康检查结果</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="30"/>
        <source>Database connections</source>
        <translation>数据库连接数</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="35"/>
        <source>max_connections</source>
        <translation>max_connections</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="41"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="52"/>
        <source>no PostgreSQL source</source>
        <translation>没有 PostgreSQL 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="41"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="52"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="110"/>
        <source>no poll of this source in this range</source>
        <translation>此时间范围内没有该数据源的轮询结果</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="47"/>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="50"/>
        <source>waiting sessions</source>
        <translation>等待中的会话</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="58"/>
        <source>Transactions</source>
        <translation>事务</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="60"/>
        <source>commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="62"/>
        <source>rollbacks</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="64"/>
        <source>no PostgreSQL source polled twice in this range</source>
        <translation>此时间范围内没有被轮询过两次的 PostgreSQL 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="70"/>
        <source>Buffer cache hit ratio</source>
        <translation>缓冲区缓存命中率</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="75"/>
        <source>hit ratio</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="76"/>
        <source>no block reads or hits in this range</source>
        <translation>此时间范围内没有块读取或命中</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="82"/>
        <source>Redis hit rate</source>
        <translation>Redis 命中率</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="88"/>
        <source>hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="89"/>
        <source>no keyspace lookups in this range</source>
        <translation>此时间范围内没有键空间查找</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="95"/>
        <source>Redis memory</source>
        <translation>Redis 内存</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="96"/>
        <source>alert over 90 % of maxmemory</source>
        <translation>超过 maxmemory 的 90 % 时告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="99"/>
        <source>used of maxmemory</source>
        <translation>已用 / maxmemory</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="100"/>
        <source>no Redis source with maxmemory set</source>
        <translation>没有设置了 maxmemory 的 Redis 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="106"/>
        <source>Redis clients</source>
        <translation>Redis 客户端</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="109"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="110"/>
        <source>no Redis source</source>
        <translation>没有 Redis 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="116"/>
        <source>Redis commands</source>
        <translation>Redis 命令</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="119"/>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="120"/>
        <source>no Redis source polled twice in this range</source>
        <translation>此时间范围内没有被轮询两次的 Redis 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/prometheussourcepanels.cpp" line="32"/>
        <source>%1 via %2</source>
        <translation>%1(来自 %2)</translation>
    </message>
    <message>
        <location filename="../../core/panels/prometheussourcepanels.cpp" line="54"/>
        <source>P95 %1 %2 via %3</source>
        <translation>P95 %1 %2(来自 %3)</translation>
    </message>
</context>
</TS>
