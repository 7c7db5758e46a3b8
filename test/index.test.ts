/** gongbao as a library: what `import … from 'gongbao'` gives (package.json exports → dist/index.js). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../src/index.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';

describe('the library entry point', () => {
  it('exports the parse functions and the input error, nothing else at run time', () => {
    expect(Object.keys(api).sort()).toEqual(['InputError', 'parseBytes', 'parseGazette', 'parseSource']);
  });
  it('parseBytes reads a PDF and parseGazette a text, to the same contract', async () => {
    const pdf = await api.parseBytes('n.pdf', readFileSync(join(FIXTURES, 'pdf', 'nea_sdb_lujianneng_2024_35_notice_joint3.pdf')));
    const text = api.parseGazette({ text: '某市人民政府关于某某工作的通知\n某政发〔2024〕3号\n各区人民政府：\n现将有关事项通知如下。\n某市人民政府\n2024年3月1日\n', path: 'n.txt' });
    expect(pdf.result.issues[0].documents[0].docNumber).toBe('鲁监能市场〔2024〕35号');
    expect(text.issues[0].documents[0].docNumber).toBe('某政发〔2024〕3号');
  });
  it('package.json points its main export at the compiled entry and ships the licence', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.files).toContain('LICENSE');
    expect(pkg.optionalDependencies).toBeUndefined(); // nothing whose install script can wait on a prompt
  });
});
