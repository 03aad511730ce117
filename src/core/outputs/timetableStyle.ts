/**
 * The stylesheet of the timetable (`renderTimetable`), after the programme's (`PROGRAMME_CSS`), whose colours and
 * fonts it uses. A block's place comes from the custom properties `--tt-top` and `--tt-length` (minutes from the
 * grid's first hour) and `--tt-lane` of `--tt-lanes`; a grid's height from `--tt-span` (minutes) and the height of a
 * minute, `--tt-minute`; a column's width from its lanes, `--tt-column-lanes` (the most sessions side by side in it
 * on any day), and the grid's least width from the lanes of all its columns, `--tt-lanes-across`, at least
 * `--tt-lane-width` each. A grid wider or taller than the window scrolls in its own box, no taller than the window
 * less `--tt-page-top` (what a page keeps at its top, as the preview's toolbar), the room heads (the day in their
 * corner, on screen) and the hours staying in sight. A block names the workshop or side event it belongs to (`.tt-part`): on a line of its own, beside its
 * start in a block of two lines, after its title in a block of one. Titles wrap between words and are hyphenated by the language of the page, never cut
 * inside a word (a word wider than its block ends in an ellipsis); a block too low for two lines (container
 * queries on its height, so on screen and on paper alike) is one line, its start, marks and title; a low block ends
 * its title in an ellipsis on the last line that fits; the whole is in its tooltip. Printed, each day is a landscape page of its own (A4 or Letter, as the printer has it).
 */
export const TIMETABLE_CSS = `
.programme.timetable { max-width: none; }
.timetable {
  --tt-minute: 1.2px;
  --tt-hours-width: 3.4rem;
  --tt-lane-width: 7rem;
  --tt-clash: #b3261e;
}
.timetable .section-title { margin-top: 0.5rem; }
.tt-day { margin-top: 1.5rem; }
.tt-grid {
  margin-top: 0.6rem;
  font-family: var(--programme-sans);
  font-size: 0.8rem;
  line-height: 1.25;
  overflow: auto;
  max-height: calc(100vh - var(--tt-page-top, 0px));
  isolation: isolate;
}
.tt-head, .tt-body { display: flex; min-width: calc(var(--tt-hours-width) + var(--tt-lanes-across, 1) * var(--tt-lane-width)); }
.tt-corner, .tt-hours { flex: 0 0 var(--tt-hours-width); position: sticky; inset-inline-start: 0; background-color: var(--programme-bg); }
.tt-head { position: sticky; top: 0; z-index: 3; background: var(--programme-bg); }
.tt-corner-day { display: block; padding: 0.25rem 0.4rem 0 0; color: var(--programme-muted); font-size: 0.9em; font-weight: 600; text-align: end; }
.tt-hours { z-index: 2; }
.tt-room, .tt-column { flex: var(--tt-column-lanes, 1) 1 0; min-width: 0; }
.tt-room {
  font-weight: 700;
  padding: 0.25rem 0.4rem;
  text-align: center;
  border-bottom: 2px solid var(--programme-accent);
  overflow-wrap: normal;
  unicode-bidi: plaintext;
}
.tt-room.tt-no-room, .tt-column.tt-no-room { color: var(--programme-muted); font-style: italic; }
.tt-body, .tt-hours {
  height: calc(var(--tt-span) * var(--tt-minute));
  background-image: repeating-linear-gradient(to bottom, var(--programme-rule) 0, var(--programme-rule) 1px, transparent 1px, transparent calc(60 * var(--tt-minute)));
}
.tt-hour {
  height: calc(60 * var(--tt-minute));
  padding: 0.1rem 0.4rem 0 0;
  color: var(--programme-muted);
  font-variant-numeric: tabular-nums;
  text-align: end;
}
.tt-column { position: relative; border-inline-start: 1px solid var(--programme-rule); }
.tt-column.tt-no-room { background: var(--programme-tint); }
.tt-block {
  position: absolute;
  top: calc(var(--tt-top) * var(--tt-minute));
  height: calc(var(--tt-length) * var(--tt-minute));
  min-height: 1.1rem;
  inset-inline-start: calc(100% * var(--tt-lane) / var(--tt-lanes));
  width: calc(100% / var(--tt-lanes));
  overflow: hidden;
  cursor: pointer;
  color: var(--programme-fg);
  background: var(--programme-bg);
  border: 1px solid var(--programme-accent);
  border-inline-start-width: 3px;
  border-radius: 2px;
  box-shadow: inset 0 0 0 100vmax color-mix(in srgb, var(--programme-accent) 12%, transparent);
  font-style: normal;
  overflow-wrap: normal;
  word-break: normal;
  container-type: size;
}
.tt-text {
  height: 100%;
  padding: 0.1rem 0.3rem;
  overflow: hidden;
  display: flex;
  flex-wrap: wrap;
  align-content: flex-start;
  align-items: baseline;
  column-gap: 0.3em;
}
.tt-time { flex: none; white-space: nowrap; font-weight: 600; font-size: 0.9em; font-variant-numeric: tabular-nums; color: var(--programme-muted); }
.tt-title { flex: 1 0 100%; order: 2; min-width: 0; overflow: hidden; text-overflow: ellipsis; font-weight: 600; unicode-bidi: plaintext; }
.tt-note { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; font-size: 0.88em; font-style: italic; color: var(--programme-muted); }
.tt-part { flex: 1 0 100%; order: 1; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-size: 0.88em; color: var(--programme-accent); unicode-bidi: plaintext; }
@container (max-height: 2.85em) {
  .tt-text { padding-block: 0; white-space: nowrap; flex-wrap: nowrap; }
  .tt-title { flex: 0 1 auto; }
  .tt-part { flex: 0 1000 auto; order: 3; }
  .tt-end { display: none; }
}
@container (min-height: 2.85em) and (max-height: 4.1em) { .tt-part { flex: 1 1 0; order: 0; } }
@container (min-height: 2.85em) and (max-height: 6.6em) {
  .tt-title { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; }
}
@container (min-height: 4.1em) and (max-height: 6.6em) { .tt-title { -webkit-line-clamp: 2; } }
@container (min-height: 5.35em) and (max-height: 6.6em) { .tt-title { -webkit-line-clamp: 3; } }
@container (min-height: 4.1em) and (max-height: 7.85em) {
  .tt-part + .tt-title { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; }
}
@container (min-height: 5.35em) and (max-height: 7.85em) { .tt-part + .tt-title { -webkit-line-clamp: 2; } }
@container (min-height: 6.6em) and (max-height: 7.85em) { .tt-part + .tt-title { -webkit-line-clamp: 3; } }
.tt-break, .tt-reception { border-color: var(--programme-rule); box-shadow: none; background: var(--programme-tint); }
.tt-break .tt-title, .tt-reception .tt-title { font-weight: normal; font-style: italic; }
.tt-tentative { border-style: dashed; }
.tt-cancelled { opacity: 0.55; box-shadow: none; }
.tt-cancelled .tt-title { text-decoration: line-through; }
.tt-continued { border-top: 2px dotted var(--programme-accent); border-top-left-radius: 0; border-top-right-radius: 0; }
.tt-continues { border-bottom: 2px dotted var(--programme-accent); border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
.tt-clash {
  border-color: var(--tt-clash);
  background: repeating-linear-gradient(135deg, transparent 0, transparent 6px, color-mix(in srgb, var(--tt-clash) 16%, transparent) 6px, color-mix(in srgb, var(--tt-clash) 16%, transparent) 9px), var(--programme-bg);
  box-shadow: none;
}
.tt-clash .tt-note:first-of-type { color: var(--tt-clash); font-weight: 700; font-style: normal; }
.tt-unplaced ul { margin-top: 0.5rem; }
.tt-unplaced-session { cursor: pointer; padding: 0.15rem 0; }
.tt-unplaced-session .tt-when { color: var(--programme-muted); font-size: 0.9rem; }
.tt-unplaced-session .tt-part { color: var(--programme-accent); font-size: 0.9rem; margin-inline-end: 0.5em; }

@page timetable {
  size: landscape;
  margin: 10mm 10mm 12mm;
}
@media print {
  .timetable { page: timetable; --tt-minute: calc(150mm / var(--tt-span, 600)); font-size: 9pt; }
  .tt-grid { --tt-minute: calc(150mm / var(--tt-span, 600)); overflow: visible; max-height: none; font-size: 7.5pt; }
  .tt-head, .tt-body { min-width: 0; }
  .tt-head, .tt-corner, .tt-hours { position: static; }
  .tt-corner-day { display: none; }
  .tt-day { break-before: page; break-inside: avoid; margin-top: 0; }
  .tt-day .day-title { font-size: 13pt; }
  .timetable > .section-title { display: none; }
  .tt-block { box-shadow: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .tt-clash { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .tt-body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .tt-unplaced { break-before: page; }
}
`;
