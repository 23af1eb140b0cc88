// SPDX-License-Identifier: GPL-3.0-or-later
// The in-process SSH signature check on hostile input: a session file's signature column and an
// allowed-signers file are not trusted. The input is an allowed-signers text, a 0 byte, then the raw SSHSIG
// blob (armored here, so the fuzzer mutates the binary fields rather than base64). Nothing may crash, and
// a mutated signature must never verify for a principal the file does not name.
#include "signing/AllowedSigners.h"
#include "signing/InProcessSignatureCheck.h"
#include "signing/SshSignatureBlob.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray allowedText = split < 0 ? input : input.left(split);
    const QByteArray blob = split < 0 ? QByteArray() : input.mid(split + 1);
    const AllowedSigners signers = AllowedSigners::parse(allowedText);
    for (const AllowedSigners::Entry &e : signers.entries())
        signers.principalOf(e.keyBlob);
    const QByteArray armored
        = "-----BEGIN SSH SIGNATURE-----\n" + blob.toBase64() + "\n-----END SSH SIGNATURE-----\n";
    SshSignatureBlob parsed;
    QString error;
    if (SshSignatureBlob::parseArmored(armored, &parsed, &error))
        parsed.signedData("statement");
    // The seeds sign "hello\n" (tests/fuzz/corpus/ssh_signature), so the verified path is reached too.
    const QString principal = QStringLiteral("nobody-in-the-file@fuzz");
    const InProcessSignatureCheck::Result r = InProcessSignatureCheck::check(
        "hello\n", armored, signers, principal, QStringLiteral("cutover-cockpit"));
    if (r.outcome != InProcessSignatureCheck::Outcome::Verified)
        return 0;
    for (const AllowedSigners::Entry &e : signers.entries()) {
        if (AllowedSigners::matchesPatternList(principal, e.principals))
            return 0;
    }
    std::fprintf(stderr, "a signature verified for a principal the allowed signers do not name\n");
    std::abort();
}
