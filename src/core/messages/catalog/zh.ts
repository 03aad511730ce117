import type { Catalog } from '../messages';

export const zh: Catalog = {
};
