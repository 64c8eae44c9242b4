// A page's title on its own line over the text: where a stage reads the title apart from the body.

/** A title on its own line, no sentence's stop closing it, a blank line under it. */
const TITLE_OVER_TEXT = /^[^\n]{1,200}[^.\n]\n[ \t]*\n/;

/** The end of the title line over the text, or -1 if the text opens with no title so set off. */
export function titleLineEnd(text: string): number {
  return TITLE_OVER_TEXT.test(text) ? text.indexOf('\n') : -1;
}
