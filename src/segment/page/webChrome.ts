/**
 * Web page furniture saved with a document page: the breadcrumb, the page's buttons and its QR-code note, links
 * to download attached files, the site's footer and its copyright notice.
 * Such a line is never content; it is dropped with a reason.
 */
import { removeAllSpaces } from '../../text/normalize.js';
import { FILE_NAME_END } from '../../text/fileName.js';
import { SITE_REGISTRATION } from '../../text/siteRegistration.js';
import type { SourceLine } from '../../types.js';
import { linePieces } from '../../blocks/linePieces.js';

// the label of a page's position: 当前位置 / 您现在的位置 / 您当前的位置 / 您的当前位置 / 当前所在位置
const POSITION_LABEL = '您?的?(?:当前|现在|目前)?(?:所在)?的?位置';
// A breadcrumb: 首页 > 政务公开 > 政策文件 / 当前位置：首页 » 信息公开 / 您现在的位置：首页>文件 / 您当前的位置：首页 > …
const BREADCRUMB = new RegExp(`^(?:${POSITION_LABEL}[:：])?首页(?:[>＞»›→/]|&gt;)+[^。；，]{1,80}$`);
// …or a labelled position at the site's home, its page's name glued on or none: 您的当前位置:首页正文 / 当前位置：首页
const LABELLED_HOME = new RegExp(`^${POSITION_LABEL}[:：]首页[^。；，,：:]{0,10}$`);

// …or any trail labelled so, 首页 or not, in English too (You are here: AsianLII >> Databases >> 某省地方法规 >> 某某通知,
// 当前位置:党团工作 > 某县某某预案): a label, then two steps or more with arrows between them (read by isLabelledTrail: a
// pattern of steps that may hold arrows themselves backtracks exponentially over a run of arrows)
const TRAIL_LABEL = new RegExp(`^(?:${POSITION_LABEL}|Youarehere)[:：]`, 'i');
// the arrows between two steps of a trail: > ＞ » › → and an escaped &gt;, one or several
const TRAIL_ARROWS = /(?:[>＞»›→]|&gt;)+/;
/** Most steps a trail holds; longest step before the last, and the last (the page's own title). */
const MAX_TRAIL_STEPS = 9;
const MAX_STEP = 80;
const MAX_LAST_STEP = 150;

/** A position label, then steps of no clause mark with arrows between them (two to nine steps). */
function isLabelledTrail(t: string): boolean {
  const label = TRAIL_LABEL.exec(t);
  if (!label) return false;
  const rest = t.slice(label[0].length);
  if (rest.length > MAX_TRAIL_STEPS * MAX_LAST_STEP || /[。；，]/.test(rest)) return false;
  const steps = rest.split(TRAIL_ARROWS);
  return steps.length >= 2 && steps.length <= MAX_TRAIL_STEPS && steps.every((s, n) => s.length >= 1 && s.length <= (n === steps.length - 1 ? MAX_LAST_STEP : MAX_STEP));
}
// …or a trail of short names with no label and no 首页, spaced arrows between them (某某网 > 某市 / 某某网 » 新闻 » 要闻)
const SPACED_TRAIL = /^[^\s>＞»›。；，,：:]{2,12}(?:\s+[>＞»›]{1,2}\s+[^\s>＞»›。；，,：:]{2,20}){1,6}$/;
// A database's row of links in square brackets, its site's name before them or not: 某某LII [Home] [Databases] [Search] /
// [Database Search] [Name Search] [Help]
const BRACKETED_LINKS = /^(?:[A-Za-z][\w.-]{0,20}\s+)?(?:\[[A-Za-z][A-Za-z ]{0,28}\]\s*){2,12}$/;

// A site's menu saved as a line: 首页 | 政务公开 | 政策文件 / 首页 · 新闻中心 · 互动交流 (items of a few characters)
const MENU = /^首页(?:\s*[|｜·•]\s*[^|｜·•。；，,：:]{2,8}){2,15}$/;
// a row of links with pipes between them, whatever comes first: 热门站点| 某某网 | 某某网论坛 / 收藏本站| 设为首页| 首页; or
// with the character 丨 written as the pipe, spaces around it: 繁體 丨 手机版 丨 RSS订阅 丨 无障碍浏览
const PIPE_MENU = /^[^|｜。；，,：:]{2,8}(?:\s*[|｜]\s*[^|｜。；，,：:]{2,8}){2,15}$|^[^丨。；，,：:\s]{2,8}(?:\s+丨\s+[^丨。；，,：:\s]{2,8}){2,15}$/;
// …or with spaces between its items: 首页 政务公开 政策解读 互动交流
const SPACED_MENU = /^首页(?:[ \t\u3000]+[^\s。；，,：:]{2,8}){3,15}$/;

// the words of a page's buttons: 打印 / 关闭窗口 / 字体：大 中 小 / 收藏 / 返回顶部 / 搜索 (a search box's) / 导航 (a menu's) /
// 图片 (a picture's placeholder) / 文章播报, 朗读 (a text-to-speech player's) …
const BUTTON_WORD = '打印(?:本页|此页)?|关闭(?:窗口|本页)?|字体[:：]?大中小|字号[:：]?大中小|收藏|返回顶部|回到顶部|回顶部|加入收藏|纠错|分享|阅读全文|查看全文|下载全文|搜索|导航|图片|文章播报|语音播报|朗读';
// Page buttons, each alone or side by side: 【打印】【关闭】 [打印本页] 【字体：大 中 小】 【收藏】 【返回顶部】
const BUTTON = new RegExp(`[【\\[［](?:${BUTTON_WORD})[】\\]］]`, 'g');
// a line of buttons some of which lost their brackets (【字体：大 中 小】 打印本页 关闭窗口, 返回顶部): nothing but their words
const BARE_BUTTONS = new RegExp(`^(?:${BUTTON_WORD})+$`);

// the page's QR-code note: 扫一扫在手机打开当前页 / 扫一扫在手机上查看当前页面
const QR_NOTE = '扫一扫在手机(?:上)?打开当前页|扫一扫在手机上查看当前页面';
// A page's notes about itself: the QR-code note / 分享到： / 相关链接：
const PAGE_NOTE = new RegExp(`^(?:${QR_NOTE}|分享到[:：]?|相关链接[:：]?)$`);

// the QR-code note run on after the last line of the text (…某某局2008年7月扫一扫在手机打开当前页): the note at the end
// of a line, after other text
// (a full stop a page typed after it or not: …附件:扫一扫在手机打开当前页。)
const PAGE_NOTE_TAIL = new RegExp(`^(.*\\S)\\s*(${QR_NOTE})[。.]?\\s*$`);

/**
 * A line that ran on into the page's QR-code note (`二○○八年七月扫一扫在手机打开当前页`: the text's last line and the
 * note, a page's text saved without its line ends between them) is two lines, the text and the note. Other lines come
 * back alone.
 */
export function splitPageNoteTail(line: SourceLine): SourceLine[] {
  // (most lines are passed over here: no 扫一扫 in them)
  if (!line.text.includes('扫一扫')) return [line];
  const m = PAGE_NOTE_TAIL.exec(line.text);
  if (!m) return [line];
  return linePieces(line, [{ start: 0, text: m[1] }, { start: line.text.lastIndexOf(m[2]), text: m[2] }]);
}

// a news agency's dateline: the agency or paper and the place, the day, 电 or 讯 (新华社北京3月11日电)
const DATELINE = String.raw`[\u4e00-\u9fa5]{2,16}?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)`;
// …opening a line, a space after it (新华社北京11月4日电 某某部 关于…的通告)
const NEWS_DATELINE_HEAD = new RegExp(String.raw`^(${DATELINE})[ \t\u3000]+(?=\S)`);

/**
 * A line opening with a news agency's dateline (新华社北京11月4日电 最高人民法院 … 关于…的通告: a report printing the
 * text it sends) is two lines, the dateline and what it sends. Other lines come back alone.
 */
export function splitNewsDatelineHead(line: SourceLine): SourceLine[] {
  // (most lines are passed over here: no 电 or 讯 near their start)
  if (!/^.{4,30}?日(?:电|讯)/.test(line.text)) return [line];
  const m = NEWS_DATELINE_HEAD.exec(line.text);
  if (!m) return [line];
  return linePieces(line, [{ start: 0, text: m[1] }, { start: m[0].length, text: line.text.slice(m[0].length) }]);
}

// the address the page was saved from, labelled: Original URL: http://… / 原文链接：https://… / 网址: …
const SOURCE_LINK = /^(?:(?:original|source|page)?url|source|link|原文链接|原文地址|原文网址|原文|来源网址|来源链接|网址|链接)[:：]\s*https?:\/\/\S+$/i;

// A link to download a file the page attaches: 附件：某事申请表.xls / 附件下载：1.某某目录.pdf / 相关附件：x.docx
// (a printed 附件 names a text, never a file with its extension; one above a document's signature is its 附件说明:
// see attachmentNoteLink)
const DOWNLOAD_LABEL = /^(?:相关)?附件(?:下载)?\d{0,2}[:：]?.{1,120}$/;

// A button to download the page's file, naming no file: 下载地址: 点击此处下载 / 点击这里下载全文 / 下载链接：请点击下载
const DOWNLOAD_BUTTON = /^(?:下载(?:地址|链接)[:：]?)?请?点击(?:此处|这里)?下载(?:全文|原文|附件|文件)?$/;

// A site's clock over its pages: today's date with the weekday (今天是 2024年3月19日 星期二 / 今天是：2024年3月19日 星期二
// 农历二月初十), or the date and weekday alone, unbracketed (a document writes a weekday in brackets: 3月19日（星期二）)
// (the time of day after it or not: 2025年09月19日 星期五 16时46分)
const SITE_CLOCK = /^(?:今天是|今天|今日)[:：]?\d{4}年\d{1,2}月\d{1,2}日(?:星期|周)[一二三四五六日天](?:农历\S{2,12})?$|^\d{4}年\d{1,2}月\d{1,2}日(?:星期|周)[一二三四五六日天](?:\d{1,2}(?:时|:)\d{2}分?)?$/;

// A post's byline on a site that publishes texts as posts: its author and when it was posted (Admin - admin 于2022年04月23日
// 发表 / 某某 发表于 2022-04-23 10:05 / 发布于：2022年4月23日)
const POST_BYLINE = /^(?:[^。；，,]{1,30}?于\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\d{1,2}:\d{2}(?::\d{2})?)?发(?:表|布)|[^。；，,]{0,30}?发(?:表|布)于[:：]?\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\d{1,2}:\d{2}(?::\d{2})?)?)$/;

// A forum's note that a post was edited: who edited it last, and when (本帖最后由 某某 于 15-5-13 21:01 编辑 / 本帖最后由
// 某某 于 2015-5-13 21:01 编辑), the year written in two digits or four
const POST_EDIT_NOTE = /^本帖最后由.{1,30}?于\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?编辑$/;

// A forum's own lines around a post: its login links (找回密码 / 立即注册 / QQ登录 / 只需一步，快速开始), the post's
// counts (查看: 115|回复: 0), its buttons ([复制链接], 显示全部楼层, 阅读模式), the byline with them (发表于 2023-1-13
// 21:40:28 | 显示全部楼层 |阅读模式), a reward for reading (浏览本帖时间满 32 秒,可领取 160 理想分)
const FORUM_CHROME = /^(?:找回密码|立即注册|QQ登录|微信登录|只需一步[,，]快速开始|微信扫码[,，]快速开始|\[复制链接\]|显示全部楼层|阅读模式|查看[:：]\d+[|｜]回复[:：]\d+|发表于\d{4}-\d{1,2}-\d{1,2}\d{1,2}:\d{2}(?::\d{2})?[|｜].{0,30}|浏览本帖时间满\d+秒.{0,30})$/;

// A news agency's dateline on a line of its own, over the text it sends (新华社北京3月11日电 / 本报某地5月2日讯 /
// 某某社某地2021年3月11日电): the agency or paper and the place, the day, 电 or 讯
const NEWS_DATELINE = new RegExp(`^${DATELINE}$`);

// A news page's credits under the text: who edited, checked and supervised it (编辑:某某 / 责编:某某 / 媒体运营:某某 /
// 监制:某某某某 / 值班主编:某某), names only after the label
const CREDITS = /^(?:责任编辑|责编|编辑|校对|审核|审校|监制|总监制|媒体运营|运营|美编|排版|值班主编|主编|[一二三]审|终审|初审|复审)[:：][^。；，,：:]{1,24}$/;
// A social-media article's footer saved with it: 预览时标签不可点 / 收录于合集#个 / 上一篇下一篇 / 阅读原文
const ARTICLE_FOOTER = /^(?:预览时标签不可点|收录于合集|微信扫一扫|阅读原文)/;

/** A line that links a file to download: `附件：某某申请表.xls` (spaces ignored). */
export function isDownloadLink(text: string): boolean {
  const t = removeAllSpaces(text);
  return DOWNLOAD_LABEL.test(t) && FILE_NAME_END.test(t);
}

// A site footer: its labels with their colons (two or more on a short line without sentences), or a registration
// number: 主办单位：… 技术支持：… / 版权所有：… 网站地图 / 某ICP备12345678号
const FOOTER_LABEL = /(?:主办单位|承办单位|协办单位|主办|承办|技术支持|版权所有)[:：]|网站标识码|联系我们|网站地图|ICP备|公网安备/g;
const MAX_FOOTER = 120;

// A page's font-size control saved as text: 字体：大 中 小 / 字号：小|中|大 (spaces removed)
// (its brackets kept, the buttons inside lost: [字体:  ])
const FONT_CONTROL = /^[【\[［]?(?:字体|字号)[:：]?[大中小|｜]*[】\]］]?$/;
// Its pieces when each control is a line of its own: 小 / | / 中 / Aa (the icon beside the label)
const FONT_CONTROL_PIECE = /^(?:[大中小|｜]|Aa|A[+-])$/;
/** How far a piece of a font-size control may sit from its label, in lines. */
const FONT_CONTROL_REACH = 6;

/**
 * lines[i] is a page's font-size control: its label line (`字体：小|中|大`), a lone separator (`|`), or one of its
 * buttons on a line of its own (`大`, `Aa`) next to the label, with only other pieces between.
 */
export function isFontSizeControl(texts: string[], i: number): boolean {
  const t = removeAllSpaces(texts[i]);
  if (FONT_CONTROL.test(t) || /^[|｜]+$/.test(t)) return true;
  if (!FONT_CONTROL_PIECE.test(t)) return false;
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; j >= 0 && j < texts.length && n < FONT_CONTROL_REACH; j += step, n++) {
      const u = removeAllSpaces(texts[j]);
      if (FONT_CONTROL.test(u)) return true;
      if (!FONT_CONTROL_PIECE.test(u)) break;
    }
  }
  return false;
}

/** The text without the page's buttons (`…来源：市政府办公室 【字体：大 中 小】` → `…来源：市政府办公室`). */
export function removeWebButtons(text: string): string {
  return text.replace(/[【\[［][^】\]］]{1,12}[】\]］]/g, (b) => (removeAllSpaces(b).replace(BUTTON, '') === '' ? '' : b));
}

// A site's notice about its own content: the site speaks of itself (本网, 本站) and of copyright or reprinting
// (本网站所载内容…版权均属本网所有…转载请注明出处 / 免责声明：本站…). A regulation on reprinting says 网站, never 本网.
const SITE_SELF = /本网|本站/;
const COPYRIGHT_NOTICE = /版权(?:均)?(?:属|归|所有)|转载.{0,6}注明|未经.{0,10}(?:授权|许可|同意).{0,14}(?:转载|复制|使用|镜像)|免责声明/;
const MAX_NOTICE = 300;

/** A site's copyright or reprint notice saved with the page text. */
export function isSiteNotice(text: string): boolean {
  return isSiteNoticeText(removeAllSpaces(text));
}

/** isSiteNotice on a text without spaces already. */
function isSiteNoticeText(t: string): boolean {
  return t.length <= MAX_NOTICE && SITE_SELF.test(t) && COPYRIGHT_NOTICE.test(t);
}

/** A row of links with pipes between them (热门站点| 某某网 | 某某论坛): a site's menu at the top of its page, where a table's header row does not stand. */
export function isPipeMenu(text: string): boolean {
  return PIPE_MENU.test(text.trim());
}

// a markdown link left in a line read as text ([某某读本](../index) >> 某某法): its text is what the page showed
const MARKDOWN_LINK = /\[([^[\]]{1,40})\]\([^()\s]{1,200}\)/g;

export function isWebChrome(text: string): boolean {
  // (most lines are passed over here: no link's bracket and parenthesis)
  const shown = text.includes('](') ? text.replace(MARKDOWN_LINK, '$1') : text;
  const t = removeAllSpaces(shown);
  if (!t) return false;
  const line = shown.trim();
  if (MENU.test(line) || SPACED_MENU.test(line) || BRACKETED_LINKS.test(line) || SPACED_TRAIL.test(line)) return true;
  if (PAGE_NOTE.test(t) || BREADCRUMB.test(t) || LABELLED_HOME.test(t) || isLabelledTrail(t) || SOURCE_LINK.test(t) || SITE_CLOCK.test(t) || POST_BYLINE.test(t) || POST_EDIT_NOTE.test(t) || FORUM_CHROME.test(t) || NEWS_DATELINE.test(t) || CREDITS.test(t) || ARTICLE_FOOTER.test(t) || isDownloadLink(t) || DOWNLOAD_BUTTON.test(t) || isSiteNoticeText(t)) return true;
  if (t.length <= MAX_FOOTER && !/[。；]/.test(t) && ((t.match(FOOTER_LABEL)?.length ?? 0) >= 2 || SITE_REGISTRATION.test(t))) return true;
  const rest = t.replace(BUTTON, '');
  return rest === '' || BARE_BUTTONS.test(rest);
}
