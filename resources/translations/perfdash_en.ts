<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddTargetForm</name>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="31"/>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="31"/>
        <source>e.g. erp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="32"/>
        <source>A folder of that name keeps its settings and everything collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="33"/>
        <source>Metrics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="33"/>
        <source>https://erp.example:8443/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="34"/>
        <source>Your service&apos;s Prometheus endpoint (text format or OpenMetrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="35"/>
        <source>Health URL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="36"/>
        <source>https://erp.example:8443/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="37"/>
        <source>Checked every 5 s; down after three failures in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="75"/>
        <source>a workspace name is needed, without &apos;/&apos; and not starting with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetform.cpp" line="78"/>
        <source>the metrics URL is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTargetPage</name>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="76"/>
        <source>Start with my own system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="79"/>
        <source>Add your first target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="82"/>
        <source>perfdash reads your service&apos;s Prometheus &lt;b&gt;/metrics&lt;/b&gt; endpoint: latency histograms, request counters, pools and queues. Enter its URL and test it. TLS, authentication, databases and Redis are added later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="96"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="98"/>
        <source>Scrape the metrics URL once and show what it exposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="106"/>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="140"/>
        <source>Enter a valid metrics URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="157"/>
        <source>Scraping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="165"/>
        <source>&lt;b&gt;The scrape failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/addtargetpage.cpp" line="168"/>
        <source>&lt;b&gt;Success.&lt;/b&gt; %n metric famil(y/ies)</source>
        <translation>
            <numerusform>&lt;b&gt;Success.&lt;/b&gt; %n metric family</numerusform>
            <numerusform>&lt;b&gt;Success.&lt;/b&gt; %n metric families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/addtargetpage.cpp" line="169"/>
        <source>, %n sample(s) in %1 ms.</source>
        <translation>
            <numerusform>, %n sample in %1 ms.</numerusform>
            <numerusform>, %n samples in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="172"/>
        <source>HTTP request histograms found: the latency cards will fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/addtargetpage.cpp" line="173"/>
        <source>No http_request_duration_seconds histogram: the latency cards will stay empty, the other figures are charted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRuleForm</name>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="200"/>
        <source>Latency quantile (histogram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="202"/>
        <source>5xx error ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="204"/>
        <source>Queue length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="206"/>
        <source>Pool in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="208"/>
        <source>Redis hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="210"/>
        <source>Health check down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="212"/>
        <source>Task duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="214"/>
        <source>Gauge (any metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="228"/>
        <source>P%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="231"/>
        <source>5xx share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="234"/>
        <source>queue length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="237"/>
        <source>pool in use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="240"/>
        <source>Redis hit rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="246"/>
        <source>P99 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="249"/>
        <source>&lt;metric&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="254"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="258"/>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="272"/>
        <source>Evaluates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="274"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="274"/>
        <source>e.g. CheckoutLatencyHigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="275"/>
        <source>Unique among the rules; alerts and notifications carry it as alertname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="279"/>
        <source>Watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="281"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="288"/>
        <source>Quantile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="288"/>
        <source>0.95 for P95, 0.99 for P99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="290"/>
        <source>Only series with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="290"/>
        <source>e.g. job=erp-api, queue=import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="291"/>
        <source>label=value pairs separated by commas, matched exactly on every series the rule reads; empty: all series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="294"/>
        <source>One alert per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="295"/>
        <source>Label names separated by commas; empty: the kind&apos;s usual grouping (shown greyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="297"/>
        <source>Rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="298"/>
        <source>The [range] of the rates: the figure follows the last this long of samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="309"/>
        <source>e.g. 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="313"/>
        <source>Fires when the figure is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="321"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="322"/>
        <source>How long the condition must hold before the alert fires (pending until then); 0s fires at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="324"/>
        <source>Keep firing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="325"/>
        <source>After the condition clears, the alert keeps firing this long; 0s resolves at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="328"/>
        <source>No data after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="329"/>
        <source>Without a value this long, the alert says no data instead of resolving; 0s: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="332"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="333"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="335"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="336"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="337"/>
        <source>e.g. queue {{ $labels.queue }} holds {{ $value }} tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="338"/>
        <source>Shown in the alert and sent with it: {{ $value }} is the figure ({{ $value | humanize }} rounded), {{ $labels.job }} a label of the alert instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="340"/>
        <source>team=erp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="342"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="343"/>
        <source>One name=value per line, added to the alert&apos;s labels (for routing in Alertmanager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="344"/>
        <source>runbook=https://wiki.example/erp/queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="346"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="347"/>
        <source>One name=value per line, sent with the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="361"/>
        <source>e.g. 1m30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="393"/>
        <source>e.g. app_pool_usage_ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="397"/>
        <source>Required: every series of this metric (with the labels below) is compared on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="399"/>
        <source>Empty for %1; name another metric of the same type to watch it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="403"/>
        <source>histogram_quantile over the rate of the histogram&apos;s buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="404"/>
        <source>In seconds: 0.5 for 500 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="407"/>
        <source>The share of http_requests_total answered with a 5xx status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="408"/>
        <source>A share from 0 to 1; &gt; 0 alerts on any 5xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="411"/>
        <source>Tasks waiting: celery_queue_length and redis_queue_length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="412"/>
        <source>A number of tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="416"/>
        <source>The share of a pool in use: app_pool_usage_ratio and pg_connection_usage_ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="417"/>
        <source>A share from 0 to 1: 0.7 for 70 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="420"/>
        <source>Keyspace hits / (hits + misses) of a Redis source, from their rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="421"/>
        <source>A share from 0 to 1: &lt; 0.5 alerts under 50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="424"/>
        <source>probe_up of each health probe: 1 while up, 0 once it counts as down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="425"/>
        <source>== 0 alerts while the probe is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="428"/>
        <source>The 0.99 quantile of a summary of task durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="429"/>
        <source>In seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="432"/>
        <source>Any metric as it is scraped, as an imported Prometheus rule compares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="433"/>
        <source>In the metric&apos;s own unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="503"/>
        <source>&quot;%1&quot; is not label=value (exact matches only: no =~, != or empty values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="507"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertruleform.cpp" line="514"/>
        <source>&quot;%1&quot; is not a duration; write e.g. 30s, 1m30s or 2h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSession</name>
    <message>
        <location filename="../../app/alertsession.cpp" line="60"/>
        <source>Alert webhook: %1 — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="61"/>
        <source>Alert webhook: %1 — dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/alertsession.cpp" line="65"/>
        <source>Alert webhook delivered after %n attempt(s)</source>
        <translation>
            <numerusform>Alert webhook delivered after %n attempt</numerusform>
            <numerusform>Alert webhook delivered after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="68"/>
        <source>Alert webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="84"/>
        <source>Alert rules could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/alertsession.cpp" line="118"/>
        <source>%n rule(s) evaluated every %1 s.</source>
        <translation>
            <numerusform>%n rule evaluated every %1 s.</numerusform>
            <numerusform>%n rules evaluated every %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="258"/>
        <source>%1 firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alertsession.cpp" line="258"/>
        <source>%1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertingForm</name>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="15"/>
        <source>Evaluate the rules every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="16"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="16"/>
        <source>From 1 s to 1 hour; a rule&apos;s For counts in these steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="17"/>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="18"/>
        <source>e.g. http://alertmanager.example:9093/api/v2/alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="19"/>
        <source>Firing and resolved alerts are posted here as Alertmanager&apos;s webhook body (version 4), retried while the receiver is down. Empty: notifications stay in perfdash (status line, tray).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="22"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="22"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="25"/>
        <source>TLS CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="25"/>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="26"/>
        <source>PEM file of the certificate authority that signed the receiver&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="28"/>
        <source>Skip TLS certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="30"/>
        <source>⚠ Only for test receivers: anyone on the path could read the alerts and the token, or pose as the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="36"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="37"/>
        <source>The receiver name the body carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="39"/>
        <source>External URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="39"/>
        <source>e.g. https://perfdash.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="40"/>
        <source>Where a reader of the notification finds this dashboard (informational).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="41"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertingform.cpp" line="42"/>
        <source>Bearer token from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="37"/>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="40"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="42"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="47"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="67"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="69"/>
        <source>Silence for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="71"/>
        <source>Unsilence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="77"/>
        <location filename="../../widgets/alertspage.cpp" line="128"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="93"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="96"/>
        <source>Every transition, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="97"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="116"/>
        <source>Rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="128"/>
        <source>Active (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="138"/>
        <source> (silenced until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertspage.cpp" line="142"/>
        <source> (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="44"/>
        <source>Cache &amp; Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="45"/>
        <source>No Redis source in this workspace: add one on the Settings page (Ctrl+8), tab Redis. Application queues exposed on /metrics are charted on the Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Queue key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="48"/>
        <source>Pending (streams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="58"/>
        <source>&lt;b&gt;Queues&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="88"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (at %3; next try in %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="109"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — Redis %2 (%3), polled at %4&lt;br&gt;Hit rate %5 · %6 ops/s · PING %7 ms&lt;br&gt;Memory %8 (%9) · clients %10 of %11, %12 blocked, %13 rejected&lt;br&gt;Evicted %14 · expired %15 · keys %16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="114"/>
        <source>— (no lookups yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="118"/>
        <source>maxmemory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="118"/>
        <source>no maxmemory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="124"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="141"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="389"/>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="391"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="391"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="393"/>
        <location filename="../../widgets/chartcard.cpp" line="399"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="395"/>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="397"/>
        <source>Save chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="397"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="149"/>
        <source>embedded demo server, starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="156"/>
        <source>Starting the demo target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="160"/>
        <source>Workspace %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="251"/>
        <source>The charts cannot read the data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="364"/>
        <source>%1 — collected data is shown but not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboardsession.cpp" line="373"/>
        <source>keeps %n day(s)</source>
        <translation>
            <numerusform>keeps %n day</numerusform>
            <numerusform>keeps %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="374"/>
        <source>keeps everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="376"/>
        <source>, at most %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="386"/>
        <source>%1 samples written this session, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="392"/>
        <source>The data file is writable again; held samples are being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="396"/>
        <source>%1 — collection goes on, %2 samples held in memory (oldest dropped past %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="413"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="417"/>
        <source>%1: %2 — still running the previous configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="429"/>
        <source>Configuration reloaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="439"/>
        <source>Settings not saved: %1 — still running the previous configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="453"/>
        <source>Saved to %1 at %2; the collectors run on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="457"/>
        <source>The storage settings take effect when the workspace is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="459"/>
        <source>Settings saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="483"/>
        <source>waiting for the first scrape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="486"/>
        <source>waiting for the first check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="488"/>
        <location filename="../../app/dashboardsession.cpp" line="491"/>
        <location filename="../../app/dashboardsession.cpp" line="494"/>
        <location filename="../../app/dashboardsession.cpp" line="497"/>
        <source>waiting for the first poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="538"/>
        <source>embedded demo server, process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="541"/>
        <source>Demo target running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="558"/>
        <source>%1 samples in %2 ms at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="564"/>
        <location filename="../../app/dashboardsession.cpp" line="589"/>
        <location filename="../../app/dashboardsession.cpp" line="640"/>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="571"/>
        <source>healthy, %1 ms at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="574"/>
        <source>%1 (%2 failures in a row, at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="588"/>
        <source>%1 series at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="599"/>
        <location filename="../../app/dashboardsession.cpp" line="620"/>
        <source>%1 (at %2; retry in %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="606"/>
        <source>PostgreSQL %1, connections %2 % of max, %3 waiting on locks, at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="626"/>
        <source>%1 series in %2 ms at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboardsession.cpp" line="644"/>
        <source>%n series at %1</source>
        <translation>
            <numerusform>%n series at %1</numerusform>
            <numerusform>%n series at %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="646"/>
        <source>; partial answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="51"/>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="52"/>
        <source>No PostgreSQL source in this workspace: add one on the Settings page (Ctrl+8), tab PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Waiting pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="55"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Total ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Mean ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="58"/>
        <location filename="../../widgets/databasepage.cpp" line="61"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="65"/>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="70"/>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="71"/>
        <source>Statements by total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="72"/>
        <source>Statements by mean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="73"/>
        <source>Long-running queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (at %3; retry in %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="131"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — PostgreSQL %2, polled at %3 in %4 ms&lt;br&gt;Connections: %5 % of %6 (%7)&lt;br&gt;Lock waits: %8 · oldest query %9 · oldest transaction %10&lt;br&gt;Buffer cache hit ratio (all databases, since the statistics reset): %11 · commits %12 · rollbacks %13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="156"/>
        <source>%1 (holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="168"/>
        <source>Statement statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTargetLauncher</name>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="32"/>
        <source>cannot start the demo target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="98"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="98"/>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="99"/>
        <source>the demo target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>P50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>P95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="48"/>
        <source>P99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="48"/>
        <source>5xx %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="54"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="64"/>
        <source>Filter by service or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="93"/>
        <source>Latency of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="94"/>
        <source>Select an endpoint to chart its P50 / P95 / P99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/endpointspage.cpp" line="107"/>
        <source>rates and percentiles over the last %n minute(s)</source>
        <translation>
            <numerusform>rates and percentiles over the last %n minute</numerusform>
            <numerusform>rates and percentiles over the last %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="56"/>
        <source>Restart the demo target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="98"/>
        <location filename="../../app/firstrunflow.cpp" line="111"/>
        <location filename="../../app/firstrunflow.cpp" line="218"/>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="118"/>
        <source>The workspace opened last, %1, is gone: its workspace.json no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="124"/>
        <source>The workspace opened last, %1, cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="166"/>
        <location filename="../../app/firstrunflow.cpp" line="235"/>
        <source>The demo workspace %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="188"/>
        <source>A workspace named %1 already exists (%2). Choose another name, or open that folder from the welcome page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="197"/>
        <source>The workspace was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="202"/>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/firstrunflow.cpp" line="212"/>
        <source>%1 is not a perfdash workspace: it has no workspace.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthProbeForm</name>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="16"/>
        <source>e.g. erp health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="17"/>
        <source>Unique among the probes; stored samples carry it as the probe label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="18"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="18"/>
        <source>https://erp.example:8443/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="22"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="24"/>
        <source>Expected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="27"/>
        <source>JSON field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="27"/>
        <source>e.g. components.database.status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="28"/>
        <source>Dotted path into the JSON body; empty: only the status is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="29"/>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="29"/>
        <source>e.g. ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="30"/>
        <source>Compared with the field rendered as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="31"/>
        <source>Check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="31"/>
        <location filename="../../widgets/healthprobeform.cpp" line="33"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="33"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="36"/>
        <source>Failures before down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="37"/>
        <source>Consecutive failed checks that mark it down; one success brings it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="38"/>
        <source>TLS CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="38"/>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="39"/>
        <source>Skip TLS certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/healthprobeform.cpp" line="40"/>
        <source>Only for test servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEndpointForm</name>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="31"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="31"/>
        <source>e.g. erp performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="32"/>
        <source>Unique among the JSON endpoints; stored samples carry it as the job label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="34"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="34"/>
        <source>https://erp.example:8443/api/performance/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="35"/>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="35"/>
        <location filename="../../widgets/jsonendpointform.cpp" line="37"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="37"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="41"/>
        <source>JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="41"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="41"/>
        <source>Labels for *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="49"/>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="50"/>
        <source>Path e.g. queues.*.length, metric queue_length, labels queue (one name per *, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="56"/>
        <source>Add mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="58"/>
        <source>Remove mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="60"/>
        <source>Use the performance-metrics preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/jsonendpointform.cpp" line="62"/>
        <source>Seed 003&apos;s /api/performance/metrics: min/max/avg/total seconds and count per operation. Replaces the mappings above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadCompareModel</name>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="87"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="89"/>
        <source>Run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="91"/>
        <source>Run B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="93"/>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadcomparemodel.cpp" line="95"/>
        <source>Δ %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadLauncher</name>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="36"/>
        <source>Load a remote target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="37"/>
        <source>%1 is not this machine. A load run sends it many requests. Run against it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="63"/>
        <source>scenario.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="64"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="70"/>
        <source>the scenario&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="71"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="72"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="73"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="83"/>
        <source>As the scenario says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="84"/>
        <source>Closed: concurrent users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="85"/>
        <source>Open: arrival rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="86"/>
        <source>scenario&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="87"/>
        <source> users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="92"/>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="94"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="98"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="99"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="100"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="101"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="102"/>
        <source>Max requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="105"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="131"/>
        <source>Scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="132"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="141"/>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="142"/>
        <source>Scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="184"/>
        <source>The target is not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="189"/>
        <source>Not run: %1 was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadlauncher.cpp" line="217"/>
        <source>%1 s elapsed, %2 s remaining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadRunCards</name>
    <message>
        <location filename="../../app/loadruncards.cpp" line="55"/>
        <source>No second measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="89"/>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="89"/>
        <location filename="../../app/loadruncards.cpp" line="125"/>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="90"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="92"/>
        <source>Latency P50 / P95 / P99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="98"/>
        <source>Errors per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="98"/>
        <location filename="../../app/loadruncards.cpp" line="127"/>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="99"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="100"/>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="101"/>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="111"/>
        <source>all endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="123"/>
        <source>Latency P50 / P95 (time since start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="124"/>
        <source>Requests per second (time since start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadruncards.cpp" line="127"/>
        <source>Errors per second (time since start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadRunView</name>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>Req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>P50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="39"/>
        <source>P95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>P99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>Max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunview.cpp" line="40"/>
        <source>Errors by kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadRunsPage</name>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="41"/>
        <source>&lt;h2&gt;Load runs&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="45"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="46"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="49"/>
        <source>Pick a run in the history to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="50"/>
        <location filename="../../widgets/loadrunspage.cpp" line="83"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="51"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="85"/>
        <source>Compare the two selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="87"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="112"/>
        <source>Select two runs in the history and compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="131"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>P95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/loadrunspage.cpp" line="132"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadSession</name>
    <message>
        <location filename="../../app/loadsession.cpp" line="54"/>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="60"/>
        <source>Waiting for the first second…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/loadsession.cpp" line="64"/>
        <source>%1 req/s · P50 %2 ms · P95 %3 ms · P99 %4 ms · %5 active users · %n error(s) so far</source>
        <translation>
            <numerusform>%1 req/s · P50 %2 ms · P95 %3 ms · P99 %4 ms · %5 active users · %n error so far</numerusform>
            <numerusform>%1 req/s · P50 %2 ms · P95 %3 ms · P99 %4 ms · %5 active users · %n errors so far</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="76"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="78"/>
        <source>cancelled, partial results kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="80"/>
        <source>aborted by a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="84"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="106"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="117"/>
        <source>The run could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="119"/>
        <source>No run yet: pick a preset or a scenario file, then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="144"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="153"/>
        <source>Pick a preset or a scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="186"/>
        <source>%1 is not this machine: enter it as the target to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="190"/>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="218"/>
        <source>Running %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="220"/>
        <source>%1 against %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="305"/>
        <source>Running the acceptance steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/loadsession.cpp" line="332"/>
        <source>Run %1: %2 requests, %n error(s); %3 of %4 checks passed</source>
        <translation>
            <numerusform>Run %1: %2 requests, %n error; %3 of %4 checks passed</numerusform>
            <numerusform>Run %1: %2 requests, %n errors; %3 of %4 checks passed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="360"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="394"/>
        <source>Run %1 — %2 against %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="421"/>
        <source>A #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="422"/>
        <source>B #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/loadsession.cpp" line="424"/>
        <source>A: run %1, %2 (%3) — B: run %4, %5 (%6). Deltas are B against A.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="41"/>
        <source>perfdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="66"/>
        <location filename="../../app/mainwindow.cpp" line="138"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="121"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="122"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="125"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="156"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="260"/>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="261"/>
        <source>The Settings page has changes that are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="264"/>
        <source>Apply them to workspace.json before closing, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="31"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="52"/>
        <source>&lt;b&gt;Health&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="59"/>
        <source>&lt;b&gt;Charts&lt;/b&gt; — drag across a chart to zoom, double-click to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="69"/>
        <source>&lt;b&gt;Targets&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="90"/>
        <source>Overview — workspace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="91"/>
        <source>Configuration: %1&lt;br&gt;Data file: %2 (SQLite, journal mode %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="101"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="102"/>
        <source>&lt;b style=&quot;color:#c0392b&quot;&gt;Store not writing:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="7"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="9"/>
        <source>The workspace at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="13"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="15"/>
        <source>Every service and path the targets expose, with their rates and latency percentiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="16"/>
        <source>QPS, P50/P95/P99 latency and error % per service and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="16"/>
        <source>Sorting and filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="17"/>
        <source>A chart of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="20"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="22"/>
        <source>PostgreSQL as the application sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="23"/>
        <source>Connections by state against max_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="23"/>
        <source>Lock waits with their blocking chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="24"/>
        <source>Slowest statements from pg_stat_statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="25"/>
        <source>Buffer cache hit ratio, commits and rollbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="28"/>
        <source>Cache &amp; Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="30"/>
        <source>Redis and the application&apos;s work queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="31"/>
        <source>Redis hit rate, memory against maxmemory, clients, ops/s, evictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="32"/>
        <source>Queue backlog per queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="35"/>
        <source>Load runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="37"/>
        <source>Built-in load runs against the targets, and their review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="38"/>
        <source>100 users for 5 minutes, zero errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="38"/>
        <source>Cache cold/warm pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="39"/>
        <source>Bulk imports and over-limit checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="39"/>
        <source>Latency percentiles per second and per endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="42"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="44"/>
        <source>Threshold rules with for-durations, their states and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="45"/>
        <source>Active alerts with acknowledge and silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="45"/>
        <source>Alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="45"/>
        <source>Rule editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="48"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="50"/>
        <source>Acceptance reports to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="51"/>
        <source>Criteria with measured value, threshold and verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="52"/>
        <source>PDF, HTML, JSON, CSV and JUnit export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="55"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="57"/>
        <source>Targets, probes, database and cache sources, intervals and retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="58"/>
        <source>Editable sources with validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pagecatalog.cpp" line="58"/>
        <source>Scrape intervals and retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../widgets/pendingpage.cpp" line="25"/>
        <source>&lt;b&gt;Not built yet.&lt;/b&gt; This page shows no data until its feature lands (issue #%1). Nothing here is simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/pendingpage.cpp" line="41"/>
        <source>It will show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresSourceForm</name>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="16"/>
        <source>e.g. erp-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="17"/>
        <source>Unique among the PostgreSQL sources; the Database page lists it by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="19"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="20"/>
        <source>host=db.example port=5432 user=perfdash_monitor dbname=erp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="21"/>
        <source>A libpq conninfo: key=value pairs, a postgresql:// URI or service=NAME. The password is never written here: libpq takes it from ~/.pgpass (or passfile=), a service file or the PGPASSWORD environment variable. A role with pg_monitor is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="27"/>
        <source>Connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="28"/>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="28"/>
        <location filename="../../widgets/postgressourceform.cpp" line="31"/>
        <location filename="../../widgets/postgressourceform.cpp" line="34"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="31"/>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="33"/>
        <source>Statement timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="34"/>
        <source>SET statement_timeout on every poll session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="36"/>
        <source>Statements listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="37"/>
        <source>The top statements by total and by mean time from pg_stat_statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/postgressourceform.cpp" line="46"/>
        <source>— the connection string does not parse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusServerForm</name>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="35"/>
        <source>e.g. fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="36"/>
        <source>Its series are stored with source=&quot;prom:&lt;name&gt;&quot; and charts say &quot;via prom:&lt;name&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="37"/>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="40"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="40"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="40"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="41"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="43"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="43"/>
        <source>basic auth only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="44"/>
        <source>password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="45"/>
        <source>Secret from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="50"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="50"/>
        <source>system CA store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="51"/>
        <source>Do not verify TLS (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="52"/>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="52"/>
        <location filename="../../widgets/prometheusserverform.cpp" line="53"/>
        <location filename="../../widgets/prometheusserverform.cpp" line="54"/>
        <location filename="../../widgets/prometheusserverform.cpp" line="56"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="53"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="54"/>
        <source>Rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="55"/>
        <source>The [window] of the generated rate() queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="56"/>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="57"/>
        <source>History read with query_range on the first poll; 0: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="65"/>
        <source>erp-api
wms 10.0.0.7:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="67"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="68"/>
        <source>One job per line, optionally followed by one instance; empty: every job of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="69"/>
        <source>Pick services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="73"/>
        <source>celery_backlog = sum by (queue) (ef_celery_queue_length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="75"/>
        <source>Own queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/prometheusserverform.cpp" line="76"/>
        <source>One per line: metric name = PromQL; the results are stored under that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisSourceForm</name>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="21"/>
        <source>e.g. celery-broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="22"/>
        <source>Unique among the Redis sources; the Cache &amp; Queues page lists it by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="23"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="24"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="26"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="27"/>
        <source>SELECTed after connecting; the queue keys live there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="30"/>
        <source>Connect with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="31"/>
        <source>ACL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="31"/>
        <source>default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="32"/>
        <source>Redis 6 ACL user name; empty for the default user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="33"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="34"/>
        <source>Password from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="39"/>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="39"/>
        <location filename="../../widgets/redissourceform.cpp" line="42"/>
        <location filename="../../widgets/redissourceform.cpp" line="45"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="42"/>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="45"/>
        <source>Command timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="48"/>
        <source>celery
imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="52"/>
        <source>Queue keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="53"/>
        <source>One key per line, read every poll: LLEN for lists (Celery queues), XLEN and pending counts for streams, ZCARD for sorted sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="56"/>
        <source>Discover keys matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="56"/>
        <source>e.g. queue:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="57"/>
        <source>Found with SCAN MATCH (never KEYS); empty: no discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="59"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/redissourceform.cpp" line="59"/>
        <source> keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="32"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="33"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="34"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="35"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="36"/>
        <source>JUnit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="46"/>
        <source>as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="56"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="100"/>
        <source>Acceptance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="103"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="105"/>
        <source>Shorten load to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="106"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="109"/>
        <source>Run plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="112"/>
        <source>The default plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="113"/>
        <source>A plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="127"/>
        <source>The plan&apos;s progress shows here while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="144"/>
        <source>Pick a load run or an acceptance result to preview its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="161"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="167"/>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="227"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="242"/>
        <source>Run an acceptance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspage.cpp" line="242"/>
        <source>Plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPageModel</name>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="52"/>
        <source>Load run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="52"/>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/reportspagemodel.cpp" line="93"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSession</name>
    <message>
        <location filename="../../app/reportssession.cpp" line="42"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="43"/>
        <source>FAIL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="43"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="55"/>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="57"/>
        <source>no criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="86"/>
        <source>load run %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="100"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="128"/>
        <source>Cancelling the plan: what was measured so far is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="185"/>
        <source>The list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="208"/>
        <source>Pick a load run or an acceptance result to preview its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="221"/>
        <source>Rendering the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="243"/>
        <source>This report cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/reportssession.cpp" line="252"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 · %n page(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %3 · %n page</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %3 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="261"/>
        <source>Nothing to export yet: the report is still being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="269"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="274"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="274"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="286"/>
        <source>The plan was not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="297"/>
        <source>Running plan %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="330"/>
        <source>Plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="332"/>
        <source> — the run was not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/reportssession.cpp" line="334"/>
        <source> — the result could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleImportDialog</name>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="38"/>
        <source>&lt;b&gt;Rules perfdash evaluates&lt;/b&gt; (the checked ones are added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <source>Evaluates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="39"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="40"/>
        <source>&lt;b&gt;Rules that cannot be imported&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="41"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="44"/>
        <source>Import Prometheus rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="65"/>
        <source>This is not a Prometheus rule file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="78"/>
        <source>The file holds no alerting rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/ruleimportdialog.cpp" line="79"/>
        <source>%n rule(s) can be imported</source>
        <translation>
            <numerusform>%n rule can be imported</numerusform>
            <numerusform>%n rules can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/ruleimportdialog.cpp" line="81"/>
        <source>%n cannot (listed below with why).</source>
        <translation>
            <numerusform>%n cannot (listed below with why).</numerusform>
            <numerusform>%n cannot (listed below with why).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="108"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="108"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ruleimportdialog.cpp" line="110"/>
        <source>renamed: %1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/ruleimportdialog.cpp" line="138"/>
        <source>Add %n rule(s)</source>
        <translation>
            <numerusform>Add %n rule</numerusform>
            <numerusform>Add %n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScrapeTargetForm</name>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="21"/>
        <source>e.g. erp-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="22"/>
        <source>Unique among the targets; stored samples carry it as the job label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="23"/>
        <source>Metrics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="23"/>
        <source>https://erp.example:8443/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="24"/>
        <source>Scrape interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="24"/>
        <location filename="../../widgets/scrapetargetform.cpp" line="26"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="26"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="27"/>
        <source>At most the scrape interval, as Prometheus requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="29"/>
        <source>Largest response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="30"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="31"/>
        <source>A larger response is cut off and the scrape fails with that reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="33"/>
        <source>TLS CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="33"/>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="34"/>
        <source>PEM file of the certificate authority that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="36"/>
        <source>Skip TLS certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="37"/>
        <source>Only for test servers: anyone on the path could read and alter the scrape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="39"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="40"/>
        <source>Basic (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="41"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="42"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="43"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="43"/>
        <source>e.g. perfdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="44"/>
        <location filename="../../widgets/scrapetargetform.cpp" line="64"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="45"/>
        <source>Secret from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scrapetargetform.cpp" line="64"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSourceEdit</name>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="19"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="20"/>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="21"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="70"/>
        <source>No %1 is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="73"/>
        <source>e.g. ERP_METRICS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="74"/>
        <source>Name of the environment variable that holds the %1, read when perfdash connects. Never the %1 itself: the workspace file stores no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="79"/>
        <source>e.g. /run/secrets/erp-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/secretsourceedit.cpp" line="80"/>
        <source>Path of a file whose first line is the %1, read when perfdash connects. The workspace file stores only the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePickerDialog</name>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="28"/>
        <source>Asking the server for its targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="31"/>
        <source>Pick services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Last scrape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="33"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="66"/>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="82"/>
        <source>The server has no scrape targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/servicepickerdialog.cpp" line="83"/>
        <source>%n target(s); check the services to watch.</source>
        <translation>
            <numerusform>%n target; check the services to watch.</numerusform>
            <numerusform>%n targets; check the services to watch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/servicepickerdialog.cpp" line="89"/>
        <source>The server could not list its targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../widgets/settingsform.cpp" line="99"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="41"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="71"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="95"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="96"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="100"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="110"/>
        <source>What this workspace watches. Apply saves it and the collectors follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="116"/>
        <source>This is the demo workspace: its scrape target, health probe and JSON endpoint follow the embedded demo target and are written anew each time it starts. PostgreSQL and Redis sources and the storage settings you add are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="125"/>
        <source>Scrape targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="126"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="127"/>
        <source>No scrape targets. Add one to scrape a Prometheus /metrics endpoint: request rates, latency histograms, pool and queue gauges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="132"/>
        <source>Health probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="132"/>
        <source>probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="133"/>
        <source>No health probes. Add one to check a /health endpoint on a schedule: the status it answers and, optionally, a field of its JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="139"/>
        <source>JSON endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="139"/>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="140"/>
        <source>No JSON endpoints. Add one to turn numbers of a JSON document (such as /api/performance/metrics) into series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="145"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="146"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="147"/>
        <source>No PostgreSQL sources. Add one to watch connections, lock waits and the slowest statements of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="152"/>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="152"/>
        <source>redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="153"/>
        <source>No Redis sources. Add one to watch hit rate, memory, clients and the backlog of work queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="160"/>
        <source>Prometheus servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="160"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="161"/>
        <source>No Prometheus servers. Add one to watch a fleet through the Prometheus (or Thanos, Mimir, VictoriaMetrics) that already scrapes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="192"/>
        <source>Drop the unsaved edits and show the saved configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="194"/>
        <source>Save to workspace.json and run the collectors on it (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="214"/>
        <source>What this workspace watches. Apply saves it to %1 and the collectors follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="232"/>
        <source>workspace.json was changed on disk; showing what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="237"/>
        <source>workspace.json was changed on disk and the collectors run on it now. Your unsaved edits are kept: Apply replaces the file with them, Revert shows the file&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="244"/>
        <source>workspace.json was changed on disk but not taken up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="254"/>
        <source>Not saved: %1. Your edits are kept; the collectors still run on the saved configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/settingspage.cpp" line="329"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/settingspage.cpp" line="330"/>
        <source>&lt;b&gt;%n problem(s) to fix before Apply:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem to fix before Apply:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n problems to fix before Apply:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="340"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="341"/>
        <source>&lt;b&gt;Unsaved changes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settingspage.cpp" line="342"/>
        <source>&lt;b&gt;Unsaved changes&lt;/b&gt; (not valid yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="19"/>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="20"/>
        <source>NewRule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="21"/>
        <source>No alert rules: nothing alerts. Add one, restore the shipped rules or import a Prometheus rule file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="32"/>
        <source>Restore shipped rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="35"/>
        <source>Adds the rules perfdash ships whose names are missing; your rules and edits stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="37"/>
        <source>Import Prometheus rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="40"/>
        <source>Adds rules of a Prometheus rule file (.yml) that perfdash can evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="88"/>
        <source>Every shipped rule is there; nothing added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/alertrulessection.cpp" line="89"/>
        <source>Added %n shipped rule(s): %1.</source>
        <translation>
            <numerusform>Added %n shipped rule: %1.</numerusform>
            <numerusform>Added %n shipped rules: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="96"/>
        <source>Import Prometheus rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="97"/>
        <source>Prometheus rule files (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="102"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alertrulessection.cpp" line="114"/>
        <source>Import Prometheus rules from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/alertrulessection.cpp" line="117"/>
        <source>Added %n imported rule(s).</source>
        <translation>
            <numerusform>Added %n imported rule.</numerusform>
            <numerusform>Added %n imported rules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/settingssection.h" line="105"/>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceListEditor</name>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="11"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="12"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="13"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sourcelisteditor.cpp" line="65"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../widgets/sourcepage.cpp" line="100"/>
        <source>Source “%1”: waiting for the first poll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageForm</name>
    <message>
        <location filename="../../widgets/storageform.cpp" line="9"/>
        <source>Keep samples for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="10"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="10"/>
        <source>Older samples are deleted. 0 keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="11"/>
        <source>ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="13"/>
        <source>Largest data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="13"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="14"/>
        <source>Past this size the oldest data goes first. 0 for no limit, else at least 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="15"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/storageform.cpp" line="17"/>
        <source>Storage settings take effect the next time the workspace is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="27"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="29"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="31"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="33"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="35"/>
        <source>Not monitored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="43"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="45"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="47"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="49"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="51"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="53"/>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="55"/>
        <source>Prometheus server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="103"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="105"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="107"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="21"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="22"/>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="23"/>
        <source>Last 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="24"/>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="25"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="26"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="67"/>
        <location filename="../../widgets/timerangebar.cpp" line="233"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="68"/>
        <source>Back to the chosen span, following the clock (Alt+0, or double-click a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="74"/>
        <location filename="../../widgets/timerangebar.cpp" line="229"/>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="76"/>
        <source>The span every chart shows (Alt+1 … Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="90"/>
        <source>How often live charts are redrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="92"/>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="101"/>
        <source>Follow the clock (on) or keep the charts as they are (off) — Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="183"/>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="195"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="196"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="204"/>
        <source>“From” must be before “To”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="230"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="231"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="232"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="234"/>
        <source>Live / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="258"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="258"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timerangebar.cpp" line="265"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../app/trayicon.cpp" line="47"/>
        <location filename="../../app/trayicon.cpp" line="64"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/trayicon.cpp" line="52"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/trayicon.cpp" line="58"/>
        <source>Quit perfdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/trayicon.cpp" line="64"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <location filename="../../app/traystatus.cpp" line="28"/>
        <source>No alerts firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/traystatus.cpp" line="28"/>
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/traystatus.cpp" line="34"/>
        <source>perfdash — no workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/traystatus.cpp" line="35"/>
        <source>perfdash — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="78"/>
        <source>Welcome to perfdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="82"/>
        <source>Prove that a web system meets its performance acceptance criteria: live latency percentiles, cache, pools and queues with alerts, load runs and a signed-off report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="96"/>
        <source>Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="100"/>
        <source>See it working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="101"/>
        <source>perfdash starts its demo server on this machine (127.0.0.1 only) and watches it: every chart fills within seconds, alerts fire, load runs and reports work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="105"/>
        <source>Start with my own system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="108"/>
        <source>Watch your service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="109"/>
        <source>Point perfdash at your service&apos;s Prometheus /metrics endpoint, test it, and the dashboard opens on a new workspace of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="145"/>
        <source>Open a workspace folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/welcomepage.cpp" line="170"/>
        <source>Workspaces are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../app/overviewcards.cpp" line="18"/>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="21"/>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="50"/>
        <source>No data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="51"/>
        <source>The store could not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="73"/>
        <source>%1 %2: latency P50 / P95 / P99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="76"/>
        <source>no traffic on this endpoint in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="30"/>
        <source>P95 ≤ 500 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="55"/>
        <source>Latency P50 / P95 / P99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="57"/>
        <source>no http_request_duration_seconds histogram with traffic in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="60"/>
        <source>Request rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="62"/>
        <source>no http_requests_total counter seen twice in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="65"/>
        <source>5xx ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="66"/>
        <source>zero errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="71"/>
        <source>no requests in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="74"/>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="75"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="83"/>
        <source>alert under 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="80"/>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="82"/>
        <source>no cache lookups (cache_hits_total / cache_misses_total) and no Redis source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="85"/>
        <source>Connection-pool usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="86"/>
        <source>alert over 70 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="90"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="91"/>
        <source>no application pool gauges (…_pool_size) and no PostgreSQL source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="94"/>
        <source>Queue backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="95"/>
        <source>alert over 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="99"/>
        <source>no queue length gauges (celery_queue_length) and no Redis queue keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="102"/>
        <source>Health-check latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="104"/>
        <source>no health-check results in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="30"/>
        <source>Database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="35"/>
        <source>max_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="41"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="52"/>
        <source>no PostgreSQL source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="41"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="52"/>
        <location filename="../../core/panels/sourcepanels.cpp" line="110"/>
        <source>no poll of this source in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="47"/>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="50"/>
        <source>waiting sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="58"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="60"/>
        <source>commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="62"/>
        <source>rollbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="64"/>
        <source>no PostgreSQL source polled twice in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="70"/>
        <source>Buffer cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="75"/>
        <source>hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="76"/>
        <source>no block reads or hits in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="82"/>
        <source>Redis hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="88"/>
        <source>hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="89"/>
        <source>no keyspace lookups in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="95"/>
        <source>Redis memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="96"/>
        <source>alert over 90 % of maxmemory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="99"/>
        <source>used of maxmemory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="100"/>
        <source>no Redis source with maxmemory set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="106"/>
        <source>Redis clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="109"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="110"/>
        <source>no Redis source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="116"/>
        <source>Redis commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="119"/>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/sourcepanels.cpp" line="120"/>
        <source>no Redis source polled twice in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/panelbuilding.cpp" line="35"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/prometheussourcepanels.cpp" line="32"/>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/panels/prometheussourcepanels.cpp" line="54"/>
        <source>P95 %1 %2 via %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
