// Plain text: the file is its own checked text, and each line is a paragraph.

import type { FormatReader } from './types.js';

export const plainText: FormatReader = {
  meta: {
    id: 'text',
    name: 'Plain text',
    extensions: ['txt', 'text'],
    description: 'Plain text; every line is a paragraph.',
    examples: [{ file: 'One line. Another.\nA second paragraph.\n', text: 'One line. Another.\nA second paragraph.\n' }],
  },
  read: (text) => ({ text }),
};
