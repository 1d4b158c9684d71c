// One SAX pass over an XML part that will be read. A DOCTYPE (and with it any entity of its own) is
// refused here: the parts a report needs never carry one, and entities are how XML bombs work.
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { AppError } from '../../../../shared/errors';

export type SaxHandlers = {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

export function scanXml(xml: string, where: { file: string; part: string }, h: SaxHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new AppError('FILE_CORRUPT', `Tệp ${where.file} có phần "${where.part}" khai báo DOCTYPE; không đọc phần có thể chứa thực thể XML.`);
  });
  if (h.open) parser.on('opentag', h.open);
  if (h.close) parser.on('closetag', (t) => h.close?.(t.name));
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_CORRUPT', `Tệp ${where.file} bị hỏng: phần "${where.part}" không phải XML hợp lệ.`);
  }
}
