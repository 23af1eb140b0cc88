// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholder/StatusPageRenderer.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatusPageRenderer", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString verdictClass(const QString &verdict)
{
    if (verdict == QLatin1String("pass"))
        return QStringLiteral("pass");
    if (verdict == QLatin1String("fail"))
        return QStringLiteral("fail");
    if (verdict == QLatin1String("inconclusive"))
        return QStringLiteral("warn");
    return QStringLiteral("idle");
}

const char *const css = R"CSS(
:root { --bg:#0f1419; --panel:#1a2129; --text:#e8edf2; --muted:#93a1b0; --line:#2a3440;
        --pass:#2e9e4f; --fail:#d93a3a; --warn:#e0a100; --info:#4a90d9; }
* { box-sizing:border-box; }
body { margin:0; background:var(--bg); color:var(--text);
       font:16px/1.45 "DejaVu Sans","Noto Sans",Arial,sans-serif; }
header { display:flex; align-items:center; gap:20px; padding:18px 28px; border-bottom:4px solid var(--mode); }
header h1 { margin:0; font-size:30px; font-weight:700; flex:1; }
.mode { background:var(--mode); color:#fff; font-weight:800; letter-spacing:.12em; padding:8px 18px;
        border-radius:6px; font-size:20px; }
.live { --mode:#d32f2f; } .rehearsal { --mode:#1e6fd9; }
.stamp { color:var(--muted); font-size:14px; }
main { display:grid; grid-template-columns: 1fr 1fr; gap:20px; padding:20px 28px; }
section { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:16px 20px; }
section.wide { grid-column: 1 / span 2; }
h2 { margin:0 0 12px; font-size:15px; text-transform:uppercase; letter-spacing:.1em; color:var(--muted); }
.split { display:flex; align-items:baseline; gap:18px; }
.split .num { font-size:64px; font-weight:800; line-height:1; }
.split .lbl { font-size:14px; color:var(--muted); text-transform:uppercase; letter-spacing:.1em; }
.split .bar { color:var(--line); font-size:56px; }
.step { margin-top:10px; font-size:18px; }
.notconf { color:var(--muted); font-size:20px; font-style:italic; }
.problem { color:var(--fail); font-weight:700; margin-top:8px; }
.phase { margin:8px 0 14px; }
.phase .row { display:flex; justify-content:space-between; font-size:17px; }
.track { height:12px; background:var(--line); border-radius:6px; overflow:hidden; margin-top:5px; }
.fill { height:100%; background:var(--pass); }
.total { font-size:40px; font-weight:800; }
ul { list-style:none; margin:0; padding:0; }
li.gate { display:flex; gap:12px; padding:6px 0; border-bottom:1px solid var(--line); }
.badge { display:inline-block; min-width:92px; text-align:center; font-weight:700; border-radius:4px;
         padding:2px 8px; font-size:13px; text-transform:uppercase; color:#fff; }
.badge.pass { background:var(--pass); } .badge.fail { background:var(--fail); }
.badge.warn { background:var(--warn); color:#111; } .badge.idle { background:#55606b; }
.badge.info { background:var(--info); } .badge.warning { background:var(--warn); color:#111; }
.badge.critical { background:var(--fail); }
li.entry { padding:10px 0; border-bottom:1px solid var(--line); }
li.entry .meta { color:var(--muted); font-size:13px; margin-top:3px; }
li.entry .text { font-size:18px; margin-left:8px; white-space:pre-wrap; word-break:break-word; }
.empty { color:var(--muted); font-style:italic; }
.result { font-size:22px; white-space:pre-wrap; font-weight:600; }
section#result { border-left:6px solid var(--pass); }
footer { color:var(--muted); font-size:13px; padding:0 28px 20px; }
.anchor { margin-top:6px; } .anchor code { word-break:break-all; }
)CSS";

}

QByteArray StatusPageRenderer::html(const StatusSnapshot &s, int refreshSeconds)
{
    QString h;
    h.reserve(8192);
    const bool live = !s.rehearsal;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        "<meta http-equiv=\"refresh\" content=\"%1\"><title>%2</title><style>")
             .arg(refreshSeconds)
             .arg(esc(tr("%1 · cutover status").arg(s.sessionName)));
    h += QLatin1String(css);
    h += QStringLiteral("</style></head><body class=\"%1\">")
             .arg(live ? QStringLiteral("live") : QStringLiteral("rehearsal"));

    h += QStringLiteral("<header><h1 id=\"session\">%1</h1><span class=\"stamp\">%2</span>"
                        "<span class=\"mode\" id=\"mode\">%3</span></header>")
             .arg(esc(s.sessionName),
                 esc(tr("as of %1 UTC").arg(s.generatedAt.toUTC().toString(QStringLiteral("HH:mm:ss")))),
                 live ? esc(tr("LIVE")) : esc(tr("REHEARSAL")));
    h += QStringLiteral("<main>");

    // The result statement, when there is one, is the headline.
    if (!s.resultStatement.isEmpty()) {
        h += QStringLiteral(
            "<section class=\"wide\" id=\"result\"><h2>%1</h2><div class=\"result\">%2</div></section>")
                 .arg(esc(tr("Result")), esc(s.resultStatement));
    }

    // Traffic: the split in force, the step, the gates — or an honest "not configured".
    h += QStringLiteral("<section id=\"traffic\"><h2>%1</h2>").arg(esc(tr("Traffic")));
    if (!s.traffic.configured) {
        h += QStringLiteral("<div class=\"notconf\">%1</div>").arg(esc(tr("Traffic shift: not configured")));
    } else {
        h += QStringLiteral(
            "<div class=\"split\"><div><div class=\"num\">%1</div><div class=\"lbl\">%2</div></div>"
            "<div class=\"bar\">|</div>"
            "<div><div class=\"num\">%3</div><div class=\"lbl\">%4</div></div></div>")
                 .arg(QString::number(100 - s.traffic.percentNew) + QStringLiteral(" %"), esc(tr("old path")),
                     QString::number(s.traffic.percentNew) + QStringLiteral(" %"), esc(tr("new path")));
        h += QStringLiteral("<div class=\"step\">%1</div>")
                 .arg(esc(tr("Step %1 of %2").arg(s.traffic.step).arg(s.traffic.stepCount)
                     + (s.traffic.stepLabel.isEmpty() ? QString()
                                                      : QStringLiteral(" · ") + s.traffic.stepLabel)));
        if (!s.traffic.problem.isEmpty())
            h += QStringLiteral("<div class=\"problem\">%1</div>").arg(esc(s.traffic.problem));
    }
    h += QStringLiteral("</section>");

    h += QStringLiteral("<section id=\"gates\"><h2>%1</h2>").arg(esc(tr("Gates")));
    if (!s.traffic.configured) {
        h += QStringLiteral("<div class=\"notconf\">%1</div>").arg(esc(tr("Gates: not configured")));
    } else if (s.traffic.gates.isEmpty()) {
        h += QStringLiteral("<div class=\"empty\">%1</div>").arg(esc(tr("No gate has run yet.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const TrafficStatus::Gate &g : s.traffic.gates)
            h += QStringLiteral("<li class=\"gate\"><span class=\"badge %1\">%2</span><span>%3</span>"
                                "<span class=\"stamp\">%4</span></li>")
                     .arg(verdictClass(g.verdict), esc(g.verdict), esc(g.name), esc(g.detail));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</section>");

    // Checklist progress per phase.
    h += QStringLiteral("<section id=\"progress\"><h2>%1</h2>").arg(esc(tr("Progress")));
    h += QStringLiteral("<div class=\"total\">%1 / %2</div><div class=\"stamp\">%3</div>")
             .arg(s.finishedItems())
             .arg(s.totalItems())
             .arg(esc(tr("checklist items finished")));
    for (const StatusSnapshot::PhaseProgress &p : s.phases) {
        const int pct = p.total > 0 ? p.finished * 100 / p.total : 0;
        h += QStringLiteral(
            "<div class=\"phase\"><div class=\"row\"><span>%1</span><span>%2/%3%4</span></div>"
            "<div class=\"track\"><div class=\"fill\" style=\"width:%5%\"></div></div></div>")
                 .arg(esc(p.name), QString::number(p.finished), QString::number(p.total),
                     p.failed > 0 ? QStringLiteral(" · ") + esc(tr("%1 failed").arg(p.failed)) : QString(),
                     QString::number(pct));
    }
    h += QStringLiteral("</section>");

    h += QStringLiteral("<section id=\"entries\"><h2>%1</h2>").arg(esc(tr("Verified updates")));
    if (!s.signaturesRequired)
        h += QStringLiteral("<div class=\"stamp\" id=\"declared\">%1</div>")
                 .arg(esc(tr("Identities declared, not verified: the names are the accounts people said they "
                             "were, not proven with a key.")));
    if (s.entries.isEmpty()) {
        h += QStringLiteral("<div class=\"empty\">%1</div>").arg(esc(tr("No verified updates yet.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const StatusSnapshot::Entry &e : s.entries) {
            QString meta;
            if (e.verifierPrincipal.isEmpty()) {
                meta = tr("%1 UTC · written by %2, verified by %3")
                           .arg(e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.author,
                               e.verifiedBy);
            } else {
                // The manifestation of the verification: printed name, principal, time.
                const QString verifier = e.verifierName.isEmpty()
                    ? e.verifierPrincipal
                    : e.verifierName + QStringLiteral(" (") + e.verifierPrincipal + QLatin1Char(')');
                meta
                    = tr("%1 UTC · written by %2, verified by %3 at %4 UTC")
                          .arg(e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.author,
                              verifier, e.verifiedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                if (e.verificationDeclared)
                    meta += QStringLiteral(" · ") + tr("declared, not verified");
            }
            if (e.corrects > 0)
                meta += QStringLiteral(" · ") + tr("corrects update %1").arg(e.corrects);
            h += QStringLiteral("<li class=\"entry\" data-id=\"%1\"><span class=\"badge %2\">%3</span>"
                                "<span class=\"text\">%4</span><div class=\"meta\">%5</div></li>")
                     .arg(e.id)
                     .arg(esc(e.severity), esc(e.severity), esc(e.text), esc(meta));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</section></main>");
    // The head in full (a copy outside the session file); "records" is never singular: a session's trail
    // starts with several.
    QString anchor;
    if (!s.auditHead.isEmpty())
        anchor = QStringLiteral("<div class=\"anchor\" id=\"audit-head\">%1</div>")
                     .arg(esc(tr("Audit trail head: %1 (%2 records)"))
                              .arg(QStringLiteral("<code>") + esc(s.auditHead) + QStringLiteral("</code>"),
                                  QString::number(s.auditRecords)));
    h += QStringLiteral("<footer>%1%2</footer></body></html>\n")
             .arg(esc(tr("Read-only view · only verified information · updated %1 UTC · refreshes every %2 s")
                          .arg(s.generatedAt.toUTC().toString(QStringLiteral("HH:mm:ss")))
                          .arg(refreshSeconds)),
                 anchor);
    return h.toUtf8();
}
