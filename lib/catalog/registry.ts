import { businessVisaB2, businessVisaInvitationB1B3, businessVisaInvitationB2 } from "./business-visa";
import { visaCancellation, visaCancellationAbroad } from "./cancellation";
import { visaExtensionB2, visaExtensionC3 } from "./extension";
import { investorVisa, investorVisaInvitation } from "./investor-visa";
import { arrivalNotification, eds, iin, taxResidencyCertificate } from "./other-services";
import { trp } from "./trp";
import { workVisa, workVisaInvitation } from "./work-visa";
import { SERVICE_CODES, SERVICE_FAMILIES, type AnyServiceDefinition, type ServiceCode, type ServiceFamily, type Tiyn } from "./types";

// Keyed by code and checked both ways: every code has a definition, and each definition sits
// under its own code (a definition filed under the wrong key does not compile).
const SERVICES = {
  WORK_VISA_INVITATION: workVisaInvitation,
  WORK_VISA: workVisa,
  INVESTOR_VISA_INVITATION: investorVisaInvitation,
  INVESTOR_VISA: investorVisa,
  TRP: trp,
  BUSINESS_VISA_INVITATION_B1_B3: businessVisaInvitationB1B3,
  BUSINESS_VISA_INVITATION_B2: businessVisaInvitationB2,
  BUSINESS_VISA_B2: businessVisaB2,
  VISA_CANCELLATION: visaCancellation,
  VISA_CANCELLATION_ABROAD: visaCancellationAbroad,
  VISA_EXTENSION_C3: visaExtensionC3,
  VISA_EXTENSION_B2: visaExtensionB2,
  ARRIVAL_NOTIFICATION: arrivalNotification,
  IIN: iin,
  TAX_RESIDENCY_CERTIFICATE: taxResidencyCertificate,
  EDS: eds,
} as const satisfies { [C in ServiceCode]: AnyServiceDefinition & { code: C } };

export type Services = typeof SERVICES;
/** The precise definition type of one service (its answers, options and bands). */
export type ServiceOf<C extends ServiceCode> = Services[C];

/** All codes, in the guide's order. */
export const serviceCodes: readonly ServiceCode[] = SERVICE_CODES;

export function isServiceCode(value: unknown): value is ServiceCode {
  return typeof value === "string" && Object.hasOwn(SERVICES, value);
}

export function getService<C extends ServiceCode>(code: C): ServiceOf<C> {
  return SERVICES[code];
}

/** Every service, widened, in the guide's order. */
export function allServices(): AnyServiceDefinition[] {
  return SERVICE_CODES.map((code) => SERVICES[code]);
}

/** Services grouped by family, families and services in the guide's order. */
export function servicesByFamily(): { family: ServiceFamily; services: AnyServiceDefinition[] }[] {
  return SERVICE_FAMILIES.map((family) => ({
    family,
    services: allServices().filter((service) => service.family === family),
  }));
}

/** The lowest service fee the service offers, in tiyn (the "from" price on listings). */
export function fromPrice(service: AnyServiceDefinition): Tiyn {
  const rows = service.tariff.by === null ? [service.tariff.row] : Object.values(service.tariff.rows);
  return Math.min(...rows.flatMap((row) => (row ? Object.values(row.fees) : [])));
}

// The same service for someone on the other side of the border (invitation vs in-country).
// B1/B3 has none (6.R2); TRP, extensions, IIN and arrival notification are in-country only.
const LOCATION_COUNTERPARTS: Partial<Record<ServiceCode, ServiceCode>> = {
  WORK_VISA_INVITATION: "WORK_VISA",
  WORK_VISA: "WORK_VISA_INVITATION",
  INVESTOR_VISA_INVITATION: "INVESTOR_VISA",
  INVESTOR_VISA: "INVESTOR_VISA_INVITATION",
  BUSINESS_VISA_INVITATION_B2: "BUSINESS_VISA_B2",
  BUSINESS_VISA_B2: "BUSINESS_VISA_INVITATION_B2",
  VISA_CANCELLATION: "VISA_CANCELLATION_ABROAD",
  VISA_CANCELLATION_ABROAD: "VISA_CANCELLATION",
};

/** The service to use instead when the foreign national is on the other side of the border. */
export function locationCounterpart(code: ServiceCode): ServiceCode | null {
  return LOCATION_COUNTERPARTS[code] ?? null;
}
