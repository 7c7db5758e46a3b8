/**
 * gongbao as a library: parse a gazette, a document or a statute (text, markdown, a saved page or a PDF) into the
 * JSON contract of `schema/parse-result.schema.json` (schemaVersion 1).
 *
 *   import { parseBytes, parseGazette } from 'gongbao';
 *   const { result } = await parseBytes('gazette.pdf', readFileSync('gazette.pdf'));
 *   const result2 = parseGazette({ text: '…', path: 'notice.txt' });
 */
export { parseBytes, type BytesOutcome } from './parseBytes.js';
export { parseGazette, parseSource, type ParseInput, type ParseOutcome } from './parse.js';
export { InputError } from './read/readSource.js';
export type { Attachment, Citation, Document, Issue, Node, ParseResult, SourceFormat, SourceInfo, Warning } from './types.js';
