import { AGENDA_SIZES, generateAgenda } from '../bench/generateAgenda';
import { formatAgenda } from '../src/core';
const text = generateAgenda(AGENDA_SIZES.congress);
const messy = text.replace(/^( +)/gm, (m) => m + m);
for (const t of [text, messy]) {
  const start = process.cpuUsage();
  const r = formatAgenda(t);
  const used = process.cpuUsage(start);
  console.log(t.split('\n').length, 'lines', 'problem' in r ? r.problem : r.changed, ((used.user + used.system) / 1000).toFixed(0), 'ms');
}
