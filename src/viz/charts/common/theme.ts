/**
 * Colours and type shared by every chart. Colours are Okabe and Ito's palette (2008), which
 * stays distinguishable with every common colour-vision deficiency; text is dark grey on white
 * (contrast above 12:1) and sized for a projector at the back of a classroom.
 */
export const COLOURS = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  orange: '#E69F00',
  sky: '#56B4E9',
  grey: '#999999',
  text: '#1d2330',
  mutedText: '#4a5263',
  axis: '#6b7280',
  grid: '#e3e6ec',
  background: '#ffffff',
} as const;

/** The system font stack: no web fonts to fetch, and the export names the same fonts. */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Font sizes in CSS pixels (the viewBox is kept at the on-screen size, so these are real pixels). */
export const FONT_SIZE = { title: 18, label: 15, tick: 14, note: 14 } as const;
