import * as fs from 'fs';
import * as path from 'path';
import type { Random } from './mutate';

/** One name in a world of links: a symbolic link to another name (or to a name that is nowhere), or a hard link to the agenda. */
export type LinkSpec = { name: string; kind: 'symbolic'; to: string; absolute: boolean; viaFolder: boolean } | { name: string; kind: 'hard' };

/** The agenda's own name in every world. */
export const AGENDA_NAME = 'a.agenda.yaml';

/**
 * A random world of links around an agenda: symbolic links (relative or absolute, some through a linked folder) to the
 * agenda, to each other (chains and loops), or to nothing; and hard links to the agenda.
 */
export function linkWorld(random: Random): LinkSpec[] {
  const count = 2 + random.below(5);
  const names = Array.from({ length: count }, (_, i) => `l${i}.agenda.yaml`);
  return names.map((name, i) => {
    if (random.below(4) === 0) return { name, kind: 'hard' };
    const roll = random.below(6);
    const to = roll === 0 ? `nowhere${i}.agenda.yaml` : roll < 3 ? AGENDA_NAME : names[random.below(count)];
    return { name, kind: 'symbolic', to, absolute: random.below(2) === 0, viaFolder: random.below(3) === 0 };
  });
}

/** Makes the world in a folder that holds the agenda (and a link `here` to the folder itself). */
export function makeWorld(dir: string, world: readonly LinkSpec[]): void {
  fs.symlinkSync('.', path.join(dir, 'here'));
  for (const link of world) {
    const at = path.join(dir, link.name);
    if (link.kind === 'hard') fs.linkSync(path.join(dir, AGENDA_NAME), at);
    else {
      const relative = link.viaFolder ? `here/${link.to}` : link.to;
      fs.symlinkSync(link.absolute ? path.join(dir, relative) : relative, at);
    }
  }
}

/** What a name leads to, as the file system says: the agenda, another file, nothing (a dangling link), or a loop. */
export function leadsTo(dir: string, name: string): 'agenda' | 'other' | 'nothing' | 'loop' {
  try {
    const stat = fs.statSync(path.join(dir, name));
    return stat.ino === fs.statSync(path.join(dir, AGENDA_NAME)).ino ? 'agenda' : 'other';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'nothing';
  }
}

/** A world in one line, to name a failing case. */
export function describeWorld(world: readonly LinkSpec[]): string {
  return world.map((l) => (l.kind === 'hard' ? `${l.name}=hard` : `${l.name}->${l.absolute ? '/' : ''}${l.viaFolder ? 'here/' : ''}${l.to}`)).join(' ');
}
