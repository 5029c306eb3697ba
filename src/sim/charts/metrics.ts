// Advance widths of DejaVu Sans (regular and bold) in em, read from the font's hmtx table, so Vega lays out
// text in Node (no canvas to measure with) close to how resvg then draws it.

const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00e0\u00e1\u00e2\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f1\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc\u20ac\u00b7\u2013\u2014\u2019\u2018\u201c\u201d%';
// biome-ignore format: data table
const REGULAR = [0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838, 0.613, 0.613, 0.613, 0.613, 0.55, 0.615, 0.615, 0.615, 0.615, 0.278, 0.278, 0.278, 0.278, 0.634, 0.612, 0.612, 0.612, 0.612, 0.634, 0.634, 0.634, 0.634, 0.636, 0.318, 0.5, 1.0, 0.318, 0.318, 0.518, 0.518, 0.95];
// biome-ignore format: data table
const BOLD = [0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415, 0.38, 0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838, 0.838, 0.838, 0.58, 1.0, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5, 0.5, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838, 0.675, 0.675, 0.675, 0.675, 0.593, 0.678, 0.678, 0.678, 0.678, 0.343, 0.343, 0.343, 0.343, 0.712, 0.687, 0.687, 0.687, 0.687, 0.712, 0.712, 0.712, 0.712, 0.696, 0.38, 0.5, 1.0, 0.38, 0.38, 0.657, 0.657, 1.002];

const regular = new Map<string, number>();
const bold = new Map<string, number>();
[...CHARS].forEach((ch, i) => {
  regular.set(ch, REGULAR[i]!);
  bold.set(ch, BOLD[i]!);
});
// Unlisted characters take the width of a typical lowercase letter.
const FALLBACK = { regular: 0.62, bold: 0.69 };

/** Width in pixels of `text` set in DejaVu Sans at `fontSize`. */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  const table = isBold ? bold : regular;
  const fallback = isBold ? FALLBACK.bold : FALLBACK.regular;
  let em = 0;
  for (const ch of text) em += table.get(ch) ?? fallback;
  return em * fontSize;
}
