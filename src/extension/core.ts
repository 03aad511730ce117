import type * as Core from '../core';

/**
 * The bundler's `require`, for this one module: esbuild puts the core into the extension's file and evaluates it on
 * the first call, not when the extension loads. Nothing else may be required (the web worker host has no `require`).
 */
declare function require(id: '../core'): typeof Core;

let loaded: typeof Core | undefined;

/**
 * The checking core, evaluated on first use rather than at activation: the YAML parser and the compiled schema are
 * set up when the first agenda needs them. Import types from '../core' freely; reach runtime functions through this.
 */
export function core(): typeof Core {
  loaded ??= require('../core');
  return loaded;
}

/** Whether the core has been evaluated yet (activation leaves it alone). */
export function coreLoaded(): boolean {
  return loaded !== undefined;
}
