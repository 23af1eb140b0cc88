// SPDX-License-Identifier: GPL-3.0-or-later
#include "traffic/PlanEditDialog.h"

#include "traffic/GateEditor.h"
#include "traffic/GateFieldsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum StepColumn { NumberColumn, PercentColumn, HoldColumn, GatesColumn, StepColumnCount };

QString holdLabel(int seconds)
{
    return seconds < 0 ? PlanEditDialog::tr("until promoted") : StepPlan::holdText(seconds);
}

QString gateLabel(const GateDefinition &g)
{
    return PlanEditDialog::tr("%1 · %2").arg(GateDefinition::kindLabel(g.kind), g.name);
}

// The shortcut in a button's tooltip, so that it is found without the manual.
void withShortcut(QPushButton *button, const QKeySequence &keys, QWidget *context, const QString &tip)
{
    auto *shortcut = new QShortcut(keys, context);
    QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
}
}

PlanEditDialog::PlanEditDialog(const StepPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan.steps.isEmpty() ? StepPlan::defaultPlan() : plan)
{
    setWindowTitle(tr("Traffic plan"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Tab 1: steps | gates of the step | the gate. Created in this order, which is the tab order.
    auto *form = new QWidget(m_tabs);
    auto *formLayout = new QVBoxLayout(form);
    auto *splitter = new QSplitter(Qt::Horizontal, form);
    splitter->setChildrenCollapsible(false);
    formLayout->addWidget(splitter, 1);

    auto *stepsBox = new QGroupBox(tr("Steps"), splitter);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    m_stepTable = new QTableWidget(0, StepColumnCount, stepsBox);
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setHorizontalHeaderLabels({ tr("Step"), tr("% new"), tr("Hold"), tr("Gates") });
    m_stepTable->verticalHeader()->hide();
    m_stepTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepTable->setTabKeyNavigation(false);
    m_stepTable->setWordWrap(false);
    m_stepTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stepTable->horizontalHeader()->setSectionResizeMode(HoldColumn, QHeaderView::Stretch);
    stepsLayout->addWidget(m_stepTable, 1);
    auto *stepButtons = new QHBoxLayout;
    m_addStep = new QPushButton(tr("&Add step"), stepsBox);
    m_removeStep = new QPushButton(tr("Remove step"), stepsBox);
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addStretch();
    stepsLayout->addLayout(stepButtons);
    m_stepTitle = new QLabel(stepsBox);
    QFont bold = m_stepTitle->font();
    bold.setBold(true);
    m_stepTitle->setFont(bold);
    stepsLayout->addWidget(m_stepTitle);
    auto *stepForm = new QFormLayout;
    m_percent = new QSpinBox(stepsBox);
    m_percent->setObjectName(QStringLiteral("stepPercent"));
    m_percent->setRange(1, 100);
    m_percent->setSuffix(tr(" %"));
    m_percent->setToolTip(tr("The share of traffic on the new path at this step (1..100, rising)."));
    stepForm->addRow(tr("&Share on new:"), m_percent);
    auto *holdRow = new QHBoxLayout;
    m_hold = new QLineEdit(stepsBox);
    m_hold->setObjectName(QStringLiteral("stepHold"));
    m_hold->setPlaceholderText(tr("30s, 5m, 2h"));
    m_hold->setToolTip(tr("How long to stay at this step before the next: 30s, 5m, 2h."));
    m_untilPromoted = new QCheckBox(tr("&until promoted"), stepsBox);
    m_untilPromoted->setObjectName(QStringLiteral("holdUntilPromoted"));
    m_untilPromoted->setToolTip(tr("Stay at this step until a person promotes."));
    holdRow->addWidget(m_hold, 1);
    holdRow->addWidget(m_untilPromoted);
    auto *holdLabel = new QLabel(tr("&Hold:"), stepsBox);
    holdLabel->setBuddy(m_hold);
    stepForm->addRow(holdLabel, holdRow);
    stepsLayout->addLayout(stepForm);

    auto *gatesBox = new QGroupBox(tr("Gates"), splitter);
    auto *gatesLayout = new QVBoxLayout(gatesBox);
    m_gatesTitle = new QLabel(gatesBox);
    m_gatesTitle->setWordWrap(true);
    gatesLayout->addWidget(m_gatesTitle);
    m_gateList = new QListWidget(gatesBox);
    m_gateList->setObjectName(QStringLiteral("gateList"));
    gatesLayout->addWidget(m_gateList, 1);
    auto *gateButtons = new QGridLayout;
    m_addGate = new QPushButton(tr("Add &gate"), gatesBox);
    m_removeGate = new QPushButton(tr("Remove gate"), gatesBox);
    m_copyGates = new QPushButton(tr("Use for &every step"), gatesBox);
    gateButtons->addWidget(m_addGate, 0, 0);
    gateButtons->addWidget(m_removeGate, 0, 1);
    gateButtons->addWidget(m_copyGates, 1, 0, 1, 2);
    gatesLayout->addLayout(gateButtons);

    m_editorStack = new QStackedWidget(splitter);
    auto *placeholder
        = new QLabel(tr("This step has no gate selected.\nAdd one with Ctrl+G."), m_editorStack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_editorStack->addWidget(placeholder);
    auto *scroll = new QScrollArea(m_editorStack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gateEditor = new GateEditor(scroll);
    scroll->setWidget(m_gateEditor);
    m_editorStack->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({ 270, 230, 700 });

    auto *planForm = new QFormLayout;
    m_healthUrl = new QLineEdit(form);
    m_healthUrl->setObjectName(QStringLiteral("oldHealthUrl"));
    m_healthUrl->setPlaceholderText(QStringLiteral("http://old.internal:8080/health"));
    m_healthUrl->setToolTip(
        tr("Checked before a rollback, so traffic goes back only to a healthy old path."));
    planForm->addRow(tr("Old path health &URL:"), m_healthUrl);
    formLayout->addLayout(planForm);
    m_tabs->addTab(form, tr("&Steps and gates"));

    // Tab 2: the same plan as JSON.
    auto *jsonPage = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    auto *jsonHelp = new QLabel(tr("The plan as JSON, as `cutoverctl plan --help` documents it. Edits here "
                                   "are taken over by the form."),
        jsonPage);
    jsonHelp->setWordWrap(true);
    jsonLayout->addWidget(jsonHelp);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(QStringLiteral("planJson"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    jsonLayout->addWidget(m_json, 1);
    m_tabs->addTab(jsonPage, tr("&JSON"));

    auto *bottom = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("why the plan changes (recorded in the audit trail)"));
    bottom->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(bottom);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("problems"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    withShortcut(
        m_addStep, QKeySequence(Qt::CTRL | Qt::Key_N), this, tr("Add a step after the selected one"));
    withShortcut(
        m_removeStep, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, tr("Remove the selected step"));
    withShortcut(m_addGate, QKeySequence(Qt::CTRL | Qt::Key_G), this, tr("Add a gate to the selected step"));
    withShortcut(
        m_removeGate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this, tr("Remove the selected gate"));
    m_copyGates->setToolTip(tr("Give every step the gates of the selected step."));
    auto *deleteStep = new QShortcut(QKeySequence::Delete, m_stepTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteStep, &QShortcut::activated, this, &PlanEditDialog::removeStep);
    auto *deleteGate = new QShortcut(QKeySequence::Delete, m_gateList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteGate, &QShortcut::activated, this, &PlanEditDialog::removeGate);

    connect(m_addStep, &QPushButton::clicked, this, &PlanEditDialog::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &PlanEditDialog::removeStep);
    connect(m_addGate, &QPushButton::clicked, this, &PlanEditDialog::addGate);
    connect(m_removeGate, &QPushButton::clicked, this, &PlanEditDialog::removeGate);
    connect(m_copyGates, &QPushButton::clicked, this, &PlanEditDialog::copyGatesToEveryStep);
    connect(m_stepTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading && row != m_step)
            selectStep(row);
    });
    connect(m_gateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row != m_gate)
            selectGate(row);
    });
    connect(m_percent, &QSpinBox::valueChanged, this, &PlanEditDialog::stepFieldsEdited);
    connect(m_hold, &QLineEdit::textEdited, this, &PlanEditDialog::stepFieldsEdited);
    connect(m_untilPromoted, &QCheckBox::toggled, this, &PlanEditDialog::stepFieldsEdited);
    connect(m_gateEditor, &GateEditor::changed, this, &PlanEditDialog::gateEdited);
    connect(m_healthUrl, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_plan.oldHealthUrl = text.trimmed();
        validate();
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, &PlanEditDialog::jsonEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PlanEditDialog::tabChanged);

    loadForm();
    resize(1200, 780);
}

QString PlanEditDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PlanEditDialog::loadForm()
{
    m_loading = true;
    m_stepTable->setRowCount(int(m_plan.steps.size()));
    for (int i = 0; i < m_plan.steps.size(); ++i)
        fillStepRow(i);
    m_healthUrl->setText(m_plan.oldHealthUrl);
    m_loading = false;
    const int step = m_plan.steps.isEmpty() ? -1 : qBound(0, m_step, int(m_plan.steps.size()) - 1);
    m_step = -2; // force a refill
    selectStep(step);
}

void PlanEditDialog::fillStepRow(int row)
{
    const PlanStep &s = m_plan.steps.at(row);
    const QStringList cells { QString::number(row + 1), tr("%1 %").arg(s.percent), holdLabel(s.holdSeconds),
        QString::number(s.gates.size()) };
    for (int c = 0; c < StepColumnCount; ++c) {
        QTableWidgetItem *item = m_stepTable->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(c == HoldColumn ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : Qt::Alignment(Qt::AlignCenter));
            m_stepTable->setItem(row, c, item);
        }
        item->setText(cells.at(c));
    }
}

void PlanEditDialog::selectStep(int index)
{
    m_loading = true;
    m_step = index;
    const bool valid = index >= 0 && index < m_plan.steps.size();
    if (valid)
        m_stepTable->setCurrentCell(index, qMax(0, m_stepTable->currentColumn()));
    else
        m_stepTable->setCurrentCell(-1, -1);
    m_percent->setEnabled(valid);
    m_hold->setEnabled(valid);
    m_untilPromoted->setEnabled(valid);
    m_removeStep->setEnabled(valid);
    m_addGate->setEnabled(valid);
    m_gateList->setEnabled(valid);
    if (valid) {
        const PlanStep &s = m_plan.steps.at(index);
        m_stepTitle->setText(tr("Step %1").arg(index + 1));
        m_percent->setValue(s.percent);
        m_untilPromoted->setChecked(s.holdSeconds < 0);
        m_hold->setEnabled(s.holdSeconds >= 0);
        if (!m_holdProblems.contains(index))
            m_hold->setText(s.holdSeconds < 0 ? QString() : StepPlan::holdText(s.holdSeconds));
        m_gatesTitle->setText(
            tr("Gates of step %1 (%2 % new), measured after the shift and through the hold:")
                .arg(index + 1)
                .arg(s.percent));
    } else {
        m_stepTitle->setText(tr("No step selected"));
        m_gatesTitle->setText(QString());
    }
    m_loading = false;
    fillGateList();
    selectGate(valid && !m_plan.steps.at(index).gates.isEmpty() ? 0 : -1);
}

void PlanEditDialog::fillGateList()
{
    m_loading = true;
    m_gateList->clear();
    if (m_step >= 0 && m_step < m_plan.steps.size())
        for (const GateDefinition &g : std::as_const(m_plan.steps.at(m_step).gates))
            m_gateList->addItem(gateLabel(g));
    m_loading = false;
}

void PlanEditDialog::selectGate(int index)
{
    const bool valid = m_step >= 0 && m_step < m_plan.steps.size() && index >= 0
        && index < m_plan.steps.at(m_step).gates.size();
    m_gate = valid ? index : -1;
    m_loading = true;
    m_gateList->setCurrentRow(m_gate);
    m_loading = false;
    m_removeGate->setEnabled(valid);
    m_copyGates->setEnabled(m_step >= 0 && m_plan.steps.size() > 1);
    if (valid)
        m_gateEditor->setGate(m_plan.steps.at(m_step).gates.at(index));
    m_editorStack->setCurrentIndex(valid ? 1 : 0);
    validate();
}

void PlanEditDialog::stepFieldsEdited()
{
    if (m_loading || m_step < 0 || m_step >= m_plan.steps.size())
        return;
    PlanStep &s = m_plan.steps[m_step];
    s.percent = m_percent->value();
    m_hold->setEnabled(!m_untilPromoted->isChecked());
    m_holdProblems.remove(m_step);
    if (m_untilPromoted->isChecked()) {
        s.holdSeconds = -1;
    } else {
        bool ok = false;
        const int seconds = StepPlan::parseHold(m_hold->text(), &ok);
        if (ok && seconds >= 0)
            s.holdSeconds = seconds;
        else
            m_holdProblems.insert(m_step,
                tr("Step %1: the hold \"%2\" is not a duration; write 30s, 5m or 2h, or tick \"until "
                   "promoted\".")
                    .arg(m_step + 1)
                    .arg(m_hold->text()));
        if (ok && seconds >= 0 && s.holdSeconds < 0)
            s.holdSeconds = 0;
    }
    fillStepRow(m_step);
    m_gatesTitle->setText(tr("Gates of step %1 (%2 % new), measured after the shift and through the hold:")
                              .arg(m_step + 1)
                              .arg(s.percent));
    validate();
}

void PlanEditDialog::gateEdited()
{
    if (m_loading || m_step < 0 || m_gate < 0)
        return;
    GateDefinition &g = m_plan.steps[m_step].gates[m_gate];
    g = m_gateEditor->gate();
    if (QListWidgetItem *item = m_gateList->item(m_gate))
        item->setText(gateLabel(g));
    validate();
}

void PlanEditDialog::addStep()
{
    PlanStep step;
    int at = int(m_plan.steps.size());
    if (m_plan.steps.isEmpty()) {
        step.percent = 1;
    } else {
        const int from = m_step >= 0 ? m_step : int(m_plan.steps.size()) - 1;
        const PlanStep &base = m_plan.steps.at(from);
        step.holdSeconds = base.holdSeconds;
        step.gates = base.gates; // most plans run the same gates at every step
        at = from + 1;
        if (base.percent >= 100) { // nothing comes after 100 %: insert before the last step instead
            at = from;
            const int before = from > 0 ? m_plan.steps.at(from - 1).percent : 0;
            step.percent = qMax(1, (before + 100) / 2);
        } else if (at < m_plan.steps.size()) {
            step.percent = qMax(base.percent + 1, (base.percent + m_plan.steps.at(at).percent) / 2);
        } else {
            step.percent = qMin(100, qMax(base.percent + 1, base.percent * 5)); // 1, 5, 25, 100
        }
    }
    m_plan.steps.insert(at, step);
    m_holdProblems.clear();
    m_step = at;
    loadForm();
    m_percent->setFocus();
    m_percent->selectAll();
}

void PlanEditDialog::removeStep()
{
    if (m_step < 0 || m_step >= m_plan.steps.size())
        return;
    m_plan.steps.removeAt(m_step);
    m_holdProblems.clear();
    m_step = qMin(m_step, int(m_plan.steps.size()) - 1);
    loadForm();
    m_stepTable->setFocus();
}

void PlanEditDialog::addGate()
{
    if (m_step < 0 || m_step >= m_plan.steps.size())
        return;
    GateDefinition g;
    g.kind = GateDefinition::Kind::HttpHealth;
    QSet<QString> names;
    for (const GateDefinition &other : std::as_const(m_plan.steps.at(m_step).gates))
        names.insert(other.name);
    g.name = GateDefinition::kindKey(g.kind);
    for (int n = 2; names.contains(g.name); ++n)
        g.name = QStringLiteral("%1 %2").arg(GateDefinition::kindKey(g.kind)).arg(n);
    m_plan.steps[m_step].gates << g;
    fillStepRow(m_step);
    fillGateList();
    selectGate(int(m_plan.steps.at(m_step).gates.size()) - 1);
    m_gateEditor->kindBox()->setFocus(); // choose the kind first, then Tab through its fields
}

void PlanEditDialog::removeGate()
{
    if (m_step < 0 || m_gate < 0 || m_gate >= m_plan.steps.at(m_step).gates.size())
        return;
    m_plan.steps[m_step].gates.removeAt(m_gate);
    const int next = qMin(m_gate, int(m_plan.steps.at(m_step).gates.size()) - 1);
    fillStepRow(m_step);
    fillGateList();
    selectGate(next);
    m_gateList->setFocus();
}

void PlanEditDialog::copyGatesToEveryStep()
{
    if (m_step < 0 || m_step >= m_plan.steps.size())
        return;
    const QList<GateDefinition> gates = m_plan.steps.at(m_step).gates;
    for (PlanStep &s : m_plan.steps)
        s.gates = gates;
    for (int i = 0; i < m_plan.steps.size(); ++i)
        fillStepRow(i);
    validate();
}

void PlanEditDialog::setPlanJson(const QString &json)
{
    m_tabs->setCurrentIndex(1);
    m_json->setPlainText(json);
}

void PlanEditDialog::tabChanged(int index)
{
    if (index == 1) {
        const QSignalBlocker blocker(m_json);
        m_json->setPlainText(
            QString::fromUtf8(QJsonDocument(m_plan.toJson()).toJson(QJsonDocument::Indented)));
        m_jsonProblem.clear();
        validate();
    }
}

void PlanEditDialog::jsonEdited()
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QString before = m_json->toPlainText().left(pe.offset);
        m_jsonProblem = tr("JSON: not valid JSON at line %1: %2.")
                            .arg(before.count(QLatin1Char('\n')) + 1)
                            .arg(pe.errorString());
    } else if (!doc.isObject()) {
        m_jsonProblem = tr("JSON: a plan is an object: {\"steps\": [...]}.");
    } else {
        QString error;
        const StepPlan parsed = StepPlan::fromJson(doc.object(), &error);
        m_jsonProblem = error.isEmpty() ? QString() : tr("JSON: %1").arg(error);
        if (error.isEmpty()) {
            m_plan = parsed;
            m_holdProblems.clear();
            loadForm();
        }
    }
    validate();
}

void PlanEditDialog::validate()
{
    QStringList problems;
    QStringList currentGate; // the selected gate's problems come first
    QList<GateDefinition::Problem> shownGateProblems;
    QHash<int, QStringList> stepProblems;
    QHash<int, QStringList> gateProblems; // of the selected step
    if (!m_jsonProblem.isEmpty())
        problems << m_jsonProblem;
    if (m_plan.steps.isEmpty())
        problems << tr("The plan has no steps: add one with Ctrl+N.");
    int previous = 0;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const PlanStep &s = m_plan.steps.at(i);
        if (s.percent <= previous)
            stepProblems[i] << tr("Step %1: %2 % does not go beyond the step before (%3 %); steps must rise.")
                                   .arg(i + 1)
                                   .arg(s.percent)
                                   .arg(previous);
        previous = qMax(previous, s.percent);
        if (m_holdProblems.contains(i))
            stepProblems[i] << m_holdProblems.value(i);
        QSet<QString> names;
        for (int j = 0; j < s.gates.size(); ++j) {
            const GateDefinition &g = s.gates.at(j);
            QList<GateDefinition::Problem> found = g.problems();
            if (g.name.isEmpty())
                found.prepend({ QStringLiteral("name"),
                    tr("key \"name\" is empty; give the gate a name, it is shown with every measurement.") });
            else if (names.contains(g.name))
                found.prepend({ QStringLiteral("name"),
                    tr("key \"name\" is \"%1\" for a second gate of this step; measurements are told apart "
                       "by "
                       "the name.")
                        .arg(g.name) });
            names.insert(g.name);
            for (const GateDefinition::Problem &p : std::as_const(found)) {
                const QString text
                    = tr("Step %1, %2").arg(i + 1).arg(GateDefinition::formatProblem(g.label(j + 1), p));
                stepProblems[i] << text;
                if (i == m_step)
                    gateProblems[j] << p.text;
                if (i == m_step && j == m_gate)
                    currentGate << text;
            }
            if (i == m_step && j == m_gate)
                shownGateProblems = found;
        }
    }
    if (!m_plan.oldHealthUrl.isEmpty()) {
        const QUrl url(m_plan.oldHealthUrl, QUrl::StrictMode);
        if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty())
            problems << tr("Old path health URL: \"%1\" is not an http:// or https:// URL with a host.")
                            .arg(m_plan.oldHealthUrl);
    }
    for (int i = 0; i < m_plan.steps.size(); ++i)
        for (const QString &p : stepProblems.value(i))
            if (!currentGate.contains(p))
                problems << p;
    problems = currentGate + problems;
    if (problems.isEmpty()) { // what the dialog accepts must also be what the core reads back
        QString error;
        StepPlan::fromJson(m_plan.toJson(), &error);
        if (!error.isEmpty())
            problems << error;
    }
    m_problems = problems;

    // Mark where the problems are: step rows, gate items, the step's and the gate's fields.
    for (int i = 0; i < m_stepTable->rowCount(); ++i) {
        const QStringList texts = stepProblems.value(i);
        for (int c = 0; c < StepColumnCount; ++c) {
            if (QTableWidgetItem *item = m_stepTable->item(i, c)) {
                item->setForeground(texts.isEmpty() ? palette().text() : QBrush(QColor(0xc0, 0x1c, 0x28)));
                item->setToolTip(texts.join(QLatin1Char('\n')));
            }
        }
    }
    for (int j = 0; j < m_gateList->count(); ++j) {
        QListWidgetItem *item = m_gateList->item(j);
        const QStringList texts = gateProblems.value(j);
        item->setForeground(texts.isEmpty() ? palette().text() : QBrush(QColor(0xc0, 0x1c, 0x28)));
        item->setToolTip(texts.join(QLatin1Char('\n')));
        item->setIcon(texts.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    QString percentProblem;
    if (m_step >= 0)
        for (const QString &p : stepProblems.value(m_step))
            if (p.contains(QLatin1String("steps must rise")))
                percentProblem = p;
    GateFieldsPage::markField(m_percent, percentProblem);
    GateFieldsPage::markField(m_hold, m_holdProblems.value(m_step));
    if (m_gate >= 0)
        m_gateEditor->showProblems(shownGateProblems);
    GateFieldsPage::markField(
        m_healthUrl, problems.filter(QLatin1String("Old path health URL")).join(QLatin1Char('\n')));

    const int shown = 5;
    QStringList lines = problems.mid(0, shown);
    if (problems.size() > shown)
        lines << tr("… and %1 more.").arg(problems.size() - shown);
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_ok->setEnabled(problems.isEmpty());
}
