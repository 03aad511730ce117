import 'mocha/mocha.js';

/**
 * Mocha for the web worker extension host: its browser build, which sets `mocha` (set up for the browser) and `Mocha`
 * on the global object. The web suite's bundle takes this module for `mocha`, so that the suite's `import Mocha from
 * 'mocha'` finds the browser build's class.
 */
export default (globalThis as unknown as { Mocha: typeof import('mocha') }).Mocha;
