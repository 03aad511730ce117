/** The most names remembered: far more than the languages a programme names, few enough to be no weight. */
const REMEMBERED_NAMES = 1000;

/** Names already looked up, by the language they are written in and the code (`Intl.DisplayNames` is slow to make). */
const names = new Map<string, string>();

/** The name of a language, written in another: `languageName('fr', 'en')` is `French`, in French `français`. */
export function languageName(code: string, inLanguage = 'en'): string {
  const key = `${inLanguage}\u0000${code}`;
  let name = names.get(key);
  if (name === undefined) {
    name = lookUp(code, inLanguage);
    if (names.size >= REMEMBERED_NAMES) names.clear();
    names.set(key, name);
  }
  return name;
}

function lookUp(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
