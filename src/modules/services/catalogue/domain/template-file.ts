/** Form templates people download: office documents and PDFs only, recognised by their bytes (not the name). */
export const TEMPLATE_MAX_BYTES = 10 * 1024 * 1024;

const TEMPLATE_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  // Word 97–2003 and Excel 97–2003 files are OLE compound files.
  "application/x-cfb": "doc",
};

export function isTemplateType(sniffedMime: string | undefined): boolean {
  return sniffedMime !== undefined && sniffedMime in TEMPLATE_TYPES;
}

/** The download name: the uploaded name without folders and control characters, at most 200 characters. */
export function templateFileName(uploaded: string, sniffedMime: string): string {
  const base = (uploaded.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"<>|?*:]/g, "")
    .trim();
  const ext = TEMPLATE_TYPES[sniffedMime] ?? "bin";
  const name = base === "" ? `mau.${ext}` : base;
  return name.length > 200 ? name.slice(name.length - 200) : name;
}
