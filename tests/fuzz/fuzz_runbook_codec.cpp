// SPDX-License-Identifier: GPL-3.0-or-later
// RunbookCodec's readers (CSV, JSON and the Markdown table) on arbitrary bytes. Each input is read in
// every format; what one reads must be refused or read whole, and a runbook that was read must come back
// from its own written form with the same phases and tasks.
#include "runbook/RunbookCodec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(const QByteArray &data, RunbookCodec::Format format)
{
    const RunbookCodec::ParseResult read = RunbookCodec::parse(data, format);
    if (!read.ok) {
        if (read.error.isEmpty()) {
            std::fprintf(stderr, "refused without an error message (format %d)\n", int(format));
            std::abort();
        }
        return;
    }
    const QByteArray written = RunbookCodec::write(read.runbook, format);
    const RunbookCodec::ParseResult again = RunbookCodec::parse(written, format);
    if (!again.ok || again.runbook.phases.size() != read.runbook.phases.size()
        || again.runbook.taskCount() != read.runbook.taskCount()) {
        std::fprintf(stderr, "round trip failed (format %d): %s\nwritten:\n%s\n", int(format),
            qPrintable(again.error), written.constData());
        std::abort();
    }
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    check(data, RunbookCodec::Format::Csv);
    check(data, RunbookCodec::Format::Json);
    check(data, RunbookCodec::Format::Markdown);
    return 0;
}
