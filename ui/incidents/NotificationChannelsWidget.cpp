// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/NotificationChannelsWidget.h"

#include "core/SecretStore.h"
#include "notify/Outbox.h"
#include "notify/WebhookPayload.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace {

QString channelName(const QString &channel)
{
    if (channel == WebhookPayload::slack())
        return QStringLiteral("Slack");
    if (channel == WebhookPayload::teams())
        return QStringLiteral("Microsoft Teams");
    return QStringLiteral("Mattermost");
}

}

NotificationChannelsWidget::NotificationChannelsWidget(SecretStore *secrets, Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_outbox(outbox)
{
    auto *grid = new QGridLayout(this);
    auto *hint = new QLabel(
        tr("Only verified entries, traffic step changes and the result are posted. A webhook URL "
           "is a secret: it is kept in the system keychain or the environment, never in the "
           "session file."),
        this);
    hint->setWordWrap(true);
    grid->addWidget(hint, 0, 0, 1, 4);
    int row = 1;
    for (const QString &channel : WebhookPayload::channels()) {
        auto *state = new QLabel(tr("looking up…"), this);
        state->setTextFormat(Qt::PlainText);
        auto *input = new QLineEdit(this);
        input->setEchoMode(QLineEdit::Password);
        input->setPlaceholderText(tr("paste a new webhook URL to store it in the keychain"));
        input->setObjectName(channel + QStringLiteral("Webhook"));
        auto *saveButton = new QPushButton(tr("Save"), this);
        saveButton->setEnabled(false);
        saveButton->setObjectName(channel + QStringLiteral("Save"));
        connect(input, &QLineEdit::textChanged, saveButton,
            [saveButton](const QString &text) { saveButton->setEnabled(!text.trimmed().isEmpty()); });
        connect(saveButton, &QPushButton::clicked, this, [this, channel] { save(channel); });
        grid->addWidget(new QLabel(channelName(channel), this), row, 0);
        grid->addWidget(state, row, 1);
        grid->addWidget(input, row, 2);
        grid->addWidget(saveButton, row, 3);
        auto *use = new QCheckBox(tr("post this session's updates here"), this);
        use->setObjectName(channel + QStringLiteral("Use"));
        use->setChecked(!m_outbox || m_outbox->channelSettings().isEnabled(channel));
        use->setEnabled(false); // until a name is known (setActor)
        connect(use, &QCheckBox::toggled, this, [this, channel, use](bool on) {
            if (!m_outbox)
                return;
            const ActionResult r = m_outbox->channelSettings().setEnabled(channel, on, m_actor);
            if (!r) {
                const QSignalBlocker block(use);
                use->setChecked(!on);
                m_states.value(channel)->setText(r.error);
                return;
            }
            if (!on)
                m_outbox->removeEndpoint(channel);
            m_secrets->lookupWebhook(channel);
        });
        grid->addWidget(use, row, 4);
        m_useBoxes.insert(channel, use);
        m_states.insert(channel, state);
        m_inputs.insert(channel, input);
        m_saveButtons.insert(channel, saveButton);
        ++row;
    }
    grid->setColumnStretch(2, 1);

    connect(m_secrets, &SecretStore::webhookFound, this,
        [this](const QString &channel, const QUrl &url, const QString &source) {
            if (m_outbox)
                m_outbox->setEndpoint(channel, url); // the outbox ignores a channel this session left out
            if (QLabel *state = m_states.value(channel)) {
                if (m_outbox && !m_outbox->channelSettings().isEnabled(channel))
                    state->setText(tr("set, not used by this session"));
                else
                    state->setText(source == QLatin1String("environment") ? tr("set (from the environment)")
                                                                          : tr("set (from the keychain)"));
            }
        });
    connect(
        m_secrets, &SecretStore::webhookMissing, this, [this](const QString &channel, const QString &reason) {
            if (m_outbox)
                m_outbox->removeEndpoint(channel);
            if (QLabel *state = m_states.value(channel)) {
                state->setText(tr("not set"));
                state->setToolTip(reason);
            }
        });
    connect(m_secrets, &SecretStore::saved, this,
        [this](const QString &channel, bool ok, const QString &message) {
            if (QLabel *state = m_states.value(channel)) {
                if (!ok) {
                    state->setText(tr("not saved: %1").arg(message));
                    return;
                }
            }
            m_inputs.value(channel)->clear();
            m_secrets->lookupWebhook(channel);
        });
    refresh();
}

void NotificationChannelsWidget::setActor(const QString &actor)
{
    m_actor = actor.trimmed();
    for (QCheckBox *use : std::as_const(m_useBoxes))
        use->setEnabled(!m_actor.isEmpty() && m_outbox);
}

QString NotificationChannelsWidget::channelState(const QString &channel) const
{
    const QLabel *state = m_states.value(channel);
    return state ? state->text() : QString();
}

void NotificationChannelsWidget::refresh()
{
    for (const QString &channel : WebhookPayload::channels())
        m_secrets->lookupWebhook(channel);
}

void NotificationChannelsWidget::save(const QString &channel)
{
    const QUrl url(m_inputs.value(channel)->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        m_states.value(channel)->setText(tr("that is not an http(s) URL; nothing was saved"));
        return;
    }
    m_states.value(channel)->setText(tr("saving…"));
    m_secrets->saveWebhook(channel, url);
}
