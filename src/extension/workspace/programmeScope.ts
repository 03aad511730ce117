import * as vscode from 'vscode';

/** What the Agenda view and the preview's timetable show of an agenda that is part of a programme of files. */
export type ProgrammeScopeChoice = 'file' | 'programme';

/** Where the workspace keeps the choice (the Agenda view's key from before the preview shared it). */
const KEY = 'agenda.tree.scope';

/**
 * One choice for the Agenda view and the preview's timetable: the agenda's own file, or the whole programme of files
 * it is part of. **Show the Whole Programme** and **Show This File Only** (the view's title, the palette) and the
 * preview's switch set it; it is kept in the workspace's state, and both faces follow each change.
 */
export class ProgrammeScope implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ProgrammeScopeChoice>();
  /** Fires with the new choice. */
  readonly onDidChange = this.changed.event;
  private chosen: ProgrammeScopeChoice;

  constructor(private readonly memento: vscode.Memento) {
    this.chosen = memento.get<ProgrammeScopeChoice>(KEY) === 'programme' ? 'programme' : 'file';
  }

  get value(): ProgrammeScopeChoice {
    return this.chosen;
  }

  set(choice: ProgrammeScopeChoice): void {
    if (choice === this.chosen) return;
    this.chosen = choice;
    void this.memento.update(KEY, choice);
    this.changed.fire(choice);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
