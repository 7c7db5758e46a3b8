#!/usr/bin/env node
// Held-out texts reshaped into the forms archives hold them in, each with its reading, so one reading scores a text
// in every form: `node scripts/reshapeTexts.mjs TEXTS_DIR GOLD_DIR OUT_DIR [SHAPE…]`. For each TEXTS_DIR/NAME.txt with
// GOLD_DIR/NAME.json (the format of ../shared/seeds/annotations) it writes OUT_DIR/SHAPE/texts/NAME.EXT and
// OUT_DIR/SHAPE/gold/NAME.json; score each with `node scripts/scoreFolder.mjs OUT_DIR/SHAPE/texts OUT_DIR/SHAPE/gold`.
// The shapes (what a converter, a crawler or a site does to a text; its content is unchanged, so the reading holds):
//   html        a saved page, each line a <p>, navigation before and a footer after
//   mdhtml      markdown whose paragraphs are inline HTML (<p><b>第一条</b>&emsp;…), the title in front matter
//   wordhtml    Word's web page: digits in spans of their own, the source wrapped mid-sentence
//   trad        traditional characters (a converting mirror site; the reading converted alike)
//   word        Word's text: CRLF, ideographic-space indents, NBSP runs
//   wrap        every line over 35 characters hard-wrapped
//   pwrap       paragraphs hard-wrapped at 28 characters, a GB/T 9704 line (pdftotext)
//   spans       a crawler's export, every run of digits or Latin letters a line of its own
//   chrome      page navigation and footer lines around the text
//   frontmatter YAML front matter with the title and date, the printed title line taken out
//   flat        every line end turned to a space (a page saved as one line)
// A shape that loses a reading's field (frontmatter takes out the title line the reading was made from) says so in
// its own failures: read them before taking a lower score for a defect.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import * as OpenCC from 'opencc-js';

const [textsDir, goldDir, out, ...only] = process.argv.slice(2);
if (!textsDir || !goldDir || !out) {
  console.error('usage: node scripts/reshapeTexts.mjs TEXTS_DIR GOLD_DIR OUT_DIR [SHAPE…]');
  process.exit(2);
}
for (const dir of [textsDir, goldDir]) {
  if (!existsSync(dir)) {
    console.error(`reshapeTexts: ${dir}: no such folder`);
    process.exit(2);
  }
}
const pairs = [];
for (const f of readdirSync(textsDir).sort()) {
  if (extname(f) !== '.txt') continue;
  const stem = basename(f, '.txt');
  const g = join(goldDir, `${stem}.json`);
  if (!existsSync(g)) continue;
  pairs.push({ stem, text: readFileSync(join(textsDir, f), 'utf8').replace(/\r\n?/g, '\n'), gold: JSON.parse(readFileSync(g, 'utf8')) });
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Every string of a reading converted by f, but its name and notes. */
const mapStrings = (v, f) => {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'seed' || k === 'notes' ? x : mapStrings(x, f)]));
  return v;
};
const lines = (t) => t.split('\n');
/** A line cut into pieces of `width` characters (by code point). */
const hardWrap = (line, width) => {
  const chars = [...line];
  const out = [];
  for (let i = 0; i < chars.length || i === 0; i += width) out.push(chars.slice(i, i + width).join(''));
  return out.join('\n');
};

/** Word's HTML: every run of digits in a span of another font, the source wrapped near 76 columns. */
function wordParagraph(line) {
  const inner = esc(line).replace(/([0-9]+)/g, `<span lang=EN-US style='font-family:"Times New Roman"'>$1</span>`);
  let out = '';
  let col = 0;
  for (const ch of `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${inner}</span></p>`) {
    out += ch;
    col++;
    // after a tag near the margin, or inside Chinese text a little past it (a newline HTML reads as a space)
    if ((col >= 76 && ch === '>') || (col >= 90 && /[\u4e00-\u9fff]/.test(ch))) {
      out += '\n';
      col = 0;
    }
  }
  return out;
}

/** The reading's title line taken out of the text, the title and date put in front matter. */
function frontMatterOnly(t, g) {
  const d = g.documents[0] ?? {};
  const plain = (s) => s.replace(/\s/g, '').replace(/[《》]/g, '');
  const rest = lines(t);
  const at = d.title ? rest.findIndex((l) => plain(l) === plain(d.title)) : -1;
  if (at >= 0) rest.splice(at, 1);
  const date = d.signDate ? `\ndate: ${d.signDate}` : '';
  return `---\ntitle: "${d.title ?? ''}"${date}\ncategories: [政策文件]\n---\n\n${rest.join('\n')}\n`;
}

const NAV = '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcwj/">政策文件</a></div>';
const FOOTER = '<div class="footer"><p>主办单位：某某人民政府办公室</p><p>网站标识码：1234000001</p></div>';
const CHROME_ABOVE = ['首页 | 政务公开 | 政务服务 | 互动交流', '当前位置：首页 > 政务公开 > 政策文件 > 规范性文件', '【字体：大 中 小】 打印本页 关闭窗口', '分享到：', ''];
const CHROME_BELOW = ['', '【打印本页】 【关闭窗口】', '相关链接：', '版权所有：某某人民政府办公室 主办单位：某某人民政府办公室', '网站标识码：1234000001 某ICP备12345678号 某公网安备 12345678901234号', '联系电话：0123-12345678'];

const shapes = {
  html: (t) => {
    const title = esc(lines(t).find((l) => l.trim()) ?? '');
    const body = lines(t).map((l) => (l.trim() ? `<p>${esc(l)}</p>` : '')).join('\n');
    return { ext: 'html', text: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>\n${NAV}\n<div class="article">\n${body}\n</div>\n${FOOTER}\n</body></html>\n` };
  },
  mdhtml: (t, g) => {
    const article = (l) => `<p>${esc(l.trim()).replace(/^(第[一二三四五六七八九十百]+条)\s*/, '<b>$1</b>&emsp;')}</p>`;
    return { ext: 'md', text: `---\ntitle: "${g.documents[0]?.title ?? ''}"\nlayout: post\n---\n\n${lines(t).filter((l) => l.trim()).map(article).join('\n\n')}\n` };
  },
  wordhtml: (t) => ({ ext: 'html', text: `<html><head><meta charset="utf-8"></head><body><div class="WordSection1">\n${lines(t).filter((l) => l.trim()).map(wordParagraph).join('\n\n')}\n</div></body></html>\n` }),
  trad: (t) => ({ ext: 'txt', text: s2t(t) }),
  word: (t) => ({ ext: 'txt', text: lines(t).map((l) => (/^[\u4e00-\u9fff（]/.test(l) && l.length > 30 ? '\u3000\u3000' + l : l.replace(/ {2,}/g, (m) => '\u00a0'.repeat(m.length)))).join('\r\n') }),
  wrap: (t) => ({ ext: 'txt', text: lines(t).map((l) => hardWrap(l, 35)).join('\n') }),
  // (a paragraph: 40 characters or more, two clause marks, no indent)
  pwrap: (t) => ({ ext: 'txt', text: lines(t).map((l) => (l.length >= 40 && (l.match(/[，。；,]/g) ?? []).length >= 2 && !/^\s/.test(l) ? hardWrap(l, 28) : l)).join('\n') }),
  spans: (t) => ({ ext: 'txt', text: lines(t).map((l) => l.split(/([0-9A-Za-z.]+)/).filter((x) => x !== '').join('\n')).join('\n') }),
  chrome: (t) => ({ ext: 'txt', text: [...CHROME_ABOVE, t, ...CHROME_BELOW].join('\n') }),
  frontmatter: (t, g) => ({ ext: 'md', text: frontMatterOnly(t, g) }),
  flat: (t) => ({ ext: 'txt', text: lines(t).map((l) => l.trim()).filter(Boolean).join(' ') + '\n' }),
};
const names = only.length ? only : Object.keys(shapes);
const unknown = names.filter((n) => !shapes[n]);
if (unknown.length) {
  console.error(`reshapeTexts: no shape ${unknown.join(', ')} (shapes: ${Object.keys(shapes).join(', ')})`);
  process.exit(2);
}
for (const name of names) {
  mkdirSync(join(out, name, 'texts'), { recursive: true });
  mkdirSync(join(out, name, 'gold'), { recursive: true });
  for (const p of pairs) {
    const r = shapes[name](p.text, p.gold);
    writeFileSync(join(out, name, 'texts', `${p.stem}.${r.ext}`), r.text);
    writeFileSync(join(out, name, 'gold', `${p.stem}.json`), JSON.stringify(name === 'trad' ? mapStrings(p.gold, s2t) : p.gold));
  }
}
console.log(`${pairs.length} texts x ${names.length} shapes -> ${out}`);
