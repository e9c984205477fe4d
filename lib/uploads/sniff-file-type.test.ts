import { describe, expect, it } from "vitest";
import { cleanFileName, extensionMatches, parseFileNameHeader, sniffFileType } from "./sniff-file-type";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("upload type sniffing", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffFileType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
  });
  it("refuses a Windows executable renamed to .pdf", () => {
    expect(sniffFileType(bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0))).toBeNull();
  });
  it("refuses HTML and SVG, which a browser could run", () => {
    expect(sniffFileType(new TextEncoder().encode("<html><script>"))).toBeNull();
    expect(sniffFileType(new TextEncoder().encode("<svg xmlns="))).toBeNull();
  });
  it("needs the extension to agree with the content", () => {
    expect(extensionMatches("passport.PDF", "application/pdf")).toBe(true);
    expect(extensionMatches("photo.jpeg", "image/jpeg")).toBe(true);
    expect(extensionMatches("photo.png", "image/jpeg")).toBe(false);
    expect(extensionMatches("archive.pdf.exe", "application/pdf")).toBe(false);
  });
  it("strips paths and quotes from names", () => {
    expect(cleanFileName('C:\\Users\\a\\pass"port.pdf')).toBe("passport.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("")).toBe("file");
  });
});

describe("upload file names", () => {
  it("removes bidi overrides, zero-width and control characters and normalises to NFC", () => {
    expect(cleanFileName("passport\u202Egpj.pdf")).toBe("passportgpj.pdf");
    expect(cleanFileName("pass\u200Bport\u2066.pdf")).toBe("passport.pdf");
    expect(cleanFileName("Cafe\u0301.pdf")).toBe("Caf\u00e9.pdf");
    expect(cleanFileName("a\r\nb.pdf")).toBe("ab.pdf");
  });
  it("answers null for a malformed X-File-Name encoding instead of throwing", () => {
    expect(parseFileNameHeader("%E0%A4%A")).toBeNull();
    expect(parseFileNameHeader("%ED%A0%80.pdf")).toBeNull();
    expect(parseFileNameHeader("%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.pdf")).toBe("паспорт.pdf");
    expect(parseFileNameHeader("passport%E2%80%AEgpj.pdf")).toBe("passportgpj.pdf");
    expect(parseFileNameHeader(null)).toBe("file");
  });
});
