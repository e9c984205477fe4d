import { describe, expect, it } from "vitest";
import { addressFromForwardedFor, trustedProxyHops } from "./request-address";

describe("client address for the status check", () => {
  it("takes the entry our own proxies appended, not what the client sent", () => {
    expect(addressFromForwardedFor("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(addressFromForwardedFor("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });
  it("trusts nothing without configured proxies, or when there are fewer entries than hops", () => {
    expect(addressFromForwardedFor("203.0.113.7", 0)).toBeNull();
    expect(addressFromForwardedFor("203.0.113.7", 2)).toBeNull();
    expect(addressFromForwardedFor("not an address", 1)).toBeNull();
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "x" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
  });
});
