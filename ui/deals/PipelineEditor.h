#pragma once

#include "deals/Deal.h"
#include "deals/PipelineRepository.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The stages of one pipeline, in order.
class StagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Probability,
        Rotting,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setStages(const QList<Stage>& stages);
    const Stage& stageAt(int row) const { return m_stages.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Stage> m_stages;
};

// Pipelines and their stages (Administration): add, rename, reorder and
// remove stages by the pipeline's rules, add final stages of either kind.
class PipelineEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineEditor(Database& db, QWidget* parent = nullptr);
    void reload();
    void newPipeline();
    void addStage();
    void editStage(int row);
    void removeStage(int row);
    void moveStage(int row, int step);
    StagesModel* model() const { return m_model; }

private:
    bool askForStage(Stage& stage, bool isNew);
    void report(const Status& status);

    PipelineRepository m_repository;
    QComboBox* m_pipeline;
    StagesModel* m_model;
    QTableView* m_view;
};

} // namespace kartoteka::ui
