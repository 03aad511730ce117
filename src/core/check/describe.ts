import type { PathSegment } from '../parse/nodes';
import { capitalized, msg, type Message, type MessageId } from '../messages/messages';

const ENTITY: Record<string, MessageId> = {
  sessions: 'entity.session',
  topics: 'entity.topic',
  people: 'entity.person',
  organizations: 'entity.organization',
};

const SINGULAR: Record<string, MessageId> = { items: 'describe.item', agendaItems: 'describe.agendaItem', documents: 'describe.document' };

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

/**
 * Names the object at a path the way an organiser would: "session `first-meeting`", "item 2 of session
 * `first-meeting`", "`event.venue`", "the agenda".
 */
export function describePath(root: unknown, path: readonly PathSegment[], capital = false): Message {
  const text = describe(root, path);
  return capital ? capitalized(text) : text;
}

function describe(root: unknown, path: readonly PathSegment[]): Message {
  if (path.length === 0) return msg('describe.agenda');
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== 'number') continue;
    const container = String(path[i - 1] ?? '');
    const ordinal = (path[i] as number) + 1;
    const head = path.slice(0, i + 1);
    const id = idOf(at(root, head));
    let name: Message;
    if (i === 1 && ENTITY[container]) name = msg(id ? 'describe.entity' : 'describe.numbered', { kind: msg(ENTITY[container]), id: id ?? '', n: ordinal });
    else {
      const singular = SINGULAR[container];
      name = singular ? msg('describe.numbered', { kind: msg(singular), n: ordinal }) : msg('describe.entry', { n: ordinal, list: container });
      if (i > 1) name = msg('describe.of', { name, owner: describe(root, path.slice(0, i - 1)) });
    }
    const rest = path.slice(i + 1);
    return rest.length ? msg('describe.fieldOf', { field: rest.join('.'), name }) : name;
  }
  return msg('describe.path', { path: path.join('.') });
}

/** The name of the field a path ends in, skipping list indices: `part`, `languages`, `title`. */
export function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'value';
}
