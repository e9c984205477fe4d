import { describe, expect, it } from "vitest";
import { GET as listServices } from "@/app/api/services/route";
import { GET as getServiceDefinition } from "@/app/api/services/[code]/route";
import { GET as getQuote } from "@/app/api/services/[code]/quote/route";

// The route handlers called directly, against the seeded test database (MRP 2026 = 4 325 KZT).
const BASE = "http://localhost/api/services";
const context = (code: string) => ({ params: Promise.resolve({ code }) });

async function quote(code: string, query: string) {
  const response = await getQuote(new Request(`${BASE}/${code}/quote?${query}`), context(code));
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("GET /api/services/{code}/quote", () => {
  it("prices a 3-5 year walk-in work-visa invitation on 2026-03-01 at 942 162.50 KZT", async () => {
    const { status, headers, body } = await quote("WORK_VISA_INVITATION", "option=WALK_IN&validity=YEARS_3_TO_5&date=2026-03-01");
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    expect(body).toMatchObject({
      service: "WORK_VISA_INVITATION",
      option: "WALK_IN",
      validity: "YEARS_3_TO_5",
      date: "2026-03-01",
      serviceFee: "940000.00",
      serviceFeeTiyn: 94_000_000,
      stateDuty: { mrp: 0.5, mrpYear: 2026, mrpValue: "4325.00", mrpValueTiyn: 432_500, amount: "2162.50", amountTiyn: 216_250 },
      payableToCentre: { kzt: "940000.00", tiyn: 94_000_000, payee: "EXPAT_CENTRE" },
      payableToState: { kzt: "2162.50", tiyn: 216_250, payee: "STATE_BUDGET", proofDocument: "STATE_DUTY_PAYMENT_PROOF" },
      currency: "KZT",
    });
  });

  it("prices a TRP by role (variant) with no state duty", async () => {
    const { status, body } = await quote("TRP", "variant=EXPERT&date=2026-03-01");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      variant: "EXPERT",
      serviceFee: "90000.00",
      stateDuty: null,
      payableToCentre: { kzt: "90000.00" },
      payableToState: null,
    });
  });

  it("answers 404 for an unknown service", async () => {
    const { status, body } = await quote("PASSPORT_RENEWAL", "");
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: "SERVICE_NOT_FOUND", parameter: null });
  });

  it.each([
    ["the personal manager on a work visa", "WORK_VISA", "option=PERSONAL_MANAGER&validity=UP_TO_2_YEARS", "option", "OPTION_NOT_OFFERED"],
    ["a date that is not YYYY-MM-DD", "WORK_VISA", "validity=UP_TO_2_YEARS&date=01.03.2026", "date", "INVALID_DATE"],
    ["an impossible date", "WORK_VISA", "validity=UP_TO_2_YEARS&date=2026-02-30", "date", "INVALID_DATE"],
    ["a missing validity", "WORK_VISA", "option=STANDARD", "validity", "VARIANT_REQUIRED"],
    ["a year without an MRP", "WORK_VISA", "validity=UP_TO_2_YEARS&date=2031-01-10", "date", "NO_MRP_FOR_YEAR"],
    ["a TRP without a role", "TRP", "option=WALK_IN", "variant", "VARIANT_REQUIRED"],
  ])("answers 400 naming the parameter for %s", async (_, code, query, parameter, error) => {
    const { status, headers, body } = await quote(code, query);
    expect(status).toBe(400);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ error, parameter });
    expect(body.message).toContain(`“${parameter}”`);
  });

  it("explains errors in Russian on request", async () => {
    const { body } = await quote("WORK_VISA", "option=PERSONAL_MANAGER&validity=UP_TO_2_YEARS&locale=ru");
    expect(body.message).toMatch(/не предоставляется/);
  });
});

describe("GET /api/services", () => {
  it("lists all 16 services with their from-price in KZT and tiyn", async () => {
    const response = await listServices(new Request(BASE));
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.services).toHaveLength(16);
    expect(body.services[0]).toMatchObject({
      code: "WORK_VISA_INVITATION",
      family: "WORK_VISA",
      visaCategory: "C3",
      location: "OUTSIDE_KZ",
      fromPrice: { kzt: "360000.00", tiyn: 36_000_000 },
      processingTime: { kind: "WORKING_DAYS", min: 5, max: 5, text: "5 working days" },
      href: "/api/services/WORK_VISA_INVITATION",
    });
  });

  it("gives titles in Kazakh and refuses an unknown language", async () => {
    const kk = await (await listServices(new Request(`${BASE}?locale=kk`))).json();
    expect(kk.services[4].title).toBe("Уақытша тұруға рұқсат");
    const refused = await listServices(new Request(`${BASE}?locale=de`));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "UNSUPPORTED_LOCALE", parameter: "locale" });
  });
});

describe("GET /api/services/{code}", () => {
  it("gives the full definition: checklist, tariff rows, notes", async () => {
    const response = await getServiceDefinition(new Request(`${BASE}/WORK_VISA_INVITATION`), context("WORK_VISA_INVITATION"));
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.quoteParameters).toEqual({ option: ["STANDARD", "WALK_IN"], validity: ["UP_TO_2_YEARS", "YEARS_3_TO_5"] });
    expect(body.documents).toContainEqual(
      expect.objectContaining({ code: "FAMILY_RELATIONSHIP_CERTIFICATES", kind: "BRING", conditionTags: ["FAMILY"] }),
    );
    expect(body.tariff.rows[1]).toMatchObject({
      variant: "YEARS_3_TO_5",
      fees: { WALK_IN: { kzt: "940000.00", tiyn: 94_000_000 } },
      stateDuty: { mrp: 0.5 },
      note: "6.T2",
    });
    expect(body.notes.map((n: { id: string }) => n.id)).toContain("6.T2");
    expect(body.embassyStep.documents).toHaveLength(4);
  });

  it("answers 404 for an unknown code", async () => {
    const response = await getServiceDefinition(new Request(`${BASE}/NOPE`), context("NOPE"));
    expect(response.status).toBe(404);
  });
});
