<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CachePage</name>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="49"/>
        <source>Queue key</source>
        <translation>队列键</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="49"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="49"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="49"/>
        <source>Pending (streams)</source>
        <translation>待处理（流）</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="45"/>
        <source>Cache &amp; Queues</source>
        <translation>缓存与队列</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="46"/>
        <source>No Redis source in this workspace: add one under &quot;redis&quot; in workspace.json (see README, Workspace file). Application queues exposed on /metrics are charted on the Overview.</source>
        <translation>此工作区没有 Redis 数据源：请在 workspace.json 的 &quot;redis&quot; 下添加（见 README 的 Workspace file 一节）。通过 /metrics 暴露的应用队列在总览页绘制。</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="57"/>
        <source>&lt;b&gt;Queues&lt;/b&gt;</source>
        <translation>&lt;b&gt;队列&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="87"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (at %3; next try in %4 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2（%3；%4 秒后再试）</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="108"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — Redis %2 (%3), polled at %4&lt;br&gt;Hit rate %5 · %6 ops/s · PING %7 ms&lt;br&gt;Memory %8 (%9) · clients %10 of %11, %12 blocked, %13 rejected&lt;br&gt;Evicted %14 · expired %15 · keys %16</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Redis %2（%3），轮询于 %4&lt;br&gt;命中率 %5 · %6 次操作/秒 · PING %7 毫秒&lt;br&gt;内存 %8（%9）· 客户端 %10 / %11，阻塞 %12，拒绝 %13&lt;br&gt;驱逐 %14 · 过期 %15 · 键 %16</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="113"/>
        <source>— (no lookups yet)</source>
        <translation>—（尚无查询）</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="117"/>
        <source>maxmemory %1</source>
        <translation>maxmemory %1</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="117"/>
        <source>no maxmemory</source>
        <translation>未设 maxmemory</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="123"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/cachepage.cpp" line="140"/>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="211"/>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="213"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="213"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="215"/>
        <location filename="../../widgets/chartcard.cpp" line="221"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="217"/>
        <source>Save data as CSV…</source>
        <translation>将数据另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="219"/>
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../widgets/chartcard.cpp" line="219"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="96"/>
        <source>Starting the demo target…</source>
        <translation>正在启动演示目标…</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="100"/>
        <source>Workspace %1 opened</source>
        <translation>已打开工作区 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="359"/>
        <source>Demo target running at %1</source>
        <translation>演示目标运行于 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="89"/>
        <source>embedded demo server, starting</source>
        <translation>内置演示服务，启动中</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="170"/>
        <source>The charts cannot read the data file: %1</source>
        <translation>图表无法读取数据文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="226"/>
        <source>%1 — collected data is shown but not kept</source>
        <translation>%1 — 采集的数据会显示，但不会保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/dashboardsession.cpp" line="235"/>
        <source>keeps %n day(s)</source>
        <translation>
            <numerusform>保留 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="236"/>
        <source>keeps everything</source>
        <translation>保留全部数据</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="238"/>
        <source>, at most %1 MiB</source>
        <translation>，最多 %1 MiB</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="248"/>
        <source>%1 samples written this session, %2</source>
        <translation>本次会话已写入 %1 个样本，%2</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="254"/>
        <source>The data file is writable again; held samples are being written</source>
        <translation>数据文件恢复可写；暂存的样本正在写入</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="258"/>
        <source>%1 — collection goes on, %2 samples held in memory (oldest dropped past %3)</source>
        <translation>%1 — 采集继续进行，内存中暂存 %2 个样本（超过 %3 个时丢弃最旧的）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="277"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="281"/>
        <source>%1: %2 — still running the previous configuration</source>
        <translation>%1：%2 — 仍在使用上一个有效配置</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="290"/>
        <source>Configuration reloaded from %1</source>
        <translation>已从 %1 重新加载配置</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="314"/>
        <source>waiting for the first scrape</source>
        <translation>等待首次抓取</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="317"/>
        <source>waiting for the first check</source>
        <translation>等待首次检查</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="319"/>
        <location filename="../../app/dashboardsession.cpp" line="322"/>
        <location filename="../../app/dashboardsession.cpp" line="325"/>
        <source>waiting for the first poll</source>
        <translation>等待首次轮询</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="356"/>
        <source>embedded demo server, process %1</source>
        <translation>内置演示服务，进程 %1</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="379"/>
        <source>%1 samples in %2 ms at %3</source>
        <translation>%1 个样本，耗时 %2 ms，时间 %3</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="385"/>
        <location filename="../../app/dashboardsession.cpp" line="416"/>
        <source>%1 (at %2)</source>
        <translation>%1（时间 %2）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="395"/>
        <source>healthy, %1 ms at %2</source>
        <translation>健康，%1 ms，时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="398"/>
        <source>%1 (%2 failures in a row, at %3)</source>
        <translation>%1（连续失败 %2 次，时间 %3）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="415"/>
        <source>%1 series at %2</source>
        <translation>%1 个序列，时间 %2</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="429"/>
        <location filename="../../app/dashboardsession.cpp" line="453"/>
        <source>%1 (at %2; retry in %3 s)</source>
        <translation>%1（%2；%3 秒后重试）</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="436"/>
        <source>PostgreSQL %1, connections %2 % of max, %3 waiting on locks, at %4</source>
        <translation>PostgreSQL %1，连接数占上限 %2 %，%3 个会话等待锁，%4</translation>
    </message>
    <message>
        <location filename="../../app/dashboardsession.cpp" line="459"/>
        <source>%1 series in %2 ms at %3</source>
        <translation>%1 个序列，耗时 %2 毫秒，%3</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <source>Waiting pid</source>
        <translation>等待 pid</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <source>Blocked by</source>
        <translation>被阻塞于</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="56"/>
        <source>Lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="52"/>
        <location filename="../../widgets/databasepage.cpp" line="57"/>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="57"/>
        <location filename="../../widgets/databasepage.cpp" line="60"/>
        <location filename="../../widgets/databasepage.cpp" line="63"/>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="57"/>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <source>Total ms</source>
        <translation>总耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <source>Mean ms</source>
        <translation>平均耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="59"/>
        <location filename="../../widgets/databasepage.cpp" line="62"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="60"/>
        <location filename="../../widgets/databasepage.cpp" line="63"/>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>Running</source>
        <translation>已运行</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="66"/>
        <source>Waiting on</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="53"/>
        <source>No PostgreSQL source in this workspace: add one under &quot;postgres&quot; in workspace.json (see README, Workspace file).</source>
        <translation>此工作区没有 PostgreSQL 数据源：请在 workspace.json 的 &quot;postgres&quot; 下添加（见 README 的 Workspace file 一节）。</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="71"/>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="72"/>
        <source>Statements by total time</source>
        <translation>按总耗时排序的语句</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="73"/>
        <source>Statements by mean time</source>
        <translation>按平均耗时排序的语句</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="74"/>
        <source>Long-running queries</source>
        <translation>长时间运行的查询</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="105"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (at %3; retry in %4 s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2（%3；%4 秒后重试）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="132"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — PostgreSQL %2, polled at %3 in %4 ms&lt;br&gt;Connections: %5 % of %6 (%7)&lt;br&gt;Lock waits: %8 · oldest query %9 · oldest transaction %10&lt;br&gt;Buffer cache hit ratio (all databases, since the statistics reset): %11 · commits %12 · rollbacks %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — PostgreSQL %2，轮询于 %3，耗时 %4 毫秒&lt;br&gt;连接：占 %6 的 %5 %（%7）&lt;br&gt;锁等待：%8 · 最久查询 %9 · 最久事务 %10&lt;br&gt;缓冲区缓存命中率（所有数据库，自统计重置以来）：%11 · 提交 %12 · 回滚 %13</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="157"/>
        <source>%1 (holds)</source>
        <translation>%1（持有）</translation>
    </message>
    <message>
        <location filename="../../widgets/databasepage.cpp" line="169"/>
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
        <location filename="../../app/demotargetlauncher.cpp" line="87"/>
        <source>crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="87"/>
        <source>exited with code %1</source>
        <translation>已退出，退出码 %1</translation>
    </message>
    <message>
        <location filename="../../app/demotargetlauncher.cpp" line="88"/>
        <source>the demo target %1</source>
        <translation>演示目标%1</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="46"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="46"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="46"/>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="46"/>
        <source>P50 ms</source>
        <translation>P50 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="46"/>
        <source>P95 ms</source>
        <translation>P95 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>P99 ms</source>
        <translation>P99 毫秒</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="47"/>
        <source>5xx %</source>
        <translation>5xx %</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="53"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="63"/>
        <source>Filter by service or path</source>
        <translation>按服务或路径筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="92"/>
        <source>Latency of the selected endpoint</source>
        <translation>所选端点的延迟</translation>
    </message>
    <message>
        <location filename="../../widgets/endpointspage.cpp" line="93"/>
        <source>Select an endpoint to chart its P50 / P95 / P99.</source>
        <translation>选择一个端点以绘制其 P50 / P95 / P99。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/endpointspage.cpp" line="103"/>
        <source>rates and percentiles over the last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟的速率与百分位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="30"/>
        <source>perfdash</source>
        <translation>perfdash</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="77"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="21"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="41"/>
        <source>&lt;b&gt;Targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;监控目标&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="58"/>
        <source>&lt;b&gt;Charts&lt;/b&gt;</source>
        <translation>&lt;b&gt;图表&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="60"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="63"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="64"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="65"/>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="66"/>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="67"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="76"/>
        <location filename="../../widgets/overviewpage.cpp" line="79"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="77"/>
        <source>Follow the clock (on) or keep the charts as they are (off)</source>
        <translation>跟随当前时间（开）或保持图表不变（关）</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="79"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="94"/>
        <source>Overview — workspace “%1”</source>
        <translation>概览 — 工作区“%1”</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="95"/>
        <source>Configuration: %1&lt;br&gt;Data file: %2 (SQLite, journal mode %3)</source>
        <translation>配置：%1&lt;br&gt;数据文件：%2（SQLite，日志模式 %3）</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="105"/>
        <source>Store: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/overviewpage.cpp" line="106"/>
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
    <name>SourcePage</name>
    <message>
        <location filename="../../widgets/sourcepage.cpp" line="72"/>
        <source>Source “%1”: waiting for the first poll.</source>
        <translation>数据源“%1”：等待首次轮询。</translation>
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
        <location filename="../../widgets/targettablemodel.cpp" line="101"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="103"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="105"/>
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
        <location filename="../../widgets/targettablemodel.cpp" line="97"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/targettablemodel.cpp" line="99"/>
        <source>Kind</source>
        <translation>类型</translation>
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
        <location filename="../../app/overviewcards.cpp" line="49"/>
        <source>No data: %1.</source>
        <translation>暂无数据：%1。</translation>
    </message>
    <message>
        <location filename="../../app/overviewcards.cpp" line="50"/>
        <source>The store could not answer: %1</source>
        <translation>存储无法应答：%1</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="41"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="93"/>
        <source>Latency P50 / P95 / P99</source>
        <translation>延迟 P50 / P95 / P99</translation>
    </message>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="69"/>
        <source>%1 %2: latency P50 / P95 / P99</source>
        <translation>%1 %2：延迟 P50 / P95 / P99</translation>
    </message>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="73"/>
        <location filename="../../core/panels/overviewpanels.cpp" line="94"/>
        <source>P95 ≤ 500 ms</source>
        <translation>P95 ≤ 500 毫秒</translation>
    </message>
    <message>
        <location filename="../../core/panels/endpointtable.cpp" line="75"/>
        <source>no traffic on this endpoint in this range</source>
        <translation>此时间范围内该端点没有流量</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="100"/>
        <source>no http_request_duration_seconds histogram with traffic in this range</source>
        <translation>此时间范围内没有带流量的 http_request_duration_seconds 直方图</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="103"/>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="105"/>
        <source>no http_requests_total counter seen twice in this range</source>
        <translation>此时间范围内 http_requests_total 计数器未被采集到两次</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="108"/>
        <source>5xx ratio</source>
        <translation>5xx 比例</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="109"/>
        <source>zero errors</source>
        <translation>零错误</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="114"/>
        <source>no requests in this range</source>
        <translation>此时间范围内没有请求</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="117"/>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="118"/>
        <source>alert under 50 %</source>
        <translation>低于 50 % 告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="123"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="125"/>
        <source>no cache lookups (cache_hits_total / cache_misses_total) and no Redis source</source>
        <translation>没有缓存查询（cache_hits_total / cache_misses_total），也没有 Redis 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="128"/>
        <source>Connection-pool usage</source>
        <translation>连接池使用率</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="129"/>
        <source>alert over 70 %</source>
        <translation>高于 70 % 告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="133"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="134"/>
        <source>no application pool gauges (…_pool_size) and no PostgreSQL source</source>
        <translation>没有应用连接池指标（…_pool_size），也没有 PostgreSQL 数据源</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="137"/>
        <source>Queue backlog</source>
        <translation>队列积压</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="138"/>
        <source>alert over 50</source>
        <translation>高于 50 告警</translation>
    </message>
    <message>
        <location filename="../../core/panels/overviewpanels.cpp" line="142"/>
        <source>no queue length gauges (celery_queue_length) and no Redis queue keys</source>
        <translation>没有队列长度指标（celery_queue_length），也没有 Redis 队列键</translation>
    </message>
</context>
</TS>
