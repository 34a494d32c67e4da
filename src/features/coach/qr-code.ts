import { encode } from 'uqr';

/*
 * The QR code of a coach's link, made on the device. Drawn from the code's own grid of
 * modules, as one SVG path or onto a canvas, so the page never inserts markup from a string.
 */

/** Four modules of light margin all round, as the QR standard asks, so any camera reads it. */
const QUIET_ZONE = 4;

export interface QrGrid {
  /** Modules a side, margin included. */
  size: number;
  /** One SVG path drawing every dark module, in module units. */
  path: string;
  dark: (x: number, y: number) => boolean;
}

export function qrGrid(text: string): QrGrid {
  // Medium error correction: a printed poster survives a crease or a smudge.
  const { data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const size = data.length;
  const parts: string[] = [];
  data.forEach((row, y) => row.forEach((isDark, x) => isDark && parts.push(`M${x} ${y}h1v1h-1z`)));
  return { size, path: parts.join(''), dark: (x, y) => data[y]?.[x] === true };
}

/** The code as an SVG file, to download. */
export const qrSvgFile = (grid: QrGrid) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${grid.size} ${grid.size}" width="${grid.size * 10}" height="${grid.size * 10}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${grid.path}" fill="#000"/></svg>\n`;

/** The code as a PNG, to download: each module a square of whole pixels, so it stays sharp. */
export function qrPngFile(grid: QrGrid, pixelsPerModule = 12): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = grid.size * pixelsPerModule;
  canvas.height = grid.size * pixelsPerModule;
  const context = canvas.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  for (let y = 0; y < grid.size; y += 1)
    for (let x = 0; x < grid.size; x += 1) if (grid.dark(x, y)) context.fillRect(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
