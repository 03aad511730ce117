/**
 * Authoring help for agenda files, as pure functions over a text or a parsed agenda and a position: completion,
 * hover, go to definition, references, rename, outline, folding, links, quick fixes and formatting. Ranges are 0-based.
 */
export { completionsAt, referenceKindAt } from './completion';
export type { AuthoringScope, CompletionEntry, CompletionKind } from './completion';
export { applyEdits } from './edits';
export type { TextEdit } from './edits';
export { formatAgenda, formatEdits } from './format';
export type { FormatResult } from './format';
export { foldingRanges } from './folding';
export type { FoldingRange } from './folding';
export { hoverAt } from './hover';
export type { HoverResult } from './hover';
export { documentLinks } from './links';
export type { DocumentLink } from './links';
export { definitionAt, entityAt, highlightsAt, prepareRenameAt, referencesAt, renameAt } from './navigation';
export type { EntityHit, Highlight, RenameResult, RenameTarget } from './navigation';
export { programmeDefinitionAt, programmeReferencesAt, programmeRenameAt } from './programmeNavigation';
export type { ProgrammeEdit, ProgrammeLocation, ProgrammeRenameResult } from './programmeNavigation';
export { quickFixes } from './quickFixes';
export type { QuickFix } from './quickFixes';
export { documentSymbols } from './symbols';
export type { AgendaSymbol, AgendaSymbolKind } from './symbols';
