/**
 * The stylesheet of a rendered programme, embedded in standalone exports and in the preview. Colours and fonts are
 * custom properties declared with zero specificity (`:where`), so the preview maps them to the VS Code theme.
 * Print styles: A4, page numbers, no page break inside a session's heading or an item.
 */
export const PROGRAMME_CSS = `
:where(.programme) {
  --programme-fg: #1a1a1a;
  --programme-bg: #ffffff;
  --programme-muted: #595959;
  --programme-accent: #0a4a83;
  --programme-link: #0a4a83;
  --programme-rule: #c8ccd1;
  --programme-tint: #f1f4f7;
  --programme-warning: #9a5b00;
  --programme-serif: Cambria, Georgia, "Times New Roman", Times, "Liberation Serif", "Noto Serif", "DejaVu Serif", serif;
  --programme-sans: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "DejaVu Sans", sans-serif;
}
.programme {
  color: var(--programme-fg);
  font-family: var(--programme-serif);
  font-size: 1rem;
  line-height: 1.5;
  max-width: 46rem;
  margin: 0 auto;
  font-variant-numeric: lining-nums;
  hyphens: auto;
  overflow-wrap: break-word;
}
:where(.programme) * { box-sizing: border-box; }
:where(.programme) a { color: var(--programme-link); text-decoration: none; }
:where(.programme) a:hover { text-decoration: underline; }
:where(.programme) :is(p, ul, ol, dl, dd) { margin: 0; padding: 0; }
:where(.programme) :is(ul, ol) { list-style: none; }
.topic-ref { color: inherit; }

.programme-header {
  text-align: center;
  border-top: 3px solid var(--programme-accent);
  border-bottom: 1px solid var(--programme-rule);
  padding: 1.75rem 1rem 1.5rem;
}
.series {
  font-variant: small-caps;
  letter-spacing: 0.04em;
  font-size: 1.05rem;
  line-height: 1.35;
  text-wrap: balance;
}
.dateline { font-style: italic; color: var(--programme-muted); margin-top: 0.35rem; }
.programme-header .body {
  font-family: var(--programme-sans);
  font-size: 0.78rem;
  font-weight: 600;
  letter-spacing: 0.12em;
  text-transform: uppercase;
  color: var(--programme-accent);
  margin-top: 1.4rem;
}
.event-title {
  font-size: 1.6rem;
  line-height: 1.25;
  font-weight: 700;
  margin: 0.5rem auto 0;
  max-width: 38rem;
  text-wrap: balance;
  hyphens: manual;
}
.agenda-items { margin-top: 0.9rem; font-size: 0.92rem; color: var(--programme-muted); text-wrap: balance; }
.agenda-item-number { font-weight: 600; }
.agenda-item-number::after { content: ":"; }
.agenda-item-title { font-style: italic; }

.facts, .roles {
  display: grid;
  grid-template-columns: max-content 1fr;
  column-gap: 1.25rem;
  row-gap: 0.3rem;
}
.facts { margin: 1.5rem 0 0; }
.fact, .role { display: contents; }
.facts dt, .roles dt, .programme .label {
  font-family: var(--programme-sans);
  font-size: 0.72rem;
  font-weight: 600;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--programme-muted);
  padding-top: 0.28em;
}

/* Text that falls back to another language keeps its own direction (English inside Arabic, and back). */
:where(.programme) :is(.prose p, .prose li, .series, .event-title, .agenda-item-title, .session-part-of, .session-title-text, .session-meta, .item-title, .item-speakers, .person, .topic-title, .document-title) {
  unicode-bidi: plaintext;
}
.prose > :first-child { margin-top: 0; }
.prose > :last-child { margin-bottom: 0; }
.prose p, .prose ul, .prose ol, .prose blockquote, .prose pre { margin: 0.55rem 0; }
.prose ul { list-style: disc; padding-inline-start: 1.4rem; }
.prose ol { list-style: decimal; padding-inline-start: 1.4rem; }
.prose h1, .prose h2, .prose h3, .prose h4, .prose h5, .prose h6 { font-size: 1em; margin: 0.8rem 0 0.3rem; }
.prose blockquote { border-inline-start: 3px solid var(--programme-rule); padding-inline-start: 0.8rem; color: var(--programme-muted); }
.prose code, .prose pre { font-family: ui-monospace, "SF Mono", Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.88em; }
.prose pre { white-space: pre-wrap; background: var(--programme-tint); padding: 0.5rem 0.7rem; }
.event-description { margin-top: 1.5rem; }

.section-title {
  font-family: var(--programme-sans);
  font-size: 0.85rem;
  font-weight: 700;
  letter-spacing: 0.16em;
  text-transform: uppercase;
  color: var(--programme-accent);
  text-align: center;
  margin: 2.5rem 0 0.4rem;
}
.section-title::before, .section-title::after {
  content: "";
  display: inline-block;
  width: 2.5rem;
  border-top: 1px solid currentColor;
  vertical-align: middle;
  margin: 0 0.8rem;
}
.documents > .section-title + .document-list { margin-top: 0.8rem; }
.document { display: flex; gap: 0.75rem; align-items: baseline; margin-top: 0.3rem; }
.document-symbol {
  font-family: var(--programme-sans);
  font-size: 0.8rem;
  font-weight: 600;
  white-space: nowrap;
}
.timezone-note { text-align: center; font-style: italic; font-size: 0.9rem; color: var(--programme-muted); }
.empty { text-align: center; color: var(--programme-muted); margin-top: 1rem; }

.day { margin-top: 1.75rem; }
.day-title::first-letter { text-transform: uppercase; }
.day-title {
  font-size: 1.2rem;
  font-weight: 700;
  color: var(--programme-accent);
  border-bottom: 2px solid var(--programme-accent);
  padding-bottom: 0.2rem;
  margin: 0;
}
.session {
  display: grid;
  grid-template-columns: 8rem 1fr;
  column-gap: 1.25rem;
  padding: 1.1rem 0 1.2rem;
  border-bottom: 1px solid var(--programme-rule);
}
.session:last-child { border-bottom: none; }
.next-day {
  font-size: 0.7em;
  font-weight: 600;
  vertical-align: super;
  line-height: 0;
  margin-inline-start: 0.1em;
  color: var(--programme-warning);
}
.parallel { padding: 0.9rem 0 0.4rem; border-bottom: 1px solid var(--programme-rule); }
.parallel:last-child { border-bottom: none; }
.parallel-heading { font-family: var(--programme-sans); display: flex; gap: 0.75rem; align-items: baseline; }
.parallel-time { font-weight: 700; font-size: 0.95rem; font-variant-numeric: tabular-nums; }
.parallel-label { font-size: 0.72rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--programme-muted); }
.parallel-sessions {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(13.5rem, 1fr));
  gap: 0.75rem;
  margin-top: 0.6rem;
}
.parallel-sessions > .session {
  grid-template-columns: 1fr;
  align-content: start;
  padding: 0.7rem 0.85rem 0.8rem;
  border: 1px solid var(--programme-rule);
  border-top: 3px solid var(--track-color, var(--programme-rule));
  border-radius: 3px;
}
.parallel-sessions > .session:last-child { border-bottom: 1px solid var(--programme-rule); }
.parallel-sessions .session-when { display: flex; gap: 0.6rem; align-items: baseline; padding-top: 0; }
.parallel-sessions .session-title { font-size: 1.05rem; }
.parallel-sessions :is(.item, .roles) { grid-template-columns: 1fr; }
.parallel-sessions .roles dt { padding-top: 0.4rem; }
.session-when { font-family: var(--programme-sans); padding-top: 0.2rem; }
.session-time { font-weight: 700; font-size: 0.95rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
.session-part { display: block; font-size: 0.78rem; color: var(--programme-muted); text-transform: uppercase; letter-spacing: 0.08em; margin-top: 0.1rem; }
.session-main { min-width: 0; }
.session-title { font-size: 1.2rem; line-height: 1.3; margin: 0; font-weight: 700; }
.session-part-of { font-family: var(--programme-sans); font-size: 0.78rem; font-weight: 600; letter-spacing: 0.04em; color: var(--programme-accent); margin: 0 0 0.1rem; }
.session-meta { font-style: italic; color: var(--programme-muted); margin-top: 0.1rem; }
.session-track::before {
  content: "";
  display: inline-block;
  width: 0.62em;
  height: 0.62em;
  border-radius: 50%;
  margin-inline-end: 0.3em;
  background: var(--track-color, var(--programme-muted));
}
.session[data-track-color] > .session-main { border-inline-start: 3px solid var(--track-color); padding-inline-start: 0.8rem; }
.parallel-sessions > .session[data-track-color] > .session-main { border-inline-start: none; padding-inline-start: 0; }
.session-attendance, .session-agenda-items { margin-top: 0.35rem; font-size: 0.92rem; }
.session-attendance { font-family: var(--programme-sans); font-size: 0.82rem; color: var(--programme-muted); }
.attendance-mode { font-weight: 600; color: var(--programme-accent); }
.session-agenda-items .label { margin-inline-end: 0.5rem; }
.agenda-item-ref .agenda-item-number { font-weight: 600; white-space: nowrap; }
.agenda-item-ref .agenda-item-number::after { content: none; }
.agenda-item-continued { font-style: italic; color: var(--programme-muted); }
.person.has-photo { display: flow-root; }
.person-photo { float: inline-start; width: 2.6rem; height: 2.6rem; object-fit: cover; border-radius: 50%; margin-inline-end: 0.6rem; }
.person-bio { font-size: 0.88rem; color: var(--programme-muted); margin-top: 0.1rem; }
.item-speakers .person-detail { font-style: normal; }
.item-authors { display: block; font-size: 0.88rem; color: var(--programme-muted); }
.item-authors .label { margin-inline-end: 0.4rem; }
.item-authors .person-name { font-weight: normal; }
.items-untimed .item { grid-template-columns: 1fr; }
.roles { margin-top: 0.7rem; }
.roles dd { margin: 0; }
.person + .person { margin-top: 0.15rem; }
.person-name { font-weight: 600; }
.person-detail { color: var(--programme-muted); }
.session-topics { margin-top: 0.6rem; }
.session-topics .label { margin-inline-end: 0.5rem; }
.session-description { margin-top: 0.6rem; }
.items {
  margin-top: 0.9rem;
  border-top: 1px solid var(--programme-rule);
}
.item {
  display: grid;
  grid-template-columns: 6.75rem 1fr;
  column-gap: 0.9rem;
  padding: 0.4rem 0;
  border-bottom: 1px dotted var(--programme-rule);
}
.item-time {
  font-family: var(--programme-sans);
  font-size: 0.82rem;
  font-variant-numeric: tabular-nums;
  color: var(--programme-muted);
  padding-top: 0.15rem;
  white-space: nowrap;
}
[dir="rtl"] .item-time { text-align: right; }
.item-title { display: block; }
.item-speakers { display: block; font-size: 0.92rem; font-style: italic; color: var(--programme-muted); }
.item-speakers .person-name { font-weight: normal; }
.item-description { font-size: 0.92rem; margin-top: 0.2rem; }
.item-break, .item-break .item-title { font-style: italic; color: var(--programme-muted); }
.item-break { background: var(--programme-tint); }
.session .documents { margin-top: 0.8rem; }
.session .documents .document-list { margin-top: 0.2rem; }
.session-url { margin-top: 0.6rem; font-size: 0.9rem; overflow-wrap: anywhere; }
.badge {
  font-family: var(--programme-sans);
  font-size: 0.68rem;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  vertical-align: 0.2em;
  border: 1px solid currentColor;
  border-radius: 2px;
  padding: 0.05rem 0.35rem;
  margin-inline-start: 0.6rem;
  color: var(--programme-warning);
}
.session-cancelled .session-title-text { text-decoration: line-through; }
.session-cancelled .session-main > :not(.session-title), .session-cancelled .session-when { opacity: 0.6; }
.unresolved {
  font-family: var(--programme-sans);
  font-size: 0.9em;
  text-decoration: underline wavy var(--programme-warning);
  text-underline-offset: 0.2em;
}

.topic-index .topics { margin-top: 1rem; columns: 2 18rem; column-gap: 2.5rem; }
.topic { break-inside: avoid; margin-bottom: 0.9rem; }
.topic-title { font-weight: 700; line-height: 1.3; }
.topic dd { margin: 0.15rem 0 0; }
.topic-description { font-size: 0.9rem; color: var(--programme-muted); }
.topic-sessions li { font-size: 0.92rem; }
.topic-when { font-family: var(--programme-sans); font-size: 0.78rem; color: var(--programme-muted); white-space: nowrap; }
.topic-unscheduled { font-size: 0.9rem; font-style: italic; color: var(--programme-warning); }

.programme-side-by-side { max-width: 64rem; }
.side-by-side {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
  column-gap: 2rem;
}
.side-by-side > .side { min-width: 0; }
.side-by-side > .side + .side { border-inline-start: 1px solid var(--programme-rule); padding-inline-start: 2rem; margin-inline-start: -1px; }
.side-by-side .session { grid-template-columns: 1fr; align-content: start; height: 100%; border-bottom: none; }
.day > .side-by-side + .side-by-side { border-top: 1px solid var(--programme-rule); }
.side-by-side .session-when { display: flex; gap: 0.6rem; align-items: baseline; }
.side-by-side .facts { grid-template-columns: 1fr; }
.side-by-side .programme-header { height: 100%; }
.side-by-side .topic-index .topics { columns: 1; }

@media (max-width: 34rem) {
  .session, .item { grid-template-columns: 1fr; }
  .session-when { display: flex; gap: 0.6rem; align-items: baseline; }
}

@media screen {
  .standalone { margin: 0; background: #e9eaec; }
  .standalone .programme {
    max-width: 210mm;
    margin: 1.5rem auto;
    padding: 14mm 18mm 18mm;
    background: var(--programme-bg);
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18), 0 6px 24px rgba(0, 0, 0, 0.08);
  }
  .standalone .programme-side-by-side { max-width: 297mm; }
}

@page {
  size: A4;
  margin: 18mm 17mm 20mm;
  @bottom-left { font-family: "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 8pt; color: #595959; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Segoe UI", Arial, "Liberation Sans", sans-serif; font-size: 8pt; color: #595959; }
}
@media print {
  html, body { background: none; margin: 0; }
  .programme {
    --programme-fg: #000000;
    --programme-muted: #4a4a4a;
    --programme-link: inherit;
    font-size: 10.5pt;
    max-width: none;
    color: var(--programme-fg);
  }
  .programme a { text-decoration: none; }
  .programme-header { padding-top: 1rem; }
  .section-title, .day-title, .session-title, .session-when, .topic-title { break-after: avoid; }
  .item, .person, .document, .fact, .session-meta, .roles { break-inside: avoid; }
  .session, .side-by-side { break-inside: avoid-page; }
  .parallel-heading { break-after: avoid; }
  .has-preamble .schedule { break-before: page; }
  .has-preamble .schedule > .section-title { margin-top: 0; }
  .timezone-note { break-after: avoid; }
}
`;
