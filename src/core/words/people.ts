import type { Node } from 'yaml';
import { valueOf } from '../parse/nodes';
import { textLine } from './text';

/**
 * The name a person goes by wherever the agenda is shown: honorific and name (`Dr. Anna Weber`), each on one line,
 * the name in the first of `languages` it is written in. Undefined when the entry has no name.
 */
export function personDisplayName(person: Node | null | undefined, languages: readonly string[] = []): string | undefined {
  const line = (key: string) => textLine(valueOf(person, key), languages);
  const name = line('name');
  const honorific = line('honorific');
  return name && honorific ? `${honorific} ${name}` : name;
}
