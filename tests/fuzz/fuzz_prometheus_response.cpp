// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusResponseParser on arbitrary response bodies, as a success and as an error reply; a body that
// is not read must say why.
#include "metrics/sources/PrometheusResponseParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(const QByteArray &body, int httpStatus)
{
    const PrometheusResponseParser::Result result = PrometheusResponseParser::parse(body, httpStatus);
    if (!result.ok && result.error.isEmpty()) {
        std::fprintf(stderr, "refused without an error message (HTTP %d)\n", httpStatus);
        std::abort();
    }
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(bytes), qsizetype(size));
    check(body, 200);
    check(body, 503);
    double value = 0;
    PrometheusResponseParser::parseValue(QString::fromUtf8(body), &value);
    return 0;
}
