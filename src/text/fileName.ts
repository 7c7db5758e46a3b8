/**
 * File names as pages print them in download links: `某某申请表.xlsx`, `某某办法（试行）.docx`. A printed 附件
 * names a text; a name that ends in a file extension is a link to a file.
 */

/** Extensions of the files government sites attach (office, PDF, OFD, WPS, archives, tables). */
export const EXTENSIONS = 'docx?|xlsx?|pdf|wps|et|dps|pptx?|zip|rar|7z|ofd|csv';

/** A name ending in one of those extensions. */
export const FILE_NAME_END = new RegExp(`\\.(?:${EXTENSIONS})$`, 'i');

/** The name without its extension (`某某办法.docx` → `某某办法`); other text unchanged. */
export function withoutFileExtension(name: string): string {
  return name.replace(FILE_NAME_END, '');
}
