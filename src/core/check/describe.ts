import type { PathSegment } from '../parse/nodes';

const ENTITY: Record<string, string> = {
  sessions: 'session',
  topics: 'topic',
  people: 'person',
  organizations: 'organization',
};

const SINGULAR: Record<string, string> = { items: 'item', agendaItems: 'agenda item', documents: 'document' };

function at(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'string' && id ? id : undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Names the object at a path the way an organiser would: "session `first-meeting`", "item 2 of session
 * `first-meeting`", "`event.venue`", "the agenda".
 */
export function describePath(root: unknown, path: readonly PathSegment[], capital = false): string {
  const text = describe(root, path);
  return capital ? capitalize(text) : text;
}

function describe(root: unknown, path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the agenda';
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== 'number') continue;
    const container = String(path[i - 1] ?? '');
    const ordinal = (path[i] as number) + 1;
    const head = path.slice(0, i + 1);
    const id = idOf(at(root, head));
    let name: string;
    if (i === 1 && ENTITY[container]) name = id ? `${ENTITY[container]} \`${id}\`` : `${ENTITY[container]} ${ordinal}`;
    else {
      const singular = SINGULAR[container];
      name = singular ? `${singular} ${ordinal}` : `entry ${ordinal} of \`${container}\``;
      if (i > 1) name += ` of ${describe(root, path.slice(0, i - 1))}`;
    }
    const rest = path.slice(i + 1);
    return rest.length ? `\`${rest.join('.')}\` of ${name}` : name;
  }
  return `\`${path.join('.')}\``;
}

/** The name of the field a path ends in, skipping list indices: `part`, `languages`, `title`. */
export function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'value';
}
