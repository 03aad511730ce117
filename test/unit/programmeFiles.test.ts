import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, check, checkCount, checkParsed, IncrementalChecker, LineIndex, parseAgenda, ProgrammeOfFiles, quickFixes, relativePath, resolvePartOf, summaryOf, uriKey, type Diagnostic, type Range } from '../../src/core';
import { CONGRESS_OF_FILES, generateCongress, type GeneratedCongress } from '../../bench/generateAgenda';
import { agendaTexts, CONGRESS, itemsCongress, ITEMS_ROOT, ITEMS_ROOT_KEY, ITEMS_WORKSHOP, ITEMS_WORKSHOP_KEY, programmeOf } from './congress';
import { covered, FIXTURES } from './findings';

function at(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Every diagnostic of a programme as one line: file, place, underlined text, code, message, and its related place. */
function described(programme: ProgrammeOfFiles, texts: Map<string, string>, locale?: string): string[] {
  return programme.uris().flatMap((uri) => programme.diagnostics(uri, locale).map((d: Diagnostic) => {
    const lines = new LineIndex(texts.get(uri)!);
    const related = (d.related ?? []).map((r) => {
      const where = r.uri ?? uri;
      return ` | ${where} ${at(r.range)} ${JSON.stringify(covered(new LineIndex(texts.get(where)!), r.range))}: ${r.message}`;
    });
    return `${uri} ${at(d.range)} ${JSON.stringify(covered(lines, d.range))} ${d.code}: ${d.message}${related.join('')}`;
  }));
}

/** The congress of files as a programme, each file by `file:///w/congress/` and its path. */
const congress = () => programmeOf(agendaTexts('file:///w/congress/'));

const ROOT = 'file:///w/congress/congress.agenda.yaml';
const CYBER = 'file:///w/congress/workshops/cybercrime.agenda.yaml';
const CORRUPTION = 'file:///w/congress/workshops/corruption.agenda.yaml';
const VICTIMS = 'file:///w/congress/side-events/victims.agenda.yaml';
const RANSOMWARE = 'file:///w/congress/side-events/ransomware.agenda.yaml';
const WHISTLE = 'file:///w/congress/side-events/whistleblowers.agenda.yaml';


const agenda = (lines: string[]) => ['version: 1', ...lines].join('\n') + '\n';

describe('a programme of agenda files', () => {
  it('finds the room clash, the double-booked speaker and the shadowed id of the hand-written congress, each in the file where the fix belongs', () => {
    const { programme, texts } = congress();
    assert.deepEqual(described(programme, texts), [
      `${RANSOMWARE} 11:11-11:18 "\\"10:30\\"" programme-room-clash: Session \`side-ransomware\` (10:30–11:30) overlaps session \`w1-evidence\` (10:00–12:00) of \`../workshops/cybercrime.agenda.yaml\` in the same room (Room B) on 2026-03-08.`
        + ` | ${CYBER} 11:11-11:18 "\\"10:00\\"": Session \`w1-evidence\` in \`../workshops/cybercrime.agenda.yaml\``,
      `${VICTIMS} 8:8-8:16 "p-garcia" id-shadows-parent: The person id \`p-garcia\` is already defined in \`../congress.agenda.yaml\`, which this agenda is part of; this entry hides it. Refer to that entry instead, or give this one another id.`
        + ` | ${ROOT} 13:8-13:16 "p-garcia": The person \`p-garcia\` in \`../congress.agenda.yaml\``,
      `${WHISTLE} 14:15-14:23 "p-okafor" programme-person-clash: \`p-okafor\` is also in session \`w2-integrity\` of \`../workshops/corruption.agenda.yaml\` at the same time (14:00–15:30 on 2026-03-09).`
        + ` | ${CORRUPTION} 14:15-14:23 "p-okafor": \`p-okafor\` in session \`w2-integrity\` of \`../workshops/corruption.agenda.yaml\``,
    ]);
    assert.deepEqual(programme.membersOf(ROOT), [ROOT, RANSOMWARE, VICTIMS, WHISTLE, CORRUPTION, CYBER]);
    assert.equal(programme.parentOf(CYBER), ROOT);
    assert.equal(programme.rootOf(WHISTLE), ROOT);
  });

  it('says the cross-file diagnostics in the five other languages, with the same places', () => {
    const { programme, texts } = congress();
    const english = described(programme, texts);
    const french = described(programme, texts, 'fr');
    assert.equal(french.length, english.length);
    assert.match(french[0], /programme-room-clash: La séance `side-ransomware` \(10:30–11:30\) chevauche la séance `w1-evidence` \(10:00–12:00\) de `..\/workshops\/cybercrime.agenda.yaml` dans la même salle \(Room B\) le 2026-03-08\. \| .* Séance `w1-evidence` dans/);
    for (const locale of ['ar', 'es', 'ru', 'zh-cn']) {
      const said = described(programme, texts, locale);
      assert.deepEqual(said.map((line) => line.split(' ').slice(0, 2).join(' ')), english.map((line) => line.split(' ').slice(0, 2).join(' ')));
      for (let i = 0; i < said.length; i++) assert.notEqual(said[i], english[i], locale);
    }
  });

  it('lets a file use the ids of the agenda it is part of, and counts an id used by a child as used', () => {
    const { programme, texts } = congress();
    const cyber = texts.get(CYBER)!;
    const root = texts.get(ROOT)!;
    assert.deepEqual(check(cyber).map((d) => `${d.code} ${covered(new LineIndex(cyber), d.range)}`), ['unknown-person p-tanaka', 'unknown-topic cybercrime']);
    assert.deepEqual(check(root).map((d) => `${d.code} ${covered(new LineIndex(root), d.range)}`), ['unused-id p-okafor', 'unused-id p-tanaka', 'unused-id cybercrime']);
    assert.deepEqual(programme.diagnostics(CYBER), []);
    assert.deepEqual(programme.diagnostics(ROOT), []);
    assert.deepEqual(programme.definitionOf(CYBER, 'person', 'p-tanaka'), { uri: ROOT, span: [root.indexOf('p-tanaka'), root.indexOf('p-tanaka') + 8] });
    assert.deepEqual(programme.definitionOf(VICTIMS, 'person', 'p-garcia')?.uri, VICTIMS);
    assert.deepEqual(programme.filesSeeing(ROOT, 'person', 'p-garcia'), [ROOT, RANSOMWARE, WHISTLE, CORRUPTION, CYBER]);
  });

  it('still reports an id that no file of the programme defines or uses', () => {
    const { programme, texts } = programmeOf({
      'a/root.agenda.yaml': agenda(['event: {title: C, start: 2026-01-01, end: 2026-01-02}', 'people:', '  - {id: ann, name: Ann}', '  - {id: bob, name: Bob}', 'sessions:', '  - {id: s1, title: S, date: 2026-01-01, chair: ann}']),
      'a/b/child.agenda.yaml': agenda(['partOf: ../root.agenda.yaml', 'event: {title: W, start: 2026-01-01, end: 2026-01-01}', 'sessions:', '  - {id: s2, title: T, date: 2026-01-01, chair: anne}']),
    });
    assert.deepEqual(described(programme, texts), [
      'a/b/child.agenda.yaml 4:48-4:52 "anne" unknown-person: Unknown person `anne`: no entry of `people` has this id. Did you mean `ann`?',
      'a/root.agenda.yaml 4:9-4:12 "bob" unused-id: The person `bob` is never used: no session names this person.',
    ]);
  });

  it('gives a file in no programme exactly what check gives', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'invalid', 'time-overlap.agenda.yaml'), 'utf8');
    const { programme } = programmeOf({ 'x.agenda.yaml': text });
    assert.deepEqual(programme.diagnostics('x.agenda.yaml'), check(text));
    assert.deepEqual(programme.diagnostics('x.agenda.yaml', 'fr'), check(text, { locale: 'fr' }));
  });

  it('checks a session room against the rooms the parent declares, with did you mean; free text stays valid without a registry', () => {
    const root = agenda(['event: {title: C, start: 2026-01-01, end: 2026-01-02}', 'rooms:', '  - {id: room-a, name: Room A}', 'sessions:', '  - {id: s1, title: S, date: 2026-01-01, room: room-a}']);
    const { programme, texts } = programmeOf({
      'root.agenda.yaml': root,
      'child.agenda.yaml': agenda(['partOf: root.agenda.yaml', 'event: {title: W, start: 2026-01-01, end: 2026-01-01}', 'sessions:', '  - {id: s2, title: T, date: 2026-01-01, room: room-aa}', '  - {id: s3, title: U, date: 2026-01-01, room: room-a}']),
      'alone.agenda.yaml': agenda(['event: {title: W, start: 2026-01-01, end: 2026-01-01}', 'sessions:', '  - {id: s4, title: T, date: 2026-01-01, room: Any room at all}']),
    });
    assert.deepEqual(described(programme, texts), [
      'child.agenda.yaml 4:47-4:54 "room-aa" unknown-room: Unknown room `room-aa`: no entry of `rooms` has this id. Did you mean `room-a`?',
    ]);
    assert.deepEqual(programme.diagnostics('child.agenda.yaml')[0].suggestions, ['room-a']);
    const own = check(agenda(['event: {title: C, start: 2026-01-01, end: 2026-01-02}', 'rooms:', '  - {id: room-a, name: Room A}', '  - {id: room-a, name: Room A2}', 'sessions:', '  - {id: s1, title: S, date: 2026-01-01, room: Room A}']));
    assert.deepEqual(own.map((d) => `${d.code}: ${d.message}`), [
      'duplicate-id: The room id `room-a` is already used on line 4; ids must be unique.',
      'unknown-room: Unknown room `Room A`: no entry of `rooms` has this id. Did you mean `room-a`?',
    ]);
  });

  it('reports a parent that cannot be found, a cycle of partOf, dates outside the parent event and session ids used twice, in the child', () => {
    const { programme, texts } = programmeOf(agendaTexts('file:///w/', path.join(FIXTURES, 'programme-errors')));
    assert.deepEqual(described(programme, texts), [
      'file:///w/child.agenda.yaml 5:9-5:19 "2026-01-04" date-outside-parent: This event\'s `start` (2026-01-04) is outside the dates of the event this agenda is part of (2026-01-05 to 2026-01-09, in `root.agenda.yaml`).'
        + ' | file:///w/root.agenda.yaml 4:9-5:17 "2026-01-05\\n  end: 2026-01-09": The dates of the event in `root.agenda.yaml`',
      'file:///w/child.agenda.yaml 8:8-8:15 "opening" programme-duplicate-session: The session id `opening` is also used in `root.agenda.yaml`; session ids must be unique across the programme (they become the calendar\'s UIDs).'
        + ' | file:///w/root.agenda.yaml 7:8-7:15 "opening": Session `opening` in `root.agenda.yaml`',
      'file:///w/child.agenda.yaml 10:10-10:20 "2026-01-04" date-outside-parent: Session `opening` is on 2026-01-04, outside the dates of the event this agenda is part of (2026-01-05 to 2026-01-09, in `root.agenda.yaml`).'
        + ' | file:///w/root.agenda.yaml 4:9-5:17 "2026-01-05\\n  end: 2026-01-09": The dates of the event in `root.agenda.yaml`',
      'file:///w/cycle/a.agenda.yaml 2:8-2:21 "b.agenda.yaml" parent-cycle: This agenda is part of a cycle of `partOf`: a.agenda.yaml → b.agenda.yaml → a.agenda.yaml. One of them must be the root of the programme, without `partOf`.'
        + ' | file:///w/cycle/b.agenda.yaml 2:8-2:23 "./a.agenda.yaml": `partOf` of `b.agenda.yaml`',
      'file:///w/cycle/b.agenda.yaml 2:8-2:23 "./a.agenda.yaml" parent-cycle: This agenda is part of a cycle of `partOf`: b.agenda.yaml → a.agenda.yaml → b.agenda.yaml. One of them must be the root of the programme, without `partOf`.'
        + ' | file:///w/cycle/a.agenda.yaml 2:8-2:21 "b.agenda.yaml": `partOf` of `a.agenda.yaml`',
      'file:///w/lost.agenda.yaml 2:8-2:32 "../gone/root.agenda.yaml" parent-not-found: No agenda file is found at `../gone/root.agenda.yaml`, the parent this agenda names in `partOf` (the path is relative to this file).',
    ]);
    assert.equal(programme.rootOf('file:///w/cycle/a.agenda.yaml'), undefined);
    assert.equal(programme.rootOf('file:///w/child.agenda.yaml'), 'file:///w/root.agenda.yaml');
  });

  it('takes a partOf that names the file itself for a cycle', () => {
    const { programme, texts } = programmeOf({
      'file:///w/self.agenda.yaml': agenda(['partOf: ./self.agenda.yaml', 'event: {title: C, start: 2026-01-01, end: 2026-01-01}', 'sessions:', '  - {id: s, title: S, date: 2026-01-01}']),
    });
    assert.deepEqual(described(programme, texts), [
      'file:///w/self.agenda.yaml 1:8-1:26 "./self.agenda.yaml" parent-cycle: This agenda is part of a cycle of `partOf`: self.agenda.yaml → self.agenda.yaml. One of them must be the root of the programme, without `partOf`.'
        + ' | file:///w/self.agenda.yaml 1:8-1:26 "./self.agenda.yaml": `partOf` of `self.agenda.yaml`',
    ]);
  });

  it("reports a clash with the parent in the child, whichever starts first; a clash within one file stays the file's own check", () => {
    const { programme, texts } = programmeOf({
      'root.agenda.yaml': agenda(['event: {title: C, start: 2026-01-05, end: 2026-01-09}', 'people: [{id: ann, name: Ann}]', 'sessions:',
        '  - {id: r1, title: S, date: 2026-01-05, start: "10:00", end: "11:00", room: Hall, chair: ann}']),
      'child.agenda.yaml': agenda(['partOf: root.agenda.yaml', 'event: {title: W, start: 2026-01-05, end: 2026-01-05}', 'sessions:',
        '  - {id: c1, title: T, date: 2026-01-05, start: "09:30", end: "10:30", room: hall, chair: ann}',
        '  - {id: c2, title: U, date: 2026-01-05, start: "09:45", end: "10:15", room: Hall}']),
    });
    assert.deepEqual(described(programme, texts).map((line) => line.split(' | ')[0]), [
      'child.agenda.yaml 4:48-4:55 "\\"09:30\\"" programme-room-clash: Session `c1` (09:30–10:30) overlaps session `r1` (10:00–11:00) of `root.agenda.yaml` in the same room (hall) on 2026-01-05.',
      'child.agenda.yaml 4:90-4:93 "ann" programme-person-clash: `ann` is also in session `r1` of `root.agenda.yaml` at the same time (10:00–11:00 on 2026-01-05).',
      'child.agenda.yaml 5:48-5:55 "\\"09:45\\"" time-overlap: Session `c2` (09:45–10:15) overlaps session `c1` (09:30–10:30) in the same room (hall) on 2026-01-05.',
    ]);
  });

  it('says which files changed after one file changes, and only those; a change that changes nothing changes no file', () => {
    const { programme, texts } = congress();
    programme.changes();
    const corruption = texts.get(CORRUPTION)!;
    programme.set(CORRUPTION, parseAgenda(corruption.replace('title: Integrity', 'title: Integrity and')));
    assert.deepEqual(programme.changes(), []);
    programme.set(CORRUPTION, parseAgenda(corruption.replace('speakers: [p-okafor]', 'speakers: [p-tanaka]')));
    assert.deepEqual(programme.changes(), [WHISTLE]);
    assert.deepEqual(programme.diagnostics(WHISTLE), []);
    programme.set(CORRUPTION, parseAgenda(corruption.replace('speakers: [p-okafor]', 'speakers: [p-nobody]')));
    assert.deepEqual(programme.changes(), [CORRUPTION]);
    programme.delete(ROOT);
    assert.deepEqual(programme.changes(), [ROOT, RANSOMWARE, VICTIMS, WHISTLE, CORRUPTION, CYBER]);
    assert.deepEqual(programme.diagnostics(CYBER).map((d) => d.code), ['parent-not-found', 'unknown-person', 'unknown-topic']);
  });

  it("takes a file's own diagnostics where its caller has checked it (an open document), and checks it no more", () => {
    const { programme, texts } = congress();
    programme.changes();
    const text = texts.get(CYBER)!.replace('    chair: p-tanaka\n', '    chair: p-tanakaa\n    colour: red\n');
    const checker = new IncrementalChecker({ schema: false });
    const own = checker.check(text);
    const parsed = checker.parsed!;
    assert.deepEqual(own.map((d) => d.code), ['unknown-person', 'unknown-topic'], 'checked without the schema, alone');
    const before = checkCount();
    programme.set(CYBER, parsed, own);
    assert.deepEqual(programme.changes(), [ROOT, CYBER]);
    assert.deepEqual(described(programme, texts.set(CYBER, text)).filter((line) => line.startsWith(CYBER) || line.startsWith(ROOT)), [
      `${ROOT} 18:8-18:16 "p-tanaka" unused-id: The person \`p-tanaka\` is never used: no session names this person.`,
      `${CYBER} 14:11-14:20 "p-tanakaa" unknown-person: Unknown person \`p-tanakaa\`: no entry of \`people\` has this id. Did you mean \`p-tanaka\`?`,
    ], 'no schema diagnostic (the caller checked without it), its ids resolved over the programme');
    assert.equal(checkCount(), before, 'no check of its own');
    assert.equal(programme.summary(CYBER), summaryOf(parsed), 'the summary of that very parse');

    programme.set(CYBER, parsed, own);
    assert.deepEqual(programme.changes(), [], 'the same again: nothing changed');
    const withSchema = checkParsed(parsed);
    const checks = checkCount();
    programme.set(CYBER, parsed, withSchema);
    assert.deepEqual(programme.changes(), [CYBER], 'the same parse checked with other settings');
    assert.deepEqual(programme.diagnostics(CYBER).map((d) => d.code), ['unknown-person', 'schema-unknown-key']);
    assert.equal(checkCount(), checks);
  });

  it('checks a file given without its diagnostics once per set, with its options; semantic off leaves out the checks of the programme in that file, not its uses', () => {
    const { programme, texts } = congress();
    const checks = checkCount();
    programme.set(RANSOMWARE, parseAgenda(texts.get(RANSOMWARE)!), undefined, { semantic: false });
    programme.set(VICTIMS, parseAgenda(texts.get(VICTIMS)!.replace('version: 1', 'version: 1\ncolour: red')), undefined, { schema: false });
    programme.set(CYBER, parseAgenda(texts.get(CYBER)!.replace('    chair: p-tanaka\n', '    chair: p-tanaka\n    duration: 60\n    colour: red\n')), undefined, { semantic: false });
    for (let i = 0; i < 2; i++) assert.deepEqual(programme.uris().map((uri) => [uri, programme.diagnostics(uri).map((d) => d.code)]), [
      [ROOT, []],
      [RANSOMWARE, []],
      [VICTIMS, ['id-shadows-parent']],
      [WHISTLE, ['programme-person-clash']],
      [CORRUPTION, []],
      [CYBER, ['schema-unknown-key']],
    ]);
    assert.equal(checkCount() - checks, programme.uris().length, 'each file checked once');
    assert.deepEqual(programme.diagnostics(ROOT), [], "the chair of a file checked without semantic checks is still a use of the congress's person");
  });

  it('keeps a file summary per parse, so that an unchanged file is not read again', () => {
    const parsed = parseAgenda(fs.readFileSync(path.join(CONGRESS, 'congress.agenda.yaml'), 'utf8'));
    assert.equal(summaryOf(parsed), summaryOf(parsed));
    assert.deepEqual([...summaryOf(parsed).definitions.room.keys()], ['plenary-hall', 'room-a', 'room-b']);
    assert.deepEqual(summaryOf(parsed).roomNames.get('room-b'), 'Room B');
  });
});


describe('agenda items across the files of a programme', () => {
  it("checks a workshop's agenda items against the congress's, and a continued item against the sessions of every file before it", () => {
    const alone = check(ITEMS_WORKSHOP).map((d) => `${d.code} ${covered(new LineIndex(ITEMS_WORKSHOP), d.range)}`);
    assert.deepEqual(alone, ['unknown-agenda-item 3', 'unknown-agenda-item 4', 'unknown-agenda-item 5'], 'alone, the workshop declares no agenda items');
    const { programme, texts } = itemsCongress();
    assert.deepEqual(described(programme, texts), [
      `${ITEMS_WORKSHOP_KEY} 5:102-5:117 "continued: true" agenda-item-not-begun: Session \`w-2\` continues agenda item \`4\`, but no session before it takes the item up: remove \`continued\` if the item begins here, or list the item in an earlier session.`
        + ` | ${ITEMS_ROOT_KEY} 7:16-7:17 "4": Agenda item \`4\` in \`../congress.agenda.yaml\``,
      `${ITEMS_WORKSHOP_KEY} 5:121-5:122 "5" unknown-agenda-item: Session \`w-2\` takes up agenda item \`5\`, which \`event.agendaItems\` does not list. Did you mean \`3\`?`
        + ` | ${ITEMS_ROOT_KEY} 5:2-5:13 "agendaItems": The event's agenda items in \`../congress.agenda.yaml\``,
    ], 'w-1 continues item 3, which plenary-1 took up the day before; plenary-2 takes item 4 up only the day after w-2');
    const [notBegun] = programme.diagnostics(ITEMS_WORKSHOP_KEY);
    const fixedText = applyEdits(ITEMS_WORKSHOP, quickFixes(parseAgenda(ITEMS_WORKSHOP), [notBegun])[0].edits);
    assert.ok(fixedText.includes('agendaItems: [4, 5] }'), fixedText);
    assert.deepEqual(programme.diagnostics(ITEMS_ROOT_KEY), []);
    const french = programme.diagnostics(ITEMS_WORKSHOP_KEY, 'fr').map((d) => d.related?.[0].message);
    assert.deepEqual(french, ["Point `4` de l'ordre du jour dans `../congress.agenda.yaml`", "Les points de l'ordre du jour de l'événement dans `../congress.agenda.yaml`"]);
  });

  it('tells the files whose agenda items a change in another file affects, and only those', () => {
    const { programme } = itemsCongress();
    programme.changes();
    programme.set(ITEMS_ROOT_KEY, parseAgenda(ITEMS_ROOT.replace('agendaItems: [4]', 'agendaItems: [4], status: cancelled').replace('date: 2026-03-09', 'date: 2026-03-08')));
    assert.deepEqual(programme.changes(), [], 'a cancelled plenary takes up nothing: w-2 still continues an item not begun');
    programme.set(ITEMS_ROOT_KEY, parseAgenda(ITEMS_ROOT.replace('date: 2026-03-09', 'date: 2026-03-08').replace('start: "10:00", end: "13:00", agendaItems: [4]', 'start: "14:00", end: "15:00", agendaItems: [4]')));
    assert.deepEqual(programme.changes(), [ITEMS_WORKSHOP_KEY]);
    assert.deepEqual(programme.diagnostics(ITEMS_WORKSHOP_KEY).map((d) => d.code), ['unknown-agenda-item'], 'plenary-2 now takes item 4 up at 14:00, before w-2 at 15:00');
    programme.set(ITEMS_ROOT_KEY, parseAgenda(ITEMS_ROOT.replace('agendaItems: [3] }', 'agendaItems: [3], status: cancelled }')));
    assert.deepEqual(programme.changes(), [ITEMS_WORKSHOP_KEY]);
    assert.deepEqual(programme.diagnostics(ITEMS_WORKSHOP_KEY).map((d) => `${d.code} ${d.message.split(',')[0]}`), [
      'agenda-item-not-begun Session `w-1` continues agenda item `3`',
      'agenda-item-not-begun Session `w-2` continues agenda item `4`',
      'unknown-agenda-item Session `w-2` takes up agenda item `5`',
    ]);
  });

  it("uses a file's own agenda items where it declares them, and the file alone where it is in no programme", () => {
    const own = ITEMS_WORKSHOP.replace('end: 2026-03-08 }', 'end: 2026-03-08, agendaItems: [{ number: 4, title: Cyber }, { number: 5, title: Other }] }');
    const { programme, texts } = itemsCongress(ITEMS_ROOT, own);
    assert.deepEqual(described(programme, texts), [
      `${ITEMS_WORKSHOP_KEY} 4:104-4:105 "3" unknown-agenda-item: Session \`w-1\` takes up agenda item \`3\`, which \`event.agendaItems\` does not list. Did you mean \`4\`?`,
      `${ITEMS_WORKSHOP_KEY} 5:102-5:117 "continued: true" agenda-item-not-begun: Session \`w-2\` continues agenda item \`4\`, but no session before it takes the item up: remove \`continued\` if the item begins here, or list the item in an earlier session.`,
    ], 'its own items, and its own sessions alone take them up: no related location in another file');
    const single = itemsCongress(ITEMS_ROOT, ITEMS_WORKSHOP.replace('partOf: ../congress.agenda.yaml\n', ''));
    assert.deepEqual(single.programme.diagnostics(ITEMS_WORKSHOP_KEY), check(ITEMS_WORKSHOP.replace('partOf: ../congress.agenda.yaml\n', '')));
  });
});

describe('paths between the files of a programme', () => {
  it('resolves partOf against a URI or a path, folding . and ..', () => {
    assert.equal(resolvePartOf('file:///w/side/a.agenda.yaml', '../congress.agenda.yaml'), 'file:///w/congress.agenda.yaml');
    assert.equal(resolvePartOf('file:///w/a.agenda.yaml', './sub/../b.agenda.yaml'), 'file:///w/b.agenda.yaml');
    assert.equal(resolvePartOf('file:///w/a.agenda.yaml', 'my congress.agenda.yaml'), 'file:///w/my%20congress.agenda.yaml');
    assert.equal(resolvePartOf('vscode-vfs://github/o/r/x/a.agenda.yaml', '..\\root.agenda.yaml'), 'vscode-vfs://github/o/r/root.agenda.yaml');
    assert.equal(resolvePartOf('side/a.agenda.yaml', '../../root.agenda.yaml'), '../root.agenda.yaml');
    assert.equal(resolvePartOf('/w/a.agenda.yaml', '../../../r.agenda.yaml'), '/r.agenda.yaml');
    assert.equal(uriKey('file:///w/my%20congress.agenda.yaml'), uriKey('file:///w/my congress.agenda.yaml'));
  });

  it('names one file from another by a relative path', () => {
    assert.equal(relativePath('file:///w/side/a.agenda.yaml', 'file:///w/congress.agenda.yaml'), '../congress.agenda.yaml');
    assert.equal(relativePath('file:///w/a.agenda.yaml', 'file:///w/x/my%20b.agenda.yaml'), 'x/my b.agenda.yaml');
    assert.equal(relativePath('a.agenda.yaml', 'a.agenda.yaml'), 'a.agenda.yaml');
    assert.equal(relativePath('file:///w/a.agenda.yaml', 'untitled:b'), 'untitled:b');
  });
});

describe('a generated congress of many files', () => {
  const clean = generateCongress(CONGRESS_OF_FILES);
  const faulty = generateCongress(CONGRESS_OF_FILES, { faults: true });
  const load = (congress: GeneratedCongress) => programmeOf(congress.files).programme;

  /** Where a diagnostic is, as the generator names its faults: the session it is in, the event key, or the id. */
  function placeOf(text: string, d: Diagnostic): string {
    const lines = text.split('\n');
    const key = /^ {2}(start|end): /.exec(lines[d.range.start.line]);
    if (key) return key[1];
    if (d.code === 'id-shadows-parent') return covered(new LineIndex(text), d.range);
    for (let line = d.range.start.line; line >= 0; line--) {
      const session = /^ {2}- id: (\S+)/.exec(lines[line]);
      if (session) return session[1];
    }
    return '?';
  }

  it('is one root, eight days, twelve rooms and 250 files of some 20,000 lines', () => {
    assert.equal(clean.files.size, 250);
    assert.ok(clean.lines > 18000 && clean.lines < 22000, `${clean.lines} lines`);
    const root = parseAgenda(clean.files.get('congress.agenda.yaml')!);
    assert.equal(summaryOf(root).definitions.room.size, 12);
    assert.deepEqual([summaryOf(root).event.start?.value, summaryOf(root).event.end?.value], ['2026-04-20', '2026-04-27']);
  });

  it('has no diagnostic at all when clean: no false positives over 250 files', () => {
    const programme = load(clean);
    assert.equal(programme.membersOf('congress.agenda.yaml').length, 250);
    assert.deepEqual(programme.uris().flatMap((uri) => programme.diagnostics(uri).map((d) => `${uri} ${d.code} ${d.message}`)), []);
  });

  it('finds exactly the faults planted, each in its file at its session', () => {
    const programme = load(faulty);
    const found = programme.uris().flatMap((uri) => programme.diagnostics(uri).map((d) => `${d.code} ${uri} ${placeOf(faulty.files.get(uri)!, d)}`));
    assert.equal(found.length, 14);
    assert.deepEqual(found.sort(), faulty.faults.map((f) => `${f.code} ${f.file} ${f.at}`).sort());
  });

  it('after a keystroke that books a room twice, changes the diagnostics of that file only', () => {
    const programme = load(clean);
    programme.changes();
    const file = 'side-events/side-event-003.agenda.yaml';
    const taken = clean.files.get('side-events/side-event-002.agenda.yaml')!;
    const first = (text: string, key: string) => new RegExp(`^ {4}${key}: (.*)$`, 'm').exec(text)![1];
    let edited = clean.files.get(file)!;
    for (const key of ['date', 'start', 'end', 'room']) edited = edited.replace(new RegExp(`^( {4}${key}: ).*$`, 'm'), `$1${first(taken, key)}`);
    programme.set(file, parseAgenda(edited));
    assert.deepEqual(programme.changes(), [file]);
    assert.deepEqual(programme.diagnostics(file).map((d) => d.code), ['programme-room-clash']);
    programme.set(file, parseAgenda(clean.files.get(file)!));
    assert.deepEqual(programme.changes(), [file]);
    assert.deepEqual(programme.diagnostics(file), []);
  });
});
