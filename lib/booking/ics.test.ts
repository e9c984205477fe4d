import { describe, expect, it } from "vitest";
import { appointmentCalendarFile } from "./calendar-file";
import { CENTRE_ADDRESS } from "./centre";
import { buildIcs, escapeText, foldLine } from "./ics";

const event = {
  uid: "application-abc@expat-centre.aifc.kz",
  sequence: 2,
  startsAt: new Date("2026-06-01T05:00:00Z"),
  endsAt: new Date("2026-06-01T05:30:00Z"),
  summary: "Запись в Экспат-центр: EC-2026-000123",
  description: "Bring the originals; see the portal.\nApplication EC-2026-000123",
  location: CENTRE_ADDRESS,
  timeZone: "Asia/Almaty",
  stampedAt: new Date("2026-05-20T09:15:00.123Z"),
};

/** Unfolds and splits a calendar into its logical lines (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("the .ics calendar file", () => {
  const ics = buildIcs(event);
  const lines = unfold(ics);

  it("puts the appointment at 10:00 Astana time, with the zone's definition", () => {
    expect(lines).toContain("DTSTART;TZID=Asia/Almaty:20260601T100000");
    expect(lines).toContain("DTEND;TZID=Asia/Almaty:20260601T103000");
    expect(lines).toContain("TZID:Asia/Almaty");
    expect(lines).toContain("TZOFFSETTO:+0500");
    expect(lines).toContain("DTSTAMP:20260520T091500Z");
  });

  it("gives the centre's address as the location, escaped", () => {
    expect(lines).toContain("LOCATION:55/18 Mangilik El Avenue\\, Pavilion C3.3\\, Astana\\, 010017\\, Kazakhstan");
  });

  it("is well formed: CRLF lines of at most 75 octets, balanced blocks, one event", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain(`UID:${event.uid}`);
    expect(lines).toContain("SEQUENCE:2");
    expect(lines).toContain("SUMMARY:Запись в Экспат-центр: EC-2026-000123");
  });

  it("escapes text and folds long lines without splitting a character", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const folded = foldLine(`DESCRIPTION:${"Ж".repeat(100)}`);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"Ж".repeat(100)}`);
  });
});

describe("the appointment's calendar file", () => {
  it("speaks the reader's language and cancels the same event", () => {
    const input = {
      applicationId: "app1",
      applicationNumber: "EC-2026-000123",
      startsAt: new Date("2026-06-01T09:00:00Z"),
      slotMinutes: 30,
      sequence: 1,
    };
    const ru = unfold(appointmentCalendarFile({ ...input, locale: "ru" }));
    expect(ru).toContain("SUMMARY:Приём в Экспат-центре\\, заявка EC-2026-000123");
    expect(ru).toContain("DTEND;TZID=Asia/Almaty:20260601T143000");
    const cancelled = unfold(appointmentCalendarFile({ ...input, locale: "xx", sequence: 2, cancelled: true }));
    expect(cancelled).toEqual(
      expect.arrayContaining(["METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2", "UID:appointment-app1@expat-centre.aifc.kz"]),
    );
    expect(cancelled).toContain("SUMMARY:Expat Centre appointment\\, application EC-2026-000123");
  });
});
