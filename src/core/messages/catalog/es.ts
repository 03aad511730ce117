import type { Catalog } from '../messages';

export const es: Catalog = {
};
