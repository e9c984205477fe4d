import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, PEER_HEADER } from "./client-address";
import { clientAddressFrom } from "./client-address-rule.mjs";

const headersOf = (values: Record<string, string>) => new Headers(values);

describe("client address", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const headers = headersOf({ [PEER_HEADER]: "::ffff:198.51.100.7", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(headers, 0)).toBe("198.51.100.7");
  });

  it("takes the address our one proxy appended, not the client's own claim", () => {
    const headers = headersOf({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(headers, 1)).toBe("203.0.113.9");
  });

  it("counts two proxies from the right", () => {
    const headers = headersOf({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" });
    expect(clientAddress(headers, 2)).toBe("203.0.113.9");
  });

  it("says unknown rather than trusting garbage", () => {
    expect(clientAddress(headersOf({ "x-forwarded-for": "evil" }), 0)).toBe("unknown");
    expect(clientAddress(headersOf({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "<script>" }), 1)).toBe("unknown");
  });

  it("reads Node's own request headers the same way (the production server's request log line)", () => {
    const nodeHeaders: Record<string, string | string[]> = { [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] };
    expect(clientAddressFrom((name) => nodeHeaders[name], 1)).toBe("203.0.113.9");
    expect(clientAddressFrom((name) => nodeHeaders[name], 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(() => undefined, 1)).toBe("unknown");
  });

  it.each([
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["192.0.2.1:8080", "192.0.2.1"],
    ["999.1.1.1", null],
    ["", null],
  ])("normalises %s", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });
});
