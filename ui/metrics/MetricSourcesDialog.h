// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSourceSettings.h"

#include <QDialog>

class HttpProberEditor;
class PrometheusSourceEditor;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

// Session → Metric sources…: chooses the session's metric source (none, Prometheus, the built-in HTTP
// prober, a CSV replay) and edits its settings with the source's own editor. The dialog only edits a
// value: Save emits saveRequested(settings) and whoever owns the session applies it (stored, audited,
// the running source replaced) and answers with accept() or showError().
class MetricSourcesDialog : public QDialog {
    Q_OBJECT
public:
    explicit MetricSourcesDialog(QWidget *parent = nullptr);

    void setSettings(const MetricSourceSettings &settings);
    MetricSourceSettings settings() const;
    void setReadOnly(bool readOnly);
    // The owner could not apply the settings: shown in the dialog, which stays open.
    void showError(const QString &message);

    QComboBox *kindBox() const { return m_kind; }
    PrometheusSourceEditor *prometheusEditor() const { return m_prometheus; }
    HttpProberEditor *proberEditor() const { return m_prober; }
    QLineEdit *csvFileEdit() const { return m_csvFile; }

Q_SIGNALS:
    void saveRequested(const MetricSourceSettings &settings);

private:
    void updateState();
    void chooseCsvFile();

    QComboBox *m_kind;
    QStackedWidget *m_pages;
    PrometheusSourceEditor *m_prometheus;
    HttpProberEditor *m_prober;
    QLineEdit *m_csvFile;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_readOnly = false;
};
