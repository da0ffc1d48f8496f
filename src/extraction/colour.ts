/**
 * Colours as a reader perceives them: whether text stands out from what lies under it.
 * Shared by the PDF and DOCX hidden-text checks.
 */

/** An sRGB colour, channels 0-255. */
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];

/**
 * Below this WCAG 2 contrast ratio text is as good as invisible. White on white is 1; #eeeeee on
 * white is 1.16; light grey #d3d3d3 on white, faint but readable, is 1.5; black on white is 21.
 */
export const MIN_VISIBLE_CONTRAST = 1.25;

/** Parses `#rrggbb` or `rrggbb` (any case); null for anything else. */
export function parseHexColour(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** The WCAG 2 contrast ratio of two colours, from 1 (identical) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Whether text in `ink` can be told apart from `background`. */
export function isLegible(ink: Rgb, background: Rgb): boolean {
  return contrastRatio(ink, background) >= MIN_VISIBLE_CONTRAST;
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
