#include "timerangebar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <algorithm>

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 shortestWindowMs = 10'000;
const std::pair<const char*, qint64> presets[] = {
    {QT_TRANSLATE_NOOP("TimeRangeBar", "Last 5 minutes"), 5 * minuteMs},
    {QT_TRANSLATE_NOOP("TimeRangeBar", "Last 15 minutes"), 15 * minuteMs},
    {QT_TRANSLATE_NOOP("TimeRangeBar", "Last 1 hour"), hourMs},
    {QT_TRANSLATE_NOOP("TimeRangeBar", "Last 6 hours"), 6 * hourMs},
    {QT_TRANSLATE_NOOP("TimeRangeBar", "Last 24 hours"), 24 * hourMs},
    {QT_TRANSLATE_NOOP("TimeRangeBar", "Last 7 days"), 7 * 24 * hourMs},
};
constexpr int presetCount = int(std::size(presets));
constexpr int defaultPreset = 1; // 15 minutes: a few scrapes' worth at the default 5 s

// The index among the first `count` items of `box` whose data (a number) is nearest to `value`.
int nearestItem(const QComboBox* box, qint64 value, int count)
{
    int best = 0;
    for (int i = 1; i < count; ++i) {
        if (std::abs(box->itemData(i).toLongLong() - value) <
            std::abs(box->itemData(best).toLongLong() - value))
            best = i;
    }
    return best;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString timeText(qint64 ms, bool withDate)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                : QStringLiteral("HH:mm:ss"));
}
} // namespace

TimeRangeBar::TimeRangeBar(QWidget* parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_fixedLabel(new QLabel(this))
    , m_reset(new QToolButton(this))
    , m_live(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fixedLabel->setObjectName(QStringLiteral("fixedRange"));
    layout->addWidget(m_fixedLabel);
    m_reset->setObjectName(QStringLiteral("resetZoom"));
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Back to the chosen span, following the clock (Alt+0, or double-click a chart)"));
    layout->addWidget(m_reset);

    m_presets->setObjectName(QStringLiteral("spanPicker"));
    for (const auto& [name, ms] : presets)
        m_presets->addItem(tr(name), ms);
    m_presets->addItem(tr("Custom range…"));
    m_presets->setCurrentIndex(defaultPreset);
    m_presets->setToolTip(tr("The span every chart shows (Alt+1 … Alt+6)"));
    m_lastPreset = defaultPreset;
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index == presetCount) {
            m_presets->setCurrentIndex(m_lastPreset);
            chooseCustomRange();
            return;
        }
        setPresetSpan(m_presets->itemData(index).toLongLong());
    });
    layout->addWidget(m_presets);

    m_refresh = new QComboBox(this);
    m_refresh->setObjectName(QStringLiteral("refreshPicker"));
    m_refresh->setToolTip(tr("How often live charts are redrawn"));
    for (const int seconds : {1, 5, 10, 30, 60})
        m_refresh->addItem(tr("every %1 s").arg(seconds), seconds * 1000);
    m_refresh->setCurrentIndex(1);
    connect(m_refresh, &QComboBox::currentIndexChanged, this,
            [this] { emit refreshIntervalChanged(refreshInterval()); });
    layout->addWidget(m_refresh);

    m_live->setObjectName(QStringLiteral("liveToggle"));
    m_live->setCheckable(true);
    m_live->setChecked(true);
    m_live->setToolTip(tr("Follow the clock (on) or keep the charts as they are (off) — Alt+L"));
    connect(m_live, &QToolButton::clicked, this, [this](bool live) { setLive(live); });
    layout->addWidget(m_live);
    addActions();
    showState();
}

TimeRangeBar::~TimeRangeBar() = default;

std::pair<qint64, qint64> TimeRangeBar::window(qint64 nowMs) const
{
    if (m_fixed)
        return *m_fixed;
    return {nowMs - presetSpan(), nowMs};
}

qint64 TimeRangeBar::presetSpan() const
{
    return presets[m_lastPreset].second;
}

bool TimeRangeBar::isLive() const
{
    return !m_fixed;
}

void TimeRangeBar::setPresetSpan(qint64 spanMs)
{
    const int best = nearestItem(m_presets, spanMs, presetCount);
    m_lastPreset = best;
    m_presets->setCurrentIndex(best);
    // Paused, the new span ends where the pause froze the clock; live, it ends now.
    if (m_fixed)
        setFixed(std::pair{m_fixed->second - presetSpan(), m_fixed->second}, false);
    else
        setFixed(std::nullopt, false);
}

void TimeRangeBar::setLive(bool live)
{
    if (live)
        setFixed(std::nullopt, false);
    else if (!m_fixed)
        setFixed(window(now()), false);
    else
        showState();
}

void TimeRangeBar::zoomTo(qint64 startMs, qint64 endMs)
{
    if (endMs - startMs < shortestWindowMs) {
        const qint64 middle = startMs + (endMs - startMs) / 2;
        startMs = middle - shortestWindowMs / 2;
        endMs = startMs + shortestWindowMs;
    }
    setFixed(std::pair{startMs, endMs}, true);
}

void TimeRangeBar::resetZoom()
{
    setFixed(std::nullopt, false);
}

void TimeRangeBar::shift(double fraction)
{
    const auto [start, end] = window(now());
    const qint64 by = qint64((end - start) * fraction);
    zoomTo(start + by, end + by);
}

void TimeRangeBar::zoomOut()
{
    const auto [start, end] = window(now());
    const qint64 width = end - start;
    const qint64 newEnd = std::min(end + width / 2, now());
    zoomTo(newEnd - 2 * width, newEnd);
}

void TimeRangeBar::chooseCustomRange()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("customRangeDialog"));
    dialog->setWindowTitle(tr("Custom time range"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* form = new QFormLayout(dialog);
    const auto [start, end] = window(now());
    auto* from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(start), dialog);
    auto* to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(end), dialog);
    from->setObjectName(QStringLiteral("rangeFrom"));
    to->setObjectName(QStringLiteral("rangeTo"));
    for (QDateTimeEdit* edit : {from, to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto* problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("rangeProblem"));
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    auto check = [from, to, problem, buttons] {
        const bool ok = from->dateTime() < to->dateTime();
        problem->setText(ok ? QString() : tr("“From” must be before “To”."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(from, &QDateTimeEdit::dateTimeChanged, dialog, check);
    connect(to, &QDateTimeEdit::dateTimeChanged, dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, from, to] {
        zoomTo(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
    });
    check();
    dialog->open();
}

void TimeRangeBar::addActions()
{
    auto add = [this](const QString& text, QKeySequence keys, auto action) {
        auto* item = new QAction(text, this);
        item->setShortcut(keys);
        connect(item, &QAction::triggered, this, action);
        m_actions.append(item);
    };
    for (int i = 0; i < presetCount; ++i)
        add(tr(presets[i].first), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)),
            [this, i] { setPresetSpan(presets[i].second); });
    add(tr("Custom range…"), QKeySequence(Qt::ALT | Qt::Key_R), [this] { chooseCustomRange(); });
    add(tr("Earlier"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { shift(-0.5); });
    add(tr("Later"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { shift(0.5); });
    add(tr("Zoom out"), QKeySequence(Qt::ALT | Qt::Key_Minus), [this] { zoomOut(); });
    add(tr("Reset zoom"), QKeySequence(Qt::ALT | Qt::Key_0), [this] { resetZoom(); });
    add(tr("Live / pause"), QKeySequence(Qt::ALT | Qt::Key_L), [this] { setLive(!isLive()); });
}

int TimeRangeBar::refreshInterval() const
{
    return m_refresh->currentData().toInt();
}

void TimeRangeBar::setRefreshInterval(int ms)
{
    m_refresh->setCurrentIndex(nearestItem(m_refresh, ms, m_refresh->count()));
}

void TimeRangeBar::setFixed(std::optional<std::pair<qint64, qint64>> window, bool zoomed)
{
    m_fixed = window;
    m_zoomed = zoomed && window.has_value();
    showState();
    emit rangeChanged();
}

void TimeRangeBar::showState()
{
    m_live->setChecked(!m_fixed);
    m_live->setText(m_fixed ? tr("Paused") : tr("Live"));
    m_reset->setVisible(m_zoomed);
    m_fixedLabel->setVisible(m_zoomed);
    if (m_zoomed) {
        const bool withDate = m_fixed->second - m_fixed->first > 12 * hourMs ||
                              QDateTime::fromMSecsSinceEpoch(m_fixed->first).date() != QDate::currentDate();
        m_fixedLabel->setText(
            tr("%1 – %2").arg(timeText(m_fixed->first, withDate), timeText(m_fixed->second, withDate)));
    }
}
