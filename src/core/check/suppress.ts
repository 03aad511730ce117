import type { LineIndex } from '../base/lines';
import type { Diagnostic } from '../base/model';

const IGNORE = /(?:^|\s)#\s*agenda-ignore(?:\s*:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*))?\s*$/;

/** What a line's `# agenda-ignore` comment silences: every code (`true`), some codes, or nothing. */
function ignoredOn(lines: LineIndex, line: number): true | Set<string> | undefined {
  const match = IGNORE.exec(lines.lineText(line));
  if (!match) return undefined;
  return match[1] ? new Set(match[1].split(',').map((code) => code.trim())) : true;
}

/**
 * Drops the diagnostics silenced by `# agenda-ignore` (every code) or `# agenda-ignore: code, code` comments.
 * A comment at the end of a line silences that line; a comment alone on its line silences the next line.
 */
export function withoutIgnored(diagnostics: Diagnostic[], lines: LineIndex): Diagnostic[] {
  if (!lines.text.includes('agenda-ignore')) return diagnostics;
  const cache = new Map<number, true | Set<string> | undefined>();
  const rule = (line: number) => {
    if (!cache.has(line)) {
      const own = ignoredOn(lines, line);
      const above = line > 0 && /^\s*#/.test(lines.lineText(line - 1)) ? ignoredOn(lines, line - 1) : undefined;
      cache.set(line, own === true || above === true ? true : own && above ? new Set([...own, ...above]) : own ?? above);
    }
    return cache.get(line);
  };
  return diagnostics.filter((d) => {
    const silenced = rule(d.range.start.line);
    return !(silenced === true || silenced?.has(d.code));
  });
}
