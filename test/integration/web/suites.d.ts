/**
 * Loaders of the suites, each loading every `*.test.ts` of its folder of test/integration in the order of their names:
 * `suite` (the integration suite) and `virtual` (the virtual workspace's) (a module esbuild.js writes for the web bundle).
 */
declare module 'agenda-integration-suites' {
  const suites: { suite(): void; virtual(): void };
  export default suites;
}

/** The test workspace's agendas, by their path in the virtual workspace (`/agendas/<name>`) (a module esbuild.js writes). */
declare module 'agenda-workspace-files' {
  const files: Record<string, string>;
  export default files;
}
