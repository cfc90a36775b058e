/** Plans write reasons and results as short phrases or whole sentences, with or without a closing full stop. */
const CLOSED = /[.!?…]$/;

/** The text ending a sentence: with one closing full stop (or the ? or ! it has). */
export const withFullStop = (text: string): string => (CLOSED.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The text inside a longer sentence (before a ";"): without its closing full stop; an ellipsis keeps its dots. */
export const withoutFullStop = (text: string): string => text.trim().replace(/(?<!\.)\.$/, '');
