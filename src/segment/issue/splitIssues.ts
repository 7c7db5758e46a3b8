/**
 * Split a file into issues (期) at mastheads. A repeated masthead or cover of the same issue (the same
 * number, or no number after no content) is dropped as a repeat; a masthead with another issue number starts a new issue.
 */
import { matterBlock } from './matterBlock.js';
import type { Dropped, MatterBlock, SourceLine } from '../../types.js';
import { parseGazetteTitle, parseMastheadLine, type MastheadFields } from '../../text/masthead.js';
import { append } from '../../util/arrays.js';

export interface IssueSlice {
  fields: MastheadFields;
  lines: SourceLine[];
  matter: MatterBlock[];
  mastheadLines: { start: number; end: number } | null;
}

interface Region {
  from: number;
  to: number; // exclusive
  fields: MastheadFields;
}

function findMastheads(lines: SourceLine[]): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = parseGazetteTitle(lines[i].text);
    if (!title) continue;
    const fields: MastheadFields = { title };
    let j = i + 1;
    let extra = 0;
    while (j < lines.length && j - i <= 8) {
      const f = parseMastheadLine(lines[j].text);
      if (!f) break;
      for (const [k, v] of Object.entries(f)) if ((fields as Record<string, unknown>)[k] === undefined) (fields as Record<string, unknown>)[k] = v;
      extra++;
      j++;
    }
    // Before any masthead field, a gazette title alone is a masthead only at the top of the file.
    if (extra === 0 && i > 3) continue;
    regions.push({ from: i, to: j, fields });
    i = j - 1;
  }
  return regions;
}

function sameIssue(a: MastheadFields, b: MastheadFields): boolean {
  if (a.title && b.title && a.title !== b.title) return false;
  if (a.number !== undefined && b.number !== undefined && a.number !== b.number) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  return true;
}


export function splitIssues(lines: SourceLine[], dropped: Dropped[]): IssueSlice[] {
  const regions = findMastheads(lines);
  const slices: IssueSlice[] = [];
  let current: IssueSlice = { fields: {}, lines: [], matter: [], mastheadLines: null };
  let cursor = 0;
  let contentSince = false;
  for (const r of regions) {
    const between = lines.slice(cursor, r.from);
    append(current.lines, between);
    if (between.length) contentSince = true;
    if (current.mastheadLines === null) {
      current.fields = { ...r.fields };
      current.matter.push(matterBlock(lines, r.from, r.to, 'masthead'));
      current.mastheadLines = { start: lines[r.from].line, end: lines[r.to - 1].line };
    } else if (sameIssue(current.fields, r.fields) && (!contentSince || r.fields.number === undefined || r.fields.number === current.fields.number)) {
      // a cover, or the masthead printed again with the same issue number: one issue
      for (let k = r.from; k < r.to; k++) dropped.push({ lines: { start: lines[k].line, end: lines[k].line }, reason: 'repeated-masthead', text: lines[k].text });
      for (const [k, v] of Object.entries(r.fields)) if ((current.fields as Record<string, unknown>)[k] === undefined) (current.fields as Record<string, unknown>)[k] = v;
    } else {
      slices.push(current);
      current = { fields: { ...r.fields }, lines: [], matter: [matterBlock(lines, r.from, r.to, 'masthead')], mastheadLines: { start: lines[r.from].line, end: lines[r.to - 1].line } };
    }
    cursor = r.to;
    contentSince = false;
  }
  append(current.lines, lines.slice(cursor));
  slices.push(current);
  return slices;
}
