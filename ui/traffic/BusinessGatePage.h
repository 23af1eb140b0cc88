// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/GateFieldsPage.h"

class QComboBox;
class QLineEdit;
class SwitchedPanes;
class QTableWidget;

// The fields of a business-transaction gate: either a sequence of HTTP requests (a table: method, URL,
// expected status, body regex, body) or a command with its arguments.
class BusinessGatePage : public GateFieldsPage {
    Q_OBJECT
public:
    explicit BusinessGatePage(QWidget *parent = nullptr);
    void setParams(const QJsonObject &params) override;
    QJsonObject params() const override;

    enum RequestColumn { MethodColumn, UrlColumn, StatusColumn, RegexColumn, BodyColumn, RequestColumnCount };

    void addRequest();
    void removeRequest();

private:
    QComboBox *m_mode;
    SwitchedPanes *m_stack;
    QTableWidget *m_requests;
    QLineEdit *m_command;
    QLineEdit *m_args;
};
