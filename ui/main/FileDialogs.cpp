#include "main/FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>

namespace kartoteka::ui {

namespace {

// Icons and type names from what stat() tells (folder or file) and the name's
// suffix: the standard provider asks QMimeDatabase, which reads the file.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("kartoteka::ui::FileDialogs", "Folder");
        if (info.suffix().isEmpty())
            return QCoreApplication::translate("kartoteka::ui::FileDialogs", "File");
        return QCoreApplication::translate("kartoteka::ui::FileDialogs", "%1 file")
            .arg(info.suffix().toUpper());
    }
};

} // namespace

void prepareFileDialog(QFileDialog& dialog)
{
    // The platform's own dialogs (GTK's in this process on Linux) sniff file
    // contents too, and cannot be told not to: Qt's dialog with our provider.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    static NameOnlyIconProvider provider;
    dialog.setIconProvider(&provider);
}

namespace {

QString run(QFileDialog& dialog)
{
    prepareFileDialog(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString chooseFileToOpen(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString chooseFileToSave(QWidget* parent, const QString& caption, const QString& path,
                         const QString& filter)
{
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog);
}

QString chooseFolder(QWidget* parent, const QString& caption, const QString& folder)
{
    QFileDialog dialog(parent, caption, folder);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog);
}

} // namespace kartoteka::ui
