/**
 * The Chinese characters of a text as a character-class range: the unified ideographs, their extension A and the
 * compatibility ideographs. A plain range is much cheaper to match than the script property (`\p{Script=Han}`) on
 * every line of a long text; the rare characters of the supplementary planes are not needed to tell a text's shape.
 */
export const HAN_RANGE = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
