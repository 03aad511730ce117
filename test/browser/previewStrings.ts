import type { PreviewSettings } from '../../src/shared/messages';

/** The preview's own words, as the extension fills them in from `vscode.l10n` (English). */
export const PREVIEW_STRINGS: PreviewSettings['strings'] = {
  stale: 'This agenda cannot be read as YAML right now. The preview shows the last version that could be read.',
  problems: 'This agenda has errors:',
  line: 'Line {0}',
  more: 'and {0} more (see the Problems panel)',
  language: 'Language',
  view: 'Show',
  programme: 'Programme',
  timetable: 'Timetable',
  scope: 'Files',
  thisFile: 'This file',
  wholeProgramme: 'Whole programme',
};
