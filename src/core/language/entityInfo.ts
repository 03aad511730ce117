import type { Node } from 'yaml';
import type { AgendaEntities, Definition, EntityKind, ReferenceRole } from '../parse/entities';
import { itemsOf, scalarText, valueOf } from '../parse/nodes';
import { compareSessions, modelSession } from '../programme/model';
import { formatTimeRange } from '../time/dates';
import { sessionTime } from '../time/time';
import { countryName } from '../words/countries';
import { languageName } from '../words/localize';
import { personDisplayName } from '../words/people';
import { textLine } from '../words/text';

/** The human name of a definition: a topic's or session's title, a person's name, an organisation's name. */
export function entityTitle(definition: Pick<Definition, 'kind' | 'node'>): string | undefined {
  const node = definition.node;
  switch (definition.kind) {
    case 'person':
      return personDisplayName(node);
    case 'organization': {
      const name = textLine(valueOf(node, 'name'));
      const acronym = textLine(valueOf(node, 'acronym'));
      return name && acronym && acronym !== name ? `${name} (${acronym})` : name ?? acronym;
    }
    default:
      return textLine(valueOf(node, 'title'));
  }
}

/** The English name of a language code (`languages`, or a key of a text map) or a country code (`country`). */
export function codeName(field: string | number | undefined, code: string): string | undefined {
  const name = field === 'languages' ? languageName(code) : field === 'country' ? countryName(code, 'en') : undefined;
  return name && name !== code ? name : undefined;
}

/** When and where a session is, in one line: `2020-04-24, 10:00–13:00, Room B` (its end as `sessionTime` reads it). */
export function sessionWhen(session: Node | null): string {
  const time = sessionTime(session);
  const clock = formatTimeRange(time.start, time.end) ?? time.part;
  return [time.date, clock, textLine(valueOf(session, 'room'))].filter(Boolean).join(', ');
}

/** One session an entity takes part in, and the roles it has there. */
export interface SessionUse {
  index: number;
  id?: string;
  title?: string;
  when: string;
  roles: ReferenceRole[];
}

/**
 * The sessions a topic, person or organisation appears in, in programme order. An organisation appears where
 * one of its people (by `affiliation`) does.
 */
export function sessionsOf(root: Node | null, entities: AgendaEntities, kind: EntityKind, id: string): SessionUse[] {
  const members = kind === 'organization' ? new Set(membersOf(root, entities, id)) : undefined;
  const uses = new Map<number, Set<ReferenceRole>>();
  for (const reference of entities.references) {
    if (reference.session === undefined) continue;
    const matches = members ? reference.kind === 'person' && members.has(reference.id) : reference.kind === kind && reference.id === id;
    if (!matches) continue;
    let roles = uses.get(reference.session);
    if (!roles) uses.set(reference.session, (roles = new Set()));
    roles.add(reference.role);
  }
  const sessions = itemsOf(valueOf(root, 'sessions'));
  const ordered = [...uses.keys()].flatMap((index) => {
    const node = sessions[index];
    return node ? [modelSession(node, index)] : [];
  });
  return ordered.sort(compareSessions).map(({ index, node }) => {
    const use: SessionUse = { index, when: sessionWhen(node), roles: [...uses.get(index)!] };
    const sessionId = scalarText(valueOf(node, 'id'));
    const title = textLine(valueOf(node, 'title'));
    if (sessionId !== undefined) use.id = sessionId;
    if (title !== undefined) use.title = title;
    return use;
  });
}

/** The ids of the people whose `affiliation` is the organisation `id`. */
export function membersOf(root: Node | null, entities: AgendaEntities, id: string): string[] {
  const people = itemsOf(valueOf(root, 'people'));
  return entities.references
    .filter((r) => r.role === 'affiliation' && r.id === id)
    .map((r) => scalarText(valueOf(people[Number(r.path[1])], 'id')))
    .filter((person): person is string => person !== undefined);
}

const KIND_NAMES: Record<EntityKind, string> = { topic: 'Topic', person: 'Person', organization: 'Organisation', track: 'Track', document: 'Document', session: 'Session' };
const ROLE_NAMES: Record<ReferenceRole, string> = {
  organizer: 'organiser', partner: 'partner', affiliation: 'member', chair: 'chair', moderator: 'moderator', speaker: 'speaker', author: 'author', topic: 'topic', track: 'track', document: 'document',
};

/** Text from the agenda made safe to show inside Markdown: characters that would format it are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/**
 * What an editor shows for a topic, person, organisation or session: its title or name, what else it says
 * about itself, and the sessions it appears in with its role there.
 */
export function entityMarkdown(root: Node | null, entities: AgendaEntities, definition: Definition): string {
  const title = entityTitle(definition);
  const parts = [`**${KIND_NAMES[definition.kind]}** \`${definition.id}\`${title ? `: ${escapeMarkdown(title)}` : ''}`];
  const node = definition.node;
  if (definition.kind === 'person') {
    const affiliation = entities.byId.organization.get(scalarText(valueOf(node, 'affiliation')) ?? '');
    const line = [textLine(valueOf(node, 'position')), affiliation ? entityTitle(affiliation) : scalarText(valueOf(node, 'affiliation'))].filter(Boolean);
    if (line.length) parts.push(escapeMarkdown(line.join(', ')));
  } else if (definition.kind === 'organization') {
    const roles = entities.references.filter((r) => r.kind === 'organization' && r.id === definition.id && (r.role === 'organizer' || r.role === 'partner'));
    if (roles.length) parts.push(`Event ${[...new Set(roles.map((r) => ROLE_NAMES[r.role]))].join(' and ')}.`);
    const people = membersOf(root, entities, definition.id);
    if (people.length) parts.push(`People: ${people.map((id) => `\`${id}\``).join(', ')}`);
  } else if (definition.kind === 'session') {
    const when = sessionWhen(node);
    if (when) parts.push(escapeMarkdown(when));
  }
  const description = textLine(valueOf(node, 'description'));
  if (description && definition.kind !== 'session') parts.push(escapeMarkdown(description));
  if (definition.kind !== 'session') {
    const uses = sessionsOf(root, entities, definition.kind, definition.id);
    parts.push(uses.length
      ? `Sessions:\n${uses.map((u) => `- ${escapeMarkdown(u.title ?? u.id ?? `Session ${u.index + 1}`)}${u.when ? ` (${escapeMarkdown(u.when)})` : ''}${definition.kind === 'topic' ? '' : ` — ${u.roles.map((r) => ROLE_NAMES[r]).join(', ')}`}`).join('\n')}`
      : 'In no session yet.');
  }
  return parts.join('\n\n');
}
