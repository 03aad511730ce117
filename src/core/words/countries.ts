/**
 * United Nations short names (UNTERM) in English where they differ from the everyday names of the Unicode CLDR
 * that `Intl.DisplayNames` gives: a programme of a UN body writes "Republic of Korea", not "South Korea".
 */
const UN_ENGLISH: Record<string, string> = {
  BN: 'Brunei Darussalam',
  BO: 'Bolivia (Plurinational State of)',
  CD: 'Democratic Republic of the Congo',
  CG: 'Congo',
  CV: 'Cabo Verde',
  FM: 'Micronesia (Federated States of)',
  GB: 'United Kingdom of Great Britain and Northern Ireland',
  HK: 'China, Hong Kong Special Administrative Region',
  IR: 'Iran (Islamic Republic of)',
  KP: "Democratic People's Republic of Korea",
  KR: 'Republic of Korea',
  LA: "Lao People's Democratic Republic",
  MD: 'Republic of Moldova',
  MM: 'Myanmar',
  MO: 'China, Macao Special Administrative Region',
  NL: 'Netherlands (Kingdom of the)',
  PS: 'State of Palestine',
  RU: 'Russian Federation',
  ST: 'Sao Tome and Principe',
  SY: 'Syrian Arab Republic',
  TZ: 'United Republic of Tanzania',
  US: 'United States of America',
  VA: 'Holy See',
  VC: 'Saint Vincent and the Grenadines',
  VE: 'Venezuela (Bolivarian Republic of)',
  VN: 'Viet Nam',
};

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

function regionNames(locale: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = undefined;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale);
}

function lookUp(code: string, language: string): string {
  const upper = code.toUpperCase();
  const english = language.toLowerCase().split('-')[0] === 'en';
  if (english && UN_ENGLISH[upper]) return UN_ENGLISH[upper];
  let name: string | undefined;
  try {
    name = /^[A-Z]{2}$/.test(upper) ? regionNames(language)?.of(upper) : undefined;
  } catch {
    name = undefined;
  }
  if (!name) return code;
  return english ? name.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ') : name;
}

const names = new Map<string, string>();

/**
 * The name of a country from its ISO 3166-1 alpha-2 code, in the given language: the UN short name in English,
 * the CLDR name (through `Intl.DisplayNames`) otherwise. Unknown codes come back as they were written.
 */
export function countryName(code: string, language: string): string {
  const key = `${code}|${language}`;
  let name = names.get(key);
  if (name === undefined) {
    name = lookUp(code, language);
    names.set(key, name);
  }
  return name;
}
