// Worst cases by size: each shape of line repeated to 10 KB … 10 MB, parsed once (after a small warm-up);
// seconds and MB/s per shape and size. Run with `npm run bench` (or `node bench/worstcase.mjs` after a build).
// Results: bench/RESULTS.md ("Worst cases by size").
import { parseGazette } from '../dist/parse.js';

const SHAPES = {
  'prose paragraphs': '今年以来，全市经济运行总体平稳，主要指标好于预期，各项工作有序推进。\n\n',
  'TOC-like lines': '某市人民政府关于某事的通知（某政发〔2023〕1号）……12\n',
  'repeated titles': '某市人民政府关于某事的通知\n\n',
  '附件 lines': '附件\n',
  'markdown headings': '# 第一章 总则\n\n',
  'table rows (tabs)': '1\t某市某局\t2023年\t完成\n',
  'markdown list items': '- 一、总体要求\n',
  'emphasis runs': '**内**',
  'bracket runs': '[内容](',
  'pipes after a table header': '|',
  'nested quotes': '> ',
  'doubled-glyph runs': '（（一一））主要目标主要目标\n',
  '发文字号 lines': '某政发〔2023〕1号\n',
  'GFM table rows': '| 某某镇 | 张某 | 镇长 |\n',
  'web metadata lines': '发文字号：某政发〔2023〕1号\n',
  'web page buttons': '【打印】【关闭】\n',
  'doubled titles': '某某某某市市人人民民政政府府关关于于某某事事的的通通知知\n',
};
const SIZES = [10e3, 100e3, 1e6, 10e6];
const only = process.env.WORST_SIZES ? process.env.WORST_SIZES.split(',').map(Number) : SIZES;

function textOf(name, unit, size) {
  const head = name === 'pipes after a table header' ? '| a | b |\n|---|---|\n' : name === 'GFM table rows' ? '| 乡镇 | 责任人 | 职务 |\n| --- | --- | --- |\n' : '';
  return head + unit.repeat(Math.ceil(size / Buffer.byteLength(unit)));
}

const rows = [];
for (const [name, unit] of Object.entries(SHAPES)) {
  parseGazette({ text: textOf(name, unit, 10e3), path: 'warm' });
  const cells = [];
  for (const size of only) {
    const text = textOf(name, unit, size);
    const t0 = performance.now();
    let note = '';
    try {
      const r = parseGazette({ text, path: 'x' });
      if (r.warnings.some((w) => w.code === 'markdown-simplified')) note = '†';
    } catch (e) {
      note = ` ERROR ${e.message.slice(0, 40)}`;
    }
    const s = (performance.now() - t0) / 1000;
    cells.push(`${s.toFixed(2)} s${note}`);
  }
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
  console.error(rows[rows.length - 1]);
}
console.log(`| shape | ${only.map((s) => (s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`)).join(' | ')} |`);
console.log(`|---|${only.map(() => '---').join('|')}|`);
for (const r of rows) console.log(r);
console.log('\n† read line by line instead of by remark (markdown-simplified warning)');
