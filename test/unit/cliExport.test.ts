import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import ICAL from 'ical.js';
import { main } from '../../src/cli/main';
import { memoryIo } from './memoryIo';

const ROOT = path.resolve(__dirname, '../../..');
const VIENNA = fs.readFileSync(path.join(ROOT, 'test/fixtures/valid/vienna-multilingual.agenda.yaml'), 'utf8');

describe('agenda export', () => {
  it('writes an iCalendar file with -o, and says so', async () => {
    const io = memoryIo({ '/work/vienna.agenda.yaml': VIENNA });
    assert.equal(await main(['export', 'vienna.agenda.yaml', '--ics', '-o', 'out/vienna.ics'], io), 0);
    assert.deepEqual([io.out, io.err, [...io.written.keys()]], ['', 'Wrote out/vienna.ics\n', ['/work/out/vienna.ics']]);
    const calendar = new ICAL.Component(ICAL.parse(io.written.get('/work/out/vienna.ics')!));
    assert.deepEqual(calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary')),
      ['Opening; election of officers, agenda — Expert meeting', 'Electronic evidence — Expert meeting', 'Side event — Expert meeting']);
  });

  it('prints schedule.json in the language asked for, and says which sessions it leaves out', async () => {
    const io = memoryIo({ '/work/vienna.agenda.yaml': VIENNA });
    assert.equal(await main(['export', 'vienna.agenda.yaml', '--schedule-json', '--lang=ar'], io), 0);
    const json = JSON.parse(io.out) as { generator: { name: string; version: string }; schedule: { conference: { title: string } } };
    assert.equal(json.schedule.conference.title, 'اجتماع الخبراء المعني بالجريمة السيبرانية');
    assert.equal(json.generator.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.equal(io.err, 'agenda: session side-event is left out of schedule.json: it is cancelled.\n');
  });

  it('warns when no text is in the language asked for, and exports with the others', async () => {
    const io = memoryIo({ '/work/vienna.agenda.yaml': VIENNA });
    assert.equal(await main(['export', 'vienna.agenda.yaml', '--ics', '--lang', 'de'], io), 0);
    assert.equal(io.err, 'agenda: vienna.agenda.yaml has no text in German (de); its other languages stand in.\n');
    assert.match(io.out, /\r\nSUMMARY:Opening\\; election of officers\\, agenda — Expert meeting\r\n/);
    assert.match(io.out, /\r\nDESCRIPTION:Vorsitz: H\.E\. Amal Haddad\\nVortragende: /, 'German words around the text of the other languages');
  });

  it('refuses an agenda with errors and lists them', async () => {
    const broken = VIENNA.replace('    end: "11:30"\n', '    end: "09:30"\n');
    const io = memoryIo({ '/work/broken.agenda.yaml': broken });
    assert.equal(await main(['export', 'broken.agenda.yaml', '--ics', '-o', 'broken.ics'], io), 1);
    assert.equal(io.err, 'broken.agenda.yaml:44:10: error: Session `opening` ends (09:30) before it starts (10:00). [time-order]\n'
      + 'agenda: broken.agenda.yaml has an error; nothing written (--force writes it anyway).\n');
    assert.deepEqual([io.out, io.written.size], ['', 0]);
  });

  it('explains why schedule.json needs a time zone', async () => {
    const io = memoryIo({ '/work/a.agenda.yaml': VIENNA.replace('  timezone: Europe/Vienna\n', '') });
    assert.equal(await main(['export', 'a.agenda.yaml', '--schedule-json'], io), 1);
    assert.equal(io.err, 'agenda: a.agenda.yaml: schedule.json gives every time with its UTC offset: add `event.timezone` (such as `Asia/Tokyo`) to the agenda.\n');
  });

  it('rejects wrong usage with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['export', 'a.agenda.yaml'], 'agenda: export needs one of --ics or --schedule-json\n'],
      [['export', 'a.agenda.yaml', '--ics', '--schedule-json'], 'agenda: export needs one of --ics or --schedule-json\n'],
      [['export', '--ics'], 'agenda: export takes one agenda file, or a folder of a programme\n'],
      [['export', 'a.agenda.yaml', 'b.agenda.yaml', '--ics'], 'agenda: export takes one agenda file, or a folder of a programme\n'],
      [['export', 'a.agenda.yaml', '--ics', '--pdf'], 'agenda: unknown option --pdf\n'],
      [['export', 'a.agenda.yaml', '--ics', '--lang', 'French'], 'agenda: --lang takes a language code such as fr or fr-CA, not "French"\n'],
      [['export', 'a.agenda.yaml', '--ics', '--lang', 'fr_CA'], 'agenda: --lang takes a language code such as fr or fr-CA, not "fr_CA"\n'],
      [['export', 'a.agenda.yaml', '--ics', '-o'], 'agenda: -o needs a file name (or - for standard output)\n'],
      [['export', 'missing.agenda.yaml', '--ics'], 'agenda: missing.agenda.yaml cannot be read (ENOENT)\n'],
      [['export', 'a.agenda.yaml', '--ics', '-o', './a.agenda.yaml'], 'agenda: refusing to write the calendar over the agenda itself (./a.agenda.yaml)\n'],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo({ '/work/a.agenda.yaml': VIENNA });
      assert.equal(await main(args, io), 2, args.join(' '));
      assert.equal(io.err.split('\n')[0] + '\n', message, args.join(' '));
      assert.equal(io.out, '');
    }
  });
});
