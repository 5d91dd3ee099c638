#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The form of one workspace entry (a target, a probe, a source...): labelled fields, each known by
// its key in workspace.json ("url", "auth.username") so that the model's problems, which name that
// key, are shown at the field they are about. Subclasses add the fields and copy them to and from
// their struct; edits by the user are signalled, loading a value is not.
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsForm(QWidget* parent = nullptr);
    ~SettingsForm() override;

    // Problems of the shown entry as WorkspaceConfig::validationErrors() words them, with the
    // entry's own path left out ("url: expected an http:// or https:// URL, got ...").
    void showProblems(const QStringList& modelProblems);
    QStringList shownProblems() const { return m_shownProblems; }

signals:
    void edited();

protected:
    QFormLayout* form() const { return m_form; }
    // While true (loading a value into the fields), edits are not signalled.
    bool& loading() { return m_loading; }
    void fieldEdited();

    QLineEdit* addLineEdit(const QString& key, const QString& label, const QString& placeholder,
                           const QString& help = {});
    // A path to a local file, with a Browse… button.
    QLineEdit* addFileEdit(const QString& key, const QString& label, const QString& placeholder,
                           const QString& help = {});
    QSpinBox* addSpinBox(const QString& key, const QString& label, int minimum, int maximum,
                         const QString& suffix, const QString& help = {});
    QCheckBox* addCheckBox(const QString& key, const QString& text, const QString& help = {});
    // Adds `field` under `label`; problems named `key` (or starting with "key." / "key[") mark it.
    void addField(const QString& key, const QString& label, QWidget* field, const QString& help = {});
    // Further keys whose problems mark `field` (a field that stands for several in the file).
    void alsoKnownAs(const QString& key, QWidget* field);
    QLabel* addHelp(const QString& text);
    // The model's wording of a problem, or the form's own when it knows better what went wrong (the
    // field holds text it could not read, so the model only saw a placeholder value).
    virtual QString reworded(const QString& problem) const { return problem; }

private:
    QWidget* fieldFor(const QString& problem) const;
    void mark(QWidget* field, const QString& problem);

    QFormLayout* m_form = nullptr;
    QLabel* m_problems = nullptr;
    QHash<QString, QWidget*> m_fields;
    QList<QWidget*> m_marked;
    QStringList m_shownProblems;
    bool m_loading = false;
};
