/**
 * The public face of the Agenda Author core: everything the extension, the command-line tool, the benchmarks
 * and other tools use. Nothing here imports `vscode`; it runs in plain Node and in a browser.
 */
export { check, checkParsed, DEFAULT_MAX_LENGTH, internalError, tooLargeToCheck } from './check/check';
export { IncrementalChecker } from './check/incremental';
export { AGENDA_SCHEMA_ID, checksSchema, namedSchema, namesAgendaSchema, SCHEMA_STORE_LISTS_AGENDAS, schemaStoreChecks } from './check/namedSchema';
export type { ParseKind } from './check/incremental';
export { collectEntities, ENTITY_LISTS } from './parse/entities';
export type { AgendaEntities, Definition, EntityKind, Reference, ReferenceRole } from './parse/entities';
export { LineIndex } from './base/lines';
export type { CheckOptions, Diagnostic, DiagnosticCode, Position, Range, RelatedLocation, Severity } from './base/model';
export { DIAGNOSTIC_CODES } from './base/codes';
export { codeSummary } from './messages/codeSummaries';
export type { CodeInfo } from './base/codes';
export { parseAgenda, parseCount } from './parse/parse';
export type { ParsedAgenda } from './parse/parse';
export { buildOutline, outlineNodeAt, outlineNodes, outlineText } from './outline/outline';
export { ENGLISH_OUTLINE_WORDS } from './words/outlineWords';
export type { OutlineWords } from './words/outlineWords';
export type { Outline, OutlineDay, OutlineKind, OutlineNode, OutlineOptions, OutlineSession, OutlineSort, OutlineTarget } from './outline/outline';
export type { Agenda, AgendaText } from './base/agenda';
export { toICalendar, sessionUid } from './outputs/ical';
export type { CalendarOptions } from './outputs/ical';
export { availableLanguages, declaredLanguages, isTextFieldPath, languageName, localizer, pickText, textDirection, TEXT_FIELD_PATHS } from './words/localize';
export type { Localizer, TextFieldPath } from './words/localize';
export { markdownToPlainText } from './outputs/plainText';
export { toScheduleJson } from './outputs/scheduleJson';
export type { ScheduleJson, ScheduleJsonOptions, ScheduleJsonResult, SkippedSession } from './outputs/scheduleJson';
export { countryName } from './words/countries';
export { escapeHtml, safeUrl } from './outputs/html';
export { renderMarkdown } from './outputs/markdown';
export { programmeLabels } from './words/labels';
export type { ProgrammeLabels } from './words/labels';
export { readProgramme } from './programme/programme';
export { isCalendarDate as isIsoDate } from './time/time';
export type { Programme, ProgrammeDay, ProgrammeDocument, ProgrammeEvent, ProgrammeItem, ProgrammeOptions, ProgrammeOrganization, ProgrammePerson, ProgrammeSession, ProgrammeTopic, ProgrammeTopicRef } from './programme/programme';
export { PROGRAMME_CSS } from './outputs/programmeStyle';
export { programmeTitle, renderProgramme, renderStandalone } from './outputs/render';
export type { RenderOptions } from './outputs/render';
export { renderTimetable, timetableLayout } from './outputs/timetable';
export type { TimetableBlock, TimetableDay, TimetableFile, TimetableLayout, TimetableOptions, TimetableRoom, UnplacedSession } from './outputs/timetable';
export { TIMETABLE_CSS } from './outputs/timetableStyle';
export { languageTag, outputLanguage, produceOutput } from './outputs/produce';
export type { OutputFormat, OutputNote, OutputOptions, OutputResult } from './outputs/produce';
export * from './language';
export { localizeDiagnostics } from './messages/diagnosticText';
export { msg, render as renderMessage } from './messages/messages';
export type { Message } from './messages/messages';
