import type { Catalog } from '../messages';

export const ru: Catalog = {
};
