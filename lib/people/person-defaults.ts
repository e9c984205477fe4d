import type { PersonInput } from "./person-schema";

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

type StoredPerson = {
  fullName: string;
  citizenship: string;
  dateOfBirth: Date;
  passportNumber: string;
  passportIssuedOn: Date;
  passportExpiresOn: Date;
  sex?: string | null;
  iin: string | null;
  visaCategory: string | null;
  visaExpiresOn: Date | null;
  principalId: string | null;
  relationship: string | null;
};

/** Form values for a stored person (dates as YYYY-MM-DD, absent values as ""). */
export function personFormValues(p: StoredPerson | null, principalId?: string): PersonInput {
  return {
    fullName: p?.fullName ?? "",
    citizenship: p?.citizenship ?? "",
    dateOfBirth: iso(p?.dateOfBirth),
    passportNumber: p?.passportNumber ?? "",
    passportIssuedOn: iso(p?.passportIssuedOn),
    passportExpiresOn: iso(p?.passportExpiresOn),
    sex: (p?.sex ?? "") as PersonInput["sex"],
    iin: p?.iin ?? "",
    visaCategory: (p?.visaCategory ?? "") as PersonInput["visaCategory"],
    visaExpiresOn: iso(p?.visaExpiresOn),
    principalId: p?.principalId ?? principalId ?? "",
    relationship: (p?.relationship ?? "") as PersonInput["relationship"],
  };
}
