/**
 * The plain value of an agenda that passed the schema (`schemas/agenda.schema.json`), as TypeScript types. Code
 * that reads an agenda with errors must not rely on these shapes.
 */

/** Text in one language, or a map from ISO 639-1 language code to text. */
export type AgendaText = string | Record<string, string>;

export interface AgendaDocument {
  symbol?: string;
  title: AgendaText;
  url?: string;
}

export interface AgendaVenue {
  site?: AgendaText;
  city?: AgendaText;
  country?: string;
}

export interface AgendaEvent {
  id?: string;
  title: AgendaText;
  shortTitle?: AgendaText;
  series?: AgendaText;
  body?: AgendaText;
  agendaItems?: { number: number | string; title: AgendaText }[];
  description?: AgendaText;
  venue?: AgendaVenue;
  timezone?: string;
  start: string;
  end: string;
  languages?: string[];
  organizers?: string[];
  partners?: string[];
  url?: string;
  documents?: AgendaDocument[];
}

export interface AgendaOrganization {
  id: string;
  name: AgendaText;
  acronym?: AgendaText;
  url?: string;
  country?: string;
}

export interface AgendaPerson {
  id: string;
  name: string;
  honorific?: string;
  position?: AgendaText;
  affiliation?: string;
  country?: string;
  email?: string;
}

export interface AgendaTopic {
  id: string;
  title: AgendaText;
  description?: AgendaText;
}

export interface AgendaItem {
  time?: string;
  duration?: number;
  title: AgendaText;
  kind?: string;
  speakers?: string[];
  description?: AgendaText;
}

export type SessionStatus = 'confirmed' | 'tentative' | 'cancelled';

export interface AgendaSession {
  id: string;
  title: AgendaText;
  date: string;
  part?: 'morning' | 'afternoon' | 'evening';
  start?: string;
  end?: string;
  duration?: number;
  room?: AgendaText;
  format?: string;
  status?: SessionStatus;
  chair?: string;
  moderators?: string[];
  speakers?: string[];
  topics?: string[];
  description?: AgendaText;
  url?: string;
  documents?: AgendaDocument[];
  items?: AgendaItem[];
}

export interface Agenda {
  version: 1;
  event: AgendaEvent;
  organizations?: AgendaOrganization[];
  people?: AgendaPerson[];
  topics?: AgendaTopic[];
  sessions: AgendaSession[];
}
