import type { ProcessingTime, StateDuty, Tiyn } from "./types";

// Helpers to write tariff rows as the guide prints them (KZT, MRP multiples, working days)
// while storing exact integers.

export function kzt(amount: number): Tiyn {
  if (!Number.isSafeInteger(amount)) throw new Error(`KZT amount must be whole: ${amount}`);
  return amount * 100;
}

/** 0.5 MRP -> { mrpTenths: 5 }; 30 MRP -> { mrpTenths: 300 }. */
export function mrp(multiple: number): StateDuty {
  const mrpTenths = Math.round(multiple * 10);
  if (Math.abs(mrpTenths - multiple * 10) > 1e-9) throw new Error(`MRP multiple not in tenths: ${multiple}`);
  return { mrpTenths };
}

export function workingDays(min: number, max: number = min): ProcessingTime {
  return { kind: "WORKING_DAYS", min, max };
}

export function minutes(value: number): ProcessingTime {
  return { kind: "MINUTES", value };
}
