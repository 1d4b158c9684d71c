// Pure: a scanned page's pixels made easier to read. The red of the unit's stamp (con dấu) is
// taken out before anything else — it lies over the signer's name and the date, and Tesseract
// reads its ring as letters; table rules are taken out after the page is straightened, because
// Tesseract drops a bordered table as a picture. Nothing here knows about files or Tesseract.

export type Gray = { width: number; height: number; data: Uint8Array };

/** How much redder than its other channels a pixel must be to count as stamp ink. */
const STAMP_REDNESS = 60;

/**
 * RGBA → gray, with stamp-red pixels turned white. Black text under the stamp stays: a pixel
 * that is dark in every channel is text whatever ink lies on it; blue ink (the signature) stays.
 */
export function grayWithoutRed(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) {
    const r = rgba[i] ?? 255;
    const g = rgba[i + 1] ?? 255;
    const b = rgba[i + 2] ?? 255;
    data[j] = r - Math.max(g, b) > STAMP_REDNESS ? 255 : Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width, height, data };
}

/** Otsu's threshold: the gray level that best splits ink from paper on this page (ink is at or below it). */
export function otsu(g: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of g.data) hist[v] = (hist[v] ?? 0) + 1;
  const total = g.data.length;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * (hist[t] ?? 0);
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let level = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t] ?? 0;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * (hist[t] ?? 0);
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      level = t;
    }
  }
  return level;
}

/**
 * The page's skew in degrees (positive: the text runs down to the right), from the angle at which
 * the rows of ink line up best (sharpest row profile), searched within ±maxDeg.
 */
export function skewAngle(g: Gray, maxDeg = 4, stepDeg = 0.1): number {
  const step = Math.max(1, Math.ceil(g.width / 900));
  const level = otsu(g);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < g.height; y += step) {
    for (let x = 0; x < g.width; x += step) {
      if ((g.data[y * g.width + x] ?? 255) <= level) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 50) return 0;
  const rows = Math.ceil(g.height / step) + Math.ceil((g.width * Math.tan((maxDeg * Math.PI) / 180)) / step) * 2 + 2;
  const offset = Math.floor(rows / 2);
  let bestScore = -1;
  let bestDeg = 0;
  for (let deg = -maxDeg; deg <= maxDeg + 1e-9; deg += stepDeg) {
    const t = Math.tan((deg * Math.PI) / 180);
    const hist = new Float64Array(rows);
    for (let k = 0; k < xs.length; k++) {
      const row = Math.round(((ys[k] as number) - (xs[k] as number) * t) / step) + offset - Math.floor(g.height / step / 2);
      if (row >= 0 && row < rows) hist[row] = (hist[row] ?? 0) + 1;
    }
    let score = 0;
    for (let r = 1; r < rows; r++) score += ((hist[r] ?? 0) - (hist[r - 1] ?? 0)) ** 2;
    // Ties go to the smaller angle: a straight page stays as it is.
    if (score > bestScore * 1.0001 || (Math.abs(score - bestScore) <= bestScore * 0.0001 && Math.abs(deg) < Math.abs(bestDeg))) {
      bestScore = score;
      bestDeg = deg;
    }
  }
  return Math.round(bestDeg * 10) / 10;
}

/**
 * Long straight runs of ink — table borders, the rule under "Độc lập - Tự do - Hạnh phúc" — made
 * white. A run of ink this long is never part of a letter. Returns a new image.
 */
export function removeRules(g: Gray): Gray {
  const { width: w, height: h } = g;
  const data = Uint8Array.from(g.data);
  const level = otsu(g);
  const dark = (i: number): boolean => (g.data[i] ?? 255) <= level;
  const minH = Math.max(40, Math.round(w / 8));
  const minV = Math.max(40, Math.round(h / 25));
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const on = x < w && dark(y * w + x);
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start >= minH) data.fill(255, y * w + start, y * w + x);
        start = -1;
      }
    }
  }
  for (let x = 0; x < w; x++) {
    let start = -1;
    for (let y = 0; y <= h; y++) {
      const on = y < h && dark(y * w + x);
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start >= minV) for (let k = start; k < y; k++) data[k * w + x] = 255;
        start = -1;
      }
    }
  }
  return { width: w, height: h, data };
}

/** Binary PGM: the simplest image Tesseract's Leptonica reads, with no encoder needed. */
export function toPgm(g: Gray): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${g.width} ${g.height}\n255\n`, 'latin1'), Buffer.from(g.data.buffer, g.data.byteOffset, g.data.byteLength)]);
}
