import * as assert from 'assert';
import type * as Core from '../src/core';
import type { PeerValidator } from './peer';
import type { Task } from './stats';

/** One file of a programme: its path in the programme's folder ('/'-separated), and its text. */
export interface ProgrammeFile {
  path: string;
  text: string;
}

/** The measures of a programme of files (issue 17), in the table's order, with what each one times. */
export const PROGRAMME_MEASURES = {
  openFolder: 'open the folder: every file parsed, checked and cross-checked',
  peerFolder: "peer's doValidation of each file in turn",
  keystroke: 'one keystroke in one file, the diagnostics it changes updated',
  render: 'render of the whole programme',
} as const;

export type ProgrammeMeasure = keyof typeof PROGRAMME_MEASURES;

/** The file the keystroke goes into, and where: the last digit of the first session's start in a file mid-programme. */
function keystrokePlace(files: readonly ProgrammeFile[]): { file: ProgrammeFile; at: number } {
  const file = files.slice(files.length >> 1).find((f) => /\n {4}start: "\d\d:\d\d"/.test(f.text));
  assert.ok(file, 'a file after the middle has a session with a start time');
  const found = /\n {4}start: "\d\d:\d(\d)"/.exec(file.text)!;
  return { file, at: found.index + found[0].length - 2 };
}

/** A programme of the files, as the editor holds one: each file parsed once and set, every file's diagnostics asked. */
function openFolder(core: typeof Core, files: readonly ProgrammeFile[]): Core.ProgrammeOfFiles {
  const programme = new core.ProgrammeOfFiles();
  for (const { path, text } of files) programme.set(path, core.parseAgenda(text));
  for (const { path } of files) programme.diagnostics(path);
  programme.changes();
  return programme;
}

/** Before anything is timed: the generated programme is clean for both checkers. */
export async function programmeSanityCheck(core: typeof Core, peer: PeerValidator, files: readonly ProgrammeFile[]): Promise<void> {
  const programme = openFolder(core, files);
  for (const { path } of files) assert.deepStrictEqual(programme.diagnostics(path), [], `the generated ${path} is clean for us`);
  for (const { path, text } of files.slice(0, 3)) {
    const theirs = (await peer.validate(text)).filter((d) => !/partOf|rooms/.test(String(d.message)));
    assert.deepStrictEqual(theirs, [], `the generated ${path} is clean for the peer (but for the keys it does not know)`);
  }
}

/**
 * The tasks timed on a programme of files. The keystroke alternates a start time between two minutes (a clash of
 * rooms or people is asked of the whole programme each time), in a file checked by its incremental checker, as the
 * editor checks an open file; the render is of the whole programme from its root.
 */
export function programmeTasks(core: typeof Core, peer: PeerValidator, files: readonly ProgrammeFile[]): Record<ProgrammeMeasure, Task> {
  const programme = openFolder(core, files);
  const { file, at } = keystrokePlace(files);
  const typed = file.text.slice(0, at) + (file.text[at] === '5' ? '0' : '5') + file.text.slice(at + 1);
  assert.notStrictEqual(typed, file.text);
  const checker = new core.IncrementalChecker();
  checker.check(file.text);
  let showing = file.text;
  return {
    openFolder: () => openFolder(core, files),
    peerFolder: async () => {
      for (const { path, text } of files) await peer.validate(text, `file:///agenda-author/bench/${path}`);
    },
    keystroke: () => {
      showing = showing === file.text ? typed : file.text;
      checker.check(showing);
      if (checker.lastParse !== 'entry') throw new Error(`the keystroke was re-checked by a ${checker.lastParse} parse`);
      programme.set(file.path, checker.parsed!);
      for (const uri of programme.changes()) programme.diagnostics(uri);
    },
    render: () => core.renderProgramme(core.programmeAgenda(programme, rootOf(programme, files))),
  };
}

/** The root of the programme the files make. */
function rootOf(programme: Core.ProgrammeOfFiles, files: readonly ProgrammeFile[]): string {
  const root = programme.rootOf(files[files.length - 1].path);
  assert.ok(root !== undefined, 'the programme has a root');
  return root;
}

/** The heap a programme of the files holds once open (MB, after a full garbage collection before and after). */
export function programmeHeap(core: typeof Core, files: readonly ProgrammeFile[], collect: () => void): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  const programme = openFolder(core, files);
  collect();
  const after = process.memoryUsage().heapUsed;
  assert.ok(programme.uris().length === files.length);
  return Math.round(((after - before) / (1024 * 1024)) * 10) / 10;
}
