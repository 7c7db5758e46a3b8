/**
 * Seeded generator of hostile parse inputs: mutations of the fixtures (cut, shuffled, duplicated lines, markup
 * and brackets sprinkled in, bytes dropped) and grammar-built adversarial shapes (runs, nesting, repeated
 * headers). Shared by the fuzz test (bounded) and `npm run fuzz` (long run).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKUP = ['*', '**', '_', '[', ']', '(', ')', '](', '|', '`', '> ', '- ', '# ', '<!--', '-->', '（', '）', '〔', '〕', '\t', '\u3000', '\r', '\u0000', '\ufffd'];
const LINES = ['附件', '附件1', '目录', '第一章 总则', '第一条 为了规范管理，制定本办法。', '一、总体要求', '（一）指导思想', '某政发〔2023〕1号', '某市人民政府令', '第 12 号', '某市人民政府',
  '2023年7月12日', '（此件公开发布）', '各区人民政府：', '某市人民政府关于某事的通知', '（2020年1月1日某市人大常委会通过）', '某市人民政府公报', '2023年第3期', '抄送：某局。', '市长 王某某', '---', '专栏1 重点项目'];

export interface HostileInput {
  name: string;
  text: string;
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

// invisible format characters web text carries inside words and numbers
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u200e', '\u202a', '\u2066'];
// line ends other than LF
const LINE_ENDS = ['\u2028', '\u2029', '\u0085', '\v', '\f', '\r', '\r\n'];

/** Invisible characters put between the characters of a line, every few characters. */
function sprinkle(rnd: () => number, line: string): string {
  const every = 1 + Math.floor(rnd() * 6);
  let out = '';
  for (let i = 0; i < line.length; i++) out += line[i] + (i % every === every - 1 ? pick(rnd, INVISIBLE) : '');
  return out;
}

function mutate(rnd: () => number, text: string): string {
  let lines = text.split('\n');
  const start = Math.floor(rnd() * lines.length);
  lines = lines.slice(start, start + 50 + Math.floor(rnd() * 400));
  const ops = 1 + Math.floor(rnd() * 6);
  for (let o = 0; o < ops; o++) {
    const k = Math.floor(rnd() * lines.length);
    switch (Math.floor(rnd() * 9)) {
      case 6: lines[k] = sprinkle(rnd, lines[k] ?? pick(rnd, LINES)); break;
      // a run of lines joined with other line ends, or with none (a text saved on one line)
      case 7: lines.splice(k, 20, lines.slice(k, k + 20).join(pick(rnd, LINE_ENDS))); break;
      case 8: lines.splice(k, 200, lines.slice(k, k + 200).join('')); break;
      case 0: lines.splice(k, 0, ...Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => lines[k] ?? '')); break;
      case 1: lines[k] = (lines[k] ?? '') + pick(rnd, MARKUP).repeat(1 + Math.floor(rnd() * 200)); break;
      case 2: lines.splice(k, 0, pick(rnd, LINES)); break;
      case 3: lines.sort(() => rnd() - 0.5); break;
      case 4: lines[k] = (lines[k] ?? '').slice(0, Math.floor(rnd() * 20)); break;
      default: lines.splice(k, Math.floor(rnd() * 20)); break;
    }
  }
  return lines.join('\n');
}

const PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府</title></head><body>';

/** Adversarial shapes at a given size (characters). */
export function adversarial(size: number): HostileInput[] {
  const fill = (unit: string, head = '') => head + unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
  return [
    { name: 'dashes', text: fill('-') },
    { name: 'odd dash line', text: '-'.repeat(79) },
    { name: 'emphasis', text: fill('*内*') },
    { name: 'bold pairs', text: fill('**内**\n') },
    { name: 'brackets', text: fill('[内容](') },
    { name: 'backticks', text: fill('`') },
    { name: 'pipes', text: fill('|', '| a | b |\n|---|---|\n') },
    { name: 'nested quotes', text: fill('> ') },
    { name: 'nested lists', text: fill('- ') },
    { name: 'headings', text: fill('# 第一章 总则\n\n') },
    { name: '附件 lines', text: fill('附件\n') },
    { name: 'TOC lines', text: fill('某市人民政府关于某事的通知……12\n') },
    { name: 'titles', text: fill('某市人民政府关于某事的通知\n\n') },
    { name: 'numbers', text: fill('某政发〔2023〕1号\n') },
    { name: 'notes', text: fill('（2020年1月1日某市人大常委会通过\n') },
    { name: 'doubled glyphs', text: fill('（（一一））主要目标主要目标\n') },
    { name: 'one long line', text: fill('今年以来全市经济运行平稳') },
    { name: 'mastheads', text: fill('某市人民政府公报\n2023年第3期\n') },
    // text as it comes: lines of megabytes, floods, wide tables, other line ends, invisible characters
    { name: 'clauses on one line', text: fill('全市经济运行总体平稳主要指标好于预期，') },
    { name: 'citation run on one line', text: fill('《某市促进就业若干措施》（某政发〔2021〕12号）、') },
    { name: 'articles on one line', text: fill('第一条 为了规范管理，根据本办法第二条制定本办法。') },
    { name: 'documents on one line', text: fill('某市人民政府关于某事的通知某政发〔2023〕1号各区人民政府：现将有关事项通知如下。某市人民政府2023年1月5日（此件公开发布）') },
    { name: 'blank-line flood', text: fill('\n', '# 标题\n') },
    { name: 'ideographic-space lines', text: fill('\u3000\u3000\n', '# 标题\n') },
    { name: 'wide GFM table', text: ['乡镇', '---', '张某'].map((c) => `|${` ${c} |`.repeat(Math.max(3, Math.ceil(size / 24)))}`).join('\n') },
    { name: 'Unicode line ends', text: fill('某市人民政府关于某事的通知\u2028某政发〔2023〕1号\u2029各区人民政府：\u0085第一条 为了规范管理。\v') },
    { name: 'invisible characters', text: fill('某\u200b政\u200d发〔2023〕\u20601号\n第\u00ad一条\ufeff 为了规范管理。\n') },
    // saved web pages: on one line, nested deep, tags never closed, metadata tables, link lists
    { name: 'html on one line', text: fill('<p>某市人民政府关于某事的通知</p><p>某政发〔2023〕1号</p><p>一、总体要求<br>第一条 为了规范管理，制定本办法。</p>', PAGE) },
    { name: 'html nested deep', text: PAGE + '<div>'.repeat(Math.ceil(size / 10)) + '<p>某市人民政府关于某事的通知</p>' },
    { name: 'html unclosed', text: fill('<div><p><span>某市人民政府<b>关于', PAGE) },
    { name: 'html metadata table', text: fill('<tr><td>发文字号：</td><td>某政发〔2023〕1号</td><td>成文日期：</td><td>2023年2月30日</td></tr>\n', PAGE + '<table>') },
    { name: 'html links', text: fill('<a href="/x">首页</a> &gt; ', PAGE + '<nav>') },
    { name: 'comments before text', text: fill('        <!--startprint-->\n') + '某市人民政府关于某事的通知' },
  ];
}

/** `count` inputs from `seed`: fixture mutations, grammar-built texts, adversarial shapes of a few sizes. */
export function hostileInputs(seed: number, count: number, fixturesDir: string): HostileInput[] {
  const rnd = prng(seed);
  const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixturesDir, f), 'utf8'));
  // saved pages are mutated too (they are read as HTML by their opening)
  for (const f of readdirSync(join(fixturesDir, 'html')).filter((n) => n.endsWith('.html'))) fixtures.push(readFileSync(join(fixturesDir, 'html', f), 'utf8'));
  const out: HostileInput[] = [];
  for (let i = 0; out.length < count; i++) {
    const r = rnd();
    if (r < 0.6) out.push({ name: `mutation ${i}`, text: mutate(rnd, pick(rnd, fixtures)) });
    else if (r < 0.9) out.push({ name: `grammar ${i}`, text: Array.from({ length: 20 + Math.floor(rnd() * 300) }, () => pick(rnd, LINES)).join(rnd() < 0.5 ? '\n' : '\n\n') });
    else {
      const a = pick(rnd, adversarial(1000 + Math.floor(rnd() * 50_000)));
      out.push({ name: `${a.name} ${i}`, text: a.text });
    }
  }
  return out;
}

/** Bytes of a text with damage a file carries: bad sequences sprinkled in, a cut last byte, lines in GBK among UTF-8. */
export function hostileBytes(seed: number, count: number, fixturesDir: string, encodeGbk: (s: string) => Uint8Array): { name: string; bytes: Uint8Array }[] {
  const rnd = prng(seed);
  const texts = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixturesDir, f), 'utf8'));
  const BAD = [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0xff], [0x80], [0xe6, 0x9f], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff]];
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const text = pick(rnd, texts);
    const start = Math.floor(rnd() * text.length);
    const piece = text.slice(start, start + 2000 + Math.floor(rnd() * 20_000));
    const kind = Math.floor(rnd() * 4);
    const bytes: number[] = [];
    if (kind === 3) {
      // each line UTF-8 or GBK, at random
      for (const line of piece.split('\n')) {
        let b: Uint8Array;
        try {
          b = rnd() < 0.5 ? encodeGbk(line + '\n') : new TextEncoder().encode(line + '\n');
        } catch {
          b = new TextEncoder().encode(line + '\n');
        }
        for (const x of b) bytes.push(x);
      }
    } else {
      for (const x of new TextEncoder().encode(piece)) {
        bytes.push(x);
        if (kind === 0 && rnd() < 0.002) for (const y of pick(rnd, BAD)) bytes.push(y);
      }
      if (kind === 1) bytes.pop();
      if (kind === 2) for (let k = 0; k < 1 + rnd() * 5; k++) bytes.splice(Math.floor(rnd() * bytes.length), 0, ...pick(rnd, BAD));
    }
    out.push({ name: ['sprinkled bad sequences', 'cut last byte', 'a few bad sequences', 'mixed GBK and UTF-8 lines'][kind] + ` ${i}`, bytes: Uint8Array.from(bytes) });
  }
  return out;
}
