import * as vscode from 'vscode';
import type { Diagnostic, OutlineKind, OutlineNode } from '../../core';

/** The codicon of each kind of node. */
const ICONS: Record<OutlineKind, string> = {
  event: 'project',
  day: 'calendar',
  room: 'location',
  session: 'comment-discussion',
  item: 'watch',
  topics: 'tag',
  people: 'organization',
  topic: 'tag',
  person: 'person',
  topicRef: 'tag',
  personRef: 'person',
  sessionRef: 'comment-discussion',
  agendaItems: 'list-ordered',
  agendaItem: 'bookmark',
  agendaItemRef: 'bookmark',
};

/** Kinds that start expanded: the programme, day by day. */
const EXPANDED = new Set<OutlineKind>(['event', 'day', 'room']);

function kindName(kind: OutlineKind): string {
  switch (kind) {
    case 'event': return vscode.l10n.t('Event');
    case 'day': return vscode.l10n.t('Day');
    case 'room': return vscode.l10n.t('Room');
    case 'session': return vscode.l10n.t('Session');
    case 'item': return vscode.l10n.t('Timed item');
    case 'topics': return vscode.l10n.t('All topics');
    case 'people': return vscode.l10n.t('All people');
    case 'topic': return vscode.l10n.t('Topic');
    case 'person': return vscode.l10n.t('Person');
    case 'topicRef': return vscode.l10n.t('Topic of the session');
    case 'personRef': return vscode.l10n.t('Person in the session');
    case 'sessionRef': return vscode.l10n.t('Session');
    case 'agendaItems': return vscode.l10n.t('All agenda items');
    case 'agendaItem': return vscode.l10n.t('Agenda item');
    case 'agendaItemRef': return vscode.l10n.t('Agenda item of the session');
  }
}

/** The most severe problem of a node's diagnostics, if any is an error or a warning. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): 'error' | 'warning' | undefined {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  return diagnostics.some((d) => d.severity === 'warning') ? 'warning' : undefined;
}

function icon(node: OutlineNode): vscode.ThemeIcon {
  const worst = worstSeverity(node.diagnostics);
  if (worst === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (worst === 'warning') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return new vscode.ThemeIcon(ICONS[node.kind]);
}

const SEVERITY_ICON: Record<Diagnostic['severity'], string> = { error: '$(error)', warning: '$(warning)', info: '$(info)' };

/**
 * Text made safe for a Markdown tooltip, keeping its spaces breakable (`appendText` turns them into `&nbsp;`, so a
 * long message would not wrap). With `code`, the `code spans` the core's messages use stay code.
 */
function markdownText(text: string, code = false): string {
  const escape = (part: string) => part.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, '\\$&');
  if (!code) return escape(text);
  return text.split(/(`[^`\n]+`)/).map((part, i) => (i % 2 ? part : escape(part))).join('');
}

function tooltip(node: OutlineNode): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(node.tooltip.split('\n').map((line) => markdownText(line)).join('  \n'));
  if (node.diagnostics.length) markdown.appendMarkdown('\n\n---');
  for (const diagnostic of node.diagnostics) {
    const line = vscode.l10n.t('line {0}', diagnostic.range.start.line + 1);
    markdown.appendMarkdown(`\n\n${SEVERITY_ICON[diagnostic.severity]} ${markdownText(diagnostic.message, true)} (${markdownText(line)})`);
  }
  return markdown;
}

function problems(node: OutlineNode): string {
  const count = node.diagnostics.filter((d) => d.severity !== 'info').length;
  if (!count) return '';
  return count === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', count);
}

/** What a screen reader says for a node: "10:00 to 13:00, First meeting, Room B, panel, 1 problem". */
function spoken(node: OutlineNode): string {
  const text = [node.label, node.description, problems(node)].filter(Boolean).join(', ');
  return text.replace(/\s*·\s*/g, ', ').replace(/(\d)–(\d)/g, `$1 ${vscode.l10n.t('to')} $2`);
}

/**
 * The `contextValue` of a node: its kind, then flags the menus test with `viewItem =~ /\bflag\b/`:
 * `definition` (it points to a defined topic, person or session), `session` (it belongs to a session).
 */
export function contextValue(node: OutlineNode): string {
  return [node.kind, node.target?.range ? 'definition' : '', node.session ? 'session' : ''].filter(Boolean).join(' ');
}

/** The tree item of an outline node: label, description, codicon, tooltip, accessible label, click to reveal. */
export function treeItem(node: OutlineNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label);
  item.id = node.id;
  item.description = node.description;
  item.iconPath = icon(node);
  item.tooltip = tooltip(node);
  item.contextValue = contextValue(node);
  item.collapsibleState = !node.children.length
    ? vscode.TreeItemCollapsibleState.None
    : EXPANDED.has(node.kind) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  item.accessibilityInformation = { label: vscode.l10n.t('{0}: {1}', kindName(node.kind), spoken(node)), role: 'treeitem' };
  item.command = { command: 'agenda.tree.reveal', title: vscode.l10n.t('Show in Editor'), arguments: [node] };
  return item;
}
