/**
 * The public face of the Agenda Author core: everything the extension, the command-line tool, the benchmarks
 * and other tools use. Nothing here imports `vscode`; it runs in plain Node and in a browser.
 */
export { check, checkParsed, DEFAULT_MAX_LENGTH, tooLargeToCheck } from './check';
export { IncrementalChecker } from './incremental';
export type { ParseKind } from './incremental';
export { collectEntities, ENTITY_LISTS } from './entities';
export type { AgendaEntities, Definition, EntityKind, Reference, ReferenceRole } from './entities';
export { LineIndex } from './lines';
export type { CheckOptions, Diagnostic, DiagnosticCode, Position, Range, RelatedLocation, Severity } from './model';
export { parseAgenda } from './parse';
export type { ParsedAgenda } from './parse';
export { buildOutline, outlineNodeAt, outlineNodes, outlineText } from './outline';
export { ENGLISH_OUTLINE_WORDS } from './outlineWords';
export type { OutlineWords } from './outlineWords';
export type { Outline, OutlineDay, OutlineKind, OutlineNode, OutlineOptions, OutlineSession, OutlineSort, OutlineTarget } from './outline';
export type { Agenda, AgendaText } from './agenda';
export { toICalendar, sessionUid } from './ical';
export type { CalendarOptions } from './ical';
export { availableLanguages, declaredLanguages, isTextFieldPath, languageName, localizer, pickText, textDirection, TEXT_FIELD_PATHS } from './localize';
export type { Localizer, TextFieldPath } from './localize';
export { markdownToPlainText } from './plainText';
export { toScheduleJson } from './scheduleJson';
export type { ScheduleJson, ScheduleJsonOptions, ScheduleJsonResult, SkippedSession } from './scheduleJson';
export { countryName } from './countries';
export { escapeHtml, safeUrl } from './html';
export { renderMarkdown } from './markdown';
export { programmeLabels } from './labels';
export type { ProgrammeLabels } from './labels';
export { readProgramme, isIsoDate } from './programme';
export type { Programme, ProgrammeDay, ProgrammeDocument, ProgrammeEvent, ProgrammeItem, ProgrammeOptions, ProgrammeOrganization, ProgrammePerson, ProgrammeSession, ProgrammeTopic, ProgrammeTopicRef } from './programme';
export { PROGRAMME_CSS } from './programmeStyle';
export { programmeTitle, renderProgramme, renderStandalone } from './render';
export type { RenderOptions } from './render';
export * from './language';
