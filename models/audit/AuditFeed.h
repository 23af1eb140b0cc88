// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;
class SessionChangeSignal;
class SessionStore;

// A session's changes as they happen: every change appends an audit record in its own transaction, so the
// feed is the records after the last one seen. It reads them (in a read snapshot, at most batchSize at a
// time, yielding to the event loop between batches) when the session's change signal fires, when this
// process's store commits, or on poke(), and emits them in seq order, each exactly once.
// Each read also checks that the trail still continues from the last record seen: that record unchanged and
// every new one following it. A trail that does not is reported once (chainBroken) and not followed further.
class AuditFeed : public QObject {
    Q_OBJECT
public:
    // Start after the head at start(): only the records appended from then on.
    static constexpr qint64 FromHead = -1;

    // store: an open session (read-only is enough); it must outlive the feed.
    explicit AuditFeed(SessionStore *store, QObject *parent = nullptr);
    ~AuditFeed() override;

    void setBatchSize(int records);
    // How often a polling change signal looks (a file: 100 ms by default).
    void setInterval(int ms);

    // Follows from the record afterSeq on (0: the whole trail; FromHead: what is appended from now on); the
    // records already there are read once the event loop runs. false (and *error) when afterSeq is beyond
    // the head or its record does not verify, or when the session's changes cannot be followed at all (its
    // change signal is lost at once: a team session whose server refuses LISTEN or whose connection is
    // gone); then lost() has been emitted as well.
    bool start(qint64 afterSeq, QString *error);
    void stop();
    // Reads what is new now.
    void poke();

    qint64 lastSeq() const { return m_lastSeq; }
    QString lastHash() const { return m_lastHash; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void recordsAppended(const QList<AuditRecord> &records);
    // Once: the trail no longer continues from the last record seen (seq: the first that does not follow,
    // or the last seen one itself when it was changed or cut off). The feed has stopped.
    void chainBroken(qint64 seq, const QString &problem);
    // Once: the session can no longer be read (file removed, replaced, unreadable; a read failing again and
    // again). What was committed before is emitted first. The feed has stopped.
    void lost(const QString &message);

private:
    enum class Read { More, Done, Stopped };
    Read readBatch();
    void breakOff(qint64 seq, const QString &problem);
    void fail(const QString &message);

    SessionStore *m_store;
    std::unique_ptr<SessionChangeSignal> m_signal;
    QTimer *m_next;
    int m_commitObserver = 0;
    int m_batchSize = 500;
    int m_readFailures = 0;
    bool m_running = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    QString m_lostMessage; // why the feed was lost, for start()
};
