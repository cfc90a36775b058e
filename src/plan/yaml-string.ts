/** Text as a YAML plain scalar where it reads as the same text, else quoted. */
export function yamlString(text: string): string {
  const plain = /^[\p{L}\d .,;()’`/-]+$/u.test(text) && !/^[-\d`]/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
