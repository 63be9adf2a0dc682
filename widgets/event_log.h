#pragma once
// Events from the feed (faults starting and ending, configuration applied), newest first.

#include "model/snapshot.h"

#include <QWidget>

class QTableWidget;

namespace omega::widgets {

class EventLog : public QWidget {
    Q_OBJECT
public:
    explicit EventLog(QWidget* parent = nullptr);
    void setSnapshot(const model::SnapshotPtr& snapshot);
    int rowCount() const;

private:
    QTableWidget* m_table;
    std::vector<model::EventRecord> m_shown;
};

} // namespace omega::widgets
