/**
 * Small agendas for the tests of issue 15 (faces that must tell the same truth): an event of three days and the
 * sessions given, each a block of YAML lines under `sessions:` (indented by four spaces as a list entry's keys).
 */
export function agendaWith(sessions: string[], event: string[] = []): string {
  return [
    'version: 1',
    'event:',
    '  title: Faces workshop',
    '  start: 2020-04-24',
    '  end: 2020-04-26',
    ...event.map((line) => `  ${line}`),
    'sessions:',
    ...sessions.map((block) => block.trim().split('\n').map((line, i) => `${i ? '    ' : '  - '}${line.trim()}`).join('\n')),
    '',
  ].join('\n');
}

/** A session as a block for `agendaWith`: an id, a title from it, and the other keys as written. */
export function session(id: string, fields: Record<string, string>): string {
  return [`id: ${id}`, `title: Session ${id}`, ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`)].join('\n');
}
