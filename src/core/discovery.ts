// Kata file discovery: the glob for candidate files. The folders skipped
// (settings and `.gitignore`) are decided in scan/.

/** Every markdown file is a candidate; the parser decides which ones are katas. */
export const KATA_FILE_GLOB = '**/*.md';
