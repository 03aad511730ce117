/** Formats console arguments as console.log does with `%s`-style format strings (mocha's reporters use them). */
export function formatArgs(args: unknown[]): string {
  if (typeof args[0] !== 'string') return args.map(String).join(' ');
  const rest = args.slice(1);
  let used = 0;
  const head = args[0].replace(/%[sdifjoOc%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (used >= rest.length) return spec;
    const value = rest[used++];
    return spec === '%c' ? '' : String(value);
  });
  return [head, ...rest.slice(used).map(String)].join(' ');
}
