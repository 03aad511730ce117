import type * as Core from '../core';

let loaded: typeof Core | undefined;

/**
 * The checking core, loaded on first use rather than at activation: the extension bundle holds only the VS Code
 * glue, and `dist/core.js` (YAML parser, compiled schema) is required when the first agenda needs it.
 * Import types from '../core' freely; reach runtime functions through this.
 */
export function core(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./core.js') as typeof Core;
  return loaded;
}
