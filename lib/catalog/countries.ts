// Country groups for TRP eligibility (guide L250-253), as ISO 3166-1 alpha-2 codes. The guide
// names the groups ("CIS countries", "EAEU countries") but lists no country (6.C13), so the
// members below are public membership data, each list with its source, kept here as reviewable
// data rather than spread through code paths. A member whose status is disputed carries an
// `uncertain` reason: its citizens may apply, with a warning, and the Expat Centre decides (6.P7).

export type CountryGroup = "CIS" | "EAEU";

export interface GroupMember {
  code: string;
  /** Why membership is not certain; shown to the applicant as a warning, never a refusal. */
  uncertain?: "ASSOCIATE_MEMBER" | "WITHDRAWING";
}

export interface CountryGroupData {
  /** "More than this many calendar days" (L252: CIS > 30, L253: EAEU > 90). */
  thresholdDays: number;
  guideLine: "L252" | "L253";
  /** Where the member list comes from: not the guide. */
  source: string;
  members: readonly GroupMember[];
}

export const COUNTRY_GROUPS: Record<CountryGroup, CountryGroupData> = {
  CIS: {
    thresholdDays: 30,
    guideLine: "L252",
    source:
      "CIS Executive Committee, list of member states (cis.minsk.by); Georgia left in 2009 and Ukraine in 2018, so neither is listed.",
    members: [
      { code: "AM" },
      { code: "AZ" },
      { code: "BY" },
      { code: "KZ" },
      { code: "KG" },
      { code: "RU" },
      { code: "TJ" },
      { code: "UZ" },
      // Turkmenistan has been an associate member since 2005, not a full member.
      { code: "TM", uncertain: "ASSOCIATE_MEMBER" },
      // Moldova is still a member state but has been leaving CIS agreements since 2023.
      { code: "MD", uncertain: "WITHDRAWING" },
    ],
  },
  EAEU: {
    thresholdDays: 90,
    guideLine: "L253",
    source: "Treaty on the Eurasian Economic Union (2014) and its accession treaties (eaeunion.org): five member states.",
    members: [{ code: "AM" }, { code: "BY" }, { code: "KZ" }, { code: "KG" }, { code: "RU" }],
  },
};

export const CIS_COUNTRIES = COUNTRY_GROUPS.CIS.members.map((m) => m.code);
export const EAEU_COUNTRIES = COUNTRY_GROUPS.EAEU.members.map((m) => m.code);

/** Kazakhstan itself: its citizens are not foreigners and need no TRP. */
export const KAZAKHSTAN = "KZ";

/** Stay thresholds of L252-253: the stay must be *more than* this many calendar days. */
export const TRP_STAY_THRESHOLD_DAYS = { CIS: COUNTRY_GROUPS.CIS.thresholdDays, EAEU: COUNTRY_GROUPS.EAEU.thresholdDays } as const;

/** The groups a country belongs to, with its membership caveat in each. */
export function groupsOf(code: string): { group: CountryGroup; member: GroupMember }[] {
  return (Object.keys(COUNTRY_GROUPS) as CountryGroup[]).flatMap((group) => {
    const member = COUNTRY_GROUPS[group].members.find((m) => m.code === code);
    return member ? [{ group, member }] : [];
  });
}
