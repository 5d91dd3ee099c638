#pragma once

#include "settingsform.h"
#include "sourcelisteditor.h"
#include "workspaceconfig.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <functional>

// One tab of the settings page: the part of the edited configuration it shows and changes.
class SettingsSection
{
public:
    virtual ~SettingsSection() = default;
    virtual QWidget* widget() const = 0;
    virtual QString title() const = 0;
    // The edited configuration was replaced: show it again.
    virtual void reload() = 0;
    // Shows the problems (all of the configuration's) that are about this section; returns how many.
    virtual int showProblems(const QStringList& problems) = 0;

protected:
    // The problems under `path` ("targets[1]", "storage"), with that path and its separator left off.
    static QStringList problemsUnder(const QStringList& problems, const QString& path)
    {
        QStringList own;
        for (const QString& problem : problems) {
            if (!problem.startsWith(path))
                continue;
            const QStringView rest = QStringView(problem).mid(path.size());
            if (rest.startsWith(QLatin1Char('.')))
                own.append(rest.mid(1).toString());
            else if (rest.startsWith(QLatin1String(": ")))
                own.append(rest.mid(2).toString());
        }
        return own;
    }

    static QScrollArea* scrolled(QWidget* form)
    {
        auto* area = new QScrollArea;
        area->setWidget(form);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    }
};

// A list of entries of one kind (QList<T> in WorkspaceConfig) with its form: Add, Duplicate and
// Remove change the list, the form edits the selected entry in place.
template<typename T, typename Form>
class ListSection : public SettingsSection
{
public:
    struct Kind
    {
        QList<T> WorkspaceConfig::*items;
        QString key;       // in workspace.json and in problem paths: "targets"
        QString title;     // translated tab title
        QString newName;   // translated base name of an added entry
        QString emptyText; // translated: what this list is for, while it is empty
    };

    // `edited` is the page's edited configuration; `changed` is called after every change to it.
    ListSection(const Kind& kind, WorkspaceConfig* edited, std::function<void()> changed)
        : m_kind(kind)
        , m_config(edited)
        , m_changed(std::move(changed))
        , m_splitter(new QSplitter)
        , m_list(new SourceListEditor)
        , m_pages(new QStackedWidget)
        , m_form(new Form)
    {
        m_list->setObjectName(kind.key + QStringLiteral("List"));
        m_form->setObjectName(kind.key + QStringLiteral("Form"));
        auto* empty = new QLabel(kind.emptyText);
        empty->setObjectName(kind.key + QStringLiteral("Empty"));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        empty->setMargin(12);
        m_pages->addWidget(empty);
        m_pages->addWidget(scrolled(m_form));
        m_splitter->addWidget(m_list);
        m_splitter->addWidget(m_pages);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setChildrenCollapsible(false);
        m_list->setMinimumWidth(200);
        m_splitter->setSizes({240, 700});

        QObject::connect(m_list, &SourceListEditor::currentRowChanged, m_form, [this] { load(); });
        QObject::connect(m_form, &SettingsForm::edited, m_form, [this] { store(); });
        QObject::connect(m_list, &SourceListEditor::addRequested, m_form, [this] {
            T item;
            item.name = uniqueName(m_kind.newName);
            insert(int(items().size()), item);
        });
        QObject::connect(m_list, &SourceListEditor::duplicateRequested, m_form, [this](int row) {
            if (row < 0 || row >= items().size())
                return;
            T copy = items().at(row);
            copy.name = uniqueName(QCoreApplication::translate("SettingsPage", "%1 copy").arg(copy.name));
            insert(row + 1, copy);
        });
        QObject::connect(m_list, &SourceListEditor::removeRequested, m_form, [this](int row) {
            if (row < 0 || row >= items().size())
                return;
            items().removeAt(row);
            m_list->setNames(names());
            load();
            m_changed();
        });
    }

    QWidget* widget() const override { return m_splitter; }
    QString title() const override { return QStringLiteral("%1 (%2)").arg(m_kind.title).arg(items().size()); }

    void reload() override
    {
        m_list->setNames(names());
        load();
    }

    int showProblems(const QStringList& problems) override
    {
        m_rowProblems.clear();
        int count = 0;
        for (int row = 0; row < items().size(); ++row) {
            const QStringList own =
                problemsUnder(problems, QStringLiteral("%1[%2]").arg(m_kind.key).arg(row));
            m_rowProblems.append(own);
            m_list->setProblems(row, own);
            count += int(own.size());
        }
        m_form->showProblems(m_rowProblems.value(m_list->currentRow()));
        return count;
    }

private:
    QList<T>& items() const { return (*m_config).*(m_kind.items); }

    QStringList names() const
    {
        QStringList list;
        for (const T& item : items())
            list.append(item.name);
        return list;
    }

    QString uniqueName(const QString& base) const
    {
        const QStringList taken = names();
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("%1 %2").arg(base).arg(n);
        return name;
    }

    void insert(int row, const T& item)
    {
        items().insert(row, item);
        m_list->setNames(names());
        m_list->setCurrentRow(row);
        load();
        m_changed();
    }

    void load()
    {
        const int row = m_list->currentRow();
        const bool shown = row >= 0 && row < items().size();
        m_pages->setCurrentIndex(shown ? 1 : 0);
        if (!shown)
            return;
        m_form->setValue(items().at(row));
        m_form->showProblems(m_rowProblems.value(row));
    }

    void store()
    {
        const int row = m_list->currentRow();
        if (row < 0 || row >= items().size())
            return;
        items()[row] = m_form->value();
        m_list->setName(row, items().at(row).name);
        m_changed();
    }

    Kind m_kind;
    WorkspaceConfig* m_config;
    std::function<void()> m_changed;
    QSplitter* m_splitter;
    SourceListEditor* m_list;
    QStackedWidget* m_pages;
    Form* m_form;
    QList<QStringList> m_rowProblems;
};
