// A Word document's ZIP as Word writes it (content types, relationships, the parts given): shared
// by the seed renderings (render-formats-xml.ts), the tests and the eval harness's DOCX adapter
// (format-adapters.mjs, plain JavaScript, which is why this is not TypeScript).
import { strToU8, zipSync } from 'fflate';

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** word/document.xml with `body` (its paragraphs) and the section properties Word ends it with. */
export const wordDocument = (body) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** A .docx: the parts given plus the content types and relationships Word writes. */
export function docxFile(parts) {
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  // A fixed date (local time, as ZIP stores it): the same paragraphs give the same bytes on any day.
  return zipSync(files, { mtime: new Date(2024, 0, 1) });
}
