import * as fs from 'fs';
import * as path from 'path';
import { parseAgenda, ProgrammeOfFiles } from '../../src/core';
import { agendaFilesUnder, FIXTURES } from './findings';

/** The hand-written congress of files: a root, two workshops and three side events. */
export const CONGRESS = path.join(FIXTURES, 'congress');

/** The texts of the agendas under a folder (the congress unless told), each by `base` and its path below the folder. */
export function agendaTexts(base: string, dir = CONGRESS): Map<string, string> {
  return new Map(agendaFilesUnder(dir).map((name): [string, string] => [base + name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

/** A programme of agenda texts, each by its key, with those texts. */
export function programmeOf(files: Map<string, string> | Record<string, string>): { programme: ProgrammeOfFiles; texts: Map<string, string> } {
  const texts = files instanceof Map ? files : new Map(Object.entries(files));
  const programme = new ProgrammeOfFiles();
  for (const [key, text] of texts) programme.set(key, parseAgenda(text));
  return { programme, texts };
}

const items = (lines: string[]) => ['version: 1', ...lines].join('\n') + '\n';

/** A congress whose root declares agenda items 3 and 4, taken up by plenaries on the 7th and the 9th, and a workshop of it on the 8th. */
export const ITEMS_ROOT = items([
  'event:',
  '  title: Congress',
  '  start: 2026-03-07',
  '  end: 2026-03-10',
  '  agendaItems:',
  '    - { number: 3, title: Crime prevention }',
  '    - { number: 4, title: Cybercrime }',
  'sessions:',
  '  - { id: plenary-1, title: 1st plenary meeting, date: 2026-03-07, start: "10:00", end: "13:00", agendaItems: [3] }',
  '  - { id: plenary-2, title: 2nd plenary meeting, date: 2026-03-09, start: "10:00", end: "13:00", agendaItems: [4] }',
]);
export const ITEMS_WORKSHOP = items([
  'partOf: ../congress.agenda.yaml',
  'event: { title: Workshop, start: 2026-03-08, end: 2026-03-08 }',
  'sessions:',
  '  - { id: w-1, title: Prevention, date: 2026-03-08, start: "10:00", end: "12:00", agendaItems: [{ item: 3, continued: true }] }',
  '  - { id: w-2, title: Cyber, date: 2026-03-08, start: "15:00", end: "17:00", agendaItems: [{ item: 4, continued: true }, 5] }',
]);
export const ITEMS_ROOT_KEY = 'file:///w/c/congress.agenda.yaml';
export const ITEMS_WORKSHOP_KEY = 'file:///w/c/workshops/w.agenda.yaml';

/** The congress of agenda items as a programme, with another root or workshop text when given. */
export const itemsCongress = (root = ITEMS_ROOT, workshop = ITEMS_WORKSHOP) => programmeOf({ [ITEMS_ROOT_KEY]: root, [ITEMS_WORKSHOP_KEY]: workshop });
