import { isMap, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../base/model';
import { itemsOf, pairOf, pairsOf, scalarText, valueOf, valueSpan, type PathSegment } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { withMessage } from '../messages/diagnosticText';
import { declaredLanguages, TEXT_FIELD_PATHS, type TextFieldPath } from '../words/localize';
import { list, msg } from '../messages/messages';
import { describePath } from './describe';

interface TextField {
  path: PathSegment[];
  pair: Pair<Node, Node | null>;
}

/**
 * The text fields under `node` that `pattern` (from its `depth`-th segment) names and that hold a map of
 * translations; `path` is where `node` is, a stack shared by the whole walk.
 */
function textFields(node: Node | null | undefined, pattern: TextFieldPath, depth: number, path: PathSegment[], out: TextField[]): void {
  const head = pattern[depth];
  if (head === '*') {
    itemsOf(node).forEach((item, i) => {
      path.push(i);
      textFields(item, pattern, depth + 1, path, out);
      path.pop();
    });
    return;
  }
  const pair = pairOf(node, head);
  if (!pair) return;
  if (depth + 1 < pattern.length) {
    path.push(head);
    textFields(pair.value, pattern, depth + 1, path, out);
    path.pop();
  } else if (isMap(pair.value)) out.push({ path: [...path, head], pair });
}

/**
 * Warns about text given as a map of translations that lacks a language listed in `event.languages`, on the
 * field's key. Plain strings stand for every language and are never reported.
 */
export function translationDiagnostics(parsed: ParsedAgenda): Diagnostic[] {
  const root = parsed.doc.contents as Node | null;
  const declared = declaredLanguages(parsed.value);
  if (declared.length === 0) return [];
  const languagesNode = valueOf(valueOf(root, 'event'), 'languages');
  const languagesSpan = valueSpan(languagesNode);
  const fields: TextField[] = [];
  for (const pattern of TEXT_FIELD_PATHS) textFields(root, pattern, 0, [], fields);
  const diagnostics: Diagnostic[] = [];
  for (const { path, pair } of fields) {
    const present = new Set(pairsOf(pair.value).map((p) => scalarText(p.key)));
    if (present.size === 0) continue;
    const missing = declared.filter((code) => !present.has(code));
    const keySpan = valueSpan(pair.key);
    if (!missing.length || !keySpan) continue;
    const field = describePath(parsed.value, path, true);
    const languages = list(missing.map((code) => msg('translation.language', { name: { language: code }, code })), 'or');
    const diagnostic: Diagnostic = withMessage({ range: parsed.lines.range(keySpan[0], keySpan[1]), severity: 'warning', code: 'missing-translation' },
      msg('translation.missing', { field, languages, declared: list(declared, 'comma') }));
    if (languagesSpan) diagnostic.related = [withMessage({ range: parsed.lines.range(languagesSpan[0], languagesSpan[1]) }, msg('translation.languages'))];
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
