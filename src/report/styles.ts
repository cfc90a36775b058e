/** The report's stylesheet: screen first, and clean on A4 paper (charts and tables never split over pages). */
export const REPORT_CSS = `
:root {
  --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff; --wash: #f6f7f9;
  --accent: #2563eb; --accent-soft: #dbeafe;
  --pass: #15803d; --pass-soft: #dcfce7; --fail: #b91c1c; --fail-soft: #fee2e2;
  --pause: #b45309; --pause-soft: #fef3c7; --pending: #64748b; --pending-soft: #f1f5f9;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1060px; margin: 0 auto; padding: 28px 28px 40px; background: var(--paper); }
h1 { font-size: 26px; line-height: 1.2; margin: 2px 0 4px; }
h2 { font-size: 17px; margin: 0 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 14px; margin: 14px 0 8px; }
section { margin-top: 28px; }
.eyebrow { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 12px; }
.date { margin: 0 0 14px; color: var(--muted); }
.muted { color: var(--muted); font-weight: normal; }
.lead { color: var(--muted); margin-top: -4px; }
.banner { display: flex; gap: 14px; align-items: center; padding: 12px 16px; border-radius: 8px; border-left: 6px solid; }
.banner-word { font-size: 20px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
.banner-note { display: block; margin-top: 4px; font-size: 13px; }
.awaited { margin: 10px 0 14px; font-size: 13px; color: var(--muted); }
.awaited ul { margin: 4px 0 0; padding-left: 18px; }
.decision-continue { background: var(--pass-soft); border-color: var(--pass); }
.decision-continue .banner-word { color: var(--pass); }
.decision-pause { background: var(--pause-soft); border-color: var(--pause); }
.decision-pause .banner-word { color: var(--pause); }
.decision-rollback { background: var(--fail-soft); border-color: var(--fail); }
.decision-rollback .banner-word { color: var(--fail); }
.part-rollback { margin-top: 8px; }
.rollback { border-left: 4px solid var(--fail); padding: .25rem .75rem; margin: .5rem 0; }
.pauses ul { margin: .25rem 0; padding-left: 1.25rem; }
.neutral { background: var(--pending-soft); border-color: var(--pending); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin-top: 14px; }
.card { display: flex; flex-direction: column; gap: 2px; padding: 10px 14px; border: 1px solid var(--line); border-radius: 8px; }
.card-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card-value { font-size: 18px; font-weight: 650; }
.card-note { color: var(--muted); font-size: 12px; }
.meter { display: block; height: 6px; margin-top: 6px; border-radius: 3px; background: var(--line); overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--accent); }
.count { font-size: 14px; font-weight: 600; margin-right: 6px; white-space: nowrap; }
svg { display: block; width: 100%; height: auto; font-family: inherit; }
.timeline text { font-size: 11px; fill: var(--ink); }
.tl-axis-title, .tl-week, .tl-date { fill: var(--muted) !important; }
.tl-week { text-anchor: middle; font-size: 10px !important; }
.tl-date { font-size: 10px !important; }
.tl-week, .tl-date { paint-order: stroke; stroke: var(--paper); stroke-width: 3px; stroke-linejoin: round; }
/* On a phone the timeline keeps a readable size and scrolls sideways instead of shrinking to specks. */
.timeline-scroll { overflow-x: auto; }
@media screen and (max-width: 860px) { .timeline-scroll > svg { min-width: 900px; } }
.tl-grid { stroke: var(--line); }
.tl-group { font-weight: 700; font-size: 11px !important; text-transform: uppercase; letter-spacing: .05em; }
.tl-group-rule { stroke: var(--ink); stroke-width: .6; }
.tl-label { font-size: 12px !important; }
.tl-people { text-anchor: end; font-size: 10px !important; fill: var(--muted) !important; }
.tl-muted { fill: var(--muted) !important; }
.tl-bar { stroke: none; }
.tl-launch { fill: #60a5fa; }
.tl-stabilize { fill: #5eead4; }
.tl-decommission { fill: #fdba74; }
.history { display: flex; gap: 2px; list-style: none; padding: 0; margin: 0.5rem 0 0; font-size: 0.7rem; }
.history-title { margin: 0.75rem 0 0; font-size: 0.8rem; }
.hs { flex: 1; padding: 0.3rem 0.2rem; text-align: center; color: #fff; border-radius: 2px; overflow-wrap: anywhere; }
.hs span { display: block; }
.hs-decision { font-weight: 600; }
.hs-continue { background: #15803d; } .hs-pause { background: #b45309; } .hs-rollback { background: #b91c1c; }
.tl-current { stroke: var(--ink); stroke-width: 1.5; }
.tl-done { fill: rgba(15, 23, 42, .22); pointer-events: none; }
path.tl-launch { fill: #1d4ed8; }
.tl-training { fill: #fff; stroke: #1e3a8a; stroke-width: 1.5; }
.tl-gate { fill: #94a3b8; stroke: #fff; stroke-width: 1; }
.tl-first-try { opacity: .6; }
.tl-held { fill: var(--pause-soft); stroke: var(--pause); stroke-width: 1.2; stroke-dasharray: 5 3; }
.tl-held-label { fill: var(--pause) !important; font-size: 10px !important; font-weight: 600; }
.tl-review { fill: #7c3aed; } .tl-rollback { fill: var(--fail); }
.today-line { stroke: #dc2626; stroke-width: 2; stroke-dasharray: 4 3; }
.today-label { fill: #dc2626 !important; font-weight: 600; }
.st-pass { fill: var(--pass); }
.st-fail { fill: var(--fail); }
.st-pending { fill: var(--pending); }
.st-inconclusive { fill: var(--pause); }
.st-withdrawn { fill: var(--pending-soft); }
.legend { display: flex; flex-wrap: wrap; gap: 16px; margin: 8px 0 0; color: var(--muted); font-size: 12px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.legend-icon { width: 14px; height: 14px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 14px; }
.gate-chart { margin: 0; padding: 10px 12px 6px; border: 1px solid var(--line); border-radius: 8px; }
figcaption { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; font-size: 13px; }
.caption-right { white-space: nowrap; }
.chart text { font-size: 10.5px; fill: var(--muted); }
.ch-grid { stroke: var(--line); }
.ch-axis { stroke: #9ca3af; }
.ch-ylabel { text-anchor: end; }
.ch-xlabel { text-anchor: middle; }
.ch-window { fill: var(--accent-soft); opacity: .6; }
.ch-due { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 2 3; }
.chart .ch-due-label { text-anchor: middle; fill: var(--ink); font-weight: 600; }
.ch-threshold line { stroke: var(--fail); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .ch-threshold text { fill: var(--fail); font-weight: 700; }
.ch-line { fill: none; stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
.ch-point { fill: var(--accent); }
.ch-dot { fill: #93c5fd; }
.ch-trend { stroke: #7c3aed; stroke-width: 2; }
.ch-final { stroke: #fff; stroke-width: 2; }
.chart .ch-final-label { fill: var(--ink); font-weight: 700; font-size: 12px; text-anchor: end; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.chart .ch-empty { text-anchor: middle; font-size: 13px; font-style: italic; }
.pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; }
.pill.st-pass { background: var(--pass); }
.pill.st-fail { background: var(--fail); }
.pill.st-pending { background: var(--pending); }
.pill.st-inconclusive { background: var(--pause); }
.pill.st-held { background: var(--pause); }
.pill.st-withdrawn { background: var(--pending-soft); color: var(--muted); }
details.later { margin-top: 2px; color: var(--muted); font-size: 12px; }
details.later summary { cursor: pointer; }
.count.st-held { color: var(--pause); }
.pill.st-none { background: var(--pending-soft); color: var(--muted); }
.count.st-pass { color: var(--pass); }
.count.st-fail { color: var(--fail); }
.count.st-pending { color: var(--pending); }
.count.st-inconclusive { color: var(--pause); }
.count.st-withdrawn { color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th { text-align: left; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 1px solid var(--ink); padding: 5px 8px; }
td { border-bottom: 1px solid var(--line); padding: 5px 8px; vertical-align: top; }
td:first-child { white-space: nowrap; }
tr.past td { color: #9ca3af; }
.num { font-variant-numeric: tabular-nums; }
.qa { font-size: 13px; margin: 0; }
.qa dt { font-weight: 600; margin-top: 8px; }
.qa dd { margin: 2px 0 0 16px; }
.strategies { font-size: 13px; padding-left: 20px; }
.strategies li { margin-bottom: 4px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 760px) { .charts { grid-template-columns: 1fr; } }
@page { size: A4; margin: 12mm; }
@media print {
  body { background: none; font-size: 11px; }
  main { max-width: none; padding: 0; }
  section { margin-top: 16px; }
  .charts { grid-template-columns: 1fr 1fr; gap: 8px; }
  figure, svg, table, tr, .banner, .card, .phase h3 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  #adoption { break-before: page; }
}
`;
