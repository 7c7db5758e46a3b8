// Worst cases by size: each shape repeated to 10 KB … 10 MB and parsed once, each case in a process of its own so
// its peak memory is its own; seconds and peak RSS per shape and size. Run with `npm run bench` (or
// `node bench/worstcase.mjs` after a build; WORST_SIZES=1e6,10e6 and WORST_ONLY=<shape substring> narrow it).
// Results: bench/RESULTS.md ("Worst cases by size").
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const FIXTURE = new URL('../fixtures/002_7843dfa62b2db2f4.txt', import.meta.url);

// each shape: a unit repeated to the size (text, or a function of the size), and the path that gives its format
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
  'pipes after a table header': { head: '| a | b |\n|---|---|\n', unit: '|' },
  'nested quotes': '> ',
  'doubled-glyph runs': '（（一一））主要目标主要目标\n',
  '发文字号 lines': '某政发〔2023〕1号\n',
  'GFM table rows': { head: '| 乡镇 | 责任人 | 职务 |\n| --- | --- | --- |\n', unit: '| 某某镇 | 张某 | 镇长 |\n' },
  'web metadata lines': '发文字号：某政发〔2023〕1号\n',
  'web page buttons': '【打印】【关闭】\n',
  // a breadcrumb's arrows run on: a trail pattern whose steps may hold arrows backtracked exponentially (2 s a line of 100)
  'arrow runs after a position label': `当前位置:${'>'.repeat(300)}\n`,
  // a line ending in a pipe after a long run of spaces: a pattern anchored at the end costs n² on it (2 s at 50 KB)
  'spaces before a closing pipe': { head: '|', unit: ' ' },
  // article labels after characters on one line: each label's heading read to the line's end cost n² (0.9 s at 140 KB)
  'article labels run on': '某某某第一条 ',
  'doubled titles': '某某某某市市人人民民政政府府关关于于某某事事的的通通知知\n',
  // text as it comes (#23, #25)
  'a real text on one line': { unit: () => readFileSync(FIXTURE, 'utf8').replace(/\r?\n/g, '') },
  'one line without sentence ends': '今年以来全市经济运行总体平稳主要指标好于预期，',
  'citation run on one line': '《某市促进就业若干措施》（某政发〔2021〕12号）、',
  'articles on one line': '第一条 为了规范管理，根据本办法第二条制定本办法。',
  'blank-line flood (markdown)': { head: '# 标题\n', unit: '\n', path: 'x.md' },
  'ideographic-space lines (markdown)': { head: '# 标题\n', unit: '\u3000\u3000\n', path: 'x.md' },
  'GFM table of 3,000 columns': { head: `|${' 乡镇 |'.repeat(3000)}\n|${'---|'.repeat(3000)}\n`, unit: `|${' 张某 |'.repeat(3000)}\n`, path: 'x.md' },
  'invisible characters everywhere': '某\u200b政\u200d发〔2023〕\u20601号\n',
  // a document's plain text pasted into one container, a source line a line of it (#24)
  'plain text in one HTML container': { head: '<!DOCTYPE html><html><body><div>', unit: '各区要按照要求开展自查工作。\n<b>一、某某工作</b>\n', path: 'x.html' },
  // a notice run together without its line ends: 主送, items after colons, a field before the 主送 (#24)
  'a notice run together on one line': '来源：某某部各区人民政府：现将有关事项通知如下：一、某某工作。二、某某工作。某市人民政府2023年1月5日',
  // characters an extractor or a character set damaged (#24): a space after every character, ? for no-break spaces
  'a line spaced character by character': '某 市 人 民 政 府 关 于 某 事 的 通 知 各 区 人 民 政 府 ， 现 将 有 关 事 项 通 知 如 下 。 ',
  '? for lost no-break spaces': '某市人民政府????????\n第一章?总?则\n',
  // a report that prints a notice after 全文如下, its line ends lost (#24)
  'a notice after 全文如下 on one line': '全文如下:某市人民政府关于某事的通知各区人民政府:现将有关事项通知如下:一、某某。二、某某。',
  // a law database's records, each head its name, the maker's line and the title again (#24)
  'law database record heads': '关于开展某某示范工作的通知\n某某部\n关于开展某某示范工作的通知\n为推进某某工作，现将有关事项通知如下。\n',
  // items run on after a list of names, a sequence that goes on without marks (#24)
  'items run on after names': { head: '现将有关事项通知如下：一、某某工作。二、组成人员组长：张某某副市长', unit: '三、四家某某单位成员李某某局长' },
  // a hard-wrapped mirror page: line ends inside its pinyin glosses (#24)
  'glosses wrapped across lines': '加強政務(w\nù)誠信建設(shè)\n',
  // a text file whose body is one line of <p> paragraphs (a database export's field), read as HTML (#24)
  'a line of block HTML in a text file': { head: '文号：某政发〔2018〕13号\n', unit: '<p>各市、县人民政府：</p><p>现将《某某方案》印发给你们。</p><p style="text-align: right;">某某省人民政府</p>' },
  // notices run together on one line, the year lost from their numbers and dates, titles glued to their bodies (#24)
  'notices run together, years lost': '关于加强某事防控措施的紧急通告某防领〔〕10号为全力做好某事工作,现紧急通告如下:一、自年2月5日起暂停营运。恳请广大市民理解支持!某市某事防控工作领导小组年2月5日',
  // short lines of a weather widget, each with a temperature (only the top of a text is asked) (#24)
  'weather widget lines': '某市\n36°\n多云\n',
  // a forum post's anti-copy runs glued to its lines (#24, session 8)
  'forum jammer runs': '8 ^/ ?2 @& l5 P某市:某事安排+ k\' a8 Z1 O/ H\n',
  // titles glued to their 主送, their first sentence or their 题注, a line each (#24, session 8)
  'titles glued to 主送 and first sentences': '关于做好某事工作的通知各区人民政府：为推进某事,现通知如下。\n关于禁止某事的通告为推进某事,现通告如下:\n',
  'titles glued to 题注 and body': '某某常务委员会关于批准某年决算的决议(2007年6月29日某某会议通过)某某会议听取了报告。\n',
  // a report's lead of any length before 全文如下 (#24, session 8)
  'a long report before 全文如下': '某某部门近日联合发布通告，要求各地做好工作。\n',
  // a law database's fields in black brackets (#24, session 8)
  'black-bracket field labels': '•【字号】某政通〔2020〕3号\n•【制定机关】某市人民政府\n',
  'HTML on one line': { head: '<!DOCTYPE html><html><head><title>某市人民政府</title></head><body>', unit: '<p>某市人民政府关于某事的通知</p><p>某政发〔2023〕1号</p><p>一、总体要求<br>第一条 为了规范管理，制定本办法。</p>', path: 'x.html' },
};
const SIZES = [10e3, 100e3, 1e6, 10e6];

function textOf(shape, size) {
  const s = typeof shape === 'string' ? { unit: shape } : shape;
  const unit = typeof s.unit === 'function' ? s.unit() : s.unit;
  return { text: (s.head ?? '') + unit.repeat(Math.ceil(size / Buffer.byteLength(unit))), path: s.path ?? 'x.txt' };
}

if (process.argv[2] === '--one') {
  // one case: warm up on 10 KB of the shape, parse the size, print seconds, peak RSS and notes as JSON
  const { parseGazette } = await import('../dist/parse.js');
  const shape = SHAPES[process.argv[3]];
  const size = Number(process.argv[4]);
  const warm = textOf(shape, 10e3);
  parseGazette({ text: warm.text, path: warm.path });
  const { text, path } = textOf(shape, size);
  const t0 = performance.now();
  let note = '';
  try {
    const r = parseGazette({ text, path });
    if (r.warnings.some((w) => w.code === 'markdown-simplified')) note += '†';
    if (r.warnings.some((w) => w.code === 'long-line-cut')) note += '‡';
  } catch (e) {
    note = ` ERROR ${e.message.slice(0, 40)}`;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ seconds, rssMB: process.resourceUsage().maxRSS / 1024, note }));
  process.exit(0);
}

const only = process.env.WORST_SIZES ? process.env.WORST_SIZES.split(',').map(Number) : SIZES;
const pick = process.env.WORST_ONLY;
const rows = [];
for (const name of Object.keys(SHAPES)) {
  if (pick && !name.includes(pick)) continue;
  const cells = [];
  for (const size of only) {
    let cell;
    try {
      const out = execFileSync(process.execPath, [SELF, '--one', name, String(size)], { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
      const r = JSON.parse(out.trim().split('\n').pop());
      cell = `${r.seconds.toFixed(2)} s, ${Math.round(r.rssMB)} MB${r.note}`;
    } catch (e) {
      cell = e.signal ? `killed (${e.signal})` : `exit ${e.status}`;
    }
    cells.push(cell);
  }
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
  console.error(rows[rows.length - 1]);
}
console.log(`| shape | ${only.map((s) => (s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`)).join(' | ')} |`);
console.log(`|---|${only.map(() => '---').join('|')}|`);
for (const r of rows) console.log(r);
console.log('\n† read line by line instead of by remark (markdown-simplified) · ‡ a line over 5,000 characters cut into pieces (long-line-cut) · seconds of the parse, peak RSS of the process (Node start and modules ~60 MB)');
