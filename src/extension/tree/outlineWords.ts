import * as vscode from 'vscode';
import type { OutlineWords } from '../../core';

function role(value: string): string {
  switch (value) {
    case 'chair': return vscode.l10n.t('chair');
    case 'moderator': return vscode.l10n.t('moderator');
    case 'speaker': return vscode.l10n.t('speaker');
    default: return value;
  }
}

function roleHeading(value: string): string {
  switch (value) {
    case 'chair': return vscode.l10n.t('Chair');
    case 'moderator': return vscode.l10n.t('Moderators');
    case 'speaker': return vscode.l10n.t('Speakers');
    default: return value;
  }
}

function part(value: string): string {
  switch (value) {
    case 'morning': return vscode.l10n.t('morning');
    case 'afternoon': return vscode.l10n.t('afternoon');
    case 'evening': return vscode.l10n.t('evening');
    default: return value;
  }
}

function status(value: string): string {
  switch (value) {
    case 'confirmed': return vscode.l10n.t('confirmed');
    case 'tentative': return vscode.l10n.t('tentative');
    case 'cancelled': return vscode.l10n.t('cancelled');
    default: return value;
  }
}

/** Session formats and item kinds share most of their values. */
function format(value: string): string {
  switch (value) {
    case 'plenary': return vscode.l10n.t('plenary');
    case 'panel': return vscode.l10n.t('panel');
    case 'keynote': return vscode.l10n.t('keynote');
    case 'roundtable': return vscode.l10n.t('round table');
    case 'workshop': return vscode.l10n.t('workshop');
    case 'presentation': return vscode.l10n.t('presentation');
    case 'discussion': return vscode.l10n.t('discussion');
    case 'ceremony': return vscode.l10n.t('ceremony');
    case 'side-event': return vscode.l10n.t('side event');
    case 'break': return vscode.l10n.t('break');
    case 'reception': return vscode.l10n.t('reception');
    case 'opening': return vscode.l10n.t('opening');
    case 'statement': return vscode.l10n.t('statement');
    case 'qa': return vscode.l10n.t('Q&A');
    case 'video': return vscode.l10n.t('video');
    case 'closing': return vscode.l10n.t('closing');
    case 'other': return vscode.l10n.t('other');
    default: return value;
  }
}

/** The words of the Agenda view's outline, in the language of VS Code's interface. */
export function outlineWords(): OutlineWords {
  return {
    sessions: (count) => (count === 1 ? vscode.l10n.t('1 session') : vscode.l10n.t('{0} sessions', count)),
    noSession: vscode.l10n.t('no session'),
    noDate: vscode.l10n.t('No date'),
    untitledEvent: vscode.l10n.t('Untitled event'),
    sessionNumber: (number) => vscode.l10n.t('Session {0}', number),
    itemNumber: (number) => vscode.l10n.t('Item {0}', number),
    topics: vscode.l10n.t('Topics'),
    people: vscode.l10n.t('People'),
    role,
    roleHeading,
    part,
    status,
    format,
    kind: format,
    labelled: (label, text) => vscode.l10n.t('{0}: {1}', label, text),
    id: vscode.l10n.t('Id'),
    notDefined: (id) => vscode.l10n.t('{0} (not defined)', id),
    topicNotDefined: (id) => vscode.l10n.t('Topic `{0}` is not defined under `topics`.', id),
    personNotDefined: (id) => vscode.l10n.t('Person `{0}` is not defined under `people`.', id),
    coveredIn: (count) => (count === 1 ? vscode.l10n.t('Covered in 1 session.') : vscode.l10n.t('Covered in {0} sessions.', count)),
    notCovered: vscode.l10n.t('No session covers this topic.'),
    takesPartIn: (count) => (count === 1 ? vscode.l10n.t('Takes part in 1 session.') : vscode.l10n.t('Takes part in {0} sessions.', count)),
    notInAnySession: vscode.l10n.t('Not in any session.'),
    agendaItems: vscode.l10n.t('Agenda items'),
    agendaItem: (number) => vscode.l10n.t('Agenda item {0}', number),
    continued: vscode.l10n.t('continued'),
    continuedItem: (text) => vscode.l10n.t('{0} (continued)', text),
    agendaItemNotListed: (number) => vscode.l10n.t('Agenda item `{0}` is not listed in `event.agendaItems`.', number),
    takenUpIn: (count) => (count === 1 ? vscode.l10n.t('Taken up in 1 session.') : vscode.l10n.t('Taken up in {0} sessions.', count)),
    notTakenUp: vscode.l10n.t('No session takes up this item.'),
  };
}
