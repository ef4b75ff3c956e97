#include "deals/PipelineEditor.h"

#include "main/DialogKeys.h"
#include "main/ListActions.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace kartoteka::ui {

namespace {

QString kindText(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return StagesModel::tr("final: won");
    case StageKind::Lost:
        return StagesModel::tr("final: lost");
    case StageKind::Open:
        break;
    }
    return StagesModel::tr("open");
}

} // namespace

void StagesModel::setStages(const QList<Stage>& stages)
{
    beginResetModel();
    m_stages = stages;
    endResetModel();
}

int StagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Stage& s = m_stages.at(index.row());
    switch (Column(index.column())) {
    case Name:
        return s.name;
    case Kind:
        return kindText(s.kind);
    case Probability:
        return tr("%1 %").arg(s.probability);
    case Rotting:
        return s.rottingDays > 0 ? tr("%n day(s)", nullptr, s.rottingDays) : tr("never");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Stage");
    case Kind:
        return tr("Kind");
    case Probability:
        return tr("Probability");
    case Rotting:
        return tr("Rots after");
    case ColumnCount:
        break;
    }
    return {};
}

PipelineEditor::PipelineEditor(Database& db, QWidget* parent)
    : QWidget(parent), m_repository(db), m_pipeline(new QComboBox(this)),
      m_model(new StagesModel(this)), m_view(new QTableView(this))
{
    connect(m_pipeline, &QComboBox::activated, this, [this] { reload(); });
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StagesModel::Name, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editStage(i.row()); });

    auto row = [this] { return m_view->currentIndex().row(); };
    const QList<ListAction> actions{{tr("New pipeline…"), [this] { newPipeline(); }},
                                    {tr("Add stage…"), [this] { addStage(); }},
                                    {tr("Change…"), [this, row] { editStage(row()); }},
                                    {tr("Up"), [this, row] { moveStage(row(), -1); }},
                                    {tr("Down"), [this, row] { moveStage(row(), 1); }},
                                    {tr("Remove…"), [this, row] { removeStage(row()); }}};
    layOutListEditor(this, m_pipeline, m_view, actions);
    reload();
}

void PipelineEditor::reload()
{
    const qint64 current = m_pipeline->currentData().toLongLong();
    Result<QList<Pipeline>> pipelines = m_repository.pipelines();
    if (!pipelines)
        return;
    m_pipeline->clear();
    for (const Pipeline& p : *pipelines)
        m_pipeline->addItem(p.name, p.id);
    const int index = std::max(0, m_pipeline->findData(current));
    m_pipeline->setCurrentIndex(index);
    m_model->setStages(pipelines->isEmpty() ? QList<Stage>{} : pipelines->at(index).stages);
}

void PipelineEditor::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Pipelines"), status.error().message);
    reload();
}

void PipelineEditor::newPipeline()
{
    const std::optional<QString> name = askText(this, tr("New pipeline"), tr("Name:"));
    if (!name)
        return;
    Result<Pipeline> made = m_repository.createPipeline(*name);
    if (!made)
        return report(made.error());
    reload();
    m_pipeline->setCurrentIndex(m_pipeline->findData(made->id));
    reload();
}

bool PipelineEditor::askForStage(Stage& stage, bool isNew)
{
    GuardedDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("New stage") : tr("Change the stage"));
    auto* name = new QLineEdit(stage.name, &dialog);
    auto* kind = new QComboBox(&dialog);
    for (StageKind k : {StageKind::Open, StageKind::Won, StageKind::Lost})
        kind->addItem(kindText(k), int(k));
    kind->setCurrentIndex(kind->findData(int(stage.kind)));
    kind->setEnabled(isNew); // a stage with deals keeps its kind
    auto* probability = new QSpinBox(&dialog);
    probability->setRange(0, 100);
    probability->setSuffix(tr(" %"));
    probability->setValue(stage.probability);
    auto* rotting = new QSpinBox(&dialog);
    rotting->setRange(0, 365);
    rotting->setSpecialValueText(tr("never"));
    rotting->setSuffix(tr(" days"));
    rotting->setValue(stage.rottingDays);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    saveOnCtrlEnter(&dialog, buttons);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Probability:"), probability);
    form->addRow(tr("Rots after:"), rotting);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    stage.name = name->text().trimmed();
    stage.kind = StageKind(kind->currentData().toInt());
    stage.probability = probability->value();
    stage.rottingDays = rotting->value();
    return true;
}

void PipelineEditor::addStage()
{
    Stage stage;
    stage.pipelineId = m_pipeline->currentData().toLongLong();
    if (askForStage(stage, true))
        report(m_repository.addStage(stage));
}

void PipelineEditor::editStage(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    Stage stage = m_model->stageAt(row);
    if (askForStage(stage, false))
        report(m_repository.updateStage(stage));
}

void PipelineEditor::removeStage(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Stage stage = m_model->stageAt(row);
    if (QMessageBox::question(this, tr("Remove a stage"),
                              tr("Remove the stage \"%1\"?").arg(stage.name)) == QMessageBox::Yes)
        report(m_repository.removeStage(stage));
}

void PipelineEditor::moveStage(int row, int step)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Stage stage = m_model->stageAt(row);
    if (stage.isFinal())
        return report(
            makeError(ErrorKind::Invalid, tr("Final stages stay at the end of the pipeline.")));
    int openIndex = 0;
    for (int i = 0; i < row; ++i)
        openIndex += m_model->stageAt(i).isFinal() ? 0 : 1;
    report(m_repository.moveStage(stage, std::max(0, openIndex + step)));
    m_view->setCurrentIndex(m_model->index(std::clamp(row + step, 0, m_model->rowCount() - 1), 0));
}

} // namespace kartoteka::ui
