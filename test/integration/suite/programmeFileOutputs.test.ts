import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { hasWebviewHooks, requestScreenshot, webviewClick, webviewRect, webviewText, webviewWheel, webviewTextIs as textIs } from '../hooks';
import { activateExtension, closeAllEditors, filesWrittenBySuite, poll, workspaceFile } from '../workbench';

/** A file of the congress in the test workspace (test/fixtures/congress: a root, two workshops, three side events). */
const congressFile = (relative: string) => workspaceFile(`congress/${relative}`);
const cybercrime = congressFile('workshops/cybercrime.agenda.yaml');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the preview of a file that is part of a programme', function () {
  this.timeout(60_000);
  before(function () {
    if (!hasWebviewHooks()) this.skip();
  });
  let editor: vscode.TextEditor;
  /** The 0-based line of the workshop's first line that reads `text`, trimmed. */
  const lineOf = (text: string) => editor.document.getText().split('\n').findIndex((line) => line.trim() === text);

  before(async () => {
    const api = (await activateExtension()).exports as AgendaAuthorApi;
    await api.programme.ready();
    await closeAllEditors();
    await vscode.commands.executeCommand('agenda.tree.showFile');
    editor = await vscode.window.showTextDocument(cybercrime, { viewColumn: vscode.ViewColumn.One, preview: false });
  });

  after(async () => {
    await vscode.commands.executeCommand('agenda.tree.showFile');
    await closeAllEditors();
  });

  it("shows the congress's person, topic, room and time zone the workshop names, at the workshop's own lines", async () => {
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    await textIs('.programme .event-title', 'Workshop on cybercrime');
    await textIs('#session-w1-evidence .role .person-name', 'Yuki Tanaka');
    await textIs('#session-w1-evidence .topic-ref', 'Cybercrime');
    await textIs('#session-w1-evidence .session-room', 'Room B');
    await textIs('.timezone-note', 'All times are local time (Central European Standard Time).');
    await textIs('#scope-file[aria-pressed="true"]', 'This file');
    await textIs(`#session-w1-evidence[data-line="${lineOf('- id: w1-evidence')}"] .session-title-text`, 'Electronic evidence');
    await requestScreenshot('preview-programme-file', 'Preview cybercrime.agenda.yaml');

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const chair = lineOf('chair: p-tanaka');
    await webviewClick('#session-w1-evidence .role');
    await poll(`the cursor on the chair's line ${chair}`, () => editor.selection.active.line === chair)
      .catch(() => assert.fail(`the cursor is on line ${editor.selection.active.line}, not ${chair}`));
  });

  it('shows the whole programme when it is chosen: the sessions of every file, each naming the workshop or side event it belongs to', async () => {
    await webviewClick('#scope-programme');
    await textIs('#scope-programme[aria-pressed="true"]', 'Whole programme');
    await textIs('.programme .event-title', 'Regional Congress on Crime Prevention');
    await textIs('#session-opening .person-name', 'Ana García');
    await textIs('#session-w1-evidence .session-part-of', 'Workshop on cybercrime');
    await textIs('#session-w2-integrity .session-part-of', 'Workshop on corruption');
    await textIs('#session-w2-integrity .person-name', 'Kwame Okafor');
    await textIs('#session-side-victims .person-name', 'Pedro García');
    await textIs('#session-side-ransomware .session-title-text', 'Ransomware in practice');
    await textIs('#session-side-whistleblowers .session-title-text', 'Protecting whistle-blowers');
    assert.strictEqual(await webviewText('#programme [data-line]'), undefined, 'a page of several files has no lines of the one shown');
    const workshop = await webviewRect('#session-w1-evidence');
    assert.ok(workshop, 'the workshop\'s session is on the page');
    await webviewWheel('#programme', Math.round(workshop.top - 120));
    await poll('the page scrolled to the workshop\'s session', async () => ((await webviewRect('#session-w1-evidence'))?.top ?? workshop.top) < workshop.top);
    await requestScreenshot('preview-programme-whole', 'Preview cybercrime.agenda.yaml');

    await vscode.commands.executeCommand('agenda.tree.showFile');
    await textIs('.programme .event-title', 'Workshop on cybercrime');
    await textIs('#scope-file[aria-pressed="true"]', 'This file');
  });
});

describe('the exports of a file that is part of a programme', function () {
  this.timeout(30_000);
  const written = filesWrittenBySuite();

  /** Runs an export command on the workshop, replacing an earlier export; its text. */
  async function exported(command: string): Promise<string> {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, cybercrime, { replace: true });
    assert.ok(target, `${command} wrote a file`);
    written.push(target);
    return decode(await vscode.workspace.fs.readFile(target));
  }

  it("writes the workshop's calendar in the congress's time zone, with its person and room, as agenda export FILE does", async () => {
    const lines = (await exported('agenda.exportCalendar')).split('\r\n');
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1).filter((line) => !line.startsWith('DTSTAMP:'));
    assert.deepStrictEqual(event, [
      'BEGIN:VEVENT',
      'UID:w1-evidence.workshop-on-cybercrime-2026-03-08@agenda-author',
      'SEQUENCE:0',
      'DTSTART;TZID=Europe/Vienna:20260308T100000',
      'DTEND;TZID=Europe/Vienna:20260308T120000',
      'SUMMARY:Electronic evidence — Workshop on cybercrime',
      'LOCATION:Room B',
      'DESCRIPTION:Chair: Yuki Tanaka\\nTopics: Cybercrime',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
    assert.ok(lines.includes('TZID:Europe/Vienna'), 'with its VTIMEZONE');
  });

  it("writes the workshop's schedule.json with the congress's rooms and person, and its page with the person's name", async () => {
    const json = JSON.parse(await exported('agenda.exportSchedule')) as { schedule: { conference: { time_zone_name: string; rooms: { name: string }[]; days: { rooms: Record<string, { title: string; date: string; persons: { name: string }[] }[]> }[] } } };
    const { conference } = json.schedule;
    assert.strictEqual(conference.time_zone_name, 'Europe/Vienna');
    assert.deepStrictEqual(conference.rooms.map((room) => room.name), ['Plenary Hall', 'Room A', 'Room B']);
    assert.deepStrictEqual(conference.days.flatMap((day) => Object.values(day.rooms).flat()).map((talk) => [talk.title, talk.date, talk.persons.map((p) => p.name)]),
      [['Electronic evidence', '2026-03-08T10:00:00+01:00', ['Yuki Tanaka']]]);
    const page = await exported('agenda.exportHtml');
    assert.ok(page.includes('<span class="person-name">Yuki Tanaka</span>'), 'the chair by name');
    assert.ok(!page.includes('p-tanaka'), 'never by the id of someone unknown');
  });
});
