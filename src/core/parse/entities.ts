import { isScalar, isSeq, type Node } from 'yaml';
import { itemsOf, scalarText, valueOf, valueSpan, type PathSegment } from './nodes';

/** The kinds of things an agenda defines with an `id` and refers to elsewhere. */
export type EntityKind = 'organization' | 'person' | 'topic' | 'track' | 'document' | 'session';

/** The top-level list that holds each kind. */
export const ENTITY_LISTS: Record<EntityKind, string> = {
  organization: 'organizations',
  person: 'people',
  topic: 'topics',
  track: 'tracks',
  document: 'documents',
  session: 'sessions',
};

/** One entry of `organizations`, `people`, `topics`, `tracks`, `documents` or `sessions` that has an id. */
export interface Definition {
  kind: EntityKind;
  id: string;
  /** Its position in its list. */
  index: number;
  node: Node;
  /** Offsets of the id's value. */
  idSpan: [number, number];
}

/** The place a reference sits in: `event.partners`, a session's `speakers`, an item's `speakers`... */
export type ReferenceRole = 'organizer' | 'partner' | 'affiliation' | 'chair' | 'moderator' | 'speaker' | 'author' | 'topic' | 'track' | 'document';

/** A use of an id somewhere else in the agenda. */
export interface Reference {
  kind: EntityKind;
  id: string;
  role: ReferenceRole;
  span: [number, number];
  /** The path of the reference's own node, e.g. `['sessions', 0, 'speakers', 1]`. */
  path: PathSegment[];
  /** The index of the session it is in, for session roles. */
  session?: number;
}

/** Every definition and reference of an agenda, with offsets. */
export interface AgendaEntities {
  definitions: Record<EntityKind, Definition[]>;
  /** The first definition of each id. */
  byId: Record<EntityKind, Map<string, Definition>>;
  references: Reference[];
}

const SESSION_ROLES: [string, ReferenceRole, EntityKind][] = [
  ['chair', 'chair', 'person'],
  ['moderators', 'moderator', 'person'],
  ['speakers', 'speaker', 'person'],
  ['topics', 'topic', 'topic'],
  ['track', 'track', 'track'],
];

/** One value for each kind of entry. */
const emptyByKind = <T>(make: () => T): Record<EntityKind, T> =>
  ({ organization: make(), person: make(), topic: make(), track: make(), document: make(), session: make() });

/** Collects the definitions and references of an agenda from its YAML nodes; tolerant of any shape. */
export function collectEntities(root: Node | null): AgendaEntities {
  const definitions = emptyByKind<Definition[]>(() => []);
  const byId = emptyByKind<Map<string, Definition>>(() => new Map());
  const references: Reference[] = [];

  for (const kind of Object.keys(ENTITY_LISTS) as EntityKind[]) {
    const list = itemsOf(valueOf(root, ENTITY_LISTS[kind]));
    for (let index = 0; index < list.length; index++) {
      const node = list[index];
      const idNode = valueOf(node, 'id');
      const id = scalarText(idNode);
      const idSpan = valueSpan(idNode);
      if (!node || id === undefined || !idSpan) continue;
      const definition: Definition = { kind, id, index, node, idSpan };
      definitions[kind].push(definition);
      if (!byId[kind].has(id)) byId[kind].set(id, definition);
    }
  }

  const refer = (kind: EntityKind, role: ReferenceRole, node: Node | null | undefined, path: PathSegment[], session?: number) => {
    const id = scalarText(node);
    const span = valueSpan(node);
    if (id === undefined || !span) return;
    const reference: Reference = { kind, id, role, span, path };
    if (session !== undefined) reference.session = session;
    references.push(reference);
  };
  /** The entries of a list of references, each at its own path: `path` and its index. */
  const referList = (kind: EntityKind, role: ReferenceRole, list: Node | null | undefined, path: PathSegment[], session?: number) => {
    const items = itemsOf(list);
    for (let i = 0; i < items.length; i++) refer(kind, role, items[i], [...path, i], session);
  };
  /** The documents of the event or a session that are ids of top-level `documents` (the others are written in place). */
  const referDocuments = (list: Node | null | undefined, path: PathSegment[], session?: number) => {
    const items = itemsOf(list);
    for (let i = 0; i < items.length; i++) {
      const node = items[i];
      if (isScalar(node) && typeof node.value === 'string') refer('document', 'document', node, [...path, i], session);
    }
  };

  const event = valueOf(root, 'event');
  referList('organization', 'organizer', valueOf(event, 'organizers'), ['event', 'organizers']);
  referList('organization', 'partner', valueOf(event, 'partners'), ['event', 'partners']);
  referDocuments(valueOf(event, 'documents'), ['event', 'documents']);
  const people = itemsOf(valueOf(root, 'people'));
  for (let i = 0; i < people.length; i++) refer('organization', 'affiliation', valueOf(people[i], 'affiliation'), ['people', i, 'affiliation']);
  const sessions = itemsOf(valueOf(root, 'sessions'));
  for (let s = 0; s < sessions.length; s++) {
    const session = sessions[s];
    for (const [key, role, kind] of SESSION_ROLES) {
      const value = valueOf(session, key);
      if (value === undefined) continue;
      if (key === 'track' || (key === 'chair' && !isSeq(value))) refer(kind, role, value, ['sessions', s, key], s);
      else referList(kind, role, value, ['sessions', s, key], s);
    }
    referDocuments(valueOf(session, 'documents'), ['sessions', s, 'documents'], s);
    const items = itemsOf(valueOf(session, 'items'));
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      referList('person', 'speaker', valueOf(item, 'speakers'), ['sessions', s, 'items', i, 'speakers'], s);
      referList('person', 'author', valueOf(item, 'authors'), ['sessions', s, 'items', i, 'authors'], s);
    }
  }
  return { definitions, byId, references };
}
