// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class CutoverEngine;
class Outbox;

// Announces the traffic engine's confirmed step changes and completed rollbacks through the outbox
// (Outbox::publishStepChange), so neither the engine nor the outbox knows the other. A change is announced
// when the backend confirmed it while the engine was shifting (a step of the plan or a manual shift); a
// rollback once, when it is complete, with its reason. Re-reading the state (open, reconcile) announces
// nothing. Both objects must outlive the publisher or be destroyed with it.
class StepChangePublisher : public QObject {
    Q_OBJECT
public:
    StepChangePublisher(CutoverEngine *engine, Outbox *outbox, QObject *parent = nullptr);

    // The person announcements are attributed to when the engine does not say (default "cockpit").
    void setActor(const QString &actor) { m_actor = actor; }
    int published() const { return m_published; }

Q_SIGNALS:
    // An announcement could not be written (the session is read-only, a database error).
    void failed(const QString &message);

private:
    void onSplitChanged(int percentNew);
    void onStateChanged(int state, const QString &reason);
    void publish(int percentNew, const QString &note);

    QPointer<CutoverEngine> m_engine;
    QPointer<Outbox> m_outbox;
    QString m_actor = QStringLiteral("cockpit");
    QString m_lastReason;
    int m_lastPercent = -1;
    int m_lastState = -1;
    int m_published = 0;
};
