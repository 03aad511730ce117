import type { ReferenceRole } from '../parse/entities';

/**
 * The words the outline adds around the agenda's own text, in the language of the user's interface (the extension
 * passes them through `vscode.l10n`). Values of the format (`part`, `status`, `format`, `kind`) come as written in
 * the YAML; a value the schema does not know is shown as written.
 */
export interface OutlineWords {
  /** `1 session`, `2 sessions`. */
  sessions(count: number): string;
  /** A topic or a person no session names. */
  noSession: string;
  /** The day of sessions without a `date`. */
  noDate: string;
  untitledEvent: string;
  /** A session without a title or an id, by its place in the list (from 1). */
  sessionNumber(number: number): string;
  /** A timed item without a title, by its place in the list (from 1). */
  itemNumber(number: number): string;
  topics: string;
  people: string;
  /** How one person takes part, in lower case: `chair`, `moderator`, `speaker`. */
  role(role: ReferenceRole): string;
  /** The heading of a list of people: `Chair`, `Moderators`, `Speakers`. */
  roleHeading(role: ReferenceRole): string;
  /** A part of the day, in lower case: `morning`. */
  part(part: string): string;
  /** A session status, in lower case: `tentative`. */
  status(status: string): string;
  /** A session format, in lower case: `round table`. */
  format(format: string): string;
  /** The kind of a timed item, in lower case: `Q&A`. */
  kind(kind: string): string;
  /** A label and its text: `Chair: Amal Haddad`. */
  labelled(label: string, text: string): string;
  /** The heading of an id in a tooltip. */
  id: string;
  /** A reference to an id nothing defines: `robots (not defined)`. */
  notDefined(id: string): string;
  topicNotDefined(id: string): string;
  personNotDefined(id: string): string;
  coveredIn(count: number): string;
  notCovered: string;
  takesPartIn(count: number): string;
  notInAnySession: string;
  /** The group of the event's agenda items. */
  agendaItems: string;
  /** An agenda item by its number: `Agenda item 6`. */
  agendaItem(number: string): string;
  /** An agenda item a session continues, in lower case: `continued`. */
  continued: string;
  /** An agenda item or a list of them that a session continues: `Agenda item 6 (continued)`. */
  continuedItem(text: string): string;
  agendaItemNotListed(number: string): string;
  takenUpIn(count: number): string;
  notTakenUp: string;
}

const HEADINGS: Partial<Record<ReferenceRole, string>> = { chair: 'Chair', moderator: 'Moderators', speaker: 'Speakers' };

const VALUES: Record<string, string> = {
  roundtable: 'round table',
  'side-event': 'side event',
  qa: 'Q&A',
};

/** The outline's words in English, the default. */
export const ENGLISH_OUTLINE_WORDS: OutlineWords = {
  sessions: (count) => (count === 1 ? '1 session' : `${count} sessions`),
  noSession: 'no session',
  noDate: 'No date',
  untitledEvent: 'Untitled event',
  sessionNumber: (number) => `Session ${number}`,
  itemNumber: (number) => `Item ${number}`,
  topics: 'Topics',
  people: 'People',
  role: (role) => role,
  roleHeading: (role) => HEADINGS[role] ?? role,
  part: (part) => part,
  status: (status) => status,
  format: (format) => VALUES[format] ?? format,
  kind: (kind) => VALUES[kind] ?? kind,
  labelled: (label, text) => `${label}: ${text}`,
  id: 'Id',
  notDefined: (id) => `${id} (not defined)`,
  topicNotDefined: (id) => `Topic \`${id}\` is not defined under \`topics\`.`,
  personNotDefined: (id) => `Person \`${id}\` is not defined under \`people\`.`,
  coveredIn: (count) => (count === 1 ? 'Covered in 1 session.' : `Covered in ${count} sessions.`),
  notCovered: 'No session covers this topic.',
  takesPartIn: (count) => (count === 1 ? 'Takes part in 1 session.' : `Takes part in ${count} sessions.`),
  notInAnySession: 'Not in any session.',
  agendaItems: 'Agenda items',
  agendaItem: (number) => `Agenda item ${number}`,
  continued: 'continued',
  continuedItem: (text) => `${text} (continued)`,
  agendaItemNotListed: (number) => `Agenda item \`${number}\` is not listed in \`event.agendaItems\`.`,
  takenUpIn: (count) => (count === 1 ? 'Taken up in 1 session.' : `Taken up in ${count} sessions.`),
  notTakenUp: 'No session takes up this item.',
};
