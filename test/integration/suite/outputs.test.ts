import * as assert from 'assert';
import * as vscode from 'vscode';
import ICAL from 'ical.js';
import { filesWrittenBySuite, workspaceFile } from '../workbench';

const KYOTO = 'kyoto-2020-workshop-4.agenda.yaml';
const VIENNA = 'vienna-multilingual.agenda.yaml';
const BROKEN = 'time-order.agenda.yaml';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** The events of an iCalendar file as ical.js reads it, with only the time zones the file defines. */
async function calendarEvents(uri: vscode.Uri): Promise<{ uid: string; summary: string; start: string; location: string }[]> {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(decode(await vscode.workspace.fs.readFile(uri))));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate().toISOString(), location: event.location };
  });
}

/**
 * Runs a command that shows a quick pick, and accepts the item the quick pick offers first as a user pressing Enter
 * would, as soon as it is there. Resolves with what the command resolves to.
 */
async function acceptingQuickPick<T>(run: Thenable<T>): Promise<T> {
  let settled = false;
  const result = Promise.resolve(run).finally(() => (settled = true));
  const deadline = Date.now() + 15_000;
  while (!settled && Date.now() < deadline) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return result;
}

describe('exports from the workbench', function () {
  this.timeout(30_000);
  const written = filesWrittenBySuite();

  it('writes the example as a calendar beside it, in the language given, that ical.js reads with the same times', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', workspaceFile(KYOTO), { language: 'fr' });
    assert.strictEqual(target?.toString(), workspaceFile('kyoto-2020-workshop-4.fr.ics').toString());
    written.push(target);
    assert.deepStrictEqual(await calendarEvents(target), [
      { uid: 'first-meeting.crime-congress-14-ws4@agenda-author', summary: 'Première séance — Atelier 4', start: '2020-04-24T01:00:00.000Z', location: 'Room B, Kyoto International Conference Center, Kyoto, Japon' },
      { uid: 'second-meeting.crime-congress-14-ws4@agenda-author', summary: 'Deuxième séance — Atelier 4', start: '2020-04-24T06:00:00.000Z', location: 'Room B, Kyoto International Conference Center, Kyoto, Japon' },
      { uid: 'third-meeting.crime-congress-14-ws4@agenda-author', summary: 'Troisième séance — Atelier 4', start: '2020-04-25T01:00:00.000Z', location: 'Room B, Kyoto International Conference Center, Kyoto, Japon' },
    ]);
    const names = (await vscode.workspace.fs.readDirectory(workspaceFile('.'))).map(([name]) => name);
    assert.deepStrictEqual(names.filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left beside it');
  });

  it('asks which language when the agenda has several, and writes the default one under the plain name', async () => {
    const target = await acceptingQuickPick(vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', workspaceFile(KYOTO)));
    assert.strictEqual(target?.toString(), workspaceFile('kyoto-2020-workshop-4.ics').toString());
    written.push(target);
    assert.deepStrictEqual((await calendarEvents(target)).map((e) => e.summary), ['First meeting — Workshop 4', 'Second meeting — Workshop 4', 'Third meeting — Workshop 4']);
  });

  it('exports the agenda of the active editor, across the change to summer time', async () => {
    await vscode.window.showTextDocument(workspaceFile(VIENNA));
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', undefined, { language: 'ar' });
    assert.strictEqual(target?.toString(), workspaceFile('vienna-multilingual.ar.ics').toString());
    written.push(target);
    assert.deepStrictEqual((await calendarEvents(target)).slice(0, 2).map((e) => [e.summary, e.start, e.location]), [
      ['افتتاح الاجتماع — اجتماع الخبراء', '2026-03-28T09:00:00.000Z', 'قاعة المجلس ألف، Vienna International Centre، فيينا، النمسا'],
      ['الأدلة الإلكترونية — اجتماع الخبراء', '2026-03-29T08:00:00.000Z', 'قاعة المجلس ألف، Vienna International Centre، فيينا، النمسا'],
    ]);
  });

  it('writes the conference schedule as schedule.json', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportSchedule', workspaceFile(KYOTO), { language: 'es' });
    assert.strictEqual(target?.toString(), workspaceFile('kyoto-2020-workshop-4.es.schedule.json').toString());
    written.push(target);
    const { conference } = (JSON.parse(decode(await vscode.workspace.fs.readFile(target))) as {
      schedule: { conference: { acronym: string; days: { rooms: Record<string, { title: string; date: string }[]> }[] } };
    }).schedule;
    assert.strictEqual(conference.acronym, 'crime_congress_14_ws4');
    assert.deepStrictEqual(conference.days.map((day) => Object.values(day.rooms).flat().map((e) => [e.title, e.date])), [
      [['Primera sesión', '2020-04-24T10:00:00+09:00'], ['Segunda sesión', '2020-04-24T15:00:00+09:00']],
      [['Tercera sesión', '2020-04-25T10:00:00+09:00']],
    ]);
  });

  it('writes nothing for an agenda with errors', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', workspaceFile(BROKEN), { language: 'en' });
    assert.strictEqual(target, undefined);
    assert.strictEqual(await exists(workspaceFile('time-order.ics')), false);
  });

  it('honours the validation settings, as the preview does: with semantic checks off, their errors do not stop an export', async () => {
    const config = vscode.workspace.getConfiguration('agenda');
    await config.update('validate.semantic', false, vscode.ConfigurationTarget.Global);
    try {
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', workspaceFile(BROKEN), { language: 'en' });
      assert.strictEqual(target?.toString(), workspaceFile('time-order.ics').toString());
      written.push(target);
      assert.deepStrictEqual((await calendarEvents(target)).map((e) => e.summary), ['First meeting — Fixture workshop', 'Second meeting — Fixture workshop']);
    } finally {
      await config.update('validate.semantic', undefined, vscode.ConfigurationTarget.Global);
    }
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', workspaceFile(BROKEN), { language: 'en', replace: true });
    assert.strictEqual(refused, undefined, 'with the setting back, the error stops it again');
  });

  it('keeps breaks in the calendar with agenda.export.includeBreaks, as agenda export --include-breaks does, and a caller may say otherwise', async () => {
    const HACKATHON = 'hackathon.agenda.yaml';
    const summaries = async (options: object) => {
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', workspaceFile(HACKATHON), { language: 'en', replace: true, ...options });
      assert.ok(target, 'the calendar is written');
      written.push(target);
      return (await calendarEvents(target)).map((e) => e.summary.replace(' — Open Data Hackathon', ''));
    };
    const all = ['Kick-off', 'Hacking, day one', 'Work through the night', 'Lightning talks', 'Judging', 'Doors close'];
    const withLunch = [...all.slice(0, 2), 'Lunch', ...all.slice(2)];
    assert.deepStrictEqual(await summaries({}), all, 'left out by default');
    const config = vscode.workspace.getConfiguration('agenda.export');
    await config.update('includeBreaks', true, vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual(await summaries({}), withLunch);
      assert.deepStrictEqual(await summaries({ includeBreaks: false }), all);
    } finally {
      await config.update('includeBreaks', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.deepStrictEqual(await summaries({ includeBreaks: true }), withLunch);
  });

  it('makes each timed item an event of schedule.json with agenda.export.itemsAsEvents, as agenda export --items-as-events does', async () => {
    const titles = async (options: object) => {
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportSchedule', workspaceFile(KYOTO), { language: 'en', replace: true, ...options });
      assert.ok(target, 'the schedule is written');
      written.push(target);
      const { conference } = (JSON.parse(decode(await vscode.workspace.fs.readFile(target))) as { schedule: { conference: { days: { rooms: Record<string, { title: string }[]> }[] } } }).schedule;
      return conference.days.map((day) => Object.values(day.rooms).flat().map((e) => e.title));
    };
    const sessions = [['First meeting', 'Second meeting'], ['Third meeting']];
    assert.deepStrictEqual(await titles({}), sessions, 'one event a session by default');
    const config = vscode.workspace.getConfiguration('agenda.export');
    await config.update('itemsAsEvents', true, vscode.ConfigurationTarget.Global);
    try {
      const items = await titles({});
      assert.deepStrictEqual(items.map((day) => day.length), [7, 4]);
      assert.deepStrictEqual(items[0].slice(0, 2), ['Opening of the workshop', 'Introduction of the working paper']);
      assert.deepStrictEqual(items[1][3], 'Conclusions and recommendations; closing of the workshop');
      assert.deepStrictEqual(await titles({ itemsAsEvents: false }), sessions);
    } finally {
      await config.update('itemsAsEvents', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
