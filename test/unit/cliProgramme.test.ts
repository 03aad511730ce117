import * as assert from 'assert/strict';
import { main } from '../../src/cli/main';
import { agendaTexts } from './congress';
import { memoryIo, type MemoryFile } from './memoryIo';

/** The hand-written congress under /work/congress, as the command line's world. */
function congress(extra: Record<string, MemoryFile> = {}): Record<string, MemoryFile> {
  return { ...Object.fromEntries(agendaTexts('/work/congress/')), ...extra };
}

const ROOM_CLASH = 'congress/side-events/ransomware.agenda.yaml:12:12: error: Session `side-ransomware` (10:30–11:30) overlaps session `w1-evidence` (10:00–12:00) of `../workshops/cybercrime.agenda.yaml` in the same room (Room B) on 2026-03-08. [programme-room-clash]';
const ROOM_NOTE = 'congress/workshops/cybercrime.agenda.yaml:12:12: note: Session `w1-evidence` in `../workshops/cybercrime.agenda.yaml`';
const SHADOW = 'congress/side-events/victims.agenda.yaml:9:9: warning: The person id `p-garcia` is already defined in `../congress.agenda.yaml`, which this agenda is part of; this entry hides it. Refer to that entry instead, or give this one another id. [id-shadows-parent]';
const SHADOW_NOTE = 'congress/congress.agenda.yaml:14:9: note: The person `p-garcia` in `../congress.agenda.yaml`';
const PERSON = 'congress/side-events/whistleblowers.agenda.yaml:15:16: warning: `p-okafor` is also in session `w2-integrity` of `../workshops/corruption.agenda.yaml` at the same time (14:00–15:30 on 2026-03-09). [programme-person-clash]';
const PERSON_NOTE = 'congress/workshops/corruption.agenda.yaml:15:16: note: `p-okafor` in session `w2-integrity` of `../workshops/corruption.agenda.yaml`';

describe('agenda check, render and export of a programme of files', () => {
  it('checks a folder as one programme: each cross-file problem in its file, with a note at the other place, exit 1', async () => {
    const io = memoryIo(congress());
    assert.equal(await main(['check', 'congress'], io), 1);
    assert.equal(io.out, [ROOM_CLASH, ROOM_NOTE, SHADOW, SHADOW_NOTE, PERSON, PERSON_NOTE].map((line) => `${line}\n`).join(''));
    assert.equal(io.err, '6 files checked: 1 error, 2 warnings.\n');
  });

  it('checks one file of a programme with the agendas it is part of read from disk, reporting only that file', async () => {
    const io = memoryIo(congress());
    assert.equal(await main(['check', 'congress/side-events/whistleblowers.agenda.yaml'], io), 0);
    assert.equal(io.out, '');
    assert.equal(io.err, '1 file checked: 0 errors, 0 warnings.\n');
    const alone = memoryIo(congress({ '/work/congress/congress.agenda.yaml': { error: 'ENOENT' } }));
    assert.equal(await main(['check', 'congress/workshops/cybercrime.agenda.yaml'], alone), 1);
    assert.match(alone.out, /^congress\/workshops\/cybercrime.agenda.yaml:3:9: error: No agenda file is found at `..\/congress.agenda.yaml`/);
  });

  it('gives the related places in the JSON and SARIF reports, and as notes in GitHub annotations', async () => {
    const json = memoryIo(congress());
    await main(['check', '--format', 'json', 'congress'], json);
    const [first] = JSON.parse(json.out) as { file: string; code: string; related: unknown[] }[];
    assert.deepEqual(first.related, [{ file: 'congress/workshops/cybercrime.agenda.yaml', line: 12, column: 12, endLine: 12, endColumn: 19, message: 'Session `w1-evidence` in `../workshops/cybercrime.agenda.yaml`' }]);
    const sarif = memoryIo(congress());
    await main(['check', '--format', 'sarif', 'congress'], sarif);
    const result = (JSON.parse(sarif.out) as { runs: { results: Record<string, unknown>[] }[] }).runs[0].results[0];
    assert.deepEqual(result.relatedLocations, [{
      id: 0,
      physicalLocation: { artifactLocation: { uri: 'congress/workshops/cybercrime.agenda.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 12, endLine: 12, endColumn: 19 } },
      message: { text: 'Session `w1-evidence` in `../workshops/cybercrime.agenda.yaml`' },
    }]);
    const github = memoryIo(congress());
    await main(['check', '--format', 'github', 'congress'], github);
    assert.match(github.out.split('\n')[0], /title=programme-room-clash::Session `side-ransomware` .* on 2026-03-08\.%0Acongress\/workshops\/cybercrime.agenda.yaml:12:12: Session `w1-evidence` in/);
  });

  it('renders and exports the whole programme of a folder, refused on its errors unless forced', async () => {
    const refused = memoryIo(congress());
    assert.equal(await main(['render', 'congress', '-o', 'programme.html'], refused), 1);
    assert.equal(refused.written.size, 0);
    assert.match(refused.err, /agenda: the programme of congress\/congress.agenda.yaml has an error; nothing written \(--force writes it anyway\)\.\n$/);

    const html = memoryIo(congress());
    assert.equal(await main(['render', 'congress', '-o', 'programme.html', '--force'], html), 0);
    const page = html.written.get('/work/programme.html')!;
    for (const title of ['Opening of the Congress', 'Electronic evidence', 'Integrity in public procurement', 'Supporting victims of trafficking', 'Ransomware in practice', 'Protecting whistle-blowers']) assert.ok(page.includes(title), title);
    assert.ok(page.includes('Room B') && !page.includes('room-b'));

    const schedule = memoryIo(congress());
    assert.equal(await main(['export', 'congress', '--schedule-json', '--force', '-o', 'schedule.json'], schedule), 0);
    const conference = (JSON.parse(schedule.written.get('/work/schedule.json')!) as { schedule: { conference: { rooms: { name: string }[]; days: { date: string; rooms: Record<string, unknown[]> }[] } } }).schedule.conference;
    assert.deepEqual(conference.rooms.map((room) => room.name), ['Plenary Hall', 'Room A', 'Room B']);
    assert.deepEqual(conference.days.map((day) => day.date), ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    assert.deepEqual(conference.days.map((day) => Object.values(day.rooms).flat().length), [1, 3, 2, 0]);

    const calendar = memoryIo(congress());
    assert.equal(await main(['export', 'congress', '--ics', '--force'], calendar), 0);
    assert.equal(calendar.out.match(/^BEGIN:VEVENT/gm)?.length, 6);
  });

  it('refuses a folder of several programmes, and writing over an agenda of the programme', async () => {
    const two = memoryIo(congress({ '/work/congress/other/root.agenda.yaml': 'version: 1\nevent: {title: O, start: 2026-01-01, end: 2026-01-01}\nsessions: [{id: o, title: O, date: 2026-01-01}]\n', '/work/congress/other/child.agenda.yaml': 'version: 1\npartOf: root.agenda.yaml\nevent: {title: C, start: 2026-01-01, end: 2026-01-01}\nsessions: [{id: c, title: C, date: 2026-01-01}]\n' }));
    assert.equal(await main(['render', 'congress', '--force'], two), 2);
    assert.equal(two.err, 'agenda: congress holds 2 programmes (congress/congress.agenda.yaml, congress/other/root.agenda.yaml); name the folder or root agenda of one\n');
    const over = memoryIo(congress());
    assert.equal(await main(['render', 'congress', '--force', '-o', 'congress/workshops/corruption.agenda.yaml'], over), 2);
    assert.equal(over.err, 'agenda: refusing to write the programme over an agenda of the programme (congress/workshops/corruption.agenda.yaml)\n');
  });
});
