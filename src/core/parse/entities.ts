import type { Node } from 'yaml';
import { itemsOf, scalarText, valueOf, valueSpan, type PathSegment } from './nodes';

/** The kinds of things an agenda defines with an `id` and refers to elsewhere. */
export type EntityKind = 'organization' | 'person' | 'topic' | 'session';

/** The top-level list that holds each kind. */
export const ENTITY_LISTS: Record<EntityKind, string> = {
  organization: 'organizations',
  person: 'people',
  topic: 'topics',
  session: 'sessions',
};

/** One entry of `organizations`, `people`, `topics` or `sessions` that has an id. */
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
export type ReferenceRole = 'organizer' | 'partner' | 'affiliation' | 'chair' | 'moderator' | 'speaker' | 'topic';

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
];

/** Collects the definitions and references of an agenda from its YAML nodes; tolerant of any shape. */
export function collectEntities(root: Node | null): AgendaEntities {
  const definitions: Record<EntityKind, Definition[]> = { organization: [], person: [], topic: [], session: [] };
  const byId: Record<EntityKind, Map<string, Definition>> = { organization: new Map(), person: new Map(), topic: new Map(), session: new Map() };
  const references: Reference[] = [];

  for (const kind of Object.keys(ENTITY_LISTS) as EntityKind[]) {
    itemsOf(valueOf(root, ENTITY_LISTS[kind])).forEach((node, index) => {
      const idNode = valueOf(node, 'id');
      const id = scalarText(idNode);
      const idSpan = valueSpan(idNode);
      if (!node || id === undefined || !idSpan) return;
      const definition: Definition = { kind, id, index, node, idSpan };
      definitions[kind].push(definition);
      if (!byId[kind].has(id)) byId[kind].set(id, definition);
    });
  }

  const refer = (kind: EntityKind, role: ReferenceRole, node: Node | null | undefined, path: PathSegment[], session?: number) => {
    const id = scalarText(node);
    const span = valueSpan(node);
    if (id === undefined || !span) return;
    const reference: Reference = { kind, id, role, span, path };
    if (session !== undefined) reference.session = session;
    references.push(reference);
  };
  const referList = (kind: EntityKind, role: ReferenceRole, list: Node | null | undefined, path: PathSegment[], session?: number) =>
    itemsOf(list).forEach((node, i) => refer(kind, role, node, [...path, i], session));

  const event = valueOf(root, 'event');
  referList('organization', 'organizer', valueOf(event, 'organizers'), ['event', 'organizers']);
  referList('organization', 'partner', valueOf(event, 'partners'), ['event', 'partners']);
  itemsOf(valueOf(root, 'people')).forEach((person, i) => refer('organization', 'affiliation', valueOf(person, 'affiliation'), ['people', i, 'affiliation']));
  itemsOf(valueOf(root, 'sessions')).forEach((session, s) => {
    for (const [key, role, kind] of SESSION_ROLES) {
      const value = valueOf(session, key);
      if (key === 'chair') refer(kind, role, value, ['sessions', s, key], s);
      else referList(kind, role, value, ['sessions', s, key], s);
    }
    itemsOf(valueOf(session, 'items')).forEach((item, i) =>
      referList('person', 'speaker', valueOf(item, 'speakers'), ['sessions', s, 'items', i, 'speakers'], s));
  });
  return { definitions, byId, references };
}
