// Country codes and names come from the runtime's Unicode CLDR data (Intl.DisplayNames), so that
// every country is named in English, Russian and Kazakh without a hand-kept list.
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "ZZ", "XA", "XB", "QO", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"]);

let codes: string[] | undefined;

// Retired codes (BU for Burma, YD for South Yemen…) canonicalise to their successor: skip them.
function isCanonical(code: string): boolean {
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

export function countryCodes(): string[] {
  if (codes) return codes;
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const found: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code) && isCanonical(code)) found.push(code);
    }
  }
  codes = found;
  return codes;
}

export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
}

/** Countries sorted by their name in `locale`, for a select list. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return countryCodes()
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((x, y) => collator.compare(x.name, y.name));
}
