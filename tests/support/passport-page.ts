import fs from "node:fs";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { buildTd3Lines, type Td3Data } from "@/lib/passport/mrz-build";

// A synthetic passport data page (ICAO TD3, 125 × 88 mm) for the accuracy bench and the e2e test:
// a printed header, a photo box and visual fields, and the MRZ in OCR-B at the ICAO pitch of
// 2.54 mm. The font comes from Debian's fonts-ocr-b (installed by .ci/run).

const OCR_B_PATHS = ["/usr/share/fonts/opentype/ocr-b/OCRB.otf", "/usr/share/fonts/truetype/ocr-b/OCRB.ttf"];
let fontReady = false;

function ensureFont(): void {
  if (fontReady) return;
  const file = [process.env.OCR_B_FONT, ...OCR_B_PATHS].find((candidate) => candidate && fs.existsSync(candidate));
  if (!file) throw new Error("The OCR-B font was not found: apt-get install fonts-ocr-b (or set OCR_B_FONT)");
  GlobalFonts.registerFromPath(file, "OCRB");
  fontReady = true;
}

export type PageOptions = {
  dpi?: number;
  rotateDegrees?: number;
  jpegQuality?: number;
  withMrz?: boolean;
  format?: "jpeg" | "png";
  /** Print these MRZ lines instead of the ones the data give (a tampered zone). */
  mrzOverride?: [string, string];
};

export function renderPassportPage(data: Td3Data, options: PageOptions = {}): Buffer {
  ensureFont();
  const { dpi = 300, rotateDegrees = 0, jpegQuality = 85, withMrz = true, format = "jpeg", mrzOverride } = options;
  const mm = (value: number) => (value / 25.4) * dpi;
  const canvas = createCanvas(Math.round(mm(125)), Math.round(mm(88)));
  const g = canvas.getContext("2d");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.translate(canvas.width / 2, canvas.height / 2);
  g.rotate((rotateDegrees * Math.PI) / 180);
  g.translate(-canvas.width / 2, -canvas.height / 2);
  // The page itself, a little smaller than the scan, on a tinted background.
  g.fillStyle = "#eef2ea";
  g.fillRect(mm(1), mm(1), mm(123), mm(86));
  g.fillStyle = "#1d3557";
  g.font = `bold ${mm(3.2)}px sans-serif`;
  g.fillText(`PASSPORT · ${data.issuingState}`, mm(38), mm(9));
  g.fillStyle = "#c9ccd1";
  g.fillRect(mm(5), mm(14), mm(30), mm(40));
  g.fillStyle = "#333";
  const visual: [string, string][] = [
    ["Surname", data.surname],
    ["Given names", data.givenNames],
    ["Nationality", data.nationality],
    ["Date of birth", data.birthDate],
    ["Sex", data.sex],
    ["Date of expiry", data.expiryDate],
    ["Passport No.", data.documentNumber],
  ];
  visual.forEach(([label, value], i) => {
    g.font = `${mm(1.8)}px sans-serif`;
    g.fillText(label, mm(40), mm(16 + i * 7));
    g.font = `bold ${mm(2.6)}px sans-serif`;
    g.fillText(value.toUpperCase(), mm(40), mm(19.5 + i * 7));
  });
  if (withMrz) {
    const lines = mrzOverride ?? buildTd3Lines(data);
    g.fillStyle = "#000";
    g.font = `${mm(3.4)}px OCRB`;
    lines.forEach((line, row) => {
      for (let i = 0; i < line.length; i++) g.fillText(line[i], mm(6) + mm(2.54) * i, mm(74 + row * 6.5));
    });
  }
  return format === "png" ? canvas.toBuffer("image/png") : canvas.toBuffer("image/jpeg", jpegQuality);
}
