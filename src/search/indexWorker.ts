/** Worker thread of `gongbao index`: parse and tokenize one file for the writer. */
import { prepareFile, type PrepareTask, type PreparedFile } from './prepareFile.js';

export default function prepareOne(task: PrepareTask): Promise<PreparedFile> {
  return prepareFile(task);
}
