import type { DiagnosticCode, Severity } from './model';

/** What a diagnostic code stands for: the severity its diagnostics have, and what it means in one sentence. */
export interface CodeInfo {
  severity: Severity;
  summary: string;
}

/**
 * Every diagnostic code with its severity and meaning, as the README's table of diagnostics gives them: the rules of
 * a SARIF report, and anything else that lists the checks.
 */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeInfo>> = {
  'yaml-syntax': { severity: 'error', summary: 'The text is not valid YAML.' },
  'yaml-warning': { severity: 'warning', summary: 'Valid YAML that an agenda does not use (tags, unknown directives).' },
  'yaml-alias-limit': { severity: 'error', summary: 'Aliases that expand to too much data to check.' },
  'yaml-too-deep': { severity: 'error', summary: 'Lists and mappings nested more than 100 levels deep.' },
  'file-too-large': { severity: 'warning', summary: 'The file is too large to check as you type.' },
  'schema-required': { severity: 'error', summary: 'A required key is missing.' },
  'schema-unknown-key': { severity: 'error', summary: 'A key the agenda format does not have.' },
  'schema-enum': { severity: 'error', summary: 'A value outside its choices.' },
  'schema-type': { severity: 'error', summary: 'A value of the wrong kind.' },
  'schema-format': { severity: 'error', summary: 'A date, e-mail address or web address that is not one.' },
  'schema-pattern': { severity: 'error', summary: 'An id, time or web address in the wrong form.' },
  'schema-range': { severity: 'error', summary: 'A duration below 1 or above 1440 minutes.' },
  'schema-unique': { severity: 'error', summary: 'The same entry twice in a list.' },
  'schema-empty': { severity: 'error', summary: 'Empty text, an empty list or an empty language map.' },
  'schema-version': { severity: 'error', summary: 'The format version is not 1.' },
  'schema-alternative': { severity: 'error', summary: 'An `online` with neither a `url` nor a `platform`.' },
  'unknown-topic': { severity: 'error', summary: 'A topic id that no entry of topics has.' },
  'unknown-person': { severity: 'error', summary: 'A person id that no entry of people has.' },
  'unknown-organization': { severity: 'error', summary: 'An organisation id that no entry of organizations has.' },
  'unknown-track': { severity: 'error', summary: 'A track id that no entry of tracks has.' },
  'unknown-document': { severity: 'error', summary: 'A document id that no entry of the top-level documents has.' },
  'unknown-agenda-item': { severity: 'error', summary: 'A session\'s agenda item that event.agendaItems does not list.' },
  'agenda-item-not-begun': { severity: 'warning', summary: 'A session that continues an agenda item no earlier session takes up.' },
  'document-symbol': { severity: 'warning', summary: 'A document symbol that is not in the form of a UN document symbol.' },
  'unknown-timezone': { severity: 'error', summary: 'The event\'s time zone is not an IANA time zone.' },
  'duplicate-id': { severity: 'error', summary: 'Two entries of one kind share an id.' },
  'unused-id': { severity: 'info', summary: 'An organisation, person, topic, track or document that nothing refers to.' },
  'time-order': { severity: 'error', summary: 'A session or event that ends before it starts.' },
  'time-mismatch': { severity: 'warning', summary: 'A session\'s duration disagrees with its start and end, or it has an end or duration but no start.' },
  'time-overlap': { severity: 'error', summary: 'Two sessions in the same room at the same time.' },
  'time-outside-session': { severity: 'warning', summary: 'An item that starts before its session or runs past its end.' },
  'item-overlap': { severity: 'warning', summary: 'An item that starts before the item before it ends.' },
  'part-mismatch': { severity: 'warning', summary: 'A part of the day that does not match the session\'s start time.' },
  'person-double-booked': { severity: 'warning', summary: 'A person named in two sessions that overlap.' },
  'unplaced-parallel': { severity: 'warning', summary: 'Sessions at the same time with neither a room nor a track.' },
  'date-outside-event': { severity: 'error', summary: 'A session dated outside the event\'s start and end.' },
  'missing-translation': { severity: 'warning', summary: 'A text map without one of the event\'s languages.' },
  'unknown-room': { severity: 'error', summary: 'A room that is not an id of the rooms the agenda or its parent declares.' },
  'parent-not-found': { severity: 'error', summary: 'The agenda named by partOf is not found.' },
  'parent-cycle': { severity: 'error', summary: 'Agendas that are part of each other in a cycle of partOf.' },
  'programme-room-clash': { severity: 'error', summary: 'Two sessions of different files in the same room at the same time.' },
  'programme-person-clash': { severity: 'warning', summary: 'A person named in two overlapping sessions of different files.' },
  'date-outside-parent': { severity: 'error', summary: 'A session or event dated outside the dates of the event it is part of.' },
  'id-shadows-parent': { severity: 'warning', summary: 'An id that an agenda defines again though the agenda it is part of defines it.' },
  'programme-duplicate-session': { severity: 'error', summary: 'Two files of one programme with a session of the same id.' },
  'internal-error': { severity: 'error', summary: 'Agenda Author failed on this file: a fault of the tool, to report.' },
};
