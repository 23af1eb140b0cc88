// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/SignatureDialog.h"

#include "shell/UserIdentity.h"
#include "signing/SignatureMeaning.h"
#include "signing/SigningKeyField.h"
#include "signing/SigningSettings.h"
#include "signing/SshKeygen.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Runs work on a worker thread and then done(result) on the context's thread, unless the context is gone.
template <typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

struct Resolved {
    QString principal;
    QString fingerprint;
    QString error;
};

struct KeyOwner {
    int state = 0; // SignatureDialog::KeyState
    QString principal;
    QString error;
};

struct Signed {
    ElectronicSignature signature;
    QString error;
};

QString meaningLabel(const QString &stored)
{
    SignatureMeaning m;
    return SignatureMeaningText::fromStored(stored, &m) ? SignatureMeaningText::label(m) : stored;
}

}

SignatureDialog::SignatureDialog(const QString &title, SignaturePolicy policy, UserIdentity *identity,
    Compose compose, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
    , m_identity(identity)
    , m_compose(std::move(compose))
    , m_submit(std::move(submit))
    , m_manifestation(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_declared(new QLabel(this))
    , m_key(nullptr)
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_sign(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_keyChanged(new QTimer(this))
{
    setObjectName(QStringLiteral("signatureDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_manifestation->setObjectName(QStringLiteral("signatureManifestation"));
    m_manifestation->setWordWrap(true);
    m_manifestation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_manifestation);
    layout->addWidget(new QLabel(tr("The statement you sign:"), this));
    m_text->setObjectName(QStringLiteral("signatureStatement"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(170);
    layout->addWidget(m_text);
    m_declared->setObjectName(QStringLiteral("signatureDeclared"));
    m_declared->setWordWrap(true);
    m_declared->setStyleSheet(QStringLiteral("background:#fde68a; color:#1f2937; padding:4px;"));
    layout->addWidget(m_declared);

    auto *form = new QFormLayout;
    m_key = new SigningKeyField(form, this);
    layout->addLayout(form);

    m_progress->setObjectName(QStringLiteral("signatureBusy"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error->setObjectName(QStringLiteral("signatureError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b91c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_sign->setObjectName(QStringLiteral("signatureSign"));
    m_sign->setDefault(true);
    buttons->addButton(m_sign, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_sign, &QPushButton::clicked, this, &SignatureDialog::sign);
    connect(m_cancel, &QPushButton::clicked, this, &SignatureDialog::reject);

    // Whose the key is, looked up again shortly after the person stops typing a path.
    m_keyChanged->setSingleShot(true);
    m_keyChanged->setInterval(250);
    connect(m_keyChanged, &QTimer::timeout, this, &SignatureDialog::lookUpKey);
    connect(m_key, &SigningKeyField::keyFileChanged, m_keyChanged, qOverload<>(&QTimer::start));
    connect(m_key, &SigningKeyField::passphraseEntered, this, [this] {
        if (m_keyState == KeyState::Unreadable)
            lookUpKey(); // a key without KEY.pub: its public half needs the passphrase
    });

    const bool declared = m_policy == SignaturePolicy::Declared;
    m_key->setVisible(!declared);
    m_sign->setText(declared ? tr("&Record (declared)") : tr("&Sign"));
    m_declared->setText(declared
            ? tr("Identities declared, not verified: this session records the act with your operating-system "
                 "account and no signature.")
            : tr("Your key signs the statement; the allowed-signers file says whose key it is."));
    if (!declared)
        m_key->setKeyFile(SigningSettings::keyFile());
    showStatement();
    lookUpKey();
    resize(640, sizeHint().height());
}

SignatureDialog::~SignatureDialog() = default;

QString SignatureDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignatureDialog::reject()
{
    ++m_generation; // a signature still on its way is dropped
    m_key->clearPassphrase();
    QDialog::reject();
}

void SignatureDialog::showStatement()
{
    // Required: the statement names the key's principal once it is known, never the session's.
    const QString principal = m_policy == SignaturePolicy::Declared ? m_identity->name()
        : m_keyState == KeyState::Known                             ? m_keyPrincipal
                                                                    : QString();
    m_statement = m_compose(principal, m_identity->displayName());
    updateManifestation();
}

QString SignatureDialog::signerText() const
{
    if (m_policy == SignaturePolicy::Required && m_keyState != KeyState::Known) {
        switch (m_keyState) {
        case KeyState::NoKey:
            return tr("nobody yet: choose your signing key");
        case KeyState::NoAllowedSigners:
            return tr("nobody yet: no allowed-signers file is set (Edit > Signing keys\u2026)");
        case KeyState::Reading:
            return tr("(finding out whose key this is\u2026)");
        case KeyState::NotAllowed:
            return tr("nobody: this key is not in the allowed-signers file %1, so it cannot sign here")
                .arg(SigningSettings::allowedSignersFile());
        case KeyState::Unreadable:
        case KeyState::Known:
            break;
        }
        return tr("not known until the key can be read: %1").arg(m_keyProblem);
    }
    Principal who = m_identity->principal();
    if (who.name != m_statement.principal) {
        who.name = m_statement.principal; // another person's key, signing at this keyboard
        who.host.clear();
    }
    return who.label();
}

void SignatureDialog::updateManifestation()
{
    m_manifestation->setText(tr("%1\nMeaning: %2\nSigned by: %3\nTime: %4 (UTC)")
                                 .arg(m_statement.record, meaningLabel(m_statement.meaning), signerText(),
                                     SignatureStatement::timeText(m_statement.time)));
    m_text->setPlainText(QString::fromUtf8(m_statement.toText()));
}

void SignatureDialog::setKeyOwner(KeyState state, const QString &principal, const QString &problem)
{
    m_keyState = state;
    m_keyPrincipal = principal;
    m_keyProblem = problem;
    showStatement();
}

void SignatureDialog::lookUpKey()
{
    if (m_policy == SignaturePolicy::Declared)
        return;
    m_keyChanged->stop();
    const int lookup = ++m_keyLookup; // a later key makes this answer stale
    const QString key = m_key->keyFile();
    const QString allowed = SigningSettings::allowedSignersFile();
    if (key.isEmpty() || allowed.isEmpty()) {
        setKeyOwner(key.isEmpty() ? KeyState::NoKey : KeyState::NoAllowedSigners, {}, {});
        return;
    }
    setKeyOwner(KeyState::Reading, {}, {});
    offThread<KeyOwner>(
        this,
        [key, allowed, passphrase = m_key->passphrase()] {
            KeyOwner o;
            o.state = int(KeyState::Unreadable);
            const QString pub = SshKeygen::publicKey(key, passphrase, &o.error);
            if (pub.isEmpty())
                return o;
            o.principal = SshKeygen::principalFor(pub, allowed, &o.error);
            if (!o.principal.isEmpty())
                o.state = int(KeyState::Known);
            else if (QFileInfo(allowed).isFile())
                o.state = int(KeyState::NotAllowed); // the file is there and does not name the key
            return o;
        },
        [this, lookup](const KeyOwner &o) {
            if (lookup == m_keyLookup)
                setKeyOwner(KeyState(o.state), o.principal, o.error);
        });
}

void SignatureDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_sign->setEnabled(!busy);
    m_key->setEnabled(!busy);
}

void SignatureDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignatureDialog::sign()
{
    if (m_busy)
        return;
    showError({});
    if (m_policy == SignaturePolicy::Declared) {
        showStatement(); // now: the time and the chain head of the moment of the act
        signed_(ElectronicSignature::declared(m_statement), {});
        return;
    }
    const QString key = m_key->keyFile();
    const QString allowed = SigningSettings::allowedSignersFile();
    if (key.isEmpty()) {
        showError(tr("Choose your signing key (a private key file, or KEY.pub of a key in ssh-agent)."));
        return;
    }
    if (allowed.isEmpty()) {
        showError(tr("No allowed-signers file is set, so no signature can be checked. Set it under "
                     "Session > Signing keys…"));
        return;
    }
    const QByteArray passphrase = m_key->passphrase();
    const int generation = ++m_generation;
    m_keyChanged->stop();
    ++m_keyLookup; // what sign resolves is what the header shows from now on
    setBusy(true);
    // 1. Whose key it is (worker), 2. the statement for that principal (here: it reads the session),
    // 3. the signature (worker), 4. the act (here, through the caller's actions object).
    offThread<Resolved>(
        this,
        [key, allowed, passphrase] {
            Resolved r;
            r.principal
                = ElectronicSignature::resolvePrincipal(key, allowed, passphrase, &r.fingerprint, &r.error);
            return r;
        },
        [this, generation, key, allowed, passphrase](const Resolved &who) {
            if (generation != m_generation)
                return;
            if (who.principal.isEmpty()) {
                setBusy(false);
                showError(who.error);
                return;
            }
            setKeyOwner(KeyState::Known, who.principal, {});
            const SignatureStatement statement = m_statement;
            offThread<Signed>(
                this,
                [statement, key, passphrase, allowed] {
                    Signed s;
                    s.signature = ElectronicSignature::sign(statement, key, passphrase, allowed, &s.error);
                    return s;
                },
                [this, generation](const Signed &s) {
                    if (generation != m_generation)
                        return;
                    setBusy(false);
                    signed_(s.signature, s.error);
                });
        });
}

void SignatureDialog::signed_(const ElectronicSignature &signature, const QString &error)
{
    if (!error.isEmpty() || (m_policy == SignaturePolicy::Required && signature.signature.isEmpty())) {
        showError(error.isEmpty() ? tr("The key made no signature.") : error);
        return;
    }
    const ActionResult r = m_submit(signature);
    if (!r) {
        showError(r.error); // e.g. the four-eyes rule: the statement stays, another key can sign
        return;
    }
    m_signature = signature;
    m_key->clearPassphrase();
    accept();
}
