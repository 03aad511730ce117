import type { Catalog } from '../messages';

export const fr: Catalog = {
};
