// Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with = + - @,
// a tab or a carriage return may be run as a formula by Excel or LibreOffice. Such text is
// exported with a leading apostrophe, which spreadsheets show as plain text. Numbers stay numbers.

const DANGEROUS_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}
