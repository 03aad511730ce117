/**
 * Paths between the files of a programme, by string arithmetic on URIs (`file:///w/congress.agenda.yaml`,
 * `vscode-vfs://github/o/r/a.agenda.yaml`) or plain paths (`congress/w1.agenda.yaml`): no Node built-ins, so that it
 * runs in a web worker.
 */

const PREFIX = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?)?([^?#]*)/i;

function split(uri: string): { prefix: string; path: string } {
  const match = PREFIX.exec(uri)!;
  return { prefix: match[1] ?? '', path: match[2] };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Folds `.` and `..` segments; `..` above the start of a relative path is kept, above `/` dropped. */
function normalize(segments: string[], absolute: boolean): string[] {
  const result: string[] = [];
  segments.forEach((segment, i) => {
    if (segment === '.' || (segment === '' && i < segments.length - 1)) return;
    if (segment === '..') {
      if (result.length && result[result.length - 1] !== '..') result.pop();
      else if (!absolute) result.push('..');
    } else result.push(segment);
  });
  return result;
}

/**
 * The file a `partOf` path names, relative to the file that writes it: `../congress.agenda.yaml` from
 * `file:///w/side/a.agenda.yaml` is `file:///w/congress.agenda.yaml`. Backslashes count as slashes; in a URI the
 * written segments are percent-encoded as a URI writes them.
 */
export function resolvePartOf(base: string, relative: string): string {
  const { prefix, path } = split(base);
  const written = relative.trim().replace(/\\/g, '/');
  const absolute = written.startsWith('/') || path.startsWith('/');
  const folder = written.startsWith('/') ? [] : path.split('/').slice(0, -1);
  const added = written.split('/').map((segment) => (prefix ? encodeURIComponent(decoded(segment)) : segment));
  const joined = normalize([...folder, ...added], absolute).join('/');
  return prefix + (absolute && !joined.startsWith('/') ? '/' : '') + joined;
}

/** The form two names of one file share: percent-encoding undone, so `a%20b` and `a b` are one file. */
export function uriKey(uri: string): string {
  return decoded(uri);
}

/**
 * How one file of a programme names another in messages: the relative path from the first one's folder
 * (`../congress.agenda.yaml`, `w1.agenda.yaml`), decoded; the whole name when they share no scheme and authority.
 */
export function relativePath(from: string, to: string): string {
  const a = split(from);
  const b = split(to);
  if (a.prefix !== b.prefix) return decoded(to);
  const folder = a.path.split('/').slice(0, -1);
  const target = b.path.split('/');
  let common = 0;
  while (common < folder.length && common < target.length - 1 && folder[common] === target[common]) common++;
  return decoded([...folder.slice(common).map(() => '..'), ...target.slice(common)].join('/'));
}
