/**
 * Gives out ids that are unique within one build (an outline, a programme): the base itself the first time, then
 * the base with a suffix (`session-a-2`, `session-a-3`...). Remembers the next suffix of every base, so that a
 * thousand sessions copied with one id take linear time, not quadratic.
 */
export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly separator: string) {}

  /** A fresh id built from `base`. */
  take(base: string): string {
    const size = this.used.size;
    if (this.used.add(base).size > size) return base;
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}${this.separator}${n++}`;
    this.nextSuffix.set(base, n);
    this.used.add(id);
    return id;
  }
}

/** An id of the format: lower-case letters, digits and hyphens, starting with a letter (the schema's `id` pattern). */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A lower-case id made of the letters and digits of a text: `First Meeting!` gives `first-meeting`. */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
}
