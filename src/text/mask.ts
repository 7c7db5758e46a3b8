/**
 * The characters a template, a writing guide or an exam puts for a figure or a name it leaves out (××省人民政府,
 * xx市公安局, ×政发[2015]63号, 20xx年, 二0一*年): read where a figure or a Chinese character of a name stands.
 */
// ×, x, X (half- and full-width), *, ＊ — 某 masks too, but it is a Chinese character every rule already reads
export const MASK_CHARS = '×xXｘＸ*＊';
