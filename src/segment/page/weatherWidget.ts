/**
 * A site's weather widget saved with the page text at its top: short lines of a place, temperatures, conditions, wind
 * and days (兴宁 / 36° / 高温 / 15:00发布 / 多云 / 西南风 1级 / 空气优 43 / 今天 / 26°/37° / 周三 / 阵雨…). None is content.
 */

/** How far into the text a widget is looked for. */
const WIDGET_REACH = 40;
/** Longest line of a widget. */
const MAX_WIDGET_LINE = 16;
/** Temperatures a run must hold to be a widget. */
const MIN_TEMPERATURES = 2;

// a temperature, or a day's low and high: 36°, 36 °, 26°/37°, -3℃, 18~25℃
const TEMPERATURE = /^-?\d{1,2}\s*[°℃](?:C)?(?:\s*[/~～-]\s*-?\d{1,2}\s*[°℃](?:C)?)?$/;

// the words of a forecast: conditions, wind, air, humidity, days, the time it was issued (多云 / 西南风 1级 / 空气优 43 /
// 相对湿度 45% / 今天 / 周三 / 15:00发布 / 中雨 / 多云)
const WEATHER_WORD = /^(?:[晴阴雨雪雾霾云风雷暴阵小中大到转\/\s]|多云|高温|低温|寒潮|[东南西北]{1,2}风\s*\d{1,2}(?:-\d{1,2})?级|微风|空气(?:质量)?[优良差]?\s*\d{0,3}|(?:相对)?湿度\s*\d{1,3}%|今天|明天|后天|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}:\d{2}\s*发布)+$/;
/** Longest line of a place's name (or a close button ×) before the forecast. */
const MAX_PLACE_LINE = 6;

/** A line of a widget's forecast: a temperature or a forecast's words. */
function isForecastLine(text: string): boolean {
  const t = text.trim();
  return TEMPERATURE.test(t) || WEATHER_WORD.test(t);
}

/** A short line without clause marks or dates (a place, a condition, a day, a close button ×, 15:00发布). */
function isWidgetLine(text: string): boolean {
  const t = text.trim();
  // (a colon only in a time of day)
  return t.length > 0 && t.length <= MAX_WIDGET_LINE && !/[。；，,《》年月日]|[：:](?!\d)/.test(t);
}

/**
 * Indexes of the widget's lines among the first lines of a text: the run of short lines around two temperatures or
 * more, from the first line of the text's top that is one of them. Empty when there is none.
 */
export function weatherWidgetLines(texts: string[]): Set<number> {
  const out = new Set<number>();
  const reach = Math.min(texts.length, WIDGET_REACH);
  let i = 0;
  while (i < reach) {
    if (!isWidgetLine(texts[i])) {
      i++;
      continue;
    }
    let j = i;
    let temperatures = 0;
    while (j < texts.length && isWidgetLine(texts[j])) if (TEMPERATURE.test(texts[j++].trim())) temperatures++;
    if (temperatures >= MIN_TEMPERATURES) {
      // (from the place's name before the forecast to its last line: a short title right after it is no part of it)
      let first = i;
      while (first < j && !isForecastLine(texts[first])) first++;
      while (first > i && texts[first - 1].trim().length <= MAX_PLACE_LINE) first--;
      let last = j - 1;
      while (last > first && !isForecastLine(texts[last])) last--;
      for (let k = first; k <= last; k++) if (isForecastLine(texts[k]) || texts[k].trim().length <= MAX_PLACE_LINE) out.add(k);
    }
    i = j;
  }
  return out;
}
