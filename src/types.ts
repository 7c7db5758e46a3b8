
/** Shared data shapes of the pipeline: source lines → documents → JSON contract (schemaVersion 1). */

export interface LineRange {
  start: number;
  end: number;
}

/** One non-blank source line after the blocks stage, markdown markers removed. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** 1-based column in the source line where this line's text starts, when it is a piece of a longer line. */
  column?: number;
  /** Inline text of the line, markup removed, trimmed. */
  text: string;
  /** Raw source line as read. */
  raw: string;
  /** Markdown heading depth (1-6) or 0. A weak hint only: converters assign levels at random. */
  heading: number;
  /** Leading bold run (`**一、总体要求。**正文` → `一、总体要求。`), or null. */
  boldPrefix: string | null;
  /** The whole line is bold. */
  allBold: boolean;
  /** The line belongs to a markdown list item. */
  list: boolean;
  /** Row of a table: tab-separated, or a markdown (GFM) table row. */
  table: boolean;
  /** The cells of a markdown table row (none for its `| --- |` delimiter row); tab-separated rows split `raw`. */
  cells?: string[];
  /** A blank line (or block boundary) precedes this line. */
  blankBefore: boolean;
  /** A structural markup-only line such as a thematic break (`---`). */
  rule: boolean;
  /** When a repair joined several source lines into this one: all of them, in reading order. */
  parts?: number[];
  /** Where the line's links point (a page's `<a href>`, markdown `[…](url)`), in order; absent without links. */
  links?: string[];
  /** Inside a static site's container box (`::: tip` … `:::`): a block the site set apart; absent elsewhere. */
  boxed?: boolean;
}

export type NodeType = 'part' | 'chapter' | 'section' | 'article' | 'item' | 'paragraph' | 'table' | 'box' | 'heading' | 'toc';

export interface Node {
  type: NodeType;
  label: string | null;
  number: number | null;
  level: number | null;
  title: string | null;
  text: string | null;
  lines: LineRange;
  children: Node[];
  rows?: string[][];
}

export interface IssuedText {
  title: string;
  lines: LineRange;
  body: Node[];
}

export interface Attachment {
  label: string;
  title: string | null;
  printed: boolean;
  /** Where a page links the attachment's file (`附件：<a href="…/x.docx">…</a>`), as written there. */
  href?: string;
  lines: LineRange | null;
  body: Node[];
}

export interface Document {
  id: string;
  title: string;
  /** Where the title was read: printed in the text, or only in the file's front matter or the page's metadata. */
  titleSource: 'text' | 'frontMatter' | 'pageMetadata';
  docNumber: string | null;
  docNumberRaw: string | null;
  docNumberSource: 'text' | 'frontMatter' | 'pageMetadata' | null;
  issuer: string | null;
  issuerSource: 'title' | 'signature' | 'titleNote' | 'docNumber' | 'frontMatter' | 'pageMetadata' | null;
  docType: string | null;
  recipients: string | null;
  signDate: string | null;
  signDateSource: 'signature' | 'adoption' | 'header' | 'frontMatter' | 'pageMetadata' | null;
  publicity: string | null;
  section: string | null;
  /** 题注 of a statute (adoption, approval, promulgation, amendment notes), lines joined by newlines. */
  titleNote?: string;
  /** A person who signs the document (省长 XXX, 主任 XXX), as printed. */
  signer?: string | null;
  /** 版记: who receives copies (抄送) and which office printed the document when. */
  imprint?: { copyTo: string | null; printer: string | null; printDate: string | null };
  lines: LineRange;
  /** Source line ranges in reading order, when blocks were moved or page furniture cut the document. */
  ranges?: LineRange[];
  body: Node[];
  issuedTexts: IssuedText[];
  attachments: Attachment[];
  /** What the document cites (other documents, laws, its own articles, the texts it issues). */
  citations?: Citation[];
}

export interface TocEntry {
  section: string | null;
  title: string;
  docNumber: string | null;
  page: number | null;
  documentId: string | null;
  lines: LineRange;
}

export interface MatterBlock {
  kind: string;
  lines: LineRange;
  text: string;
}

export interface Issue {
  id: string;
  title: string | null;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  publishDate: string | null;
  sponsor: string | null;
  frequency: string | null;
  lines: LineRange | null;
  toc: TocEntry[];
  frontMatter: MatterBlock[];
  backMatter: MatterBlock[];
  documents: Document[];
}

export interface Dropped {
  lines: LineRange;
  reason: string;
  text: string;
}

export interface Warning {
  code: string;
  message: string;
  line: number | null;
}

/** What a citation names: a document (title and number), a title, a number, an article of this document, an issued text. */
export type CitationKind = 'document' | 'title' | 'number' | 'internal' | 'issued' | 'other';

/** A citation of a document, with the line it stands on and its sentence. */
export interface Citation {
  kind: CitationKind;
  title: string | null;
  docNumber: string | null;
  line: number;
  /** `internal`: the article number (第N条) of this document. */
  article?: number;
  /** `issued`: the title of the issued text it names. */
  target?: string;
  sentence: string;
}

/** The shape an input was read as: markdown-ish converter output, plain extracted text, a saved web page, or a PDF. */
export type SourceFormat = 'markdown' | 'text' | 'html' | 'pdf';

export interface SourceInfo {
  path: string;
  sha256: string;
  encoding: string;
  format: SourceFormat;
  lines: number;
  /** A PDF's pages: the line each page starts at (line numbers count the PDF's printed lines). */
  pageStarts?: number[];
}

export interface ParseResult {
  schemaVersion: 1;
  /** Program and version that wrote this output. */
  generator?: { name: string; version: string };
  source: SourceInfo;
  issues: Issue[];
  dropped: Dropped[];
  warnings: Warning[];
}
