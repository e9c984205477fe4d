import { createCanvas, loadImage, type Canvas } from "@napi-rs/canvas";

// Prepares a scan for the OCR engine: a working size where MRZ characters are ~40 px high,
// grey, straightened (scans come in a few degrees off), and cut to the band the MRZ sits in.

const WORK_WIDTH = 1600;
const MAX_SKEW_DEGREES = 8;

export async function canvasFromImage(data: Buffer): Promise<Canvas> {
  const image = await loadImage(data);
  const scale = WORK_WIDTH / image.width;
  const canvas = createCanvas(WORK_WIDTH, Math.max(1, Math.round(image.height * scale)));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

export function resize(source: Canvas, width: number): Canvas {
  const canvas = createCanvas(width, Math.max(1, Math.round((source.height * width) / source.width)));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Dark pixels of a small copy, as (x, y) pairs: enough to find the angle of the text lines. */
function darkPoints(source: Canvas): { xs: Float32Array; ys: Float32Array; height: number } {
  const small = resize(source, 400);
  const { data, width, height } = small.getContext("2d").getImageData(0, 0, small.width, small.height);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += data[i] * 0.3 + data[i + 1] * 0.59 + data[i + 2] * 0.11;
  const threshold = (sum / (data.length / 4)) * 0.6;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] * 0.3 + data[i + 1] * 0.59 + data[i + 2] * 0.11 < threshold) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs: Float32Array.from(xs), ys: Float32Array.from(ys), height };
}

/** The skew in degrees: the angle whose row profile of dark pixels is most peaked (text lines). */
export function estimateSkew(source: Canvas): number {
  const { xs, ys, height } = darkPoints(source);
  if (xs.length < 50) return 0;
  let best = { angle: 0, score: -1 };
  for (let tenth = -MAX_SKEW_DEGREES * 4; tenth <= MAX_SKEW_DEGREES * 4; tenth++) {
    const angle = tenth / 4;
    const radians = (angle * Math.PI) / 180;
    const [sin, cos] = [Math.sin(radians), Math.cos(radians)];
    const bins = new Float64Array(height * 2 + 400);
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i] * cos - xs[i] * sin) + 200 + height / 2]++;
    let score = 0;
    for (const count of bins) score += count * count;
    if (score > best.score) best = { angle, score };
  }
  return best.angle;
}

/** The image turned by -skew degrees about its centre, on white. */
export function straighten(source: Canvas, skewDegrees: number): Canvas {
  if (skewDegrees === 0) return source;
  const canvas = createCanvas(source.width, source.height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((-skewDegrees * Math.PI) / 180);
  context.drawImage(source, -source.width / 2, -source.height / 2);
  return canvas;
}

/** A horizontal band of the image (fractions of its height), grey, as PNG for the OCR engine. */
export function bandPng(source: Canvas, fromFraction: number, toFraction: number): Buffer {
  const top = Math.floor(source.height * fromFraction);
  const height = Math.max(1, Math.ceil(source.height * toFraction) - top);
  const canvas = createCanvas(source.width, height);
  const context = canvas.getContext("2d");
  context.filter = "grayscale(1)";
  context.drawImage(source, 0, top, source.width, height, 0, 0, source.width, height);
  return canvas.toBuffer("image/png");
}
