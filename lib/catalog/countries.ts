// Country groups for TRP eligibility (L250-253), as ISO 3166-1 alpha-2 codes. Membership is
// public knowledge, not from the guide; keep it reviewable here rather than in code paths.

/**
 * Commonwealth of Independent States. Georgia (left 2009) and Ukraine (left 2018) are not
 * members. Uncertain, for a person to confirm: Turkmenistan is an associate member since 2005
 * (included here), and Moldova has been withdrawing from CIS agreements since 2023 but was
 * still listed as a member at the time of writing (included).
 */
export const CIS_COUNTRIES = ["AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "TM", "UZ"] as const;

/** Eurasian Economic Union: all five are also CIS states (the overlap is 6.C13). */
export const EAEU_COUNTRIES = ["AM", "BY", "KZ", "KG", "RU"] as const;

/** Kazakhstan itself: its citizens are not foreigners and need no TRP. */
export const KAZAKHSTAN = "KZ";

/** Stay thresholds of L252-253: the stay must be *more than* this many calendar days. */
export const TRP_STAY_THRESHOLD_DAYS = { CIS: 30, EAEU: 90 } as const;
