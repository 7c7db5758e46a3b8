import { describe, expect, it } from 'vitest';
import { isFontSizeControl, isPipeMenu, isSiteNotice, isWebChrome, removeWebButtons, splitNewsDatelineHead, splitPageNoteTail } from '../../../src/segment/page/webChrome.js';
import { linesOf } from '../../helpers/lines.js';

describe('isWebChrome', () => {
  it.each([
    ['首页 > 政务公开 > 政府信息公开目录 > 政策文件'],
    ['当前位置：首页 » 信息公开'],
    ['您现在的位置：首页>文件'],
    ['您当前的位置: 首页 > 法规草案征求意见 > 关于《某市某事条例(草案)》公开征求意见的公告'],
    ['当前所在位置：首页 > 政策文件'],
    ['您的当前位置:首页正文'], // a position at the site's home, the page's name glued on, no arrow
    ['当前位置：首页'], // the label says what it is, one step or more
    ['搜索'], // a search box's button
    ['导航'], // a menu's button
    ['图片'], // a picture's placeholder
    ['文章播报'], // a text-to-speech player's button
    ['朗读'],
    ['某某网 > 某市'], // a trail of short names, spaced arrows, no label or 首页
    ['某某网 » 新闻 » 要闻'],
    ['[某某法律读本](../duben2) >> 2014-某某防治法'], // a trail whose first step a markdown file left as a link
    ['当前位置:党团工作 > 某县防汛抗旱应急预案'], // a labelled trail of one step
    ['【打印】 【关闭】'],
    ['[打印本页] [关闭窗口]'],
    ['【阅读全文】'],
    ['【字体：大 中 小】【打印】'],
    ['【字体：大 中 小】 打印本页 关闭窗口'], // buttons some of which lost their brackets
    ['打印本页 关闭窗口'],
    ['返回顶部'],
    ['相关链接：'],
    ['扫一扫在手机打开当前页'],
    ['分享到：'],
    ['首页 | 政务公开 | 政策文件 | 互动交流'], // a site menu
    ['首页 · 新闻中心 · 政务公开'],
    ['首页 政务公开 政策解读 互动交流'],
    ['附件：某事申请表.xls'], // a download link: a file with its extension
    ['附件下载：1.某市重点项目清单.pdf'],
    ['相关附件：某某办法(征求意见稿).docx'],
    ['下载地址: 点击此处下载'], // a download button naming no file (a law database's, between its title and the record's)
    ['点击这里下载全文'],
    ['主办单位：某市人民政府办公室 技术支持：某某公司'],
    ['某ICP备12345678号'],
    ['网站标识码：1234000001'],
    ['Original URL: http://lib.example.cn/bin/mse.exe?K=d70&A=12&rec=202'], // the address the page was saved from
    ['原文链接：https://www.example.gov.cn/art/2021/7/19/art_1.html'],
    // a law database's trail and link rows, in English
    ['You are here:  某某LII >> Databases >> 某某省地方法规 >> 某某省政府关于某事的通知'],
    ['ExampleLII [Home] [Databases] [WorldLII] [Search] [Feedback]'],
    ['[Database Search] [Name Search] [Noteup] [Help]'],
    // the site's clock: today's date with its weekday
    ['今天是 2024年3月19日 星期二'],
    ['今天是：2024年3月19日 星期二 农历二月初十'],
    ['2024年3月19日 星期二'],
    ['2025年09月19日 星期五 16时46分'], // with the time of day
    ['回顶部'], // a button's word
    // a post's byline: its author and when it was posted
    ['Admin - admin 于2022年04月23日发表'],
    ['某某 发表于 2022-04-23 10:05'],
    ['发布于：2022年4月23日'],
    // a forum's note that the post was edited
    ['本帖最后由 某某某 于 15-5-13 21:01 编辑'],
    ['本帖最后由 某某 于 2015-5-13 编辑'],
    // a forum's login links, a post's counts, buttons and byline, a reward for reading
    ['找回密码'],
    ['只需一步,快速开始'],
    ['查看: 115|回复: 0'],
    ['[复制链接]'],
    ['发表于 2023-1-13 21:40:28 | 显示全部楼层 |阅读模式'],
    ['浏览本帖时间满 32 秒,可领取 160 理想分'],
    // a news agency's dateline on a line of its own
    ['新华社北京3月11日电'],
    ['本报某地2021年5月2日讯'],
    // a news page's credits and a social-media article's footer
    ['编辑:某某某(实习)'],
    ['媒体运营:某某某'],
    ['总监制:某某某'],
    ['责编：某某'],
    ['预览时标签不可点收录于合集#个上一篇下一篇'],
  ])('%s is web page furniture', (t) => expect(isWebChrome(t)).toBe(true));
  it.each([
    ['【省政府文件】'], // a section label
    ['首页'], // a word alone (dropped only at the top of page text: dropNoise)
    ['首页 政务公开'], // two words
    ['首页设计要简洁，栏目要清晰。'],
    ['各地要做好打印、关闭等工作。'],
    ['首页 > 政务公开。各地要做好工作，确保落实。'], // running text with clause marks
    ['【打印】以上内容'],
    ['打印本页后关闭窗口，再行提交。'], // the words in a sentence
    ['相关链接：某某平台'], // a label with what it links
    ['附件：某事申请表'], // a printed 附件 names a text
    ['附件：1.某市重点项目清单'],
    ['主办单位：某市文化广电旅游局'], // an event's organiser, in a notice
    ['各部门报送的请示性公文,凡涉及其他部门职权的,由主办部门与相关部门会签;主办部门应列明各方意见。'], // 主办 in a sentence
    ['请将材料发送至邮箱，文件格式为.xls'],
    ['网址：请登录某市人民政府网站查询'], // a label, no address after it
    ['申请表请点击此处下载后填写。'], // a download prompt in a sentence
    ['下载地址：某市政务服务网'], // a label naming where, in the text
    ['申报网址为https://www.example.gov.cn，请按时申报。'],
    ['您的位置决定了办理的窗口，请就近办理。'], // 位置 in a sentence
    ['[1] [2]'], // bracketed numbers: notes, not links
    ['位置：某市某区某路1号'], // a place's 位置 in a notice, no page's label
    ['您的当前位置不在服务范围内'], // the words in a sentence
    ['搜索引擎优化服务'], // 搜索 in a name
    ['图片资料'], // 图片 in a heading's words
    ['朗读比赛'], // 朗读 in a heading's words
    ['温度>30℃'], // a comparison, no spaced arrow
    ['甲 > 乙，丙 > 丁'], // a sentence comparing
    ['某市人民政府关于某事的通知 > 附件'], // a title longer than a trail's name
    ['详见[某市人民政府关于某事的通知](https://www.example.gov.cn/a.html)。'], // a link in a sentence
    ['2024年3月19日（星期二）'], // a document's date with its weekday in brackets
    ['今天是2024年3月19日星期二，会议如期召开。'], // the words in a sentence
    ['2024年3月19日（星期二）16时召开会议'], // a meeting's time in a sentence
    ['2024年3月19日'], // a date alone: a signature's
    ['本办法于2022年4月23日发布，自发布之日起施行。'], // a sentence saying when a text was published
    ['经市政府同意，本办法于2022年4月23日发布'], // a clause before it
    ['审核：各单位应当于5月10日前完成审核，逾期不予受理。'], // a label opening a sentence
    ['编辑出版：某某出版社'], // another label
    ['本帖最后由于篇幅所限未能编辑完整'], // the words, no date
    ['新华社北京3月11日电 记者从某部获悉，某事工作进展顺利。'], // the dateline opening its report
    ['会议定于3月11日召开'], // a date in a sentence
    ['忘记密码的，请找回密码后登录某某平台办理。'], // the words in a sentence
    ['查看：各地报送情况'], // a label
    ['本办法最后由某某局于2015年5月13日编辑成册'], // a sentence

    [''],
  ])('%s is not', (t) => expect(isWebChrome(t)).toBe(false));
});

describe('removeWebButtons', () => {
  it.each([
    ['来源：市政府办公室 【字体：大 中 小】', '来源：市政府办公室 '],
    ['【打印】【关闭】', ''],
    ['【省政府文件】某某', '【省政府文件】某某'], // a section label is not a button
  ])('%s → %s', (t, out) => expect(removeWebButtons(t)).toBe(out));
});

describe('isFontSizeControl', () => {
  // the line at `at` of each text
  it.each([
    ['the label with its buttons on one line', ['某市人民政府关于某某的通知', '字体：大 中 小'], 1],
    ['the label alone', ['字号：'], 0],
    ['a lone separator', ['|'], 0],
    ['a button after the label, pieces between', ['Aa', '字体：', '小', '|', '中', '|', '大'], 6],
    ['the icon before the label', ['Aa', '字体： 小'], 0],
    ['the label in brackets, its buttons lost', ['[字体:  ]'], 0],
    ['in full-width brackets', ['【字号：大 中 小】'], 0],
  ])('fires: %s', (_, texts, at) => expect(isFontSizeControl(texts, at)).toBe(true));
  it.each([
    ['a lone 大 with no label near', ['某市人民政府关于某某的通知', '大', '各区人民政府：'], 1],
    ['a 中 far from the label', ['字体：', '小', '|', '中', '|', '大', '小', '中', '大'], 8],
    ['a sentence about fonts', ['正文字体：仿宋，三号。'], 0],
    ['a heading that reads 中', ['第一章', '中', '第一条 为了规范……'], 1],
  ])('does not fire: %s', (_, texts, at) => expect(isFontSizeControl(texts, at)).toBe(false));
});

describe('isSiteNotice', () => {
  it.each([
    ['本网站所载内容，凡注明来源为本网的，版权均属本网所有。依据《中华人民共和国著作权法》，转载请注明出处。http://fgw.example.gov.cn/detail.html?id=1&siteId=45'],
    ['免责声明：本站所载文章仅供参考。'],
    ['未经本网书面授权，任何单位和个人不得转载、复制本网内容。'],
  ])('fires: %s', (t) => {
    expect(isSiteNotice(t)).toBe(true);
    expect(isWebChrome(t)).toBe(true);
  });
  it.each([
    // a statute's article on reprinting (no site speaking of itself)
    ['报刊刊登的作品，除著作权人声明不得转载、摘编的外，其他报刊可以转载或者作为文摘、资料刊登。'],
    ['互联网新闻信息服务单位转载新闻信息，应当转载中央新闻单位发布的新闻信息，并注明新闻信息来源。'],
    // the site named without a copyright clause
    ['本网将及时发布有关信息。'],
  ])('must not fire: %s', (t) => expect(isSiteNotice(t)).toBe(false));
});

describe('isPipeMenu', () => {
  it.each([['热门站点| 某某资料网 | 某某网 | 某某网论坛'], ['收藏本站| 设为首页| 首页'], ['繁體 丨 手机版 丨 RSS订阅 丨 无障碍浏览']])('%s', (t) => expect(isPipeMenu(t)).toBe(true));
  it.each([['甲单位 | 乙单位'], ['各区要做好 | 某某工作，确保落实。 | 其他'], ['政务服务丨某市人民政府关于某事的实施意见'], ['甲 丨 乙']])('must not fire: %s', (t) => expect(isPipeMenu(t)).toBe(false));
});

describe('splitPageNoteTail', () => {
  it.each([
    ['二○○八年七月扫一扫在手机打开当前页', ['二○○八年七月', '扫一扫在手机打开当前页']],
    ['某市某某局 扫一扫在手机上查看当前页面', ['某市某某局', '扫一扫在手机上查看当前页面']],
    ['附件:扫一扫在手机打开当前页。', ['附件:', '扫一扫在手机打开当前页']], // a full stop typed after the note
    // must not: the note alone (a line of chrome already), the phrase inside a sentence
    ['扫一扫在手机打开当前页', ['扫一扫在手机打开当前页']],
    ['请用手机扫一扫在手机打开当前页面的二维码。', ['请用手机扫一扫在手机打开当前页面的二维码。']],
  ])('%s', (text, expected) => {
    const [line] = linesOf(text);
    const out = splitPageNoteTail(line);
    expect(out.map((l) => l.text)).toEqual(expected);
    if (out.length === 2) expect(out[1].column).toBe(text.indexOf(expected[1]) + 1);
  });
});

describe('splitNewsDatelineHead', () => {
  it.each([
    ['新华社北京11月4日电 某某院 某某部 关于某事的通告', ['新华社北京11月4日电', '某某院 某某部 关于某事的通告']],
    ['本报某地2021年5月2日讯　记者从某部获悉，某事进展顺利。', ['本报某地2021年5月2日讯', '记者从某部获悉，某事进展顺利。']],
    // must not: the dateline glued to its text (no space), a sentence with a date
    ['新华社北京11月4日电记者从某部获悉', ['新华社北京11月4日电记者从某部获悉']],
    ['会议于11月4日召开 各单位参加', ['会议于11月4日召开 各单位参加']],
  ])('%s', (text, expected) => expect(splitNewsDatelineHead(linesOf(text)[0]).map((l) => l.text)).toEqual(expected));
});
