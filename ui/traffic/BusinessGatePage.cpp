// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/BusinessGatePage.h"

#include "traffic/SwitchedPanes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString quoted(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('"')))
        return arg;
    QString a = arg;
    a.replace(QLatin1Char('"'), QLatin1String("\"\"\""));
    return QLatin1Char('"') + a + QLatin1Char('"');
}
}

BusinessGatePage::BusinessGatePage(QWidget *parent)
    : GateFieldsPage(parent)
    , m_mode(new QComboBox(this))
    , m_stack(new SwitchedPanes(this))
    , m_requests(new QTableWidget(0, RequestColumnCount, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *modeForm = new QFormLayout;
    m_mode->addItem(tr("HTTP request sequence"));
    m_mode->addItem(tr("Command"));
    m_mode->setObjectName(QStringLiteral("businessMode"));
    modeForm->addRow(tr("&Test by:"), m_mode);
    layout->addLayout(modeForm);
    layout->addWidget(m_stack);

    auto *requestsPage = new QWidget(m_stack);
    auto *requestsLayout = new QVBoxLayout(requestsPage);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    requestsLayout->addWidget(
        new QLabel(tr("Run in order; each is judged like a health check and the first that fails decides."),
            requestsPage));
    m_requests->setHorizontalHeaderLabels(
        { tr("Method"), tr("URL"), tr("Expected status"), tr("Body matches"), tr("Body") });
    m_requests->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_requests->verticalHeader()->setDefaultSectionSize(m_requests->fontMetrics().height() + 10);
    m_requests->setTabKeyNavigation(false);
    m_requests->setMinimumHeight(140);
    registerField(
        QStringLiteral("requests"), m_requests, tr("The HTTP requests of the transaction, in order."));
    requestsLayout->addWidget(m_requests);
    auto *requestButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add re&quest"), requestsPage);
    auto *remove = new QPushButton(tr("Remove request"), requestsPage);
    requestButtons->addWidget(add);
    requestButtons->addWidget(remove);
    requestButtons->addStretch();
    requestsLayout->addLayout(requestButtons);
    m_stack->addWidget(requestsPage);

    auto *commandPage = new QWidget(m_stack);
    auto *commandForm = new QFormLayout(commandPage);
    commandForm->setContentsMargins(0, 0, 0, 0);
    m_command = addLine(commandForm, QStringLiteral("command"), tr("&Program:"),
        QStringLiteral("/opt/checks/payment-roundtrip"),
        tr("Run without a shell; exit code 0 passes. Its last output line is shown with the measurement."));
    m_args = new QLineEdit(commandPage);
    m_args->setPlaceholderText(QStringLiteral("--amount 1.00"));
    registerField(
        QStringLiteral("args"), m_args, tr("The arguments, separated by spaces; quote one with spaces."));
    commandForm->addRow(tr("&Arguments:"), m_args);
    m_stack->addWidget(commandPage);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        Q_EMIT changed();
    });
    connect(add, &QPushButton::clicked, this, &BusinessGatePage::addRequest);
    connect(remove, &QPushButton::clicked, this, &BusinessGatePage::removeRequest);
    connect(m_requests, &QTableWidget::cellChanged, this, &GateFieldsPage::changed);
    connect(m_args, &QLineEdit::textEdited, this, &GateFieldsPage::changed);
}

void BusinessGatePage::addRequest()
{
    const int row = m_requests->rowCount();
    {
        const QSignalBlocker blocker(m_requests);
        m_requests->insertRow(row);
        m_requests->setItem(row, MethodColumn, new QTableWidgetItem(QStringLiteral("GET")));
        m_requests->setItem(row, StatusColumn, new QTableWidgetItem(QStringLiteral("200")));
        for (int c : { UrlColumn, RegexColumn, BodyColumn })
            m_requests->setItem(row, c, new QTableWidgetItem);
    }
    m_requests->setCurrentCell(row, UrlColumn);
    Q_EMIT changed();
}

void BusinessGatePage::removeRequest()
{
    const int row = m_requests->currentRow();
    if (row < 0)
        return;
    m_requests->removeRow(row);
    Q_EMIT changed();
}

void BusinessGatePage::setParams(const QJsonObject &params)
{
    m_original = params;
    const QSignalBlocker b1(m_mode), b2(m_requests);
    const bool command = params.contains(QLatin1String("command"));
    m_mode->setCurrentIndex(command ? 1 : 0);
    m_stack->setCurrentIndex(command ? 1 : 0);
    m_command->setText(params.value(QLatin1String("command")).toString());
    QStringList args;
    for (const QJsonValue &a : params.value(QLatin1String("args")).toArray())
        args << quoted(a.toString());
    m_args->setText(args.join(QLatin1Char(' ')));
    const QJsonArray requests = params.value(QLatin1String("requests")).toArray();
    m_requests->setRowCount(0);
    for (int row = 0; row < requests.size(); ++row) {
        const QJsonObject r = requests.at(row).toObject();
        m_requests->insertRow(row);
        m_requests->setItem(row, MethodColumn,
            new QTableWidgetItem(r.value(QLatin1String("method")).toString(QStringLiteral("GET"))));
        m_requests->setItem(row, UrlColumn, new QTableWidgetItem(r.value(QLatin1String("url")).toString()));
        m_requests->setItem(row, StatusColumn,
            new QTableWidgetItem(r.contains(QLatin1String("expect_status"))
                    ? numberText(r.value(QLatin1String("expect_status")))
                    : QStringLiteral("200")));
        m_requests->setItem(
            row, RegexColumn, new QTableWidgetItem(r.value(QLatin1String("body_regex")).toString()));
        m_requests->setItem(row, BodyColumn, new QTableWidgetItem(r.value(QLatin1String("body")).toString()));
    }
}

QJsonObject BusinessGatePage::params() const
{
    QJsonObject o = m_original;
    if (m_mode->currentIndex() == 1) {
        o.remove(QStringLiteral("requests"));
        o.insert(QStringLiteral("command"), m_command->text().trimmed());
        QJsonArray args;
        for (const QString &a : QProcess::splitCommand(m_args->text()))
            args << a;
        if (args.isEmpty())
            o.remove(QStringLiteral("args"));
        else
            o.insert(QStringLiteral("args"), args);
        return o;
    }
    o.remove(QStringLiteral("command"));
    o.remove(QStringLiteral("args"));
    const QJsonArray before = m_original.value(QLatin1String("requests")).toArray();
    QJsonArray requests;
    for (int row = 0; row < m_requests->rowCount(); ++row) {
        auto text = [&](int c) {
            return m_requests->item(row, c) ? m_requests->item(row, c)->text().trimmed() : QString();
        };
        QJsonObject r = row < before.size() ? before.at(row).toObject() : QJsonObject();
        putText(&r, QStringLiteral("url"), text(UrlColumn));
        const QString method = text(MethodColumn).toUpper();
        if (method == QLatin1String("GET") && !r.contains(QLatin1String("method")))
            r.remove(QStringLiteral("method"));
        else
            putText(&r, QStringLiteral("method"), method);
        if (text(StatusColumn) == QLatin1String("200") && !r.contains(QLatin1String("expect_status")))
            r.remove(QStringLiteral("expect_status"));
        else
            putNumber(&r, QStringLiteral("expect_status"), text(StatusColumn));
        r.remove(QStringLiteral("body_regex"));
        if (!text(RegexColumn).isEmpty())
            r.insert(QStringLiteral("body_regex"), text(RegexColumn));
        putText(&r, QStringLiteral("body"), text(BodyColumn));
        requests << r;
    }
    o.insert(QStringLiteral("requests"), requests);
    return o;
}
