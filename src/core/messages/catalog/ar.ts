import type { Catalog } from '../messages';

export const ar: Catalog = {
};
