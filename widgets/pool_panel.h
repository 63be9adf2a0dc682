#pragma once
// Pool cards: one compact card per execution pool (local CPU, cloud) with its limit, slots in use,
// queue, completion and 429 rates, latency, batch size and utilisation, as the last snapshot has them.

#include "model/snapshot.h"

#include <QFrame>
#include <QHash>
#include <QList>
#include <QPointer>

class QLabel;
class QProgressBar;
class QHBoxLayout;

namespace omega::widgets {

class SelectionModel;

class PoolPanel : public QFrame {
    Q_OBJECT
public:
    explicit PoolPanel(QWidget* parent = nullptr);

    void setPool(const model::PoolView& pool);
    QString poolName() const { return m_name; }
    // Shown text of one field: "limit", "inUse", "waiting", "donePerS", "throttledPerS",
    // "latency", "batch", "utilisation". Empty for an unknown field.
    QString valueText(const QString& field) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    QLabel* addField(int row, int column, const QString& field, const QString& caption, const QString& toolTip);

    QString m_name;
    QLabel* m_title;
    QLabel* m_kind;
    QProgressBar* m_inUseBar;
    QHash<QString, QLabel*> m_values;
};

class PoolPanels : public QWidget {
    Q_OBJECT
public:
    explicit PoolPanels(QWidget* parent = nullptr);

    void setSnapshot(const model::SnapshotPtr& snapshot);
    void setSelectionModel(SelectionModel* selection);

    QList<PoolPanel*> panels() const { return m_panels; }
    PoolPanel* panel(const QString& poolName) const;

private:
    void rebuild(const std::vector<model::PoolView>& pools);

    std::uint64_t m_serial = 0;
    QHBoxLayout* m_row;
    QLabel* m_empty;
    QList<PoolPanel*> m_panels;
    QPointer<SelectionModel> m_selection;
};

} // namespace omega::widgets
