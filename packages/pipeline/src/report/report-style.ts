/** The style sheet inlined into `report.html` (its hash goes into the page's Content-Security-Policy). */
export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6575; --line: #d9dee7; --bg: #f5f6f8;
  --ok: #1f7a3f; --ok-bg: #e3f4e8; --bad: #b42318; --bad-bg: #fde8e6; --warn: #8a5a00; --warn-bg: #fff3d6;
  --info: #2450a8; --info-bg: #e6edfb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); }
header { background: #15314f; color: #fff; padding: 18px 28px 12px; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header small, th small, h2 small, h3 small, h4 small, .card small, figcaption small, td small { font-weight: 400; opacity: .75; font-size: 75%; }
header p { margin: 0 0 10px; opacity: .85; }
nav a { color: #cfe0ff; margin-right: 18px; text-decoration: none; }
nav a:hover { text-decoration: underline; }
main { padding: 8px 28px 40px; max-width: 1500px; }
h2 { margin: 28px 0 10px; font-size: 20px; }
h3 { margin: 0 0 8px; font-size: 18px; }
h4 { margin: 0 0 8px; font-size: 16px; }
code { font: 13px ui-monospace, "DejaVu Sans Mono", monospace; }
a { color: #1b5fc1; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.card b { display: block; font-size: 24px; }
table { border-collapse: collapse; background: #fff; border: 1px solid var(--line); width: 100%; }
th, td { padding: 6px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
.scroll { overflow-x: auto; }
#document-table th { font-size: 13.5px; }
#document-table th, #document-table td { padding: 6px 5px; }
#document-table th small { display: block; }
td.key { white-space: nowrap; }
td.problems { min-width: 160px; }
td.problems .badge { white-space: normal; }
th button { all: unset; cursor: pointer; display: block; font-weight: 600; }
th button:focus-visible { outline: 2px solid #1b5fc1; }
th button::after { content: " ⇅"; color: var(--muted); font-weight: 400; }
th[aria-sort="ascending"] button::after { content: " ▲"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: " ▼"; color: var(--ink); }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.subject { min-width: 170px; max-width: 360px; }
tbody tr:hover { background: #f7f9fc; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; margin: 1px 4px 1px 0; font-size: 12.5px; white-space: nowrap; background: var(--info-bg); color: var(--info); }
.badge.ok, .status-done { background: var(--ok-bg); color: var(--ok); }
.badge.bad, .status-failed, .problem-failed, .problem-disagreements, .problem-missing-text { background: var(--bad-bg); color: var(--bad); }
.status-pending, .problem-violations, .problem-low-confidence { background: var(--warn-bg); color: var(--warn); }
.dossier { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 14px 0; }
.document { border-top: 1px solid var(--line); padding: 14px 0 4px; }
.document:target, .dossier:target { outline: 3px solid #f0b429; outline-offset: 4px; }
.failure { background: var(--bad-bg); color: var(--bad); border-radius: 6px; padding: 8px 12px; white-space: pre-wrap; margin: 6px 0 10px; }
.valid { color: var(--ok); }
table.metadata { width: auto; max-width: 100%; margin-bottom: 12px; font-size: 14px; }
tr.disagree td { background: var(--bad-bg); }
tr.suggested td { background: var(--warn-bg); }
tr.filled td { background: var(--info-bg); }
details.derivations { margin: 0 0 12px; font-size: 14px; }
details.derivations summary { cursor: pointer; font-weight: 600; margin-bottom: 6px; }
table.derivations { width: auto; max-width: 100%; }
table.derivations ul { margin: 0; padding-left: 16px; }
.pages { display: flex; flex-wrap: wrap; gap: 16px; }
figure.page { margin: 0; width: 300px; }
.sheet { position: relative; width: 300px; border: 1px solid var(--line); background: #fff; line-height: 0; }
.sheet img { width: 100%; height: auto; }
.sheet svg { position: absolute; inset: 0; width: 100%; height: 100%; }
.sheet rect { fill: rgba(230, 40, 20, .18); stroke: #d92d20; stroke-width: 1.5; vector-effect: non-scaling-stroke; }
a.sheet { display: block; cursor: zoom-in; }
a.sheet:focus-visible { outline: 3px solid #1b5fc1; }
.viewer { display: none; }
.viewer:target { display: block; position: fixed; inset: 0; z-index: 10; overflow: auto; padding: 12px 16px 32px; background: rgba(20, 24, 32, .94); line-height: 1.45; }
.viewer-bar { display: flex; gap: 12px; align-items: baseline; max-width: 1000px; margin: 0 auto 10px; color: #fff; font-size: 15px; }
.viewer-bar .close { margin-left: auto; color: #cfe0ff; }
.viewer-sheet { position: relative; width: min(1000px, 100%); margin: 0 auto; background: #fff; line-height: 0; }
.viewer-sheet img { display: block; width: 100%; height: auto; }
.viewer-sheet svg { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; }
.viewer-sheet rect { fill: rgba(230, 40, 20, .10); stroke: #d92d20; stroke-width: 2px; vector-effect: non-scaling-stroke; }
.viewer-sheet text { fill: #b42318; font-weight: 700; font-family: system-ui, "Noto Sans", sans-serif; stroke: #fff; paint-order: stroke; }
.sheet rect.missing, .viewer-sheet rect.missing { fill: rgba(36, 80, 168, .14); stroke: #2450a8; stroke-dasharray: 6 3; }
.viewer-sheet text.missing { fill: #2450a8; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-bottom: 4px; font-size: 12.5px; }
.legend i.key { display: inline-block; width: 16px; height: 10px; margin-right: 5px; vertical-align: -1px; border: 2px solid #d92d20; background: rgba(230, 40, 20, .18); }
.legend i.key.missing { border: 2px dashed #2450a8; background: rgba(36, 80, 168, .14); }
.viewer-bar .legend { margin: 0; font-size: 13px; }
.viewer-bar .legend i.key { background-color: #fff; }
.missing-text { color: var(--info); font-weight: 600; }
figcaption { font-size: 13px; padding-top: 6px; }
figcaption ul { margin: 4px 0; padding-left: 18px; color: var(--bad); }
mark { background: #ffd9d4; padding: 0 2px; border-radius: 3px; }
.muted { color: var(--muted); }
`;
