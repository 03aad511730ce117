import type { Node } from 'yaml';
import type { AgendaEntities, Definition, EntityKind, ReferenceRole } from '../parse/entities';
import { itemsOf, scalarText, valueOf } from '../parse/nodes';
import { compareSessions, modelSession } from '../programme/model';
import { formatTimeRange } from '../time/dates';
import { sessionTime } from '../time/time';
import { catalogLanguage, list, msg, render, type MessageId } from '../messages/messages';
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

/**
 * The name of a language code (`languages`, or a key of a text map) or a country code (`country`), in the language
 * of `locale`'s catalog (English when it has none).
 */
export function codeName(field: string | number | undefined, code: string, locale?: string): string | undefined {
  const language = catalogLanguage(locale);
  const name = field === 'languages' ? languageName(code, language) : field === 'country' ? countryName(code, language) : undefined;
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

const KIND_NAMES: Record<EntityKind, MessageId> = { topic: 'info.topic', person: 'info.person', organization: 'info.organization', track: 'info.track', document: 'info.document', session: 'info.session' };
const ROLE_NAMES: Record<ReferenceRole, MessageId> = {
  organizer: 'role.organizer', partner: 'role.partner', affiliation: 'role.affiliation', chair: 'role.chair', moderator: 'role.moderator', speaker: 'role.speaker', author: 'role.author', topic: 'role.topic', track: 'role.track', document: 'role.document',
};
const UNKNOWN: Record<EntityKind, MessageId> = {
  topic: 'info.unknownTopic', person: 'info.unknownPerson', organization: 'info.unknownOrganization', track: 'info.unknownTrack', document: 'info.unknownDocument', session: 'info.unknownSession',
};

/** What an editor shows for an id that nothing defines, in a locale's words. */
export function unknownEntityMarkdown(kind: EntityKind, id: string, listKey: string, locale?: string): string {
  return render(msg(UNKNOWN[kind], { id, list: listKey }), locale);
}

/** Text from the agenda made safe to show inside Markdown: characters that would format it are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/**
 * What an editor shows for a topic, person, organisation or session: its title or name, what else it says
 * about itself, and the sessions it appears in with its role there, in a locale's words (English by default).
 */
export function entityMarkdown(root: Node | null, entities: AgendaEntities, definition: Definition, locale?: string): string {
  const say = (id: MessageId, args?: Parameters<typeof msg>[1]) => render(msg(id, args), locale);
  const roleNames = (roles: readonly ReferenceRole[]) => roles.map((r) => say(ROLE_NAMES[r]));
  const title = entityTitle(definition);
  const parts = [`**${say(KIND_NAMES[definition.kind])}** \`${definition.id}\`${title ? `: ${escapeMarkdown(title)}` : ''}`];
  const node = definition.node;
  if (definition.kind === 'person') {
    const affiliation = entities.byId.organization.get(scalarText(valueOf(node, 'affiliation')) ?? '');
    const line = [textLine(valueOf(node, 'position')), affiliation ? entityTitle(affiliation) : scalarText(valueOf(node, 'affiliation'))].filter(Boolean);
    if (line.length) parts.push(escapeMarkdown(line.join(', ')));
  } else if (definition.kind === 'organization') {
    const roles = entities.references.filter((r) => r.kind === 'organization' && r.id === definition.id && (r.role === 'organizer' || r.role === 'partner'));
    if (roles.length) parts.push(say('info.eventRoles', { roles: list(roleNames([...new Set(roles.map((r) => r.role))]), 'and') }));
    const people = membersOf(root, entities, definition.id);
    if (people.length) parts.push(say('info.people', { ids: list(people.map((id) => `\`${id}\``), 'comma') }));
  } else if (definition.kind === 'session') {
    const when = sessionWhen(node);
    if (when) parts.push(escapeMarkdown(when));
  }
  const description = textLine(valueOf(node, 'description'));
  if (description && definition.kind !== 'session') parts.push(escapeMarkdown(description));
  if (definition.kind !== 'session') {
    const uses = sessionsOf(root, entities, definition.kind, definition.id);
    const line = (u: SessionUse) => {
      const name = escapeMarkdown(u.title ?? u.id ?? say('info.sessionNumber', { n: u.index + 1 }));
      const roles = definition.kind === 'topic' ? '' : ` — ${roleNames(u.roles).join(say('list.comma'))}`;
      return `- ${name}${u.when ? ` (${escapeMarkdown(u.when)})` : ''}${roles}`;
    };
    parts.push(uses.length ? `${say('info.sessions')}\n${uses.map(line).join('\n')}` : say('info.noSession'));
  }
  return parts.join('\n\n');
}
