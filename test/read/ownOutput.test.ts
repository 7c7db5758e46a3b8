import { describe, expect, it } from 'vitest';
import { ownOutputVersion } from '../../src/read/ownOutput.js';

describe('ownOutputVersion', () => {
  it.each([
    ['a pretty parse result', '{\n  "schemaVersion": 1,\n  "generator": {', 1],
    ['NDJSON of parse results', '{"schemaVersion":1,"generator":{"name":"gongbao"}}\n{"schemaVersion":1,', 1],
    ['a future version', '{ "schemaVersion": 2, "issues": []', 2],
  ])('%s', (_name, text, version) => expect(ownOutputVersion(text)).toBe(version));
  it.each([['a gazette text', '某市人民政府公报\n2023年第3期'], ['other JSON', '{"title": "某市人民政府关于某事的通知"}'], ['the key later in the text', '{"id": 1, "schemaVersion": 1,']])('must not fire: %s', (_name, text) => expect(ownOutputVersion(text)).toBeNull());
});
