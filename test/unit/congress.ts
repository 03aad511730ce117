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
